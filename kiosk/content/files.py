"""Opening a file of the content folder: only a normal file, and never more of it than a limit.

A content folder is untrusted. A named pipe in it would block the kiosk for ever on
open or read (and with it `kiosk check`, start-up, hot reload and the stop signals),
and a device such as /dev/zero would read without end. So every content file is
looked at before it is opened, opened without waiting (O_NONBLOCK) and without
following a link (O_NOFOLLOW: the caller has already resolved the path and checked
that it stays inside the folder), checked again through the opened descriptor
(the file may have been swapped in between), and read only up to a limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

MB = 1024 * 1024
TEXT_LIMIT = 1 * MB
"""kiosk.toml: far more than any settings an editor writes (a novel is about 1 MB)."""
PANEL_LIMIT = 128 * 1024
"""A panel's text: about 60 pages, far more than a screen shows, and quick to prepare whatever it holds."""
PICTURE_LIMIT = 256 * MB
"""A JPEG, PNG or WebP file (the kiosk decodes the whole file; SVGs have their own, smaller limit)."""
FONT_LIMIT = 64 * MB
"""The font file of [theme] (the largest common fonts, with every script, are about 30 MB)."""

FOLDER = "folder"
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class UnreadableFile(Exception):
    """A content file the kiosk will not read; the message is a plain clause such as "it is a named pipe, ..."."""

    def advice(self, thing: str) -> str:
        """What to do about it, for a file meant to be `thing` ("picture", "font file")."""
        raise NotImplementedError


class NotAFile(UnreadableFile):
    """The path is a folder, a named pipe, a socket or a device, not a normal file."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"it is a {kind}, not a normal file")
        self.kind = kind

    def advice(self, thing: str) -> str:
        return f"write the path of a {thing} in it" if self.kind == FOLDER else f"replace it with the {thing} itself"


class TooLarge(UnreadableFile):
    """The file is larger than the limit for its kind."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"it is larger than {describe_size(limit)}")
        self.limit = limit

    def advice(self, thing: str) -> str:
        return f"save a smaller {thing}"


def describe_size(size: int) -> str:
    """A size in the words of a file manager: "1 MB", "256 MB"."""
    return f"{size / MB:g} MB" if size >= MB else f"{size / 1024:g} KB"


def kind_of(mode: int) -> str:
    """What a path really is, named for an editor: "file" (a normal one), "folder", "named pipe" ..."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return FOLDER
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISLNK(mode):
        return "link"
    return "special file"


def _check(status: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise NotAFile(kind_of(status.st_mode))
    if status.st_size > limit:
        raise TooLarge(limit)


def open_content_file(path: Path, limit: int) -> BinaryIO:
    """Open `path` (resolved: no link in its last part) for reading, if it is a normal file of at most `limit` bytes.

    Raises UnreadableFile (what is wrong, in plain words) or OSError. The caller must
    still read at most `limit` + 1 bytes (the file may grow): `read_content_file` does.
    """
    _check(os.stat(path, follow_symlinks=False), limit)  # a pipe or a device is never even opened
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        _check(os.fstat(descriptor), limit)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_content_file(path: Path, limit: int) -> bytes:
    """The whole of `path` (see `open_content_file`); raises UnreadableFile or OSError."""
    with open_content_file(path, limit) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
