"""Long-run stability: drive the real kiosk through thousands of transitions and reloads, watch for leaks.

Run: .venv/bin/python benchmarks/soak.py [--transitions 10000] [--reloads 200] [--xcb] [--json FILE]

A kiosk runs 8 to 12 hours a day for days. This builds the very window `kiosk
run` shows (build_kiosk, 1920x1080, Qt Quick's software renderer, offscreen by
default or under the X server in $DISPLAY with --xcb) on a copy of the bundled
deck plus a panel with a 6000x4000 JPEG, then:

- moves panel to panel with the controller (next/previous, animated with
  transition = 0.1 s from kiosk.toml), waiting for each slide to come to rest
  with its pictures decoded, and switches language every 100 transitions;
- reloads the content through the hot-reload path (files written in place and
  through a temporary file and a rename, noticed by the ContentWatcher, swapped
  in by KioskWindow.show_deck), alternately adding a panel with pictures and
  removing it again, editing a panel's text each time.

After a warm-up it samples, always in the same state (first panel, English,
original panel set, garbage collected): resident memory (RSS and PSS from
/proc/self/smaps_rollup), live QObjects under the window and the QML engine,
QQuickItems in the scene, Python objects and open file descriptors. It prints a
table and a verdict per criterion, and exits with 1 when one fails.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.ui.qt_app import prepare_environment  # noqa: E402  (no Qt application exists yet)

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem

SIZE = (1920, 1080)
LANGUAGES = ("en", "fr")
LANGUAGE_SWITCH_EVERY = 100
TRANSITION_TIMEOUT_S = 10.0
RELOAD_TIMEOUT_S = 10.0
SETTLE_MS = 40
RSS_LIMIT_MB = 10.0
KIOSK_TOML = """\
title = "Soak test"
languages = ["en", "fr"]

[timings]
transition = 0.1

[theme]
logo = "media/logo.svg"
"""
PHOTO_PANEL = """\
---
layout: statement
title: {title}
image: media/photo.jpg
image_alt: A large camera photo
---
{message}

Reload number {number}: the text changes on every reload.
"""
EXTRA_PANEL = """\
---
layout: timeline
title: {title}
---
A panel that comes and goes with the reloads.

## 1998 - First
![A scanned picture](media/scan.png)

The first event, with a picture.

## 2011 - Second
![A small picture](media/small.png)

The second event, with another picture.
"""


@dataclass(frozen=True)
class Sample:
    """One measurement, always taken in the same kiosk state."""

    transitions: int
    reloads: int
    language_switches: int
    elapsed_s: float
    rss_kb: int
    pss_kb: int
    heap_used_kb: int
    heap_held_kb: int
    qt_objects: int
    quick_items: int
    python_objects: int
    open_files: tuple[str, ...]

    @property
    def file_descriptors(self) -> int:
        return len(self.open_files)


@dataclass(frozen=True)
class Verdict:
    criterion: str
    holds: bool
    detail: str


@dataclass
class SoakReport:
    samples: list[Sample] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    qt_growth_by_type: dict[str, int] = field(default_factory=dict)
    python_growth_by_type: dict[str, int] = field(default_factory=dict)
    allocation_growth: list[str] = field(default_factory=list)

    @property
    def holds(self) -> bool:
        return all(verdict.holds for verdict in self.verdicts)


class SoakFailure(Exception):
    """The kiosk stopped doing what a visitor would see it do (stuck slide, reload never shown)."""


# -- measuring ---------------------------------------------------------------------------


def memory_kb() -> tuple[int, int]:
    """(RSS, PSS) of this process in kB."""
    values = {}
    with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                values[name] = int(rest.split()[0])
    return values["Rss"], values["Pss"]


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _mallinfo2() -> Callable[[], _MallInfo2] | None:
    """glibc's mallinfo2 (2.33 and later), or None elsewhere."""
    name = ctypes.util.find_library("c")
    function = getattr(ctypes.CDLL(name), "mallinfo2", None) if name else None
    if function is not None:
        function.restype = _MallInfo2
    return function


