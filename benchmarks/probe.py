"""One measured process for benchmarks/run.py: the kiosk, or the floor (a bare Qt Quick window showing one Text).

    probe.py kiosk|floor|floor-deck first-frame|hold|pacing|attract [options]
    probe.py photos FOLDER FIRST COUNT WIDTH HEIGHT

Both apps use the platform and renderer the environment gives (QT_QPA_PLATFORM,
QT_QUICK_BACKEND), in a 1920x1080 window, and report to the parent as JSON lines
on stdout. Times are time.monotonic(), the system-wide CLOCK_MONOTONIC, so the
parent can subtract the moment just before it spawned this process. The kiosk is
imported only when the kiosk is measured: the floor pays for Qt alone.

The kiosk's start-up is `kiosk run` itself (`kiosk run --windowed --size
1920x1080 FOLDER`, through its command line: log file, signal handling and all),
windowed at 1920x1080 so both apps draw the same number of pixels. For the other
scenarios, which need its attract loop timed, the kiosk is built the way `kiosk
run` builds it (prepare_environment, application, the deck from its folder,
choose_renderer, build_kiosk, the content watcher, show, then controller.start
from the event loop), minus the log file.

Scenarios:
- first-frame: report the first frame that shows the first panel (the floor: its
  first frame) and, for the kiosk, the first frame after that panel's pictures are
  decoded; then exit. The kiosk's first frame is when it logs "first frame after",
  which it does in that frame's frameSwapped signal.
- hold: settle, report "ready", then obey one command per line on stdin: "cycle"
  (kiosk: show every panel in turn until its pictures are decoded, then report
  "cycled"), "frames" (report how many frames were drawn since "ready") or "quit". With --static the kiosk is woken from its attract loop as a
  visitor would wake it, so nothing moves; with --autoplay S it stays in the
  attract loop, advancing every S seconds, and reports each transition.
- attract: for --seconds, let the app play by itself, advancing every --autoplay
  seconds (the kiosk: its own attract loop; floor-deck: a bare window of pages,
  each a title, a paragraph and a picture, sliding like the kiosk's), and report
  every frame's time, and the process's CPU time (all threads) at each
  transition's start, `--settle-ms` after it, and at the window's ends.
- pacing: slide --transitions times (the kiosk: controller.next()/previous(); the
  floor: its Text across the window in the deck's transition time) and report the
  timestamps of the frames that moved something.
- photos: write COUNT camera-size JPEGs (noise over shapes over a gradient, so they
  neither compress to nothing nor decode faster than a photo), numbered from FIRST.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WINDOW_SIZE = (1920, 1080)
#: After a page is settled: the pictures' fade-in (200 ms) and the attract hint's fade-out (400 ms) end.
AFTER_SETTLE_S = 0.6
SETTLE_TIMEOUT_S = 30.0
#: The floor's Text slides this far, back and forth.
FLOOR_SLIDE = (100.0, 1100.0)

FLOOR_QML = b"""
import QtQuick

Window {
    width: 1920
    height: 1080
    visible: true
    color: "#10243e"
    property int slideMs: 400

    Text {
        objectName: "floorText"
        x: 100
        y: 500
        text: "Child Soldiers International"
        color: "white"
        font.pixelSize: 48
        Behavior on x { NumberAnimation { duration: slideMs } }
    }
}
"""


FLOOR_DECK_QML = b"""
import QtQuick

Window {
    width: 1920
    height: 1080
    visible: true
    color: "#10243e"
    property int slideMs: 400
    property list<string> pictures

    ListView {
        objectName: "floorPages"
        id: pages
        anchors.fill: parent
        model: pictures
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: slideMs
        highlightMoveVelocity: -1
        highlightResizeDuration: 0
        highlightResizeVelocity: -1
        interactive: false
        cacheBuffer: width

        delegate: Item {
            required property string modelData
            required property int index
            width: pages.width
            height: pages.height

            Text {
                x: 120; y: 140; width: 900
                text: "Page " + (index + 1) + ": what we stand for"
                color: "white"
                font.pixelSize: 72
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                x: 120; y: 420; width: 900
                text: "A paragraph of body text, as a panel has: a few lines about the organisation, "
                      + "its work and its history, wrapped to the width of the column."
                color: "#c9d6e8"
                font.pixelSize: 40
                wrapMode: Text.WordWrap
            }
            Image {
                x: 1100; y: 140; width: 700; height: 800
                source: modelData
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }
        }
    }
}
"""


def report(event: str, **fields: Any) -> None:
    """One JSON line to the parent."""
    print(json.dumps({"event": event, **fields}), flush=True)


def wait_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until `done()` or the timeout; returns whether it was done.

    kiosk.ui.render.process_events_until, written again here because the floor must
    pay for Qt alone: importing any kiosk.ui module would add the kiosk to its memory.
    """
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    return True


