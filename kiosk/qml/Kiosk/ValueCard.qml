import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    One card of a cards panel: icon, name in large type, body text, on a rounded
    surface; a tap opens it over the whole screen. `contentHeight` is what the card needs; the panel may make it taller so
    every card in a row ends on the same line.
*/
Rectangle {
    id: root

    required property string name
    required property string bodyHtml
    required property string imageSource
    required property string imageAlt
    required property bool imagePlaceholder

    /// A link in the body was tapped (see RichTextBlock.linkTapped).
    signal linkTapped(string url)
    /// The card was tapped anywhere but on a link (the text takes those): the panel opens it over the whole screen.
    signal opened()

    readonly property real u: Theme.unit
    readonly property real padding: u * 0.8
    readonly property bool hasIcon: imageSource !== "" || imagePlaceholder
    /// From its parts, not from the column: a card on another sub-page is hidden, and a hidden
    /// column lays nothing out.
    readonly property real contentHeight: heading.height + (body.hasText ? content.spacing + body.height : 0) + 2 * padding

    activeFocusOnTab: true
    readonly property bool takesArrows: true
    Keys.onPressed: event => KeyPresses.handle(root, event, root.opened, LayoutMirroring.enabled)

    color: Theme.surface
    radius: u * 0.6

    Column {
        id: content
        x: root.padding
        y: root.padding
        width: root.width - 2 * root.padding
        spacing: root.u * 0.4

        // The icon sits beside the name, on its leading side, to keep cards short enough for
        // six of them to share one landscape screen; narrow cards put it above, so the name
        // keeps the whole width. Positioned with x/y: switching anchors would break bindings.
        Item {
            id: heading
            readonly property bool iconAbove: root.width < root.u * 14
            readonly property real gap: root.u * 0.6
            readonly property bool mirrored: LayoutMirroring.enabled
            width: parent.width
            height: iconAbove ? icon.height + (root.hasIcon ? gap : 0) + name.height : Math.max(icon.height, name.height)

            DisplayText {
                id: name
                objectName: "cardName"
                width: heading.iconAbove || !root.hasIcon ? heading.width : heading.width - icon.width - heading.gap
                x: heading.mirrored ? 0 : heading.width - width
                y: heading.iconAbove ? icon.height + (root.hasIcon ? heading.gap : 0) : (heading.height - height) / 2
                text: root.name
                sizeFactor: 1.3
                leading: 1.12
            }
        }

        RichTextBlock {
            id: body
            width: parent.width
            html: root.bodyHtml
            color: Theme.muted
            leading: 1.3
            onLinkTapped: url => root.linkTapped(url)
        }
    }

    // In the heading's place (see there), after the text, so that a screen reader reads the name and the text first.
    KioskImage {
        id: icon
        visible: root.hasIcon
        x: content.x + (heading.mirrored ? heading.width - width : 0)
        y: content.y + (heading.iconAbove ? 0 : (heading.height - height) / 2)
        width: root.hasIcon ? root.u * 1.6 : 0  // not from `visible`: a card on another sub-page is hidden
        height: width
        source: root.imageSource
        alt: root.imageAlt
        placeholder: root.imagePlaceholder
    }

    TapHandler {
        objectName: "cardTap"
        // A tap on a link never reaches here: the text takes it (RichTextBlock.linkTapped).
        onTapped: root.opened()
    }

    FocusRing {}
}
