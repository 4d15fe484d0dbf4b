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
    color: "#101010"
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
            border.color: "#606060"
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
                color: "#b0b0b0"
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

    Flickable {
        id: notesArea
        anchors { top: previews.bottom; left: parent.left; right: parent.right; bottom: bar.top; margins: view.gap }
        contentHeight: notes.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Text {
            id: notes
            objectName: "presenterNotes"
            width: notesArea.width
            text: view.presenter.notesHtml !== "" ? view.presenter.notesHtml : qsTr("No speaker notes for this panel.")
            textFormat: view.presenter.notesHtml !== "" ? Text.RichText : Text.PlainText
            wrapMode: Text.Wrap
            color: view.presenter.notesHtml !== "" ? "white" : "#808080"
            font.pixelSize: view.type * 1.15
            font.family: Theme.fontFamily
            lineHeight: 1.25
            horizontalAlignment: Theme.rightToLeft ? Text.AlignRight : Text.AlignLeft
        }
    }

    Item {
        id: bar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: view.gap }
        height: view.type * 2

        Text {
            id: elapsed
            objectName: "presenterElapsed"
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            text: view.presenter.elapsed
            color: "#f2b138"
            font.pixelSize: view.type * 1.6
            font.family: Theme.fontFamily
            font.bold: true

            TapHandler {
                onTapped: view.presenter.resetElapsed()
            }
        }

        Text {
            objectName: "presenterPosition"
            anchors.centerIn: parent
            text: view.presenter.position + (view.presenter.typedNumber !== "" ? "  → " + view.presenter.typedNumber : "")
            color: "white"
            font.pixelSize: view.type * 1.6
            font.family: Theme.fontFamily
        }

        Text {
            objectName: "presenterClock"
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            text: view.presenter.wallClock
            color: "#b0b0b0"
            font.pixelSize: view.type * 1.6
            font.family: Theme.fontFamily
        }
    }
}
