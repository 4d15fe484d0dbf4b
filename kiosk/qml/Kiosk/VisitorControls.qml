pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    A visitor's own choices, beside the language buttons and as big: a larger text size (100, 130,
    160 %, round again), high contrast, and less motion. The Theme holds them, and undoes them when
    the kiosk goes back to playing by itself, so the next visitor starts afresh.
*/
Row {
    id: root
    objectName: "visitorControls"

    property real touchTarget: 80
    readonly property real u: Theme.controlUnit

    spacing: u * 0.4

    component Choice: Item {
        id: choice
        property string label
        property string spoken
        property bool on: false
        signal activated()

        width: Math.max(root.touchTarget, text.implicitWidth + root.u * 1.4)
        height: root.touchTarget
        activeFocusOnTab: true
        readonly property bool takesArrows: true

        Accessible.role: Accessible.Button
        Accessible.ignored: !visible  // hidden (under the attract screen, a closed viewer): not read
        Accessible.name: spoken
        Accessible.checkable: true
        Accessible.checked: on
        Accessible.onPressAction: activated()
        Keys.onPressed: event => KeyPresses.handle(choice, event, choice.activated, LayoutMirroring.enabled)

        Rectangle {
            anchors.centerIn: parent
            width: parent.width
            height: Math.round(root.touchTarget * 0.74)
            radius: height / 2
            color: choice.on ? Theme.accent : (tap.pressed ? Theme.surface : "transparent")
            border.color: choice.on ? Theme.accent : Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.5)
            border.width: Math.max(1, root.u * 0.06)
        }

        Text {
            id: text
            anchors.centerIn: parent
            text: choice.label
            textFormat: Text.PlainText
            color: choice.on ? Theme.background : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.75)
            font.weight: Font.Bold
        }

        MouseArea {
            id: tap
            anchors.fill: parent
            onClicked: choice.activated()
        }

        FocusRing {}
    }

    Choice {
        objectName: "textSizeButton"
        label: "A+ " + Math.round(Theme.textScale * 100) + "\u202f%"
        spoken: qsTr("Text size %1 %").arg(Math.round(Theme.textScale * 100))
        on: Theme.textScale > 1
        onActivated: Theme.nextTextSize()
    }

    Choice {
        objectName: "contrastButton"
        label: qsTr("Contrast")
        spoken: qsTr("High contrast")
        on: Theme.highContrast
        onActivated: Theme.toggleHighContrast()
    }

    Choice {
        objectName: "motionButton"
        label: qsTr("Still")
        spoken: qsTr("Less motion")
        on: Theme.reducedMotion
        onActivated: Theme.toggleLessMotion()
    }
}
