"""Content files that are not normal files (named pipes, devices, links out), too large, or empty.

Each load runs against a time limit: a regression that waits on a named pipe fails
within seconds instead of hanging the test run.
"""

from __future__ import annotations

import contextlib
import os
import resource
import stat
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from content_helpers import SVG, only, png_bytes, write

from kiosk.content.files import PANEL_LIMIT, TEXT_LIMIT, NotAFile, read_content_file
from kiosk.content.loader import load_deck
from kiosk.content.model import Deck, Settings, Severity

LOAD_WITHIN_S = 10
CHECK_WITHIN_S = 30
CHECK_MEMORY_BYTES = 2 * 1024**3
PANELS = {"en/01-a.md": "# One\n\nFirst.\n", "en/02-b.md": "# Two\n\nSecond.\n"}
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/zero are POSIX")


def _release_pipes(folder: Path) -> None:
    """Open the writing end of every named pipe under `folder`, so that a reader waiting on one goes on."""
    for path in folder.rglob("*"):
        if stat.S_ISFIFO(path.lstat().st_mode):
            with contextlib.suppress(OSError):
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def load_within(folder: Path) -> Deck:
    """load_deck(folder), failing instead of hanging when it takes longer than LOAD_WITHIN_S."""
    decks: list[Deck] = []
    worker = threading.Thread(target=lambda: decks.append(load_deck(folder)), daemon=True)
    worker.start()
    worker.join(LOAD_WITHIN_S)
    if worker.is_alive():
        _release_pipes(folder)
        worker.join(LOAD_WITHIN_S)
        pytest.fail(f"loading the folder took longer than {LOAD_WITHIN_S} s: it waited on a named pipe")
    assert decks, "load_deck raised"
    return decks[0]


def kiosk_check(folder: Path) -> subprocess.CompletedProcess[str]:
    """`kiosk check folder` in a subprocess with a time and a memory limit (a read without end hits the latter)."""

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CHECK_MEMORY_BYTES, CHECK_MEMORY_BYTES))

    return subprocess.run(
        [sys.executable, "-m", "kiosk", "check", str(folder)],
        capture_output=True,
        text=True,
        timeout=CHECK_WITHIN_S,
        preexec_fn=limit_memory,
    )


def panel_keys(deck: Deck) -> list[str]:
    return [panel.key for panel in deck.languages[0].panels]


def error(deck: Deck, path: str, *phrases: str) -> None:
    diagnostic = only(deck, path)
    assert (diagnostic.severity, diagnostic.line) == (Severity.ERROR, 1), diagnostic.format()
    for phrase in phrases:
        assert phrase in diagnostic.message, diagnostic.format()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write(tmp_path / "content", PANELS)


def test_a_kiosk_toml_that_is_a_named_pipe_is_reported_and_not_waited_on(folder: Path) -> None:
    os.mkfifo(folder / "kiosk.toml")
    deck = load_within(folder)
    error(deck, "kiosk.toml", "kiosk.toml is not a normal file", "named pipe", "replace it with a normal text file")
    assert replace(deck.settings, languages=()) == Settings()
    assert panel_keys(deck) == ["01-a.md", "02-b.md"]


def test_kiosk_check_of_a_kiosk_toml_that_is_a_named_pipe_ends_with_the_error(folder: Path) -> None:
    os.mkfifo(folder / "kiosk.toml")
    try:
        result = kiosk_check(folder)
    finally:
        _release_pipes(folder)
    assert result.returncode == 1, result.stderr
    assert "kiosk.toml:1: error: kiosk.toml is not a normal file" in result.stdout + result.stderr


def test_a_panel_that_is_a_named_pipe_is_reported_and_left_out(folder: Path) -> None:
    os.mkfifo(folder / "en" / "03-c.md")
    deck = load_within(folder)
    error(deck, "en/03-c.md", "named pipe", "not a normal file", "is left out", "Markdown text file")
    assert "folder" not in only(deck, "en/03-c.md").message
    assert panel_keys(deck) == ["01-a.md", "02-b.md"]


def test_a_named_pipe_that_is_not_a_panel_is_named_for_what_it_is(folder: Path) -> None:
    os.mkfifo(folder / "en" / "notes")
    os.mkfifo(folder / "stray")
    deck = load_within(folder)
    for path in ("en/notes", "stray"):
        diagnostic = only(deck, path)
        assert diagnostic.severity is Severity.WARNING, diagnostic.format()
        assert "the named pipe" in diagnostic.message and "folder" not in diagnostic.message.split(":")[0]


def test_a_picture_that_is_a_named_pipe_is_reported_and_not_waited_on(folder: Path) -> None:
    write(folder, {"en/03-c.md": "# Three\n\n![A photo](media/photo.png)\n"})
    (folder / "media").mkdir()
    os.mkfifo(folder / "media" / "photo.png")
    deck = load_within(folder)
    diagnostic = only(deck, "en/03-c.md")
    assert diagnostic.severity is Severity.ERROR and diagnostic.line == 3, diagnostic.format()
    assert 'the image "media/photo.png" cannot be shown: it is a named pipe' in diagnostic.message
    assert "is a folder" not in diagnostic.message


def test_a_font_that_is_a_named_pipe_is_reported_and_not_waited_on(folder: Path) -> None:
    write(folder, {"kiosk.toml": '[theme]\nfont = "media/Brand.ttf"\n'})
    (folder / "media").mkdir()
    os.mkfifo(folder / "media" / "Brand.ttf")
    deck = load_within(folder)
    diagnostic = only(deck, "kiosk.toml")
    assert diagnostic.severity is Severity.ERROR and diagnostic.line == 2, diagnostic.format()
    assert 'the font "media/Brand.ttf"' in diagnostic.message and "named pipe" in diagnostic.message
    assert deck.settings.theme.font is None


