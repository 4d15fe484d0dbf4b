import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    One panel's tab in the page indicator: its short title, or a dot when the labels do not
    all fit; the current one in the accent colour with a bar under it. A tap opens its panel.
*/
Item {
    id: tab
    objectName: "pageDot" + index

    required property int index
    required property string shortTitle
    required property KioskController controller
    property bool labelled: true
    property real labelSize: Theme.unit * 0.7
    property real labelWidth: width
    property real dot: Theme.unit * 0.5

    readonly property string label: shortTitle
    readonly property bool current: index === controller.currentIndex

    activeFocusOnTab: true
    readonly property bool takesArrows: true
    Keys.onPressed: event => KeyPresses.handle(tab, event, () => tab.controller.goTo(tab.index), LayoutMirroring.enabled)

    Accessible.role: Accessible.PageTab
    Accessible.ignored: !visible  // hidden (under the attract screen, a closed viewer): not read
    Accessible.name: qsTr("%1, panel %2 of %3").arg(label).arg(index + 1).arg(controller.count)
    Accessible.onPressAction: tab.controller.goTo(tab.index)

    Text {
        id: name
        objectName: "pageLabel" + tab.index
        visible: tab.labelled
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -bar.height
        width: Math.min(implicitWidth, tab.labelWidth)
        text: tab.label
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        horizontalAlignment: Text.AlignHCenter
        lineHeightMode: Text.ProportionalHeight
        lineHeight: 0.95
        color: tab.current ? Theme.accent : Theme.muted
        opacity: tab.current || tap.pressed ? 1 : 0.85
        font.family: Theme.fontFamily
        font.pixelSize: tab.labelSize
        font.weight: Font.DemiBold
    }

    Rectangle {
        id: bar
        anchors.horizontalCenter: parent.horizontalCenter
        y: tab.labelled ? name.y + name.height + height : (parent.height - height) / 2
        height: tab.labelled ? Math.max(3, Theme.unit * 0.14) : tab.dot
        width: tab.labelled ? (tab.current ? name.contentWidth : 0) : (tab.current ? Math.min(tab.width * 0.9, tab.dot * 2.6) : tab.dot)
        radius: height / 2
        color: tab.current ? Theme.accent : Theme.muted
        opacity: tab.current ? 1 : (tap.pressed ? 0.9 : 0.45)
        Behavior on width { NumberAnimation { duration: 250; easing.type: Easing.OutCubic } }
    }

    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tab.controller.goTo(tab.index)
    }

    FocusRing {}
}
