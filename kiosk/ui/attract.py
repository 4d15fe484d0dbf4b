"""The attract loop: what the kiosk does when nobody is using it.

At start, and after `idle` seconds without input, the panels advance by
themselves every `autoplay` seconds, looping, from the first panel in the default
language. The first input only wakes the kiosk. Outside the loop the single idle
timer is the only one running, so a static panel costs nothing.

The loop is given its clock, so tests drive it with a fake clock, or with real
short timings, without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from kiosk.content.model import Timings


class Timer(Protocol):
    """A single-shot timer that calls back once, `seconds` after its last start."""

    def start(self, seconds: float) -> None: ...

    def stop(self) -> None: ...

    @property
    def active(self) -> bool: ...


class Clock(Protocol):
    """Makes timers; the default uses QTimer, tests may pass their own."""

    def single_shot(self, callback: Callable[[], None]) -> Timer: ...


class _QtTimer:
    def __init__(self, callback: Callable[[], None], parent: QObject | None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(callback)

    def start(self, seconds: float) -> None:
        self._timer.start(max(0, round(seconds * 1000)))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()


class QtClock:
    """Real time, from the Qt event loop. Timers live as long as `parent`."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent

    def single_shot(self, callback: Callable[[], None]) -> Timer:
        return _QtTimer(callback, self._parent)


class AttractLoop:
    """Switches between attracting (autoplay) and visiting (idle countdown).

    `resume` puts the kiosk back to its welcome state (default language, first
    panel); `advance` shows the next panel, wrapping at the end; `changed` is told
    whether the loop is now running.
    """

    def __init__(
        self,
        timings: Timings,
        clock: Clock,
        *,
        resume: Callable[[], None],
        advance: Callable[[], None],
        changed: Callable[[bool], None],
    ) -> None:
        self._timings = timings
        self._resume = resume
        self._advance = advance
        self._changed = changed
        self._autoplay = clock.single_shot(self._on_autoplay)
        self._idle = clock.single_shot(self.start)
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def set_timings(self, timings: Timings) -> None:
        """New timings apply from the next tick or input."""
        self._timings = timings

    def start(self) -> None:
        """Begin attracting, then go back to the welcome state and autoplay.

        Announced first, so that the way back to the first panel is already the
        loop's, not the visitor's (kiosk.ui.visits counts only a visitor's panels).
        """
        self._idle.stop()
        if not self._active:
            self._active = True
            self._changed(True)
        self._resume()
        self._autoplay.start(self._timings.autoplay_seconds)

    def stop(self) -> None:
        """Stop every timer, e.g. when rendering or shutting down."""
        self._autoplay.stop()
        self._idle.stop()
        if self._active:
            self._active = False
            self._changed(False)

    def input(self) -> bool:
        """A visitor did something. Returns True when it only woke the kiosk (swallow it)."""
        self._idle.start(self._timings.idle_seconds)
        if not self._active:
            return False
        self._autoplay.stop()
        self._active = False
        self._changed(False)
        return True

    def _on_autoplay(self) -> None:
        if self._active:
            self._advance()
            self._autoplay.start(self._timings.autoplay_seconds)
