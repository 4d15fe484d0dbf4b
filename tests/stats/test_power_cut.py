"""A stand gets unplugged at the end of the day: the statistics file must survive any moment of it.

A child process records through the real Recorder and is killed with SIGKILL at
random moments, again and again on the same file; after each kill the file passes
SQLite's integrity check and holds every event the child said was committed.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("power_cut_child.py")
KILLS = 200


def committed_numbers(output: str) -> set[str]:
    """What the child reported committed: every number on every complete line after "ready"."""
    lines = output.split("\n")[:-1]  # the last piece may be a line cut by the kill
    return {number for line in lines[1:] for number in line.split()}


@pytest.mark.slow
def test_a_kill_at_any_moment_never_corrupts_the_file_nor_loses_a_committed_event(tmp_path: Path) -> None:
    database = tmp_path / "statistics.sqlite"
    chance = random.Random(17)
    reported: set[str] = set()
    next_number = 0
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(database), str(next_number)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        if kill % 4:  # three kills in four once recording runs, one at any moment of starting up
            assert child.stdout.readline() == "ready\n"
        time.sleep(chance.uniform(0, 0.15))
        child.send_signal(signal.SIGKILL)
        output = ("ready\n" if kill % 4 else "") + child.stdout.read()
        child.wait()
        assert child.returncode == -signal.SIGKILL
        reported |= committed_numbers(output)
        next_number += 100_000
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"after kill {kill + 1}"
            made = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone()
            stored = {row[0] for row in connection.execute("SELECT detail FROM events")} if made else set()
        missing = reported - stored
        assert not missing, f"after kill {kill + 1}: {len(missing)} committed event(s) lost, e.g. {sorted(missing)[:5]}"
    assert len(reported) > KILLS  # the kills did land while it was recording
