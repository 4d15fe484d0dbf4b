import QtQuick
import Kiosk.Bridge

/*
    Where the keyboard (or an assistive switch) is: a thick ring in the accent colour around
    the control that has focus, with a band of the background colour inside it, so that it
    stands out from two metres on any control, filled or not, and in high contrast (yellow on black).

    Every control a visitor can reach with Tab holds one: `FocusRing {}` as its child. It shows
    only while its control has active focus; a control that fills the panel (`inside`) gets it
    drawn within its edges, where the panel's clipping cannot cut it off. A control in a
    panel's scroller is scrolled into full view when it gets focus.
*/
Rectangle {
    id: ring
    objectName: "focusRing"

    /// Draw the ring inside the control's edges rather than around them.
    property bool inside: false
    readonly property Item control: parent
    readonly property real thickness: Math.max(4, Math.round(Theme.controlUnit * 0.24))
    readonly property real gap: Math.max(2, Math.round(thickness / 2))

    anchors.fill: parent
    anchors.margins: inside ? gap : -(thickness + gap)
    z: 100
    visible: control !== null && control.activeFocus
    color: "transparent"
    radius: Math.min(height / 2, thickness * 2 + Math.min(control?.width ?? 0, control?.height ?? 0) * 0.08)
    border.color: Theme.accent
    border.width: thickness

    // The band of background colour between the ring and the control, so a control filled with
    // the accent colour keeps its outline.
    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.thickness
        radius: Math.max(0, ring.radius - ring.thickness)
        color: "transparent"
        border.color: Theme.background
        border.width: ring.gap
    }

    onVisibleChanged: if (visible) Qt.callLater(ring.bringIntoView)

    /// A control scrolled out of its panel's view is scrolled back into it (PanelScroller.ensureVisible).
    function bringIntoView() {
        for (let item = ring.control?.parent; item; item = item.parent) {
            if (item.objectName === "panelScroller") {
                item.ensureVisible(ring.control)
                return
            }
        }
    }
}
