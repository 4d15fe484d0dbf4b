import QtQuick
import QtQuick.Window
import Kiosk.Bridge
import "pictures.js" as Pictures

/*
    Sanitized rich text from the content (paragraphs, headings, lists, tables, links),
    styled for reading from two metres.

    Qt's rich text ignores most of the theme on its own: headings and margins come in
    fixed points and tables have no borders, so a stylesheet sized from Theme.unit is
    put in front of the HTML. Pictures wider than the column are scaled down to fit.
    Each picture is decoded at the size it is shown at, off the GUI thread, and shown
    once decoded: Qt's rich text would decode a file at full size on the GUI thread,
    and the whole screen would stand still meanwhile.
    Links are styled but never opened: a kiosk visitor cannot follow them. A tap on
    one only reports it (linkTapped), so the panel can point at the link's QR code.
*/
Text {
    id: root

    /// The sanitized HTML to show ("" shows nothing and takes no height).
    property string html
    /// Body size as a multiple of Theme.unit.
    property real sizeFactor: 1.0
    /// Line height of paragraphs and list items as a multiple of the body size: 1.42 for
    /// reading, down to ~1.3 for the short texts of a dense panel such as six cards.
    property real leading: 1.42

    /// A visitor tapped the link to `url`. Nothing is opened: there is no browser on a kiosk.
    signal linkTapped(string url)

    readonly property real bodySize: Math.max(1, Theme.unit * sizeFactor)

    /// Whether there is text to show: sizes follow this, never `visible` (see DisplayText.hasText).
    readonly property bool hasText: html.trim().length > 0

    visible: hasText
    Accessible.role: Accessible.StaticText
    Accessible.name: plainText(html)
    Accessible.ignored: !visible
    height: hasText ? implicitHeight : 0
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    color: Theme.text
    linkColor: Theme.accent
    font.family: Theme.fontFamily
    font.pixelSize: bodySize
    horizontalAlignment: Text.AlignLeft
    onLinkActivated: link => root.linkTapped(link)
    text: hasText ? stylesheet() + styleHeaderCells(showDecoded(fitted)) : ""

    readonly property string fitted: hasText ? fitImages(html, Math.max(1, Math.floor(width))) : ""
    /// The text's pictures, as the picture decoder's addresses (see fitImages).
    readonly property var pictures: picturesIn(fitted)
    /// Each picture's address as the decoder answered it (with its file's version), and those it has finished.
    property var askedPictures: ({})
    property var decodedPictures: ({})
    /// A picture of the text is still being decoded (`kiosk render` waits for them).
    readonly property bool picturesPending: pictures.some(address => !(address in decodedPictures))
    // Asked once the layout has settled: not at the column's first width of 0, nor at each width on the way.
    onPicturesChanged: Qt.callLater(askForPictures)
    Component.onCompleted: Qt.callLater(askForPictures)

    /// Joined scripts (Arabic, Hebrew) need taller lines for their marks; Latin reads best at ~1.4.
    readonly property bool joinedScript: /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(html)

    /// What a screen reader reads: the words of `markup`, with each picture's description, without the markup.
    function plainText(markup: string): string {
        const entities = {amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " "}
        return markup.replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, " $1 ")
                     .replace(/<[^>]*>/g, " ")
                     .replace(/&#(\d+);/g, (match, code) => String.fromCodePoint(Number(code)))
                     .replace(/&#x([0-9a-f]+);/gi, (match, code) => String.fromCodePoint(parseInt(code, 16)))
                     .replace(/&([a-z]+);/gi, (match, name) => entities[name] ?? match)
                     .replace(/\s+/g, " ").trim()
    }

    function px(multiple: real): string {
        return Math.round(bodySize * multiple) + "px"
    }

    /// The line height of `multiple` body sizes, for text `size` body sizes big. Qt takes a line height in
    /// px as a minimum, and a joined script's font has very tall lines of its own (Noto Sans Arabic's are
    /// twice its size): for those the height is a share of the font's own line, which Qt does set.
    function lines(multiple: real, size: real): string {
        if (joinedScript && joinedLine.implicitHeight > 0)
            return "line-height: " + Math.round(100 * multiple * 1.12 * bodySize / (joinedLine.implicitHeight * size)) + "%;"
        return "line-height: " + px(multiple) + ";"
    }

    /// A line of the text's joined script at the body size, measured for `lines`.
    Text {
        id: joinedLine
        visible: false
        text: (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.exec(root.html) ?? [""])[0]
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: root.bodySize
    }

    function stylesheet(): string {
        const rule = Theme.muted.toString()
        return "<style>"
            + "p { margin-top: 0px; margin-bottom: " + px(0.7) + "; " + lines(root.leading, 1) + " }"
            + "h1 { font-size: " + px(1.6) + "; font-weight: 700; margin-top: " + px(0.9) + "; margin-bottom: " + px(0.45) + "; " + lines(1.6 * 1.2, 1.6) + " }"
            + "h2 { font-size: " + px(1.3) + "; font-weight: 700; margin-top: " + px(0.8) + "; margin-bottom: " + px(0.4) + "; " + lines(1.3 * 1.2, 1.3) + " }"
            + "h3, h4, h5, h6 { font-size: " + px(1.1) + "; font-weight: 700; margin-top: " + px(0.6) + "; margin-bottom: " + px(0.3) + "; " + lines(1.1 * 1.25, 1.1) + " }"
            + "ul, ol { margin-top: 0px; margin-bottom: " + px(0.7) + "; }"
            + "li { margin-bottom: " + px(0.25) + "; " + lines(root.leading, 1) + " }"
            + "a { color: " + Theme.accent + "; text-decoration: underline; }"
            + "table { border-collapse: collapse; border-style: solid; border-color: " + rule + "; margin-top: " + px(0.5) + "; margin-bottom: " + px(0.9) + "; }"
            + "th, td { border-width: 1px; border-style: solid; border-color: " + rule + "; padding: " + px(0.35) + "; " + lines(1.3, 1) + " }"
            + "th { font-weight: 700; color: " + Theme.accent + "; }"
            + "blockquote { margin-left: " + px(1.2) + "; margin-right: " + px(1.2) + "; font-style: italic; }"
            + "</style>"
    }

    /// Header cells start at the reading edge like the rest of the text, not centred as Qt does.
    function styleHeaderCells(source: string): string {
        const edge = LayoutMirroring.enabled || joinedScript ? "right" : "left"
        return source.replace(/<th\b/g, '<th align="' + edge + '"')
    }

    readonly property real dpr: Screen.devicePixelRatio > 0 ? Screen.devicePixelRatio : 1

    /// Scale every <img width= height=> down so it fits the column, keeping its aspect ratio, and
    /// have each picture decoded at the size it is shown at by the kiosk's picture decoder.
    function fitImages(source: string, maxWidth: int): string {
        return source.replace(/<img\b[^>]*>/g, function (tag) {
            const w = /\swidth="(\d+)"/.exec(tag)
            const h = /\sheight="(\d+)"/.exec(tag)
            let width = w && h ? Number(w[1]) : 0
            let height = w && h ? Number(h[1]) : 0
            if (width > maxWidth) {
                height = Math.max(1, Math.round(height * maxWidth / width))
                width = maxWidth
                tag = tag.replace(w[0], ' width="' + width + '"').replace(h[0], ' height="' + height + '"')
            }
            return tag.replace(/\ssrc="([^"]*)"/, (attribute, url) =>
                ' src="' + Pictures.source(url, width * root.dpr, height * root.dpr) + '"')
        })
    }

    function picturesIn(source: string): list<string> {
        const found = /<img\b[^>]*\ssrc="(image:\/\/decoded\/[^"]+)"/g
        const urls = []
        for (let match = found.exec(source); match; match = found.exec(source))
            urls.push(match[1])
        return urls
    }

    /// Each picture from the decoded ones once it is decoded, an empty space of its size until then.
    function showDecoded(source: string): string {
        return source.replace(/(<img\b[^>]*\ssrc=")(image:\/\/decoded\/[^"]+)"/g, (tag, start, address) =>
            start + (root.decodedPictures[address] ?? Pictures.waiting).replace(/&/g, "&amp;") + '"')
    }

    /// Rich text asks for its pictures on the GUI thread, and again at each layout: the decoder keeps them.
    function askForPictures() {
        const asked = {}
        const decoded = {}
        for (const address of root.pictures) {
            asked[address] = PictureDecoder.request(address, true)
            if (PictureDecoder.ready(asked[address]) || PictureDecoder.failed(asked[address]))
                decoded[address] = asked[address]
        }
        root.askedPictures = asked
        root.decodedPictures = decoded
    }

    Connections {
        target: PictureDecoder
        enabled: root.picturesPending
        function onFinished(finished: string) {
            const decoded = Object.assign({}, root.decodedPictures)
            for (const address in root.askedPictures) {
                if (root.askedPictures[address] === finished)
                    decoded[address] = finished
            }
            root.decodedPictures = decoded
        }
    }
}
