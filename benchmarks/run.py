"""The kiosk's performance, side by side with a bare Qt Quick window, checked against its budgets.

Run: .venv/bin/python benchmarks/run.py [--quick] [--start-up-only] [--runs N] [--idle-seconds S]

In one run, on the same machine, platform and renderer (Qt Quick's software
renderer, 1920x1080), it measures the kiosk and, as the floor, a bare Qt Quick
window showing one Text, alternating their runs, and prints medians with the
ratio kiosk/floor:

- time from process start (just before the spawn) to the first frame showing the
  first panel, under Xvfb with the xcb platform and offscreen: for the kiosk,
  `kiosk run` itself, from its command line on;
- memory (PSS, /proc/<pid>/smaps_rollup) after start, and after showing every
  panel of a deck of 20 statement panels each holding a 6000x4000 JPEG;
- CPU as % of one core (/proc/<pid>/stat) on a static panel, and in the attract
  loop between its transitions; in the attract loop, each process's RSS and PSS too,
  read every half second;
- frame intervals while a slide moves (frameSwapped times during next()/previous());
- content scale: load_deck (which loads and checks) on decks of 5, 50 and 500 panels
  in 5 languages (content_scale.py's decks), `kiosk check` and `kiosk render` on
  the bundled content.

Measured processes run from compiled bytecode (kept in a temporary folder), as
an installed kiosk does, and one discarded start of each app first fills the
bytecode, QML and disk caches. --start-up-only measures the start-up alone. It
ends with one line per budget, MET or MISSED, and exits with 1 when one is
missed (2 when a measurement could not be made). Every measured process is
benchmarks/probe.py. --quick runs each measurement once, briefly, on small
pictures: it proves the benchmark works, its figures mean nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import queue
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.content_scale import LANGUAGES, generate, median_seconds  # noqa: E402
from kiosk.content.loader import load_deck  # noqa: E402
from kiosk.locations import bundled_content_dir  # noqa: E402

PROBE = Path(__file__).resolve().parent / "probe.py"
SCREEN = "1920x1080x24"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
#: Longest wait for any one thing a probe reports; a stuck probe fails the run instead of hanging it.
PROBE_TIMEOUT_S = 120.0

FIRST_FRAME_RATIO_BUDGET = 2.0
IDLE_CPU_BUDGET_PERCENT = 0.0
ATTRACT_RATIO_BUDGET = 2.0
TRANSITION_FRAME_RATIO_BUDGET = 2.0
PHOTO_PSS_BUDGET_MB = 150.0
ATTRACT_MEMORY_RATIO_BUDGET = 1.3
#: How often the attract loop's memory is read, in seconds: often enough to catch a cross-fade's two pictures.
MEMORY_SAMPLE_S = 0.5
FRAME_P95_BUDGET_MS = 33.0
CHECK_BUDGET_S = 0.3


class BenchmarkError(Exception):
    """A measurement could not be made (a probe failed, timed out or said something unexpected)."""


@dataclass(frozen=True)
class Settings:
    """How much of everything to measure; --quick shrinks it all."""

    runs: int
    idle_seconds: float
    photos: int
    photo_size: tuple[int, int]
    pacing_transitions: int
    panel_counts: tuple[int, ...]
    content_runs: int
    #: The attract loop against the bare window: how long, and how often each advances (None: the deck's own).
    loop_minutes: float
    loop_autoplay_s: float | None


FULL = Settings(
    runs=15,
    idle_seconds=30.0,
    photos=20,
    photo_size=(6000, 4000),
    pacing_transitions=8,
    panel_counts=(1, 10, 100),  # per language, 5 languages: 5, 50 and 500 panels
    content_runs=7,
    loop_minutes=10.0,
    loop_autoplay_s=None,
)
QUICK = Settings(
    runs=1,
    idle_seconds=2.0,
    photos=2,
    photo_size=(600, 400),
    pacing_transitions=2,
    panel_counts=(1,),
    content_runs=1,
    loop_minutes=0.25,
    loop_autoplay_s=2.5,
)


# -- the measured processes ---------------------------------------------------------------


@dataclass(frozen=True)
class Platform:
    """A Qt platform to run the probes on: its name, and the environment that selects it."""

    name: str
    env: dict[str, str]


#: Bytecode for every measured process, kept out of the source tree. An installed kiosk runs from
#: compiled bytecode; without this, PYTHONDONTWRITEBYTECODE would make each start recompile the kiosk.
PYCACHE = Path(tempfile.gettempdir()) / "kiosk-bench-pycache"
#: The measured processes' cache folder (Qt's compiled QML), not the user's.
CACHE_HOME = Path(tempfile.gettempdir()) / "kiosk-bench-cache"
#: ... and their state folder (`kiosk run`'s log file).
STATE_HOME = Path(tempfile.gettempdir()) / "kiosk-bench-state"


def python_environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["XDG_CACHE_HOME"] = str(CACHE_HOME)
    env["XDG_STATE_HOME"] = str(STATE_HOME)
    return env


def qt_environment(platform_name: str, display: str | None = None) -> dict[str, str]:
    env = {key: value for key, value in python_environment().items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM=platform_name, QT_QUICK_BACKEND="software", QT_QUICK_CONTROLS_STYLE="Basic")
    if display:
        env["DISPLAY"] = display
    return env


@contextmanager
def xvfb() -> Iterator[str | None]:
    """Our own X server on a free display (Xvfb picks it), stopped at the end; None when Xvfb is missing."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number.isdigit():
            raise BenchmarkError("Xvfb did not start (it reported no display number within 20 s)")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Probe:
    """One running probe.py: spawned at `spawned` (time.monotonic()), talking JSON lines."""

    def __init__(self, platform_: Platform, app: str, scenario: str, *options: str) -> None:
        self.description = f"{app} {scenario} on {platform_.name}"
        self.spawned = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, str(PROBE), app, scenario, *options],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=platform_.env,
        )
        self.events: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=20)
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                self.events.put(json.loads(line))
            except json.JSONDecodeError:
                self._stderr.append(line.rstrip())
        self.events.put(None)

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._stderr.append(line.rstrip())

    def _failure(self, what: str) -> BenchmarkError:
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            self.process.kill()
        details = "\n".join(f"    {line}" for line in self._stderr) or "    (nothing on stderr)"
        return BenchmarkError(
            f"{self.description}: {what} (exit code {self.process.poll()}); its last output:\n{details}"
        )

    def next_event(self, timeout: float = PROBE_TIMEOUT_S) -> dict[str, Any]:
        try:
            event = self.events.get(timeout=timeout)
        except queue.Empty:
            self.process.kill()
            raise self._failure(f"reported nothing for {timeout:.0f} s") from None
        if event is None:
            raise self._failure("ended early")
        return event

    def expect(self, name: str, timeout: float = PROBE_TIMEOUT_S) -> dict[str, Any]:
        event = self.next_event(timeout)
        if event.get("event") != name:
            self.process.kill()
            raise self._failure(f"said {event!r} where {name!r} was expected")
        return event

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def pss_mb(self) -> float:
        """Proportional set size in MB (10^6 bytes): shared libraries counted by their share."""
        return self.memory_mb()["Pss"]

    def memory_mb(self) -> dict[str, float]:
        """Resident ("Rss") and proportional ("Pss") set sizes in MB (10^6 bytes), from one read."""
        sizes = {}
        for line in Path(f"/proc/{self.process.pid}/smaps_rollup").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("Rss", "Pss"):
                sizes[name] = int(value.split()[0]) * 1024 / 1e6
        if len(sizes) != 2:
            raise BenchmarkError(f"{self.description}: no Rss or Pss line in /proc/{self.process.pid}/smaps_rollup")
        return sizes

    def cpu_seconds(self) -> float:
        """User + system CPU time of every thread so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.send("quit")
                self.process.wait(10)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# -- the measurements -----------------------------------------------------------------------


def ms(seconds: float) -> float:
    return seconds * 1000


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `fraction` of them at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def alternate(runs: int) -> Iterator[str]:
    """kiosk, floor, floor, kiosk, kiosk, floor...: neither app always goes first after the other."""
    for run in range(runs):
        yield from (("kiosk", "floor") if run % 2 == 0 else ("floor", "kiosk"))


def first_frames(platform_: Platform, content: Path, runs: int) -> dict[str, list[float]]:
    """Milliseconds from spawn to the first frame with the first panel; the kiosk's also to its pictures.

    Every kiosk start reads and checks the content folder, as on every morning of an event.
    """
    times: dict[str, list[float]] = {"kiosk": [], "floor": [], "kiosk pictures": []}

    def start(app: str, folder: Path) -> tuple[float, float]:
        with Probe(platform_, app, "first-frame", "--content", str(folder)) as probe:
            first = probe.expect("first_frame")
            complete = probe.expect("complete")
            probe.process.wait(PROBE_TIMEOUT_S)
        return ms(first["t"] - probe.spawned), ms(complete["t"] - probe.spawned)

    for app in ("kiosk", "floor"):  # discarded: fills the bytecode and QML caches and the page cache
        start(app, content)
    for app in alternate(runs):
        first, complete = start(app, content)
        times[app].append(first)
        if app == "kiosk":
            times["kiosk pictures"].append(complete)
    return times


def write_photo_deck(folder: Path, settings: Settings) -> None:
    """20 statement panels, each with its own camera-size JPEG, written by probes in parallel."""
    media = folder / "media"
    media.mkdir(parents=True)
    workers = min(os.cpu_count() or 1, settings.photos)
    share = math.ceil(settings.photos / workers)
    width, height = settings.photo_size
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                str(PROBE),
                "photos",
                str(media),
                str(first + 1),
                str(min(share, settings.photos - first)),
                str(width),
                str(height),
            ],
            env=qt_environment("offscreen"),
        )
        for first in range(0, settings.photos, share)
    ]
    if any(writer.wait() != 0 for writer in writers):
        raise BenchmarkError(f"could not write the test photos to {media}")
    (folder / "kiosk.toml").write_text('title = "Photos"\nlanguages = ["en"]\n', encoding="utf-8")
    (folder / "en").mkdir()
    for number in range(1, settings.photos + 1):
        (folder / "en" / f"{number:02d}-photo.md").write_text(
            f"---\nlayout: statement\ntitle: Photo {number}\nimage: media/photo-{number:02d}.jpg\n"
            f"image_alt: A test photo\n---\nA camera photo, {width}x{height}, number {number}.\n\n"
            "It is decoded at the size it is shown, never in full.\n",
            encoding="utf-8",
        )


def memory(platform_: Platform, photos: Path, runs: int) -> dict[str, list[float]]:
    """PSS in MB after start (the kiosk on its first photo panel), and the kiosk's after showing every panel."""
    sizes: dict[str, list[float]] = {"kiosk": [], "floor": [], "kiosk photos": []}
    for app in alternate(runs):
        with Probe(platform_, app, "hold", "--content", str(photos), "--static") as probe:
            ready = probe.expect("ready")
            sizes[app].append(probe.pss_mb())
            if app == "kiosk":
                probe.send("cycle")
                probe.expect("cycled", timeout=PROBE_TIMEOUT_S + 10 * ready["stops"])
                sizes["kiosk photos"].append(probe.pss_mb())
    return sizes


