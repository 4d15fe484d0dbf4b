"""The recorder never stops the kiosk: a full disk, a read-only folder or a locked file is logged once."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from kiosk.stats import recorder as recorder_module
from kiosk.stats.recorder import Recorder
from kiosk.stats.store import Event, VisitKind, read_events

WARNING = "visitor statistics cannot be written"


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class Commits:
    """Counts the events the recorder reports committed (it calls from its thread)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._lock = threading.Lock()

    def __call__(self, events: Sequence[Event]) -> None:
        with self._lock:
            self.events.extend(events)


def record_batches(recorder: Recorder, batches: int) -> None:
    for number in range(batches):
        recorder.record(VisitKind.VISIT_START, "v1", detail=str(number))
        time.sleep(0.03)  # one batch each: the interval is 0.01 s


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if WARNING in record.getMessage()]


def test_events_are_committed_in_batches_and_flushed_on_close(tmp_path: Path) -> None:
    commits = Commits()
    recorder = Recorder(tmp_path / "s.sqlite", kiosk="hall", keep_days=400, on_commit=commits)
    for number in range(5):
        recorder.record(VisitKind.PANEL_VIEW, "v1", panel="01-a.md", seconds=2.0, detail=str(number))
    recorder.close()
    assert [event.detail for event in read_events(tmp_path / "s.sqlite")] == ["0", "1", "2", "3", "4"]
    assert len(commits.events) == 5


def test_a_full_disk_is_logged_once_and_the_kiosk_carries_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(connection: sqlite3.Connection, events: Sequence[Event]) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(recorder_module, "insert", disk_full)
    caplog.set_level(logging.WARNING)
    recorder = Recorder(tmp_path / "s.sqlite", kiosk="hall", keep_days=400, interval=0.01)
    record_batches(recorder, 5)
    recorder.close()
    assert len(warnings(caplog)) == 1
    assert "database or disk is full" in warnings(caplog)[0]


def test_a_real_full_file_is_logged_once_and_written_again_when_there_is_room(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own "full" error, from a page limit, as a full disk gives it."""
    opened = recorder_module.open_for_writing
    limit = {"pages": "3"}

    def small_file(path: Path) -> sqlite3.Connection:
        connection = opened(path)
        connection.execute(f"PRAGMA max_page_count = {limit['pages']}")
        return connection

    monkeypatch.setattr(recorder_module, "open_for_writing", small_file)
    caplog.set_level(logging.WARNING)
    commits = Commits()
    recorder = Recorder(tmp_path / "s.sqlite", kiosk="hall", keep_days=400, interval=0.01, on_commit=commits)
    for _ in range(3):
        recorder.record(VisitKind.QR_CODE, "v1", detail="x" * 3000)
        time.sleep(0.03)
    wait_for(lambda: len(warnings(caplog)) == 1)
    limit["pages"] = "1000"
    recorder.record(VisitKind.VISIT_START, "v1", detail="after")
    wait_for(lambda: any(event.detail == "after" for event in commits.events))
    recorder.close()
    assert len(warnings(caplog)) == 1
    assert "full" in warnings(caplog)[0]
    assert len(list(read_events(tmp_path / "s.sqlite"))) == 4  # what waited was written too


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: made read-only, or, for root (who may write anyway), a read-only mount."""
    folder = tmp_path / "data"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a read-only file system here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_a_read_only_data_folder_is_logged_once_and_the_kiosk_carries_on(
    read_only_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    recorder = Recorder(read_only_folder / "s.sqlite", kiosk="hall", keep_days=400, interval=0.01)
    record_batches(recorder, 5)
    recorder.close()
    assert len(warnings(caplog)) == 1
    assert "read-only" in warnings(caplog)[0].lower()


def test_a_locked_file_is_logged_once_and_written_once_the_lock_is_gone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "s.sqlite"
    Recorder(path, kiosk="hall", keep_days=400).close()  # the file exists, in WAL mode
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    caplog.set_level(logging.WARNING)
    commits = Commits()
    recorder = Recorder(path, kiosk="hall", keep_days=400, interval=0.01, on_commit=commits)
    record_batches(recorder, 3)
    wait_for(lambda: len(warnings(caplog)) == 1)
    other.execute("ROLLBACK")
    other.close()
    wait_for(lambda: len(commits.events) == 3)
    recorder.close()
    assert len(warnings(caplog)) == 1
    assert len(list(read_events(path))) == 3
