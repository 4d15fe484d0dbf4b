"""What `kiosk run` does before its first frame: only what the first panel needs.

Each start runs in a new Python, as a kiosk does, so that what has been imported or
built says what start-up itself needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, write_content
from PySide6.QtCore import QObject, Signal

from kiosk.ui.app import _after_first_frame

START = """
import json, sys
from pathlib import Path
import PySide6.QtCore as QtCore
import kiosk.ui.app as app

show = app._show


def show_and_look(kiosk, **options):
    def first_frame():
        kiosk.window.frameSwapped.disconnect(first_frame)
        print(json.dumps({
            "parsers": sorted(name for name in ("markdown", "yaml", "kiosk.content.loader") if name in sys.modules),
            "qt_namespace": "Qt" in QtCore.__dict__,
            "input_handling": "kiosk.ui.input" in sys.modules,
            "network_access": "kiosk.ui.offline_manager" in sys.modules,
        }))
        QtCore.QTimer.singleShot(0, lambda: QtCore.QCoreApplication.exit(0))

    kiosk.window.frameSwapped.connect(first_frame)
    show(kiosk, **options)


app._show = show_and_look
sys.exit(app.run_kiosk(Path(CONTENT), windowed=WINDOWED, log_folder=Path(LOGS)))
"""


def start(content: Path, tmp_path: Path, *, windowed: bool) -> dict:
    """Start the kiosk in a new Python, up to its first frame; what it had done by then."""
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    settings = f"CONTENT, LOGS, WINDOWED = {str(content)!r}, {str(tmp_path / 'logs')!r}, {windowed!r}\n"
    done = subprocess.run(
        [sys.executable, "-c", settings + textwrap.dedent(START)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("windowed", [True, False], ids=["windowed", "full screen"])
def test_a_start_reads_the_folder_and_needs_neither_input_handling_nor_the_qt_namespace(tmp_path, windowed) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    started = start(content, tmp_path, windowed=windowed)
    assert started == {
        "parsers": ["kiosk.content.loader", "markdown", "yaml"],  # the folder was read
        "qt_namespace": False,  # about 20 ms, for the cursor shapes: after the first frame
        "input_handling": False,  # nothing to touch before the first frame
        "network_access": False,  # local files need no network access manager
    }


class FakeWindow(QObject):
    frameSwapped = Signal()


@pytest.mark.parametrize("delay_ms", [0, None], ids=["from the event loop", "inside the frame"])
def test_what_waits_for_the_first_frame_runs_once_when_two_frames_are_already_queued(qtbot, delay_ms) -> None:
    """With Qt's threaded render loop the render thread signals each frame; two may be queued at once."""
    window = FakeWindow()
    runs: list[int] = []
    _after_first_frame(window, lambda: runs.append(1), delay_ms)
    render_thread = threading.Thread(target=lambda: (window.frameSwapped.emit(), window.frameSwapped.emit()))
    render_thread.start()
    render_thread.join()
    qtbot.wait(100)
    assert runs == [1]


def test_what_is_timed_by_the_first_frame_runs_before_what_waits_for_it(qtbot) -> None:
    """The first-frame log must not wait for the work deferred to after the first frame."""
    window = FakeWindow()
    runs: list[str] = []
    _after_first_frame(window, lambda: runs.append("deferred"))
    _after_first_frame(window, lambda: runs.append("timed"), None)
    window.frameSwapped.emit()
    assert runs == ["timed"]
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=1000)
    assert runs == ["timed", "deferred"]
