import QtQuick
import Kiosk.Bridge
import "pictures.js" as Pictures

/*
    The band above the panels: the organisation's logo and name at the leading
    edge, the language picker at the trailing edge (only with several languages),
    and before it a small tag when the panel on screen is shown in another language
    than the visitor's (its translation is missing).
*/
Item {
    id: root
    objectName: "header"

    required property KioskController controller
    required property LanguageListModel languageModel
    property real touchTarget: 80
    /// The panel on screen (the bridge's map, kiosk/ui/models.py), or null.
    property var currentPanel: null

    readonly property real u: Theme.controlUnit  // the header keeps its size when a visitor enlarges the text

    height: touchTarget + u * 0.9

    Row {
        id: brand
        anchors { left: parent.left; leftMargin: root.u * 1.2; verticalCenter: parent.verticalCenter }
        spacing: root.u * 0.6

        Image {
            id: logo
            objectName: "logo"
            anchors.verticalCenter: parent.verticalCenter
            visible: root.controller.logoSource !== "" && status !== Image.Error
            height: Math.round(root.u * 1.7)
            // A wide wordmark keeps its shape: decoded by height alone, so its width follows the picture.
            readonly property real aspect: status === Image.Ready && implicitHeight > 0 ? implicitWidth / implicitHeight : 1
            width: visible ? Math.min(height * aspect, root.width * 0.3) : 0
            source: Pictures.source(root.controller.logoSource)  // on a worker of its own, never holding back others
            sourceSize.height: height * 2
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
        }

        Text {
            objectName: "deckTitle"
            anchors.verticalCenter: parent.verticalCenter
            readonly property real room: root.width - picker.width - choices.width - logo.width - brand.spacing - root.u * 3.6
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

    VisitorControls {
        id: choices
        anchors { right: fallback.visible ? fallback.left : picker.left; rightMargin: root.u * 0.6; verticalCenter: parent.verticalCenter }
        touchTarget: root.touchTarget
    }

    FallbackTag {
        id: fallback
        anchors { right: picker.left; rightMargin: root.u * 0.8; verticalCenter: parent.verticalCenter }
        visible: root.currentPanel !== null && root.currentPanel.fallback === true
        language: visible ? root.currentPanel.writtenIn : ""
        languageName: visible ? root.currentPanel.writtenInName : ""
    }

    LanguagePicker {
        id: picker
        anchors { right: parent.right; rightMargin: root.u * 1.2; verticalCenter: parent.verticalCenter }
        visible: root.controller.languageCount > 1
        width: visible ? implicitWidth : 0
        controller: root.controller
        model: root.languageModel
        touchTarget: root.touchTarget
    }
}
