pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    Where you are: one dot per panel, the current one long and in the accent colour.
    Each dot is a finger-sized target that jumps to its panel. With many panels the
    dots shrink to fit the space between the buttons.
*/
Item {
    id: root
    objectName: "pageIndicator"

    required property KioskController controller
    property real touchTarget: 80

    readonly property int count: controller.count
    readonly property real cell: count > 0 ? Math.min(touchTarget, width / count) : touchTarget
    readonly property real dot: Math.max(6, Math.min(Theme.unit * 0.5, cell * 0.45))

    height: touchTarget

    Row {
        anchors.centerIn: parent
        Repeater {
            model: root.count
            delegate: Item {
                id: cellItem
                required property int index
                readonly property bool current: index === root.controller.currentIndex
                objectName: "pageDot" + index
                width: root.cell
                height: root.touchTarget

                Accessible.role: Accessible.PageTab
                Accessible.name: qsTr("Panel %1").arg(index + 1)

                Rectangle {
                    anchors.centerIn: parent
                    height: root.dot
                    width: cellItem.current ? Math.min(root.cell * 0.9, root.dot * 2.6) : root.dot
                    radius: height / 2
                    color: cellItem.current ? Theme.accent : Theme.muted
                    opacity: cellItem.current ? 1 : (tap.pressed ? 0.9 : 0.45)
                    Behavior on width { NumberAnimation { duration: 250; easing.type: Easing.OutCubic } }
                }

                MouseArea {
                    id: tap
                    anchors.fill: parent
                    onClicked: root.controller.goTo(cellItem.index)
                }
            }
        }
    }
}
