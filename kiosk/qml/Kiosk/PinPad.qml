pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    The admin PIN pad, opened by the hidden long press. Big round digit keys, the
    PIN shown only as dots, OK / clear / cancel. The digits live in Python (admin),
    never here; this only shows how many there are. With no PIN set in kiosk.toml
    the pad says so instead of offering keys, and nothing about the computer:
    anyone may find the gesture.

    Everything under it is dimmed and unreachable while it is open.
*/
Item {
    id: root
    objectName: "pinPad"

    required property AdminController admin
    property real touchTarget: 80

    readonly property real u: Theme.unit
    readonly property real key: Math.round(Math.max(touchTarget, Math.min(u * 2.9, (height - u * 11) / 5.3)))

    // Catches every touch, click and wheel turn that misses the card.
    Rectangle {
        anchors.fill: parent
        color: Theme.scrim

        MouseArea {
            anchors.fill: parent
            onWheel: (wheel) => { wheel.accepted = true }
        }
    }

    Rectangle {
        id: card
        objectName: "pinCard"
        anchors.centerIn: parent
        width: Math.min(root.width - root.u * 2, Math.max(root.key * 3.9, root.u * 15) + root.u * 3)
        height: body.implicitHeight + root.u * 2.6
        radius: root.u * 0.9
        color: Theme.surface
        border.color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.3)
        border.width: Math.max(1, root.u * 0.05)

        Column {
            id: body
            anchors.centerIn: parent
            width: card.width - root.u * 2.4
            spacing: root.u * 0.75

            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: root.u * 2.4
                height: Math.max(2, root.u * 0.14)
                radius: height / 2
                color: Theme.accent
            }

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.admin.pinSet ? qsTr("Enter the admin PIN") : qsTr("Admin")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(root.u * 1.15)
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }

            // The PIN as dots: filled for each digit typed, never the digits themselves.
            Row {
                id: dots
                objectName: "pinDots"
                visible: root.admin.pinSet
                anchors.horizontalCenter: parent.horizontalCenter
                height: root.u * 1.1
                spacing: root.u * 0.5

                readonly property int filled: root.admin.enteredLength

                Repeater {
                    model: Math.max(4, dots.filled)
                    delegate: Rectangle {
                        required property int index
                        anchors.verticalCenter: parent.verticalCenter
                        width: root.u * 0.62
                        height: width
                        radius: width / 2
                        color: index < dots.filled ? Theme.accent : "transparent"
                        border.color: index < dots.filled ? Theme.accent : Theme.muted
                        border.width: Math.max(2, root.u * 0.07)
                    }
                }
            }

            Text {
                objectName: "pinMessage"
                visible: root.admin.pinSet
                width: parent.width
                height: Math.max(implicitHeight, root.u * 1.4)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: root.admin.message
                textFormat: Text.PlainText
                color: root.admin.checking ? Theme.muted : Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(root.u * 0.72)
                wrapMode: Text.Wrap
            }

            // With no PIN in kiosk.toml there is no way in: say so, and where staff read how to set one.
            Column {
                objectName: "pinNotSet"
                visible: !root.admin.pinSet
                width: parent.width
                spacing: root.u * 0.6

                Text {
                    objectName: "pinNotSetMessage"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: root.admin.noPinMessage
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(root.u * 0.8)
                    lineHeight: 1.2
                    wrapMode: Text.Wrap
                }
            }

            Grid {
                id: keys
                visible: root.admin.pinSet
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: root.key * 0.28
                enabled: !root.admin.checking && !root.admin.lockedOut
                opacity: enabled ? 1 : 0.45
                Behavior on opacity { NumberAnimation { duration: 150 } }
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true

                Repeater {
                    model: 9
                    delegate: PadKey {
                        required property int index
                        objectName: "pinKey" + (index + 1)
                        label: String(index + 1)
                        onActivated: root.admin.digit(index + 1)
                    }
                }

                PadKey {
                    objectName: "pinClear"
                    label: qsTr("Clear")
                    small: true
                    onActivated: root.admin.clear()
                }

                PadKey {
                    objectName: "pinKey0"
                    label: "0"
                    onActivated: root.admin.digit(0)
                }

                PadKey {
                    objectName: "pinOk"
                    label: qsTr("OK")
                    small: true
                    primary: true
                    enabled: root.admin.enteredLength > 0
                    onActivated: root.admin.submit()
                }
            }

            AdminButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                size: root.touchTarget
                label: root.admin.pinSet ? qsTr("Cancel") : qsTr("Close")
                onActivated: root.admin.cancel()
            }
        }
    }

    component PadKey: Rectangle {
        id: padKey

        property string label
        property bool small: false
        property bool primary: false
        signal activated()

        readonly property color fill: primary ? Theme.accent : Qt.lighter(Theme.surface, 1.35)

        width: root.key
        height: root.key
        radius: width / 2
        color: keyArea.pressed ? Qt.lighter(fill, 1.4) : fill
        border.color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, primary ? 0 : 0.35)
        border.width: Math.max(1, root.key * 0.025)
        opacity: enabled ? 1 : 0.4
        scale: keyArea.pressed ? 0.92 : 1
        Behavior on scale { NumberAnimation { duration: 80 } }

        Accessible.role: Accessible.Button
        Accessible.name: label
        Accessible.onPressAction: padKey.activated()

        Text {
            anchors.centerIn: parent
            text: padKey.label
            textFormat: Text.PlainText
            color: padKey.primary ? Theme.background : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.key * (padKey.small ? 0.27 : 0.42))
            font.weight: padKey.small ? Font.Bold : Font.DemiBold
        }

        MouseArea {
            id: keyArea
            anchors.fill: parent
            enabled: padKey.enabled
            onClicked: padKey.activated()
        }
    }
}
