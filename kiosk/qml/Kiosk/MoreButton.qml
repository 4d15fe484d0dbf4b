import QtQuick
import QtQuick.Shapes
import Kiosk.Bridge

/*
    The obvious "more" control of a panel that does not fit on one screen: a pill with a
    label and an arrow, big enough for a finger. `down` points the arrow down (more below) or
    up (back to the top); `forward` points it the reading way (the next sub-page), flipping
    with right-to-left mirroring.
*/
Item {
    id: root
    objectName: "moreButton"

    property string text
    property bool down: true
    property bool forward: false
    property real size: Theme.unit * 2.2
    signal activated()

    readonly property real u: Theme.unit
    readonly property bool pointsRight: forward && !LayoutMirroring.enabled

    implicitWidth: row.width + size * 0.7
    implicitHeight: size
    width: implicitWidth
    height: implicitHeight

    Accessible.role: Accessible.Button
    Accessible.name: text
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
        layoutDirection: root.forward && LayoutMirroring.enabled ? Qt.RightToLeft : Qt.LeftToRight

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
            readonly property var points: root.forward
                ? (root.pointsRight ? [[near, near], [far, middle], [near, far]] : [[far, near], [near, middle], [far, far]])
                : (root.down ? [[near, near * 3], [middle, far - near], [far, near * 3]]
                             : [[near, far - near * 2], [middle, near * 2], [far, far - near * 2]])

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
        anchors.fill: parent
        onClicked: root.activated()
    }
}
