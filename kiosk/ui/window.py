"""The kiosk window for a Deck: `build_kiosk` and what lives as long as the window.

`build_kiosk` is the one way to turn a Deck into a window: `kiosk run`, `kiosk
render` and the tests all use it, so tests drive exactly what visitors see.
`attach_content_watcher` is the one place where hot reload meets the window, and
`after_first_frame` the one way to put off what the first frame need not wait for.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content.folder_state import FolderState
from kiosk.content.model import Deck
from kiosk.importing import usual_mount_points
from kiosk.locations import kiosk_command, qml_dir
from kiosk.stats.recorder import Recorder
from kiosk.ui.admin import AdminController
from kiosk.ui.attract import Clock
from kiosk.ui.controller import KioskController
from kiosk.ui.fonts import font_family_for
from kiosk.ui.input import KioskInput
from kiosk.ui.items import find_item, items
from kiosk.ui.offline import OfflineNetworkAccessManagerFactory, make_offline
from kiosk.ui.pictures import PictureDecoder
from kiosk.ui.presenter import PresenterController
from kiosk.ui.qt_app import application, hand_large_blocks_back_to_the_system
from kiosk.ui.reload import SETTLE_MS, ContentWatcher
from kiosk.ui.screen_density import ScreenDensity
from kiosk.ui.stick_import import StickImport
from kiosk.ui.theme import Theme
from kiosk.ui.translations import KioskTranslator
from kiosk.ui.visits import Visits

log = logging.getLogger(__name__)


WINDOWED_SIZE = (1280, 800)


class QmlLoadError(Exception):
    """The kiosk's QML could not be loaded (a broken installation, not a content problem)."""


