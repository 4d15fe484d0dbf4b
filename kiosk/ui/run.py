"""`kiosk run`: the kiosk on its screen, from start to stop.

What only the running kiosk needs, around the window `build_kiosk` makes: the
screen it fills and the lock that keeps a second kiosk off it, the log, the
renderer, the first-frame log line, systemd's readiness and watchdog, and Ctrl+C or `systemctl stop` ending it
cleanly. `run_kiosk` is the whole sequence, in the order it happens, for a deck
the command line has already read (reading needs no Qt: see `kiosk.cli`).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSocketNotifier, QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication, QScreen

from kiosk.content.folder_state import FolderState
from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.instance_lock import ScreenLock, ScreenTaken, lock_screen
from kiosk.locations import kiosk_command
from kiosk.ui.logs import configure_logging, event_loop_running, start_failed
from kiosk.ui.presenter_view import build_presenter_view
from kiosk.ui.qt_app import application, prepare_environment
from kiosk.ui.reload import wait_for_a_sync_under_way
from kiosk.ui.renderer import choose_renderer, scene_graph_failed
from kiosk.ui.status_writer import StatusWriter
from kiosk.ui.visits import start_recorder, statistics_file
from kiosk.ui.watchdog import ServiceNotifier
from kiosk.ui.window import (
    WINDOWED_SIZE,
    KioskWindow,
    QmlLoadError,
    after_first_frame,
    attach_content_watcher,
    build_kiosk,
    report_diagnostics,
)
from kiosk.ui.window_guard import keep_in_front

log = logging.getLogger(__name__)


def _chosen_screen(app: QGuiApplication, screen: int) -> QScreen | None:
    """The screen a full-screen kiosk fills: number `screen`, or the first when there is no such screen."""
    screens = app.screens()
    if not 0 <= screen < len(screens):
        log.warning(
            "there is no screen %d (this computer has %d, numbered from 0); using screen 0", screen, len(screens)
        )
        screen = 0
    return screens[screen] if screens else None


def _lock_screen(app: QGuiApplication, screen: int) -> ScreenLock | None:
    """Hold the screen a full-screen kiosk fills (see kiosk.instance_lock); raises ScreenTaken.

    The lock lives in the user's runtime folder ($XDG_RUNTIME_DIR/kiosk on Linux; the
    temporary folder on Windows, where Qt's runtime location is the home folder), named
    after the display, so that kiosks on different displays never stop each other. A
    kiosk that cannot make the lock file still runs: it is a safeguard, not a condition.
    """
    locations = QStandardPaths.StandardLocation
    location = locations.RuntimeLocation if os.name == "posix" else locations.TempLocation
    folder = Path(QStandardPaths.writableLocation(location)) / "kiosk"
    platform = app.platformName()
    variable = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}.get(platform)
    display = f"{platform}{os.environ.get(variable, '')}" if variable else platform
    number = screen if 0 <= screen < len(app.screens()) else 0
    try:
        return lock_screen(folder, display, number)
    except OSError as problem:
        log.warning("cannot make the lock file in %s (%s); not checking for another kiosk", folder, problem.strerror)
        return None


def _show(kiosk: KioskWindow, *, windowed: bool, target: QScreen | None, size: tuple[int, int] | None) -> None:
    window = kiosk.window
    if windowed:
        window.resize(*(size or WINDOWED_SIZE))
        window.show()
        return
    if size is not None:
        log.warning("--size only applies with --windowed; showing full screen")
    if target is not None:
        window.setScreen(target)
        window.setGeometry(target.geometry())
    window.showFullScreen()


def _show_presenter_view(
    app: QGuiApplication, kiosk: KioskWindow, audience: QScreen | None, *, windowed_view: bool
) -> None:
    """The presenter view full screen on a screen other than the audience's; with none, a window if asked for."""
    others = [screen for screen in app.screens() if screen is not audience and audience is not None]
    if not others and not windowed_view:
        log.info("presenter mode on one screen: no presenter view (--presenter-view shows it in a window)")
        return
    view = build_presenter_view(kiosk)
    if others:
        view.setScreen(others[0])
        view.setGeometry(others[0].geometry())
        view.showFullScreen()
        log.info("presenter view on screen %d", app.screens().index(others[0]))
    else:
        view.resize(*WINDOWED_SIZE)
        view.show()
        log.info("presenter view in a window")


