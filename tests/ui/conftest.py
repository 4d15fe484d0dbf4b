"""Fixtures that show the real kiosk window (the same one `kiosk run` shows) for a test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtQuick  # noqa: F401  (makes QQuickItem properties readable from Python)

from kiosk.content import load_deck
from kiosk.content.model import Deck
from kiosk.ui.app import KioskWindow, build_kiosk
from kiosk.ui.render import page_settled


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

