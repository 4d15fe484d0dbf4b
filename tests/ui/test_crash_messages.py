"""What the terminal says when the kiosk's own code fails is true, in one line, never a traceback.

An exception while the kiosk starts means it could not start (exit code 1); one in
a slot while it runs is logged and the kiosk goes on showing its panels. Each case
runs `kiosk run` with one function of the kiosk replaced by one that raises. A start
that fails is the process's own story (it ends with exit code 1, leaving a window half
built), so those cases run in a new Python; the running kiosk is tested in this one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk_helpers import ENGLISH, run_kiosk_on, write_content
from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.ui import run
from kiosk.ui.window import KioskWindow, after_first_frame

WITH_A_LINK = {
    **ENGLISH,
    "en/01-one.md": "---\nlayout: text\ntitle: One\n---\nSee [our site](https://example.org/about).\n",
}

RUN = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
import kiosk.ui.run as run
import kiosk.ui.models as models
from kiosk.cli import main

show = run._show
{patch}
sys.exit(main(["run", sys.argv[1]]))
"""

#: The crash of issue 13, item 1: making a QR code raised while the window was built.
QR_CODE_FAILS = """
def qr_code_fails(url):
    raise ValueError("Data too large. No QR Code can handle the provided data")

models.qr_svg_data_uri = qr_code_fails
"""

#: A slot that raises while the window appears (Qt calls it, not the start-up code).
SLOT_FAILS_WHILE_THE_WINDOW_APPEARS = """
def show_with_a_failing_slot(kiosk, **options):
    def fails(_visible):
        raise RuntimeError("a slot went wrong as the window appeared")

    kiosk.window.visibleChanged.connect(fails)
    show(kiosk, **options)

run._show = show_with_a_failing_slot
"""


def run_kiosk_with(patch: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    content = write_content(tmp_path / "content", WITH_A_LINK)
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    script = RUN.format(patch=textwrap.dedent(patch))
    return subprocess.run(
        [sys.executable, "-c", script, str(content)], env=env, capture_output=True, text=True, timeout=60
    )


def log_of(tmp_path: Path) -> tuple[Path, str]:
    log_file = tmp_path / "state" / "kiosk" / "logs" / "kiosk.log"
    return log_file, log_file.read_text(encoding="utf-8")


def test_a_crash_while_the_kiosk_starts_says_it_could_not_start_and_exits_1(tmp_path: Path) -> None:
    done = run_kiosk_with(QR_CODE_FAILS, tmp_path)
    log_file, log = log_of(tmp_path)
    assert done.returncode == 1
    assert (
        "kiosk: the kiosk could not start because of a problem in the kiosk itself: ValueError: Data too large. "
        f"No QR Code can handle the provided data; details in {log_file}; please report it"
    ) in done.stderr.splitlines()
    assert "it keeps running" not in done.stderr
    assert "Traceback" not in done.stderr
    assert "Traceback" in log and "qr_code_fails" in log


def test_a_slot_that_fails_while_the_window_is_built_stops_the_start_with_exit_code_1(tmp_path: Path) -> None:
    done = run_kiosk_with(SLOT_FAILS_WHILE_THE_WINDOW_APPEARS, tmp_path)
    log_file, log = log_of(tmp_path)
    assert done.returncode == 1
    assert (
        "kiosk: the kiosk could not start because of a problem in the kiosk itself: RuntimeError: a slot went wrong "
        f"as the window appeared; details in {log_file}; please report it"
    ) in done.stderr.splitlines()
    assert "it keeps running" not in done.stderr
    assert "Traceback" not in done.stderr
    assert "first frame" not in log


def test_a_slot_that_fails_while_the_kiosk_runs_leaves_it_running(tmp_path, monkeypatch, capsys, run_logging) -> None:
    """After the first frame, a slot raises three times; then the kiosk is checked to be still showing, and stops."""
    content = write_content(tmp_path / "content", WITH_A_LINK)
    still_showing: list[bool] = []
    show = run._show

    def fails() -> None:
        raise RuntimeError("a slot went wrong")

    def show_then_fail_in_slots(kiosk: KioskWindow, **options) -> None:
        def look() -> None:
            still_showing.append(kiosk.window.isVisible() and kiosk.controller.count == 4)
            QCoreApplication.exit(0)

        def fail_three_times_then_look() -> None:
            for _ in range(3):
                QTimer.singleShot(0, fails)
            QTimer.singleShot(0, look)  # after the three: timers with the same delay fire in the order they were set

        after_first_frame(kiosk.window, fail_three_times_then_look)
        show(kiosk, **options)

    monkeypatch.setattr(run, "_show", show_then_fail_in_slots)
    assert run_kiosk_on(content, log_folder=run_logging) == 0
    log_file = run_logging / "kiosk.log"
    err, log = capsys.readouterr().err, log_file.read_text(encoding="utf-8")
    assert still_showing == [True]
    line = f"kiosk: unexpected error in the kiosk (it keeps running); details in {log_file}"
    assert err.splitlines().count(line) == 3
    assert "Traceback" not in err
    assert log.count("RuntimeError: a slot went wrong") == 3
    assert "kiosk stopped (exit code 0)" in log
