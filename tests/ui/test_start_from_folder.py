"""`kiosk run` starts from the content folder itself: nothing saved between runs is read, and no edit is missed."""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, run_kiosk_on, statement, write_content
from PySide6.QtCore import QStandardPaths
from PySide6.QtQuick import QQuickItem

from kiosk.content.folder_state import folder_state
from kiosk.content.loader import load_deck
from kiosk.ui.items import find_item
from kiosk.ui.window import attach_content_watcher


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", ENGLISH)


def shown_title(root: QQuickItem) -> str:
    """The title on the first page of the window whose content item is `root`."""
    page = find_item(root, "panelPage0")
    assert page is not None, "no first page"
    return find_item(page, "panelTitle").property("text")


class Planted:
    """Unpickling this makes the folder `marker`: proof that a file from the cache folder ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.mkdir, (str(self.marker),)


def test_a_file_planted_where_older_versions_saved_decks_never_runs(
    content, tmp_path, monkeypatch, qapp, run_script, run_logging
) -> None:
    """Older kiosks saved the deck as a pickle under ~/.cache/kiosk/decks/ and loaded it at start."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    decks = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "decks"
    decks.mkdir(parents=True)
    path = content.absolute()
    marker = tmp_path / "code-ran"
    planted = decks / f"{path.name}-{zlib.crc32(str(path).encode()):08x}.pickle"
    planted.write_bytes(pickle.dumps(Planted(marker)))
    run_script([(300, qapp.quit)])
    assert run_kiosk_on(content, windowed=True, log_folder=run_logging) == 0
    assert not marker.exists()
    assert [file.name for file in decks.iterdir()] == [planted.name]


def test_an_edit_saved_while_the_kiosk_starts_is_shown(show_kiosk, content, qtbot) -> None:
    """A sync tool still copying at boot: the folder changes after it was read, before it is watched."""
    state = folder_state(content)
    deck = load_deck(content)
    write_content(content, {"en/01-one.md": statement("Synced", "Arrived during start-up.")})
    kiosk = show_kiosk(deck)
    attach_content_watcher(kiosk, content, load=load_deck, settle_ms=50, shown_state=state)
    assert shown_title(kiosk.window.contentItem()) == "One"
    qtbot.waitUntil(lambda: shown_title(kiosk.window.contentItem()) == "Synced", timeout=5000)
