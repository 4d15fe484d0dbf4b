"""A locked kiosk that the window manager minimised, un-fullscreened or put behind something comes back.

On a desktop session the window manager has the last word over windows: Alt+Space
opens its window menu, and once the kiosk is minimised (from that menu, or by a
tool) nothing on a touch screen brings it back, and touches reach the desktop. So a
full-screen kiosk watches its own window and undoes what the window manager did, at
once. Qt's signals say when that happens (Qt hears it from the window manager), so
nothing polls: at idle this costs nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)


#: How soon the kiosk comes back: at once for a person, and a bound on how often it tries
#: should a window manager insist (each change it makes starts the timer at most once).
RESTORE_AFTER_MS = 100


def keep_in_front(window: QQuickWindow) -> None:
    """From now on, put `window` back full screen and on top whenever the window manager changes that.

    Minimised, or no longer full screen: shown full screen again, raised and activated.
    Put behind another window: raised again, without taking the keyboard from it, so that
    two kiosks on two screens never take turns at it. A window closed on purpose (the
    admin overlay's exit) is left closed.
    """

    def restore() -> None:
        if not window.isVisible():
            return
        if window.windowState() != Qt.WindowState.WindowFullScreen:
            log.info("the kiosk was minimised or taken out of full screen; putting it back")
            window.showFullScreen()
            window.requestActivate()
        window.raise_()

    timer = QTimer(window, singleShot=True, interval=RESTORE_AFTER_MS)
    timer.timeout.connect(restore)

    def restore_soon(*_changed: object) -> None:
        if not timer.isActive():
            timer.start()

    window.windowStateChanged.connect(restore_soon)
    window.visibilityChanged.connect(restore_soon)
    window.activeChanged.connect(lambda: None if window.isActive() else restore_soon())