def idle_cpu(platform_: Platform, content: Path, seconds: float) -> dict[str, float]:
    """% of one core over `seconds` on a static panel, the kiosk and the floor side by side; the kiosk's frames."""
    with (
        Probe(platform_, "kiosk", "hold", "--content", str(content), "--static") as kiosk,
        Probe(platform_, "floor", "hold") as floor,
    ):
        kiosk.expect("ready")
        floor.expect("ready")
        start = time.monotonic(), kiosk.cpu_seconds(), floor.cpu_seconds()
        time.sleep(seconds)
        end = time.monotonic(), kiosk.cpu_seconds(), floor.cpu_seconds()
        kiosk.send("frames")
        frames = kiosk.expect("frames")["count"]
    elapsed = end[0] - start[0]
    return {
        "kiosk": 100 * (end[1] - start[1]) / elapsed,
        "floor": 100 * (end[2] - start[2]) / elapsed,
        "kiosk frames": frames,
    }


@dataclass(frozen=True)
class LoopFigures:
    """One app's attract loop: CPU-seconds per minute, and per transition its CPU, its frames and their cost."""

    cpu_per_minute: float
    transitions: int
    cpu_per_transition: float
    frames_per_transition: float
    frames_between: float
    #: Resident and proportional set sizes (MB) read every MEMORY_SAMPLE_S during the loop: median and highest.
    rss_median: float
    rss_highest: float
    pss_median: float
    pss_highest: float

    @property
    def cpu_per_frame(self) -> float:
        return self.cpu_per_transition / self.frames_per_transition if self.frames_per_transition else math.nan


