import QtQuick
import Kiosk.Bridge

/*
    One stop on the timeline: a dot on the axis, the date large in the accent
    colour, the title, the body text and an optional small picture (beside the
    date and title in landscape, below the text in portrait). A tap opens its detail.

    Horizontal (landscape): the axis runs along the top of the item, so stops placed
    side by side form one continuous line. Vertical (portrait): the axis runs down
    the leading edge and the text sits beside it.
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

    implicitHeight: vertical ? content.height + trailingGap : content.y + content.height

    Rectangle {
        objectName: "timelineAxis"
        color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.45)
        // Horizontal: from this stop's dot to the next one; the last stop's line ends just past its dot.
        readonly property real start: root.vertical ? (root.dotSize - root.axisThickness) / 2
                                                    : (root.first ? root.dotSize / 2 : 0)
        anchors.left: parent.left
        anchors.leftMargin: start
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
        y: root.vertical ? dateText.y + content.y + (dateText.height - height) / 2 : 0
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
        anchors.leftMargin: root.vertical ? root.dotSize + root.u * 1.0 : 0
        anchors.right: parent.right
        anchors.rightMargin: root.vertical ? 0 : root.trailingGap
        y: root.vertical ? 0 : dot.height + root.u * 0.45
        spacing: root.u * 0.3

        // Landscape: the picture sits beside the date and title, on the trailing side, so a
        // three-stop history keeps to one screen. Portrait has the height: it goes below the text.
        Item {
            id: heading
            readonly property bool pictureBeside: !root.vertical && root.hasImage
            readonly property real pictureSide: pictureBeside ? Math.min(root.u * 3.6, width * 0.3) : 0
            readonly property bool mirrored: LayoutMirroring.enabled
            width: parent.width
            height: Math.max(words.height, pictureSide)

            Column {
                id: words
                width: heading.pictureBeside ? heading.width - heading.pictureSide - root.u * 0.6 : heading.width
                x: heading.mirrored ? heading.width - width : 0
                spacing: root.u * 0.3

                DisplayText {
                    id: dateText
                    objectName: "timelineDate"
                    width: parent.width
                    text: root.dateLabel
                    color: Theme.accent
                    sizeFactor: root.vertical ? 1.5 : 1.4
                    leading: 1.1
                }

                DisplayText {
                    objectName: "timelineTitle"
                    width: parent.width
                    text: root.title
                    sizeFactor: 1.15
                }
            }

            KioskImage {
                visible: heading.pictureBeside
                x: heading.mirrored ? 0 : heading.width - width
                width: heading.pictureSide
                height: heading.pictureSide
                source: visible ? root.imageSource : ""
                alt: root.imageAlt
                placeholder: root.imagePlaceholder
            }
        }

        RichTextBlock {
            width: parent.width
            html: root.bodyHtml
            color: Theme.muted
            leading: root.vertical ? 1.42 : 1.3
            onLinkTapped: url => root.linkTapped(url)
        }

        KioskImage {
            visible: root.vertical && root.hasImage
            anchors.left: parent.left
            width: Math.min(parent.width, root.u * 6.5)
            height: visible ? width * 0.62 : 0
            horizontalAlignment: Image.AlignLeft
            source: visible ? root.imageSource : ""
            alt: root.imageAlt
            placeholder: root.imagePlaceholder
        }
    }

    TapHandler {
        objectName: "timelineEventTap"
        // A tap on a link never reaches here: the text takes it (RichTextBlock.linkTapped).
        onTapped: root.opened()
    }
}
