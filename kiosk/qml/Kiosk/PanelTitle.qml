import QtQuick
import Kiosk.Bridge

/*
    A panel's title: either a large heading or, for posters, a small accent-coloured
    overline ("eyebrow") in capitals.

    Letter spacing is only added to scripts that stay legible with it: spaced-out
    Arabic or Hebrew would break the joined letter forms.
*/
DisplayText {
    property bool eyebrow: false

    objectName: "panelTitle"
    Accessible.role: eyebrow ? Accessible.StaticText : Accessible.Heading
    color: eyebrow ? Theme.accent : Theme.text
    sizeFactor: eyebrow ? 0.85 : 1.75
    leading: eyebrow ? 1.3 : 1.15
    weight: eyebrow ? Font.DemiBold : Font.Bold
    font.capitalization: eyebrow ? Font.AllUppercase : Font.MixedCase
    font.letterSpacing: eyebrow && !joinedScript ? Theme.unit * 0.12 : 0
}
