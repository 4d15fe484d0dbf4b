"""`kiosk import` while a kiosk runs: the kiosk shows the new deck after one reload, and the old one after undo."""

from __future__ import annotations

from pathlib import Path

from kiosk_helpers import statement, write_content
from test_hot_reload_ui import RELOAD_TIMEOUT_MS, SETTLE_MS, shows

from kiosk.content.loader import load_deck
from kiosk.importing import import_content, undo_import
from kiosk.ui.window import attach_content_watcher


def test_an_import_is_shown_after_one_reload_and_undone(show_kiosk, tmp_path: Path, qtbot) -> None:
    folder = write_content(tmp_path / "content", {"en/01-one.md": statement("Old", "The old content.")})
    stick = write_content(tmp_path / "stick", {"en/01-one.md": statement("New", "From the stick.")})
    kiosk = show_kiosk(folder)
    watcher = attach_content_watcher(kiosk, folder, load=load_deck, settle_ms=SETTLE_MS)
    reloads: list[object] = []
    watcher.deckLoaded.connect(reloads.append)
    assert shows(kiosk, "Old", "The old content.")

    assert import_content(stick, folder).imported
    qtbot.waitUntil(lambda: shows(kiosk, "New", "From the stick."), timeout=RELOAD_TIMEOUT_MS)
    qtbot.wait(SETTLE_MS * 6)  # enough for a second reload, had the swap made two changes
    assert len(reloads) == 1

    undo_import(folder)
    qtbot.waitUntil(lambda: shows(kiosk, "Old", "The old content."), timeout=RELOAD_TIMEOUT_MS)
    qtbot.wait(SETTLE_MS * 6)
    assert len(reloads) == 2
