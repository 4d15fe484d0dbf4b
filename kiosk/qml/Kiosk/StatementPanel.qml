import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    One big message, made to look like a poster: a small accent overline with the
    title, the message in large bold type, a short accent rule and the supporting
    text in the muted colour. The optional illustration sits beside the text in
    landscape and above it, centred, in portrait; a tap opens it over the whole
    screen with its caption and credit. Short messages get bigger type.
*/
PanelSkeleton {
    id: view
    objectName: "statementPanel"

    required property string title
    required property string message
    required property string supportingHtml
    required property string imageSource
    required property string imageAlt
    required property bool imagePlaceholder
    required property string imageCaption
    required property string imageCredit
    required property var links

    readonly property real u: Theme.unit
    readonly property bool landscape: width > height
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property bool hasImage: imageSource !== "" || imagePlaceholder
    readonly property real gap: u * 2
    readonly property real messageScale: message.length <= 60 ? 2.6 : message.length <= 110 ? 2.35 : 2.1

    linkCodes: codes
    sideMargin: Math.max(u * 2, (width - u * 54) / 2)
    topMargin: u * 1.2
    centred: true

    Item {
        id: poster
        width: parent.width
        height: view.landscape
                ? Math.max(textColumn.height, view.hasImage ? illustration.height : 0)
                : (view.hasImage ? illustration.height + view.gap : 0) + textColumn.height

        Column {
            id: textColumn
            x: view.mirrored ? poster.width - width : 0
            width: view.landscape && view.hasImage ? poster.width - illustration.width - view.gap : poster.width
            y: view.landscape ? (poster.height - height) / 2 : (view.hasImage ? illustration.height + view.gap : 0)
            spacing: view.u * 0.9

            PanelTitle {
                eyebrow: true
                width: parent.width
                text: view.title
            }

            DisplayText {
                objectName: "statementMessage"
                width: parent.width
                text: view.message
                sizeFactor: view.messageScale
                leading: 1.14
            }

            Rectangle {
                anchors.left: parent.left
                visible: supporting.visible
                width: view.u * 3
                height: Math.max(2, view.u * 0.16)
                radius: height / 2
                color: Theme.accent
            }

            RichTextBlock {
                id: supporting
                width: Math.min(parent.width, view.u * 30)
                anchors.left: parent.left
                html: view.supportingHtml
                color: Theme.muted
                onLinkTapped: url => view.showLink(url)
            }

            LinkCodes {
                id: codes
                width: parent.width
                links: view.links
            }
        }

        // After the words, so that a screen reader reads the title and the message before the picture.
        // Positioned with x, not switching anchors: re-anchoring on rotation would break the size bindings.
        KioskImage {
            id: illustration
            visible: view.hasImage
            source: view.imageSource
            alt: view.imageAlt
            placeholder: view.imagePlaceholder
            width: view.landscape ? poster.width * 0.36 : poster.width
            height: view.landscape
                    ? Math.min(width, view.height - 2 * view.topMargin)
                    : Math.min(width * 0.62, view.height * 0.36)
            x: view.landscape !== view.mirrored ? poster.width - width : 0
            y: view.landscape ? (poster.height - height) / 2 : 0

            activeFocusOnTab: view.imageSource !== ""
            Keys.onPressed: event => KeyPresses.handle(illustration, event, illustration.open, LayoutMirroring.enabled)
            function open() {
                view.showDetail({imageSource: view.imageSource, imageAlt: view.imageAlt,
                                 caption: view.imageCaption, credit: view.imageCredit})
            }

            TapHandler {
                objectName: "statementPictureTap"
                enabled: view.imageSource !== ""
                onTapped: illustration.open()
            }

            FocusRing {}
        }
    }
}
