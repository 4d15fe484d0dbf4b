"""What the terminal says when the kiosk's own code fails is true, in one line, never a traceback.

An exception while the kiosk starts means it could not start (exit code 1); one in
a slot while it runs is logged and the kiosk goes on showing its panels. Each case
runs `kiosk run` in a new Python, with one function of the kiosk replaced by one
that raises.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk_helpers import ENGLISH, write_content

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

#: After the first frame, a slot raises three times; later the kiosk checks it still shows, and stops.
SLOT_FAILS_WHILE_RUNNING = """
def show_then_fail_in_slots(kiosk, **options):
    def fails():
        raise RuntimeError("a slot went wrong")

    def still_showing():
        print("still showing" if kiosk.window.isVisible() and kiosk.controller.count == 4 else "gone", flush=True)
        QCoreApplication.exit(0)

    def after_first_frame():
        kiosk.window.frameSwapped.disconnect(after_first_frame)
        for at in (0, 10, 20):
            QTimer.singleShot(at, fails)
        QTimer.singleShot(300, still_showing)

    kiosk.window.frameSwapped.connect(after_first_frame)
    show(kiosk, **options)

run._show = show_then_fail_in_slots
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


def test_a_slot_that_fails_while_the_kiosk_runs_leaves_it_running(tmp_path: Path) -> None:
    done = run_kiosk_with(SLOT_FAILS_WHILE_RUNNING, tmp_path)
    log_file, log = log_of(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "still showing"
    line = f"kiosk: unexpected error in the kiosk (it keeps running); details in {log_file}"
    assert done.stderr.splitlines().count(line) == 3
    assert "Traceback" not in done.stderr
    assert log.count("RuntimeError: a slot went wrong") == 3
    assert "kiosk stopped (exit code 0)" in log
