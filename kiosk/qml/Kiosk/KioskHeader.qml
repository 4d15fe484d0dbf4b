import QtQuick
import Kiosk.Bridge
import "pictures.js" as Pictures

/*
    The band above the panels: the organisation's logo and name at the leading
    edge, the language picker at the trailing edge (only with several languages).
*/
Item {
    id: root
    objectName: "header"

    required property KioskController controller
    required property LanguageListModel languageModel
    property real touchTarget: 80

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
            width: visible ? height : 0
            source: Pictures.source(root.controller.logoSource)  // on a worker of its own, never holding back others
            sourceSize: Qt.size(width * 2, height * 2)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
        }

        Text {
            objectName: "deckTitle"
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(0, Math.min(implicitWidth, root.width - picker.width - choices.width - logo.width - brand.spacing - root.u * 3.6))
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
        anchors { right: picker.left; rightMargin: root.u * 0.6; verticalCenter: parent.verticalCenter }
        touchTarget: root.touchTarget
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