_MALLINFO2 = _mallinfo2()


def heap_kb() -> tuple[int, int]:
    """(in use, held from the system) by malloc in kB, every arena and mmapped block included; (0, 0) without glibc.

    RSS that grows while "in use" stays flat is memory the allocator keeps for
    reuse (free pages inside its arenas), not memory the kiosk still holds.
    """
    if _MALLINFO2 is None:
        return 0, 0
    info = _MALLINFO2()
    return (info.uordblks + info.hblkhd) // 1024, (info.arena + info.hblkhd) // 1024


def open_files() -> tuple[str, ...]:
    """What each open file descriptor points at (a file, a socket, a pipe), so a leak names itself."""
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            targets.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the descriptor listdir itself used, closed by now
            continue
    return tuple(sorted(targets))


def trend_per_step(values: list[float]) -> float:
    """Least-squares slope of `values` against their position: steady growth, not one step's noise."""
    count = len(values)
    if count < 2:
        return 0.0
    mean_x = (count - 1) / 2
    mean_y = sum(values) / count
    numerator = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    denominator = sum((x - mean_x) ** 2 for x in range(count))
    return numerator / denominator


# -- content -----------------------------------------------------------------------------


def write_content(folder: Path) -> Path:
    """The bundled deck, a 0.1 s transition, and a panel showing a large camera-sized JPEG."""
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    from kiosk.locations import bundled_content_dir

    shutil.copytree(bundled_content_dir(), folder)
    (folder / "kiosk.toml").write_text(KIOSK_TOML, encoding="utf-8")
    for name, (width, height), kind in (
        ("photo.jpg", (6000, 4000), "JPEG"),
        ("scan.png", (1600, 1200), "PNG"),
        ("small.png", (400, 300), "PNG"),
    ):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, width, height)
        gradient.setColorAt(0, QColor("#1b3556"))
        gradient.setColorAt(1, QColor("#f2b138"))
        painter.fillRect(image.rect(), gradient)
        painter.end()
        if not image.save(str(folder / "media" / name), kind, 85):
            raise SoakFailure(f"cannot write the test picture {folder / 'media' / name}")
    for code in LANGUAGES:
        _write_photo_panel(folder, code, 0)
    return folder


def _write_photo_panel(folder: Path, code: str, number: int) -> None:
    """Saved in place, as most editors do."""
    text = PHOTO_PANEL.format(title=f"Photo ({code})", message=f"A large picture, edit {number}.", number=number)
    (folder / code / "06-photo.md").write_text(text, encoding="utf-8")


def _add_extra_panel(folder: Path, code: str) -> None:
    """Written to a temporary file and renamed over, as careful editors and sync tools do."""
    temporary = folder / code / ".07-extra.md.tmp"
    temporary.write_text(EXTRA_PANEL.format(title=f"Extra ({code})"), encoding="utf-8")
    os.replace(temporary, folder / code / "07-extra.md")


# -- driving the kiosk -------------------------------------------------------------------


