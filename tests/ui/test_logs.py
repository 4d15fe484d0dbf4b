"""An exception in the UI layer is logged with its traceback and does not stop the kiosk."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer

from kiosk.ui.logs import configure_logging


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
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(50, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)

    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "ValueError: a panel went wrong" in written
    assert "Traceback" in written
    terminal = capsys.readouterr().err
    assert "unexpected error in the kiosk" in terminal
    assert "Traceback" not in terminal


def test_unwritable_log_folder_falls_back_to_the_terminal(tmp_path, capsys, restore_logging):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert configure_logging(blocker / "logs") is None
    assert "cannot write the log file" in capsys.readouterr().err