def loop_figures(result: dict[str, Any], memory: list[dict[str, float]]) -> LoopFigures:
    """What a probe's "attract" report and its memory readings come to: medians over its transitions."""
    (began_t, began_cpu), (ended_t, ended_cpu) = result["began"], result["ended"]
    frames = result["frames"]
    transitions = result["transitions"]
    if not transitions:
        raise BenchmarkError("the attract loop made no transition in the measured window")
    per_transition = [settle_cpu - start_cpu for _, start_cpu, _, settle_cpu in transitions]
    frame_counts = [sum(start <= t < settle for t in frames) for start, _, settle, _ in transitions]
    between = (len(frames) - sum(frame_counts)) / max(1e-9, (ended_t - began_t) / 60)
    return LoopFigures(
        cpu_per_minute=(ended_cpu - began_cpu) / ((ended_t - began_t) / 60),
        transitions=len(transitions),
        cpu_per_transition=statistics.median(per_transition),
        frames_per_transition=statistics.median(frame_counts),
        frames_between=between,
        rss_median=statistics.median(sizes["Rss"] for sizes in memory),
        rss_highest=max(sizes["Rss"] for sizes in memory),
        pss_median=statistics.median(sizes["Pss"] for sizes in memory),
        pss_highest=max(sizes["Pss"] for sizes in memory),
    )


