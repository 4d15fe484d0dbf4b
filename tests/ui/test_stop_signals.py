"""A locked full-screen kiosk still stops cleanly on Ctrl+C (SIGINT) and `systemctl stop` (SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, write_content

STARTED_WITHIN_S = 60


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_ends_the_full_screen_kiosk_with_exit_code_0(tmp_path: Path, number: signal.Signals) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "QT_QPA_PLATFORM": "offscreen"}
    log_file = tmp_path / "state" / "kiosk" / "logs" / "kiosk.log"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", str(content)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + STARTED_WITHIN_S
        while "first frame" not in (log_file.read_text(encoding="utf-8") if log_file.exists() else ""):
            assert kiosk.poll() is None, kiosk.communicate()[1]
            assert time.monotonic() < deadline, "the kiosk showed no first frame"
            time.sleep(0.05)
        kiosk.send_signal(number)
        _, err = kiosk.communicate(timeout=20)
    finally:
        kiosk.kill()
    assert kiosk.returncode == 0, err
    log = log_file.read_text(encoding="utf-8")
    assert f"stopping on {number.name}" in log
    assert "kiosk stopped (exit code 0)" in log
    # With no PIN in kiosk.toml staff could not close it from the screen: the terminal says how to.
    assert "no admin PIN is set" in err and "kiosk set-pin" in err
