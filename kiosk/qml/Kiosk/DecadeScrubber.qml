pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    A long timeline's decades as a row of buttons ("1960s 1970s ..."), to jump through it:
    the decade being read is highlighted, a tap asks to show that decade's first event.
    The row wraps onto a second line when the labels do not fit across (French "années 1960").
*/
Flow {
    id: scrubber
    objectName: "decadeScrubber"

    /// [{decade, first}]: each decade of the events (1960 for the 1960s) and the index of its first event.
    required property var decades
    /// The decade highlighted as the one being read.
    property int current: -1
    /// A decade button was tapped: show the event at index `first`.
    signal chosen(int decade, int first)

    readonly property real u: Theme.unit

    spacing: u * 0.4

    Repeater {
        model: scrubber.decades

        Rectangle {
            id: button
            objectName: "decade" + modelData.decade

            required property var modelData
            readonly property bool current: modelData.decade === scrubber.current
            //: A decade on the timeline's scrubber: %1 is its first year, 1960 for the 1960s.
            readonly property string label: qsTr("%1s").arg(modelData.decade)

            // A finger-sized target, however short the label.
            implicitWidth: Math.max(Theme.minimumTarget, name.implicitWidth + scrubber.u * 1.2)
            implicitHeight: Math.max(Theme.minimumTarget, scrubber.u * 1.9, name.implicitHeight + scrubber.u * 0.6)
            radius: height / 2
            color: current ? Theme.accent : "transparent"
            border.color: current ? Theme.accent : Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.6)
            border.width: Math.max(1, scrubber.u * 0.08)
            scale: tap.pressed ? 0.94 : 1
            Behavior on color { ColorAnimation { duration: 150 } }

            activeFocusOnTab: true
            readonly property bool takesArrows: true
            Keys.onPressed: event => KeyPresses.handle(button, event, button.choose, LayoutMirroring.enabled)
            function choose() { scrubber.chosen(button.modelData.decade, button.modelData.first) }

            Accessible.role: Accessible.Button
            Accessible.name: label
            Accessible.ignored: !visible  // a neighbouring page's scrubber, or a short timeline's: not read
            Accessible.onPressAction: button.choose()

            Text {
                id: name
                objectName: "decadeLabel"
                anchors.centerIn: parent
                text: button.label
                textFormat: Text.PlainText
                color: button.current ? Theme.background : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(scrubber.u * 0.85)
                font.weight: Font.DemiBold
            }

            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: button.choose()
            }

            FocusRing {}
        }
    }
}
