"""Every input, in one place: touch, mouse and keys go through `KioskInput` before QML sees them.

It tells the controller about each input (which may wake the kiosk from its
attract loop: the whole waking gesture is then swallowed, so the first touch
never also swipes or presses a button) and turns keys into navigation: arrows,
the PageUp/PageDown that presenter clickers send, Space, Home/End and 1-9.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.ui.controller import KioskController

Action = Callable[[KioskController], None]

_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
_MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
_RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})

_KEYS: dict[int, Action] = {
    Qt.Key.Key_PageDown: KioskController.next,
    Qt.Key.Key_Space: KioskController.next,
    Qt.Key.Key_PageUp: KioskController.previous,
    Qt.Key.Key_Home: KioskController.first,
    Qt.Key.Key_End: KioskController.last,
}


def key_action(key: int, right_to_left: bool) -> Action | None:
    """What a key does. Arrows follow the screen: in a right-to-left language the next panel is on the left."""
    if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        forward = (key == Qt.Key.Key_Right) != right_to_left
        return KioskController.next if forward else KioskController.previous
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        number = key - Qt.Key.Key_1
        return lambda controller: controller.goTo(number)
    return _KEYS.get(key)


class KioskInput(QObject):
    """An event filter for the kiosk window. `quit` is called on Escape when given (windowed mode)."""

    def __init__(
        self,
        controller: KioskController,
        quit: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._quit = quit
        self._swallowing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if kind in _PRESSES:
            self._swallowing = self._controller.userInput()
            return self._swallow(event) if self._swallowing else False
        if kind in _MOVES or kind in _RELEASES:
            if self._swallowing:
                self._swallowing = kind not in _RELEASES
                return self._swallow(event)
            if kind in _RELEASES or _pressed(event):
                self._controller.userInput()
            return False
        if kind == QEvent.Type.Wheel:
            return self._swallow(event) if self._controller.userInput() else False
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and self._quit is not None:
            self._quit()
            return True
        if self._controller.userInput():
            return self._swallow(event)
        action = key_action(event.key(), self._controller.rightToLeft)
        if action is None:
            return False
        if not event.isAutoRepeat():  # a held key moves one panel, it does not race through the deck
            action(self._controller)
        return True

    @staticmethod
    def _swallow(event: QEvent) -> bool:
        event.accept()
        return True


def _pressed(event: QEvent) -> bool:
    """A move that is part of a gesture (a button or finger down), not a hovering mouse."""
    if event.type() == QEvent.Type.MouseMove:
        return event.buttons() != Qt.MouseButton.NoButton  # type: ignore[attr-defined]
    return True