def test_a_picture_path_naming_a_folder_still_says_folder(folder: Path) -> None:
    write(folder, {"en/03-c.md": "# Three\n\n![A photo](media/photos)\n", "media/photos/a.svg": SVG})
    diagnostic = only(load_within(folder), "en/03-c.md")
    assert 'the image "media/photos" cannot be shown: it is a folder, not a normal file' in diagnostic.message


def test_reading_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(NotAFile, match="a device"):
        read_content_file(Path("/dev/zero"), TEXT_LIMIT)


def test_a_kiosk_toml_linked_to_dev_zero_is_not_read(folder: Path) -> None:
    os.symlink("/dev/zero", folder / "kiosk.toml")
    result = kiosk_check(folder)
    assert result.returncode == 1, result.stderr
    assert "kiosk.toml:1: error:" in result.stdout and "outside the content folder" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_panel_linked_to_dev_zero_is_not_read(folder: Path) -> None:
    os.symlink("/dev/zero", folder / "en" / "03-c.md")
    result = kiosk_check(folder)
    assert result.returncode == 1, result.stderr
    assert "en/03-c.md:1: error:" in result.stdout and "outside the content folder" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_kiosk_toml_linked_to_a_file_outside_the_folder_is_ignored(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.toml"
    outside.write_text('title = "Read from outside"\n', encoding="utf-8")
    os.symlink(outside, folder / "kiosk.toml")
    deck = load_within(folder)
    error(deck, "kiosk.toml", "link to a file outside the content folder", "every setting keeps its default")
    assert replace(deck.settings, languages=()) == Settings()


def test_a_kiosk_toml_linked_to_a_file_inside_the_folder_is_read(folder: Path) -> None:
    write(folder, {"settings/real.toml": 'title = "Linked"\n'})
    os.symlink(folder / "settings" / "real.toml", folder / "kiosk.toml")
    deck = load_within(folder)
    assert deck.settings.title == "Linked"


def test_a_panel_larger_than_the_limit_is_reported_and_left_out(folder: Path) -> None:
    write(folder, {"en/03-c.md": "# Big\n\n" + "word " * (PANEL_LIMIT // 5 + 1)})
    deck = load_within(folder)
    error(deck, "en/03-c.md", "larger than 128 KB", "is left out")
    assert panel_keys(deck) == ["01-a.md", "02-b.md"]


def test_a_kiosk_toml_larger_than_the_limit_is_reported(folder: Path) -> None:
    write(folder, {"kiosk.toml": 'title = "Big"\n' + "# comment\n" * (TEXT_LIMIT // 10 + 1)})
    deck = load_within(folder)
    error(deck, "kiosk.toml", "kiosk.toml is larger than 1 MB", "every setting keeps its default")
    assert replace(deck.settings, languages=()) == Settings()


def test_a_picture_larger_than_the_limit_is_reported(folder: Path) -> None:
    write(folder, {"en/03-c.md": "# Three\n\n![A photo](media/huge.png)\n", "media/huge.png": png_bytes(800, 600)})
    os.truncate(folder / "media" / "huge.png", 257 * 1024 * 1024)  # sparse: takes no room on disk
    diagnostic = only(load_within(folder), "en/03-c.md")
    assert 'the image "media/huge.png" cannot be shown: it is larger than 256 MB' in diagnostic.message


def test_an_empty_panel_is_an_error_and_left_out(folder: Path) -> None:
    write(folder, {"en/03-c.md": b""})
    deck = load_within(folder)
    error(deck, "en/03-c.md", "this panel is empty", "is left out")
    assert panel_keys(deck) == ["01-a.md", "02-b.md"]


def test_a_panel_of_only_whitespace_is_an_error_and_left_out(folder: Path) -> None:
    write(folder, {"en/03-c.md": b"\xef\xbb\xbf \n\t\r\n\n  \n"})
    deck = load_within(folder)
    error(deck, "en/03-c.md", "this panel is empty")
    assert panel_keys(deck) == ["01-a.md", "02-b.md"]


def test_a_panel_of_only_settings_with_nothing_to_show_is_an_error_and_left_out(folder: Path) -> None:
    write(folder, {"en/03-c.md": "---\nlayout: cards\n---\n\n"})
    deck = load_within(folder)
    diagnostic = only(deck, "en/03-c.md")
    assert diagnostic.severity is Severity.ERROR and "this panel is empty" in diagnostic.message, diagnostic.format()
    assert panel_keys(deck) == ["01-a.md", "02-b.md"]


def test_a_panel_with_only_a_title_is_shown(folder: Path) -> None:
    write(folder, {"en/03-c.md": "# Thank you\n"})
    deck = load_within(folder)
    assert not [d for d in deck.diagnostics if d.path == "en/03-c.md"]
    assert panel_keys(deck) == ["01-a.md", "02-b.md", "03-c.md"]


def test_an_empty_translation_falls_back_to_the_default_language(folder: Path) -> None:
    write(folder, {"fr/01-a.md": "", "fr/02-b.md": "# Deux\n\nDeuxième.\n"})
    deck = load_within(folder)
    error(deck, "fr/01-a.md", "this panel is empty")
    french = deck.languages[1]
    assert [(panel.key, panel.fallback) for panel in french.panels] == [("01-a.md", True), ("02-b.md", False)]


def test_a_named_pipe_given_as_the_content_folder_is_named_for_what_it_is(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "content")
    diagnostic = only(load_within(tmp_path / "content"), ".")
    assert diagnostic.severity is Severity.ERROR and "is a named pipe, not a folder" in diagnostic.message, (
        diagnostic.format()
    )
