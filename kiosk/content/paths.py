"""Confining every path the content names to the content folder.

Content comes from editors and may be copied from anywhere, so a path is only
used when it stays inside the folder: no URLs, no absolute paths, no `..` that
climbs out, no symbolic link that points elsewhere.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import Enum
from itertools import islice
from pathlib import Path

from kiosk.content.near_misses import closest

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SEPARATORS = re.compile(r"[\\/]+")


class PathProblem(Enum):
    EMPTY = "empty"
    REMOTE = "remote"
    ABSOLUTE = "absolute"
    LEAVES_FOLDER = "leaves"
    LINK_OUTSIDE = "link"
    MISSING = "missing"
    #: The file is there, named with other capital letters: Windows and macOS find it, the kiosk (Linux) does not.
    OTHER_CAPITALS = "capitals"


@dataclass(frozen=True)
class Resolved:
    """Either the absolute, resolved path of a file inside the folder, or why there is none.

    `meant`: for a file that is not there, the path (from the content folder, with /) of the one
    that most likely was meant: the same name in other capitals, or a name one slip away.
    """

    path: Path | None
    problem: PathProblem | None = None
    meant: str | None = None


def resolve_inside(root: Path, source: str) -> Resolved:
    """Resolve `source` (relative to `root`, which must already be resolved) or say why not.

    Whether the path is a normal file is checked when it is opened (`kiosk.content.files`), not here.
    """
    text = source.strip()
    if not text:
        return Resolved(None, PathProblem.EMPTY)
    if text.startswith("//") or _SCHEME.match(text):
        return Resolved(None, PathProblem.REMOTE)
    if text.startswith(("/", "\\")) or _DRIVE.match(text):
        return Resolved(None, PathProblem.ABSOLUTE)
    parts = [part for part in _SEPARATORS.split(text) if part not in ("", ".")]
    depth = 0
    for part in parts:
        depth += -1 if part == ".." else 1
        if depth < 0:
            return Resolved(None, PathProblem.LEAVES_FOLDER)
    try:
        resolved = root.joinpath(*parts).resolve()
        if not resolved.is_relative_to(root):
            return Resolved(None, PathProblem.LINK_OUTSIDE)
        if not resolved.exists():
            return _missing(root, parts)
    except (OSError, RuntimeError, ValueError):
        return Resolved(None, PathProblem.MISSING)
    return Resolved(resolved)


#: The most names looked at in one folder when looking for the file meant, so a huge folder stays quick.
_MOST_NAMES_COMPARED = 5000


def _missing(root: Path, parts: list[str]) -> Resolved:
    """A missing file, with the file in the folder it most likely means: each part matched letter case aside,
    else (for the file name) the name one slip away."""
    found = root
    other_capitals = False
    for index, part in enumerate(parts):
        if part == "..":
            found = found.parent
            continue
        if (found / part).exists():
            found = found / part
            continue
        try:
            with os.scandir(found) as entries:
                names = [entry.name for entry in islice(entries, _MOST_NAMES_COMPARED)]
        except OSError:
            return Resolved(None, PathProblem.MISSING)
        same = next((name for name in names if name.casefold() == part.casefold()), None)
        if same is not None:
            found, other_capitals = found / same, True
        elif index == len(parts) - 1 and (near := closest(part, names)) is not None:
            return Resolved(None, PathProblem.MISSING, _inside(root, found / near))
        else:
            return Resolved(None, PathProblem.MISSING)
    if other_capitals:
        return Resolved(None, PathProblem.OTHER_CAPITALS, _inside(root, found))
    return Resolved(None, PathProblem.MISSING)


def _inside(root: Path, path: Path) -> str | None:
    """`path` written from the content folder with /, or None when it is not a file inside it."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root) or not resolved.is_file():
        return None
    return path.relative_to(root).as_posix()


def describe(problem: PathProblem, source: str, what: str = "image", meant: str | None = None) -> str:
    """A sentence for an editor: what is wrong with the path and what to do (`meant`: see Resolved)."""
    name = _SEPARATORS.split(source.strip().rstrip("/\\"))[-1] or "name"
    folder = "media folder" if what in ("image", "logo") else "content folder"
    near_miss = f' (did you mean "{meant}"?)' if meant else ""
    messages = {
        PathProblem.EMPTY: f"the {what} path is empty. Write the path of a file in the content folder, e.g. media/picture.png.",
        PathProblem.REMOTE: _describe_address(source, what, folder, name),
        PathProblem.ABSOLUTE: (
            f'the {what} "{source}" is written as a full path on one computer. Copy the file into the {folder} and '
            f"write the path from the content folder, e.g. media/{name}."
        ),
        PathProblem.LEAVES_FOLDER: (
            f'the {what} "{source}" is outside the content folder (".." climbs out of it). Copy the file into the '
            f"{folder} and write media/{name}."
        ),
        PathProblem.LINK_OUTSIDE: (
            f'the {what} "{source}" is a link to a file outside the content folder. Copy the file itself into the '
            f"{folder} instead of linking to it."
        ),
        PathProblem.MISSING: (
            f'the {what} "{source}" does not exist{near_miss}. '
            f"Check the spelling, or copy the {'picture' if what in ('image', 'logo') else 'file'} into the {folder}."
        ),
        PathProblem.OTHER_CAPITALS: (
            f'the {what} "{source}" is written with other capital letters than the file, which is "{meant}". '
            "Your computer does not mind, but the kiosk does and cannot find it: write "
            f"{meant} exactly, or rename the file."
        ),
    }
    return messages[problem]


def _describe_address(source: str, what: str, folder: str, name: str) -> str:
    """What an address written where a file path belongs points at, by its scheme, and what to write instead."""
    text = source.strip()
    scheme = _SCHEME.match(text)
    kind = scheme.group(0)[:-1].lower() if scheme else ""
    if kind == "file":
        return (
            f'the {what} "{source}" is the address of a file on one computer, outside the content folder, and the '
            f"kiosk only uses files inside the content folder. Copy the file into the {folder} and write media/{name}."
        )
    if kind == "data":
        return (
            f'the {what} "{text[:40]}{"..." if len(text) > 40 else ""}" is written out as text (a data: address) instead of being a file. Save it '
            f"as a file in the {folder} and write media/<name>."
        )
    if text.startswith("//") or kind in ("http", "https", "ftp", "ftps"):
        return (
            f'the {what} "{source}" is on the internet, but the kiosk works offline and never loads anything from '
            f"the internet: download the {what} into media/ and write media/<name>."
        )
    return (
        f'the {what} "{source}" is an address ({kind}:), not a file in the content folder. Copy the file into the '
        f"{folder} and write media/<name>."
    )
