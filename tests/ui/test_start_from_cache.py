"""Starting from the deck saved at the last run: the same panels, and never stale for more than a moment."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, statement, write_content
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.cache import DeckCache, folder_state
from kiosk.content.loader import load_deck
from kiosk.ui.app import attach_content_watcher, run_kiosk


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", ENGLISH)


def shown_title(root: QQuickItem) -> str:
    """The title on the first page of the window whose content item is `root`."""
    stack = [root]
    while stack:
        item = stack.pop()
        if item.objectName() == "panelPage0":
            title = next(child for child in walk(item) if child.objectName() == "panelTitle")
            return title.property("text")
        stack.extend(item.childItems())
    raise AssertionError("no first page")


def walk(item: QQuickItem):
    yield item
    for child in item.childItems():
        yield from walk(child)


def test_the_second_run_starts_from_the_saved_deck_and_shows_the_same_panels(
    content, run_script, run_logging, run_cache, caplog
) -> None:
    titles: list[str] = []
    from_cache: list[bool] = []

    def look_and_quit() -> None:
        window = next(w for w in QGuiApplication.topLevelWindows() if w.objectName() == "kioskWindow" and w.isVisible())
        titles.append(shown_title(window.contentItem()))
        QTest.keyClick(window, Qt.Key.Key_Escape)

    for _ in range(2):
        caplog.clear()
        run_script([(600, look_and_quit)])
        assert run_kiosk(content, windowed=True, log_folder=run_logging, cache_folder=run_cache) == 0
        from_cache.append(any("starting from the saved copy" in message for message in caplog.messages))
    assert titles == ["One", "One"]
    assert from_cache == [False, True]


def test_a_saved_deck_that_no_longer_matches_the_folder_is_replaced_once_shown(show_kiosk, content, tmp_path, qtbot) -> None:
    """Whatever fooled the cache (a clock set back, a new Markdown), the folder's own deck follows the first frame."""
    stale = load_deck(write_content(tmp_path / "old", {"en/01-one.md": statement("Old words", "Gone.")}))
    cache = DeckCache(tmp_path / "cache")
    cache._save(content, folder_state(content), stale)
    opened = cache.open(content)
    assert opened.from_cache and opened.deck == stale
    kiosk = show_kiosk(opened.deck)
    attach_content_watcher(kiosk, content, load=cache.load, opened=opened)
    assert shown_title(kiosk.window.contentItem()) == "Old words"
    kiosk.window.update()  # the next frame is the first one since the watcher was attached
    qtbot.waitUntil(lambda: shown_title(kiosk.window.contentItem()) == "One", timeout=5000)
    assert cache.cached(content) == load_deck(content)


def test_a_saved_deck_that_still_matches_is_left_on_screen(show_kiosk, content, tmp_path, qtbot) -> None:
    cache = DeckCache(tmp_path / "cache")
    cache.load(content)
    opened = cache.open(content)
    assert opened.from_cache
    kiosk = show_kiosk(opened.deck)
    page = kiosk.current_page()
    reads: list[Path] = []

    def load(folder: Path):
        reads.append(folder)
        return cache.load(folder)

    watcher = attach_content_watcher(kiosk, content, load=load, opened=opened)
    handed_over: list[object] = []
    watcher.deckLoaded.connect(handed_over.append)
    watcher.deckRejected.connect(handed_over.append)
    kiosk.window.update()
    qtbot.waitUntil(lambda: reads == [content], timeout=5000)
    qtbot.wait(100)
    assert handed_over == []
    assert kiosk.current_page() is page


def test_an_edit_saved_while_the_kiosk_starts_is_shown(show_kiosk, content, tmp_path, qtbot) -> None:
    """A sync tool still copying at boot: the folder changes after it was read, before it is watched."""
    cache = DeckCache(tmp_path / "cache")
    opened = cache.open(content)
    assert not opened.from_cache
    write_content(content, {"en/01-one.md": statement("Synced", "Arrived during start-up.")})
    kiosk = show_kiosk(opened.deck)
    attach_content_watcher(kiosk, content, load=cache.load, settle_ms=50, opened=opened)
    assert shown_title(kiosk.window.contentItem()) == "One"
    qtbot.waitUntil(lambda: shown_title(kiosk.window.contentItem()) == "Synced", timeout=5000)
