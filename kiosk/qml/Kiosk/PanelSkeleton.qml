import QtQuick

/*
    What every layout view is built on: the vertical scroller (PanelScroller), the
    content column inside it, and what a tapped link does.

    A view puts its content in it (the default property): a column `columnWidth` wide
    (by default what leaves `sideMargin` on both sides) at `sideMargin` from the left,
    `topMargin` from the top, or centred vertically while shorter than the panel (`centred`). The view places its own LinkCodes and names them in
    `linkCodes`: a tapped link opens nothing, its QR code is brought into view and
    flashes instead (`showLink`). A tapped picture, event or card is opened over the
    whole screen (`showDetail`, which the window's PictureViewer answers).
*/
Item {
    id: skeleton

    /// The view's QR codes, where showLink looks for a tapped link.
    required property LinkCodes linkCodes
    property real sideMargin: 0
    property real columnWidth: width - 2 * sideMargin
    property real topMargin: 0
    /// Centre the content vertically while it is shorter than the panel.
    property bool centred: false
    property alias spacing: body.spacing
    default property alias content: body.data

    /// A visitor asked to see `detail` over the whole screen (the fields PictureViewer shows, all filled).
    signal enlarge(var detail)

    /// Open a picture, an event or a card over the whole screen; `fields` gives what it has of
    /// imageSource, imageAlt, imagePlaceholder, caption, credit, eyebrow, title and bodyHtml.
    function showDetail(fields: var) {
        enlarge(Object.assign({imageSource: "", imageAlt: "", imagePlaceholder: false, caption: "", credit: "",
                               eyebrow: "", title: "", bodyHtml: "", rightToLeft: LayoutMirroring.enabled}, fields))
    }

    /// A tapped link opens nothing: its QR code is brought into view and flashes instead.
    function showLink(url: string) {
        const entry = linkCodes.reveal(url)
        if (entry)
            scroller.ensureVisible(entry)
    }

    PanelScroller {
        id: scroller
        anchors.fill: parent
        contentHeight: Math.max(height, body.height + 2 * skeleton.topMargin)

        Column {
            id: body
            x: skeleton.sideMargin
            y: skeleton.centred ? Math.max(skeleton.topMargin, (scroller.height - height) / 2) : skeleton.topMargin
            width: skeleton.columnWidth
        }
    }
}
