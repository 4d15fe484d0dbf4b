pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge
import "pictures.js" as Pictures

/*
    What a passer-by sees while nobody uses the kiosk (`[attract] screen` in
    kiosk.toml): the whole window, the organisation's title and the call to action
    at headline size in every language of the deck, over the deck's own pictures.

    The pictures change by a cross-fade at each step of the attract loop and stand
    still in between. A slow pan would move every pixel of the window in every
    frame, all day; the fade is drawn in `fadeSteps` frames, so the window draws
    nothing between two pictures, and each picture comes veiled and cut to the
    window's shape from the picture decoder, so a frame blends one opaque picture
    over another (docs/performance.md has the figures). The pictures are decoded at
    half the window's size and drawn stretched: a quarter of the memory (2 MB
    rather than 8 at 1920x1080, two of them during a fade), and under the veil a
    picture's softness does not show.
    The first touch lifts the screen (Python swallows it) onto the deck's first panel.
*/
Item {
    id: root
    objectName: "attractScreen"

    required property KioskController controller
    property bool shown: false

    readonly property real u: Theme.unit
    readonly property var pictures: controller.attractPictures
    /// The cross-fade between two pictures: this many frames over fadeMs.
    readonly property int fadeSteps: 10
    readonly property int fadeMs: 900
    /// How much of the background colour lies over the pictures, so that the words read over any of them.
    readonly property real veil: 0.78
    /// The pictures' size against the window's (see above).
    readonly property real pictureScale: 0.5
    /// Fully shown: what lies under it need not be drawn.
    readonly property bool covering: opacity === 1
    /// A cross-fade is under way (or waits for its picture).
    readonly property bool fading: fader.running || fader.waiting

    opacity: shown ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 350 } }

    Accessible.role: Accessible.Button
    Accessible.name: root.controller.hints.length > 0 ? root.controller.hints[0] : ""

    /// Veiled and cut to the window's shape once, when decoded: each frame of a fade then blends one opaque picture.
    function pictureAt(step: int): string {
        if (root.pictures.length === 0)
            return ""
        return Pictures.backdrop(root.pictures[step % root.pictures.length], Math.ceil(root.width * root.pictureScale),
                                 Math.ceil(root.height * root.pictureScale), Theme.background, root.veil)
    }

    /// The next picture goes on top, still transparent; the fade starts once it is decoded.
    function showStep(step: int) {
        const source = root.pictureAt(step)
        if (!root.visible || source === "" || source === front.picture)
            return
        if (fader.running || fader.waiting) {  // the last fade is cut short: its picture is shown whole
            fader.stop()
            fader.waiting = false
            front.opacity = 1
        }
        const swap = front
        front = back
        back = swap
        front.z = 1
        back.z = 0
        front.opacity = 0
        front.picture = source
        fader.startWhenReady()
    }

    property DecodedImage front: layerA
    property DecodedImage back: layerB

    Connections {
        target: root.controller
        function onAttractStepChanged() { root.showStep(root.controller.attractStep) }
    }

    // Only while shown does it hold its window-sized pictures.
    onVisibleChanged: {
        fader.stop()
        fader.waiting = false
        back.opacity = 0
        back.picture = ""
        front.opacity = 1
        front.picture = visible ? root.pictureAt(root.controller.attractStep) : ""
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    DecodedImage {
        id: layerA
        objectName: "attractPictureA"
        anchors.fill: parent
        smooth: true
    }

    DecodedImage {
        id: layerB
        objectName: "attractPictureB"
        anchors.fill: parent
        smooth: true
        opacity: 0
    }

    Timer {
        id: fader
        interval: Math.round(root.fadeMs / root.fadeSteps)
        repeat: true
        property bool waiting: false

        function startWhenReady() {
            waiting = root.front.status !== Image.Ready && !root.front.failed
            if (root.front.status === Image.Ready)
                start()
        }

        onTriggered: {
            root.front.opacity = Math.min(1, root.front.opacity + 1 / root.fadeSteps)
            if (root.front.opacity >= 1) {
                stop()
                root.back.opacity = 0
                root.back.picture = ""  // a window-sized picture: not kept once hidden
            }
        }
    }

    Connections {
        target: root.front
        function onStatusChanged() {
            if (fader.waiting && root.front.status === Image.Ready) {
                fader.waiting = false
                fader.start()
            }
        }
        function onFailedChanged() {
            if (root.front.failed) {
                fader.waiting = false
                root.front.opacity = 0
            }
        }
    }

    Column {
        id: words
        z: 3
        anchors.centerIn: parent
        width: Math.min(parent.width - root.u * 4, root.u * 52)
        spacing: root.u * 1.1
        // A deck in many languages on a small screen: the whole invitation shrinks to fit, never cut off.
        scale: Math.min(1, (root.height - root.u * 2) / Math.max(1, height))

        DisplayText {
            objectName: "attractTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.controller.title
            sizeFactor: 3.2
            leading: 1.08
        }

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: root.u * 4
            height: Math.max(3, root.u * 0.2)
            radius: height / 2
            color: Theme.accent
        }

        Item {
            id: touchIcon
            anchors.horizontalCenter: parent.horizontalCenter
            width: root.u * 2.6
            height: width

            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: "transparent"
                border.color: Theme.accent
                border.width: Math.max(3, root.u * 0.14)
            }

            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.36
                height: width
                radius: width / 2
                color: Theme.accent
            }
        }

        Repeater {
            model: root.controller.hints
            delegate: DisplayText {
                required property string modelData
                required property int index
                objectName: "attractCall" + index
                width: words.width
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                sizeFactor: 2.2
                color: index === 0 ? Theme.text : Theme.muted
            }
        }
    }
}