class Soak:
    """The kiosk window and the moves a day at an event makes it do."""

    def __init__(self, folder: Path) -> None:
        from PySide6 import QtQuick  # noqa: F401  (makes QQuickItem properties readable from Python)

        from kiosk.content.loader import load_deck
        from kiosk.ui.window import attach_content_watcher, build_kiosk

        self.folder = folder
        deck = load_deck(folder)
        if deck.errors:
            raise SoakFailure("the soak content has errors:\n" + "\n".join(d.format() for d in deck.errors))
        self.kiosk = build_kiosk(deck, size=SIZE, attract=False, windowed=True)
        self.kiosk.window.show()
        watcher = attach_content_watcher(self.kiosk, folder, load=load_deck, settle_ms=SETTLE_MS)
        self.loaded = 0
        self.rejected: list[str] = []
        watcher.deckLoaded.connect(self._on_loaded)
        watcher.deckRejected.connect(lambda deck: self.rejected.extend(d.format() for d in deck.errors))
        self.transitions = 0
        self.reloads = 0
        self.language_switches = 0
        self._forward = True
        self._view = None
        self._wait(lambda: self.kiosk.window.contentItem().width() == SIZE[0], 10.0, "the window never got its size")
        self._wait_settled("the first panel never came to rest")

    def _on_loaded(self, _deck: object) -> None:
        self.loaded += 1

    # -- the event loop --

    def _wait(self, done: Callable[[], bool], timeout_s: float, problem: str) -> None:
        from kiosk.ui.render import process_events_until

        if not process_events_until(done, timeout_s):
            raise SoakFailure(f"{problem} (after {self.transitions} transitions, {self.reloads} reloads)")

    def _settled(self) -> bool:
        """The current page is at rest (kiosk.ui.render.page_at_rest), with the view found once."""
        from kiosk.ui.render import page_at_rest

        if self._view is None:
            self._view = self.kiosk.item("panelView")
        return self._view is not None and page_at_rest(self._view, self._current_page(self._view))

    def _wait_settled(self, problem: str) -> None:
        try:
            self._wait(self._settled, TRANSITION_TIMEOUT_S, problem)
        except SoakFailure as failure:
            raise SoakFailure(f"{failure}: {self._view_state()}") from None

    def _current_page(self, view: QQuickItem) -> QQuickItem | None:
        from kiosk.ui.items import find_item

        return find_item(view.property("contentItem"), f"panelPage{self.kiosk.controller.currentIndex}")

    def _view_state(self) -> str:
        """Where the view and the current page are, so that a page that never came to rest says why."""
        from kiosk.ui.render import pictures_pending

        view = self._view
        if view is None:
            return "no panel view"
        index = self.kiosk.controller.currentIndex
        page = self._current_page(view)
        state = (
            f"panel {index} of {self.kiosk.controller.count}, view at x={view.property('contentX'):.1f} "
            f"(moving {view.property('moving')}, flicking {view.property('flicking')}, "
            f"opacity {view.opacity():.2f}, width {view.width():.0f})"
        )
        if page is None:
            return state + ", page not built"
        pending = [item.objectName() or type(item).__name__ for item in pictures_pending(page)]
        return state + f", page at x={page.x():.1f} width {page.width():.0f}, pictures pending: {pending or 'none'}"

    # -- what a day brings --

    def transition(self) -> None:
        """One slide to the neighbouring panel, back and forth across the deck."""
        controller = self.kiosk.controller
        if controller.count < 2:
            raise SoakFailure("the deck has fewer than two panels: nothing to move between")
        if self._forward and controller.currentIndex >= controller.count - 1:
            self._forward = False
        elif not self._forward and controller.currentIndex <= 0:
            self._forward = True
        before = controller.currentIndex
        controller.next() if self._forward else controller.previous()
        if controller.currentIndex == before:
            raise SoakFailure(f"the controller did not move from panel {before}")
        self.transitions += 1
        self._wait_settled(f"panel {controller.currentIndex} never came to rest")

    def switch_language(self) -> None:
        controller = self.kiosk.controller
        controller.setLanguage(LANGUAGES[(LANGUAGES.index(controller.language) + 1) % len(LANGUAGES)])
        self.language_switches += 1
        self._wait_settled(f"the panel never came to rest after switching to {controller.language}")

    def reload(self) -> None:
        """Edit the content the way editors do and wait until the kiosk shows the new deck."""
        expected = self.loaded + 1
        number = self.reloads + 1
        for code in LANGUAGES:
            _write_photo_panel(self.folder, code, number)
            if number % 2:
                _add_extra_panel(self.folder, code)
            else:
                (self.folder / code / "07-extra.md").unlink()
        self._wait(
            lambda: self.loaded >= expected or bool(self.rejected),
            RELOAD_TIMEOUT_S,
            f"reload {number} was never shown",
        )
        if self.rejected:
            raise SoakFailure("the kiosk rejected the soak content:\n" + "\n".join(self.rejected))
        self.reloads += 1
        self._wait_settled(f"the panel never came to rest after reload {number}")

    @property
    def at_original_panels(self) -> bool:
        """An even number of reloads leaves the extra panel removed: the same deck shape as at the start."""
        return self.reloads % 2 == 0

    # -- measuring --

    def rest(self) -> None:
        """The canonical state every sample is taken in: English, first panel, nothing pending."""
        from PySide6.QtCore import QCoreApplication, QEvent

        controller = self.kiosk.controller
        controller.setLanguage(LANGUAGES[0])
        controller.goTo(0)
        self._wait_settled("the first panel never came to rest before a measurement")
        quiet_until = time.monotonic() + 0.3
        self._wait(lambda: time.monotonic() > quiet_until, 1.0, "")
        self.kiosk.engine.collectGarbage()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    def qt_objects(self) -> list:
        """Every QObject under the window, the engine and each scene item, each once.

        Delegate pages have no QObject parent (the view owns them), so the
        window's QObject tree alone would miss them and whatever they hold.
        A Behavior's animation is left out: Qt Quick only creates it the first
        time the Behavior runs (it is a deferred property), so whether it exists
        depends on what the visitor did since the page was built. The Behaviors
        themselves are counted, and each has at most one animation.
        """
        from PySide6.QtCore import QObject
        from shiboken6 import Shiboken

        found: dict[int, QObject] = {}
        deferred: set[int] = set()
        roots: list[QObject] = [self.kiosk.window, self.kiosk.engine, *self.kiosk.items()]
        for root in roots:
            for obj in (root, *root.findChildren(QObject)):
                found.setdefault(Shiboken.getCppPointer(obj)[0], obj)
                if obj.inherits("QQuickBehavior"):
                    deferred.update(Shiboken.getCppPointer(child)[0] for child in obj.findChildren(QObject))
        return [obj for address, obj in found.items() if address not in deferred]

    def qt_types(self) -> Counter[str]:
        return Counter(obj.metaObject().className() for obj in self.qt_objects())

    def sample(self, started: float) -> Sample:
        self.rest()
        rss, pss = memory_kb()
        heap_used, heap_held = heap_kb()
        return Sample(
            transitions=self.transitions,
            reloads=self.reloads,
            language_switches=self.language_switches,
            elapsed_s=round(time.monotonic() - started, 1),
            rss_kb=rss,
            pss_kb=pss,
            heap_used_kb=heap_used,
            heap_held_kb=heap_held,
            qt_objects=len(self.qt_objects()),
            quick_items=sum(1 for _item in self.kiosk.items()),
            python_objects=len(gc.get_objects()),
            open_files=open_files(),
        )

    def close(self) -> None:
        self.kiosk.close()


