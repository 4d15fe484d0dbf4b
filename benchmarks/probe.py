"""One measured process for benchmarks/run.py: the kiosk, or the floor (a bare Qt Quick window showing one Text).

    probe.py kiosk|floor first-frame|hold|pacing [options]
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
  "cycled") or "quit". With --static the kiosk is woken from its attract loop as a
  visitor would wake it, so nothing moves; with --autoplay S it stays in the
  attract loop, advancing every S seconds, and reports each transition.
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


class Kiosk(App):
    """The kiosk exactly as `kiosk run` builds it, on `content`."""

    def __init__(
        self, content: Path, *, autoplay: float | None, idle: float | None, statistics: Path | None = None
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
        shown = replace(deck, settings=replace(deck.settings, timings=timings))
        choose_renderer("software")
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

    def command() -> None:
        notifier.setEnabled(False)
        line = sys.stdin.readline().strip()
        if line == "cycle":
            app.cycle()
            report("cycled", t=time.monotonic())
        elif line in ("quit", ""):
            QCoreApplication.quit()
            return
        else:
            report("error", message=f"unknown command {line!r}")
        notifier.setEnabled(True)

    notifier.activated.connect(command)
    report("ready", t=time.monotonic(), stops=app.stops())
    QCoreApplication.exec()


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
    parser.add_argument("app", choices=("kiosk", "floor"))
    parser.add_argument("scenario", choices=("first-frame", "hold", "pacing"))
    parser.add_argument("--content", type=Path, help="the kiosk's content folder")
    parser.add_argument("--static", action="store_true", help="hold: wake the kiosk from its attract loop")
    parser.add_argument("--autoplay", type=float, help="hold: attract loop advancing every this many seconds")
    parser.add_argument("--transitions", type=int, default=6, help="pacing: number of slides")
    parser.add_argument("--slide-ms", type=int, default=400, help="the floor's slide duration")
    parser.add_argument("--statistics", type=Path, help="pacing: record visitor statistics to this file")
    args = parser.parse_args()
    if args.app == "kiosk" and args.content is None:
        parser.error("the kiosk needs --content")
    if args.app == "kiosk" and args.scenario == "first-frame":
        first_frame_of_kiosk_run(args.content)
    if args.app == "kiosk":
        # A static panel must stay static for the whole measurement: no attract loop coming back.
        idle = 3600.0 if args.static or args.scenario == "pacing" else None
        app: App = Kiosk(args.content, autoplay=args.autoplay, idle=idle, statistics=args.statistics)
    else:
        app = Floor(args.slide_ms)
    if args.scenario == "first-frame":
        first_frame(app)  # the floor's: the kiosk's is first_frame_of_kiosk_run
    elif args.scenario == "hold":
        hold(app, static=args.static, report_transitions=args.autoplay is not None)
    else:
        pacing(app, args.transitions)
    os._exit(0)  # skip Qt's and Python's tear-down: the parent has what it needs


if __name__ == "__main__":
    sys.exit(main())