@dataclass
class KioskWindow:
    """Everything that makes up one kiosk window; keep it alive as long as the window is shown."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    controller: KioskController
    theme: Theme
    admin: AdminController
    offline: OfflineNetworkAccessManagerFactory
    translator: KioskTranslator
    qml_warnings: list[str] = field(default_factory=list)
    watcher: ContentWatcher | None = None
    #: Touch, mouse and keys (attach_input).
    input: KioskInput | None = None
    #: In presenter mode (a talk): the presenter's keys and clocks.
    presenter: PresenterController | None = None
    #: Its presenter view (kiosk/ui/presenter_view.py), when one was made.
    presenter_view: QQuickWindow | None = None
    #: Records visits to the statistics file (kiosk/ui/visits.py).
    visits: Visits | None = None
    #: The admin overlay's import from a USB stick.
    stick_import: StickImport | None = None

    def items(self) -> Iterator[QQuickItem]:
        """Every item in the window, depth first."""
        return items(self.window.contentItem())

    def item(self, name: str) -> QQuickItem | None:
        """The first item with objectName `name`."""
        return find_item(self.window.contentItem(), name)

    def current_page(self) -> QQuickItem | None:
        return self.item(f"panelPage{self.controller.currentIndex}")

    def show_deck(self, deck: Deck) -> None:
        """Swap in a whole new deck (hot reload): same panel and language where they still exist."""
        self.theme.set_content_theme(deck.settings.theme, font_family_for(deck), deck.settings.reduced_motion)
        self.controller.set_deck(deck)
        self.admin.set_deck(deck)

    def attach_input(self, *, quit: Callable[[], None] | None, clock: Clock | None) -> None:
        """Route the window's touch, mouse and keys through KioskInput (see `build_kiosk` for the options)."""
        self.input = KioskInput(
            self.controller,
            self.admin,
            self.window,
            self.theme,
            quit=quit,
            clock=clock,
            presenter=self.presenter,
            parent=self.window,
        )
        self.window.installEventFilter(self.input)
        if self.visits is not None:
            self.visits.watch_taps(self.input.tapped)

    def close(self) -> None:
        if self.visits is not None:
            self.visits.close()
        self.admin.wait_for_pin_check()
        if self.stick_import is not None:
            self.stick_import.wait_for_work()
        self.admin.allow_close()
        self.controller.stop()
        if self.presenter is not None:
            self.presenter.stop_ticking()
        if self.presenter_view is not None:
            self.presenter_view.close()
            self.presenter_view.deleteLater()
        if self.input is not None:
            self.window.removeEventFilter(self.input)
        self.window.close()
        self.translator.close()
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
    presenter: bool = False,
    quit: Callable[[], None] | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    statistics: Recorder | None = None,
    mount_points: Callable[[], list[Path]] = usual_mount_points,
    pixels_per_mm: float | None = None,
) -> KioskWindow:
    """The kiosk window for `deck`, not yet shown. Raises QmlLoadError when the QML is broken.

    `language` is the home language (where the attract loop returns), `attract`
    enables the attract loop (started by `controller.start()`), `animate=False`
    makes transitions instant (rendering). A `windowed` kiosk closes as usual and
    Escape calls `quit`; otherwise it is locked down and only the admin overlay's
    exit calls `quit` (default: quit the application). `clock` times the attract
    loop and the admin long press, `monotonic` the PIN pad's lockouts and visits. A `presenter`
    kiosk is for a talk (kiosk/ui/presenter.py): no attract loop, the presenter's keys, a pointer shown
    while it moves; `clock` and `monotonic` time it too. Visits are recorded to `statistics` when given
    (kiosk.ui.visits).
    `mount_points` lists where USB sticks are mounted, for the admin overlay. `pixels_per_mm` fixes the
    screen's density (tests, proofs); by default it is read from the window's screen (kiosk.ui.screen_density).
    """
    application()
    quit = quit or QCoreApplication.quit
    theme = Theme(deck.settings.theme, font_family_for(deck))
    theme.set_content_theme(deck.settings.theme, font_family_for(deck), deck.settings.reduced_motion)
    # The visitor's language decides the kiosk's own words too, before QML first reads them.
    translator = KioskTranslator()
    controller = KioskController(
        deck,
        theme,
        home_language=language,
        clock=clock,
        attract=attract and not presenter,
        animate=animate,
        translator=translator,
    )
    talk = (
        PresenterController(
            controller, pointer_seconds=deck.settings.presenter.pointer_seconds, clock=clock, monotonic=monotonic
        )
        if presenter
        else None
    )
    admin = AdminController(deck, windowed=windowed, quit=quit, now=monotonic)
    translator.changed.connect(admin.retranslate)
    sticks = StickImport(deck.folder, allowed=lambda: admin.overlayOpen, mount_points=mount_points)
    translator.changed.connect(sticks.retranslate)
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    Theme.provide(engine, theme)
    offline = make_offline(engine)
    PictureDecoder.provide(engine)
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
    theme.set_pixels_per_mm(ScreenDensity.initial(pixels_per_mm).pixels_per_mm)
    initial = {
        # The real size from the start: a page view of width 0 would build every page at once.
        "width": width,
        "height": height,
        "controller": controller,
        "admin": admin,
        "stickImport": sticks,
        "panelModel": controller.panel_model,
        "languageModel": controller.language_model,
    }
    if talk is not None:  # a kiosk for visitors keeps Main's null: Qt cannot set a typed property to None
        initial["presenter"] = talk
    engine.setInitialProperties(initial)
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    window = roots[0] if roots else None
    if not isinstance(window, QQuickWindow):
        translator.close()
        engine.deleteLater()
        details = "\n".join(warnings) or f"no window was created from {qml_dir() / 'Kiosk' / 'Main.qml'}"
        raise QmlLoadError(details)
    controller.setParent(window)
    theme.setParent(window)
    admin.setParent(window)
    sticks.setParent(window)
    translator.setParent(window)
    if talk is not None:
        talk.setParent(window)
    # Left alone, the kiosk returns to its attract loop: whatever the admin had open closes.
    controller.attractModeChanged.connect(lambda: admin.dismiss() if controller.attractMode else None)
    # ... and the next visitor starts with the normal text size, colours and motion.
    controller.attractModeChanged.connect(lambda: theme.reset_visitor_choices() if controller.attractMode else None)
    if talk is not None:
        _show_pointer_while_it_moves(window, admin, talk)
    elif not windowed:
        _hide_pointer_from_visitors(window, admin)
    window.widthChanged.connect(lambda _width: theme.setWindowSize(window.width(), window.height()))
    window.heightChanged.connect(lambda _height: theme.setWindowSize(window.width(), window.height()))
    theme.setWindowSize(window.width(), window.height())
    ScreenDensity(window, lambda density: theme.set_pixels_per_mm(density.pixels_per_mm), fixed=pixels_per_mm)
    kiosk = KioskWindow(
        engine, window, controller, theme, admin, offline, translator, warnings, presenter=talk, stick_import=sticks
    )
    kiosk.visits = Visits(controller, admin, window, statistics, monotonic=monotonic, parent=window)
    kiosk.attach_input(quit=quit if windowed else None, clock=clock)
    after_first_frame(window, hand_large_blocks_back_to_the_system)
    return kiosk


def after_first_frame(window: QQuickWindow, action: Callable[[], None], delay_ms: int | None = 0) -> None:
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
    """Touch visitors see no mouse pointer; staff working the PIN pad or the admin overlay with a mouse do."""

    def update() -> None:
        shape = Qt.CursorShape.ArrowCursor if admin.active else Qt.CursorShape.BlankCursor
        window.setCursor(QCursor(shape))

    admin.stateChanged.connect(update)
    update()


def _show_pointer_while_it_moves(window: QQuickWindow, admin: AdminController, presenter: PresenterController) -> None:
    """In a talk the pointer shows while the mouse moves (to point at something) and hides once it is still."""

    def update() -> None:
        shown = admin.active or presenter.pointerShown
        window.setCursor(QCursor(Qt.CursorShape.ArrowCursor if shown else Qt.CursorShape.BlankCursor))

    admin.stateChanged.connect(update)
    presenter.pointerShownChanged.connect(update)
    update()


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