def attract_loop(
    platform_: Platform, content: Path, pictures: list[Path], settings: Settings, autoplay_s: float, transition_ms: int
) -> dict[str, LoopFigures]:
    """The kiosk's attract loop, with its attract screen ("screen") and playing the panels ("deck"), and the bare
    window's pages ("floor"), side by side for the same minutes, stepping at the same moments."""
    seconds = settings.loop_minutes * 60
    options = [
        "attract",
        "--seconds",
        f"{seconds:g}",
        "--autoplay",
        f"{autoplay_s:g}",
        "--slide-ms",
        str(transition_ms),
        "--settle-ms",
        str(transition_ms + 1000),
    ]
    arguments = {
        "screen": ["kiosk", *options, "--content", str(content)],
        "deck": ["kiosk", *options, "--content", str(content), "--deck-loop"],
        "floor": ["floor-deck", *options, "--pictures", ",".join(map(str, pictures))],
    }
    probes: dict[str, Probe] = {}
    try:
        for app, (name, *rest) in arguments.items():
            # A third of a step apart, so that the three never draw their steps at the same moment.
            if probes:
                time.sleep(autoplay_s / len(arguments))
            probes[app] = Probe(platform_, name, *rest)
        memory = loop_memory(probes, seconds)
        reports = {app: probe.expect("attract", timeout=PROBE_TIMEOUT_S) for app, probe in probes.items()}
    finally:
        for probe in probes.values():
            probe.close()
    return {app: loop_figures(result, memory[app]) for app, result in reports.items()}


def loop_memory(probes: dict[str, Probe], seconds: float) -> dict[str, list[dict[str, float]]]:
    """Each probe's memory every MEMORY_SAMPLE_S while all of them play, until the first says it is done."""
    readings: dict[str, list[dict[str, float]]] = {app: [] for app in probes}
    deadline = time.monotonic() + seconds + PROBE_TIMEOUT_S
    while all(probe.events.empty() for probe in probes.values()):
        if time.monotonic() > deadline:
            raise BenchmarkError("the attract loop did not end in time")
        try:
            for app, probe in probes.items():
                readings[app].append(probe.memory_mb())
        except (FileNotFoundError, ProcessLookupError):
            break  # a probe has just ended: its report is on its way
        time.sleep(MEMORY_SAMPLE_S)
    if not all(readings.values()):
        raise BenchmarkError("the attract loop's memory could not be read")
    return readings


def deck_pictures(content: Path, count: int) -> list[Path]:
    """Pictures for the bare window's `count` pages: the first language's panel pictures, then the deck's others."""
    deck = load_deck(content)
    found = [panel.image.path for panel in deck.languages[0].panels if panel.image and panel.image.path]
    found += sorted(path for path in (content / "media").glob("*.svg") if path not in found)
    return [found[index % len(found)] for index in range(count)]


