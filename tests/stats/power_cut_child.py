"""Records events through the real Recorder as fast as it can, until it is killed.

Run as `python power_cut_child.py DATABASE`. After each commit it prints the
numbers of the events just committed, one line per commit, so the test that kills
it knows what must be in the file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.stats.recorder import Recorder
from kiosk.stats.store import Event, VisitKind


def report(events: Sequence[Event]) -> None:
    sys.stdout.write(" ".join(event.detail for event in events) + "\n")
    sys.stdout.flush()


def main() -> None:
    recorder = Recorder(Path(sys.argv[1]), kiosk="power-cut", keep_days=400, interval=0.01, on_commit=report)
    print("ready", flush=True)
    number = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    while True:
        number += 1
        recorder.record(VisitKind.PANEL_VIEW, "c0ffee", panel="01-welcome.md", seconds=1.5, detail=str(number))
        if number % 50 == 0:
            recorder.record(VisitKind.VISIT_END, "c0ffee", seconds=42.0, detail=f"{number}-end")


if __name__ == "__main__":
    main()
