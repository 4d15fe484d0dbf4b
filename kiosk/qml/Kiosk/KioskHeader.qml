import QtQuick
import Kiosk.Bridge
import "pictures.js" as Pictures

/*
    The band above the panels: the organisation's logo and name at the leading
    edge, and a small tag when the panel on screen is shown in another language
    than the visitor's (its translation is missing). In landscape the window puts the
    visitor's choices and the language buttons at its trailing edge (`trailingWidth`),
    and the tag goes before them.
*/
Item {
    id: root
    objectName: "header"

    required property KioskController controller
    property real touchTarget: 80
    /// The width the window's controls take at the trailing edge (0 when they are elsewhere).
    property real trailingWidth: 0
    /// The panel on screen (the bridge's map, kiosk/ui/models.py), or null.
    property var currentPanel: null

    readonly property real u: Theme.controlUnit  // the header keeps its size when a visitor enlarges the text

    height: touchTarget + u * 0.9

    Row {
        id: brand
        anchors { left: parent.left; leftMargin: root.u * 1.2; verticalCenter: parent.verticalCenter }
        spacing: root.u * 0.6

        DecodedImage {
            id: logo
            objectName: "logo"
            anchors.verticalCenter: parent.verticalCenter
            visible: root.controller.logoSource !== "" && !failed
            height: Math.round(root.u * 1.7)
            // A wide wordmark keeps its shape: decoded by height alone, so its width follows the picture.
            readonly property real aspect: status === Image.Ready && implicitHeight > 0 ? implicitWidth / implicitHeight : 1
            width: visible ? Math.min(height * aspect, root.width * 0.3) : 0
            picture: Pictures.source(root.controller.logoSource, 0, height * 2)
            fillMode: Image.PreserveAspectFit
            smooth: true
        }

        Text {
            objectName: "deckTitle"
            anchors.verticalCenter: parent.verticalCenter
            readonly property real room: root.width - root.trailingWidth - logo.width - brand.spacing - root.u * 3.0
                                         - (fallback.visible ? fallback.width + root.u * 0.8 : 0)
            width: Math.max(0, Math.min(implicitWidth, room))
            // Beside a logo (often the name itself, as a wordmark), a title cut short says less than none.
            visible: !logo.visible || implicitWidth <= room
            text: root.controller.title
            textFormat: Text.PlainText
            color: Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(root.u * 0.8)
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
    }

    FallbackTag {
        id: fallback
        anchors { right: parent.right; rightMargin: root.u * 1.2 + (root.trailingWidth > 0 ? root.trailingWidth + root.u * 0.8 : 0); verticalCenter: parent.verticalCenter }
        visible: root.currentPanel !== null && root.currentPanel.fallback === true
        language: visible ? root.currentPanel.writtenIn : ""
        languageName: visible ? root.currentPanel.writtenInName : ""
    }
}
