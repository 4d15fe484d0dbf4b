"""The writer: events go onto a queue at once, a thread commits them about once a second.

Nothing the screen does ever waits for the disk: `record` only puts an event on a
queue. The thread writes what arrived in the last second in one small transaction,
so a power cut loses at most that second. When the file cannot be written (a full
disk, a read-only folder, another program holding a lock, a file that is not the
kiosk's) it says so once in the log and keeps the events to try again with the next
batch, up to MAX_PENDING; once writing works again it says that too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.content.model import Deck
from kiosk.stats.store import Event, StatisticsUnusable, insert, local_offset, open_for_writing, prune

log = logging.getLogger(__name__)

COMMIT_INTERVAL_SECONDS = 1.0
#: Events kept in memory while the file cannot be written; the oldest go first beyond this.
MAX_PENDING = 10_000

_STOP = object()
#: SQLite's words when it cannot make or open the file, said as staff can act on them.
_OPEN_FAILED = "the file cannot be made or opened there: the folder is read-only, missing, or not the kiosk's to write"


def content_version(deck: Deck) -> str:
    """A short fingerprint of what the deck shows: the same content gives the same version on any kiosk.

    Taken from the loaded deck (texts, layouts, settings, picture names and sizes) with
    its folder's path left out, so copies of one folder on two kiosks agree.
    """
    described = repr((deck.settings, deck.languages)).replace(str(deck.folder), "")
    return hashlib.sha256(described.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class Recorder:
    """Records events for one kiosk into the file at `path`, from a thread of its own.

    `keep_days`: older events are pruned when the file is first opened. `on_commit`
    is called on the writer thread with each batch once it is committed. `now` gives
    the time stamped on each event (Unix time).
    """

    def __init__(
        self,
        path: Path,
        *,
        kiosk: str,
        keep_days: int,
        interval: float = COMMIT_INTERVAL_SECONDS,
        on_commit: Callable[[Sequence[Event]], None] | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.kiosk = kiosk
        self._keep_days = keep_days
        self._interval = interval
        self._on_commit = on_commit
        self._now = now
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._pending: list[Event] = []
        self._connection: sqlite3.Connection | None = None
        self._failing = False
        self._thread = threading.Thread(target=self._run, name="kiosk statistics", daemon=True)
        self._thread.start()

    def record(self, kind: str, content: str, **fields: object) -> None:
        """Queue one event (see store.Event for the fields); returns at once."""
        at = self._now()
        self._queue.put(Event(at, local_offset(at), self.kiosk, content, kind, **fields))  # type: ignore[arg-type]

    def close(self) -> None:
        """Write what is queued and stop the thread."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    # -- the writer thread -------------------------------------------------------------------

    def _run(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            batch: list[Event] = []
            if first is _STOP:
                stopping = True
            else:
                batch.append(first)  # type: ignore[arg-type]
                stopping = self._collect(batch)
            if batch or self._pending:
                self._write(batch)
        if self._connection is not None:
            self._connection.close()

    def _collect(self, batch: list[Event]) -> bool:
        """Add what arrives within the interval to `batch`; True when asked to stop."""
        deadline = time.monotonic() + self._interval
        while (left := deadline - time.monotonic()) > 0:
            try:
                item = self._queue.get(timeout=left)
            except queue.Empty:
                return False
            if item is _STOP:
                return True
            batch.append(item)  # type: ignore[arg-type]
        return False

    def _write(self, batch: list[Event]) -> None:
        self._pending.extend(batch)
        del self._pending[:-MAX_PENDING]
        try:
            if self._connection is None:
                self._connection = self._open()
            insert(self._connection, self._pending)
            _sync(self.path.with_name(self.path.name + "-wal"))
        except (sqlite3.Error, OSError, StatisticsUnusable) as problem:
            self._failed(problem)
            return
        committed, self._pending = self._pending, []
        if self._failing:
            self._failing = False
            log.warning("visitor statistics are written to %s again", self.path)
        if self._on_commit is not None:
            self._on_commit(committed)

    def _open(self) -> sqlite3.Connection:
        connection = open_for_writing(self.path)
        try:
            removed = prune(connection, self._keep_days)
        except sqlite3.Error:
            connection.close()
            raise
        if removed:
            log.info("visitor statistics: %d event(s) older than %d days removed", removed, self._keep_days)
        return connection

    def _failed(self, problem: Exception) -> None:
        """Say it once; keep the events for the next try. A connection that failed is opened afresh next time."""
        if isinstance(problem, sqlite3.Error | OSError) and self._connection is not None:
            self._connection.close()
            self._connection = None
        if not self._failing:
            self._failing = True
            reason = _OPEN_FAILED if str(problem) == "unable to open database file" else str(problem)
            log.warning(
                "visitor statistics cannot be written to %s (%s); the kiosk carries on, keeping up to %d events "
                "in memory to write once it can",
                self.path,
                reason,
                MAX_PENDING,
            )


def _sync(log_file: Path) -> None:
    """Push the write-ahead log to the disk now.

    With `synchronous=NORMAL` SQLite leaves that to the system, which may hold the
    last commits in memory for half a minute: a power cut would lose them, not just
    the last second. One flush a second, on this thread, keeps the promise.
    """
    try:
        descriptor = os.open(log_file, os.O_RDONLY)
    except FileNotFoundError:  # nothing written since the log was last emptied
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
