.pragma library

/*
    The keys of a control a visitor reaches with Tab (see kiosk/ui/input.py for which keys it gets):
    Enter, Return and Space press it; in a row of buttons (`takesArrows`), the arrows move the focus
    to the control before or after it among its siblings, following the screen: in a mirrored
    (right-to-left) row, Right goes back. Up and Down go back and on in any row.
*/

/// Handle `event` for `control`: `activate` presses it. `mirrored` is its LayoutMirroring.enabled.
function handle(control, event, activate, mirrored) {
    switch (event.key) {
    case Qt.Key_Return:
    case Qt.Key_Enter:
    case Qt.Key_Space:
        if (!event.isAutoRepeat)
            activate()
        event.accepted = true
        return
    case Qt.Key_Left:
    case Qt.Key_Right:
    case Qt.Key_Up:
    case Qt.Key_Down:
        if (!control.takesArrows)
            return
        const forward = event.key === Qt.Key_Down || (event.key === Qt.Key_Right) !== mirrored
        const next = control.nextItemInFocusChain(forward)
        if (next && next.parent === control.parent)  // at the end of its row, focus stays
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
        return
    }
}
