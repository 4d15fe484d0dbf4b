import QtQuick
import Kiosk.Bridge

/*
    Plain display text (messages, dates, names, titles) in the theme's font, wrapping
    within its width and following the reading direction.

    The line height is fixed from the font size rather than from the font's own
    metrics: Noto Sans Arabic reports very tall lines, which would spread Arabic
    headlines far apart, while Latin headlines want tight leading. Joined scripts
    still get more room than Latin for their marks above and below the letters.

    Big type in a narrow column ("Responsabilité" on a portrait card, "indépendante" in a
    timeline title) would otherwise be cut in the middle of a word: the size shrinks until
    the widest word fits, down to the kiosk's smallest readable text.
*/
Text {
    id: root

    /// Font size as a multiple of Theme.unit.
    property real sizeFactor: 1.0
    /// Line height as a multiple of the font size, for Latin-like scripts.
    property real leading: 1.18

    /// Weight of the type; set this rather than font.weight so the word fitting measures the same face.
    property int weight: Font.Bold

    readonly property bool joinedScript: /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(text)
    readonly property real baseSize: Math.max(1, Theme.unit * sizeFactor)
    readonly property real fittedSize: {
        const word = widestWord()
        if (width <= 0 || word <= width)
            return baseSize
        return Math.max(Math.min(baseSize, Theme.smallestText), Math.floor(baseSize * width / word))
    }

    /// The advance of the widest word at the base size (not the longest in letters: "mm" is wider than "iii").
    function widestWord(): real {
        let widest = 0
        for (const word of text.split(/\s+/))
            widest = Math.max(widest, wordMetrics.advanceWidth(word))
        return widest
    }

    FontMetrics {
        id: wordMetrics
        font.family: Theme.fontFamily
        font.pixelSize: root.baseSize
        font.weight: root.weight
        font.capitalization: root.font.capitalization
        font.letterSpacing: root.font.letterSpacing
    }

    /// Whether there is text to show. Sizes follow this, never `visible`: that is also false while an
    /// ancestor is hidden (the shell, over an empty deck), and a size read from it is laid out again
    /// the moment the ancestor shows, inside the height binding, where Qt reports a binding loop.
    readonly property bool hasText: text.length > 0

    visible: hasText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Accessible.ignored: !visible
    height: hasText ? implicitHeight : 0
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: fittedSize
    font.weight: weight
    lineHeightMode: Text.FixedHeight
    lineHeight: Math.ceil(font.pixelSize * (joinedScript ? leading + 0.32 : leading))
    // The fixed line height lets the last line's marks below the letters (the dots of "في")
    // hang under the item: keep room for them so nothing below touches them.
    bottomPadding: joinedScript ? Math.ceil(font.pixelSize * 0.3) : 0
}
