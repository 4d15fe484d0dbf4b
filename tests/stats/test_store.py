"""The statistics file: schema versions, retention, and files that are not what they should be."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from stats_helpers import at, visit, write_events

from kiosk.stats.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    StatisticsUnusable,
    VisitKind,
    open_for_writing,
    prune,
    read_events,
)


def test_a_file_of_the_first_schema_is_migrated_and_keeps_its_events(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:
        old.executescript(MIGRATIONS[0])
        old.execute("PRAGMA user_version = 1")
        old.execute(
            "INSERT INTO events (at, utc_offset, kiosk, content, kind, seconds) VALUES (?, 0, 'hall', 'v0', ?, 12.5)",
            (at("2025-06-14", "10:00"), VisitKind.VISIT_END),
        )
    old.close()
    open_for_writing(path).close()
    with sqlite3.connect(path) as migrated:
        assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert migrated.execute("SELECT name FROM sqlite_master WHERE name = 'events_at'").fetchone() == ("events_at",)
    migrated.close()
    [event] = read_events(path)
    assert (event.kiosk, event.kind, event.seconds) == ("hall", VisitKind.VISIT_END, 12.5)


def test_a_new_file_is_written_in_wal_mode(tmp_path: Path) -> None:
    connection = open_for_writing(tmp_path / "new.sqlite")
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        connection.close()


def test_events_older_than_keep_days_are_pruned(tmp_path: Path) -> None:
    now = time.time()
    path = write_events(
        tmp_path / "s.sqlite", visit("hall", now - 10 * 86_400, 30, []) + visit("hall", now - 3600, 40, [])
    )
    connection = open_for_writing(path)
    try:
        assert prune(connection, keep_days=5, now=now) == 2
    finally:
        connection.close()
    assert [event.seconds for event in read_events(path) if event.kind == VisitKind.VISIT_END] == [40]


def test_a_file_from_a_newer_kiosk_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = write_events(tmp_path / "new.sqlite", [])
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StatisticsUnusable, match="newer version of the kiosk"):
        list(read_events(path))
    with pytest.raises(StatisticsUnusable, match="newer version of the kiosk"):
        open_for_writing(path)


def test_a_file_that_is_not_sqlite_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(StatisticsUnusable, match="not an SQLite database"):
        list(read_events(path))


def test_another_sqlite_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (x)")
    connection.close()
    with pytest.raises(StatisticsUnusable, match="not the kiosk's statistics"):
        list(read_events(path))
