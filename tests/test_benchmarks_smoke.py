"""benchmarks/run.py still runs end to end, measures every budget and judges each by its own figures.

The figures themselves depend on the machine and are not tested here: only that
each budget line carries them, that MET and MISSED follow from them, and that the
exit code follows from the verdicts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
ATTRACT_BUDGETS = ("attract loop CPU", "CPU per transition frame", "attract loop memory", "static panel")
BUDGETS = ("first frame", *ATTRACT_BUDGETS, "memory with", "frame interval during a slide", "`kiosk check`")
VERDICT = re.compile(
    r"(?P<verdict>MET|MISSED) +(?P<text>.*) \(budget: at most (?P<budget>[\d.]+) ?(?P<unit>x|%|MB|ms)\)$"
)


def run_benchmark(*options: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick", *options], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode in (0, 1), f"the benchmark failed (exit code {done.returncode}):\n{done.stderr[-3000:]}"
    return done.returncode, [line for line in done.stdout.splitlines() if re.match(r"(MET|MISSED) ", line)]


def assert_judged_by_its_figures(line: str) -> bool:
    """The line's measured figures (in the budget's unit) decide its verdict; returns whether it is MET."""
    verdict = VERDICT.match(line)
    assert verdict, line
    unit, limit = verdict["unit"], float(verdict["budget"])
    figures = re.findall(
        rf"(\d+(?:\.(\d+))?) ?{re.escape(unit)}\b" if unit.isalpha() else rf"(\d+(?:\.(\d+))?){re.escape(unit)}",
        verdict["text"],
    )
    assert figures, f"no measured figure in {unit}: {line}"
    rounding = [0.5 * 10 ** -len(decimals) for _, decimals in figures]  # printed rounded: allow half a last digit
    values = [float(number) for number, _ in figures]
    if verdict["verdict"] == "MET":
        assert all(value <= limit + slack for value, slack in zip(values, rounding)), line
    else:
        assert any(value > limit - slack for value, slack in zip(values, rounding)), line
    return verdict["verdict"] == "MET"


@pytest.mark.slow
def test_quick_benchmark_judges_every_budget_by_its_figures() -> None:
    returncode, verdicts = run_benchmark()
    assert len(verdicts) == len(BUDGETS), verdicts
    for name, line in zip(BUDGETS, verdicts):
        assert line.split(maxsplit=1)[1].startswith(name), line
    met = [assert_judged_by_its_figures(line) for line in verdicts]
    assert returncode == (0 if all(met) else 1)


@pytest.mark.slow
def test_start_up_only_prints_the_start_up_verdict_alone() -> None:
    returncode, verdicts = run_benchmark("--start-up-only")
    assert len(verdicts) == 1, verdicts
    assert re.match(r"(MET|MISSED) +first frame: kiosk/floor .*\(budget: at most 2.0x\)$", verdicts[0]), verdicts[0]
    assert returncode == (0 if assert_judged_by_its_figures(verdicts[0]) else 1)


@pytest.mark.slow
def test_attract_only_prints_the_attract_loop_verdicts_alone() -> None:
    returncode, verdicts = run_benchmark("--attract-only")
    assert [line.split(maxsplit=1)[1].split(":")[0] for line in verdicts] == [
        "attract loop CPU",
        "CPU per transition frame, panels playing",
        "attract loop memory",
        "static panel",
    ], verdicts
    met = [assert_judged_by_its_figures(line) for line in verdicts]
    assert returncode == (0 if all(met) else 1)
