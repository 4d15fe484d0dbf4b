"""The Theme singleton: every window reads the theme its own deck's settings made."""

from __future__ import annotations

from pathlib import Path

from kiosk_helpers import ENGLISH, write_content
from PySide6.QtGui import QColor

from kiosk.content.loader import load_deck


def test_two_windows_each_paint_their_own_decks_theme(show_kiosk, tmp_path: Path) -> None:
    """QML engines are per window: one deck's colours never leak into the other's window."""
    red = write_content(tmp_path / "red", {**ENGLISH, "kiosk.toml": '[theme]\nbackground = "#400000"\n'})
    blue = write_content(tmp_path / "blue", {**ENGLISH, "kiosk.toml": '[theme]\nbackground = "#000040"\n'})

    red_kiosk = show_kiosk(red)
    blue_kiosk = show_kiosk(blue)

    assert red_kiosk.window.color() == QColor("#400000")
    assert blue_kiosk.window.color() == QColor("#000040")


def test_a_reloaded_deck_repaints_the_window_in_its_theme(show_kiosk, tmp_path: Path, qtbot) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", ENGLISH))
    changed = write_content(tmp_path / "changed", {**ENGLISH, "kiosk.toml": '[theme]\nbackground = "#003300"\n'})

    kiosk.show_deck(load_deck(changed))

    qtbot.waitUntil(lambda: kiosk.window.color() == QColor("#003300"))