def pause(seconds: float) -> None:
    """Keep the event loop running for `seconds`."""
    wait_until(lambda: False, seconds)


class App:
    """What the scenarios need from either app, so they are written once."""

    def __init__(self, window: Any, keep: Any = None) -> None:
        self.window = window
        self._keep = keep  # the objects that must outlive the window (engine, kiosk)

    def settled(self) -> bool:
        return True

    def start(self) -> None:
        """What the app does once its event loop runs."""

    def wake(self) -> None:
        """A visitor touches the screen."""

    def cycle(self) -> None:
        """Show every panel once."""

    def slide(self, forward: bool) -> None:
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError

    def stops(self) -> int:
        """How many places a slide can go to: the panels, or the floor's two Text positions."""
        return 2

    def connect_transitions(self, callback: Callable[[int], None]) -> None:
        """Call `callback(index)` whenever the shown panel changes."""


class Floor(App):
    """The bare window: the least any Qt Quick app costs on this machine."""

    def __init__(self, slide_ms: int) -> None:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtQml import QQmlApplicationEngine
        from PySide6.QtQuick import QQuickItem

        self._app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        engine = QQmlApplicationEngine()
        engine.setInitialProperties({"slideMs": slide_ms})
        engine.loadData(FLOOR_QML)
        window = engine.rootObjects()[0]
        super().__init__(window, engine)
        self._text = window.findChild(QQuickItem, "floorText")

    def settled(self) -> bool:
        return self._text.x() in FLOOR_SLIDE

    def slide(self, forward: bool) -> None:
        self._text.setProperty("x", FLOOR_SLIDE[1] if forward else FLOOR_SLIDE[0])

    def position(self) -> float:
        return self._text.x()


class FloorDeck(App):
    """The bare window doing the kiosk's attract loop: pages with text and a picture, sliding every `autoplay` s."""

    def __init__(self, slide_ms: int, pictures: list[str], autoplay: float) -> None:
        from PySide6.QtCore import QTimer, QUrl
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtQml import QQmlApplicationEngine
        from PySide6.QtQuick import QQuickItem

        self._app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        engine = QQmlApplicationEngine()
        sources = [QUrl.fromLocalFile(picture).toString() for picture in pictures]
        engine.setInitialProperties({"slideMs": slide_ms, "pictures": sources})
        engine.loadData(FLOOR_DECK_QML)
        window = engine.rootObjects()[0]
        super().__init__(window, engine)
        self._pages = window.findChild(QQuickItem, "floorPages")
        self._count = len(sources)
        self._timer = QTimer()
        self._timer.setInterval(round(autoplay * 1000))
        self._timer.timeout.connect(self._advance)
        self._callbacks: list[Callable[[int], None]] = []

    def _advance(self) -> None:
        index = (self._pages.property("currentIndex") + 1) % self._count
        self._pages.setProperty("currentIndex", index)
        for callback in self._callbacks:
            callback(index)

    def settled(self) -> bool:
        return not self._pages.property("moving")

    def start(self) -> None:
        self._timer.start()

    def stops(self) -> int:
        return self._count

    def connect_transitions(self, callback: Callable[[int], None]) -> None:
        self._callbacks.append(callback)


