"""Building and showing the kiosk: the Qt application, its fonts, and the QML window for a Deck.

`build_kiosk` is the one way to turn a Deck into a window: `kiosk run`, `kiosk
render` and the tests all use it, so tests drive exactly what visitors see.
`attach_content_watcher` is the one place where hot reload meets the window, and
`choose_renderer` the one place that picks Qt Quick's renderer.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QSocketNotifier,
    QStandardPaths,
    QtMsgType,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QCursor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow

from kiosk.content.folder_state import FolderState, folder_state
from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.instance_lock import ScreenLock, ScreenTaken, lock_screen
from kiosk.locations import assets_dir, kiosk_command, qml_dir
from kiosk.rendering import OpenGLDriver, emulated_on_processor, native_gpu_api, probe_opengl
from kiosk.ui.admin import AdminController
from kiosk.ui.attract import Clock
from kiosk.ui.controller import KioskController
from kiosk.ui.logs import configure_logging, event_loop_running, start_failed
from kiosk.ui.offline import OfflineNetworkAccessManagerFactory, make_offline
from kiosk.ui.pictures import add_picture_provider
from kiosk.ui.reload import SETTLE_MS, ContentWatcher
from kiosk.ui.theme import DEFAULT_FONT_FAMILY, Theme
from kiosk.ui.window_guard import keep_in_front

if TYPE_CHECKING:  # annotations only: each PySide class costs up to a millisecond the first time it is named
    from PySide6.QtGui import QScreen
    from PySide6.QtQuick import QQuickItem

    from kiosk.ui.input import KioskInput

log = logging.getLogger(__name__)

ARABIC_FONT_FAMILY = "Noto Sans Arabic"
WINDOWED_SIZE = (1280, 800)


class QmlLoadError(Exception):
    """The kiosk's QML could not be loaded (a broken installation, not a content problem)."""


def prepare_environment(*, offscreen: bool = False, software: bool = False) -> None:
    """Qt settings that must exist before the application does; what the user set wins."""
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if software:
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def gpu_problem(probe: Callable[[], OpenGLDriver] = probe_opengl) -> str | None:
    """Why Qt Quick's GPU renderer would fail or crawl here, or None when it can be used.

    Needs the QGuiApplication and must run before the first window exists. On
    Windows and macOS Qt draws with Direct3D or Metal, which every machine has,
    so only elsewhere does `probe` ask OpenGL for its driver.
    """
    if native_gpu_api() is not None:
        return None
    driver = probe()
    if driver.renderer is None:
        return driver.problem
    if emulated_on_processor(driver.renderer):
        return f"OpenGL is only emulated on the processor ({driver.renderer})"
    return None


def choose_renderer(renderer: str, probe: Callable[[], OpenGLDriver] = probe_opengl) -> str:
    """Pick Qt Quick's renderer before the window exists; returns what was chosen, for the log.

    "software" and "opengl" are honoured as asked; "auto" keeps Qt's GPU renderer
    (returns "gpu") unless `gpu_problem` finds a reason not to in what `probe`
    reports, then falls back to the software renderer. QT_QUICK_BACKEND in the
    environment wins over all of them.
    """
    backend = os.environ.get("QT_QUICK_BACKEND")
    if backend:
        log.info("renderer: %s, from QT_QUICK_BACKEND in the environment", backend)
        return backend
    if renderer == "auto":
        problem = gpu_problem(probe)
        if problem is None:
            log.info("renderer: Qt's default GPU renderer")
            return "gpu"
        log.warning("%s; using Qt Quick's software renderer", problem)
        renderer = "software"
    # Here, not at the top: naming the class builds its six enums, which the usual GPU start never needs.
    from PySide6.QtQuick import QSGRendererInterface

    if renderer != "software":
        QQuickWindow.setSceneGraphBackend("")  # leave the software backend, should anything have chosen it
    api = QSGRendererInterface.GraphicsApi
    QQuickWindow.setGraphicsApi(api.Software if renderer == "software" else api.OpenGL)
    log.info("renderer: %s", renderer)
    return renderer


