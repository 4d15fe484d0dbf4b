"""Helpers for driving the real kiosk window: content folders, a fake clock, gestures."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from content_files import write_files as write_content  # noqa: F401  (the UI tests' name for it)
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.content.folder_state import folder_state
from kiosk.content.loader import load_deck
from kiosk.content.model import Deck, Timings
from kiosk.ui.render import page_settled
from kiosk.ui.run import run_kiosk
from kiosk.ui.window import KioskWindow


def run_kiosk_on(folder: Path, **options: Any) -> int:
    """`run_kiosk` in this process on `folder`, read as `kiosk run` reads it: the folder's state, then the deck."""
    shown_state = folder_state(folder)
    return run_kiosk(folder, load_deck(folder), shown_state, **options)


def statement(title: str, message: str) -> str:
    return f"---\nlayout: statement\ntitle: {title}\n---\n{message}\n"


ENGLISH = {
    f"en/0{n}-{name}.md": statement(name.title(), f"Panel {name}.")
    for n, name in enumerate(["one", "two", "three", "four"], start=1)
}
FRENCH = {
    f"fr/0{n}-{name}.md": statement(title, f"Panneau {title.lower()}.")
    for n, (name, title) in enumerate([("one", "Un"), ("two", "Deux"), ("three", "Trois"), ("four", "Quatre")], start=1)
}
ARABIC = {
    f"ar/0{n}-{name}.md": statement(title, f"اللوحة {title}.")
    for n, (name, title) in enumerate(
        [("one", "واحد"), ("two", "اثنان"), ("three", "ثلاثة"), ("four", "أربعة")], start=1
    )
}


def with_timings(deck: Deck, autoplay: float, idle: float, transition_ms: int = 100) -> Deck:
    """The deck with timings shorter than kiosk.toml allows, so tests never wait long."""
    return replace(deck, settings=replace(deck.settings, timings=Timings(autoplay, idle, transition_ms)))


class FakeTimer:
    def __init__(self, clock: FakeClock, callback: Callable[[], None]) -> None:
        self._clock = clock
        self.callback = callback
        self.deadline: float | None = None

    def start(self, seconds: float) -> None:
        self.deadline = self._clock.now + seconds

    def stop(self) -> None:
        self.deadline = None

    @property
    def active(self) -> bool:
        return self.deadline is not None


class FakeClock:
    """Time that only moves when a test says so."""

    def __init__(self) -> None:
        self.now = 0.0
        self.timers: list[FakeTimer] = []

    def single_shot(self, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(self, callback)
        self.timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        """Move time forward, firing every timer that falls due, in order."""
        target = self.now + seconds
        while True:
            due = [t for t in self.timers if t.deadline is not None and t.deadline <= target]
            if not due:
                break
            timer = min(due, key=lambda t: t.deadline)  # type: ignore[arg-type, return-value]
            self.now = timer.deadline  # type: ignore[assignment]
            timer.deadline = None
            timer.callback()
        self.now = target

    @property
    def active_timers(self) -> int:
        return sum(timer.active for timer in self.timers)


def centre(item: QQuickItem) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def tap(window: QQuickWindow, item: QQuickItem) -> None:
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item).toPoint())


def mouse_swipe(window: QQuickWindow, qtbot, view: QQuickItem, towards_left: bool, steps: int = 10) -> None:
    """Drag across 60% of the panel view, as a visitor's finger would with a mouse."""
    start, end = _swipe_ends(view, towards_left)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        next_frame(qtbot, window)
        QTest.mouseMove(window, start + (end - start) * step / steps)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def touch_swipe(
    window: QQuickWindow, qtbot, device: QPointingDevice, view: QQuickItem, towards_left: bool, steps: int = 10
) -> None:
    """The same swipe with a real touch point."""
    start, end = _swipe_ends(view, towards_left)
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, steps + 1):
        next_frame(qtbot, window)
        QTest.touchEvent(window, device).move(0, start + (end - start) * step / steps, window).commit()
    QTest.touchEvent(window, device).release(0, end, window).commit()


def next_frame(qtbot, window: QQuickWindow) -> None:
    """Until the window has drawn one more frame: what the last input set off has had its chance to show.

    A test that checks that something does NOT happen waits for this, not for a guessed time.
    """
    with qtbot.waitSignal(window.frameSwapped, timeout=5000):
        window.update()


def _swipe_ends(view: QQuickItem, towards_left: bool) -> tuple[QPoint, QPoint]:
    middle = centre(view)
    offset = view.width() * 0.3
    left = QPoint(round(middle.x() - offset), round(middle.y()))
    right = QPoint(round(middle.x() + offset), round(middle.y()))
    return (right, left) if towards_left else (left, right)


def wait_settled(qtbot, kiosk: KioskWindow, index: int | None = None) -> None:
    """Wait until the page view has come to rest (on panel `index` when given) and been drawn so: a layout
    that follows from its last change (a picture decoded, a new text size) is done by the next frame."""

    def settled() -> bool:
        return page_settled(kiosk) and (index is None or kiosk.controller.currentIndex == index)

    qtbot.waitUntil(settled, timeout=5000)
    next_frame(qtbot, kiosk.window)
    qtbot.waitUntil(settled, timeout=5000)


class KioskRun:
    """A real `kiosk run` process (the `kiosk` command in a new Python), with a state folder of its own, so a log
    of its own; offscreen unless `env` says otherwise. Use it in a `with`: the process is killed at the end."""

    def __init__(self, state: Path, *arguments: str, env: Mapping[str, str] | None = None) -> None:
        self.log_file = state / "kiosk" / "logs" / "kiosk.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", *arguments],
            env={
                **os.environ,
                "XDG_STATE_HOME": str(state),
                "XDG_DATA_HOME": str(state / "data"),  # its statistics and status file, not the tester's own
                "QT_QPA_PLATFORM": "offscreen",
                **(env or {}),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def __enter__(self) -> KioskRun:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.kill()

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8") if self.log_file.exists() else ""

    def wait_for_log(self, text: str, count: int = 1, seconds: float = 60) -> None:
        """Until the log holds `text` `count` times; fails if the kiosk ends first."""
        deadline = time.monotonic() + seconds
        while self.log().count(text) < count:
            assert self.process.poll() is None, self.process.communicate()[1]
            assert time.monotonic() < deadline, f"the kiosk never logged {text!r} {count} time(s)"
            time.sleep(0.05)

    def wait_for_first_frame(self, seconds: float = 60) -> None:
        self.wait_for_log("first frame", seconds=seconds)

    def stop(self, number: signal.Signals = signal.SIGTERM) -> tuple[int, str]:
        """Send `number` (SIGTERM, as `systemctl stop` does): the exit code and what the kiosk wrote to stderr."""
        self.process.send_signal(number)
        _, err = self.process.communicate(timeout=20)
        return self.process.returncode, err

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
            self.process.communicate()
