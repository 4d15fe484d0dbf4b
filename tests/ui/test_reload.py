"""Hot reload: the kiosk picks up edits once writes settle, and never a half-written deck."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.reload import ContentWatcher

SETTLE_MS = 80


def panel(title: str, body: str = "Some words.") -> str:
    return f"---\nlayout: statement\ntitle: {title}\n---\n{body}\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "en").mkdir(parents=True)
    (content / "en" / "01-vision.md").write_text(panel("Vision"), encoding="utf-8")
    (content / "en" / "02-goal.md").write_text(panel("Goal"), encoding="utf-8")
    return content


@pytest.fixture
def watcher(qtbot, folder: Path) -> ContentWatcher:
    return ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS)


def titles(deck: Deck) -> list[str]:
    return [p.title for p in deck.languages[0].panels]


def test_edit_in_place_is_loaded(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en" / "01-vision.md").write_text(panel("Our vision"), encoding="utf-8")
    assert titles(loaded.args[0]) == ["Our vision", "Goal"]


def test_save_through_a_temporary_file_and_rename_is_loaded(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        temporary = folder / "en" / ".01-vision.md.swp"
        temporary.write_text(panel("Renamed vision"), encoding="utf-8")
        os.replace(temporary, folder / "en" / "01-vision.md")
    assert titles(loaded.args[0]) == ["Renamed vision", "Goal"]


def test_added_and_removed_panels_are_loaded(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en" / "03-values.md").write_text(panel("Values"), encoding="utf-8")
        (folder / "en" / "02-goal.md").unlink()
    assert titles(loaded.args[0]) == ["Vision", "Values"]


def test_a_partial_write_is_not_loaded_until_it_completes(qtbot, watcher, folder):
    """A sync tool writing slowly: the half-written file never reaches the screen."""
    loaded: list[Deck] = []
    rejected: list[Deck] = []
    watcher.deckLoaded.connect(loaded.append)
    watcher.deckRejected.connect(rejected.append)
    target = folder / "en" / "01-vision.md"
    complete = panel("Vision, rewritten", "A world where children are not used in war.")
    with target.open("w", encoding="utf-8") as stream:
        for start in range(0, len(complete), 8):
            stream.write(complete[start : start + 8])
            stream.flush()
            qtbot.wait(SETTLE_MS // 3)
    qtbot.waitUntil(lambda: bool(loaded), timeout=3000)
    assert not rejected
    assert [titles(deck) for deck in loaded] == [["Vision, rewritten", "Goal"]]


def test_a_folder_copied_over_from_a_usb_stick_is_loaded_once(qtbot, watcher, folder, tmp_path):
    stick = tmp_path / "stick"
    (stick / "en").mkdir(parents=True)
    for number in range(1, 6):
        (stick / "en" / f"0{number}-panel.md").write_text(panel(f"Panel {number}"), encoding="utf-8")
    loaded: list[Deck] = []
    watcher.deckLoaded.connect(loaded.append)
    shutil.rmtree(folder / "en")
    shutil.copytree(stick / "en", folder / "en")
    qtbot.waitUntil(lambda: bool(loaded), timeout=3000)
    qtbot.wait(SETTLE_MS * 4)
    assert len(loaded) == 1
    assert titles(loaded[0]) == [f"Panel {n}" for n in range(1, 6)]


def test_content_with_errors_is_rejected_and_reported(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckRejected, timeout=3000) as rejected:
        (folder / "en" / "01-vision.md").write_text("---\nlayout: poster\n---\nText\n", encoding="utf-8")
    deck = rejected.args[0]
    assert [d.path for d in deck.errors] == ["en/01-vision.md"]


def test_nothing_is_reloaded_when_nothing_changed(qtbot, watcher):
    loaded: list[Deck] = []
    watcher.deckLoaded.connect(loaded.append)
    qtbot.wait(SETTLE_MS * 4)
    assert loaded == []


def test_reload_now_loads_at_once(qtbot, watcher):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=1000) as loaded:
        watcher.reload_now()
    assert titles(loaded.args[0]) == ["Vision", "Goal"]


def test_a_content_folder_deleted_then_copied_in_again_is_loaded(qtbot, watcher, folder, tmp_path):
    """A file manager's "replace", or staff deleting the folder and copying a new one from a USB stick."""
    rejected: list[Deck] = []
    watcher.deckRejected.connect(rejected.append)
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: bool(rejected), timeout=3000)  # no folder: reported, the last good deck stays
    qtbot.wait(SETTLE_MS * 4)
    stick = tmp_path / "stick"
    (stick / "en").mkdir(parents=True)
    (stick / "en" / "01-welcome.md").write_text(panel("Welcome"), encoding="utf-8")
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        shutil.copytree(stick, folder)
    assert titles(loaded.args[0]) == ["Welcome"]


def test_a_content_folder_missing_at_start_is_loaded_when_it_appears(qtbot, tmp_path):
    """The kiosk starts before the USB stick or network share with the content is there."""
    folder = tmp_path / "share" / "content"
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS)
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en").mkdir(parents=True)
        (folder / "en" / "01-vision.md").write_text(panel("Vision"), encoding="utf-8")
    assert titles(loaded.args[0]) == ["Vision"]
