import QtQuick
import Kiosk.Bridge

/*
    The vertical scroller every layout view puts its content in.

    It only ever flicks vertically, and only when the content is taller than the
    panel, so a horizontal swipe always reaches the outer page view. A slim
    indicator on the trailing edge and soft fades at the cut edges tell a visitor
    there is more to see.
*/
Flickable {
    id: scroller
    objectName: "panelScroller"

    readonly property bool scrollable: contentHeight > height + 1
    /// Set by `kiosk render` while it joins the screens of a long panel into one picture:
    /// the fades and the indicator belong to one screen and would show at every seam.
    property bool joiningScreens: false

    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    interactive: scrollable
    clip: true
    contentWidth: width
    maximumFlickVelocity: Theme.unit * 150
    flickDeceleration: Theme.unit * 45

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

    NumberAnimation {
        id: scrollTo
        target: scroller
        property: "contentY"
        duration: 450
        easing.type: Easing.InOutCubic
    }

    readonly property color fadeColor: Theme.background
    readonly property real fadeDepth: Theme.unit * 1.6

    Rectangle {
        parent: scroller
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: scroller.fadeDepth
        visible: scroller.scrollable && !scroller.joiningScreens
        opacity: scroller.atYBeginning ? 0 : 1
        Behavior on opacity { NumberAnimation { duration: 180 } }
        gradient: Gradient {
            GradientStop { position: 0; color: scroller.fadeColor }
            GradientStop { position: 1; color: Qt.rgba(scroller.fadeColor.r, scroller.fadeColor.g, scroller.fadeColor.b, 0) }
        }
    }

    Rectangle {
        parent: scroller
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        height: scroller.fadeDepth
        visible: scroller.scrollable && !scroller.joiningScreens
        opacity: scroller.atYEnd ? 0 : 1
        Behavior on opacity { NumberAnimation { duration: 180 } }
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.rgba(scroller.fadeColor.r, scroller.fadeColor.g, scroller.fadeColor.b, 0) }
            GradientStop { position: 1; color: scroller.fadeColor }
        }
    }

    Rectangle {
        objectName: "scrollIndicator"
        parent: scroller
        anchors.right: parent.right
        anchors.rightMargin: Theme.unit * 0.3
        width: Math.max(2, Theme.unit * 0.22)
        radius: width / 2
        y: scroller.visibleArea.yPosition * scroller.height
        height: scroller.visibleArea.heightRatio * scroller.height
        color: Theme.muted
        opacity: scroller.moving ? 0.8 : 0.4
        visible: scroller.scrollable && !scroller.joiningScreens
        Behavior on opacity { NumberAnimation { duration: 250 } }
    }
}
