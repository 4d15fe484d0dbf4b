"""A content folder kept in step by Syncthing or a cloud drive holds the tool's own files: they are invisible."""

from __future__ import annotations

import pytest
from content_helpers import png_bytes

from kiosk.content.model import Severity

PANELS = {"en/01-vision.md": "# Vision\n\n![Our team](media/team.png)\n", "media/team.png": png_bytes(40, 30)}

#: The files (a trailing slash: folders) that Syncthing and the common cloud drives leave in a folder they sync.
SYNC_TOOL_FILES = (
    ".stfolder/",
    ".stignore",
    ".stversions/01-vision~20240101-120000.md",
    ".syncthing.02-goal.md.tmp",
    "~syncthing~02-goal.md.tmp",
    ".dropbox",
    ".dropbox.cache/old.png",
    "~$02-goal.md",
    ".~lock.02-goal.md#",
    ".tmp.drivedownload/123.tmp",
    ".sync_4a5b6c7d8e9f.db",
    ".sync_4a5b6c7d8e9f.db-wal",
    ".owncloudsync.log",
    "02-goal.md.part",
    "02-goal.md.crdownload",
    "Icon\r",
)
LEVELS = ("", "en/", "media/")


def _file(path: str) -> tuple[str, bytes]:
    return (f"{path}.keep" if path.endswith("/") else path), b"partial \x00 bytes"


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level or "root")
@pytest.mark.parametrize("name", SYNC_TOOL_FILES)
def test_sync_tool_and_cloud_drive_files_are_ignored_silently_at_every_level(deck_from, level, name):
    path, data = _file(level + name)
    deck = deck_from({**PANELS, path: data})
    assert deck.diagnostics == (), [d.format() for d in deck.diagnostics]
    assert [panel.key for panel in deck.languages[0].panels] == ["01-vision.md"]


def test_a_half_downloaded_panel_is_not_taken_for_a_misnamed_panel(deck_from):
    """`01-goal.md.part` looks like a panel with a wrong ending; it is a download that is not finished yet."""
    deck = deck_from({**PANELS, "en/02-goal.md.part": "# Go", "en/03-team.md.crdownload": "# Te"})
    assert deck.diagnostics == (), [d.format() for d in deck.diagnostics]


@pytest.mark.parametrize(
    "copy",
    [
        "01-vision.sync-conflict-20240315-101010-ABCDEFG.md",
        "01-vision (conflicted copy 2024-03-15).md",
        "01-vision (Anna's conflicted copy 2024-03-15).md",
        "01-vision_conflict-20240315-101010.md",
    ],
)
def test_a_sync_conflict_copy_of_a_panel_is_reported_and_not_shown_as_another_panel(deck_from, copy):
    """Two people edited the same panel at once: the sync tool keeps the other version beside it. Showing it
    as a second panel would put the same panel on screen twice; the editor is told to choose one."""
    deck = deck_from({**PANELS, f"en/{copy}": "# Vision, the other edit\n"})
    assert [panel.key for panel in deck.languages[0].panels] == ["01-vision.md"]
    (diagnostic,) = deck.diagnostics
    assert (diagnostic.path, diagnostic.severity) == (f"en/{copy}", Severity.WARNING), diagnostic.format()
    assert "at the same time" in diagnostic.message and "delete" in diagnostic.message, diagnostic.message


def test_a_sync_conflict_copy_of_the_settings_is_reported_and_not_read(deck_from):
    copy = "kiosk.sync-conflict-20240315-101010-ABCDEFG.toml"
    deck = deck_from({**PANELS, copy: 'title = "The other edit"\n'})
    (diagnostic,) = deck.diagnostics
    assert (diagnostic.path, diagnostic.severity) == (copy, Severity.WARNING), diagnostic.format()
    assert "at the same time" in diagnostic.message, diagnostic.message
