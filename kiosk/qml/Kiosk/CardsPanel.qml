import QtQuick

/*
    A responsive grid of cards (the values) under the title and intro.

    Columns follow the space available and are balanced so rows fill evenly:
    six cards make 3x2 on a landscape screen, 2x3 in portrait, one column when
    narrow. Cards in the same row share the height of the tallest.
*/
Item {
    id: view
    objectName: "cardsPanel"

    required property var panel
    required property QtObject theme

    readonly property real u: theme.unit
    readonly property var cards: panel.cards || []
    readonly property real sideMargin: Math.max(u * 2, (width - u * 64) / 2)
    readonly property real gap: u * 1.0
    readonly property int columns: {
        if (cards.length === 0)
            return 1
        const fit = Math.max(1, Math.min(4, Math.floor((grid.width + gap) / (u * 11 + gap))))
        const rows = Math.ceil(cards.length / fit)
        return Math.ceil(cards.length / rows)
    }
    /// Bumped whenever a card appears, so row heights are recomputed over every card.
    property int cardRevision: 0

    function rowHeight(index: int): real {
        void cardRevision
        const start = index - index % columns
        let tallest = 0
        for (let i = start; i < Math.min(start + columns, repeater.count); ++i) {
            const item = repeater.itemAt(i)
            if (item)
                tallest = Math.max(tallest, item.contentHeight)
        }
        return tallest
    }

    PanelScroller {
        id: scroller
        anchors.fill: parent
        theme: view.theme
        contentHeight: Math.max(height, page.height + 2 * view.u)

        Column {
            id: page
            x: view.sideMargin
            y: Math.max(view.u, (scroller.height - height) / 2)
            width: scroller.width - 2 * view.sideMargin
            spacing: view.u * 1.0

            PanelTitle {
                theme: view.theme
                width: parent.width
                text: view.panel.title || ""
            }

            RichTextBlock {
                theme: view.theme
                anchors.left: parent.left
                width: Math.min(parent.width, view.u * 32)
                html: view.panel.introHtml || ""
                color: view.theme.muted
            }

            Grid {
                id: grid
                objectName: "cardsGrid"
                width: parent.width
                columns: view.columns
                rowSpacing: view.gap
                columnSpacing: view.gap

                Repeater {
                    id: repeater
                    model: view.cards
                    onItemAdded: view.cardRevision++
                    ValueCard {
                        required property var modelData
                        required property int index
                        objectName: "card" + index
                        theme: view.theme
                        card: modelData
                        width: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
                        height: view.rowHeight(index)
                    }
                }
            }
        }
    }
}
