"""The admin overlay's import from a USB stick: listed with what `kiosk check` says, imported and undone after
the PIN, and nothing at all before it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from admin_helpers import Recorder, quick_pin_hash, settings
from kiosk_helpers import ENGLISH, FakeClock, statement, tap, write_content
from test_admin import Monotonic, open_overlay, visible
from test_hot_reload_ui import RELOAD_TIMEOUT_MS, SETTLE_MS, shows

from kiosk.content.loader import load_deck
from kiosk.ui.window import KioskWindow, attach_content_watcher


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mounted(tmp_path: Path) -> Path:
    """A fake /media/$USER with two sticks: one with content, one with holiday photos only."""
    media = tmp_path / "media" / "staff"
    write_content(media / "STICK" / "content", {"en/01-one.md": statement("From the stick", "New words.")})
    write_content(media / "PHOTOS" / "holiday", {"beach.txt": "not content"})
    return media


@pytest.fixture
def kiosk(tmp_path: Path, show_kiosk, clock, mounted) -> KioskWindow:
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": settings()})
    shown = show_kiosk(folder, clock=clock, monotonic=Monotonic(), quit=Recorder(), mount_points=lambda: [mounted])
    attach_content_watcher(shown, folder, load=load_deck, settle_ms=SETTLE_MS)
    return shown


def test_the_overlay_lists_a_sticks_content_and_imports_it_after_the_pin(kiosk, mounted, clock, qtbot) -> None:
    stick = mounted / "STICK" / "content"
    kiosk.stick_import.refresh()
    kiosk.stick_import.importFrom(str(stick))
    assert kiosk.stick_import.sticks == [] and not kiosk.stick_import.busy  # no PIN, no look at the stick

    open_overlay(qtbot, kiosk, clock)
    qtbot.waitUntil(lambda: visible(kiosk, "stickImport0"), timeout=5000)
    assert not visible(kiosk, "stickImport1")  # the holiday photos are not content
    assert str(stick) in kiosk.item("stickSummary0").property("text")
    assert "0 error(s)" in kiosk.item("stickSummary0").property("text")

    tap(kiosk.window, kiosk.item("stickImport0"))
    qtbot.waitUntil(lambda: shows(kiosk, "From the stick", "New words."), timeout=RELOAD_TIMEOUT_MS + 5000)
    assert "Imported from" in kiosk.item("stickStatus").property("text")
    kept = tomllib.loads((Path(kiosk.admin.folder) / "kiosk.toml").read_text(encoding="utf-8"))
    assert kept["admin"]["pin_hash"] == quick_pin_hash("2468")

    qtbot.waitUntil(lambda: visible(kiosk, "stickUndo"), timeout=3000)
    tap(kiosk.window, kiosk.item("stickUndo"))
    qtbot.waitUntil(lambda: shows(kiosk, "One", "Panel one."), timeout=RELOAD_TIMEOUT_MS + 5000)


def test_a_stick_whose_content_has_errors_cannot_be_imported(kiosk, mounted, clock, qtbot) -> None:
    write_content(mounted / "STICK" / "content", {"en/02-broken.md": "---\nlayout: nosuch\n---\n"})
    open_overlay(qtbot, kiosk, clock)
    qtbot.waitUntil(lambda: visible(kiosk, "stickImport0"), timeout=5000)
    assert "1 error(s)" in kiosk.item("stickSummary0").property("text")
    assert not kiosk.item("stickImport0").isEnabled()
    assert any("en/02-broken.md:" in item.property("text") for item in kiosk.items() if item.property("text"))
