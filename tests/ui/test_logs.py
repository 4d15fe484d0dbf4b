"""An exception in the UI layer is logged with its traceback and does not stop the kiosk."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, run_kiosk_on, write_content
from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.ui import logs, run
from kiosk.ui.logs import configure_logging, event_loop_running
from kiosk.ui.window import KioskWindow, after_first_frame


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, hook = list(root.handlers), sys.excepthook
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    sys.excepthook = hook


def test_exception_in_a_qt_callback_is_logged_and_the_event_loop_goes_on(qtbot, tmp_path, capsys, restore_logging):
    log_file = configure_logging(tmp_path / "logs")
    assert log_file == tmp_path / "logs" / "kiosk.log"

    def broken_slot() -> None:
        raise ValueError("a panel went wrong")

    ticks: list[int] = []
    with event_loop_running():
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(50, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)

    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "ValueError: a panel went wrong" in written
    assert "Traceback" in written
    terminal = capsys.readouterr().err
    assert f"kiosk: unexpected error in the kiosk (it keeps running); details in {log_file}" in terminal
    assert "Traceback" not in terminal


def test_unwritable_log_folder_falls_back_to_the_terminal(tmp_path, capsys, restore_logging):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert configure_logging(blocker / "logs") is None
    assert "cannot write the log file" in capsys.readouterr().err


def _terminal_lines_about_the_log(err: str) -> list[str]:
    return [line for line in err.splitlines() if "log file" in line]


def _log_lines(count: int) -> None:
    for number in range(count):
        logging.getLogger("kiosk.test").warning("line %d of what the kiosk has to say", number)


def test_a_full_log_disk_is_reported_once_in_one_line_and_never_with_a_traceback(tmp_path, capsys, restore_logging):
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "kiosk.log").symlink_to("/dev/full")  # every write: "No space left on device"
    log_file = configure_logging(folder)
    _log_lines(50)
    err = capsys.readouterr().err
    assert _terminal_lines_about_the_log(err) == [
        f"kiosk: cannot write the log file {log_file} (No space left on device); logging to the terminal only until it can"
    ]
    assert "Traceback" not in err and "Logging error" not in err
    assert err.count("of what the kiosk has to say") == 50  # the terminal still has every warning


def _fill(folder: Path) -> Path:
    """A file that takes every free byte of the file system `folder` is on."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"x" * 1024):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)
    return filler


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 64 KiB file system of its own (tmpfs), or a skip where mounting is not allowed."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "--lazy", str(folder)], check=True)  # lazy: even should a test leave a file open


def test_a_real_full_disk_is_reported_once_and_the_log_goes_on_when_there_is_room_again(
    small_disk, capsys, restore_logging
):
    log_file = configure_logging(small_disk / "logs")
    filler = _fill(small_disk)
    _log_lines(50)
    err = capsys.readouterr().err
    assert _terminal_lines_about_the_log(err) == [
        f"kiosk: cannot write the log file {log_file} (No space left on device); logging to the terminal only until it can"
    ]
    assert "Traceback" not in err and "Logging error" not in err

    filler.unlink()
    logging.getLogger("kiosk.test").warning("room again")
    assert _terminal_lines_about_the_log(capsys.readouterr().err) == [
        f"kiosk: the log file {log_file} can be written again"
    ]
    assert "room again" in log_file.read_text(encoding="utf-8")


def test_a_log_folder_deleted_while_the_kiosk_runs_is_made_again(tmp_path, capsys, restore_logging):
    log_file = configure_logging(tmp_path / "logs")
    _log_lines(1)
    shutil.rmtree(tmp_path / "logs")
    logging.getLogger("kiosk.test").warning("after the folder went")
    assert "after the folder went" in log_file.read_text(encoding="utf-8")
    assert _terminal_lines_about_the_log(capsys.readouterr().err) == []


def test_a_rotation_that_fails_is_reported_once(tmp_path, capsys, monkeypatch, restore_logging):
    monkeypatch.setattr(logs, "LOG_FILE_BYTES", 2000)
    folder = tmp_path / "logs"
    (folder / "kiosk.log.5" / "in-the-way").mkdir(parents=True)  # a folder where the oldest log must be deleted
    (folder / "kiosk.log.4").write_text("the oldest log but one", encoding="utf-8")
    log_file = configure_logging(folder)
    _log_lines(100)
    err = capsys.readouterr().err
    lines = _terminal_lines_about_the_log(err)
    assert len(lines) == 1, err
    assert lines[0].startswith(
        f"kiosk: cannot write the log file {log_file} ({folder / 'kiosk.log.5'}: Is a directory)"
    )
    assert "Traceback" not in err and "Logging error" not in err


def test_kiosk_run_with_a_full_log_disk_says_so_once_and_runs(tmp_path, monkeypatch, capsys, run_logging):
    content = write_content(tmp_path / "content", ENGLISH)
    run_logging.mkdir()
    (run_logging / "kiosk.log").symlink_to("/dev/full")
    show = run._show

    def show_then_stop(kiosk: KioskWindow, **options) -> None:
        after_first_frame(kiosk.window, lambda: QCoreApplication.exit(0))
        show(kiosk, **options)

    monkeypatch.setattr(run, "_show", show_then_stop)
    assert run_kiosk_on(content, windowed=True, log_folder=run_logging) == 0
    err = capsys.readouterr().err
    assert _terminal_lines_about_the_log(err) == [
        f"kiosk: cannot write the log file {run_logging / 'kiosk.log'} (No space left on device); "
        "logging to the terminal only until it can"
    ]
    assert "Traceback" not in err and "Logging error" not in err
