"""A locked kiosk under a real window manager comes back when it is minimised or covered.

Xvfb with openbox (a window manager that iconifies, with the usual _NET_WM
hints), `kiosk run` full screen on it, and xdotool doing what Alt+Space's window
menu or a stray window would do. Skipped where these programs are not installed
(scripts/setup.sh installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content

PROGRAMS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop", "xmessage")
WITHIN_S = 30
BACK_WITHIN_S = 5

pytestmark = pytest.mark.skipif(
    any(shutil.which(program) is None for program in PROGRAMS) or not sys.platform.startswith("linux"),
    reason=f"needs {', '.join(PROGRAMS)} (scripts/setup.sh installs them)",
)


def wait_for(condition: Callable[[], object], within_s: float, what: str) -> object:
    deadline = time.monotonic() + within_s
    while not (result := condition()):
        assert time.monotonic() < deadline, what
        time.sleep(0.05)
    return result


class Desktop:
    """An X server with a window manager, and the programs started on it."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.processes: list[subprocess.Popen] = []
        read_end, write_end = os.pipe()
        self.server = self.start(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
        )
        os.close(write_end)
        with os.fdopen(read_end) as chosen:
            self.display = f":{chosen.readline().strip()}"
        self.start(["openbox"])
        wait_for(
            lambda: "window id" in self.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
            WITHIN_S,
            "openbox did not start",
        )

    def start(self, command: list[str], **options) -> subprocess.Popen:
        env = {**os.environ, **({"DISPLAY": self.display} if hasattr(self, "display") else {})}
        process = subprocess.Popen(
            command,
            env={**env, **options.pop("env", {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            **options,
        )
        self.processes.append(process)
        return process

    def x(self, *command: str) -> str:
        """A command's output on this display ("" when it failed)."""
        done = subprocess.run(command, env={**os.environ, "DISPLAY": self.display}, capture_output=True, text=True)
        return done.stdout if done.returncode == 0 else ""

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.kill()
            process.communicate()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    running = Desktop(tmp_path)
    yield running
    running.stop()


@pytest.fixture
def locked_kiosk(desktop: Desktop, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`kiosk run` full screen on the desktop: its X window id and its log file."""
    content = write_content(tmp_path / "content", ENGLISH)
    with KioskRun(
        tmp_path / "state", str(content), env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": desktop.display}
    ) as kiosk:
        kiosk.wait_for_first_frame(seconds=WITHIN_S)
        window = wait_for(
            lambda: desktop.x("xdotool", "search", "--onlyvisible", "--pid", str(kiosk.process.pid)).split(),
            WITHIN_S,
            "the kiosk has no visible window",
        )[-1]
        yield window, kiosk.log_file
        assert kiosk.stop()[0] == 0


def viewable(desktop: Desktop, window: str) -> bool:
    return "IsViewable" in desktop.x("xwininfo", "-id", window)


def test_a_minimised_kiosk_comes_back_full_screen_at_once(desktop: Desktop, locked_kiosk) -> None:
    window, log_file = locked_kiosk
    assert viewable(desktop, window)
    desktop.x("xdotool", "windowminimize", window)
    wait_for(
        lambda: "minimised or taken out of full screen" in log_file.read_text(encoding="utf-8"),
        BACK_WITHIN_S,
        "the minimised kiosk did not put itself back (its log says nothing about it)",
    )
    wait_for(lambda: viewable(desktop, window), BACK_WITHIN_S, "the minimised kiosk did not come back")
    wait_for(
        lambda: "_NET_WM_STATE_FULLSCREEN" in desktop.x("xprop", "-id", window, "_NET_WM_STATE"),
        BACK_WITHIN_S,
        "the kiosk came back, but not full screen",
    )


def test_a_window_that_covers_the_kiosk_goes_behind_it_again(desktop: Desktop, locked_kiosk) -> None:
    window, _ = locked_kiosk

    def on_top() -> str:
        stacking = desktop.x("xprop", "-root", "_NET_CLIENT_LIST_STACKING").split("#")[-1]
        return stacking.replace(",", " ").split()[-1] if stacking.strip() else ""

    desktop.start(["xmessage", "-center", "a window that opened over the kiosk"])
    other_windows = wait_for(
        lambda: desktop.x("xdotool", "search", "--onlyvisible", "--classname", "xmessage").split(),
        WITHIN_S,
        "the other window never opened",
    )
    stacking = wait_for(lambda: desktop.x("xprop", "-root", "_NET_CLIENT_LIST_STACKING"), WITHIN_S, "no stacking order")
    assert any(hex(int(other_window)) in stacking for other_window in other_windows)  # the window manager has it
    wait_for(lambda: on_top() == hex(int(window)), BACK_WITHIN_S, "the kiosk stayed behind the other window")
