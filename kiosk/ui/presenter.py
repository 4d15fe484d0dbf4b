"""Presenter mode: the keys a presenter's clicker sends, the blanked screen, stepping through long panels.

A talk, not a kiosk for visitors: `kiosk run --presenter` (or `[presenter] enabled` in
kiosk.toml) builds the window with no attract loop, and hands the keys to a
`PresenterController` instead of the visitor's key map (`KioskInput` is given one or
not, once, when it is made). Clickers send PageDown/PageUp or the arrows, some send B
or period to black the screen; a number then Enter jumps to that panel.

A timeline or cards panel longer than the screen is walked through before the next
panel: its view reports how many stops (scroll positions, one per row of events or
cards that was not yet in full view) it has (`setStopCount`), and `stop` says which one
to show; going back into such a panel arrives at its last stop. The presenter view
(`presenter_view.py`) reads the same controller: elapsed time and the wall clock tick here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.attract import Clock, QtClock
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)
from kiosk.ui.controller import KioskController
from kiosk.ui.models import panel_to_qml

_FORWARD = frozenset({Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down})
_BACK = frozenset({Qt.Key.Key_PageUp, Qt.Key.Key_Up})
_BLACK = frozenset({Qt.Key.Key_B, Qt.Key.Key_Period})
_WHITE = frozenset({Qt.Key.Key_W})
_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_DIGITS: dict[int, str] = {getattr(Qt.Key, f"Key_{n}"): str(n) for n in range(10)}
#: How often the presenter view's clocks move on.
TICK_SECONDS = 1.0


def clock_text(seconds: float) -> str:
    """Elapsed time as a presenter reads it at a glance: "4:07", "1:02:03" past an hour."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@QmlElement
