"""A locked full-screen kiosk still stops cleanly on Ctrl+C (SIGINT) and `systemctl stop` (SIGTERM)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content

from kiosk.fleet.status import STATUS_NAME, read_status

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


def test_a_stopped_kiosk_tells_hq_it_was_switched_off(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    data = tmp_path / "data"
    with KioskRun(tmp_path / "state", str(content), env={"XDG_DATA_HOME": str(data)}) as kiosk:
        kiosk.wait_for_first_frame(seconds=STARTED_WITHIN_S)
        assert read_status(data / "kiosk" / STATUS_NAME).stopped is False
        code, err = kiosk.stop(signal.SIGTERM)
    assert code == 0, err
    assert read_status(data / "kiosk" / STATUS_NAME).stopped is True