def python_types() -> Counter[str]:
    return Counter(type(obj).__qualname__ for obj in gc.get_objects())


def growth(before: Counter[str], after: Counter[str], top: int = 12) -> dict[str, int]:
    """The types whose live count changed most, largest change first."""
    changes = {name: after[name] - before[name] for name in before.keys() | after.keys() if after[name] != before[name]}
    return dict(sorted(changes.items(), key=lambda item: -abs(item[1]))[:top])


# -- the run -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    transitions: int
    reloads: int
    warmup: int
    sample_every: int
    rss_limit_mb: float
    language_every: int = LANGUAGE_SWITCH_EVERY

    @property
    def reload_every(self) -> int:
        return max(1, self.transitions // max(1, self.reloads))


def judge(samples: list[Sample], plan: Plan) -> list[Verdict]:
    """A verdict per criterion, comparing every sample after the warm-up with the warm-up one."""
    base, end = samples[0], samples[-1]
    after = samples[1:]
    rss_growth_mb = (end.rss_kb - base.rss_kb) / 1024
    rss_trend_mb = trend_per_step([s.rss_kb / 1024 for s in samples]) * (len(samples) - 1)
    limit = plan.rss_limit_mb
    return [
        Verdict(
            "RSS growth after warm-up",
            rss_growth_mb < limit and rss_trend_mb < limit,
            f"end - warm-up {rss_growth_mb:+.1f} MB, trend over the run {rss_trend_mb:+.1f} MB "
            f"(PSS {(end.pss_kb - base.pss_kb) / 1024:+.1f} MB); limit {limit:g} MB",
        ),
        Verdict(
            "live Qt objects (window + engine)",
            all(s.qt_objects == base.qt_objects for s in after),
            f"warm-up {base.qt_objects}, end {end.qt_objects}, range {min(s.qt_objects for s in samples)}"
            f"-{max(s.qt_objects for s in samples)}",
        ),
        Verdict(
            "QQuickItems in the scene",
            all(s.quick_items == base.quick_items for s in after),
            f"warm-up {base.quick_items}, end {end.quick_items}",
        ),
        Verdict(
            "open file descriptors",
            all(s.file_descriptors <= base.file_descriptors for s in after),
            f"warm-up {base.file_descriptors}, end {end.file_descriptors}, "
            f"most {max(s.file_descriptors for s in samples)}"
            + "".join(
                f"; new: {target}" for target in sorted((Counter(end.open_files) - Counter(base.open_files)).elements())
            ),
        ),
        Verdict(
            "Python objects",
            end.python_objects - base.python_objects < 1000,
            f"warm-up {base.python_objects}, end {end.python_objects} "
            f"({end.python_objects - base.python_objects:+d}; limit +1000)",
        ),
    ]


def run(plan: Plan, *, trace: bool = False, out: Callable[[str], None] = print) -> SoakReport:
    from kiosk.ui.qt_app import application

    application()
    report = SoakReport()
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as temporary:
        soak = Soak(write_content(Path(temporary) / "content"))
        try:
            _drive(soak, plan, report, trace, out)
        finally:
            soak.close()
    report.verdicts = judge(report.samples, plan)
    return report


def _drive(soak: Soak, plan: Plan, report: SoakReport, trace: bool, out: Callable[[str], None]) -> None:
    started = time.monotonic()
    next_sample = plan.warmup
    qt_before = python_before = None
    snapshot_before = None
    out(HEADER)
    while soak.transitions < plan.transitions or not soak.at_original_panels:
        if soak.transitions < plan.transitions:
            soak.transition()
            if soak.transitions % plan.reload_every == 0 and soak.reloads < plan.reloads:
                soak.reload()
            if soak.transitions % plan.language_every == 0:
                soak.switch_language()
        else:
            soak.reload()  # finish with the original panel set, so the last sample compares like with like
        finished = soak.transitions >= plan.transitions and soak.at_original_panels
        if (soak.transitions >= next_sample and soak.at_original_panels) or finished:
            sample = soak.sample(started)
            report.samples.append(sample)
            out(row(sample, report.samples[0]))
            if len(report.samples) == 1:
                qt_before, python_before = soak.qt_types(), python_types()
                if trace:
                    tracemalloc.start(25)
                    snapshot_before = tracemalloc.take_snapshot()
            next_sample = (soak.transitions // plan.sample_every + 1) * plan.sample_every
    report.qt_growth_by_type = growth(qt_before, soak.qt_types())
    report.python_growth_by_type = growth(python_before, python_types())
    if snapshot_before is not None:
        statistics = tracemalloc.take_snapshot().compare_to(snapshot_before, "traceback")
        report.allocation_growth = ["\n".join(stat.traceback.format()[-6:]) + f"\n  {stat}" for stat in statistics[:8]]
        tracemalloc.stop()


HEADER = (
    f"{'transitions':>11} {'reloads':>7} {'lang':>5} {'time s':>7} {'RSS MB':>8} {'dRSS':>6} {'PSS MB':>8} "
    f"{'heap MB':>8} {'held MB':>8} {'QObjects':>8} {'items':>6} {'Py objects':>10} {'fds':>4}"
)


def row(sample: Sample, base: Sample) -> str:
    return (
        f"{sample.transitions:>11} {sample.reloads:>7} {sample.language_switches:>5} {sample.elapsed_s:>7.1f} "
        f"{sample.rss_kb / 1024:>8.1f} {(sample.rss_kb - base.rss_kb) / 1024:>+6.1f} {sample.pss_kb / 1024:>8.1f} "
        f"{sample.heap_used_kb / 1024:>8.1f} {sample.heap_held_kb / 1024:>8.1f} {sample.qt_objects:>8} "
        f"{sample.quick_items:>6} {sample.python_objects:>10} {sample.file_descriptors:>4}"
    )


def print_report(report: SoakReport, out: Callable[[str], None] = print) -> None:
    out("")
    for verdict in report.verdicts:
        out(f"{'PASS' if verdict.holds else 'FAIL'}  {verdict.criterion}: {verdict.detail}")
    if report.qt_growth_by_type:
        out("\nQt objects whose count changed since the warm-up: " + _changes(report.qt_growth_by_type))
    if report.python_growth_by_type:
        out("Python objects whose count changed since the warm-up: " + _changes(report.python_growth_by_type))
    if report.allocation_growth:
        out("\nLargest Python allocation growth since the warm-up (tracemalloc):")
        for entry in report.allocation_growth:
            out(entry)


def _changes(changes: dict[str, int]) -> str:
    return ", ".join(f"{name} {change:+d}" for name, change in changes.items())


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transitions", type=int, default=10_000, help="panel transitions (default 10000)")
    parser.add_argument("--reloads", type=int, default=200, help="content reloads, spread evenly (default 200)")
    parser.add_argument(
        "--warmup", type=int, default=None, help="transitions before the first sample (default: 5%% of --transitions)"
    )
    parser.add_argument(
        "--sample-every", type=int, default=None, help="transitions between samples (default: 10%% of --transitions)"
    )
    parser.add_argument(
        "--language-every", type=int, default=LANGUAGE_SWITCH_EVERY, help="transitions between language switches"
    )
    parser.add_argument("--rss-limit-mb", type=float, default=RSS_LIMIT_MB, help="allowed RSS growth (default 10)")
    parser.add_argument("--xcb", action="store_true", help="show the window on the X server in $DISPLAY (e.g. Xvfb)")
    parser.add_argument("--tracemalloc", action="store_true", help="also report where Python allocations grew")
    parser.add_argument("--json", type=Path, help="also write the samples and verdicts to this file")
    arguments = parser.parse_args(argv)
    if arguments.transitions < 2 or arguments.reloads < 0 or arguments.language_every < 1:
        parser.error("--transitions must be at least 2, --reloads at least 0 and --language-every at least 1")
    if arguments.xcb and not os.environ.get("DISPLAY"):
        parser.error("--xcb needs an X server: start one (Xvfb :99 -screen 0 1920x1080x24 &) and set DISPLAY=:99")
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    if arguments.xcb:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    prepare_environment(offscreen=not arguments.xcb, software=True)
    plan = Plan(
        transitions=arguments.transitions,
        reloads=arguments.reloads,
        warmup=arguments.warmup if arguments.warmup is not None else max(1, arguments.transitions // 20),
        sample_every=arguments.sample_every or max(1, arguments.transitions // 10),
        rss_limit_mb=arguments.rss_limit_mb,
        language_every=arguments.language_every,
    )
    print(
        f"soak: {plan.transitions} transitions, {plan.reloads} reloads (one every {plan.reload_every}), "
        f"a language switch every {plan.language_every}; {SIZE[0]}x{SIZE[1]}, "
        f"platform {os.environ['QT_QPA_PLATFORM']}, renderer {os.environ['QT_QUICK_BACKEND']}",
        flush=True,
    )
    try:
        report = run(plan, trace=arguments.tracemalloc, out=lambda line: print(line, flush=True))
    except SoakFailure as failure:
        print(f"soak: FAILED: {failure}", file=sys.stderr)
        return 2
    print_report(report)
    if arguments.json:
        arguments.json.write_text(
            json.dumps(
                {
                    "samples": [asdict(s) for s in report.samples],
                    "verdicts": [asdict(v) for v in report.verdicts],
                    "qt_growth_by_type": report.qt_growth_by_type,
                    "python_growth_by_type": report.python_growth_by_type,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0 if report.holds else 1


if __name__ == "__main__":
    sys.exit(main())
