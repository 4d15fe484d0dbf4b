pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    A responsive grid of cards (the values) under the title and intro.

    Columns follow the space available and are balanced so rows fill evenly:
    six cards make 3x2 on a landscape screen, 2x3 in portrait, one column when
    narrow. Cards in the same row share the height of the tallest.

    Six values belong on one landscape screen, from 1920x1080 down to 1280x800,
    with body text at the full unit: so the intro sits beside the title when it
    is short, margins and gaps are tighter than on the other panels, and the
    card text is set a little more tightly (line height 1.3).
*/
PanelSkeleton {
    id: view
    objectName: "cardsPanel"

    required property string title
    required property string introHtml
    /// [{name, bodyHtml, imageSource, imageAlt, imagePlaceholder, imageCaption, imageCredit}]
    required property var cards
    required property var links

    readonly property real u: Theme.unit
    readonly property real gap: u * 0.7
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
            const item = repeater.itemAt(i) as ValueCard
            if (item)
                tallest = Math.max(tallest, item.contentHeight)
        }
        return tallest
    }

    linkCodes: codes
    sideMargin: Math.max(u * 1.5, (width - u * 64) / 2)
    topMargin: u * 0.7
    centred: true
    spacing: u * 0.7

    PanelHeading {
        width: parent.width
        title: view.title
        introHtml: view.introHtml
        introMaxWidth: view.u * 32
        gap: view.u * 0.8
        // Portrait has the height to spare: a long intro reads better below the title.
        maxInlineLines: view.width > view.height ? 2 : 1
        onLinkTapped: url => view.showLink(url)
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
                name: modelData.name
                bodyHtml: modelData.bodyHtml
                imageSource: modelData.imageSource
                imageAlt: modelData.imageAlt
                imagePlaceholder: modelData.imagePlaceholder
                width: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
                height: view.rowHeight(index)
                onLinkTapped: url => view.showLink(url)
                onOpened: view.showDetail({title: modelData.name, bodyHtml: modelData.bodyHtml,
                                           imageSource: modelData.imageSource, imageAlt: modelData.imageAlt,
                                           imagePlaceholder: modelData.imagePlaceholder,
                                           caption: modelData.imageCaption, credit: modelData.imageCredit})
            }
        }
    }

    LinkCodes {
        id: codes
        width: parent.width
        links: view.links
    }
}
