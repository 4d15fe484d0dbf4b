import QtQuick
import Kiosk.Bridge

/*
    An Image of a content picture that the kiosk's PictureDecoder decodes (kiosk/ui/pictures.py):
    `picture` is its address (pictures.js). The picture is shown once decoded; until then the one
    shown before stays while it is the same file at another size (no flicker while a layout
    settles), and nothing shows while a new file decodes.

    Never asynchronous: the decoder has done the work, and Qt's picture reader thread must not
    call the kiosk's Python (the window could freeze; see kiosk/ui/pictures.py).
*/
Image {
    id: root

    /// The picture's address ("" shows nothing).
    property string picture
    /// The picture cannot be shown (missing or broken: the editor learns why from `kiosk check`).
    readonly property bool failed: asked !== "" && failedPicture === asked

    /// The address the decoder answered (with the file's version), and the last one it could not decode.
    property string asked
    property string failedPicture

    asynchronous: false
    cache: false

    // Asked once the layout has settled, not at each size it passes through on the way; let go at once.
    onPictureChanged: picture === "" ? ask() : Qt.callLater(ask)
    Component.onCompleted: Qt.callLater(ask)

    function ask() {
        asked = picture === "" ? "" : PictureDecoder.request(picture, false)
        show()
    }

    function sameFile(first: string, second: string): bool {
        return first.split("?")[0] === second.split("?")[0]
    }

    function show() {
        if (asked === "" || PictureDecoder.failed(asked)) {
            failedPicture = asked
            source = ""
        } else if (PictureDecoder.ready(asked)) {
            source = asked
        } else if (!sameFile(String(source), asked)) {
            source = ""
        }
    }

    Connections {
        target: PictureDecoder
        enabled: root.asked !== "" && String(root.source) !== root.asked && !root.failed
        function onFinished(address: string) {
            if (address === root.asked)
                root.show()
        }
    }
}
