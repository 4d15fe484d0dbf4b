pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    The admin overlay, after the right PIN: reload the content now, read what is
    wrong with it (each line "path:line: severity: message", the way `kiosk check`
    prints it), import new content from a USB stick (StickImportPanel), see the
    version, content folder and log file, close, or exit the kiosk. Covers the whole window; nothing below it can be touched.
*/
Rectangle {
    id: root
    objectName: "adminOverlay"

    required property AdminController admin
    required property StickImport stickImport
    property real touchTarget: 80

    readonly property real u: Theme.unit
    readonly property real margin: u * (width > height ? 2.0 : 1.2)

    color: Theme.background

    MouseArea {
        anchors.fill: parent
        onWheel: (wheel) => { wheel.accepted = true }
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.margin }
        spacing: root.u * 0.9

        Item {
            width: parent.width
            height: Math.max(heading.height, closeButton.height)

            Column {
                id: heading
                anchors { left: parent.left; right: closeButton.left; rightMargin: root.u; verticalCenter: parent.verticalCenter }
                spacing: root.u * 0.2

                Text {
                    width: parent.width
                    text: qsTr("Kiosk admin")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(root.u * 1.5)
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                }

                Text {
                    objectName: "adminVersion"
                    width: parent.width
                    text: "kiosk " + root.admin.version
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(root.u * 0.75)
                }
            }

            AdminButton {
                id: closeButton
                objectName: "adminClose"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                size: root.touchTarget
                label: qsTr("Close")
                onActivated: root.admin.cancel()
            }
        }

        Rectangle {
            width: parent.width
            height: facts.implicitHeight + root.u * 1.2
            radius: root.u * 0.5
            color: Theme.surface

            Column {
                id: facts
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: root.u * 0.8 }
                spacing: root.u * 0.35

                Fact { objectName: "adminFolder"; label: qsTr("Content folder"); value: root.admin.folder }
                Fact {
                    objectName: "adminStatistics"
                    label: qsTr("Visitor statistics")
                    value: root.admin.visitsToday < 0 ? qsTr("Off: kiosk.toml turns them off")
                           : qsTr("%1 visits today; the file takes %2 kB").arg(root.admin.visitsToday).arg(root.admin.statisticsKilobytes)
                }
                Fact {
                    objectName: "adminLogFile"
                    visible: root.admin.logFile !== ""
                    label: qsTr("Log file")
                    value: root.admin.logFile
                }
            }
        }

        Flow {
            width: parent.width
            spacing: root.u * 0.6

            AdminButton {
                objectName: "adminReload"
                size: root.touchTarget
                primary: true
                label: qsTr("Reload content now")
                onActivated: root.admin.reloadNow()
            }

            AdminButton {
                objectName: "adminExit"
                size: root.touchTarget
                danger: true
                label: qsTr("Exit the kiosk")
                onActivated: root.admin.exitKiosk()
            }
        }

        Text {
            objectName: "adminReloadStatus"
            visible: text !== ""
            width: parent.width
            text: root.admin.reloadStatus
            textFormat: Text.PlainText
            color: root.admin.rejectedDiagnostics.length > 0 ? Theme.error : Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.72)
            wrapMode: Text.Wrap
        }
    }

    Flickable {
        id: problems
        objectName: "adminDiagnostics"
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom }
        anchors { leftMargin: root.margin; rightMargin: root.margin; topMargin: root.u * 0.9; bottomMargin: root.margin * 0.6 }
        contentHeight: lists.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: lists
            width: problems.width
            spacing: root.u * 0.9

            StickImportPanel {
                width: parent.width
                stickImport: root.stickImport
                touchTarget: root.touchTarget
            }

            DiagnosticList {
                visible: root.admin.rejectedDiagnostics.length > 0
                title: qsTr("Not shown: the last change to the content has errors")
                lines: root.admin.rejectedDiagnostics
            }

            DiagnosticList {
                title: root.admin.diagnostics.length > 0 ? qsTr("Problems in the content on screen")
                                                         : qsTr("The content on screen has no problems.")
                lines: root.admin.diagnostics
            }
        }
    }

    component Fact: Row {
        property string label
        property string value
        width: parent.width
        spacing: root.u * 0.6

        Text {
            id: factLabel
            width: root.u * 6.5
            text: parent.label
            textFormat: Text.PlainText
            color: Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.72)
        }

        Text {
            width: parent.width - factLabel.width - parent.spacing
            text: parent.value
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.72)
            wrapMode: Text.WrapAnywhere
        }
    }

    component DiagnosticList: Column {
        property string title
        property var lines: []
        width: parent.width
        spacing: root.u * 0.3

        Text {
            width: parent.width
            text: parent.title
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.85)
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }

        Repeater {
            model: parent.lines
            delegate: Rectangle {
                required property string modelData
                readonly property bool isError: modelData.indexOf(": error: ") >= 0
                width: parent.width
                height: line.implicitHeight + root.u * 0.5
                radius: root.u * 0.25
                color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.8)

                Rectangle {
                    width: Math.max(3, root.u * 0.12)
                    height: parent.height
                    radius: width / 2
                    color: parent.isError ? Theme.error : Theme.accent
                }

                Text {
                    id: line
                    objectName: "diagnosticLine"
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                    anchors { leftMargin: root.u * 0.6; rightMargin: root.u * 0.4 }
                    text: parent.modelData
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(root.u * 0.66)
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
            }
        }
    }
}
