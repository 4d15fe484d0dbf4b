pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    Where you are, and where else to go: a tab for each panel, labelled with its short title
    (`short_title:` in the panel, else its title; on two lines if need be), the current one
    in the accent colour and underlined. Each tab is a finger-sized target that opens its panel.

    When the labels do not all fit side by side (many panels, long names), the tabs become
    dots, the current one long, with the current panel's name above them.
*/
Item {
    id: root
    objectName: "pageIndicator"

    required property KioskController controller
    required property PanelListModel panelModel
    property real touchTarget: 80

    readonly property real u: Theme.controlUnit  // a control: it keeps its size when a visitor enlarges the text
    readonly property int count: controller.count
    readonly property real labelSize: Math.max(Theme.smallestText, Math.round(u * 0.7))
    readonly property real labelPadding: u * 0.5
    readonly property real cell: count > 0 ? Math.min(labelled ? width / count : touchTarget, width / count) : touchTarget
    readonly property real dot: Math.max(6, Math.min(u * 0.5, cell * 0.45))
    /// The room for a label in its tab.
    readonly property real labelWidth: count > 0 ? width / count - 2 * labelPadding : 0
    /// Every label fits its share of the width, on at most two lines, no word broken.
    readonly property bool labelled: count > 0 && widestWord <= labelWidth && widestLabel <= labelWidth * 1.8
    property real widestLabel: 0
    property real widestWord: 0
    readonly property string currentLabel: (tabs.itemAt(controller.currentIndex) as PageTab)?.label ?? ""

    height: touchTarget

    FontMetrics {
        id: labelMetrics
        font.family: Theme.fontFamily
        font.pixelSize: root.labelSize
        font.weight: Font.DemiBold
    }

    function measure() {
        let label = 0
        let word = 0
        for (let i = 0; i < tabs.count; ++i) {
            const tab = tabs.itemAt(i) as PageTab
            if (!tab)
                continue
            label = Math.max(label, labelMetrics.advanceWidth(tab.label))
            for (const part of tab.label.split(/\s+/))
                word = Math.max(word, labelMetrics.advanceWidth(part))
        }
        widestLabel = label
        widestWord = word
    }

    Text {
        objectName: "currentSectionName"
        visible: !root.labelled && root.count > 0
        // Clear of the dots below it (they sit on the middle line), never touching the current one's bar.
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.verticalCenter; bottomMargin: root.dot / 2 + root.u * 0.2 }
        width: Math.min(implicitWidth, parent.width)
        text: root.currentLabel
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: root.labelSize
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }

    Row {
        anchors.centerIn: parent
        Repeater {
            id: tabs
            model: root.panelModel
            onCountChanged: Qt.callLater(root.measure)
            delegate: PageTab {
                controller: root.controller
                width: root.cell
                height: root.touchTarget
                labelled: root.labelled
                labelSize: root.labelSize
                labelWidth: root.labelWidth
                dot: root.dot
                onLabelChanged: Qt.callLater(root.measure)
            }
        }
    }
}
