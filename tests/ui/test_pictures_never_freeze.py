"""Pictures never freeze the kiosk: Qt's picture reader thread never waits on Python's lock.

Before the decoder (kiosk/ui/pictures.py), Qt's reader thread called the kiosk's Python image provider
while holding its own lock, and the GUI thread, running Python, waited for that lock to load another
picture: the window froze for good, in about half of the runs of this churn.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: Rounds of churn: about 15-40 s here; the freeze came within it in about half of the runs.
ROUNDS = 2500
#: Far longer than the churn ever takes; a frozen process never finishes.
LIMIT_S = 240


def test_pictures_swapped_by_python_while_decoding_never_freeze_the_window(tmp_path) -> None:
    churn = Path(__file__).with_name("picture_churn.py")
    try:
        run = subprocess.run(
            [sys.executable, str(churn), str(tmp_path), str(ROUNDS)],
            capture_output=True,
            text=True,
            timeout=LIMIT_S,
        )
    except subprocess.TimeoutExpired as frozen:
        raise AssertionError(f"the window froze: {ROUNDS} rounds of pictures did not end in {LIMIT_S} s") from frozen
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().endswith("done")
