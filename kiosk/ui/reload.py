"""Hot reload: notice edits to the content folder, wait until writes settle, load, hand over.

Editors save in place, through a temporary file and a rename, or a sync tool
(Syncthing, rsync) or a USB copy rewrites many files at once; some editors and
sync tools empty a file, then write it again after a pause. So a change only
starts a settle period; the folder is loaded once nothing has changed for two
settle periods (2 s: no change noticed for both, and two snapshots of every
file's size, times and inode, `folder_state`, one period apart agree). A deck
with errors is never handed over: the kiosk keeps the last good one and the
diagnostics are reported instead.

A sync still under way is held back: while a sync tool's half-copied file
(`.syncthing.NAME.tmp`, `NAME.part` ..., kiosk.content.sync_files) is in the
folder, or the new deck has errors (a panel that names a picture not there yet,
or an empty one), the deck is neither shown nor reported; the watcher looks again
at each change, and after GRACE_SECONDS from the first held look it hands over
whatever the folder then holds (a deck with errors is reported, the last good one
stays). So visitors never see a panel whose picture is still on its way. A kiosk
that starts mid-sync follows the same rule (`still_arriving`) before its first
frame: `wait_for_a_sync_under_way`.

The file watcher is not enough on its own: after a USB stick is unmounted and
mounted again, or the folder is replaced by another one, its watches point at
folders that are gone, and a watch can stop firing. So every few seconds a
backstop looks for watches the watcher has dropped and compares the folder with
the deck on screen, and a difference is handled as a change (the tree is watched
again once it settles).
"""

from __future__ import annotations

import heapq
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from kiosk.content.folder_state import FolderState, folder_state
from kiosk.content.model import Deck
from kiosk.content.sync_files import files_on_their_way
from kiosk.ui.attract import Clock, QtClock

log = logging.getLogger(__name__)

#: The settle period: a change is loaded once nothing changed for two of them. Long enough for the pause some
#: editors and sync tools make between emptying a file and writing it again (with 0.6 s, a 1.5 s pause showed
#: the blank panel).
SETTLE_MS = 1000
#: How often the backstop looks at the folder, at most...
BACKSTOP_SECONDS = 5.0
#: ... and at most this share of one core: a huge folder (its snapshot took 15 ms for 500 panels,
#: 0.1 ms for the bundled content) is looked at less often, so that an idle kiosk stays idle.
BACKSTOP_CPU_SHARE = 0.0005
#: The most files and folders watched: Qt's watcher takes time growing with the square of what it watches, on
#: the GUI thread (0.5 s for 10,000 files, 23 s for 100,000, and four times that to watch them again after each
#: change), and each watch uses one of the system's limited inotify watches. Folders and the shallowest files
#: (kiosk.toml, the panels) are watched first; the backstop notices changes to the rest.
MAX_WATCHED = 2000
#: How long a sync under way may hold a new deck back (see the module's docstring). Syncthing on a LAN
#: sends a few megabytes of pictures in a second or two (measured here: an edit arrived 1.0 s after it was
#: saved); a picture still missing this long after the folder settled is reported as missing.
GRACE_SECONDS = 10.0