class Kiosk(App):
    """The kiosk exactly as `kiosk run` builds it, on `content`."""

    def __init__(
        self,
        content: Path,
        *,
        autoplay: float | None,
        idle: float | None,
        deck_loop: bool = False,
        statistics: Path | None = None,
    ) -> None:
        from kiosk.content.folder_state import folder_state
        from kiosk.content.loader import load_deck
        from kiosk.stats.recorder import Recorder
        from kiosk.ui.qt_app import application, prepare_environment
        from kiosk.ui.renderer import choose_renderer
        from kiosk.ui.window import attach_content_watcher, build_kiosk

        prepare_environment()
        self._app = application()
        state = folder_state(content)
        deck = load_deck(content)
        timings = deck.settings.timings
        if autoplay is not None:
            timings = replace(timings, autoplay_seconds=autoplay)
        if idle is not None:
            timings = replace(timings, idle_seconds=idle)
        attract = replace(deck.settings.attract, screen=False) if deck_loop else deck.settings.attract
        shown = replace(deck, settings=replace(deck.settings, timings=timings, attract=attract))
        # The benchmark picks the renderer through the environment, as it does for the floor.
        choose_renderer("opengl" if os.environ.get("QSG_RHI_BACKEND") == "opengl" else "software")
        recorder = Recorder(statistics, kiosk="benchmark", keep_days=400) if statistics else None
        kiosk = build_kiosk(shown, size=WINDOW_SIZE, windowed=True, statistics=recorder)
        attach_content_watcher(kiosk, content, load=load_deck, shown_state=state)
        super().__init__(kiosk.window, kiosk)
        self.kiosk = kiosk
        self._view = kiosk.item("panelView")

    def settled(self) -> bool:
        from kiosk.ui.render import page_settled

        return page_settled(self.kiosk)

    def start(self) -> None:
        self.kiosk.controller.start()

    def wake(self) -> None:
        """A visitor's first touch; with statistics, on the attract loop, so that a visit is recorded."""
        if self.kiosk.visits is not None and self.kiosk.visits.recorder is not None:
            self.kiosk.controller.start()
        self.kiosk.controller.userInput()

    def cycle(self) -> None:
        controller = self.kiosk.controller
        for index in range(controller.count):
            controller.goTo(index)
            if not wait_until(self.settled, SETTLE_TIMEOUT_S):
                raise SystemExit(f"probe: panel {index + 1} did not settle in {SETTLE_TIMEOUT_S:.0f} s")
            pause(AFTER_SETTLE_S)

    def slide(self, forward: bool) -> None:
        if forward:
            self.kiosk.controller.next()
        else:
            self.kiosk.controller.previous()

    def position(self) -> float:
        return self._view.property("contentX")

    def stops(self) -> int:
        return self.kiosk.controller.count

    def connect_transitions(self, callback: Callable[[int], None]) -> None:
        controller = self.kiosk.controller
        controller.currentIndexChanged.connect(lambda: callback(controller.currentIndex))
        # The attract screen's steps: its next picture.
        controller.attractStepChanged.connect(lambda: callback(controller.attractStep))


def show(app: App) -> None:
    from PySide6.QtCore import QTimer

    app.window.show()
    QTimer.singleShot(0, app.start)


def first_frame(app: App) -> None:
    """Report the floor's first frame; it shows all the floor has, so it is also its complete frame."""
    from PySide6.QtCore import QCoreApplication, QTimer

    def swapped() -> None:
        now = time.monotonic()
        app.window.frameSwapped.disconnect(swapped)
        report("first_frame", t=now)
        report("complete", t=now)
        # Not from inside frameSwapped: quitting closes the window in the middle of its frame.
        QTimer.singleShot(0, QCoreApplication.quit)

    app.window.frameSwapped.connect(swapped)
    show(app)
    QCoreApplication.exec()


