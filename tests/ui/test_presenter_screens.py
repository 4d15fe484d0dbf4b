"""`kiosk run --presenter` on a real X server: the presenter view goes on the other screen, or in a window.

Xvfb with two screens gives Qt's xcb platform two QScreens (see docs/performance.md's notes on
Qt here); `xwininfo` on each screen says which windows are there. Skipped where Xvfb or xwininfo
is not installed (scripts/setup.sh installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content

pytestmark = pytest.mark.skipif(
    any(shutil.which(program) is None for program in ("Xvfb", "xwininfo")) or not sys.platform.startswith("linux"),
    reason="needs Xvfb and xwininfo (scripts/setup.sh installs them)",
)

TALK = {**ENGLISH, "en/01-one.md": "# One\n\nHello.\n\nNotes:\nSay hello.\n"}


@pytest.fixture
def x_server(request) -> Iterator[str]:
    """An Xvfb display with the screens the test's parameter gives, e.g. ["1280x800x24", "1024x768x24"]."""
    screens = request.param
    read_end, write_end = os.pipe()
    arguments = ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp"]
    for number, screen in enumerate(screens):
        arguments += ["-screen", str(number), screen]
    server = subprocess.Popen(arguments, pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as chosen:
        display = f":{chosen.readline().strip()}"
    yield display
    server.terminate()
    server.wait(10)


def windows_on(display: str) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree", "-display", display], capture_output=True, text=True).stdout


def wait_for_window(display: str, title: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while title not in windows_on(display):
        assert time.monotonic() < deadline, f"no window {title!r} on {display}:\n{windows_on(display)}"
        time.sleep(0.1)


def xcb(display: str) -> dict[str, str]:
    return {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "QT_QUICK_BACKEND": "software"}


@pytest.mark.parametrize("x_server", [["1280x800x24", "1024x768x24"]], indirect=True)
def test_with_two_screens_the_presenter_view_is_on_the_other_screen(x_server, tmp_path):
    content = write_content(tmp_path / "content", TALK)
    with KioskRun(tmp_path / "state", str(content), "--presenter", env=xcb(x_server)) as kiosk:
        kiosk.wait_for_first_frame()
        kiosk.wait_for_log("presenter view on screen 1")
        wait_for_window(f"{x_server}.1", '"Presenter view - Kiosk"')
        assert "Presenter view" not in windows_on(f"{x_server}.0")
        wait_for_window(f"{x_server}.0", '"Kiosk"')
        code, _ = kiosk.stop()
    assert code == 0


@pytest.mark.parametrize("x_server", [["1280x800x24", "1024x768x24"]], indirect=True)
def test_screen_picks_the_audience_screen_and_the_presenter_view_takes_the_other(x_server, tmp_path):
    content = write_content(tmp_path / "content", TALK)
    arguments = (str(content), "--presenter", "--screen", "1")
    with KioskRun(tmp_path / "state", *arguments, env=xcb(x_server)) as kiosk:
        kiosk.wait_for_log("presenter view on screen 0")
        wait_for_window(f"{x_server}.0", '"Presenter view - Kiosk"')
        assert "Presenter view" not in windows_on(f"{x_server}.1")


@pytest.mark.parametrize("x_server", [["1280x800x24"]], indirect=True)
def test_with_one_screen_presenter_view_opens_it_as_a_window(x_server, tmp_path):
    content = write_content(tmp_path / "content", TALK)
    with KioskRun(tmp_path / "state", str(content), "--presenter-view", "--windowed", env=xcb(x_server)) as kiosk:
        kiosk.wait_for_log("presenter view in a window")
        wait_for_window(x_server, '"Presenter view - Kiosk"')


@pytest.mark.parametrize("x_server", [["1280x800x24"]], indirect=True)
def test_with_one_screen_and_no_presenter_view_there_is_none(x_server, tmp_path):
    content = write_content(tmp_path / "content", TALK)
    with KioskRun(tmp_path / "state", str(content), "--presenter", env=xcb(x_server)) as kiosk:
        kiosk.wait_for_log("presenter mode on one screen: no presenter view")
        assert "Presenter view" not in windows_on(x_server)


def test_presenter_mode_from_kiosk_toml_without_the_option(tmp_path):
    content = write_content(tmp_path / "content", {**TALK, "kiosk.toml": "[presenter]\nenabled = true\n"})
    with KioskRun(tmp_path / "state", str(content), "--windowed") as kiosk:
        kiosk.wait_for_log("presenter mode on one screen")
