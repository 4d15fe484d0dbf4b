"""The saved deck: given back only while the content folder and the kiosk are exactly as they were."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from content_helpers import png_bytes, write

import kiosk.content.cache
from kiosk.content.cache import DeckCache
from kiosk.content.loader import load_deck
from kiosk.locations import bundled_content_dir

PANEL = "---\nlayout: statement\ntitle: Vision\n---\nA world without child soldiers.\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write(tmp_path / "content", {"en/01-vision.md": PANEL, "media/logo.png": png_bytes(40, 20)})


@pytest.fixture
def cache(tmp_path: Path) -> DeckCache:
    return DeckCache(tmp_path / "cache")


def title(deck) -> str:
    return deck.languages[0].panels[0].title


def test_nothing_is_given_back_before_the_folder_was_read(cache, content) -> None:
    assert cache.cached(content) is None
    deck, from_cache, _ = cache.open(content)
    assert not from_cache
    assert title(deck) == "Vision"


def test_the_deck_read_last_is_given_back_while_nothing_changed(cache, content) -> None:
    loaded = cache.load(content)
    deck, from_cache, _ = cache.open(content)
    assert from_cache
    assert deck == loaded == load_deck(content)


def test_the_bundled_content_comes_back_equal_to_a_fresh_load(cache) -> None:
    """The kiosk compares the saved deck with a fresh load after start-up: equal must mean equal."""
    cache.load(bundled_content_dir())
    assert cache.cached(bundled_content_dir()) == load_deck(bundled_content_dir())


def test_an_edited_panel_is_read_again(cache, content) -> None:
    cache.load(content)
    (content / "en" / "01-vision.md").write_text(PANEL.replace("Vision", "Future"), encoding="utf-8")
    assert cache.cached(content) is None
    deck, from_cache, _ = cache.open(content)
    assert (title(deck), from_cache) == ("Future", False)


def test_an_edit_that_keeps_the_size_and_puts_the_old_time_back_is_noticed(cache, content) -> None:
    """What `cp -p` or rsync do: same size, same modification time, different words."""
    panel = content / "en" / "01-vision.md"
    before = panel.stat()
    cache.load(content)
    panel.write_text(PANEL.replace("Vision", "Vizion"), encoding="utf-8")
    os.utime(panel, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert panel.stat().st_size == before.st_size and panel.stat().st_mtime_ns == before.st_mtime_ns
    assert cache.cached(content) is None


def test_a_new_panel_is_noticed(cache, content) -> None:
    cache.load(content)
    (content / "en" / "02-goal.md").write_text("# Goal\n\nEvery child free.\n", encoding="utf-8")
    assert cache.cached(content) is None


def test_a_removed_panel_is_noticed(cache, content) -> None:
    (content / "en" / "02-goal.md").write_text("# Goal\n\nEvery child free.\n", encoding="utf-8")
    cache.load(content)
    (content / "en" / "02-goal.md").unlink()
    assert cache.cached(content) is None


def test_a_replaced_picture_is_noticed(cache, content) -> None:
    cache.load(content)
    (content / "media" / "logo.png").write_bytes(png_bytes(400, 200))
    assert cache.cached(content) is None


def test_a_deck_saved_by_another_version_of_the_kiosk_is_not_used(cache, content, monkeypatch) -> None:
    cache.load(content)
    monkeypatch.setattr(kiosk.content.cache, "__version__", "999.0")
    assert cache.cached(content) is None


def test_each_content_folder_has_its_own_saved_deck(cache, content, tmp_path) -> None:
    other = write(tmp_path / "other", {"en/01-goal.md": "# Goal\n\nEvery child free.\n"})
    cache.load(content)
    cache.load(other)
    assert title(cache.cached(content)) == "Vision"
    assert title(cache.cached(other)) == "Goal"


def test_a_deck_with_errors_comes_back_with_the_same_diagnostics(cache, content) -> None:
    (content / "en" / "02-broken.md").write_text("---\nlayout: carousel\n---\nText.\n", encoding="utf-8")
    loaded = cache.load(content)
    assert loaded.errors
    assert cache.cached(content).diagnostics == loaded.diagnostics


def test_a_damaged_saved_deck_is_ignored_and_replaced(cache, content) -> None:
    cache.load(content)
    cache.file(content).write_bytes(b"\x80\x05 not a deck")
    assert cache.cached(content) is None
    deck, from_cache, _ = cache.open(content)
    assert (title(deck), from_cache) == ("Vision", False)
    assert cache.cached(content) == deck


def test_a_cache_folder_that_cannot_be_written_only_costs_the_saving(tmp_path, content) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = DeckCache(blocked)
    deck, from_cache, _ = cache.open(content)
    assert (title(deck), from_cache) == ("Vision", False)
    assert cache.cached(content) is None
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_a_missing_content_folder_is_reported_as_when_read_directly(cache, tmp_path) -> None:
    deck = cache.load(tmp_path / "missing")
    assert deck.diagnostics == load_deck(tmp_path / "missing").diagnostics
    assert "does not exist" in deck.errors[0].message


def test_the_same_folder_named_relatively_or_absolutely_shares_its_saved_deck(cache, content, monkeypatch) -> None:
    """`kiosk run content` from its parent folder and the autostart's absolute path are one kiosk."""
    cache.load(content)
    monkeypatch.chdir(content.parent)
    assert cache.cached(Path(content.name)) == load_deck(content)


def test_a_folder_with_a_long_name_in_a_wide_script_gets_its_deck_saved(cache, tmp_path) -> None:
    """File names are limited in bytes, not letters: 62 emoji are 248 bytes."""
    content = write(tmp_path / ("\U0001f30d" * 62), {"en/01-vision.md": PANEL})
    cache.load(content)
    assert cache.cached(content) == load_deck(content)


def test_a_deck_that_cannot_be_saved_is_still_shown(cache, content, monkeypatch) -> None:
    """Whatever goes wrong while saving (here: a Python embedded without a program path) costs only the saving."""
    monkeypatch.setattr(sys, "executable", None)
    deck, from_cache, _ = cache.open(content)
    assert (title(deck), from_cache) == ("Vision", False)
    assert cache.cached(content) is None
