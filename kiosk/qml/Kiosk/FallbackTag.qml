import QtQuick
import Kiosk.Bridge

/*
    A small tag saying which language a panel is written in, in the visitor's own
    language ("In English", « En anglais »): shown while the panel on screen has no
    version in the visiting language and is shown in the default one instead.
*/
Rectangle {
    id: root
    objectName: "fallbackTag"

    /// The language the panel is written in (a BCP 47 code), and its name in itself.
    property string language
    property string languageName

    readonly property real u: Theme.unit

    function inLanguage(code: string, name: string): string {
        switch (code.split("-")[0].toLowerCase()) {
        case "en": return qsTr("In English")
        case "fr": return qsTr("In French")
        case "ar": return qsTr("In Arabic")
        case "es": return qsTr("In Spanish")
        case "pt": return qsTr("In Portuguese")
        case "de": return qsTr("In German")
        case "it": return qsTr("In Italian")
        case "sw": return qsTr("In Swahili")
        default: return qsTr("In %1").arg(name)
        }
    }

    implicitWidth: label.implicitWidth + u * 1.0
    implicitHeight: label.implicitHeight + u * 0.4
    radius: height / 2
    color: "transparent"
    border.color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.6)
    border.width: Math.max(1, u * 0.05)

    Text {
        id: label
        objectName: "fallbackTagText"
        anchors.centerIn: parent
        text: root.inLanguage(root.language, root.languageName)
        textFormat: Text.PlainText
        color: Theme.muted
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(root.u * 0.6)
    }
}
