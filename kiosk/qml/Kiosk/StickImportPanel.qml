pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    The admin overlay's import from a USB stick: the content folders found on the
    sticks the desktop mounted, each with what `kiosk check` says about it, an
    Import button for one without errors, and undo. The work is StickImport's
    (kiosk/ui/stick_import.py); the overlay exists only after the PIN.
*/
Column {
    id: root

    required property StickImport stickImport
    property real touchTarget: 80
    readonly property real u: Theme.unit

    spacing: root.u * 0.4

    Component.onCompleted: root.stickImport.refresh()

    Text {
        width: parent.width
        text: qsTr("New content from a USB stick")
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(root.u * 0.85)
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }

    Flow {
        width: parent.width
        spacing: root.u * 0.6

        AdminButton {
            objectName: "stickLookAgain"
            size: root.touchTarget
            enabled: !root.stickImport.busy
            label: qsTr("Look for USB sticks again")
            onActivated: root.stickImport.refresh()
        }

        AdminButton {
            objectName: "stickUndo"
            visible: root.stickImport.canUndo
            size: root.touchTarget
            enabled: !root.stickImport.busy
            label: qsTr("Undo the last import")
            onActivated: root.stickImport.undo()
        }
    }

    Text {
        objectName: "stickStatus"
        visible: text !== ""
        width: parent.width
        text: root.stickImport.status
        textFormat: Text.PlainText
        color: root.stickImport.failed ? Theme.error : Theme.muted
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(root.u * 0.72)
        wrapMode: Text.Wrap
    }

    Repeater {
        model: root.stickImport.sticks
        delegate: Rectangle {
            id: stick
            required property var modelData
            required property int index
            width: root.width
            height: about.implicitHeight + root.u * 0.8
            radius: root.u * 0.25
            color: Theme.surface

            Column {
                id: about
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: root.u * 0.5 }
                spacing: root.u * 0.3

                Item {
                    width: parent.width
                    height: Math.max(summary.implicitHeight, importButton.height)

                    Text {
                        id: summary
                        objectName: "stickSummary" + stick.index
                        anchors { left: parent.left; right: importButton.left; rightMargin: root.u * 0.5; verticalCenter: parent.verticalCenter }
                        text: stick.modelData.path + "\n"
                              + qsTr("%1 error(s), %2 warning(s)").arg(stick.modelData.errors).arg(stick.modelData.warnings)
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(root.u * 0.7)
                        wrapMode: Text.WrapAnywhere
                    }

                    AdminButton {
                        id: importButton
                        objectName: "stickImport" + stick.index
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                        size: root.touchTarget
                        primary: true
                        enabled: stick.modelData.errors === 0 && !root.stickImport.busy
                        label: qsTr("Import")
                        onActivated: root.stickImport.importFrom(stick.modelData.path)
                    }
                }

                Repeater {
                    model: stick.modelData.lines
                    delegate: Text {
                        required property string modelData
                        width: about.width
                        text: modelData
                        textFormat: Text.PlainText
                        color: modelData.indexOf(": error: ") >= 0 ? Theme.error : Theme.muted
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(root.u * 0.6)
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                }
            }
        }
    }
}
