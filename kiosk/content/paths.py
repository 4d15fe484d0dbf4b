"""Confining every path the content names to the content folder.

Content comes from editors and may be copied from anywhere, so a path is only
used when it stays inside the folder: no URLs, no absolute paths, no `..` that
climbs out, no symbolic link that points elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

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


@dataclass(frozen=True)
class Resolved:
    """Either the absolute, resolved path of a file inside the folder, or why there is none."""

    path: Path | None
    problem: PathProblem | None = None


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
            return Resolved(None, PathProblem.MISSING)
    except (OSError, RuntimeError, ValueError):
        return Resolved(None, PathProblem.MISSING)
    return Resolved(resolved)


def describe(problem: PathProblem, source: str, what: str = "image") -> str:
    """A sentence for an editor: what is wrong with the path and what to do."""
    name = _SEPARATORS.split(source.strip().rstrip("/\\"))[-1] or "name"
    folder = "media folder" if what in ("image", "logo") else "content folder"
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
            f'the {what} "{source}" does not exist. Check the spelling, or copy the '
            f"{'picture' if what in ('image', 'logo') else 'file'} into the {folder}."
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
