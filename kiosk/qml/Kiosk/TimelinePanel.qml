import QtQuick

/*
    A history as stops along an axis, with the intro text above.

    Landscape: a horizontal axis that wraps into rows, each row read from the
    leading edge like a line of text. Portrait: one vertical axis. Either way a long
    timeline (40 events) grows downwards and scrolls vertically in panelScroller, so
    it never competes with the horizontal swipe between panels: a horizontally
    scrolling strip would steal that swipe, and hide most events off-screen.
*/
Item {
    id: view
    objectName: "timelinePanel"

    required property var panel
    required property QtObject theme

    readonly property real u: theme.unit
    readonly property var events: panel.events || []
    readonly property bool vertical: width <= height
    readonly property real sideMargin: Math.max(u * 2, (width - u * 64) / 2)
    readonly property int columns: {
        if (vertical || events.length === 0)
            return 1
        const perRow = Math.max(2, Math.min(4, Math.floor(grid.width / (u * 11))))
        const rows = Math.ceil(events.length / perRow)
        return Math.ceil(events.length / rows)
    }

    PanelScroller {
        id: scroller
        anchors.fill: parent
        theme: view.theme
        contentHeight: Math.max(height, page.height + 2 * view.u * 1.2)

        Column {
            id: page
            x: view.sideMargin
            y: view.u * 1.2
            width: scroller.width - 2 * view.sideMargin
            spacing: view.u * 1.2

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
                        theme: view.theme
                        event: modelData
                        vertical: view.vertical
                        first: index === 0
                        last: index === view.events.length - 1
                        width: grid.width / grid.columns
                        height: implicitHeight
                    }
                }
            }
        }
    }
}
