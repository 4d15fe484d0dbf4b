"""benchmarks/run.py still runs end to end and judges every budget (its figures are not tested here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
BUDGETS = ("first frame", "idle CPU", "memory with", "frame interval during a slide", "`kiosk check`")


def test_quick_benchmark_prints_one_verdict_per_budget() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode in (0, 1), f"the benchmark failed (exit code {done.returncode}):\n{done.stderr[-3000:]}"
    verdicts = [line for line in done.stdout.splitlines() if re.match(r"(MET|MISSED) ", line)]
    assert len(verdicts) == len(BUDGETS), done.stdout
    for name, line in zip(BUDGETS, verdicts):
        assert re.match(rf"(MET|MISSED) +{re.escape(name)}.*\(budget: at most [\d.]+ ?(x|%|MB|ms)\)$", line), line
    assert (done.returncode == 0) == all(line.startswith("MET") for line in verdicts)


def test_start_up_only_prints_the_start_up_verdict_alone() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick", "--start-up-only"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode in (0, 1), f"the benchmark failed (exit code {done.returncode}):\n{done.stderr[-3000:]}"
    verdicts = [line for line in done.stdout.splitlines() if re.match(r"(MET|MISSED) ", line)]
    assert len(verdicts) == 1, done.stdout
    assert re.match(r"(MET|MISSED) +first frame: kiosk/floor .*\(budget: at most 2.0x\)$", verdicts[0]), verdicts[0]
