import QtQuick

/*
    One page of the panel view: the panel's layout view over the whole page.
    The page mirrors by the direction its text is written in, not the visiting
    language's: an English fallback inside the Arabic deck still reads left to right.
*/
Item {
    id: page
    objectName: "panelPage" + index

    /// The panel as the bridge gives it (kiosk/ui/models.py, panel_to_qml).
    required property var panel
    required property int index

    LayoutMirroring.enabled: page.panel.rightToLeft === true
    LayoutMirroring.childrenInherit: true

    /// The page is shown only while it is in view (Main.qml tells it): a screen reader then reads the panel
    /// on screen, never its neighbours, which the view keeps built and which come into view while it moves.
    property bool inView: true
    /// The view has put the page in its place. One it builds ahead sits at x 0, over the first panel,
    /// until the view lays it out: it must not count as in view meanwhile (a screen reader would read it).
    /// Only the first page ever rests at x 0.
    readonly property bool placed: index === 0 || x !== 0
    property bool current: false
    property int count: 1
    visible: inView

    // The page announces where the visitor is: "Panel 2 of 5, Our goal".
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Panel %1 of %2, %3").arg(index + 1).arg(count).arg(panel.title)
    Accessible.ignored: !visible
    onCurrentChanged: if (current) Accessible.announce(Accessible.name)


    /// The panel asked to open a picture, an event or a card over the whole screen (PanelSkeleton.enlarge).
    signal enlarge(var detail)
    /// In a talk, the panel is shown in stops (see PanelSkeleton).
    property bool stepping: false
    property int stop: 0
    readonly property alias stopCount: view.stopCount

    PanelView {
        id: view
        anchors.fill: parent
        panel: page.panel
        onEnlarge: detail => page.enlarge(detail)
        stepping: page.stepping
        stop: page.stop
    }
}