@QmlUncreatable("made by the kiosk window in presenter mode")
class PresenterController(QObject):
    """The presenter's keys and state over one KioskController, for the audience window and the presenter view.

    `clock` times the pointer hiding and the clocks' tick, `monotonic` measures the elapsed
    time and `wall` gives the time of day: tests pass fake ones and never sleep.
    """

    stopChanged = Signal()
    coverChanged = Signal()
    typedChanged = Signal()
    tick = Signal()
    pointerShownChanged = Signal()
    #: The panel on the audience screen, or the list of panels, changed: the presenter view follows.
    panelChanged = Signal()

    def __init__(
        self,
        controller: KioskController,
        *,
        pointer_seconds: float,
        clock: Clock | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._stop = 0
        self._stop_counts: dict[int, int] = {}
        self._cover = ""
        self._typed = ""
        self._monotonic = monotonic
        self._wall = wall
        self._started = monotonic()
        self._pointer_seconds = pointer_seconds
        self._pointer_shown = False
        clock = clock or QtClock(self)
        self._pointer_timer = clock.single_shot(self._hide_pointer)
        self._ticker = clock.single_shot(self._on_tick)
        self._ticker.start(TICK_SECONDS)
        controller.currentIndexChanged.connect(self._panel_changed)
        controller.panelsReset.connect(self._stop_counts.clear)
        controller.panelsReset.connect(self.panelChanged)

    # -- keys ------------------------------------------------------------------------

    def key(self, key: int, auto_repeat: bool) -> bool:
        """Handle one key press; True when it was the presenter's (and must not reach anything else)."""
        if self._cover:
            self._set_cover("")  # any key brings the screen back, and does nothing else
            return True
        if key in _DIGITS:
            self._set_typed(self._typed + _DIGITS[key] if len(self._typed) < 4 else self._typed)
            return True
        typed, jump = self._typed, key in _ENTER
        self._set_typed("")
        if jump:
            if typed:
                self._go_to_panel(int(typed) - 1)
            return True
        if key in _BLACK or key in _WHITE:
            self._set_cover("black" if key in _BLACK else "white")
            return True
        action = self._action(key)
        if action is None:
            return False
        if not auto_repeat:  # a held clicker button moves one step, it does not race through the talk
            action()
        return True

    def _action(self, key: int) -> Callable[[], None] | None:
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            # Arrows follow the screen: in a right-to-left language the next panel is on the left.
            return self.next if (key == Qt.Key.Key_Right) != self._controller.rightToLeft else self.previous
        if key in _FORWARD:
            return self.next
        if key in _BACK:
            return self.previous
        if key == Qt.Key.Key_Home:
            return lambda: self._go_to_panel(0)
        if key == Qt.Key.Key_End:
            return lambda: self._go_to_panel(self._controller.count - 1)
        return None

    # -- stepping ---------------------------------------------------------------------

    @Slot()
    def next(self) -> None:
        """The next stop of this panel, or the next panel (at its first stop)."""
        if self._stop + 1 < self._stop_count(self._controller.currentIndex):
            self._set_stop(self._stop + 1)
        else:
            self._go_to_panel(self._controller.currentIndex + 1)

    @Slot()
    def previous(self) -> None:
        """The previous stop of this panel, or the previous panel at its last stop."""
        if self._stop > 0:
            self._set_stop(self._stop - 1)
            return
        index = self._controller.currentIndex
        if index > 0:
            self._controller.goTo(index - 1)
            self._set_stop(self._stop_count(index - 1) - 1)

    @Slot(int, int)
    def setStopCount(self, index: int, count: int) -> None:
        """Panel `index`'s view has `count` stops at the window's size (at least 1)."""
        count = max(1, count)
        self._stop_counts[index] = count
        if index == self._controller.currentIndex and self._stop >= count:
            self._set_stop(count - 1)

    def _stop_count(self, index: int) -> int:
        return self._stop_counts.get(index, 1)

    def _go_to_panel(self, index: int) -> None:
        self._controller.goTo(index)
        self._set_stop(0)

    def _panel_changed(self) -> None:
        self._set_stop(0)
        self.panelChanged.emit()

    def _set_stop(self, stop: int) -> None:
        if stop != self._stop:
            self._stop = stop
            self.stopChanged.emit()

    # -- the screen cover and the typed number ---------------------------------------------

    def _set_cover(self, cover: str) -> None:
        if cover != self._cover:
            self._cover = cover
            self.coverChanged.emit()

    def _set_typed(self, typed: str) -> None:
        if typed != self._typed:
            self._typed = typed
            self.typedChanged.emit()

    # -- the pointer ------------------------------------------------------------------------

    def pointer_moved(self) -> None:
        """The mouse moved: show its pointer until it has been still for `pointer_seconds`."""
        self._pointer_timer.start(self._pointer_seconds)
        if not self._pointer_shown:
            self._pointer_shown = True
            self.pointerShownChanged.emit()

    def _hide_pointer(self) -> None:
        if self._pointer_shown:
            self._pointer_shown = False
            self.pointerShownChanged.emit()

    # -- the clocks -------------------------------------------------------------------------

    @Slot()
    def resetElapsed(self) -> None:
        """Start the talk's stopwatch again (a click on it in the presenter view)."""
        self._started = self._monotonic()
        self.tick.emit()

    def _on_tick(self) -> None:
        self.tick.emit()
        self._ticker.start(TICK_SECONDS)

    def stop_ticking(self) -> None:
        """Stop every timer: the kiosk is shutting down."""
        self._ticker.stop()
        self._pointer_timer.stop()

    # -- properties for QML -----------------------------------------------------------------

    def _get_stop(self) -> int:
        return self._stop

    def _get_cover(self) -> str:
        return self._cover

    def _get_typed(self) -> str:
        return self._typed

    def _get_elapsed(self) -> str:
        return clock_text(self._monotonic() - self._started)

    def _get_wall_clock(self) -> str:
        return self._wall().strftime("%H:%M")

    def _get_pointer_shown(self) -> bool:
        return self._pointer_shown

    def _panel_at(self, offset: int) -> dict[str, object]:
        panels = self._controller.panel_model.panels
        index = self._controller.currentIndex + offset
        return panel_to_qml(panels[index]) if 0 <= index < len(panels) else {}

    def _get_current_panel(self) -> dict[str, object]:
        return self._panel_at(0)

    def _get_next_panel(self) -> dict[str, object]:
        return self._panel_at(1)

    def _get_notes_html(self) -> str:
        panels = self._controller.panel_model.panels
        index = self._controller.currentIndex
        return panels[index].notes.html if 0 <= index < len(panels) else ""

    def _get_position(self) -> str:
        count = self._controller.count
        return f"{self._controller.currentIndex + 1} / {count}" if count else ""

    stop = Property(int, _get_stop, notify=stopChanged)
    #: "", "black" or "white": what covers the audience screen.
    cover = Property(str, _get_cover, notify=coverChanged)
    #: The digits typed so far, waiting for Enter.
    typedNumber = Property(str, _get_typed, notify=typedChanged)
    elapsed = Property(str, _get_elapsed, notify=tick)
    wallClock = Property(str, _get_wall_clock, notify=tick)
    pointerShown = Property(bool, _get_pointer_shown, notify=pointerShownChanged)
    #: For the presenter view: the panel on the audience screen and the next one (as the panel views
    #: read them; an empty map after the last), its speaker notes, and "3 / 8".
    currentPanel = Property(dict, _get_current_panel, notify=panelChanged)
    nextPanel = Property(dict, _get_next_panel, notify=panelChanged)
    notesHtml = Property(str, _get_notes_html, notify=panelChanged)
    position = Property(str, _get_position, notify=panelChanged)
