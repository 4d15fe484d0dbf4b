import QtQuick
import Kiosk.Bridge

/*
    Shown instead of a blank screen when the content has nothing to show: says
    where staff read how to find out what is wrong, and nothing about the computer.
*/
Rectangle {
    id: root
    objectName: "emptyMessage"

    property string message

    readonly property real u: Theme.unit

    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - root.u * 4, root.u * 30)
        spacing: root.u * 1.0

        Rectangle {
            width: root.u * 3
            height: Math.max(2, root.u * 0.16)
            radius: height / 2
            color: Theme.accent
        }

        Text {
            width: parent.width
            text: qsTr("Nothing to show yet")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 1.7)
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "emptyMessageText"
            width: parent.width
            text: root.message
            textFormat: Text.PlainText
            color: Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u)
            lineHeight: 1.3
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }
}
