pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Window
import Kiosk.Bridge

/*
    A picture, an event or a card opened over the whole screen: the picture as large as
    it fits (never cropped), its caption and credit, and the event's or card's words.
    One component for every panel: a view asks for it with PanelSkeleton.enlarge(detail).

    A tap anywhere closes it, and so does a swipe down (the picture follows the finger);
    the window closes it when the kiosk goes back to its attract loop, and when the
    panel or the language changes under it. It takes every touch while open, so
    nothing underneath moves. Opened from the keyboard, it takes the focus (Tab stays
    on it) and Enter, Space or Escape close it, giving the focus back to what opened it.
*/
Rectangle {
    id: root
    objectName: "pictureViewer"

    /// What is shown (see PanelSkeleton.enlarge); kept after closing, so nothing changes while the stage goes.
    property var detail: null
    property bool open: false

    readonly property real u: Theme.unit
    readonly property bool landscape: width > height
    readonly property bool hasPicture: detail !== null && (detail.imageSource !== "" || detail.imagePlaceholder)
    readonly property bool hasWords: detail !== null && (detail.eyebrow + detail.title + detail.bodyHtml
                                              + detail.caption + detail.credit) !== ""
    readonly property real margin: u * 1.5
    /// How far a finger moves before a touch is a swipe rather than a tap, and how far down a swipe closes.
    readonly property real tapSlop: u * 0.6
    readonly property real closeDistance: u * 3

    /// The control that opened it from the keyboard, which gets the focus back on closing.
    property Item opener: null

    function show(shown: var) {
        // Before it opens: the window then disables what lies under it, which loses the focus.
        const focused = root.Window.activeFocusItem
        opener = focused && focused.activeFocusOnTab ? focused : null
        dragged = 0
        detail = shown
        open = true
        if (opener)
            root.forceActiveFocus(Qt.OtherFocusReason)
    }

    function close() {
        open = false
        if (root.activeFocus && opener)
            opener.forceActiveFocus(Qt.OtherFocusReason)
        opener = null
    }

    activeFocusOnTab: open  // the only control while open: the window disables what lies under it
    Keys.onPressed: event => {
        // Tab stays here: nothing under the viewer is reached while it is open.
        if ([Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space, Qt.Key_Escape].includes(event.key))
            root.close()
        event.accepted = [Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space, Qt.Key_Escape, Qt.Key_Tab, Qt.Key_Backtab].includes(event.key)
    }

    property real dragged: 0

    color: Theme.background
    visible: open
    LayoutMirroring.enabled: open && detail.rightToLeft === true
    LayoutMirroring.childrenInherit: true

    Accessible.role: Accessible.Dialog
    Accessible.ignored: !visible  // hidden (under the attract screen, a closed viewer): not read
    Accessible.name: open ? (detail.title || detail.imageAlt) : ""

    MouseArea {
        id: gestures
        objectName: "pictureViewerGestures"
        anchors.fill: parent
        enabled: root.open
        preventStealing: true
        property point start
        onPressed: mouse => { start = Qt.point(mouse.x, mouse.y) }
        onPositionChanged: mouse => { root.dragged = Math.max(0, mouse.y - start.y) }
        onReleased: mouse => {
            const across = Math.abs(mouse.x - start.x)
            const down = mouse.y - start.y
            const tapped = across < root.tapSlop && Math.abs(down) < root.tapSlop
            if (tapped || (down > root.closeDistance && down > across))
                root.close()
            else
                root.dragged = 0
        }
        onCanceled: root.dragged = 0
    }

    // Built for each opening, with its words from the start: a text that changes in a shown column
    // is laid out again inside its own height binding, where Qt reports a loop.
    // Not sized: a sized Loader would stretch the stage over the margins.
    Loader {
        active: root.open
        sourceComponent: stageComponent
    }

    Component {
        id: stageComponent

        Item {
            id: stage
            x: root.margin
            y: root.margin + root.dragged
            width: root.width - 2 * root.margin
            height: root.height - 2 * root.margin - closeHint.height
            opacity: 1 - Math.min(0.6, root.dragged / (root.closeDistance * 3))

            readonly property real wordsWidth: !root.hasWords ? 0
                                              : !root.hasPicture ? Math.min(width, root.u * 30)
                                              : root.landscape ? Math.min(root.u * 22, width * 0.36) : width
            readonly property real gap: root.hasPicture && root.hasWords ? root.u * 1.5 : 0

            KioskImage {
                id: picture
                objectName: "enlargedPicture"
                visible: root.hasPicture
                width: root.landscape ? stage.width - stage.wordsWidth - stage.gap : stage.width
                height: root.landscape ? stage.height
                                       : (root.hasWords ? Math.max(stage.height * 0.45, stage.height - words.height - stage.gap)
                                                        : stage.height)
                source: root.detail.imageSource
                alt: root.detail.imageAlt
                placeholder: root.detail.imagePlaceholder
            }

            // Clipped when a long card or event does not fit beside its picture: it is whole on the panel.
            Item {
                id: wordsArea
                x: !root.hasPicture ? (stage.width - width) / 2
                   : root.landscape ? (LayoutMirroring.enabled ? 0 : stage.width - width) : 0
                y: root.landscape || !root.hasPicture ? Math.max(0, (stage.height - height) / 2) : picture.height + stage.gap
                width: stage.wordsWidth
                height: Math.min(words.height, root.landscape || !root.hasPicture ? stage.height : stage.height - picture.height - stage.gap)
                clip: true

                Column {
                    id: words
                    width: wordsArea.width
                    spacing: root.u * 0.5

                    DisplayText {
                        objectName: "enlargedEyebrow"
                        width: parent.width
                        text: root.detail.eyebrow
                        color: Theme.accent
                        sizeFactor: 1.3
                    }

                    DisplayText {
                        objectName: "enlargedTitle"
                        width: parent.width
                        text: root.detail.title
                        sizeFactor: 1.5
                        leading: 1.15
                    }

                    RichTextBlock {
                        width: parent.width
                        html: root.detail.bodyHtml
                        color: Theme.muted
                    }

                    DisplayText {
                        objectName: "enlargedCaption"
                        width: parent.width
                        text: root.detail.caption
                        sizeFactor: 1.0
                        weight: Font.Normal
                        leading: 1.4
                    }

                    DisplayText {
                        objectName: "enlargedCredit"
                        width: parent.width
                        text: root.detail.credit
                        color: Theme.muted
                        sizeFactor: 0.8
                        weight: Font.Normal
                        leading: 1.4
                    }
                }
            }
        }

    }

    Text {
        id: closeHint
        objectName: "pictureViewerHint"
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: root.u * 0.6 }
        text: qsTr("Tap or swipe down to close")
        textFormat: Text.PlainText
        color: Theme.muted
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(root.u * 0.75)
        height: implicitHeight + root.u * 0.4
    }

    FocusRing { inside: true }
}