def first_frame_of_kiosk_run(content: Path) -> None:
    """The kiosk's first-frame scenario: `kiosk run` itself on `content`, whose log says when its first frame is shown."""
    import logging

    # Before the first frame only what the `kiosk` command imports itself: Qt and the
    # probe's helpers come once the frame is reported, so they neither add to its
    # time nor change which modules PySide sees imported after Qt (it reads each).
    from kiosk.cli import main as kiosk_main

    class FirstFrame(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if not record.getMessage().startswith("first frame after"):
                return
            report("first_frame", t=time.monotonic())
            from PySide6.QtCore import QTimer
            from PySide6.QtGui import QGuiApplication
            from PySide6.QtQuick import QQuickWindow

            from kiosk.ui.items import find_item
            from kiosk.ui.render import pictures_pending

            window = next(w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow))

            def first_page_complete() -> bool:
                page = find_item(window.contentItem(), "panelPage0")
                return page is not None and not pictures_pending(page)

            def swapped() -> None:  # a later frame: this one may have been drawn before the pictures were ready
                shown_at = time.monotonic()
                if first_page_complete():
                    window.frameSwapped.disconnect(swapped)
                    report("complete", t=shown_at)
                    QTimer.singleShot(0, lambda: os._exit(0))

            window.frameSwapped.connect(swapped)

    logging.getLogger().addHandler(FirstFrame())
    width, height = WINDOW_SIZE
    kiosk_main(["run", "--windowed", "--size", f"{width}x{height}", str(content)])
    raise SystemExit("probe: `kiosk run` ended before its first panel was complete")


def settle(app: App) -> None:
    if not wait_until(lambda: app.window.isExposed() and app.settled(), SETTLE_TIMEOUT_S):
        raise SystemExit(f"probe: the first panel did not settle in {SETTLE_TIMEOUT_S:.0f} s")
    pause(AFTER_SETTLE_S)


def hold(app: App, *, static: bool, report_transitions: bool) -> None:
    """Settle, say so, then obey the parent's commands until "quit" or the end of stdin."""
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    show(app)
    settle(app)
    if static:
        app.wake()
        pause(AFTER_SETTLE_S)
    if report_transitions:
        app.connect_transitions(lambda index: report("transition", t=time.monotonic(), index=index))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    frames = 0

    def count_frame() -> None:
        nonlocal frames
        frames += 1

    app.window.frameSwapped.connect(count_frame)

    def command() -> None:
        notifier.setEnabled(False)
        line = sys.stdin.readline().strip()
        if line == "cycle":
            app.cycle()
            report("cycled", t=time.monotonic())
        elif line == "frames":
            report("frames", count=frames)
        elif line in ("quit", ""):
            QCoreApplication.quit()
            return
        else:
            report("error", message=f"unknown command {line!r}")
        notifier.setEnabled(True)

    notifier.activated.connect(command)
    report("ready", t=time.monotonic(), stops=app.stops())
    QCoreApplication.exec()


def attract(app: App, seconds: float, settle_ms: int) -> None:
    """Play by itself for `seconds`; report every frame, and CPU time at each transition's start and settle."""
    from PySide6.QtCore import QCoreApplication, QTimer

    frames: list[float] = []
    transitions: list[tuple[float, float, float, float]] = []  # start time, its CPU, settle time, its CPU
    app.window.frameSwapped.connect(lambda: frames.append(time.monotonic()))
    show(app)
    settle(app)
    began = time.monotonic(), time.process_time()

    def started(_index: int) -> None:
        start = time.monotonic(), time.process_time()

        def settled() -> None:
            transitions.append((*start, time.monotonic(), time.process_time()))

        QTimer.singleShot(settle_ms, settled)

    app.connect_transitions(started)
    # The event loop itself, not pause(): its polling would add the probe's own CPU to both apps.
    QTimer.singleShot(round(seconds * 1000), QCoreApplication.quit)
    QCoreApplication.exec()
    ended = time.monotonic(), time.process_time()
    report("attract", began=began, ended=ended, frames=[t for t in frames if t >= began[0]], transitions=transitions)


def pacing(app: App, transitions: int) -> None:
    """Slide back and forth; report (time, position) of every frame, and when each slide was asked for."""
    frames: list[tuple[float, float]] = []
    app.window.frameSwapped.connect(lambda: frames.append((time.monotonic(), app.position())))
    show(app)
    settle(app)
    app.wake()
    pause(AFTER_SETTLE_S)
    stops = app.stops()
    index = 0
    forward = True
    requests = []
    for _ in range(transitions):
        if index == stops - 1:
            forward = False
        elif index == 0:
            forward = True
        requests.append(time.monotonic())
        app.slide(forward)
        index += 1 if forward else -1
        wait_until(app.settled, SETTLE_TIMEOUT_S)
        pause(AFTER_SETTLE_S)
    report("frames", frames=frames, requests=requests)


