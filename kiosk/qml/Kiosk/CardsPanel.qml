pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    A responsive grid of cards (the values) under the title and intro.

    Columns follow the space available and are balanced so rows fill evenly:
    six cards make 3x2 on a landscape screen, 2x3 in portrait, one column when
    narrow. Cards in the same row share the height of the tallest; in portrait, rows
    also share the height left free, so the cards fill the screen.

    Cards too many for one screen, even shrunk to fit, are shown a few rows at a time on
    sub-pages with their own dots and a "More" button (SubPager).

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

    /// The sub-page shown, when the cards are too many for one screen even shrunk.
    property int subPage: 0
    readonly property int rowCount: Math.ceil(cards.length / columns)
    readonly property var rowHeights: {
        const heights = []
        for (let row = 0; row < rowCount; ++row)
            heights.push(rowHeight(row * columns))
        return heights
    }
    /// What is always shown beside the cards: the heading, the links and the spacing between them.
    readonly property real frameHeight: heading.height + spacing + (codes.height > 0 ? spacing + codes.height : 0)
    /// Rows of cards on one sub-page: all of them when the whole panel fits, shrunk if need be;
    /// else as many as fit at full size, shared out evenly between the sub-pages.
    readonly property int rowsPerPage: {
        const room = height - 2 * topMargin
        const rows = rowHeights.length
        const all = rowHeights.reduce((sum, row) => sum + row, 0) + Math.max(0, rows - 1) * gap
        // In a talk the presenter steps through the cards (PanelSkeleton's stops): no sub-pages.
        if (rows <= 1 || stepping || (frameHeight + all) * Theme.fitMinimum <= room)
            return Math.max(1, rows)
        const tallest = Math.max(...rowHeights)
        const fitting = Math.max(1, Math.floor((room - frameHeight - pager.shownHeight - spacing + gap) / (tallest + gap)))
        return Math.ceil(rows / Math.ceil(rows / fitting))
    }
    readonly property int subPageCount: Math.max(1, Math.ceil(rowCount / rowsPerPage))
    /// In portrait the rows share the height the cards leave free, so that the cards fill the screen
    /// rather than float between two empty bands.
    readonly property real rowStretch: {
        if (width > height || subPageCount > 1 || rowHeights.length === 0)
            return 0
        const rows = rowHeights.length
        const natural = frameHeight + rowHeights.reduce((sum, row) => sum + row, 0) + (rows - 1) * gap
        return Math.max(0, Math.floor((height - 2 * topMargin - natural) / rows))
    }
    onSubPageCountChanged: subPage = Math.min(subPage, subPageCount - 1)

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
    stepItems: grid.children
    sideMargin: Math.max(u * 1.5, (width - u * 64) / 2)
    topMargin: u * 0.7
    centred: true
    spacing: u * 0.7

    PanelHeading {
        id: heading
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
                height: view.rowHeight(index) + view.rowStretch
                visible: Math.floor(Math.floor(index / view.columns) / view.rowsPerPage) === view.subPage
                onLinkTapped: url => view.showLink(url)
                onOpened: view.showDetail({title: modelData.name, bodyHtml: modelData.bodyHtml,
                                           imageSource: modelData.imageSource, imageAlt: modelData.imageAlt,
                                           imagePlaceholder: modelData.imagePlaceholder,
                                           caption: modelData.imageCaption, credit: modelData.imageCredit})
            }
        }
    }

    SubPager {
        id: pager
        anchors.horizontalCenter: parent.horizontalCenter
        count: view.subPageCount
        current: view.subPage
        shownScale: view.fitScale
        onChosen: page => view.subPage = page
    }

    LinkCodes {
        id: codes
        width: parent.width
        links: view.links
    }
}
