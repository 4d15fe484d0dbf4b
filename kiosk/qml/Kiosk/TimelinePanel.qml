pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    A history as stops along one continuous axis, in date order, with the intro text above.

    Landscape, when the events fit in one row: a horizontal axis read from the leading
    edge. Otherwise (portrait, or more events than fit across): one vertical axis down
    the leading side, never restarting. A long timeline grows downwards and scrolls
    vertically in panelScroller, so it never competes with the horizontal swipe between
    panels: a horizontally scrolling strip would steal that swipe.

    A timeline longer than the screen across several decades keeps its title in view
    with a row of decade buttons under it (DecadeScrubber): the decade being read is
    highlighted, and a tap brings that decade's first event to the top in one movement.
*/
PanelSkeleton {
    id: view
    objectName: "timelinePanel"

    required property string title
    required property string introHtml
    /// [{dateLabel, title, bodyHtml, imageSource, imageAlt, imagePlaceholder, imageCaption, imageCredit}], in date order.
    required property var events
    required property var links

    readonly property real u: Theme.unit
    readonly property bool portrait: width <= height
    /// The most stops side by side on a horizontal axis on the widest screen.
    readonly property int mostInOneRow: 4
    /// The most stops side by side on a horizontal axis at this width.
    readonly property int perRow: Math.max(2, Math.min(mostInOneRow, Math.floor(grid.width / (u * 11))))
    /// The axis runs down the leading side: in portrait, or when the events do not fit in one row.
    readonly property bool vertical: portrait || events.length > perRow
    readonly property int columns: vertical ? 1 : Math.max(1, events.length)

    /// [{decade, first}]: the decades of the events, in order, each with the index of its first event.
    readonly property var decades: {
        const found = []
        for (let index = 0; index < events.length; ++index) {
            const decade = Math.floor(events[index].year / 10) * 10
            if (found.length === 0 || found[found.length - 1].decade !== decade)
                found.push({decade: decade, first: index})
        }
        return found
    }
    /// More stops than one row holds, longer than the screen, across several decades: the title
    /// stays in view, with the decade scrubber (a three-stop history that scrolls a little needs neither).
    readonly property bool long: events.length > mostInOneRow && decades.length >= 2 && grid.height > height
    /// The decade the visitor tapped last, highlighted while its first event is on screen.
    property var chosenDecade: null
    /// The decade being read: the tapped one while its first event shows, else that of the first event at the top.
    readonly property int currentDecade: {
        void view.scrollY
        void grid.height
        const chosen = chosenDecade
        if (chosen !== null && eventOnScreen(chosen.first))
            return chosen.decade
        const top = view.scrollY + u * 1.5
        let current = decades.length > 0 ? decades[0].decade : -1
        for (const entry of decades) {
            const item = stops.itemAt(entry.first)
            if (item !== null && view.contentTop(item) <= top)
                current = entry.decade
        }
        return current
    }

    /// Whether event `index` starts within the scrolled view.
    function eventOnScreen(index: int): bool {
        const item = stops.itemAt(index)
        if (item === null)
            return false
        const top = view.contentTop(item)
        return top >= view.scrollY - 1 && top < view.scrollY + view.scrollHeight
    }

    onScrolledByHand: chosenDecade = null

    linkCodes: codes
    stepItems: grid.children
    sideMargin: Math.max(u * 1.5, (width - u * 64) / 2)
    topMargin: u * 0.7
    spacing: u * 1.0

    pinned: [
        PanelTitle {
            objectName: "pinnedTitle"
            visible: view.long
            width: view.columnWidth
            text: view.title
        },
        DecadeScrubber {
            visible: view.long
            width: view.columnWidth
            decades: view.decades
            current: view.currentDecade
            onChosen: (decade, first) => {
                view.chosenDecade = {decade: decade, first: first}
                view.bringToTop(stops.itemAt(first))
            }
        }
    ]

    PanelHeading {
        width: parent.width
        title: view.long ? "" : view.title
        introHtml: view.introHtml
        introMaxWidth: view.u * 36
        gap: view.u * 0.8
        // Portrait has the height to spare: a long intro reads better below the title.
        maxInlineLines: view.width > view.height ? 2 : 1
        onLinkTapped: url => view.showLink(url)
    }

    Grid {
        id: grid
        objectName: "timelineEvents"
        width: parent.width
        columns: view.columns
        rowSpacing: view.vertical ? 0 : view.u * 1.8
        columnSpacing: 0

        Repeater {
            id: stops
            model: view.events
            TimelineEventItem {
                required property var modelData
                required property int index
                objectName: "timelineEvent" + index
                dateLabel: modelData.dateLabel
                title: modelData.title
                bodyHtml: modelData.bodyHtml
                imageSource: modelData.imageSource
                imageAlt: modelData.imageAlt
                imagePlaceholder: modelData.imagePlaceholder
                vertical: view.vertical
                narrow: view.portrait
                dateBeside: view.vertical && !view.portrait
                first: index === 0
                last: index === view.events.length - 1
                width: grid.width / grid.columns
                height: implicitHeight
                onLinkTapped: url => view.showLink(url)
                onOpened: view.showDetail({eyebrow: modelData.dateLabel, title: modelData.title,
                                           bodyHtml: modelData.bodyHtml, imageSource: modelData.imageSource,
                                           imageAlt: modelData.imageAlt, imagePlaceholder: modelData.imagePlaceholder,
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