def application() -> QGuiApplication:
    """The running Qt application, created once, with the bundled fonts registered."""
    app = QGuiApplication.instance()
    if app is None:
        previous = qInstallMessageHandler(_explain_platform_abort)
        try:
            app = QGuiApplication(sys.argv[:1])
        finally:
            qInstallMessageHandler(previous)
        app.setApplicationName("kiosk")
        app.setApplicationDisplayName("Kiosk")
    _register_bundled_fonts()
    return app  # type: ignore[return-value]


#: glibc's mallopt parameter for the size above which blocks are mmapped (malloc.h).
_M_MMAP_THRESHOLD = -3


@functools.cache
def _hand_large_blocks_back_to_the_system() -> None:
    """On glibc, keep picture-sized blocks mmapped, so freeing a picture gives its memory back.

    glibc raises its mmap threshold the first time a large block is freed; from then
    on decoded pictures come from the heap, which keeps their pages: resident memory
    steps up by about 25 MB and stays there (docs/performance.md, "Long-run stability").
    A fixed threshold turns that adjustment off, whenever it is set. Elsewhere this does
    nothing. Once per process, after the first frame: importing ctypes takes 2 ms.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):  # not glibc (musl has no libc.so.6)
        return


def _explain_platform_abort(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages while the application starts; its fatal one becomes a fix instead of an abort.

    When no platform plugin can start (no screen, a missing system library) Qt
    logs a fatal message and aborts the process. This says what is wrong and how
    to fix it, then exits with 2 before Qt's abort can happen.
    """
    if kind != QtMsgType.QtFatalMsg:
        print(message, file=sys.stderr, flush=True)
        return
    from kiosk.doctor import cannot_start_message

    print(cannot_start_message(f"Qt could not open a window ({message.splitlines()[0]})."), file=sys.stderr, flush=True)
    os._exit(2)


_registered_fonts: dict[Path, str] = {}


def _register_font(path: Path) -> str | None:
    """Register one font file once; returns its family, or None when Qt cannot read it."""
    if path not in _registered_fonts:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _registered_fonts[path] = families[0]
    return _registered_fonts[path]


def _register_bundled_fonts() -> None:
    """Noto Sans for text and Noto Sans Arabic for Arabic, never whatever the machine has."""
    for path in sorted((assets_dir() / "fonts").glob("*.ttf")):
        if _register_font(path) is None:
            log.warning("cannot read the bundled font %s", path)
    QFont.insertSubstitutions(DEFAULT_FONT_FAMILY, [ARABIC_FONT_FAMILY])
    QGuiApplication.setFont(QFont(DEFAULT_FONT_FAMILY))


def font_family_for(deck: Deck) -> str:
    """The deck's own font when it has a readable one, falling back to Noto Sans for missing letters."""
    custom = deck.settings.theme.font
    if custom is None:
        return DEFAULT_FONT_FAMILY
    family = _register_font(custom)
    if family is None:
        log.warning("cannot read the font %s; using %s", custom, DEFAULT_FONT_FAMILY)
        return DEFAULT_FONT_FAMILY
    QFont.insertSubstitutions(family, [DEFAULT_FONT_FAMILY, ARABIC_FONT_FAMILY])
    return family


