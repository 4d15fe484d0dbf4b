import QtQuick

/*
    One page of the panel view: picks the layout view for panel.layout and gives it
    the whole page. An unknown layout shows as text rather than nothing.
    The page mirrors by the direction its text is written in, not the visiting
    language's: an English fallback inside the Arabic deck still reads left to right.
*/
Item {
    id: page
    objectName: "panelPage" + index

    required property var panel
    required property int index

    LayoutMirroring.enabled: page.panel.rightToLeft === true
    LayoutMirroring.childrenInherit: true

    Loader {
        id: loader
        objectName: "layoutLoader"
        anchors.fill: parent
        sourceComponent: ({statement: statementView, timeline: timelineView, cards: cardsView, text: textView})[page.panel.layout]
                         ?? textView
    }

    Component { id: statementView; StatementPanel { panel: page.panel } }
    Component { id: timelineView; TimelinePanel { panel: page.panel } }
    Component { id: cardsView; CardsPanel { panel: page.panel } }
    Component { id: textView; TextPanel { panel: page.panel } }
}
