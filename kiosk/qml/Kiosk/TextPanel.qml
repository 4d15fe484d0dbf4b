import QtQuick
import Kiosk.Bridge

/*
    Free rich text (headings, lists, emphasis, links, tables) in a reading column
    of about sixty characters per line, centred on wide screens, scrolling
    vertically when long.
*/
Item {
    id: view
    objectName: "textPanel"

    required property var panel

    readonly property real u: Theme.unit
    readonly property real columnWidth: Math.min(width - 2 * u * 2, u * 30)

    /// A tapped link opens nothing: its QR code is brought into view and flashes instead.
    function showLink(url: string) {
        const entry = codes.reveal(url)
        if (entry)
            scroller.ensureVisible(entry)
    }

    PanelScroller {
        id: scroller
        anchors.fill: parent
        contentHeight: Math.max(height, page.height + 2 * view.u * 1.2)

        Column {
            id: page
            anchors.horizontalCenter: parent.horizontalCenter
            y: view.u * 1.2
            width: view.columnWidth
            spacing: view.u * 1.0

            PanelTitle {
                width: parent.width
                text: view.panel.title || ""
            }

            RichTextBlock {
                objectName: "textBody"
                width: parent.width
                html: view.panel.introHtml || ""
                onLinkTapped: url => view.showLink(url)
            }

            LinkCodes {
                id: codes
                width: parent.width
                links: view.panel.links || []
            }
        }
    }
}
