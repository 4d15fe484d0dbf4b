"""Finding and reading kiosk.toml: its text, read as safely as every content file, and the line of each key.

Both `kiosk check` and `kiosk set-pin`/`kiosk import` read the file through here, so
a link out of the folder, a named pipe or a file in another encoding is refused
the same way everywhere.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kiosk.content.files import TEXT_LIMIT, NotAFile, TooLarge, describe_size, read_content_file
from kiosk.content.paths import PathProblem, resolve_inside

SETTINGS_FILE = "kiosk.toml"
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"' -]+?)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\"'.-]+)\s*=")


def key_lines(text: str) -> dict[tuple[str, str], int]:
    """The line of each `key =` (per table) and of each `[table]` or `[[table]]`, found by reading the text.

    A dotted key counts in each table it names: `theme.background = ...` at the top is
    (theme, background), and also places "theme" if no [theme] header comes first.
    """
    found: dict[tuple[str, str], int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TABLE_HEADER.match(line)
        if header:
            table = ".".join(part.strip("\"' ") for part in header.group(1).split("."))
            found.setdefault(("", table.split(".")[0]), number)
            found.setdefault(("", table), number)
            continue
        key = _KEY.match(line)
        if key:
            path = [part.strip("\"'") for part in key.group(1).split(".")]
            if table:
                path.insert(0, table)
            for depth in range(len(path)):
                found.setdefault((".".join(path[:depth]), path[depth]), number)
    return found


def line_of(lines: dict[tuple[str, str], int], table: str, key: str) -> int:
    """Where `key` of `table` is written, else where its table starts, else line 1."""
    return lines.get((table, key)) or lines.get(("", table)) or 1


def setting_line(root: Path, table: str, key: str) -> int:
    """The line of `key` in `table` ("" at the top) of kiosk.toml in `root`, for messages about it; 1 if unknown."""
    try:
        text = settings_text(root)
    except SettingsUnusable:
        return 1
    return line_of(key_lines(text), table, key)


class SettingsUnusable(Exception):
    """kiosk.toml is there but cannot be used at all: `message` (about `line`) says why and what to do."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


_KEEPS_DEFAULTS = "every setting keeps its default until then."


def settings_text(root: Path) -> str:
    """The text of kiosk.toml in `root` (a resolved folder); "" when there is none. Raises SettingsUnusable.

    kiosk.toml is read like every content file: only a normal file inside the folder
    (a link to one is fine), never a named pipe or a device, and at most TEXT_LIMIT.
    """
    resolved = resolve_inside(root, SETTINGS_FILE)
    if resolved.problem is PathProblem.MISSING:
        if not os.path.lexists(root / SETTINGS_FILE):
            return ""
        raise SettingsUnusable(
            1,
            "kiosk.toml is a link to a file that does not exist. Copy the settings file itself "
            f"into the content folder; {_KEEPS_DEFAULTS}",
        )
    if resolved.path is None:
        raise SettingsUnusable(
            1,
            "kiosk.toml is a link to a file outside the content folder and is ignored. Copy "
            f"the file itself into the content folder; {_KEEPS_DEFAULTS}",
        )
    try:
        raw = read_content_file(resolved.path, TEXT_LIMIT)
    except NotAFile as problem:
        raise SettingsUnusable(
            1,
            f"kiosk.toml is not a normal file (it is a {problem.kind}); replace it with a "
            f"normal text file. It is ignored: {_KEEPS_DEFAULTS}",
        ) from None
    except TooLarge as problem:
        raise SettingsUnusable(
            1,
            f"kiosk.toml is larger than {describe_size(problem.limit)}, far more than any "
            f"settings take; check that it is the right file. It is ignored: {_KEEPS_DEFAULTS}",
        ) from None
    except FileNotFoundError:
        return ""
    except OSError as problem:
        raise SettingsUnusable(
            1, f"kiosk.toml cannot be opened ({problem.strerror}). Check that the kiosk may read it; {_KEEPS_DEFAULTS}"
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        raise SettingsUnusable(
            line,
            f"kiosk.toml is not saved as UTF-8 text (line {line} has a character the "
            "kiosk cannot read). Save it again with the UTF-8 encoding.",
        ) from None