def slide_intervals(frames: list[list[float]], requests: list[float]) -> list[float]:
    """Milliseconds between consecutive frames that moved something, within each slide."""
    intervals: list[float] = []
    bounds = [*requests, math.inf]
    for begin, end in zip(bounds, bounds[1:]):
        in_slide = [(t, x) for t, x in frames if begin <= t < end]
        moved = [t for (t, x), (_, previous) in zip(in_slide[1:], in_slide) if x != previous]
        intervals.extend(ms(b - a) for a, b in zip(moved, moved[1:]))
    return intervals


def pacing(
    platform_: Platform, content: Path, settings: Settings, transition_ms: int, statistics: Path | None = None
) -> dict[str, list[float]]:
    """Frame intervals while slides move: the kiosk's pages (recording visitor statistics to `statistics`
    when given), the floor's Text over the same time."""
    intervals: dict[str, list[float]] = {"kiosk": [], "floor": []}
    recording = ["--statistics", str(statistics)] if statistics else []
    for app in alternate(min(settings.runs, 3)):
        with Probe(
            platform_,
            app,
            "pacing",
            "--content",
            str(content),
            "--transitions",
            str(settings.pacing_transitions),
            "--slide-ms",
            str(transition_ms),
            *(recording if app == "kiosk" else []),
        ) as probe:
            result = probe.expect("frames", timeout=PROBE_TIMEOUT_S + 5 * settings.pacing_transitions)
        intervals[app].extend(slide_intervals(result["frames"], result["requests"]))
    return intervals


def kiosk_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "kiosk", *arguments]


def content_scale(settings: Settings, temporary: Path) -> dict[str, Any]:
    """load_deck on generated decks, `kiosk check` and `kiosk render` (per panel) on the bundled content."""
    results: dict[str, Any] = {"load": []}
    for count in settings.panel_counts:
        folder = temporary / f"deck-{count}"
        generate(folder, count)
        deck = load_deck(folder)
        panels = sum(len(language.panels) for language in deck.languages)
        seconds = median_seconds(lambda folder=folder: load_deck(folder), settings.content_runs)
        results["load"].append((count, panels, seconds))
    content = bundled_content_dir()
    check = kiosk_command("check", str(content))
    env = python_environment()
    subprocess.run(check, capture_output=True, env=env, check=False)  # discarded: compiles the bytecode
    results["check"] = median_seconds(
        lambda: subprocess.run(check, capture_output=True, env=env, check=False), settings.content_runs
    )
    deck = load_deck(content)
    first = deck.languages[0]
    panels_all = sum(len(language.panels) for language in deck.languages)
    render_env = qt_environment("offscreen")
    timings: dict[str, list[float]] = {"all": [], "first": []}
    for run in range(max(1, settings.content_runs // 2)):
        for which in ("all", "first") if run % 2 == 0 else ("first", "all"):
            out = temporary / f"render-{which}-{run}"
            command = kiosk_command("render", str(content), "--out", str(out))
            command += ["--lang", first.code] if which == "first" else []
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=render_env, check=False)
            timings[which].append(time.perf_counter() - started)
            if done.returncode != 0:
                raise BenchmarkError(f"`{' '.join(command)}` failed ({done.returncode}):\n{done.stderr[-2000:]}")
    render_all, render_first = statistics.median(timings["all"]), statistics.median(timings["first"])
    results["render"] = {
        "panels": panels_all,
        "seconds": render_all,
        "per_panel": render_all / panels_all,
        # The extra panels of the other languages cost this much each, start-up excluded.
        "marginal": (render_all - render_first) / max(1, panels_all - len(first.panels)),
    }
    return results


# -- the report -------------------------------------------------------------------------------


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal:")
    )
    return (
        f"{os.cpu_count()} CPUs ({model}), {memory_kb / 1024**2:.1f} GiB RAM, Linux {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {metadata.version('PySide6-Essentials')}"
    )


