"""The files that sync tools and cloud drives keep in a folder they sync, which are not content.

Syncthing (the supported way to keep many kiosks in step, docs/fleet.md) and the cloud drives staff use
leave markers, settings, old versions and half-copied files in every folder they sync. The loader never
shows or warns about them (`is_sync_tool_file`); a copy a sync tool made because two people edited the same
file at once is reported, since someone must choose which edit to keep (`is_conflict_copy`); and
`files_on_their_way` finds the half-copied files of a sync still under way, so that a reload can wait for
them (kiosk/ui/reload.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: Whole names: Syncthing's marker folder, ignore list and old versions; Dropbox's markers and cache; Google
#: Drive's download folder; Nextcloud's and ownCloud's log; macOS's folder icon, which Dropbox syncs.
_NAMES = frozenset(
    {
        ".stfolder",
        ".stignore",
        ".stversions",
        ".dropbox",
        ".dropbox.attr",
        ".dropbox.cache",
        ".tmp.drivedownload",
        ".tmp.driveupload",
        ".owncloudsync.log",
        "Icon\r",
    }
)
#: Half-copied files: Syncthing's temporaries (Unix and Windows), LibreOffice's lock files, Nextcloud's and
#: ownCloud's journal, a browser's or a download tool's unfinished download.
_PATTERNS = re.compile(
    r"\.syncthing\..+\.tmp|~syncthing~.+\.tmp|\.~lock\..+#|\._sync_.+\.db.*|\.sync_.+\.db.*"
    r"|.+\.(part|partial|crdownload|download)",
    re.IGNORECASE | re.DOTALL,
)
#: Syncthing's `NAME.sync-conflict-DATE-TIME-DEVICE.md`, Dropbox's and Nextcloud's `NAME (... conflicted copy
#: ...).md`, older ownCloud's `NAME_conflict-DATE-TIME.md`.
_CONFLICT = re.compile(
    r".+(\.sync-conflict-\d{8}-\d{6}-\w+|\s\([^)]*conflicted copy[^)]*\)|_conflict-\d{8}-\d{6})(\.[^.]*)?",
    re.IGNORECASE | re.DOTALL,
)
#: A file a sync tool or download is still writing, beside the place it will land.
_HALF_COPIED = re.compile(
    r"\.syncthing\..+\.tmp|~syncthing~.+\.tmp|.+\.(part|partial|crdownload)", re.IGNORECASE | re.DOTALL
)
#: The most files looked at for half-copied ones (a huge folder must not stall a reload).
_MOST_FILES_LOOKED_AT = 20_000


def is_sync_tool_file(name: str) -> bool:
    """A file or folder a sync tool or cloud drive keeps for itself, never content."""
    return name in _NAMES or _PATTERNS.fullmatch(name) is not None


def is_conflict_copy(name: str) -> bool:
    """A copy a sync tool kept because the same file was changed in two places at once."""
    return _CONFLICT.fullmatch(name) is not None


def files_on_their_way(folder: Path) -> list[str]:
    """The files in `folder` (at any depth) that a sync tool or download is still writing, as relative paths."""
    found: list[str] = []
    looked_at = 0
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if name != ".stversions"]  # old versions, not arriving ones
        for name in names:
            if _HALF_COPIED.fullmatch(name):
                found.append(os.path.relpath(os.path.join(root, name), folder))
        looked_at += len(names)
        if looked_at > _MOST_FILES_LOOKED_AT:
            break
    return sorted(found)


def conflict_message(name: str) -> str:
    """What an editor is told about a conflict copy: which edit to keep is a person's choice."""
    return (
        f'"{name}" is ignored: a sync tool kept it because this file was changed in two places at the same time. '
        "Compare it with the file it is a copy of, copy what should stay into that file, then delete this copy."
    )
