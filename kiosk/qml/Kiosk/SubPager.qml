pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    The sub-pages of a panel too long for one screen (a set of cards shown a few rows at a
    time): a dot for each, the current one long, each a finger-sized target, and a labelled
    "More" button to the next one ("Back to the start" on the last).
*/
Item {
    id: root
    objectName: "subPager"

    property int count: 1
    property int current: 0
    signal chosen(int page)

    readonly property real u: Theme.unit
    /// The scale the panel is shown at (PanelSkeleton.fitScale): the hit areas grow to stay finger-sized
    /// on the glass when it is shrunk to fit, without changing the layout.
    property real shownScale: 1
    readonly property real target: Theme.minimumTarget / shownScale
    readonly property real cell: Math.max(u * 1.6, Theme.minimumTarget)

    /// Its height once shown (when there are sub-pages).
    readonly property real shownHeight: more.implicitHeight

    visible: count > 1
    implicitHeight: visible ? shownHeight : 0
    implicitWidth: dots.width + more.anchors.leftMargin + more.width
    width: implicitWidth
    height: implicitHeight

    Row {
        id: dots
        // Anchored, not left at x 0, so that right-to-left mirroring puts the dots at the right and "More" inside.
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        Repeater {
            model: root.count
            delegate: Item {
                id: dot
                required property int index
                objectName: "subPageDot" + index
                width: root.cell
                height: more.height
                activeFocusOnTab: true
                readonly property bool takesArrows: true
                Keys.onPressed: event => KeyPresses.handle(dot, event, () => root.chosen(dot.index), LayoutMirroring.enabled)
                Accessible.role: Accessible.PageTab
                Accessible.name: qsTr("Part %1 of %2").arg(index + 1).arg(root.count)
                Accessible.ignored: !visible

                Rectangle {
                    anchors.centerIn: parent
                    height: root.u * 0.45
                    width: dot.index === root.current ? height * 2.4 : height
                    radius: height / 2
                    color: dot.index === root.current ? Theme.accent : Theme.muted
                    Behavior on width { NumberAnimation { duration: 200 } }
                }

                MouseArea {
                    anchors.fill: parent
                    anchors.leftMargin: -Math.max(0, (root.target - dot.width) / 2)
                    anchors.rightMargin: anchors.leftMargin
                    anchors.topMargin: -Math.max(0, (root.target - dot.height) / 2)
                    anchors.bottomMargin: anchors.topMargin
                    onClicked: root.chosen(dot.index)
                }

                FocusRing {}
            }
        }
    }

    MoreButton {
        id: more
        anchors.left: dots.right
        anchors.leftMargin: root.u * 0.6
        anchors.verticalCenter: parent.verticalCenter
        shownScale: root.shownScale
        readonly property bool last: root.current === root.count - 1
        direction: last ? "back" : "forward"
        text: last ? qsTr("Back to the start") : qsTr("More")
        onActivated: root.chosen((root.current + 1) % root.count)
    }
}
