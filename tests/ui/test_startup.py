"""What waits for the kiosk's first frame runs once, and in order.

(What a start imports before its first frame is no longer pinned here: start-up is
held to its budget by benchmarks/run.py, see docs/performance.md.)
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.window import after_first_frame


class FakeWindow(QObject):
    frameSwapped = Signal()


@pytest.mark.parametrize("delay_ms", [0, None], ids=["from the event loop", "inside the frame"])
def test_what_waits_for_the_first_frame_runs_once_when_two_frames_are_already_queued(qtbot, delay_ms) -> None:
    """With Qt's threaded render loop the render thread signals each frame; two may be queued at once."""
    window = FakeWindow()
    runs: list[int] = []
    after_first_frame(window, lambda: runs.append(1), delay_ms)
    render_thread = threading.Thread(target=lambda: (window.frameSwapped.emit(), window.frameSwapped.emit()))
    render_thread.start()
    render_thread.join()
    qtbot.waitUntil(lambda: runs == [1], timeout=5000)
    passed: list[bool] = []
    QTimer.singleShot(0, lambda: passed.append(True))  # queued after whatever the second frame set off
    qtbot.waitUntil(lambda: bool(passed), timeout=5000)
    assert runs == [1]


def test_what_is_timed_by_the_first_frame_runs_before_what_waits_for_it(qtbot) -> None:
    """The first-frame log must not wait for the work deferred to after the first frame."""
    window = FakeWindow()
    runs: list[str] = []
    after_first_frame(window, lambda: runs.append("deferred"))
    after_first_frame(window, lambda: runs.append("timed"), None)
    window.frameSwapped.emit()
    assert runs == ["timed"]
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=1000)
    assert runs == ["timed", "deferred"]