@dataclass
class KioskWindow:
    """Everything that makes up one kiosk window; keep it alive as long as the window is shown."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    controller: KioskController
    theme: Theme
    admin: AdminController
    offline: OfflineNetworkAccessManagerFactory
    qml_warnings: list[str] = field(default_factory=list)
    watcher: ContentWatcher | None = None
    #: Touch, mouse and keys; from the first frame on (attach_input).
    input: KioskInput | None = None

    def items(self) -> Iterator[QQuickItem]:
        """Every item in the window, depth first."""
        stack = [self.window.contentItem()]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.childItems()))

    def item(self, name: str) -> QQuickItem | None:
        """The first item with objectName `name`."""
        return next((item for item in self.items() if item.objectName() == name), None)

    def current_page(self) -> QQuickItem | None:
        return self.item(f"panelPage{self.controller.currentIndex}")

    def show_deck(self, deck: Deck) -> None:
        """Swap in a whole new deck (hot reload): same panel and language where they still exist."""
        self.theme.set_content_theme(deck.settings.theme, font_family_for(deck))
        self.controller.set_deck(deck)
        self.admin.set_deck(deck)

    def attach_input(self, *, quit: Callable[[], None] | None, clock: Clock | None) -> None:
        """Route the window's touch, mouse and keys through KioskInput (see `build_kiosk` for the options)."""
        from kiosk.ui.input import KioskInput

        self.input = KioskInput(
            self.controller, self.admin, self.window, self.theme, quit=quit, clock=clock, parent=self.window
        )
        self.window.installEventFilter(self.input)

    def close(self) -> None:
        self.admin.wait_for_pin_check()
        self.admin.allow_close()
        self.controller.stop()
        if self.input is not None:
            self.window.removeEventFilter(self.input)
        self.window.close()
        self.window.deleteLater()
        self.engine.deleteLater()


def _describe(errors: list[QQmlError]) -> list[str]:
    return [error.toString() for error in errors]


