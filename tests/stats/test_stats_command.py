"""`kiosk stats`: several kiosks' files together, its outputs, and clear messages for files it cannot use."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from stats_helpers import at, visit, write_events

from kiosk.cli import main
from kiosk.stats.store import SCHEMA_VERSION, Event, VisitKind


def three_kiosks(folder: Path) -> list[Path]:
    day = "2025-06-14"
    hall = visit("Hall", at(day, "10:05"), 60, [("01-welcome.md", 20), ("02-history.md", 40)])
    hall += visit("Hall", at(day, "14:10"), 30, [("01-welcome.md", 30)], language="fr")
    garden = visit("Garden", at(day, "14:20"), 90, [("01-welcome.md", 10), ("02-history.md", 80)])
    shop = visit("Shop", at("2025-06-15", "11:00"), 120, [("02-history.md", 100)], language="ar")
    return [
        write_events(folder / "hall.sqlite", hall),
        write_events(folder / "garden.sqlite", garden),
        write_events(folder / "shop.sqlite", shop),
    ]


def test_three_kiosks_files_are_reported_together_each_event_keeping_its_kiosk(tmp_path: Path, capsys) -> None:
    files = three_kiosks(tmp_path)
    out = tmp_path / "events.csv"
    assert main(["stats", *map(str, files), "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4 visit(s) at 3 kiosk(s)" in printed
    assert "Sat 2025-06-14  3" in printed and "Sun 2025-06-15  1" in printed
    assert "Garden  1" in printed and "Hall    2" in printed and "Shop    1" in printed
    assert "median 1 min 15 s" in printed  # 30, 60, 90, 120 s
    history = next(line for line in printed.splitlines() if line.strip().startswith("History"))
    assert history.split()[1:] == ["3", "1", "min", "20", "s", "3", "min", "40", "s"]  # 40 + 80 + 100 s, median 80 s
    with out.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert {row["kiosk"] for row in rows} == {"Hall", "Garden", "Shop"}
    assert len(rows) == 4 + 4 + 6  # starts, ends, and each panel view


def test_since_and_until_keep_whole_local_days(tmp_path: Path, capsys) -> None:
    files = three_kiosks(tmp_path)
    assert main(["stats", *map(str, files), "--since", "2025-06-15", "--until", "2025-06-15"]) == 0
    assert "1 visit(s) at 1 kiosk(s)" in capsys.readouterr().out


def test_the_chart_and_the_html_report_are_written(tmp_path: Path, capsys, qapp) -> None:
    """(`qapp`: the test session's one Qt application, so the chart does not make one of its own.)"""
    files = three_kiosks(tmp_path)
    chart, report = tmp_path / "chart.png", tmp_path / "report.html"
    assert main(["stats", *map(str, files), "--chart", str(chart), "--html", str(report)]) == 0
    assert chart.read_bytes().startswith(b"\x89PNG\r\n")
    page = report.read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in page and "<td>Garden</td>" in page and "href=" not in page


def test_an_empty_file_says_there_is_nothing_to_report(tmp_path: Path, capsys) -> None:
    empty = write_events(tmp_path / "empty.sqlite", [])
    assert main(["stats", str(empty)]) == 0
    captured = capsys.readouterr()
    assert "no visits recorded in" in captured.err and "Traceback" not in captured.err


def test_a_file_that_is_not_statistics_gets_a_clear_message(tmp_path: Path, capsys) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    assert main(["stats", str(other)]) == 1
    err = capsys.readouterr().err
    assert "is not a statistics file" in err and "Traceback" not in err


def test_a_file_from_a_newer_kiosk_gets_a_clear_message(tmp_path: Path, capsys) -> None:
    newer = write_events(tmp_path / "newer.sqlite", [])
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    assert main(["stats", str(newer)]) == 1
    assert "Update the kiosk on this computer to read it" in capsys.readouterr().err


def test_a_missing_file_gets_a_clear_message(tmp_path: Path, capsys) -> None:
    assert main(["stats", str(tmp_path / "nowhere.sqlite")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_with_no_file_and_no_statistics_yet_it_says_where_they_will_be(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty-data"))
    assert main(["stats"]) == 1
    assert "this computer has no statistics yet" in capsys.readouterr().err


def unfinished_visit(kiosk: str, start: float) -> list:
    """A visit that began and never ended (the kiosk lost power, or the visit is still under way)."""
    return visit(kiosk, start, 50, [("01-welcome.md", 25)])[:-1]


def test_a_visit_that_never_ended_gives_no_visit_length_rather_than_zero(tmp_path: Path, capsys) -> None:
    path = write_events(tmp_path / "hall.sqlite", unfinished_visit("Hall", at("2025-06-14", "10:05")))
    assert main(["stats", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "1 visit(s) at 1 kiosk(s)" in printed
    assert "0 s" not in printed.split("Visits per day")[0], printed
    assert "1 visit did not end" in printed and "not known" in printed


def test_a_visit_that_never_ended_is_left_out_of_the_lengths_and_counted(tmp_path: Path, capsys) -> None:
    files = three_kiosks(tmp_path)
    write_events(files[0], unfinished_visit("Hall", at("2025-06-14", "16:00")))
    assert main(["stats", *map(str, files)]) == 0
    printed = capsys.readouterr().out
    assert "5 visit(s) at 3 kiosk(s)" in printed
    assert "median 1 min 15 s" in printed  # 30, 60, 90, 120 s: the unfinished one is not a length
    assert "1 visit did not end" in printed and "left out of the visit lengths" in printed


def test_the_csv_chart_and_html_agree_on_a_visit_that_never_ended(tmp_path: Path, capsys, qapp) -> None:
    path = write_events(tmp_path / "hall.sqlite", unfinished_visit("Hall", at("2025-06-14", "10:05")))
    rows, report = tmp_path / "events.csv", tmp_path / "report.html"
    assert main(["stats", str(path), "--csv", str(rows), "--html", str(report)]) == 0
    with rows.open(encoding="utf-8") as stream:
        kinds = [row["kind"] for row in csv.DictReader(stream)]
    assert kinds == ["visit_start", "panel_view"]  # the raw events, as recorded: a start and no end
    page = report.read_text(encoding="utf-8")
    assert "<b>0 s</b>" not in page and "<b>not known</b>median visit" in page
    assert "1 visit did not end" in page


def test_the_same_events_read_from_two_copies_are_counted_once(tmp_path: Path, capsys) -> None:
    """A kiosk's file named twice, or its synced copy beside the one brought on a USB stick, is one kiosk's day."""
    hall, garden, _ = three_kiosks(tmp_path)
    stick_copy = tmp_path / "stick" / "statistics.sqlite"
    stick_copy.parent.mkdir()
    stick_copy.write_bytes(hall.read_bytes())
    assert main(["stats", str(hall), str(garden), str(stick_copy), str(hall)]) == 0
    printed = capsys.readouterr().out
    assert "3 visit(s) at 2 kiosk(s)" in printed
    assert "Hall    2" in printed


def test_a_file_with_its_log_in_a_folder_that_cannot_be_written_to_says_to_copy_both(tmp_path: Path, capsys) -> None:
    """A stick or share mounted read-only, holding a kiosk's file as it is while the kiosk runs (its last events
    in statistics.sqlite-wal): SQLite cannot open it there, and the message says what to do."""
    folder = tmp_path / "stick"
    hall = write_events(folder / "statistics.sqlite", [])
    writer = "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version'); os._exit(0)"
    subprocess.run([sys.executable, "-c", writer, str(hall)], check=True)  # leaves the -wal, as a power cut does
    (folder / "statistics.sqlite-shm").unlink(missing_ok=True)
    assert (folder / "statistics.sqlite-wal").exists()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user can write to any folder (root): checked by hand on a read-only mount")
        assert main(["stats", str(hall)]) == 1
        err = capsys.readouterr().err
        assert "Copy statistics.sqlite and statistics.sqlite-wal together" in err and "not a statistics file" not in err
    finally:
        folder.chmod(0o755)


def test_a_link_and_a_timeline_event_tapped_in_two_languages_are_one_row_each(tmp_path: Path, capsys) -> None:
    """The same panel's link or event, tapped by an English and a French visitor, is one thing with two taps:
    rows are the panel's (its file), named as most visitors saw it, not one row per language."""
    start = at("2025-06-14", "10:00")
    events = []
    for n, (language, title, event_name) in enumerate(
        [("en", "History", "Founded"), ("fr", "Histoire", "Fondation"), ("en", "History", "Founded")]
    ):
        moment = start + 100 * n
        events += visit("Hall", moment, 60, [("02-history.md", 30)], language=language)
        events += [
            Event(moment + 5, 0, "Hall", "v1", VisitKind.QR_CODE, "02-history.md", title, detail="https://example.org"),
            Event(
                moment + 6,
                0,
                "Hall",
                "v1",
                VisitKind.ITEM_OPENED,
                "02-history.md",
                title,
                detail=f"timeline event 1: {event_name}",
            ),
        ]
    assert main(["stats", str(write_events(tmp_path / "hall.sqlite", events))]) == 0
    printed = capsys.readouterr().out
    assert "History: https://example.org  3" in printed and "Histoire" not in printed
    assert "History: timeline event: Founded  3" in printed and "Fondation" not in printed


def test_languages_count_the_visits_read_in_each_not_the_language_every_visit_starts_in(tmp_path: Path, capsys) -> None:
    """Every visit starts in the deck's first language (the idle return resets it): a visitor who chose French
    read the kiosk in French, and the funder's question is how many visits each language served."""
    start = at("2025-06-14", "10:00")
    english = visit("Hall", start, 40, [("01-welcome.md", 40)])
    french = [
        Event(start + 100, 0, "Hall", "v1", VisitKind.VISIT_START, language="en"),
        Event(start + 102, 0, "Hall", "v1", VisitKind.LANGUAGE, language="fr"),
        Event(start + 160, 0, "Hall", "v1", VisitKind.VISIT_END, language="fr", seconds=60),
    ]
    assert main(["stats", str(write_events(tmp_path / "hall.sqlite", english + french))]) == 0
    languages = capsys.readouterr().out.split("Languages")[1].splitlines()
    assert languages[1].split() == ["language", "visits", "read", "in", "it", "times", "chosen"]
    assert sorted(line.split() for line in languages[2:4]) == [
        ["English", "(en)", "1", "0"],
        ["Français", "(fr)", "1", "1"],
    ]


def test_events_with_impossible_times_or_lengths_are_left_out_and_counted(tmp_path: Path, capsys, qapp) -> None:
    """A kiosk whose clock went wrong, or a damaged file from a sync: the report is made from the rest."""
    good = visit("Hall", at("2025-06-14", "10:00"), 60, [("01-welcome.md", 60)])
    impossible = [
        Event(1e15, 0, "Hall", "v1", VisitKind.VISIT_START, language="en"),
        Event(at("2025-06-14", "11:00"), 10**12, "Hall", "v1", VisitKind.VISIT_START, language="en"),
        Event(at("2025-06-14", "12:00"), 0, "Hall", "v1", VisitKind.VISIT_END, language="en", seconds=1e308),
        Event(at("2025-06-14", "12:00"), 0, "Hall", "v1", VisitKind.PANEL_VIEW, "01-welcome.md", "W", "en", -5.0),
    ]
    hall = write_events(tmp_path / "hall.sqlite", good + impossible)
    chart, report = tmp_path / "chart.png", tmp_path / "report.html"
    assert main(["stats", str(hall), "--chart", str(chart), "--html", str(report)]) == 0
    captured = capsys.readouterr()
    assert "1 visit(s) at 1 kiosk(s)" in captured.out and "median 1 min" in captured.out
    assert "4 event(s) in" in captured.err and "impossible" in captured.err and "Traceback" not in captured.err
    assert chart.exists() and report.exists()
