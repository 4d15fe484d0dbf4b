import QtQuick
import QtQuick.Shapes
import QtQuick.Window
import Kiosk.Bridge
import "pictures.js" as Pictures

/*
    A content picture, decoded at the size it is shown, on a worker of the kiosk's picture decoder.

    A 6000x4000 camera photo must never sit decoded at full resolution in memory
    nor stall a slide transition, so the source is only requested once the item
    has a size, and sourceSize asks the decoder for exactly the displayed pixels.
    A missing or broken picture shows a soft neutral placeholder: visitors never
    see an error message, editors get theirs from `kiosk check`. With `cover`, the
    picture fills the whole item and what overflows is cut off (a full-screen photo):
    once its shape is known it is decoded at the size that covers the item.
*/
Item {
    id: root
    objectName: "kioskImage"

    property url source
    property string alt
    property bool placeholder: false
    /// Where a picture narrower than the item sits. AlignLeft means the leading edge:
    /// it follows right-to-left mirroring, which Image itself does not.
    property int horizontalAlignment: Image.AlignHCenter
    /// Fill the whole item, cutting off what overflows, instead of fitting inside it.
    property bool cover: false
    /// Width over height of the picture, once decoded (0 before): kept while a new size decodes.
    property real pictureAspect: 0
    readonly property real coverWidth: Math.max(width, height * pictureAspect)
    readonly property bool covering: cover && pictureAspect > 0
    readonly property int effectiveAlignment: {
        if (!LayoutMirroring.enabled || horizontalAlignment === Image.AlignHCenter)
            return horizontalAlignment
        return horizontalAlignment === Image.AlignLeft ? Image.AlignRight : Image.AlignLeft
    }

    readonly property size decodedSize: Qt.size(picture.implicitWidth, picture.implicitHeight)
    readonly property bool ready: picture.status === Image.Ready
    readonly property bool showingPlaceholder: root.placeholder || picture.failed

    Accessible.role: Accessible.Graphic
    Accessible.name: root.alt
    Accessible.ignored: !visible  // not shown, not read: a neighbouring panel, a picture measured but not drawn
    clip: cover
    onSourceChanged: pictureAspect = 0

    function learnAspect() {
        if (picture.loaded && pictureAspect === 0)
            pictureAspect = picture.aspect
    }

    DecodedImage {
        id: picture
        objectName: "picture"

        // Qt decodes a PreserveAspectFit bitmap large enough to COVER sourceSize (a 3:2 photo
        // in a square box comes out 1.5x too wide). Stretch asks for the size that fits inside
        // it, and this item is then sized to the picture's own aspect ratio, so the decoded
        // pixels are exactly the displayed ones. Vector images render at any size: plain fit.
        readonly property bool vector: /\.svgz?$/i.test(String(root.source))
        readonly property bool loaded: status === Image.Ready && implicitWidth > 0 && implicitHeight > 0
        readonly property real aspect: loaded ? implicitWidth / implicitHeight : 1
        readonly property bool wide: aspect >= root.width / Math.max(1, root.height)
        readonly property real dpr: Screen.devicePixelRatio > 0 ? Screen.devicePixelRatio : 1

        width: root.covering ? root.coverWidth
               : vector || !loaded ? root.width : (wide ? root.width : root.height * aspect)
        height: root.covering ? root.coverWidth / root.pictureAspect
                : vector || !loaded ? root.height : (wide ? root.width / aspect : root.height)
        x: root.effectiveAlignment === Image.AlignLeft ? 0
           : root.effectiveAlignment === Image.AlignRight ? root.width - width : (root.width - width) / 2
        y: (root.height - height) / 2
        smooth: true
        fillMode: vector && !root.covering ? Image.PreserveAspectFit : Image.Stretch
        horizontalAlignment: root.effectiveAlignment
        // Never ask for the picture before the item has a size: no size means "decode at full size".
        picture: root.placeholder || root.width < 1 || root.height < 1 ? ""
                 : root.covering ? Pictures.source(root.source, width * dpr, height * dpr)
                 : Pictures.source(root.source, root.width * dpr, root.height * dpr)
        // After this load settles: the size to decode at follows from it, and asks for a new load.
        onLoadedChanged: if (loaded && root.cover && root.pictureAspect === 0) Qt.callLater(root.learnAspect)
        opacity: status === Image.Ready ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: 200 } }
    }

    Item {
        id: placeholderShape
        objectName: "imagePlaceholder"
        anchors.verticalCenter: parent.verticalCenter
        x: root.effectiveAlignment === Image.AlignLeft ? 0
           : root.effectiveAlignment === Image.AlignRight ? root.width - width : (root.width - width) / 2
        readonly property real side: Math.min(root.width, root.height)
        width: Math.min(root.width, side * 1.4)
        height: side
        visible: root.showingPlaceholder

        Rectangle {
            anchors.fill: parent
            radius: Math.min(width, height) * 0.12
            color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.14)
        }

        // A small framed landscape (sun and hills), drawn so it scales to any size.
        Shape {
            id: icon
            anchors.centerIn: parent
            width: placeholderShape.side * 0.42
            height: width * 0.78
            preferredRendererType: Shape.CurveRenderer
            readonly property color ink: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.55)
            readonly property real stroke: Math.max(1, width * 0.06)

            ShapePath {
                strokeColor: icon.ink
                strokeWidth: icon.stroke
                fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                startX: icon.stroke / 2; startY: icon.stroke / 2
                PathLine { x: icon.width - icon.stroke / 2; y: icon.stroke / 2 }
                PathLine { x: icon.width - icon.stroke / 2; y: icon.height - icon.stroke / 2 }
                PathLine { x: icon.stroke / 2; y: icon.height - icon.stroke / 2 }
                PathLine { x: icon.stroke / 2; y: icon.stroke / 2 }
            }
            ShapePath {
                strokeColor: "transparent"
                fillColor: icon.ink
                startX: icon.width * 0.12; startY: icon.height * 0.82
                PathLine { x: icon.width * 0.40; y: icon.height * 0.42 }
                PathLine { x: icon.width * 0.58; y: icon.height * 0.64 }
                PathLine { x: icon.width * 0.70; y: icon.height * 0.52 }
                PathLine { x: icon.width * 0.88; y: icon.height * 0.82 }
                PathLine { x: icon.width * 0.12; y: icon.height * 0.82 }
            }
            ShapePath {
                strokeColor: "transparent"
                fillColor: icon.ink
                PathAngleArc {
                    centerX: icon.width * 0.70; centerY: icon.height * 0.30
                    radiusX: icon.width * 0.08; radiusY: icon.width * 0.08
                    startAngle: 0; sweepAngle: 360
                }
            }
        }
    }
}
