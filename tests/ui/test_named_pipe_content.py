"""A named pipe in the content folder neither hangs `kiosk run` nor keeps it from stopping on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, wait_for_log, write_content

STARTED_WITHIN_S = 60
RELOADED_WITHIN_S = 30

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_a_kiosk_with_a_named_pipe_as_kiosk_toml_starts_reloads_and_stops_on_sigterm(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    os.mkfifo(content / "kiosk.toml")
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    log_file = tmp_path / "state" / "kiosk" / "logs" / "kiosk.log"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed", str(content)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_log(kiosk, log_file, "first frame", seconds=STARTED_WITHIN_S)
        os.mkfifo(content / "en" / "05-pipe.md")  # a hot reload reads the folder again
        wait_for_log(
            kiosk,
            log_file,
            "en/05-pipe.md:1: error: this panel is left out: it is a named pipe",
            seconds=RELOADED_WITHIN_S,
        )
        kiosk.send_signal(signal.SIGTERM)
        _, err = kiosk.communicate(timeout=20)
    finally:
        kiosk.kill()
    assert kiosk.returncode == 0, err
    log = log_file.read_text(encoding="utf-8")
    assert "kiosk.toml:1: error: kiosk.toml is not a normal file (it is a named pipe)" in log
    assert "stopping on SIGTERM" in log and "kiosk stopped (exit code 0)" in log
