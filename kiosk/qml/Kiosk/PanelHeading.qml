import QtQuick
import Kiosk.Bridge

/*
    A panel's title with its intro text: side by side, on the title's baseline,
    when the intro is short enough to fit in two lines beside the title; stacked
    otherwise. Side by side saves the two or three units of height that let a
    grid of six cards or a three-stop timeline fit on one landscape screen.

    Only a plain one-paragraph intro goes beside the title: lists, tables and
    pictures always get the full column below it.
*/
Item {
    id: root

    property string title
    property string introHtml
    /// The widest the intro may be when it sits below the title (a comfortable reading measure).
    property real introMaxWidth: width
    /// Space between the title and the intro, both ways.
    property real gap: Theme.unit * 1.0

    signal linkTapped(string url)

    readonly property real u: Theme.unit
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property string introPlain: introHtml.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").replace(/&[a-z]+;|&#\d+;/g, "x").trim()
    readonly property bool simpleIntro: introPlain.length > 0
                                        && (introHtml.match(/<p[\s>]/g) || []).length <= 1
                                        && !/<(ul|ol|table|h[1-6]|img|br|blockquote)\b/i.test(introHtml)
    /// The intro's width beside the title.
    readonly property real besideWidth: width - titleText.contentWidth - gap * 1.5
    /// At most this many lines of intro beside the title: two still read as one short statement.
    property int maxInlineLines: 2
    /// True when the intro sits beside the title (it fits in maxInlineLines lines there, at a reading width).
    readonly property bool inline: simpleIntro && titleText.hasText && besideWidth >= u * 14
                                   && introMetrics.advanceWidth * 1.08 <= besideWidth * maxInlineLines
                                   && (maxInlineLines > 1 || introMetrics.advanceWidth * 1.02 <= besideWidth)

    implicitHeight: inline ? Math.max(titleText.height, intro.y + intro.height)
                           : titleText.height + (intro.hasText ? (titleText.hasText ? gap : 0) + intro.height : 0)
    height: implicitHeight

    TextMetrics {
        id: introMetrics
        font.family: Theme.fontFamily
        font.pixelSize: root.u
        text: root.introPlain
    }

    PanelTitle {
        id: titleText
        width: parent.width
        text: root.title
    }

    RichTextBlock {
        id: intro
        objectName: "panelIntro"
        html: root.introHtml
        color: Theme.muted
        // Beside the title: on its baseline, after it on the reading side.
        width: root.inline ? root.besideWidth
                           : Math.min(root.width, root.introMaxWidth)
        x: root.inline ? (root.mirrored ? 0 : titleText.contentWidth + root.gap * 1.5)
                       : (root.mirrored ? root.width - width : 0)
        y: root.inline ? Math.max(0, titleText.baselineOffset - baselineOffset) : (titleText.hasText ? titleText.height + root.gap : 0)
        onLinkTapped: url => root.linkTapped(url)
    }
}
