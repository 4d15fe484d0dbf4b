import QtQuick
import Kiosk.Bridge

/*
    The attract loop's invitation: "Touch to explore" in the visiting language,
    with the other languages smaller below, and a ring that pulses once when the
    hint appears and once each time `beat` changes (the loop's next panel). The
    pulse runs with the slide and lasts as long, so it adds no frame of its own:
    between panels the hint is still and the window draws nothing (an endless
    pulse drew 60 frames a second all day).
*/
Rectangle {
    id: root
    objectName: "attractHint"

    property var hints: []
    property bool shown: false
    /// Each change is one pulse of the ring (while shown).
    property int beat: 0
    /// As long as the slide it comes with: a pulse outlasting the slide would draw frames of its own.
    property int pulseMs: 500
    readonly property bool pulsing: pulse.running

    onBeatChanged: if (shown) pulse.restart()
    onShownChanged: if (shown) pulse.restart()

    readonly property real u: Theme.unit

    width: content.width + u * 2.4
    height: content.height + u * 1.2
    radius: Math.min(height / 2, u * 1.2)
    color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.94)
    border.color: Theme.accent
    border.width: Math.max(2, u * 0.08)
    opacity: shown ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 400 } }

    Row {
        id: content
        anchors.centerIn: parent
        spacing: root.u * 0.8

        Item {
            id: touchIcon
            anchors.verticalCenter: parent.verticalCenter
            width: root.u * 1.3
            height: width

            Rectangle {
                id: ring
                anchors.centerIn: parent
                width: parent.width
                height: width
                radius: width / 2
                color: "transparent"
                border.color: Theme.accent
                border.width: Math.max(2, root.u * 0.08)

            }

            ParallelAnimation {
                id: pulse
                NumberAnimation { target: ring; property: "scale"; from: 0.55; to: 1.0; duration: root.pulseMs; easing.type: Easing.OutCubic }
                NumberAnimation { target: ring; property: "opacity"; from: 0.2; to: 1.0; duration: root.pulseMs; easing.type: Easing.OutCubic }
            }

            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.36
                height: width
                radius: width / 2
                color: Theme.accent
            }
        }

        Column {
            anchors.verticalCenter: parent.verticalCenter
            spacing: root.u * 0.15

            Text {
                objectName: "attractHintText"
                text: root.hints.length > 0 ? root.hints[0] : ""
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(root.u * 1.05)
                font.weight: Font.Bold
            }

            Text {
                visible: root.hints.length > 1
                text: root.hints.slice(1).join("   ·   ")
                textFormat: Text.PlainText
                color: Theme.muted
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(root.u * 0.7)
            }
        }
    }
}
