pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge

/*
    A history as stops along an axis, with the intro text above.

    Landscape: a horizontal axis that wraps into rows, each row read from the
    leading edge like a line of text. Portrait: one vertical axis. Either way a long
    timeline (40 events) grows downwards and scrolls vertically in panelScroller, so
    it never competes with the horizontal swipe between panels: a horizontally
    scrolling strip would steal that swipe, and hide most events off-screen.
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
    readonly property bool vertical: width <= height

    readonly property int columns: {
        if (vertical || events.length === 0)
            return 1
        const perRow = Math.max(2, Math.min(4, Math.floor(grid.width / (u * 11))))
        const rows = Math.ceil(events.length / perRow)
        return Math.ceil(events.length / rows)
    }

    linkCodes: codes
    stepItems: grid.children
    sideMargin: Math.max(u * 1.5, (width - u * 64) / 2)
    topMargin: u * 0.7
    spacing: u * 1.0

    PanelHeading {
        width: parent.width
        title: view.title
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
