"""Fixtures that show the real kiosk window (the same one `kiosk run` shows) for a test."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtQuick  # noqa: F401  (makes QQuickItem properties readable from Python)
from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.render import page_settled
from kiosk.ui.window import KioskWindow, build_kiosk


@pytest.fixture
def show_kiosk(qtbot) -> Iterator:
    """show_kiosk(folder_or_deck, size=..., **build_kiosk options) -> a shown, settled KioskWindow."""
    shown: list[KioskWindow] = []

    def show(content: Path | Deck, size: tuple[int, int] = (1280, 800), **options) -> KioskWindow:
        deck = load_deck(content) if isinstance(content, Path) else content
        options.setdefault("attract", False)
        kiosk = build_kiosk(deck, size=size, **options)
        shown.append(kiosk)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.window.contentItem().width() == size[0], timeout=5000)
        if kiosk.controller.count:
            qtbot.waitUntil(lambda: page_settled(kiosk), timeout=5000)
        return kiosk

    yield show
    for kiosk in shown:
        kiosk.close()


@pytest.fixture
def run_logging(tmp_path: Path) -> Iterator[Path]:
    """A log folder for `run_kiosk`, which sets up logging for the whole process: undone after the test."""
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield tmp_path / "logs"
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook = hook


@pytest.fixture
def run_script(qapp) -> Iterator[Callable[[list[tuple[int, Callable[[], None]]]], None]]:
    """run_script([(ms, step), ...]) schedules steps for the next event loop, with a safety net that
    ends the loop; whatever has not fired is stopped after the test, so it never reaches another one."""
    timers: list[QTimer] = []

    def schedule(steps: list[tuple[int, Callable[[], None]]]) -> None:
        for at, step in [*steps, (10_000, lambda: QCoreApplication.exit(99))]:
            timer = QTimer(singleShot=True, interval=at)
            timer.timeout.connect(step)
            timer.start()
            timers.append(timer)

    yield schedule
    for timer in timers:
        timer.stop()
