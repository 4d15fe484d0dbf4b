pragma ComponentBehavior: Bound

import QtQuick

/*
    The layout view for one panel: panel.layout picks StatementPanel, TimelinePanel,
    CardsPanel, TextPanel or PhotoPanel (an unknown layout shows as text rather than nothing).

    The one place that reads the panel map the bridge gives (kiosk/ui/models.py,
    panel_to_qml, which always gives every field): each view gets the fields it
    shows as typed properties.
*/
Loader {
    id: loader
    objectName: "layoutLoader"

    required property var panel
    /// In a talk, the panel is shown in stops (see PanelSkeleton): which one, and how many it has.
    property bool stepping: false
    property int stop: 0
    readonly property int stopCount: (item as PanelSkeleton)?.stopCount ?? 1

    /// The view asked to open a picture, an event or a card over the whole screen (PanelSkeleton.enlarge).
    signal enlarge(var detail)

    Connections {
        target: loader.item as PanelSkeleton
        function onEnlarge(detail: var) { loader.enlarge(detail) }
    }

    sourceComponent: ({statement: statementView, timeline: timelineView, cards: cardsView, text: textView,
                       photo: photoView})[panel.layout]
                     ?? textView

    Component {
        id: statementView
        StatementPanel {
            stepping: loader.stepping
            stop: loader.stop
            title: loader.panel.title
            message: loader.panel.message
            supportingHtml: loader.panel.supportingHtml
            imageSource: loader.panel.imageSource
            imageAlt: loader.panel.imageAlt
            imagePlaceholder: loader.panel.imagePlaceholder
            imageCaption: loader.panel.imageCaption
            imageCredit: loader.panel.imageCredit
            links: loader.panel.links
        }
    }

    Component {
        id: photoView
        PhotoPanel {
            stepping: loader.stepping
            stop: loader.stop
            title: loader.panel.title
            introHtml: loader.panel.introHtml
            imageSource: loader.panel.imageSource
            imageAlt: loader.panel.imageAlt
            imagePlaceholder: loader.panel.imagePlaceholder
            imageCaption: loader.panel.imageCaption
            imageCredit: loader.panel.imageCredit
            links: loader.panel.links
        }
    }

    Component {
        id: timelineView
        TimelinePanel {
            stepping: loader.stepping
            stop: loader.stop
            title: loader.panel.title
            introHtml: loader.panel.introHtml
            events: loader.panel.events
            links: loader.panel.links
        }
    }

    Component {
        id: cardsView
        CardsPanel {
            stepping: loader.stepping
            stop: loader.stop
            title: loader.panel.title
            introHtml: loader.panel.introHtml
            cards: loader.panel.cards
            links: loader.panel.links
        }
    }

    Component {
        id: textView
        TextPanel {
            stepping: loader.stepping
            stop: loader.stop
            title: loader.panel.title
            introHtml: loader.panel.introHtml
            links: loader.panel.links
        }
    }
}
