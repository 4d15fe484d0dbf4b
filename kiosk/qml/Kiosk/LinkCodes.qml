pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Window
import Kiosk.Bridge

/*
    The links of a panel as QR codes, at the end of its content: a visitor cannot
    follow a link on a kiosk, but can scan it with a phone.

    Each distinct address appears once (the first text given for it wins): a QR
    code on a white tile, the link's text, and the address without its scheme so
    it can also be typed. A thin rule sets the strip apart from the text above.
    Entries flow side by side and wrap; both follow right-to-left mirroring.

    The code is sized for a phone at about a metre: at least 35 mm on the glass
    (Theme.pixelsPerMm: the screen's density, measured or assumed) and never under 5.5 units, but
    capped so it never outweighs the panel's text. Links without a code (the
    bridge gives none for schemes it cannot encode) show their text and address.
*/
Item {
    id: root
    objectName: "linkCodes"

    /// The panel's links: [{text, url, qr}] with qr a data URI ("" or missing: no code).
    property var links: []

    readonly property real u: Theme.unit
    readonly property var entries: {
        const seen = new Set()
        const unique = []
        for (const link of links || []) {
            const url = link.url || ""
            if (url === "" || seen.has(url))
                continue
            seen.add(url)
            unique.push({text: link.text || "", url: url, qr: link.qr || ""})
        }
        return unique
    }
    readonly property real codeSize: {
        return Math.round(Math.min(u * 8, Math.max(u * 5.5, Theme.pixelsPerMm * 35)))
    }
    /// The address as a visitor would type it: no scheme, no trailing slash.
    function displayAddress(url: string): string {
        return url.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, "").replace(/\/+$/, "")
    }

    /// The side of a code in modules, quiet zone included: kiosk/qrcodes.py writes one SVG unit per module.
    function moduleCount(uri: string): int {
        const side = /width='(\d+)'/.exec(decodeURIComponent(uri.slice(uri.indexOf(",") + 1)))
        return side ? Number(side[1]) : 0
    }

    /// Flash the entry for `url` and return it (null when the panel has no such link).
    function reveal(url: string): Item {
        for (let i = 0; i < repeater.count; ++i) {
            const entry = repeater.itemAt(i) as CodeEntry
            if (entry && entry.url === url) {
                entry.flash()
                return entry
            }
        }
        return null
    }

    /// Entries side by side when each still has room for its words beside the code.
    readonly property int columns: Math.max(1, Math.min(entries.length,
        Math.floor((width + u * 1.2) / (codeSize + u * 9 + u * 1.2))))

    visible: entries.length > 0
    implicitHeight: visible ? rule.height + u * 1.0 + flow.height : 0
    height: implicitHeight

    Rectangle {
        id: rule
        width: parent.width
        height: Math.max(1, Math.round(root.u * 0.06))
        color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.35)
    }

    Flow {
        id: flow
        y: rule.height + root.u * 1.0
        width: parent.width
        spacing: root.u * 1.2

        Repeater {
            id: repeater
            model: root.entries
            delegate: CodeEntry {}
        }
    }

    /// One link: its QR code on a white tile, its text and its address.
    component CodeEntry: Item {
        id: entry
        required property var modelData
        required property int index
        readonly property string url: modelData.url
        readonly property bool hasCode: modelData.qr !== ""
        property real glow: 0

        function flash() {
            pulse.restart()
        }

        objectName: "linkCode" + index
        width: (flow.width - (root.columns - 1) * flow.spacing) / root.columns
        height: Math.max(hasCode ? tile.height : 0, words.height)

        Rectangle {
            id: tile
            objectName: "linkCodeImage"
            visible: entry.hasCode
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: visible ? root.codeSize : 0
            height: width
            radius: root.u * 0.25
            color: Theme.codeTile
            border.color: Theme.accent
            border.width: entry.glow * root.u * 0.22
            scale: 1 + entry.glow * 0.06

            Image {
                id: code
                // Whole device pixels per module: a fractional scale leaves seams between the rows.
                readonly property int modules: root.moduleCount(entry.modelData.qr)
                readonly property real dpr: Screen.devicePixelRatio > 0 ? Screen.devicePixelRatio : 1
                readonly property int pixelsPerModule: modules > 0 ? Math.max(1, Math.floor(tile.width * dpr / modules)) : 0
                anchors.centerIn: parent
                width: modules > 0 ? modules * pixelsPerModule / dpr : tile.width
                height: width
                source: entry.modelData.qr
                sourceSize: Qt.size(Math.round(width * dpr), Math.round(height * dpr))
                fillMode: Image.PreserveAspectFit
                smooth: false
                cache: true
            }
        }

        Column {
            id: words
            anchors.left: tile.right
            anchors.leftMargin: entry.hasCode ? root.u * 0.8 : 0
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: root.u * 0.2

            DisplayText {
                objectName: "linkCodeText"
                width: parent.width
                text: entry.modelData.text
                color: entry.glow > 0 ? Theme.accent : Theme.text
                sizeFactor: 1.0
                leading: 1.25
                weight: Font.DemiBold
            }

            Text {
                objectName: "linkCodeAddress"
                width: parent.width
                text: root.displayAddress(entry.url)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                // An address too long to type (up to 2,331 characters) must not fill the panel: its start,
                // the part a visitor checks, stays.
                maximumLineCount: 4
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                color: Theme.muted
                font.family: Theme.fontFamily
                font.pixelSize: Math.max(1, root.u * 0.85)
            }
        }

        SequentialAnimation {
            id: pulse
            NumberAnimation { target: entry; property: "glow"; to: 1; duration: 160; easing.type: Easing.OutQuad }
            PauseAnimation { duration: 900 }
            NumberAnimation { target: entry; property: "glow"; to: 0; duration: 500; easing.type: Easing.InOutQuad }
        }
    }
}
