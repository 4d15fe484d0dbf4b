import QtQuick
import Kiosk.Bridge

/*
    Free rich text (headings, lists, emphasis, links, tables) in a reading column
    of about sixty characters per line, centred on wide screens, scrolling
    vertically when long.
*/
PanelSkeleton {
    id: view
    objectName: "textPanel"

    required property string title
    required property string introHtml
    required property var links

    readonly property real u: Theme.unit

    linkCodes: codes
    columnWidth: Math.min(width - 2 * u * 2, u * 30)
    // Centred on whole pixels, as a centring anchor would place it.
    sideMargin: Math.round((width - columnWidth) / 2)
    topMargin: u * 1.2
    spacing: u * 1.0

    PanelTitle {
        width: parent.width
        text: view.title
    }

    RichTextBlock {
        objectName: "textBody"
        width: parent.width
        html: view.introHtml
        onLinkTapped: url => view.showLink(url)
    }

    LinkCodes {
        id: codes
        width: parent.width
        links: view.links
    }
}
