"""Random hostile content folders: reading one never raises, never hangs, never reaches outside the folder.

The folders come from tests/hostile_content.py: Markdown, front matter, kiosk.toml and SVG
bytes that try every way to name a file outside the folder, plus symbolic links out of it.
"""

from __future__ import annotations

import faulthandler
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from content_helpers import JARGON
from hostile_content import HostileFolder, guarded, hostile_folders
from hypothesis import HealthCheck, given, settings

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck, ImageRef, RichText

#: Longest a folder of a few small files may take to read: far above the usual 10-50 ms.
SECONDS_PER_FOLDER = 5.0
#: A read that never returns (a blocking file, a parser in a loop) ends the test run with a traceback.
HANG_BACKSTOP_SECONDS = 60
#: A picture in the HTML (text that merely reads `<img src=...>` is escaped, so never matches).
_SOURCE = re.compile(r'<img\b[^>]*\bsrc="([^"]*)"')


def _pictures(deck: Deck) -> Iterator[ImageRef]:
    if deck.settings.theme.logo is not None:
        yield deck.settings.theme.logo
    for language in deck.languages:
        for panel in language.panels:
            yield from (image for image in (panel.image,) if image is not None)
            yield from (event.image for event in panel.events if event.image is not None)
            yield from (card.icon for card in panel.cards if card.icon is not None)


def _rich_texts(deck: Deck) -> Iterator[RichText]:
    for language in deck.languages:
        for panel in language.panels:
            yield panel.intro
            if panel.statement is not None:
                yield panel.statement.supporting
            yield from (event.body for event in panel.events)
            yield from (card.body for card in panel.cards)


def files_the_screen_would_show(deck: Deck) -> list[Path]:
    """Every file the deck hands to Qt: pictures, pictures inside rich text, the font."""
    files = [image.path for image in _pictures(deck) if image.path is not None]
    for text in _rich_texts(deck):
        for source in _SOURCE.findall(text.html):
            parts = urlsplit(source)
            assert parts.scheme == "file", f"rich text names a non-file picture: {source}"
            files.append(Path(unquote(parts.path)))
    if deck.settings.theme.font is not None:
        files.append(deck.settings.theme.font)
    return files


def read_hostile(folder: HostileFolder) -> None:
    base = Path(tempfile.mkdtemp())
    faulthandler.dump_traceback_later(HANG_BACKSTOP_SECONDS, exit=True)
    try:
        content = folder.write(base)
        started = time.monotonic()
        with guarded(content) as guard:
            deck = load_deck(content)
        elapsed = time.monotonic() - started
    finally:
        faulthandler.cancel_dump_traceback_later()
        shutil.rmtree(base)
    assert elapsed < SECONDS_PER_FOLDER, f"reading the folder took {elapsed:.1f} s"
    assert guard.outside == [], f"files outside the content folder were opened: {guard.outside}"
    assert guard.forbidden == [], f"the loader did what content must never make it do: {guard.forbidden}"
    for diagnostic in deck.diagnostics:
        assert diagnostic.line >= 1 and diagnostic.message
        assert "problem in the kiosk itself" not in diagnostic.message, diagnostic.format()
        assert not JARGON.search(diagnostic.message), diagnostic.format()
    root = content.resolve()
    for file in files_the_screen_would_show(deck):
        assert file.resolve().is_relative_to(root), f"the deck shows {file}, outside the content folder"


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(folder=hostile_folders)
def test_a_hostile_folder_is_read_safely(folder: HostileFolder) -> None:
    read_hostile(folder)


def test_the_guard_sees_a_file_opened_outside_the_folder(tmp_path: Path) -> None:
    """The check above can fail: opening the secret beside the folder is recorded."""
    (tmp_path / "content").mkdir()
    (tmp_path / "secret.txt").write_text("x", encoding="utf-8")
    with guarded(tmp_path / "content") as guard:
        (tmp_path / "secret.txt").read_text(encoding="utf-8")
    assert guard.outside == [str(tmp_path / "secret.txt")]
