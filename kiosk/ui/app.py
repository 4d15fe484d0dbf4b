"""Building and showing the kiosk: the Qt application, its fonts, and the QML window for a Deck.

`build_kiosk` is the one way to turn a Deck into a window: `kiosk run`, `kiosk
render` and the tests all use it, so tests drive exactly what visitors see.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow, QSGRendererInterface

from kiosk.content import load_deck
from kiosk.content.model import Deck
from kiosk.locations import assets_dir, qml_dir
from kiosk.ui.attract import Clock
from kiosk.ui.controller import KioskController
from kiosk.ui.input import KioskInput
from kiosk.ui.offline import OfflineNetworkAccessManagerFactory, make_offline
from kiosk.ui.theme import DEFAULT_FONT_FAMILY, Theme

log = logging.getLogger(__name__)

ARABIC_FONT_FAMILY = "Noto Sans Arabic"
WINDOWED_SIZE = (1280, 800)
_RENDERERS = {
    "software": QSGRendererInterface.GraphicsApi.Software,
    "opengl": QSGRendererInterface.GraphicsApi.OpenGL,
}


class QmlLoadError(Exception):
    """The kiosk's QML could not be loaded (a broken installation, not a content problem)."""


def prepare_environment(*, offscreen: bool = False, software: bool = False) -> None:
    """Qt settings that must exist before the application does; what the user set wins."""
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if software:
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def choose_renderer(renderer: str) -> None:
    """Apply kiosk.toml's `renderer` (auto leaves Qt's choice); QT_QUICK_BACKEND overrides it."""
    api = _RENDERERS.get(renderer)
    if api is not None and not os.environ.get("QT_QUICK_BACKEND"):
        QQuickWindow.setGraphicsApi(api)


def application() -> QGuiApplication:
    """The running Qt application, created once, with the bundled fonts registered."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(sys.argv[:1])
        app.setApplicationName("kiosk")
        app.setApplicationDisplayName("Kiosk")
    _register_bundled_fonts()
    return app  # type: ignore[return-value]


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
    input: KioskInput
    offline: OfflineNetworkAccessManagerFactory
    qml_warnings: list[str] = field(default_factory=list)

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

    def close(self) -> None:
        self.controller.stop()
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
    quit: Callable[[], None] | None = None,
) -> KioskWindow:
    """The kiosk window for `deck`, not yet shown. Raises QmlLoadError when the QML is broken.

    `language` is the home language (where the attract loop returns), `attract`
    enables the attract loop (started by `controller.start()`), `animate=False`
    makes transitions instant (rendering), `quit` is what Escape does (windowed only).
    """
    application()
    theme = Theme(deck.settings.theme, font_family_for(deck))
    controller = KioskController(deck, theme, home_language=language, clock=clock, attract=attract, animate=animate)
    engine = QQmlApplicationEngine()
    offline = make_offline(engine)
    engine.addImportPath(str(qml_dir()))
    warnings: list[str] = []

    def collect(errors: list[QQmlError]) -> None:
        for message in _describe(errors):
            warnings.append(message)
            log.warning("QML: %s", message)

    engine.warnings.connect(collect)
    engine.setOutputWarningsToStandardError(False)
    engine.setInitialProperties(
        {
            "controller": controller,
            "theme": theme,
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
    kiosk_input = KioskInput(controller, quit=quit, parent=window)
    window.installEventFilter(kiosk_input)
    window.widthChanged.connect(lambda _width: theme.setWindowSize(window.width(), window.height()))
    window.heightChanged.connect(lambda _height: theme.setWindowSize(window.width(), window.height()))
    window.resize(*(size or WINDOWED_SIZE))
    theme.setWindowSize(window.width(), window.height())
    return KioskWindow(engine, window, controller, theme, kiosk_input, offline, warnings)


def report_diagnostics(deck: Deck) -> None:
    """Print what is wrong with the content, for whoever started the kiosk."""
    for diagnostic in deck.diagnostics:
        print(diagnostic.format(), file=sys.stderr)
    if deck.errors:
        print(
            f"kiosk: the content has {len(deck.errors)} error(s); showing what can be shown. "
            f"Run `kiosk check {deck.folder}` after fixing them.",
            file=sys.stderr,
        )


def _show(kiosk: KioskWindow, app: QGuiApplication, *, windowed: bool, screen: int, size: tuple[int, int] | None) -> None:
    window = kiosk.window
    if windowed:
        window.resize(*(size or WINDOWED_SIZE))
        window.show()
        return
    if size is not None:
        print("kiosk: --size only applies with --windowed; showing full screen", file=sys.stderr)
    screens = app.screens()
    if not 0 <= screen < len(screens):
        print(
            f"kiosk: there is no screen {screen} (this computer has {len(screens)}, numbered from 0); "
            "using screen 0",
            file=sys.stderr,
        )
        screen = 0
    if screens:
        window.setScreen(screens[screen])
        window.setGeometry(screens[screen].geometry())
    app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    window.showFullScreen()


def run_kiosk(
    folder: Path,
    windowed: bool = False,
    language: str | None = None,
    screen: int = 0,
    size: tuple[int, int] | None = None,
) -> int:
    """`kiosk run`: show the deck in `folder` until the kiosk is closed; returns the exit code."""
    started = time.perf_counter()
    deck = load_deck(folder)
    report_diagnostics(deck)
    if language and deck.languages and deck.language(language) is None:
        codes = ", ".join(lang.code for lang in deck.languages)
        print(f"kiosk: the content has no language '{language}' (it has: {codes}); starting in the default", file=sys.stderr)
    prepare_environment()
    choose_renderer(deck.settings.renderer)
    app = application()
    try:
        kiosk = build_kiosk(deck, language=language, quit=app.quit if windowed else None)
    except QmlLoadError as problem:
        print(f"kiosk: the kiosk screen could not be built (the installation is broken):\n{problem}", file=sys.stderr)
        return 2

    def first_frame() -> None:
        kiosk.window.frameSwapped.disconnect(first_frame)
        log.info("first frame after %.0f ms", (time.perf_counter() - started) * 1000)

    kiosk.window.frameSwapped.connect(first_frame)
    _show(kiosk, app, windowed=windowed, screen=screen, size=size)
    QTimer.singleShot(0, kiosk.controller.start)
    code = app.exec()
    kiosk.controller.stop()
    return code

