import QtQuick
import Kiosk.Bridge

/*
    The vertical scroller every layout view puts its content in.

    It only ever flicks vertically, and only when the content is taller than the
    panel, so a horizontal swipe always reaches the outer page view. On a kiosk
    nothing is hidden without an obvious control: while there is more below, a
    "More" button with an arrow sits at the foot of the panel and scrolls a screen
    on; at the end it takes the visitor back to the top.
*/
Flickable {
    id: scroller
    objectName: "panelScroller"

    readonly property bool scrollable: contentHeight > height + 1
    /// Set by `kiosk render` while it joins the screens of a long panel into one picture:
    /// the "more" button belongs to one screen and would show at every seam.
    property bool joiningScreens: false

    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    interactive: scrollable
    clip: true
    contentWidth: width
    maximumFlickVelocity: Theme.unit * 150
    flickDeceleration: Theme.unit * 45

    /// Scroll smoothly by `distance` (down when positive), never past either end.
    function scrollBy(distance: real) {
        scrollTo.to = Math.max(0, Math.min(contentHeight - height, contentY + distance))
        scrollTo.restart()
    }

    /// Scroll smoothly, only as far as needed, so `item` (inside the content) is in full view.
    function ensureVisible(item: Item) {
        const top = item.mapToItem(contentItem, 0, 0).y
        const margin = Theme.unit
        let target = Math.max(contentY, top + item.height + margin - height)
        target = Math.min(target, top - margin)
        target = Math.max(0, Math.min(contentHeight - height, target))
        if (Math.abs(target - contentY) < 1)
            return
        scrollTo.to = target
        scrollTo.restart()
    }

    /// Scroll smoothly to `y` (clamped to the content).
    function scrollToY(y: real) {
        const target = Math.max(0, Math.min(contentHeight - height, y))
        if (Math.abs(target - contentY) < 1)
            return
        scrollTo.to = target
        scrollTo.restart()
    }

    NumberAnimation {
        id: scrollTo
        target: scroller
        property: "contentY"
        duration: 450
        easing.type: Easing.InOutCubic
    }

    /// Room kept under the content for the "more" button, so that it never covers the last lines.
    readonly property real moreRoom: more.height + Theme.unit * 0.8

    MoreButton {
        id: more
        parent: scroller
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.unit * 0.4
        visible: scroller.scrollable && !scroller.joiningScreens
        direction: scroller.atYEnd ? "up" : "down"
        text: scroller.atYEnd ? qsTr("Back to the top") : qsTr("More")
        onActivated: scroller.scrollBy(scroller.atYEnd ? -scroller.contentY : scroller.height - scroller.moreRoom - Theme.unit * 2)
    }
}