class ContentWatcher(QObject):
    """Watches one content folder and emits each new deck once the folder is quiet.

    `deckLoaded` carries a deck without errors, ready to be swapped in whole;
    `deckRejected` carries a deck with errors, whose diagnostics the admin overlay
    and the log show while the last good deck stays on screen.
    """

    deckLoaded = Signal(object)
    deckRejected = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        load: Callable[[Path], Deck],
        settle_ms: int = SETTLE_MS,
        shown_state: FolderState | None = None,
        clock: Clock | None = None,
        grace_seconds: float = GRACE_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        """`shown_state` is the folder as it was when the deck on screen was read from it (default: as it is
        now). When given, the folder is compared with it once writes would have settled: a sync that
        finished while the kiosk was starting up is then shown, though it came before the watching.
        `clock` times the settling, the backstop and the grace period (default: the Qt event loop's);
        `grace_seconds` 0 hands every deck over at once."""
        super().__init__(parent)
        self._folder = folder
        self._load = load
        self._settle_seconds = settle_ms / 1000
        self._grace_seconds = grace_seconds
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_change)
        self._watcher.fileChanged.connect(self._on_change)
        self._watched: set[str] = set()
        timers = clock or QtClock(self)
        self._settle = timers.single_shot(self._on_settled)
        self._backstop = timers.single_shot(self._on_backstop)
        self._grace = timers.single_shot(self._on_grace_over)
        self._loaded_snapshot = folder_state(folder) if shown_state is None else shown_state
        self._pending_snapshot: FolderState | None = None
        self._watch_tree()
        if shown_state is not None:
            self._settle.start(self._settle_seconds)
        self._backstop.start(BACKSTOP_SECONDS)

    def reload_now(self) -> None:
        """Load the folder at once, e.g. when the admin asks for it."""
        self._settle.stop()
        self._pending_snapshot = None
        self._watch_tree()
        self._load_and_emit(folder_state(self._folder), hold=False)

    def _watch_tree(self) -> None:
        """(Re)watch every folder and file: new files appear, and renames drop watches.

        The nearest existing folder above the content folder is watched too, so a
        content folder that is missing, or deleted and copied in again (from a USB
        stick, by a file manager's "replace"), is noticed when it appears.
        """
        stale = self._watcher.files() + self._watcher.directories()
        if stale:
            self._watcher.removePaths(stale)
        above = next((folder for folder in self._folder.absolute().parents if folder.is_dir()), None)
        paths = [str(above)] if above is not None else []
        if self._folder.is_dir():
            paths.append(str(self._folder))
            paths.extend(_within_watch_limit(self._folder, MAX_WATCHED - len(paths)))
        self._watcher.addPaths(paths)
        self._watched = set(self._watcher.files() + self._watcher.directories())

    def _on_change(self, _path: str = "") -> None:
        self._pending_snapshot = None
        self._settle.start(self._settle_seconds)

    def _on_settled(self) -> None:
        current = folder_state(self._folder)
        if current != self._pending_snapshot:
            # Still changing, or the first look after an event: look once more later.
            self._pending_snapshot = current
            self._settle.start(self._settle_seconds)
            return
        self._pending_snapshot = None
        self._watch_tree()
        if current != self._loaded_snapshot:
            self._load_and_emit(current)

    def _on_backstop(self) -> None:
        """Handle as a change what the watcher missed: a watch it dropped (the folder it watched is gone,
        as after an unmount), or a folder that differs from the deck on screen."""
        started = time.thread_time()  # this thread's CPU time: a busy machine does not stretch the interval
        if not self._settle.active:
            dropped = not self._watched <= set(self._watcher.files() + self._watcher.directories())
            if dropped or folder_state(self._folder) != self._loaded_snapshot:
                log.info("%s changed without a file event (remounted or replaced?); reading it again", self._folder)
                self._on_change()
        self._backstop.start(max(BACKSTOP_SECONDS, (time.thread_time() - started) / BACKSTOP_CPU_SHARE))

    def _on_grace_over(self) -> None:
        self._settle.stop()
        self._pending_snapshot = None
        self._watch_tree()
        self._load_and_emit(folder_state(self._folder), hold=False)

    def _load_and_emit(self, current: FolderState, *, hold: bool = True) -> None:
        self._loaded_snapshot = current
        deck = self._load(self._folder)
        arriving = still_arriving(self._folder, deck)
        if hold and self._grace_seconds > 0 and arriving is not None:
            if not self._grace.active:
                self._grace.start(self._grace_seconds)
            log.info(
                "content in %s is still arriving (%s); waiting for it, at most %.0f s",
                self._folder,
                arriving,
                self._grace_seconds,
            )
            return
        self._grace.stop()
        if deck.errors:
            log.warning(
                "content in %s has %d error(s); still showing the last good content:\n%s",
                self._folder,
                len(deck.errors),
                "\n".join(d.format() for d in deck.errors),
            )
            self.deckRejected.emit(deck)
        else:
            log.info("content reloaded from %s", self._folder)
            self.deckLoaded.emit(deck)


def still_arriving(folder: Path, deck: Deck) -> str | None:
    """Why `deck`, just read from `folder`, looks like a sync caught half way (None when it does not): a sync
    tool's half-copied file in the folder, or errors (a panel naming a picture not there yet, an empty file).
    The one rule for holding a deck back, at a reload and at start-up."""
    arriving = files_on_their_way(folder)
    if arriving:
        return ", ".join(arriving[:3])
    return f"{len(deck.errors)} error(s) for now" if deck.errors else None


def wait_for_a_sync_under_way(
    folder: Path,
    deck: Deck,
    shown_state: FolderState,
    *,
    load: Callable[[Path], Deck],
    settle_seconds: float = SETTLE_MS / 1000,
) -> tuple[Deck, FolderState]:
    """The deck a starting kiosk shows first, and the folder's state taken just before it was read.

    `deck` was read from `folder` (in state `shown_state`). While it looks like a sync caught half way
    (`still_arriving`), the kiosk waits before its first frame, for at most GRACE_SECONDS: the folder is read
    again each time it has changed and then settled. After that it shows what there is; the watcher then
    takes over. A deck with errors in a folder that nothing is writing to (no half-copied file, no change
    for one settle period) is not a sync: it is shown at once. No window exists yet, so blocking here holds
    nothing else up.
    """
    arriving = still_arriving(folder, deck)
    if arriving is None:
        return deck, shown_state
    if not files_on_their_way(folder):
        time.sleep(settle_seconds)
        if folder_state(folder) == shown_state:  # errors in a folder nothing writes to: mistakes, not a sync
            return deck, shown_state
    log.info(
        "content in %s is still arriving (%s); waiting for it before showing it, at most %.0f s",
        folder,
        arriving,
        GRACE_SECONDS,
    )
    deadline = time.monotonic() + GRACE_SECONDS
    last_look = shown_state
    while arriving is not None and time.monotonic() < deadline:
        time.sleep(settle_seconds)
        current = folder_state(folder)
        if current != last_look:  # still changing: look again once it has settled
            last_look = current
            continue
        if current != shown_state:
            shown_state, deck = current, load(folder)
            arriving = still_arriving(folder, deck)
    if arriving is not None:
        log.warning(
            "content in %s is still arriving after %.0f s (%s); showing what there is", folder, GRACE_SECONDS, arriving
        )
    return deck, shown_state


def _within_watch_limit(folder: Path, most: int) -> list[str]:
    """At most `most` paths below `folder`: folders before files, the shallowest first."""
    folders: list[tuple[int, str]] = []
    files: list[tuple[int, str]] = []
    for root, directories, names in os.walk(folder):
        depth = root.count(os.sep)
        folders.extend((depth, os.path.join(root, name)) for name in directories)
        files.extend((depth, os.path.join(root, name)) for name in names)
    return [path for _, path in heapq.nsmallest(most, folders) + heapq.nsmallest(most, files)][:most]
