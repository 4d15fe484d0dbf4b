"""The statistics database: one SQLite file, its schema and migrations, retention, reading it back.

Written in WAL mode with `synchronous=NORMAL`: a commit is one append to the
write-ahead log, and a power cut loses at most the last commits, never the file's
integrity (SQLite's own guarantee, which tests/stats/test_power_cut.py checks with
SIGKILL). `PRAGMA user_version` is the schema version; MIGRATIONS[n] takes a file
from version n to n + 1 and is never changed once released, so every older file
can be brought up to date.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, fields
from pathlib import Path

#: Version 1, the first release, made the table; version 2 indexed it by time (pruning, --since, today's visits).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        utc_offset INTEGER NOT NULL,
        kiosk TEXT NOT NULL,
        content TEXT NOT NULL,
        kind TEXT NOT NULL,
        panel TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        seconds REAL,
        detail TEXT NOT NULL DEFAULT ''
    );
    """,
    "CREATE INDEX events_at ON events (at);",
)
SCHEMA_VERSION = len(MIGRATIONS)
#: How long a write waits for another connection's lock before giving up (the writer tries again later).
BUSY_TIMEOUT_SECONDS = 0.5
DAY_SECONDS = 86_400


class VisitKind:
    """The kinds of event, as stored in the `kind` column."""

    VISIT_START = "visit_start"
    VISIT_END = "visit_end"
    PANEL_VIEW = "panel_view"
    LANGUAGE = "language"
    ITEM_OPENED = "item_opened"
    QR_CODE = "qr_code"
    ADMIN = "admin"


@dataclass(frozen=True)
class Event:
    """One anonymous event. `at` is Unix time; `utc_offset` the kiosk's local offset then, in seconds.

    `seconds` is a visit's length (visit_end) or a panel's dwell time (panel_view);
    `detail` names what was opened or shown ("event 3", "card 2", a link's address,
    "reload", "exit"). Nothing here identifies a visitor.
    """

    at: float
    utc_offset: int
    kiosk: str
    content: str
    kind: str
    panel: str = ""
    title: str = ""
    language: str = ""
    seconds: float | None = None
    detail: str = ""

    @property
    def local_time(self) -> float:
        """Seconds since the epoch in the kiosk's local time, for days and hours as the stand saw them."""
        return self.at + self.utc_offset


COLUMNS = tuple(field.name for field in fields(Event))
_INSERT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class StatisticsUnusable(Exception):
    """A file `kiosk stats` or the kiosk cannot use as statistics: the message says why, in plain words."""


def local_offset(at: float) -> int:
    """This computer's offset from UTC at `at`, in seconds (summer time included)."""
    offset = time.localtime(at).tm_gmtoff
    return int(offset or 0)


def _check_version(connection: sqlite3.Connection, path: Path) -> int:
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as problem:
        raise StatisticsUnusable(f"{path} is not a statistics file ({problem}).") from None
    if version > SCHEMA_VERSION:
        raise StatisticsUnusable(
            f"{path} was written by a newer version of the kiosk (statistics format {version}; this one reads "
            f"up to {SCHEMA_VERSION}). Update the kiosk on this computer to read it."
        )
    return version


def open_for_writing(path: Path) -> sqlite3.Connection:
    """Open (creating it and its folder if need be) and migrate the database. Raises sqlite3.Error, OSError,
    StatisticsUnusable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)
    try:
        version = _check_version(connection, path)
        if version and not _has_events_table(connection):
            raise StatisticsUnusable(f"{path} is an SQLite file, but not the kiosk's statistics.")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        migrate(connection, version)
    except BaseException:
        connection.close()
        raise
    return connection


def _has_events_table(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone() is not None


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Bring a file at schema `version` up to SCHEMA_VERSION, each step in its own transaction."""
    for step in range(version, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in filter(str.strip, MIGRATIONS[step].split(";")):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {step + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


def insert(connection: sqlite3.Connection, events: Iterable[Event]) -> None:
    """Write `events` in one transaction: all of them or, after a failure or a power cut, none."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.executemany(_INSERT, (astuple(event) for event in events))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def prune(connection: sqlite3.Connection, keep_days: int, now: float | None = None) -> int:
    """Delete the events older than `keep_days`; returns how many went."""
    cutoff = (time.time() if now is None else now) - keep_days * DAY_SECONDS
    connection.execute("BEGIN IMMEDIATE")
    try:
        removed = connection.execute("DELETE FROM events WHERE at < ?", (cutoff,)).rowcount
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return removed


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection to a statistics file; raises StatisticsUnusable with a plain reason."""
    if not path.is_file():
        raise StatisticsUnusable(f"{path} does not exist (or is not a file).")
    with path.open("rb") as stream:
        header = stream.read(16)
    if header and header != b"SQLite format 3\x00":
        raise StatisticsUnusable(f"{path} is not a statistics file (it is not an SQLite database).")
    _check_readable_in_place(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        version = _check_version(connection, path)
        if not version or not _has_events_table(connection):
            raise StatisticsUnusable(f"{path} is an SQLite file, but not the kiosk's statistics.")
    except BaseException:
        connection.close()
        raise
    return connection


def _check_readable_in_place(path: Path) -> None:
    """SQLite reads the last events of a file from its -wal beside it, and to do so must write a -shm file
    there; in a folder that cannot be written to (a read-only stick or share) it cannot open the file at all."""
    log, index = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    if log.exists() and not index.exists() and not os.access(path.parent, os.W_OK):
        raise StatisticsUnusable(
            f"{path} cannot be read where it is: its last events are in {log.name} beside it, and reading them "
            f"needs a folder that can be written to. Copy {path.name} and {log.name} together into a folder of "
            "your own (Documents, say) and name the copy."
        )


def read_events(path: Path, since: float | None = None, until: float | None = None) -> Iterator[Event]:
    """The events in the file at `path`, oldest first, with `since <= at < until` (Unix times) when given."""
    connection = open_for_reading(path)
    try:
        query = f"SELECT {', '.join(COLUMNS)} FROM events WHERE at >= ? AND at < ? ORDER BY at, id"
        bounds = (-1e18 if since is None else since, 1e18 if until is None else until)
        try:
            rows = connection.execute(query, bounds).fetchall()
        except sqlite3.DatabaseError as problem:
            raise StatisticsUnusable(f"{path} cannot be read ({problem}).") from None
    finally:
        connection.close()
    for row in rows:
        yield Event(*row)


def visits_since(path: Path, since: float) -> int:
    """How many visits began at or after `since` (Unix time); 0 when the file cannot be read."""
    try:
        connection = open_for_reading(path)
    except (StatisticsUnusable, OSError, sqlite3.Error):
        return 0
    try:
        query = "SELECT COUNT(*) FROM events WHERE at >= ? AND kind = ?"
        return int(connection.execute(query, (since, VisitKind.VISIT_START)).fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def file_size(path: Path) -> int:
    """Bytes on disk: the database and its write-ahead log."""
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            total += part.stat().st_size
        except OSError:
            pass
    return total
