"""A locked full-screen kiosk still stops cleanly on Ctrl+C (SIGINT) and `systemctl stop` (SIGTERM)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content

STARTED_WITHIN_S = 60


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_ends_the_full_screen_kiosk_with_exit_code_0(tmp_path: Path, number: signal.Signals) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    with KioskRun(tmp_path / "state", str(content)) as kiosk:
        kiosk.wait_for_first_frame(seconds=STARTED_WITHIN_S)
        code, err = kiosk.stop(number)
    assert code == 0, err
    log = kiosk.log()
    assert f"stopping on {number.name}" in log
    assert "kiosk stopped (exit code 0)" in log
    # With no PIN in kiosk.toml staff could not close it from the screen: the terminal says how to.
    assert "no admin PIN is set" in err and "kiosk set-pin" in err