def build_kiosk(
    deck: Deck,
    *,
    size: tuple[int, int] | None = None,
    language: str | None = None,
    attract: bool = True,
    animate: bool = True,
    clock: Clock | None = None,
    windowed: bool = False,
    quit: Callable[[], None] | None = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> KioskWindow:
    """The kiosk window for `deck`, not yet shown. Raises QmlLoadError when the QML is broken.

    `language` is the home language (where the attract loop returns), `attract`
    enables the attract loop (started by `controller.start()`), `animate=False`
    makes transitions instant (rendering). A `windowed` kiosk closes as usual and
    Escape calls `quit`; otherwise it is locked down and only the admin overlay's
    exit calls `quit` (default: quit the application). `clock` times the attract
    loop and the admin long press, `monotonic` the PIN pad's lockouts.
    """
    application()
    quit = quit or QCoreApplication.quit
    theme = Theme(deck.settings.theme, font_family_for(deck))
    controller = KioskController(deck, theme, home_language=language, clock=clock, attract=attract, animate=animate)
    admin = AdminController(deck, windowed=windowed, quit=quit, now=monotonic)
    engine = QQmlApplicationEngine()
    offline = make_offline(engine)
    add_picture_provider(engine)
    engine.addImportPath(str(qml_dir()))
    warnings: list[str] = []

    def collect(errors: list[QQmlError]) -> None:
        for message in _describe(errors):
            warnings.append(message)
            log.warning("QML: %s", message)

    engine.warnings.connect(collect)
    engine.setOutputWarningsToStandardError(False)
    width, height = size or WINDOWED_SIZE
    # Sized for the window before QML reads it: a later change would lay every text out again.
    theme.setWindowSize(width, height)
    engine.setInitialProperties(
        {
            # The real size from the start: a page view of width 0 would build every page at once.
            "width": width,
            "height": height,
            "controller": controller,
            "theme": theme,
            "admin": admin,
            "panelModel": controller.panel_model,
            "languageModel": controller.language_model,
        }
    )
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    window = roots[0] if roots else None
    if not isinstance(window, QQuickWindow):
        engine.deleteLater()
        details = "\n".join(warnings) or f"no window was created from {qml_dir() / 'Kiosk' / 'Main.qml'}"
        raise QmlLoadError(details)
    controller.setParent(window)
    theme.setParent(window)
    admin.setParent(window)
    # Left alone, the kiosk returns to its attract loop: whatever the admin had open closes.
    controller.attractModeChanged.connect(lambda: admin.dismiss() if controller.attractMode else None)
    if not windowed:
        _hide_pointer_from_visitors(window, admin)
    window.widthChanged.connect(lambda _width: theme.setWindowSize(window.width(), window.height()))
    window.heightChanged.connect(lambda _height: theme.setWindowSize(window.width(), window.height()))
    theme.setWindowSize(window.width(), window.height())
    kiosk = KioskWindow(engine, window, controller, theme, admin, offline, warnings)
    # Until the first frame there is nothing on the screen to touch.
    _after_first_frame(window, lambda: kiosk.attach_input(quit=quit if windowed else None, clock=clock))
    _after_first_frame(window, _hand_large_blocks_back_to_the_system)
    return kiosk


def _after_first_frame(window: QQuickWindow, action: Callable[[], None], delay_ms: int | None = 0) -> None:
    """Run `action` once, from the event loop, `delay_ms` after the window's next frame is on screen.

    For what start-up need not wait for; not inside the frame, which must not change the scene.
    `delay_ms=None` runs it inside the frame's signal, before whatever else waits for the frame:
    only for what changes nothing on screen and must be timed exactly (the first-frame log).
    Nothing runs once the window is gone. (With Qt's threaded render loop, a second frame's
    signal may already be queued when the first is handled: hence the flag.)
    """
    scheduled = False

    def swapped() -> None:
        nonlocal scheduled
        if scheduled:
            return
        scheduled = True
        window.frameSwapped.disconnect(swapped)
        if delay_ms is None:
            action()
        else:
            QTimer.singleShot(delay_ms, window, action)

    window.frameSwapped.connect(swapped)


def _hide_pointer_from_visitors(window: QQuickWindow, admin: AdminController) -> None:
    """Touch visitors see no mouse pointer; staff working the PIN pad or the admin overlay with a mouse do.

    From the first frame on: the cursor shapes live in PySide6's `Qt` namespace, which takes
    about 20 ms to build, and the pointer showing for the moment of start-up does no harm.
    """

    def update() -> None:
        from PySide6.QtCore import Qt

        shape = Qt.CursorShape.ArrowCursor if admin.active else Qt.CursorShape.BlankCursor
        window.setCursor(QCursor(shape))

    admin.stateChanged.connect(update)
    _after_first_frame(window, update)


def attach_content_watcher(
    kiosk: KioskWindow,
    folder: Path,
    *,
    load: Callable[[Path], Deck],
    settle_ms: int = SETTLE_MS,
    shown_state: FolderState | None = None,
    clock: Clock | None = None,
) -> ContentWatcher:
    """Hot reload for a kiosk window: good decks are swapped in whole, bad ones only reported.

    A deck with errors never reaches the screen: the last good one stays, and its
    diagnostics wait in the admin overlay (the watcher also logs them). The admin
    overlay's "reload now" goes through the same path. A folder that does not
    exist yet is shown as soon as it appears. `load` reads the folder (`load_deck`).

    `shown_state` is the folder's state taken just before the shown deck was read
    from it: the folder is compared with it once writes would have settled, so an
    edit made while the window was being built is not missed. `clock` times the watcher (default: Qt's).
    """
    watcher = ContentWatcher(
        folder, load=load, settle_ms=settle_ms, shown_state=shown_state, clock=clock, parent=kiosk.window
    )
    watcher.deckLoaded.connect(kiosk.show_deck)
    watcher.deckRejected.connect(kiosk.admin.set_rejected)
    kiosk.admin.reloadRequested.connect(watcher.reload_now)
    kiosk.watcher = watcher
    return watcher


def _print_to_stderr(line: str) -> None:
    print(line, file=sys.stderr)


def report_diagnostics(deck: Deck, write: Callable[[str], None] = _print_to_stderr) -> None:
    """Say what is wrong with the content, for whoever started the kiosk (`kiosk run` logs it)."""
    for diagnostic in deck.diagnostics:
        write(diagnostic.format())
    if deck.errors:
        write(
            f"the content has {len(deck.errors)} error(s); showing what can be shown. "
            f"Run `{kiosk_command('check', deck.folder)}` after fixing them."
        )


def _chosen_screen(app: QGuiApplication, screen: int) -> QScreen | None:
    """The screen a full-screen kiosk fills: number `screen`, or the first when there is no such screen."""
    screens = app.screens()
    if not 0 <= screen < len(screens):
        log.warning("there is no screen %d (this computer has %d, numbered from 0); using screen 0", screen, len(screens))
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


def _this_command() -> list[str]:
    """The command line that started this process, to start it again: the packaged app runs itself;
    from source, Python comes back with its own options and script (or -m kiosk), which sys.argv lacks."""
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    return [sys.executable, *arguments]


def scene_graph_failed(
    error: QQuickWindow.SceneGraphError,
    message: str,
    chosen: str,
    restart: Callable[[str, list[str], Mapping[str, str]], NoReturn] = os.execve,
) -> int:
    """The renderer could not start, so the screen would stay blank: returns the exit code, 3, unless it restarts.

    `chosen` is what `choose_renderer` returned. When "auto" kept the GPU ("gpu")
    and the GPU fails anyway (a driver that passes the probe, not Qt Quick),
    `restart` starts the same command again with QT_QUICK_BACKEND=software, so an
    unattended kiosk comes back by itself. That happens once: with the variable
    set, `choose_renderer` returns "software" and a failure ends here with the fix.
    """
    if chosen == "gpu":
        log.error("the GPU cannot draw the screen (%s: %s); restarting with Qt Quick's software renderer", error.name, message)
        command = _this_command()
        try:
            restart(command[0], command, {**os.environ, "QT_QUICK_BACKEND": "software"})
        except OSError as problem:
            log.error("cannot restart %s (%s)", command[0], problem.strerror)
    log.error(
        "the screen cannot be drawn (%s: %s). Start with `%s`, "
        'or put renderer = "software" under [display] in kiosk.toml',
        error.name,
        message,
        kiosk_command("run", "--renderer", "software"),
    )
    return 3


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
    windowed: bool = False,
    language: str | None = None,
    screen: int = 0,
    size: tuple[int, int] | None = None,
    renderer: str | None = None,
    log_folder: Path | None = None,
) -> int:
    """`kiosk run`: show the deck in `folder` until the kiosk is closed; returns the exit code.

    `renderer` (auto, software, opengl) overrides kiosk.toml's; `log_folder` overrides the platform's log
    location.
    """
    started = time.perf_counter()
    prepare_environment()
    app = application()
    log_file = configure_logging(log_folder)
    try:
        screen_lock = None if windowed else _lock_screen(app, screen)
    except ScreenTaken as taken:
        log.error("%s", taken)
        return 1
    log.info("kiosk starting on %s (%s)", folder, "windowed" if windowed else "full screen")
    # Taken before reading: a file that changes while the folder is read is read again once the window is up.
    shown_state = folder_state(folder)
    deck = load_deck(folder)
    report_diagnostics(deck, log.warning)
    if language and deck.languages and deck.language(language) is None:
        codes = ", ".join(lang.code for lang in deck.languages)
        log.warning("the content has no language '%s' (it has: %s); starting in the default", language, codes)
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
        kiosk = build_kiosk(deck, size=shown_size, language=language, windowed=windowed, quit=app.quit)
    except QmlLoadError as problem:
        log.error("the kiosk screen could not be built (the installation is broken):\n%s", problem)
        return 2
    kiosk.admin.set_log_file(log_file)
    kiosk.window.sceneGraphError.connect(lambda error, message: app.exit(scene_graph_failed(error, message, chosen)))
    attach_content_watcher(kiosk, folder, load=load_deck, shown_state=shown_state)

    _after_first_frame(
        kiosk.window, lambda: log.info("first frame after %.0f ms", (time.perf_counter() - started) * 1000), None
    )
    _show(kiosk, windowed=windowed, target=target, size=size)
    if not windowed:
        keep_in_front(kiosk.window)
    QTimer.singleShot(0, kiosk.controller.start)
    if start_failed():  # a callback failed while the window was built (logged): it would show a broken screen
        _close_for_good(kiosk)
        return 1
    with _stop_on_signals(app), event_loop_running():
        code = app.exec()
    _close_for_good(kiosk)
    if screen_lock is not None:
        screen_lock.release()
    log.info("kiosk stopped (exit code %d)", code)
    return code

