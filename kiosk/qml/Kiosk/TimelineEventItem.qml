import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    One stop on the timeline: a dot on the axis, the date large in the accent
    colour, the title, the body text and an optional small picture (beside the
    date and title in landscape, below the text in portrait). A tap opens its detail.

    Horizontal (landscape): the axis runs along the top of the item, so stops placed
    side by side form one continuous line. Vertical: the axis runs down the leading edge
    and the text sits beside it; on a wide screen (`dateBeside`) the date sits before the
    axis, on the leading side, so each stop takes the height of its title and text alone.
*/
Item {
    id: root

    required property string dateLabel
    required property string title
    required property string bodyHtml
    required property string imageSource
    required property string imageAlt
    required property bool imagePlaceholder
    property bool vertical: false
    /// A narrow (portrait) screen: the picture goes below the text, and the date is larger.
    property bool narrow: vertical
    /// Vertical on a wide screen: the date in a column of its own before the axis.
    property bool dateBeside: false
    property bool first: false
    property bool last: false
    /// Space kept free after the text, towards the next stop (horizontal) or below (vertical).
    property real trailingGap: Theme.unit * 1.0

    /// A link in the body was tapped (see RichTextBlock.linkTapped).
    signal linkTapped(string url)
    /// The event was tapped anywhere but on a link (the text takes those): the panel opens its detail.
    signal opened()

    readonly property real u: Theme.unit
    readonly property real dotSize: u * 0.8
    readonly property real axisThickness: Math.max(2, u * 0.09)
    readonly property bool hasImage: imageSource !== "" || imagePlaceholder
    readonly property real dateWidth: dateBeside ? Math.min(u * 10, width * 0.25) : 0
    /// Where the dot and the axis start: after the date column when the date is beside.
    readonly property real axisX: dateBeside ? dateWidth + u * 0.9 : 0

    activeFocusOnTab: true
    readonly property bool takesArrows: true
    Keys.onPressed: event => KeyPresses.handle(root, event, root.opened, LayoutMirroring.enabled)

    implicitHeight: vertical ? Math.max(content.height, sidePicture.height) + trailingGap : content.y + content.height

    // First, so that a screen reader reads the date before the title; placed beside the axis or above the title.
    DisplayText {
        id: dateText
        objectName: "timelineDate"
        x: root.dateBeside ? (heading.mirrored ? root.width - width : 0) : content.x + words.x
        y: root.dateBeside ? content.y : content.y + heading.y + words.y
        width: root.dateBeside ? root.dateWidth : words.width
        horizontalAlignment: root.dateBeside ? Text.AlignRight : Text.AlignLeft
        text: root.dateLabel
        color: Theme.accent
        sizeFactor: root.narrow ? 1.5 : (root.dateBeside ? 1.2 : 1.4)
        leading: 1.1
    }

    Rectangle {
        objectName: "timelineAxis"
        // Opaque, so the segments of consecutive stops join without a lighter or darker seam.
        color: Qt.tint(Theme.background, Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.45))
        // Horizontal: from this stop's dot to the next one; the last stop's line ends just past its dot.
        readonly property real start: root.vertical ? (root.dotSize - root.axisThickness) / 2
                                                    : (root.first ? root.dotSize / 2 : 0)
        anchors.left: parent.left
        anchors.leftMargin: root.axisX + start
        width: root.vertical ? root.axisThickness : (root.last ? root.dotSize * 2.5 : root.width - start)
        // Computed from the dot alone (never from its own height), so orientation changes cannot loop.
        readonly property real axisTop: root.vertical ? (root.first ? dot.y + dot.height / 2 : 0)
                                                  : dot.y + (dot.height - root.axisThickness) / 2
        y: axisTop
        height: root.vertical ? (root.last ? dot.y + dot.height / 2 - axisTop : root.height - axisTop) : root.axisThickness
    }

    Rectangle {
        id: dot
        anchors.left: parent.left
        anchors.leftMargin: root.axisX
        // Level with the date's first line.
        y: root.vertical ? dateText.y + (Math.min(dateText.height, dateText.lineHeight) - height) / 2 : 0
        width: root.dotSize
        height: width
        radius: width / 2
        color: Theme.accent
        border.color: Theme.background
        border.width: Math.max(2, root.u * 0.12)
    }

    Column {
        id: content
        anchors.left: parent.left
        anchors.leftMargin: root.vertical ? root.axisX + root.dotSize + root.u * 1.0 : 0
        anchors.right: parent.right
        anchors.rightMargin: root.vertical ? (sidePicture.visible ? sidePicture.width + root.u * 0.6 : 0) : root.trailingGap
        y: root.vertical ? 0 : dot.height + root.u * 0.45
        spacing: root.u * 0.3

        // Landscape: the picture sits beside the date and title, on the trailing side, so a
        // three-stop history keeps to one screen. Portrait has the height: it goes below the text.
        Item {
            id: heading
            readonly property bool pictureBeside: !root.narrow && !root.dateBeside && root.hasImage
            readonly property real pictureSide: pictureBeside ? Math.min(root.u * 3.6, width * 0.3) : 0
            readonly property bool mirrored: LayoutMirroring.enabled
            width: parent.width
            height: Math.max(words.height, pictureSide)

            Column {
                id: words
                width: heading.pictureBeside ? heading.width - heading.pictureSide - root.u * 0.6 : heading.width
                x: heading.mirrored ? heading.width - width : 0
                spacing: root.u * 0.3

                Item {  // the date's place above the title, unless it sits beside the axis
                    visible: !root.dateBeside
                    width: parent.width
                    height: dateText.height
                }

                DisplayText {
                    objectName: "timelineTitle"
                    width: parent.width
                    text: root.title
                    sizeFactor: 1.15
                }
            }
        }

        RichTextBlock {
            width: parent.width
            html: root.bodyHtml
            color: Theme.muted
            leading: root.narrow ? 1.42 : 1.3
            onLinkTapped: url => root.linkTapped(url)
        }

        KioskImage {
            visible: root.narrow && root.hasImage
            anchors.left: parent.left
            width: Math.min(parent.width, root.u * 6.5)
            height: visible ? width * 0.62 : 0
            horizontalAlignment: Image.AlignLeft
            source: visible ? root.imageSource : ""
            alt: root.imageAlt
            placeholder: root.imagePlaceholder
        }
    }

    // Landscape: the picture beside the date and title, in the heading's place on its trailing side. Here,
    // after the text, so that a screen reader reads the date, the title and the text before the picture.
    KioskImage {
        visible: heading.pictureBeside
        x: content.x + (heading.mirrored ? 0 : heading.width - width)
        y: content.y + heading.y
        width: heading.pictureSide
        height: heading.pictureSide
        source: visible ? root.imageSource : ""
        alt: root.imageAlt
        placeholder: root.imagePlaceholder
    }

    // Date beside the axis: the picture beside the title and the text together, on the trailing side.
    KioskImage {
        id: sidePicture
        visible: root.dateBeside && root.hasImage
        x: heading.mirrored ? 0 : root.width - width
        y: content.y
        width: visible ? root.u * 3.6 : 0
        height: width
        source: visible ? root.imageSource : ""
        alt: root.imageAlt
        placeholder: root.imagePlaceholder
    }

    TapHandler {
        objectName: "timelineEventTap"
        // A tap on a link never reaches here: the text takes it (RichTextBlock.linkTapped).
        onTapped: root.opened()
    }

    FocusRing {}
}
