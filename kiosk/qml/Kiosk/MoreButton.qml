import QtQuick
import QtQuick.Shapes
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    The obvious "more" control of a panel that does not fit on one screen: a pill with a
    label and an arrow, big enough for a finger. The arrow points `direction`: "down" (more
    below), "up" (back to the top), "forward" or "back" (the next or first sub-page: along
    the reading direction, so flipped by right-to-left mirroring).
*/
Item {
    id: root
    objectName: "moreButton"

    property string text
    property string direction: "down"
    property real size: Math.max(Theme.unit * 2.2, Theme.minimumTarget)
    /// The scale it is shown at, inside a panel shrunk to fit: the hit area grows to stay finger-sized.
    property real shownScale: 1
    signal activated()

    readonly property real u: Theme.unit
    readonly property bool sideways: direction === "forward" || direction === "back"
    readonly property bool pointsRight: (direction === "forward") !== LayoutMirroring.enabled

    implicitWidth: row.width + size * 0.7
    implicitHeight: size
    width: implicitWidth
    height: implicitHeight

    activeFocusOnTab: true
    Keys.onPressed: event => KeyPresses.handle(root, event, root.activated, LayoutMirroring.enabled)

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.ignored: !visible
    Accessible.onPressAction: root.activated()

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: area.pressed ? Theme.text : Theme.accent
        scale: area.pressed ? 0.94 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: root.u * 0.4
        // The arrow after the label in the reading direction (a Row already mirrors with the layout).

        Text {
            objectName: "moreLabel"
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            textFormat: Text.PlainText
            color: Theme.background
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.8)
            font.weight: Font.Bold
        }

        Shape {
            id: arrow
            anchors.verticalCenter: parent.verticalCenter
            width: root.u * 0.7
            height: root.u * 0.7
            preferredRendererType: Shape.CurveRenderer
            readonly property real stroke: Math.max(2, root.u * 0.12)
            readonly property real near: stroke / 2
            readonly property real far: width - stroke / 2
            readonly property real middle: width / 2
            // The chevron's three points: pointing down, up, right or left.
            readonly property real inset: width * 0.2
            readonly property var points: root.sideways
                ? (root.pointsRight ? [[inset, near], [far - inset, middle], [inset, far]]
                                    : [[far - inset, near], [near + inset, middle], [far - inset, far]])
                : (root.direction === "down" ? [[near, inset], [middle, far - inset], [far, inset]]
                                             : [[near, far - inset], [middle, inset], [far, far - inset]])

            ShapePath {
                strokeColor: Theme.background
                strokeWidth: arrow.stroke
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                joinStyle: ShapePath.RoundJoin
                startX: arrow.points[0][0]
                startY: arrow.points[0][1]
                PathLine { x: arrow.points[1][0]; y: arrow.points[1][1] }
                PathLine { x: arrow.points[2][0]; y: arrow.points[2][1] }
            }
        }
    }

    MouseArea {
        id: area
        readonly property real target: Theme.minimumTarget / root.shownScale
        anchors.fill: parent
        anchors.topMargin: -Math.max(0, (target - root.height) / 2)
        anchors.bottomMargin: anchors.topMargin
        anchors.leftMargin: -Math.max(0, (target - root.width) / 2)
        anchors.rightMargin: anchors.leftMargin
        onClicked: root.activated()
    }

    FocusRing {}
}
