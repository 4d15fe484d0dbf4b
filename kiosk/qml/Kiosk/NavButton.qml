import QtQuick
import QtQuick.Shapes
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    A round previous/next button with a chevron, big enough for a finger.
    The chevron points the way the panels move, so it flips with right-to-left mirroring.
*/
Item {
    id: root

    property real size: 80
    /// true: towards the next panel; false: towards the previous one.
    property bool forward: true
    signal activated()

    readonly property bool pointsRight: forward !== LayoutMirroring.enabled

    width: size
    height: size
    opacity: enabled ? 1 : 0.25
    Behavior on opacity { NumberAnimation { duration: 200 } }

    activeFocusOnTab: true
    Keys.onPressed: event => KeyPresses.handle(root, event, root.activated, LayoutMirroring.enabled)

    Accessible.role: Accessible.Button
    Accessible.ignored: !visible  // hidden (under the attract screen, a closed viewer): not read
    Accessible.name: forward ? qsTr("Next") : qsTr("Previous")
    Accessible.onPressAction: root.activated()

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: area.pressed ? Theme.accent : Theme.surface
        border.color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.35)
        border.width: Math.max(1, root.size * 0.025)
        scale: area.pressed ? 0.92 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
    }

    Shape {
        id: chevron
        anchors.centerIn: parent
        width: root.size * 0.26
        height: root.size * 0.44
        preferredRendererType: Shape.CurveRenderer
        readonly property real stroke: Math.max(2, root.size * 0.075)
        readonly property real near: stroke / 2
        readonly property real far: width - stroke / 2

        ShapePath {
            strokeColor: area.pressed ? Theme.background : Theme.text
            strokeWidth: chevron.stroke
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.pointsRight ? chevron.near : chevron.far
            startY: chevron.near
            PathLine { x: root.pointsRight ? chevron.far : chevron.near; y: chevron.height / 2 }
            PathLine { x: root.pointsRight ? chevron.near : chevron.far; y: chevron.height - chevron.near }
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        enabled: root.enabled
        onClicked: root.activated()
    }

    FocusRing {}
}
