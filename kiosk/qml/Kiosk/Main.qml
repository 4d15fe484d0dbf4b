pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Window
import Kiosk.Bridge

/*
    The kiosk window: a header (logo, title, language picker), the panels in a
    horizontal page view that follows the finger and settles, and a footer with
    previous/next buttons and the page indicator.

    Python owns the state (controller) and the input (keys, waking from the
    attract loop); this file only presents it. While nobody uses the kiosk, the
    attract screen covers everything (or, without it, the attract hint sits in
    the footer while the panels play by themselves). Right-to-left languages mirror the
    whole shell, the page order and so the swipe direction.

    In full screen the window refuses to close (Escape, Alt+F4, the window
    manager's close): only the admin overlay, behind the hidden gesture and the
    PIN, can end the kiosk. The PIN pad and the overlay sit above everything.
*/
Window {
    id: window
    objectName: "kioskWindow"

    required property KioskController controller
    required property PanelListModel panelModel
    required property LanguageListModel languageModel
    // Python reads this one back (window.property("admin")), and PySide has no converter for a
    // property typed with a Python-registered QML type: a QtObject, read here through `adminController`.
    required property QtObject admin
    readonly property AdminController adminController: admin as AdminController
    /// The admin overlay's import of new content from a USB stick.
    required property StickImport stickImport
    /// In a talk (kiosk run --presenter): the presenter's controller; null in a kiosk for visitors.
    property PresenterController presenter: null

    readonly property real u: Theme.unit
    property bool firstFrameShown: false
    /// The shell's controls: at least 9 mm on the glass, and never small beside the text (kiosk/ui/theme.py).
    readonly property real touchTarget: Theme.touchTarget
    /// A tall screen on a kiosk stand: the visitor's controls go low, within reach of a seated visitor.
    readonly property bool portrait: height > width

    title: controller.title
    color: Theme.background
    visible: false

    onClosing: (close) => { close.accepted = window.adminController.mayClose }

    /// No control keeps the focus (its FocusRing goes); the next Tab starts again from the first one.
    function leaveFocusMode() {
        // Each focus scope on the way up (the panel's Loader, the page view) gives its focus up too.
        for (let item = window.activeFocusItem; item && item !== window.contentItem; item = item.parent)
            item.focus = false
    }

    /// Previous or Next (`button`) turns the panels by `turn`; when that disables it (the first or the last
    /// panel) while the keyboard is on it, the keyboard goes to the `other` one rather than to nowhere.
    function turnKeepingFocus(button: Item, other: Item, turn: var) {
        const fromKeyboard = button.activeFocus
        turn()
        if (fromKeyboard && !button.enabled)
            other.forceActiveFocus(Qt.TabFocusReason)
    }

    /// When the panel turns with the focus on the old one, the focus goes to the new panel's page: the
    /// next Tab reaches its first control, and nothing of a panel off the screen keeps the focus.
    function keepFocusOnScreen() {
        const page = panelView.itemAtIndex(window.controller.currentIndex)
        for (let item = window.activeFocusItem; item; item = item.parent) {
            if (item.parent === panelView.contentItem) {
                if (item !== page)
                    page ? page.forceActiveFocus() : window.leaveFocusMode()
                return
            }
        }
    }

    Connections {
        target: window
        enabled: !window.firstFrameShown
        function onFrameSwapped() { window.firstFrameShown = true }
    }

    Item {
        id: shell
        objectName: "shell"
        // The window's size rather than anchors: the content item gets its size only when the
        // window is shown, and a page view of width 0 would build every page at start-up.
        width: window.width
        height: window.height
        // Under a fully shown attract screen nothing of it needs drawing.
        visible: window.controller.count > 0 && !attractScreen.covering
        LayoutMirroring.enabled: Theme.rightToLeft
        LayoutMirroring.childrenInherit: true
        // Under an open picture nothing takes a touch or the keyboard's focus.
        enabled: !viewer.open
        // Escape on a focused control (kiosk/ui/input.py gives it the key) leaves focus mode.
        Keys.onEscapePressed: window.leaveFocusMode()

        KioskHeader {
            id: header
            anchors { top: parent.top; left: parent.left; right: parent.right }
            controller: window.controller
            touchTarget: window.touchTarget
            trailingWidth: window.portrait ? 0 : choices.width
            currentPanel: panelView.currentItem ? (panelView.currentItem as PanelPage).panel : null
        }

        // The visitor's choices (text size, contrast, motion) and the languages: at the header's trailing
        // edge in landscape; in portrait in a row of their own above the footer, in the lower third of a
        // tall screen where a visitor in a wheelchair reaches them, and out of the way of the title.
        Grid {
            id: choices
            objectName: "shellChoices"
            readonly property real margin: Theme.controlUnit * 1.2
            readonly property bool stacked: window.portrait && visitorControls.width + picker.width + columnSpacing > shell.width - 2 * margin
            columns: stacked ? 1 : 2
            columnSpacing: Theme.controlUnit * 0.6
            rowSpacing: Theme.controlUnit * 0.3
            horizontalItemAlignment: Grid.AlignHCenter
            x: window.portrait ? (shell.width - width) / 2 : Theme.rightToLeft ? margin : shell.width - width - margin
            y: window.portrait ? lowChoices.y + (lowChoices.height - height) / 2 : header.y + (header.height - height) / 2

            VisitorControls {
                id: visitorControls
                touchTarget: window.touchTarget
            }

            LanguagePicker {
                id: picker
                visible: window.controller.languageCount > 1
                width: visible ? implicitWidth : 0
                controller: window.controller
                model: window.languageModel
                touchTarget: window.touchTarget
            }
        }

        Item {
            id: lowChoices
            objectName: "lowChoices"
            anchors { left: parent.left; right: parent.right; bottom: footer.top }
            height: window.portrait ? choices.height + Theme.controlUnit * 0.6 : 0
        }

        ListView {
            id: panelView
            objectName: "panelView"
            anchors { top: header.bottom; bottom: lowChoices.top; left: parent.left; right: parent.right }
            model: window.panelModel
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            preferredHighlightBegin: 0
            preferredHighlightEnd: 0
            // With less motion the panels never slide: every change is the short cross-fade below.
            highlightMoveDuration: Theme.reducedMotion ? 0 : window.controller.transitionMs
            highlightMoveVelocity: -1
            // The (invisible) highlight must not "grow" to the page size at 400 px/s after
            // every start and resize: that is seconds of frames with nothing moving.
            highlightResizeVelocity: -1
            highlightResizeDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            maximumFlickVelocity: 4 * width
            // Neighbours are built before they slide in, so a swipe never waits for a page;
            // but only after the first frame, so that start-up shows the first panel sooner.
            cacheBuffer: window.firstFrameShown ? Math.max(0, Math.round(width)) : 0
            // Until then not even the next page, which starts exactly at the view's edge and
            // which ListView would otherwise count as visible: one page fewer to build.
            displayMarginEnd: window.firstFrameShown ? 0 : -1
            keyNavigationEnabled: false
            clip: true

            delegate: PanelPage {
                width: panelView.width
                height: panelView.height
                onEnlarge: detail => viewer.show(detail)
                stepping: window.presenter !== null
                count: panelView.count
                current: index === window.controller.currentIndex
                // Only the panel on screen takes the keyboard's focus (and a touch): a neighbour the view keeps
                // built never does, even while it is being laid out where the current one is.
                enabled: current
                inView: placed && x + width > panelView.contentX + 1 && x < panelView.contentX + panelView.width - 1
                stop: window.presenter && index === window.controller.currentIndex ? window.presenter.stop : 0
                onStopCountChanged: window.presenter?.setStopCount(index, stopCount)
                Component.onCompleted: window.presenter?.setStopCount(index, stopCount)
            }

            // Only a visitor's swipe moves the controller; layout changes (start-up, resize,
            // rotation, mirroring) put the view back on the controller's panel.
            onCurrentIndexChanged: if (moving && !settling.running) window.controller.goTo(currentIndex)
            onMovementEnded: if (!settling.running) window.controller.goTo(currentIndex)
            onWidthChanged: jumpTo(window.controller.currentIndex)
            onEffectiveLayoutDirectionChanged: jumpTo(window.controller.currentIndex)
            Component.onCompleted: jumpTo(window.controller.currentIndex)

            function jumpTo(index: int) {
                forceLayout()  // lay pages out for the new size or direction first, or the jump lands between pages
                positionViewAtIndex(index, ListView.Beginning)
                currentIndex = index
            }

            // Where a released drag settles is decided here, not by ListView's one-item snapping,
            // which turns the page for any drag longer than 30 px, even one held still before release:
            // a drag goes on to the neighbour past a third of the width or with a flick, and
            // otherwise springs back.
            property real dragStartX: 0
            property int dragStartIndex: 0
            property real lastMoveTime: 0
            property real lastMoveX: 0
            property real fingerVelocity: 0
            onDraggingChanged: {
                if (dragging) {
                    dragStartIndex = window.controller.currentIndex
                    // Measured from where the page rests, not from where the content happens to be:
                    // a drag that catches a page still settling would otherwise come up short.
                    const page = itemAtIndex(dragStartIndex)
                    dragStartX = page ? page.x : contentX
                    lastMoveTime = Date.now()
                    lastMoveX = contentX
                    fingerVelocity = 0
                    return
                }
                const still = Date.now() - lastMoveTime > 100  // held still before lifting: no flick
                const moved = contentX - dragStartX
                const speed = Math.max(Math.abs(fingerVelocity), Math.abs(horizontalVelocity))
                const flicked = !still && speed > width * 0.4 && (fingerVelocity || horizontalVelocity) * moved > 0
                const towards = Math.abs(moved) > width / 3 || flicked ? Math.sign(moved) : 0
                // A mirrored view lays the pages out right to left: moving the content left goes back.
                const step = effectiveLayoutDirection === Qt.RightToLeft ? -towards : towards
                const target = Math.max(0, Math.min(count - 1, dragStartIndex + step))
                Qt.callLater(settle, target)
            }
            onContentXChanged: {
                if (!dragging)
                    return
                const now = Date.now()
                // Two moves in one millisecond count as a frame apart (120 Hz): a speed, never a division by zero.
                fingerVelocity = (contentX - lastMoveX) * 1000 / Math.max(now - lastMoveTime, 8)
                lastMoveTime = now
                lastMoveX = contentX
            }

            function settle(target: int) {
                const page = itemAtIndex(target)
                cancelFlick()
                currentIndex = target
                window.controller.goTo(target)
                if (!page)
                    return jumpTo(target)
                settling.to = page.x
                settling.restart()
            }

            NumberAnimation {
                id: settling
                target: panelView
                property: "contentX"
                duration: Math.max(1, window.controller.transitionMs * 0.6)
                easing.type: Easing.OutCubic
            }

            // A far panel (a tab several panels away, the attract loop wrapping round) is reached in one
            // short cross-fade, never by flying through every panel between.
            SequentialAnimation {
                id: farJump
                property int target: 0
                NumberAnimation { target: panelView; property: "opacity"; to: 0; duration: window.controller.transitionMs / 2; easing.type: Easing.InQuad }
                ScriptAction { script: panelView.jumpTo(farJump.target) }
                NumberAnimation { target: panelView; property: "opacity"; to: 1; duration: window.controller.transitionMs / 2; easing.type: Easing.OutQuad }
            }

            Connections {
                target: window.controller
                function onCurrentIndexChanged() {
                    Qt.callLater(window.keepFocusOnScreen)  // once the viewer has closed and the view moved on
                    const index = window.controller.currentIndex
                    const far = (Theme.reducedMotion || Math.abs(index - panelView.currentIndex) > 1) && !panelView.moving
                    if (farJump.running || (far && window.controller.transitionMs > 0)) {
                        farJump.target = index
                        farJump.restart()  // from the opacity it has reached: mid-fade, it carries on
                    } else if (panelView.currentIndex !== index) {
                        panelView.currentIndex = index
                    }
                }
                function onPanelsReset() {
                    farJump.stop()
                    panelView.opacity = 1
                    panelView.jumpTo(window.controller.currentIndex)
                }
            }
        }

        Item {
            id: footer
            objectName: "footer"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: window.touchTarget + Theme.controlUnit * 1.0

            NavButton {
                id: previousButton
                objectName: "previousButton"
                anchors { left: parent.left; leftMargin: window.u * 1.0; verticalCenter: parent.verticalCenter }
                size: window.touchTarget
                forward: false
                enabled: window.controller.currentIndex > 0
                onActivated: window.turnKeepingFocus(previousButton, nextButton, window.controller.previous)
            }

            PageIndicator {
                anchors { left: previousButton.right; right: nextButton.left; margins: window.u * 0.5 }
                anchors.verticalCenter: parent.verticalCenter
                controller: window.controller
                panelModel: window.panelModel
                touchTarget: window.touchTarget
                // The attract hint takes its place, so that it never covers a panel's text.
                opacity: attractHint.shown ? 0 : 1
                Behavior on opacity { NumberAnimation { duration: 400 } }
            }

            NavButton {
                id: nextButton
                objectName: "nextButton"
                anchors { right: parent.right; rightMargin: window.u * 1.0; verticalCenter: parent.verticalCenter }
                size: window.touchTarget
                forward: true
                enabled: window.controller.currentIndex < window.controller.count - 1
                onActivated: window.turnKeepingFocus(nextButton, previousButton, window.controller.next)
            }
        }

        AttractHint {
            id: attractHint
            // In the footer, in the page indicator's place, never over a panel's text.
            anchors.centerIn: footer
            scale: Math.min(1, (footer.height - window.u * 0.3) / height)
            hints: window.controller.hints
            // When the loop is the deck itself; the attract screen says it in full.
            shown: window.controller.attractMode && !window.controller.attractScreen
            beat: window.controller.currentIndex
            pulseMs: Math.max(300, window.controller.transitionMs)
        }
    }

    // Over the panels, the header and the footer; closed by a tap or a swipe down, and whenever the
    // kiosk goes back to its attract loop or the panel or the language changes under it.
    PictureViewer {
        id: viewer
        anchors.fill: parent

        Connections {
            target: window.controller
            function onAttractModeChanged() { if (window.controller.attractMode) viewer.close() }
            function onCurrentIndexChanged() { viewer.close() }
            function onLanguageChanged() { viewer.close() }
            function onPanelsReset() { viewer.close() }
        }
    }

    AttractScreen {
        id: attractScreen
        anchors.fill: parent
        controller: window.controller
        shown: window.controller.attractMode && window.controller.attractScreen && window.controller.count > 0
    }

    EmptyDeckMessage {
        anchors.fill: parent
        visible: window.controller.count === 0
        message: window.controller.emptyMessage
    }

    // In a talk, B or period blacks the screen and W whites it, until the next key (kiosk/ui/presenter.py).
    Rectangle {
        objectName: "screenCover"
        anchors.fill: parent
        visible: window.presenter !== null && window.presenter.cover !== ""
        color: window.presenter?.cover === "white" ? "white" : "black"
    }

    // Built only while open: visitors never see them, and start-up should not pay for them.
    Loader {
        anchors.fill: parent
        active: window.adminController.padOpen
        sourceComponent: PinPad {
            admin: window.adminController
            touchTarget: window.touchTarget
        }
    }

    Loader {
        anchors.fill: parent
        active: window.adminController.overlayOpen
        // In the visitor's language, so laid out in its direction.
        LayoutMirroring.enabled: Theme.rightToLeft
        LayoutMirroring.childrenInherit: true
        sourceComponent: AdminOverlay {
            admin: window.adminController
            stickImport: window.stickImport
            touchTarget: window.touchTarget
        }
    }
}
