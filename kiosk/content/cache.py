"""The last deck loaded from a content folder, kept between runs so that the kiosk starts without parsing.

Loading the bundled deck means importing Python-Markdown and PyYAML and parsing
every panel: about a third of the kiosk's start-up. So `DeckCache.load` saves the
deck it reads, and `DeckCache.cached` gives it back only while nothing it came from
has changed: every file and folder under the content folder has the same path,
size, modification time, change time and inode (on Linux the change time moves on
every write, even one that puts an old modification time back, as `cp -p` and
rsync do), and the kiosk is the same program (version, Python, the content code's
files).

This module imports nothing heavy: the loader, and with it the parsers, is imported
only when the folder has to be read. A cache that cannot be read or written is
simply not used; it never stops the kiosk. The kiosk still reads the folder a
second after its first frame (`ContentWatcher.confirm`) and shows what it finds if
it differs, so whatever a cache could miss (a new Markdown release, a clock set
back) is on screen for a moment at most.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kiosk import __version__
from kiosk.content.model import Deck

#: Raise when the saved form changes in a way old files cannot be read as.
FORMAT = 1

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


def _program() -> tuple[object, ...]:
    """What else a saved deck depends on: the kiosk's version, its program file (the packaged app, which
    holds its code, or Python) and, when run from source, the content code's files."""
    files = [Path(sys.executable), *sorted(Path(__file__).parent.glob("*.py"))]
    stamps = tuple((str(file), file.stat().st_size, file.stat().st_mtime_ns) for file in files)
    return (FORMAT, __version__, sys.version, stamps)


class Opened(NamedTuple):
    """The deck to start with, whether it came from the cache, and the folder's state it reflects."""

    deck: Deck
    from_cache: bool
    state: FolderState


@dataclass(frozen=True)
class DeckCache:
    """Saved decks, one file per content folder, under `folder` (the kiosk's cache folder)."""

    folder: Path

    def file(self, content: Path) -> Path:
        """Where the deck of `content` is saved: a file named after the folder and a checksum of its path.

        (zlib's, not hashlib's, which costs start-up 3 ms: two folders whose paths share
        a checksum only take turns in one file, as the saved path is checked too.)
        """
        path = content.absolute()
        checksum = zlib.crc32(str(path).encode("utf-8", "surrogateescape"))
        name = path.name.encode("utf-8", "surrogateescape")[:64].decode("utf-8", "ignore")  # bytes count
        return self.folder / "decks" / f"{name}-{checksum:08x}.pickle"

    def cached(self, content: Path) -> Deck | None:
        """The deck saved for `content` exactly as it is now, or None (nothing saved, or anything changed)."""
        return self._saved(content, folder_state(content))

    def open(self, content: Path) -> Opened:
        """The deck to start with: the saved one while `content` is unchanged, else the folder read (and saved)."""
        # Taken before reading: a file that changes while the folder is read makes the deck stale at once.
        state = folder_state(content)
        deck = self._saved(content, state)
        return Opened(deck, True, state) if deck is not None else Opened(self._read(content, state), False, state)

    def load(self, content: Path) -> Deck:
        """Read `content` like `load_deck` (never raises) and save the deck for the next start."""
        return self._read(content, folder_state(content))

    def _saved(self, content: Path, state: FolderState) -> Deck | None:
        try:
            with self.file(content).open("rb") as stream:
                if pickle.load(stream) != _key(content, state):
                    return None
                deck = pickle.load(stream)
        except Exception:  # noqa: BLE001 - missing, damaged or from another version: read the folder instead
            return None
        return deck if isinstance(deck, Deck) else None

    def _read(self, content: Path, state: FolderState) -> Deck:
        """`state` is the folder's, taken before reading it: the deck is saved as the deck of that state."""
        from kiosk.content.loader import load_deck  # only here: its parsers' imports are what a cached start skips

        deck = load_deck(content)
        self._save(content, state, deck)
        return deck

    def _save(self, content: Path, state: FolderState, deck: Deck) -> None:
        """Write the file whole (a temporary file, then a rename), or not at all."""
        file = self.file(content)
        temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as stream:
                pickle.dump(_key(content, state), stream, pickle.HIGHEST_PROTOCOL)
                pickle.dump(deck, stream, pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, file)
        except Exception:  # noqa: BLE001 - a deck that cannot be saved is only not saved
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _key(content: Path, state: FolderState) -> tuple[object, ...]:
    return (_program(), str(content.absolute()), state)