def row(label: str, kiosk: float, floor: float | None, unit: str, digits: int = 0) -> str:
    ratio = f"{kiosk / floor:6.2f}x" if floor else "      -"
    floor_text = f"{floor:10.{digits}f} {unit:<3}" if floor is not None else f"{'-':>10}    "
    return f"  {label:<52} {kiosk:10.{digits}f} {unit:<3} {floor_text} {ratio}"


def budget(met: bool, text: str) -> str:
    return f"{'MET' if met else 'MISSED':<7} {text}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a fast smoke run: proves the benchmark works, figures mean nothing"
    )
    parser.add_argument("--start-up-only", action="store_true", help="measure the start-up alone, and check its budget")
    parser.add_argument("--runs", type=int, help=f"runs per app for start-up and memory (default {FULL.runs})")
    parser.add_argument(
        "--idle-seconds", type=float, help=f"length of the idle CPU measurement (default {FULL.idle_seconds:.0f})"
    )
    parser.add_argument(
        "--attract-only",
        action="store_true",
        help="measure the attract loop against the bare window, and the static panel, alone, and check their budgets",
    )
    parser.add_argument(
        "--loop-minutes",
        type=float,
        help=f"length of each attract-loop measurement, per renderer (default {FULL.loop_minutes:g})",
    )
    args = parser.parse_args()
    settings = QUICK if args.quick else FULL
    if args.runs or args.idle_seconds or args.loop_minutes:
        settings = Settings(
            **{
                **settings.__dict__,
                "runs": args.runs or settings.runs,
                "idle_seconds": args.idle_seconds or settings.idle_seconds,
                "loop_minutes": args.loop_minutes or settings.loop_minutes,
            }
        )
    content = bundled_content_dir()
    timings = load_deck(content).settings.timings
    transition_ms = timings.transition_ms
    began = time.monotonic()
    print(f"Machine: {machine()}")
    print(f"Command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as name, xvfb() as display:
            temporary = Path(name)
            offscreen = Platform("offscreen", qt_environment("offscreen"))
            real = Platform(f"xcb (Xvfb {display})", qt_environment("xcb", display)) if display else offscreen
            if display is None:
                print("Xvfb is not installed: every measurement runs offscreen only.")
            platforms = [real, offscreen] if display else [offscreen]
            print("Both apps: Qt Quick software renderer, 1920x1080; kiosk and floor runs alternate.\n")
            print(f"  {'':<52} {'kiosk':>14} {'floor':>14} {'ratio':>7}")
            if args.attract_only:
                return report(
                    attract_budgets(real, display, content, settings, timings.autoplay_seconds, transition_ms), began
                )

            print(f"Start-up, spawn to first frame showing the first panel; medians of {settings.runs} runs")
            start_ratios: dict[str, float] = {}
            for platform_ in platforms:
                frames = first_frames(platform_, content, settings.runs)
                kiosk_ms, floor_ms = statistics.median(frames["kiosk"]), statistics.median(frames["floor"])
                start_ratios[platform_.name.split()[0]] = kiosk_ms / floor_ms
                print(row(platform_.name, kiosk_ms, floor_ms, "ms"))
                print(
                    row(
                        f"{platform_.name}, pictures decoded",
                        statistics.median(frames["kiosk pictures"]),
                        floor_ms,
                        "ms",
                    )
                )
            ratios = ", ".join(f"{ratio:.2f}x {name}" for name, ratio in start_ratios.items())
            verdicts = [
                budget(
                    all(r <= FIRST_FRAME_RATIO_BUDGET for r in start_ratios.values()),
                    f"first frame: kiosk/floor {ratios} (budget: at most {FIRST_FRAME_RATIO_BUDGET}x)",
                )
            ]
            if args.start_up_only:
                return report(verdicts, began)

            photos = temporary / "photos"
            write_photo_deck(photos, settings)
            width, height = settings.photo_size
            memory_runs = min(settings.runs, 3)
            print(
                f"\nMemory (PSS), {settings.photos} statement panels each with a {width}x{height} JPEG, "
                f"{real.name}; medians of {memory_runs} runs"
            )
            sizes = memory(real, photos, memory_runs)
            floor_mb = statistics.median(sizes["floor"])
            photos_mb = statistics.median(sizes["kiosk photos"])
            print(row("after start (kiosk: first photo shown)", statistics.median(sizes["kiosk"]), floor_mb, "MB", 1))
            print(row(f"after showing all {settings.photos} photo panels", photos_mb, floor_mb, "MB", 1))

            loop_verdicts = attract_budgets(real, display, content, settings, timings.autoplay_seconds, transition_ms)

            print(
                f"\nFrame intervals while a slide moves ({transition_ms} ms slides, "
                f"{min(settings.runs, 3)} runs of {settings.pacing_transitions}), {real.name}"
            )
            intervals = pacing(real, content, settings, transition_ms)
            p95 = percentile(intervals["kiosk"], 0.95)
            print(
                row(
                    f"median ({len(intervals['kiosk'])} kiosk intervals)",
                    statistics.median(intervals["kiosk"]),
                    statistics.median(intervals["floor"]),
                    "ms",
                    1,
                )
            )
            print(row("95th percentile", p95, percentile(intervals["floor"], 0.95), "ms", 1))
            print(row("longest", max(intervals["kiosk"]), max(intervals["floor"]), "ms", 1))
            recorded = pacing(real, content, settings, transition_ms, statistics=temporary / "statistics.sqlite")
            print(
                f"  95th percentile with visitor statistics off / on: {p95:.1f} ms / "
                f"{percentile(recorded['kiosk'], 0.95):.1f} ms ({len(recorded['kiosk'])} intervals recorded on)"
            )

            print(f"\nContent scale ({len(LANGUAGES)} languages; medians of {settings.content_runs} runs)")
            scale = content_scale(settings, temporary)
            for count, panels, seconds in scale["load"]:
                print(row(f"load_deck, {count} panels per language ({panels} panels)", ms(seconds), None, "ms"))
            print(row("`kiosk check` on the bundled content (a process)", ms(scale["check"]), None, "ms"))
            render = scale["render"]
            print(
                row(
                    f"`kiosk render` of the bundled content ({render['panels']} panels)",
                    ms(render["seconds"]),
                    None,
                    "ms",
                )
            )
            print(row("  per panel, start-up included", ms(render["per_panel"]), None, "ms"))
            print(row("  per extra panel, start-up excluded", ms(render["marginal"]), None, "ms"))
    except BenchmarkError as problem:
        print(f"\nbenchmark failed: {problem}", file=sys.stderr)
        return 2

    verdicts += [
        *loop_verdicts,
        budget(
            photos_mb <= PHOTO_PSS_BUDGET_MB,
            f"memory with {settings.photos} photos: {photos_mb:.0f} MB PSS (budget: at most {PHOTO_PSS_BUDGET_MB:.0f} MB)",
        ),
        budget(
            p95 <= FRAME_P95_BUDGET_MS,
            f"frame interval during a slide: 95th percentile {p95:.1f} ms (budget: at most {FRAME_P95_BUDGET_MS:.0f} ms)",
        ),
        budget(
            scale["check"] <= CHECK_BUDGET_S,
            f"`kiosk check` on the bundled content: {ms(scale['check']):.0f} ms (budget: at most {ms(CHECK_BUDGET_S):.0f} ms)",
        ),
    ]
    return report(verdicts, began)


def renderers(display: str | None) -> list[Platform]:
    """Qt Quick's software renderer, and OpenGL drawn by Mesa's llvmpipe on the processor (needs the Xvfb)."""
    if display is None:
        return [Platform("software, offscreen", qt_environment("offscreen"))]
    software = qt_environment("xcb", display)
    opengl = {key: value for key, value in software.items() if key != "QT_QUICK_BACKEND"}
    opengl.update(QSG_RHI_BACKEND="opengl", LIBGL_ALWAYS_SOFTWARE="1")
    return [Platform("software", software), Platform("OpenGL (llvmpipe)", opengl)]


def attract_budgets(
    real: Platform, display: str | None, content: Path, settings: Settings, deck_autoplay_s: float, transition_ms: int
) -> list[str]:
    """The attract loop against the bare window doing the same transitions, per renderer, and the static panel."""
    autoplay_s = settings.loop_autoplay_s or deck_autoplay_s
    pictures = deck_pictures(content, len(load_deck(content).languages[0].panels))
    print(
        f"\nAttract loop, side by side with a bare window of {len(pictures)} pages (a title, a paragraph, a picture) "
        f"doing the same slides: every {autoplay_s:g} s, {transition_ms} ms each, "
        f"{settings.loop_minutes:g} minutes per renderer, Xvfb 1920x1080"
    )
    loop_ratios: dict[str, float] = {}
    frame_ratios: dict[str, float] = {}
    memory_ratios: dict[str, float] = {}
    for platform_ in renderers(display):
        figures = attract_loop(platform_, content, pictures, settings, autoplay_s, transition_ms)
        floor = figures["floor"]
        for mode, label in (("screen", "attract screen"), ("deck", "panels playing")):
            kiosk = figures[mode]
            name = f"{platform_.name}, {label}"
            print(f"  {name}")
            print(row("CPU-seconds per minute of attract loop", kiosk.cpu_per_minute, floor.cpu_per_minute, "s", 2))
            print(
                row(
                    f"CPU-seconds per step ({kiosk.transitions} / {floor.transitions})",
                    kiosk.cpu_per_transition,
                    floor.cpu_per_transition,
                    "s",
                    3,
                )
            )
            print(row("frames per step", kiosk.frames_per_transition, floor.frames_per_transition, ""))
            print(row("CPU per step frame", ms(kiosk.cpu_per_frame), ms(floor.cpu_per_frame), "ms", 2))
            print(row("frames per minute between steps", kiosk.frames_between, floor.frames_between, ""))
            print(row("RSS in the loop, median", kiosk.rss_median, floor.rss_median, "MB", 1))
            print(row("RSS in the loop, highest", kiosk.rss_highest, floor.rss_highest, "MB", 1))
            print(row("PSS in the loop, median", kiosk.pss_median, floor.pss_median, "MB", 1))
            print(row("PSS in the loop, highest", kiosk.pss_highest, floor.pss_highest, "MB", 1))
            loop_ratios[name] = kiosk.cpu_per_minute / floor.cpu_per_minute
            memory_ratios[name] = kiosk.rss_highest / floor.rss_highest
            if mode == "deck":  # the attract screen's steps are cross-fades, not transitions: see performance.md
                frame_ratios[platform_.name] = kiosk.cpu_per_frame / floor.cpu_per_frame
    idle = idle_cpu(real, content, settings.idle_seconds)
    print(row(f"static first panel, {settings.idle_seconds:.0f} s, % of a core", idle["kiosk"], idle["floor"], "%", 2))
    print(row("static first panel, frames drawn", idle["kiosk frames"], None, ""))

    def listed(ratios: dict[str, float]) -> str:
        return ", ".join(f"{ratio:.2f}x {name}" for name, ratio in ratios.items())

    return [
        budget(
            all(ratio <= ATTRACT_RATIO_BUDGET for ratio in loop_ratios.values()),
            f"attract loop CPU: kiosk/bare window {listed(loop_ratios)} (budget: at most {ATTRACT_RATIO_BUDGET}x)",
        ),
        budget(
            all(ratio <= TRANSITION_FRAME_RATIO_BUDGET for ratio in frame_ratios.values()),
            f"CPU per transition frame, panels playing: kiosk/bare window {listed(frame_ratios)} "
            f"(budget: at most {TRANSITION_FRAME_RATIO_BUDGET}x)",
        ),
        budget(
            all(ratio <= ATTRACT_MEMORY_RATIO_BUDGET for ratio in memory_ratios.values()),
            f"attract loop memory: highest RSS, kiosk/bare window {listed(memory_ratios)} "
            f"(budget: at most {ATTRACT_MEMORY_RATIO_BUDGET}x)",
        ),
        budget(
            # Judged as printed, to a tenth of a percent: /proc counts CPU time in 10 ms ticks.
            round(idle["kiosk"], 1) <= IDLE_CPU_BUDGET_PERCENT and idle["kiosk frames"] == 0,
            f"static panel: {idle['kiosk frames']} frames, {idle['kiosk']:.1f}% of a core "
            f"(budget: at most {IDLE_CPU_BUDGET_PERCENT}%)",
        ),
    ]


def report(verdicts: list[str], began: float) -> int:
    """Print the budgets' verdicts; the exit code: 0 when every budget is met, else 1."""
    print(f"\nBudgets (measured in {time.monotonic() - began:.0f} s)")
    print("\n".join(verdicts))
    return 0 if all(line.startswith("MET") for line in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
