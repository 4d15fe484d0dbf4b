"""One full-screen kiosk per screen: a second `kiosk run` says which one already runs, and stops.

Real `kiosk run` processes (offscreen), each with its own log folder and all with the
same runtime folder, where the screen's lock lives.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content

from kiosk.instance_lock import ScreenTaken, lock_screen

STARTED_WITHIN_S = 60


@pytest.fixture
def kiosks(tmp_path: Path):
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    content = write_content(tmp_path / "content", ENGLISH)
    started: list[KioskRun] = []

    def start(name: str, *options: str) -> KioskRun:
        """A `kiosk run` with a log of its own, and the runtime folder (so the screen locks) of all of them."""
        kiosk = KioskRun(tmp_path / name, str(content), *options, env={"XDG_RUNTIME_DIR": str(runtime)})
        started.append(kiosk)
        return kiosk

    yield start
    for kiosk in started:
        kiosk.kill()


def test_a_second_full_screen_kiosk_on_the_same_screen_names_the_first_and_exits_1(kiosks) -> None:
    first = kiosks("first")
    first.wait_for_first_frame(STARTED_WITHIN_S)
    second = kiosks("second")
    _, err = second.process.communicate(timeout=STARTED_WITHIN_S)
    assert second.process.returncode == 1
    pid = first.process.pid
    assert f"kiosk: another kiosk is already running on screen 0 (process {pid}, started " in err
    assert f"stop it first with `kill {pid}`, or leave it from its admin screen" in err
    assert "Traceback" not in err
    assert "first frame" not in second.log()  # it never showed a window
    assert first.process.poll() is None  # and the first one goes on
    assert first.stop()[0] == 0


def test_after_the_first_kiosk_is_killed_a_new_one_takes_the_screen(kiosks) -> None:
    first = kiosks("first")
    first.wait_for_first_frame(STARTED_WITHIN_S)
    first.process.send_signal(signal.SIGKILL)  # no clean-up of any kind: only the kernel releases the lock
    first.process.communicate(timeout=20)
    again = kiosks("again")
    again.wait_for_first_frame(STARTED_WITHIN_S)
    code, err = again.stop()
    assert code == 0, err
    assert "already running" not in err


def test_a_windowed_preview_runs_beside_the_full_screen_kiosk(kiosks) -> None:
    """Editors preview content in a window on the kiosk machine itself: that takes no screen."""
    full_screen = kiosks("full-screen")
    full_screen.wait_for_first_frame(STARTED_WITHIN_S)
    preview = kiosks("preview", "--windowed")
    preview.wait_for_first_frame(STARTED_WITHIN_S)
    assert preview.stop()[0] == 0
    assert full_screen.stop()[0] == 0


def test_the_screen_lock_is_per_screen_and_per_display(tmp_path: Path) -> None:
    held = lock_screen(tmp_path, ":0", 0)
    try:
        with pytest.raises(ScreenTaken) as taken:
            lock_screen(tmp_path, ":0", 0)
        assert taken.value.holder is not None and taken.value.holder.pid == os.getpid()
        for other in (lock_screen(tmp_path, ":0", 1), lock_screen(tmp_path, "wayland-1", 0)):
            other.release()
    finally:
        held.release()
    lock_screen(tmp_path, ":0", 0).release()  # free again once released


def test_a_lock_taken_a_moment_ago_and_not_yet_written_still_gives_a_plain_message(tmp_path: Path) -> None:
    held = lock_screen(tmp_path, ":0", 0)
    try:
        held.file.truncate(0)
        with pytest.raises(ScreenTaken) as taken:
            lock_screen(tmp_path, ":0", 0)
    finally:
        held.release()
    assert taken.value.holder is None
    assert str(taken.value).startswith("another kiosk is already running on screen 0; stop it first, or leave it")
