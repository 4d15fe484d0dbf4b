"""A named pipe in the content folder neither hangs `kiosk run` nor keeps it from stopping on SIGTERM."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content

STARTED_WITHIN_S = 60
RELOADED_WITHIN_S = 30

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_a_kiosk_with_a_named_pipe_as_kiosk_toml_starts_reloads_and_stops_on_sigterm(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    os.mkfifo(content / "kiosk.toml")
    with KioskRun(tmp_path / "state", "--windowed", str(content)) as kiosk:
        kiosk.wait_for_first_frame(seconds=STARTED_WITHIN_S)
        os.mkfifo(content / "en" / "05-pipe.md")  # a hot reload reads the folder again
        kiosk.wait_for_log(
            "en/05-pipe.md:1: error: this panel is left out: it is a named pipe", seconds=RELOADED_WITHIN_S
        )
        code, err = kiosk.stop()
    assert code == 0, err
    log = kiosk.log()
    assert "kiosk.toml:1: error: kiosk.toml is not a normal file (it is a named pipe)" in log
    assert "stopping on SIGTERM" in log and "kiosk stopped (exit code 0)" in log
