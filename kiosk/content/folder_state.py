"""A cheap fingerprint of a content folder, for hot reload to tell whether anything under it changed.

Every file and folder's path, size, modification and change times and inode: on
Linux the change time moves on every write, even one that puts an old modification
time back (as `cp -p` and rsync do), so an edit is noticed without reading a file.
"""

from __future__ import annotations

import os
from pathlib import Path

FolderState = frozenset[tuple[str, int, int, int, int]]


def folder_state(folder: Path) -> FolderState:
    """Every file and folder below `folder`: its absolute path, size, modification and change times and inode."""
    entries: set[tuple[str, int, int, int, int]] = set()
    for root, directories, files in os.walk(folder.absolute()):
        for name in (*directories, *files):
            path = os.path.join(root, name)
            try:
                status = os.stat(path)
            except OSError:
                continue
            entries.add((path, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino))
    return frozenset(entries)
