import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    One photo across the whole panel (cropped to fill it, never stretched), with the
    title, a few lines of text and the credit over a shade at its foot, at the leading
    edge. A tap opens the whole photo, uncropped, with its caption and credit.

    The shade is the theme's background colour, so the text keeps the theme's contrast
    over any photo. In high contrast no word lies over the picture (`apart`): the whole photo
    stands beside the words in landscape and above them in portrait, on the plain background.
    The words come first in the item tree, so that a screen reader reads them before the photo.
*/
PanelSkeleton {
    id: view
    objectName: "photoPanel"

    required property string title
    required property string introHtml
    required property string imageSource
    required property string imageAlt
    required property bool imagePlaceholder
    required property string imageCaption
    required property string imageCredit
    required property var links

    readonly property real u: Theme.unit
    readonly property real margin: Math.max(u * 1.5, width * 0.04)
    /// High contrast: the words on the plain background beside (landscape) or below (portrait) the whole photo.
    readonly property bool apart: Theme.highContrast
    readonly property bool landscape: width > height

    linkCodes: codes

    Item {
        id: stage
        width: view.width
        // Apart, words too long for the screen (large text) make the panel taller: it is then shrunk to fit or
        // scrolls, as other panels do (PanelSkeleton), and in portrait the photo keeps a third of the screen.
        height: !view.apart ? view.height
                : Math.max(view.height, words.height + 2 * view.margin + (view.landscape ? 0 : view.height / 3))

        Column {
            id: words
            z: 1  // over the photo and its shade
            x: LayoutMirroring.enabled ? parent.width - width - view.margin : view.margin
            y: view.apart && view.landscape ? Math.max(view.margin, (parent.height - height) / 2)
                                            : parent.height - height - view.margin
            width: view.apart && view.landscape ? parent.width - photo.width - 3 * view.margin
                                                : Math.min(parent.width - 2 * view.margin, view.u * 34)
            spacing: view.u * 0.5

            DisplayText {
                objectName: "photoTitle"
                width: parent.width
                text: view.title
                sizeFactor: 1.9
                leading: 1.12
            }

            RichTextBlock {
                width: parent.width
                html: view.introHtml
                sizeFactor: 1.1
                onLinkTapped: url => view.showLink(url)
            }

            DisplayText {
                objectName: "photoCredit"
                width: parent.width
                text: view.imageCredit
                color: Theme.muted
                sizeFactor: 0.75
                weight: Font.Normal
            }

            LinkCodes {
                id: codes
                width: parent.width
                links: view.links
            }
        }

        KioskImage {
            id: photo
            objectName: "photo"
            // Apart, the whole photo sits within the page's margins, as the words do.
            readonly property real inset: view.apart ? view.margin : 0
            width: view.apart && view.landscape ? parent.width * 0.45 - inset : parent.width - 2 * inset
            height: view.apart && !view.landscape ? Math.max(0, parent.height - words.height - 3 * inset)
                                                  : parent.height - 2 * inset
            x: view.apart && view.landscape && !LayoutMirroring.enabled ? parent.width - width - inset : inset
            y: inset
            cover: !view.apart
            source: view.imageSource
            alt: view.imageAlt
            placeholder: view.imagePlaceholder
            activeFocusOnTab: view.imageSource !== ""
            Keys.onPressed: event => KeyPresses.handle(photo, event, photo.open, LayoutMirroring.enabled)
            function open() {
                view.showDetail({imageSource: view.imageSource, imageAlt: view.imageAlt,
                                 caption: view.imageCaption, credit: view.imageCredit})
            }

            FocusRing { inside: true }
        }

        Rectangle {
            id: shade
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: Math.min(parent.height, words.height + view.margin * 3)
            visible: words.height > 0 && !view.apart
            gradient: Gradient {
                GradientStop { position: 0.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
                GradientStop { position: 0.45; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.78) }
                GradientStop { position: 1.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.92) }
            }
        }

        TapHandler {
            objectName: "photoTap"
            enabled: view.imageSource !== ""
            onTapped: photo.open()
        }
    }
}
