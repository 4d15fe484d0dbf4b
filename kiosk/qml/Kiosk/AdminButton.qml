import QtQuick
import Kiosk.Bridge

/*
    A large labelled button for the PIN pad and the admin overlay. `primary` fills
    it with the accent colour, `danger` marks an action that ends something.
*/
Rectangle {
    id: root

    property string label
    property real size: 80
    property bool primary: false
    property bool danger: false
    signal activated()

    readonly property color fill: primary ? Theme.accent : (danger ? Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.14) : Theme.surface)

    implicitWidth: Math.max(size * 2.4, caption.implicitWidth + size * 0.9)
    implicitHeight: size
    radius: height / 2
    color: area.pressed ? Qt.lighter(fill, 1.35) : fill
    border.color: danger ? Theme.error : Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, primary ? 0 : 0.4)
    border.width: Math.max(1, size * 0.03)
    opacity: enabled ? 1 : 0.35
    scale: area.pressed ? 0.96 : 1
    Behavior on scale { NumberAnimation { duration: 90 } }

    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.onPressAction: root.activated()

    Text {
        id: caption
        anchors.centerIn: parent
        text: root.label
        textFormat: Text.PlainText
        color: root.primary ? Theme.background : (root.danger ? Theme.error : Theme.text)
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(root.size * 0.36)
        font.weight: Font.Bold
    }

    MouseArea {
        id: area
        anchors.fill: parent
        enabled: root.enabled
        onClicked: root.activated()
    }
}
