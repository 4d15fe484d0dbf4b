"""The running kiosk writes its status for HQ at start, every minute and after each reload, shown or rejected."""

from __future__ import annotations

from pathlib import Path

from kiosk_helpers import ENGLISH, FakeClock, write_content

from kiosk.content.loader import load_deck
from kiosk.fleet.status import STATUS_NAME, read_status
from kiosk.stats.recorder import content_version
from kiosk.ui.reload import ContentWatcher
from kiosk.ui.status_writer import STATUS_INTERVAL_SECONDS, StatusWriter


def test_the_status_is_written_at_start_every_minute_and_after_each_reload(tmp_path: Path, show_kiosk) -> None:
    folder = write_content(tmp_path / "content", ENGLISH)
    kiosk = show_kiosk(folder)
    clock = FakeClock()
    wall = [1_700_000_000.0]
    watcher = ContentWatcher(folder, load=load_deck, clock=FakeClock(), parent=kiosk.window)
    stats = tmp_path / "stats"
    writer = StatusWriter(
        kiosk.controller, stats, watcher=watcher, clock=clock, now=lambda: wall[0], monotonic=lambda: clock.now
    )
    writer.wait()
    first = read_status(stats / STATUS_NAME)
    assert (first.content, first.errors, first.written_at) == (content_version(kiosk.controller.deck), 0, wall[0])
    assert first.free_disk_bytes and first.kiosk and first.app_version

    wall[0] += STATUS_INTERVAL_SECONDS
    clock.advance(STATUS_INTERVAL_SECONDS)
    writer.wait()
    assert read_status(stats / STATUS_NAME).written_at == wall[0]
    assert read_status(stats / STATUS_NAME).uptime_seconds == STATUS_INTERVAL_SECONDS

    write_content(folder, {"en/05-five.md": "# Five\n\nA new panel.\n"})
    wall[0] += 5
    kiosk.show_deck(load_deck(folder))
    writer.wait()
    reloaded = read_status(stats / STATUS_NAME)
    assert reloaded.content == content_version(load_deck(folder)) != first.content
    assert reloaded.content_loaded_at == wall[0]

    write_content(folder, {"en/06-six.md": "# Six\n\n![](media/missing.png)\n"})
    watcher.deckRejected.emit(load_deck(folder))
    writer.wait()
    rejected = read_status(stats / STATUS_NAME)
    assert rejected.errors == 1 and rejected.content == reloaded.content  # still showing the last good deck


def test_a_status_folder_that_cannot_be_written_is_logged_once_and_never_stops_the_kiosk(
    tmp_path: Path, show_kiosk, caplog
) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", ENGLISH))
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x", encoding="utf-8")
    clock = FakeClock()
    writer = StatusWriter(kiosk.controller, blocked / "stats", clock=clock)
    clock.advance(STATUS_INTERVAL_SECONDS)
    writer.wait()
    clock.advance(STATUS_INTERVAL_SECONDS)
    writer.wait()
    warnings = [record for record in caplog.records if "status file for HQ cannot be written" in record.getMessage()]
    assert len(warnings) == 1