def write_photos(folder: Path, first: int, count: int, width: int, height: int) -> None:
    """Camera-size JPEGs that are different from one another and do not compress to nothing."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    for number in range(first, first + count):
        rng = random.Random(number)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, width, height)
        gradient.setColorAt(0, QColor.fromHsv(rng.randrange(360), 160, 220))
        gradient.setColorAt(1, QColor.fromHsv(rng.randrange(360), 200, 90))
        painter.fillRect(0, 0, width, height, gradient)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        scale = width / 6000
        for _ in range(400):
            painter.setBrush(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(40, 160)))
            radius = rng.uniform(30, 600) * scale
            centre = QPointF(rng.uniform(0, width), rng.uniform(0, height))
            painter.drawEllipse(centre, radius, radius * rng.uniform(0.5, 1.5))
        tile = QImage(rng.randbytes(256 * 256 * 4), 256, 256, QImage.Format.Format_RGB32).copy()
        painter.setOpacity(0.18)
        for y in range(0, height, 256):
            for x in range(0, width, 256):
                painter.drawImage(x, y, tile)
        painter.end()
        path = folder / f"photo-{number:02d}.jpg"
        if not image.save(str(path), "JPEG", 88):
            raise SystemExit(f"probe: cannot write {path}")


def main() -> int:
    if sys.argv[1:2] == ["photos"]:
        folder, first, count, width, height = sys.argv[2:7]
        write_photos(Path(folder), int(first), int(count), int(width), int(height))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", choices=("kiosk", "floor", "floor-deck"))
    parser.add_argument("scenario", choices=("first-frame", "hold", "pacing", "attract"))
    parser.add_argument("--content", type=Path, help="the kiosk's content folder")
    parser.add_argument("--static", action="store_true", help="hold: wake the kiosk from its attract loop")
    parser.add_argument("--autoplay", type=float, help="hold: attract loop advancing every this many seconds")
    parser.add_argument("--transitions", type=int, default=6, help="pacing: number of slides")
    parser.add_argument("--slide-ms", type=int, default=400, help="the floor's slide duration")
    parser.add_argument("--deck-loop", action="store_true", help="kiosk: its attract loop plays the panels, no screen")
    parser.add_argument("--seconds", type=float, default=60.0, help="attract: how long to play")
    parser.add_argument("--settle-ms", type=int, default=1500, help="attract: a transition's CPU is counted this long")
    parser.add_argument("--pictures", default="", help="floor-deck: its pages' pictures, separated by commas")
    parser.add_argument("--statistics", type=Path, help="pacing: record visitor statistics to this file")
    args = parser.parse_args()
    if args.app == "kiosk" and args.content is None:
        parser.error("the kiosk needs --content")
    if args.app == "kiosk" and args.scenario == "first-frame":
        first_frame_of_kiosk_run(args.content)
    if args.app == "kiosk":
        # A static panel must stay static for the whole measurement: no attract loop coming back.
        idle = 3600.0 if args.static or args.scenario == "pacing" else None
        app: App = Kiosk(
            args.content, autoplay=args.autoplay, idle=idle, deck_loop=args.deck_loop, statistics=args.statistics
        )
    elif args.app == "floor-deck":
        app = FloorDeck(args.slide_ms, args.pictures.split(","), args.autoplay or 12.0)
    else:
        app = Floor(args.slide_ms)
    if args.scenario == "first-frame":
        first_frame(app)  # the floor's: the kiosk's is first_frame_of_kiosk_run
    elif args.scenario == "hold":
        hold(app, static=args.static, report_transitions=args.autoplay is not None)
    elif args.scenario == "attract":
        attract(app, args.seconds, args.settle_ms)
    else:
        pacing(app, args.transitions)
    os._exit(0)  # skip Qt's and Python's tear-down: the parent has what it needs


if __name__ == "__main__":
    sys.exit(main())
