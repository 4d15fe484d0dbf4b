pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Window
import Kiosk.Bridge

/*
    The presenter view, on the presenter's own screen in a talk (kiosk/ui/presenter_view.py):
    the panel the audience sees and the next one as small live copies, the speaker notes in
    large type, the time since the talk started (tap it to start again), the time of day
    and "3 / 8". It follows the audience screen; keys pressed here work as there.

    The previews are second instances of the panel page, laid out at the audience screen's
    size and scaled down: a texture of the other window cannot cross windows, and this
    works the same with the software renderer.
*/
Window {
    id: view
    objectName: "presenterView"

    required property KioskController controller
    required property PresenterController presenter
    /// The audience window's size, which the previews are laid out at.
    required property real audienceWidth
    required property real audienceHeight

    readonly property real type: Math.max(12, Math.min(width / 48, height / 30))
    readonly property real gap: type * 0.8

    title: qsTr("Presenter view") + " - " + controller.title
    color: Theme.background
    visible: false

    component Preview: Item {
        id: preview
        required property var panel
        property int stop: 0
        readonly property real factor: Math.min(width / view.audienceWidth, height / view.audienceHeight)

        Rectangle {
            anchors.centerIn: parent
            width: view.audienceWidth * preview.factor + 2
            height: view.audienceHeight * preview.factor + 2
            color: Theme.background
            border.color: Theme.muted
            clip: true

            PanelPage {
                visible: preview.panel.layout !== undefined
                x: 1
                y: 1
                width: view.audienceWidth
                height: view.audienceHeight
                transformOrigin: Item.TopLeft
                scale: preview.factor
                index: -1
                panel: preview.panel.layout !== undefined ? preview.panel : ({layout: "text", title: "", introHtml: "", links: []})
                stepping: true
                stop: preview.stop
            }
        }
    }

    Row {
        id: previews
        anchors { top: parent.top; left: parent.left; right: parent.right; margins: view.gap }
        height: (view.height - 2 * view.gap) * 0.5
        spacing: view.gap

        Preview {
            objectName: "currentPreview"
            width: (previews.width - previews.spacing) * 0.62
            height: previews.height
            panel: view.presenter.currentPanel
            stop: view.presenter.stop
        }

        Item {
            width: (previews.width - previews.spacing) * 0.38
            height: previews.height

            Text {
                id: nextLabel
                text: view.presenter.nextPanel.layout !== undefined ? qsTr("Next") : qsTr("End of the talk")
                textFormat: Text.PlainText
                color: Theme.muted
                font.pixelSize: view.type * 0.8
                font.family: Theme.fontFamily
            }

            Preview {
                objectName: "nextPreview"
                anchors { top: nextLabel.bottom; left: parent.left; right: parent.right; topMargin: view.gap / 2 }
                height: parent.height * 0.7
                visible: view.presenter.nextPanel.layout !== undefined
                panel: view.presenter.nextPanel
            }
        }
    }

    Column {
        id: notesArea
        anchors { top: previews.bottom; left: parent.left; right: parent.right; margins: view.gap }
        height: bar.y - y - view.gap
        clip: true
        // The notes read in the direction of the panel they belong to.
        LayoutMirroring.enabled: view.presenter.currentPanel.rightToLeft === true
        LayoutMirroring.childrenInherit: true

        RichTextBlock {
            id: notes
            objectName: "presenterNotes"
            width: parent.width
            html: view.presenter.notesHtml
            sizeFactor: view.type * 1.15 / Math.max(1, Theme.unit)
            leading: 1.3
        }

        Text {
            objectName: "presenterNoNotes"
            width: parent.width
            visible: !notes.hasText
            text: qsTr("No speaker notes for this panel.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: view.type * 1.15
            font.family: Theme.fontFamily
        }
    }

    Item {
        id: bar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: view.gap }
        height: view.type * 2

        Text {
            id: elapsed
            objectName: "presenterElapsed"
            textFormat: Text.PlainText
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            text: view.presenter.elapsed
            color: Theme.accent
            font.pixelSize: view.type * 1.6
            font.family: Theme.fontFamily
            font.bold: true

            TapHandler {
                onTapped: view.presenter.resetElapsed()
            }
        }

        Text {
            objectName: "presenterPosition"
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: view.presenter.position + (view.presenter.typedNumber !== "" ? "  → " + view.presenter.typedNumber : "")
            color: Theme.text
            font.pixelSize: view.type * 1.6
            font.family: Theme.fontFamily
        }

        Text {
            objectName: "presenterClock"
            textFormat: Text.PlainText
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            text: view.presenter.wallClock
            color: Theme.muted
            font.pixelSize: view.type * 1.6
            font.family: Theme.fontFamily
        }
    }
}
