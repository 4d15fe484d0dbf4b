import QtQuick
import Kiosk.Bridge

/*
    What every layout view is built on: the vertical scroller (PanelScroller), the
    content column inside it, and what a tapped link does.

    A view puts its content in it (the default property): a column `columnWidth` wide
    (by default what leaves `sideMargin` on both sides) at `sideMargin` from the left,
    `topMargin` from the top, or centred vertically while shorter than the panel (`centred`).
    A column a little too tall is shrunk to fit (`fitScale`, never under Theme.fitMinimum); a
    longer one scrolls, with the scroller's "more" button. The view places its own LinkCodes and names them in
    `linkCodes`: a tapped link opens nothing, its QR code is brought into view and
    flashes instead (`showLink`). A tapped picture, event or card is opened over the
    whole screen (`showDetail`, which the window's PictureViewer answers).

    In a talk (`stepping`), a panel longer than the screen is shown in stops: each one
    brings the first of `stepItems` (a timeline's events, the cards) not yet in full view
    to the top, or, with no step items, the next screenful. `stop` is the one to show (the
    presenter controller decides it), `stopCount` how many there are at this size.
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
    /// Shown in stops (a talk): `stop` of `stopCount`, at the scroll positions `stops`.
    property bool stepping: false
    property int stop: 0
    property list<Item> stepItems
    readonly property var stops: {
        void body.height
        return skeleton.stepping ? skeleton.stopPositions() : [0]
    }
    readonly property int stopCount: stops.length

    onStopChanged: scroller.scrollToY(stops[Math.min(stop, stops.length - 1)])
    onStopsChanged: if (stepping) scroller.scrollToY(stops[Math.min(stop, stops.length - 1)])

    /// Where each stop scrolls to: the top, then wherever the next item not yet in full view comes to the top.
    function stopPositions(): var {
        const view = scroller.height
        const end = Math.max(0, scroller.contentHeight - view)
        const margin = Theme.unit
        const positions = [0]
        if (end < 1 || view <= 0)
            return positions
        let shown = 0
        for (const item of skeleton.stepItems) {
            if (item.height <= 0)
                continue
            const top = item.mapToItem(scroller.contentItem, 0, 0).y
            if (top + item.height > shown + view - margin / 2 && top - margin > shown + 1) {
                shown = Math.min(end, top - margin)
                positions.push(shown)
            }
            if (shown >= end)
                return positions
        }
        while (end - shown > 1) {  // what is left below the last item (QR codes), or a long text: by screenfuls
            shown = Math.min(end, shown + view * 0.85)
            positions.push(shown)
        }
        return positions
    }

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

    /// The content's height on screen, once fitted.
    readonly property real fittedHeight: body.height * fitScale
    /// A panel a little too long for the screen is shrunk to fit, never below Theme.fitMinimum:
    /// longer ones keep their size and scroll behind the "more" button (or split into sub-pages).
    readonly property real fitScale: {
        const room = scroller.height - 2 * topMargin
        if (body.height <= room || room <= 0)
            return 1
        const scale = room / body.height
        return scale >= Theme.fitMinimum ? scale : 1
    }
    /// Whether the content is taller than the panel even once fitted: then it scrolls.
    readonly property bool overflowing: body.height * fitScale + 2 * topMargin > scroller.height + 1

    PanelScroller {
        id: scroller
        anchors.fill: parent
        contentHeight: skeleton.overflowing ? skeleton.fittedHeight + 2 * skeleton.topMargin + moreRoom : height

        Column {
            id: body
            x: skeleton.sideMargin
            y: skeleton.centred ? Math.max(skeleton.topMargin, (scroller.height - skeleton.fittedHeight) / 2) : skeleton.topMargin
            width: skeleton.columnWidth
            scale: skeleton.fitScale
            transformOrigin: Item.Top
        }
    }
}