@contextmanager
def _stop_on_signals(app: QGuiApplication) -> Iterator[None]:
    """While inside, Ctrl+C in the terminal (SIGINT) and `systemctl stop` (SIGTERM) end even a locked kiosk cleanly.

    Python runs signal handlers only when it gets control, and Qt's event loop may
    sleep for hours: the signal's wake-up byte on a socket wakes the loop at once,
    with no polling timer. The previous handlers are back afterwards.
    """
    receiver, sender = socket.socketpair()
    for end in (receiver, sender):
        end.setblocking(False)
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read)

    def stop() -> None:
        received = receiver.recv(16)
        log.info("stopping on %s", ", ".join(signal.Signals(number).name for number in received))
        app.exit(0)  # not quit(): that asks the window, which a locked kiosk refuses

    notifier.activated.connect(stop)
    previous_fd = signal.set_wakeup_fd(sender.fileno(), warn_on_full_buffer=False)
    previous = {number: signal.signal(number, lambda *_: None) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        receiver.close()
        sender.close()


def _close_for_good(kiosk: KioskWindow) -> None:
    """Close the window and delete it and its engine now, while Python still runs.

    No event loop runs after this to carry out `deleteLater`, so the window would
    otherwise be destroyed as the interpreter shuts down, calling back into Python
    from its signals when Python can no longer take them: a crash at exit.
    """
    kiosk.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_kiosk(
    folder: Path,
    deck: Deck,
    shown_state: FolderState,
    *,
    windowed: bool = False,
    language: str | None = None,
    screen: int = 0,
    size: tuple[int, int] | None = None,
    renderer: str | None = None,
    log_folder: Path | None = None,
    presenter: bool | None = None,
    presenter_view: bool = False,
    started: float | None = None,
) -> int:
    """`kiosk run`: show `deck`, read from `folder`, until the kiosk is closed; returns the exit code.

    `shown_state` is the folder's state taken just before `deck` was read (`folder_state`): hot reload
    compares the folder with it, so an edit made while the kiosk was starting is shown. `renderer` (auto,
    software, opengl) overrides kiosk.toml's; `log_folder` overrides the platform's log location;
    `started` (`time.perf_counter()`, default: now) is when `kiosk run` began, for the first-frame log line.
    `presenter` (default: kiosk.toml's [presenter] enabled) makes it a talk, with the presenter view on another
    screen when there is one, or in a window with `presenter_view`.
    """
    started = time.perf_counter() if started is None else started
    prepare_environment()
    app = application()
    log_file = configure_logging(log_folder)
    try:
        screen_lock = None if windowed else _lock_screen(app, screen)
    except ScreenTaken as taken:
        log.error("%s", taken)
        return 1
    log.info("kiosk starting on %s (%s)", folder, "windowed" if windowed else "full screen")
    deck, shown_state = wait_for_a_sync_under_way(folder, deck, shown_state, load=load_deck)
    report_diagnostics(deck, log.warning)
    if not windowed and deck.settings.admin.pin_hash is None:
        log.warning(
            "no admin PIN is set, so staff cannot close the full-screen kiosk from its screen: set one with "
            "`%s`. Until then Ctrl+C in its terminal, or logging out, stops it.",
            kiosk_command("set-pin", folder),
        )
    chosen = choose_renderer(renderer or deck.settings.renderer)
    target = None if windowed else _chosen_screen(app, screen)
    # Built at the size it is shown at, so the first frame needs no second layout.
    shown_size = (target.size().width(), target.size().height()) if target is not None else size
    try:
        talk = deck.settings.presenter.enabled if presenter is None else presenter
        kiosk = build_kiosk(
            deck,
            size=shown_size,
            language=language,
            windowed=windowed,
            presenter=talk,
            quit=app.quit,
            statistics=start_recorder(deck.settings.stats),
        )
        if talk:
            _show_presenter_view(app, kiosk, target, windowed_view=presenter_view)
    except QmlLoadError as problem:
        log.error("the kiosk screen could not be built (the installation is broken):\n%s", problem)
        return 2
    kiosk.admin.set_log_file(log_file)
    kiosk.window.sceneGraphError.connect(lambda error, message: app.exit(scene_graph_failed(error, message, chosen)))
    watcher = attach_content_watcher(kiosk, folder, load=load_deck, shown_state=shown_state)
    status = StatusWriter(kiosk.controller, statistics_file().parent, watcher=watcher, parent=kiosk.window)

    after_first_frame(
        kiosk.window, lambda: log.info("first frame after %.0f ms", (time.perf_counter() - started) * 1000), None
    )
    service = ServiceNotifier(kiosk.window)
    after_first_frame(kiosk.window, service.ready)
    _show(kiosk, windowed=windowed, target=target, size=size)
    if not windowed:
        keep_in_front(kiosk.window)
    QTimer.singleShot(0, kiosk.controller.start)
    if start_failed():  # a callback failed while the window was built (logged): it would show a broken screen
        _close_for_good(kiosk)
        return 1
    with _stop_on_signals(app), event_loop_running():
        code = app.exec()
    service.stopping()
    status.write_now(stopped=True)
    _close_for_good(kiosk)
    status.wait()
    if screen_lock is not None:
        screen_lock.release()
    log.info("kiosk stopped (exit code %d)", code)
    return code
