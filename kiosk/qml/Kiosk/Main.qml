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

    readonly property real u: Theme.unit
    property bool firstFrameShown: false
    /// Touch targets of at least 11 mm (pixelDensity is pixels per millimetre), and never small beside the text.
    readonly property real touchTarget: Math.round(Math.max(u * 2.3, Screen.pixelDensity * 11))

    title: controller.title
    color: Theme.background
    visible: false

    onClosing: (close) => { close.accepted = window.adminController.mayClose }

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

        KioskHeader {
            id: header
            anchors { top: parent.top; left: parent.left; right: parent.right }
            controller: window.controller
            languageModel: window.languageModel
            touchTarget: window.touchTarget
        }

        ListView {
            id: panelView
            objectName: "panelView"
            anchors { top: header.bottom; bottom: footer.top; left: parent.left; right: parent.right }
            model: window.panelModel
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            preferredHighlightBegin: 0
            preferredHighlightEnd: 0
            highlightMoveDuration: window.controller.transitionMs
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
            }

            // Only a visitor's swipe moves the controller; layout changes (start-up, resize,
            // rotation, mirroring) put the view back on the controller's panel.
            onCurrentIndexChanged: if (moving) window.controller.goTo(currentIndex)
            onMovementEnded: window.controller.goTo(currentIndex)
            onWidthChanged: jumpTo(window.controller.currentIndex)
            onEffectiveLayoutDirectionChanged: jumpTo(window.controller.currentIndex)
            Component.onCompleted: jumpTo(window.controller.currentIndex)

            function jumpTo(index: int) {
                forceLayout()  // lay pages out for the new size or direction first, or the jump lands between pages
                positionViewAtIndex(index, ListView.Beginning)
                currentIndex = index
            }

            Connections {
                target: window.controller
                function onCurrentIndexChanged() {
                    if (wrapFade.pending)
                        return
                    if (panelView.currentIndex !== window.controller.currentIndex)
                        panelView.currentIndex = window.controller.currentIndex
                }
                function onPanelsReset() {
                    panelView.jumpTo(window.controller.currentIndex)
                }
                function onWrapping() {
                    wrapFade.begin()
                }
            }
        }

        // The attract loop wraps from the last panel to the first with a cross-fade: the last
        // panel, frozen in a snapshot, fades out over the first, instead of a slide back
        // through every panel.
        ShaderEffectSource {
            id: wrapFade
            objectName: "wrapFade"
            anchors.fill: panelView
            sourceItem: panelView
            live: false
            visible: false
            property bool pending: false

            function begin() {
                pending = true
                scheduleUpdate()
                visible = true
                opacity = 1
            }

            Connections {
                target: window
                enabled: wrapFade.pending
                function onFrameSwapped() {
                    // The snapshot of the last panel is on screen: jump underneath it, then fade it out.
                    wrapFade.pending = false
                    panelView.jumpTo(window.controller.currentIndex)
                    wrapFadeOut.restart()
                }
            }

            NumberAnimation {
                id: wrapFadeOut
                target: wrapFade
                property: "opacity"
                from: 1
                to: 0
                duration: Math.max(1, window.controller.transitionMs)
                onFinished: wrapFade.visible = false
            }
        }

        Item {
            id: footer
            objectName: "footer"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: window.touchTarget + window.u * 1.0

            NavButton {
                id: previousButton
                objectName: "previousButton"
                anchors { left: parent.left; leftMargin: window.u * 1.0; verticalCenter: parent.verticalCenter }
                size: window.touchTarget
                forward: false
                enabled: window.controller.currentIndex > 0
                onActivated: window.controller.previous()
            }

            PageIndicator {
                anchors { left: previousButton.right; right: nextButton.left; margins: window.u * 0.5 }
                anchors.verticalCenter: parent.verticalCenter
                controller: window.controller
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
                onActivated: window.controller.next()
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
            touchTarget: window.touchTarget
        }
    }
}
