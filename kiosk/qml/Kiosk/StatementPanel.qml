import QtQuick
import Kiosk.Bridge

/*
    One big message, made to look like a poster: a small accent overline with the
    title, the message in large bold type, a short accent rule and the supporting
    text in the muted colour. The optional illustration sits beside the text in
    landscape and above it in portrait. Short messages get bigger type.
*/
Item {
    id: view
    objectName: "statementPanel"

    required property var panel

    readonly property real u: Theme.unit
    readonly property bool landscape: width > height
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property bool hasImage: (panel.imageSource || "") !== "" || panel.imagePlaceholder === true
    readonly property string message: panel.message || ""
    readonly property real sideMargin: Math.max(u * 2, (width - u * 54) / 2)
    readonly property real vMargin: u * 1.2
    readonly property real gap: u * 2
    readonly property real messageScale: message.length <= 60 ? 2.6 : message.length <= 110 ? 2.35 : 2.1

    /// A tapped link opens nothing: its QR code is brought into view and flashes instead.
    function showLink(url: string) {
        const entry = codes.reveal(url)
        if (entry)
            scroller.ensureVisible(entry)
    }

    PanelScroller {
        id: scroller
        anchors.fill: parent
        contentHeight: Math.max(height, body.height + 2 * view.vMargin)

        Item {
            id: body
            x: view.sideMargin
            y: Math.max(view.vMargin, (scroller.height - height) / 2)
            width: scroller.width - 2 * view.sideMargin
            height: view.landscape
                    ? Math.max(textColumn.height, view.hasImage ? illustration.height : 0)
                    : (view.hasImage ? illustration.height + view.gap : 0) + textColumn.height

            // Positioned with x, not switching anchors: re-anchoring on rotation would break the size bindings.
            KioskImage {
                id: illustration
                visible: view.hasImage
                source: view.panel.imageSource || ""
                alt: view.panel.imageAlt || ""
                placeholder: view.panel.imagePlaceholder === true
                tint: Theme.muted
                width: view.landscape ? body.width * 0.36 : body.width
                height: view.landscape
                        ? Math.min(width, scroller.height - 2 * view.vMargin)
                        : Math.min(width * 0.62, scroller.height * 0.36)
                horizontalAlignment: view.landscape ? Image.AlignHCenter : Image.AlignLeft
                x: view.landscape !== view.mirrored ? body.width - width : 0
                y: view.landscape ? (body.height - height) / 2 : 0
            }

            Column {
                id: textColumn
                x: view.mirrored ? body.width - width : 0
                width: view.landscape && view.hasImage ? body.width - illustration.width - view.gap : body.width
                y: view.landscape ? (body.height - height) / 2 : (view.hasImage ? illustration.height + view.gap : 0)
                spacing: view.u * 0.9

                PanelTitle {
                    eyebrow: true
                    width: parent.width
                    text: view.panel.title || ""
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
                    html: view.panel.supportingHtml || ""
                    color: Theme.muted
                    onLinkTapped: url => view.showLink(url)
                }

                LinkCodes {
                    id: codes
                    width: parent.width
                    links: view.panel.links || []
                }
            }
        }
    }
}
