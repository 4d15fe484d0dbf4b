pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Bridge
import "keys.js" as KeyPresses

/*
    One button per language, each named in itself (English, Français, العربية);
    the language being shown is filled with the accent colour.
*/
Item {
    id: root
    objectName: "languagePicker"

    required property KioskController controller
    required property LanguageListModel model
    property real touchTarget: 80

    readonly property real u: Theme.controlUnit  // a control: it keeps its size when a visitor enlarges the text

    implicitWidth: buttons.implicitWidth
    implicitHeight: touchTarget

    Row {
        id: buttons
        anchors.verticalCenter: parent.verticalCenter
        spacing: root.u * 0.4

        Repeater {
            model: root.model
            delegate: Item {
                id: button
                required property string code
                required property string name
                required property bool current
                objectName: "language_" + code
                width: Math.max(root.touchTarget, label.implicitWidth + root.u * 1.4)
                height: root.touchTarget

                activeFocusOnTab: true
                readonly property bool takesArrows: true
                Keys.onPressed: event => KeyPresses.handle(button, event, button.choose, LayoutMirroring.enabled)
                function choose() { root.controller.setLanguage(button.code) }

                Accessible.role: Accessible.Button
                Accessible.ignored: !visible  // hidden (under the attract screen, a closed viewer): not read
                Accessible.name: name
                Accessible.onPressAction: button.choose()

                Rectangle {
                    anchors.centerIn: parent
                    width: parent.width
                    height: Math.round(root.touchTarget * 0.74)
                    radius: height / 2
                    color: button.current ? Theme.accent : (tap.pressed ? Theme.surface : "transparent")
                    border.color: button.current ? Theme.accent
                                                 : Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.5)
                    border.width: Math.max(1, root.u * 0.06)
                }

                Text {
                    id: label
                    anchors.centerIn: parent
                    text: button.name
                    textFormat: Text.PlainText
                    color: button.current ? Theme.background : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(root.u * 0.75)
                    font.weight: button.current ? Font.Bold : Font.Normal
                }

                MouseArea {
                    id: tap
                    anchors.fill: parent
                    onClicked: button.choose()
                }

                FocusRing {}
            }
        }
    }
}
