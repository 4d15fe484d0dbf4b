"""Status files written by kiosks and read back by `kiosk fleet` at HQ: three kiosks, one stale, one behind;
and a clear message, never a traceback or a hang, for each status file HQ cannot use."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_deck
from kiosk.fleet.report import STALE_MINUTES
from kiosk.fleet.status import MAX_STATUS_BYTES, STATUS_NAME, KioskStatus, StatusUnreadable, read_status, write_status
from kiosk.stats.recorder import content_version


def content(folder: Path, vision: str) -> Path:
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "01-vision.md").write_text(f"# Vision\n\n{vision}\n", encoding="utf-8")
    return folder


def a_status(
    name: str, shows: str, *, minutes_ago: float = 1, errors: int = 0, loaded_hours_ago: float = 1
) -> KioskStatus:
    now = time.time()
    return KioskStatus(
        kiosk=name,
        app_version="0.1.0",
        content=shows,
        content_loaded_at=now - loaded_hours_ago * 3600,
        errors=errors,
        warnings=1,
        uptime_seconds=7200,
        last_visit_at=now - 600,
        free_disk_bytes=12_300_000_000,
        written_at=now - minutes_ago * 60,
    )


@pytest.fixture
def hq(tmp_path: Path) -> tuple[Path, Path]:
    """HQ's content folder, and the folder where three kiosks' statistics folders arrive: Hall up to date,
    Garden behind (it still shows yesterday's content), Shop not seen for half an hour."""
    today = content(tmp_path / "content", "Clean water for every village.")
    yesterday = content(tmp_path / "old", "Clean water.")
    now_shown, old_shown = content_version(load_deck(today)), content_version(load_deck(yesterday))
    arrived = tmp_path / "kiosks"
    write_status(arrived / "hall", a_status("Hall", now_shown))
    write_status(arrived / "garden", a_status("Garden", old_shown, loaded_hours_ago=24))
    write_status(arrived / "shop", a_status("Shop", now_shown, minutes_ago=30))
    return today, arrived


def test_a_status_is_written_whole_and_read_back_as_written(tmp_path: Path) -> None:
    status = a_status("Hall", "0123456789ab")
    path = write_status(tmp_path / "stats", status)
    assert path == tmp_path / "stats" / STATUS_NAME
    assert read_status(path) == status
    assert sorted(child.name for child in path.parent.iterdir()) == [STATUS_NAME]  # no temporary left behind


def test_a_status_that_cannot_be_renamed_into_place_leaves_the_last_one_whole(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "stats"
    first = a_status("Hall", "0123456789ab")
    write_status(folder, first)

    def disk_full(*_arguments: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_status(folder, dataclasses.replace(first, errors=3))
    assert read_status(folder / STATUS_NAME) == first
    assert sorted(child.name for child in folder.iterdir()) == [STATUS_NAME]


def test_three_kiosks_one_stale_one_behind_are_each_told_apart(hq, capsys) -> None:
    today, arrived = hq
    assert main(["fleet", str(arrived), "--content", str(today)]) == 1  # two need attention
    printed = capsys.readouterr().out.splitlines()
    lines = {line.split(":")[0]: line for line in printed[1:]}
    assert set(lines) == {"Hall", "Garden", "Shop"}, printed
    assert "up to date" in lines["Hall"] and "seen just now" in lines["Hall"]
    assert "BEHIND HQ" in lines["Garden"] and "seen just now" in lines["Garden"]
    assert "up to date" in lines["Shop"] and f"NOT SEEN for {STALE_MINUTES}+ min" in lines["Shop"]
    assert "30 min ago" in lines["Shop"]
    assert all("0 error(s), 1 warning(s)" in line and "12.3 GB free" in line for line in lines.values())


def test_the_fleet_as_json_for_tools(hq, capsys) -> None:
    today, arrived = hq
    write_status(arrived / "annex", a_status("Annex", content_version(load_deck(today)), errors=2))
    main(["fleet", str(arrived / "hall"), str(arrived / "annex"), "--content", str(today), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["hq_content"] == content_version(load_deck(today))
    kiosks = {kiosk["kiosk"]: kiosk for kiosk in report["kiosks"]}
    assert kiosks["Hall"]["attention"] is False and kiosks["Hall"]["up_to_date"] is True
    assert kiosks["Annex"]["attention"] is True and kiosks["Annex"]["errors"] == 2


def test_every_kiosk_up_to_date_and_seen_is_a_success(hq, capsys) -> None:
    today, arrived = hq
    assert main(["fleet", str(arrived / "hall"), "--content", str(today)]) == 0
    assert "Hall: up to date" in capsys.readouterr().out


def test_a_folder_with_no_status_is_named_with_what_to_give(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["fleet", str(tmp_path / "empty"), "--content", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert "no kiosk status here" in error and "Traceback" not in error


def write_bytes(folder: Path, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / STATUS_NAME).write_bytes(data)
    return folder / STATUS_NAME


def good_document() -> dict[str, object]:
    return {"format": 1, **dataclasses.asdict(a_status("Hall", "0123456789ab"))}


ODD_FILES = {
    "empty": (b"", "it is empty"),
    "cut off while copied": (json.dumps(good_document()).encode()[:40], "not a complete status file"),
    "not text": (b"\xff\xfe\x00garbage", "not text"),
    "a list": (b"[1, 2, 3]", "not a kiosk's status file"),
    "no format": (json.dumps({"kiosk": "Hall"}).encode(), "says no format"),
    "a newer format": (json.dumps({**good_document(), "format": 99}).encode(), "newer version of the kiosk"),
    "a field missing": (
        json.dumps({key: value for key, value in good_document().items() if key != "content"}).encode(),
        'has no "content"',
    ),
    "an empty name": (json.dumps({**good_document(), "kiosk": " "}).encode(), '"kiosk" is not a name'),
    "a count that is text": (json.dumps({**good_document(), "errors": "many"}).encode(), '"errors" is not a whole'),
    "a time that is not a number": (json.dumps({**good_document(), "written_at": float("nan")}).encode(), "not a time"),
    "an infinite time": (
        json.dumps({**good_document(), "written_at": float("inf")}).encode(),
        '"written_at" is not a time',
    ),
    "nested deeper than Python reads": (b"[" * 60_000, "not a complete status file"),
    "far too large": (b" " * (MAX_STATUS_BYTES + 10), "far too large"),
}


@pytest.mark.parametrize("case", ODD_FILES, ids=str)
def test_an_odd_status_file_gets_a_plain_message(tmp_path: Path, case: str, capsys) -> None:
    data, expected = ODD_FILES[case]
    path = write_bytes(tmp_path / "kiosk", data)
    with pytest.raises(StatusUnreadable, match=expected):
        read_status(path)
    assert main(["fleet", str(path.parent), "--content", str(tmp_path)]) == 1
    printed = capsys.readouterr()
    assert f"{path}: cannot be read: " in printed.out and "Traceback" not in printed.out + printed.err


def test_a_status_file_that_is_a_pipe_does_not_hang_the_report(tmp_path: Path) -> None:
    (tmp_path / "kiosk").mkdir()
    os.mkfifo(tmp_path / "kiosk" / STATUS_NAME)
    with pytest.raises(StatusUnreadable, match="not a file"):
        read_status(tmp_path / "kiosk" / STATUS_NAME)


def test_a_status_file_that_is_a_folder_gets_a_plain_message(tmp_path: Path) -> None:
    (tmp_path / "kiosk" / STATUS_NAME).mkdir(parents=True)
    with pytest.raises(StatusUnreadable, match="not a file|cannot be opened"):
        read_status(tmp_path / "kiosk" / STATUS_NAME)


def test_terminal_control_characters_in_a_kiosk_name_are_not_printed(tmp_path: Path, capsys) -> None:
    """A status file is untrusted: escape sequences in it must not reach HQ's terminal."""
    document = {**good_document(), "kiosk": "Hall\x1b[2J\x1b]0;owned\x07" + "x" * 500}
    path = write_bytes(tmp_path / "kiosk", json.dumps(document).encode())
    assert "\x1b" not in read_status(path).kiosk and len(read_status(path).kiosk) <= 80
    main(["fleet", str(path.parent), "--content", str(tmp_path)])
    printed = capsys.readouterr()
    assert "\x1b" not in printed.out + printed.err and "\x07" not in printed.out


def test_a_status_from_the_future_says_the_clock_is_wrong(tmp_path: Path, capsys) -> None:
    write_status(tmp_path / "kiosk", a_status("Hall", "0123456789ab", minutes_ago=-60 * 24))
    assert main(["fleet", str(tmp_path / "kiosk"), "--content", str(tmp_path)]) == 1
    assert "CLOCK WRONG" in capsys.readouterr().out


def test_without_content_the_kiosks_are_compared_with_the_newest_content_they_show(hq, capsys) -> None:
    """Without --content there is no HQ folder to compare with: the kiosks are compared with each other, not
    with the content bundled with the app (which made every kiosk BEHIND)."""
    _today, arrived = hq
    assert main(["fleet", str(arrived)]) == 1  # Garden is behind, Shop not seen
    captured = capsys.readouterr()
    lines = {line.split(":")[0]: line for line in captured.out.splitlines()}
    assert "BEHIND HQ" not in captured.out, captured.out
    assert "newest content seen" in lines["Hall"] and "newest content seen" in lines["Shop"]
    assert "BEHIND the newest content seen" in lines["Garden"], lines["Garden"]
    assert "--content" in captured.out + captured.err  # says how to compare with HQ's own folder


def test_without_content_every_kiosk_showing_the_same_content_is_a_success(hq, capsys) -> None:
    _today, arrived = hq
    assert main(["fleet", str(arrived / "hall")]) == 0
    report = capsys.readouterr().out
    assert "Hall: shows the newest content seen" in report and "BEHIND" not in report


def test_without_content_the_json_names_what_the_kiosks_were_compared_with(hq, capsys) -> None:
    today, arrived = hq
    main(["fleet", str(arrived), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["hq_content"] is None
    assert report["compared_with"] == {"content": content_version(load_deck(today)), "from": "newest kiosk"}
    kiosks = {kiosk["kiosk"]: kiosk for kiosk in report["kiosks"]}
    assert kiosks["Hall"]["up_to_date"] is True and kiosks["Garden"]["up_to_date"] is False


def test_a_kiosk_switched_off_at_closing_time_is_not_flagged_as_unseen(hq, capsys) -> None:
    """A kiosk stopped properly (staff, or the computer shutting down) says so in its last status: HQ sees it
    switched off, not missing, the next morning."""
    today, arrived = hq
    shown = content_version(load_deck(today))
    write_status(arrived / "shop", dataclasses.replace(a_status("Shop", shown, minutes_ago=600), stopped=True))
    assert main(["fleet", str(arrived / "hall"), str(arrived / "shop"), "--content", str(today)]) == 0
    shop = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Shop:"))
    assert "switched off" in shop and "NOT SEEN" not in shop


def test_a_status_from_before_switched_off_was_written_reads_as_running(tmp_path: Path) -> None:
    path = write_status(tmp_path, a_status("Hall", "0123456789ab"))
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["stopped"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_status(path).stopped is False
