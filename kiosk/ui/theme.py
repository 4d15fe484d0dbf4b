"""The look QML reads: colours and font from kiosk.toml, and a type unit sized to the window.

Everything is sized from `unit`, the body text's pixel size, so one layout reads
the same from two metres on a 1280x800 laptop and on a 3840x2160 screen.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.content.model import Theme as ContentTheme
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)

#: Body text at 1080 px on the short side of the window: readable from two metres.
UNIT_AT_1080 = 34.0
DEFAULT_FONT_FAMILY = "Noto Sans"
#: The smallest text the kiosk shows, in body units (the header's title, the section tabs): still readable
#: from one to two metres.
SMALLEST_TEXT_UNITS = 0.6
#: A panel too long for the screen is shrunk to fit, but never below this share of its size: then it
#: is split into sub-pages or scrolls behind a "more" button instead.
FIT_MINIMUM = 0.8
#: Colours kiosk.toml does not set. Errors and the action that ends the kiosk: a soft red, readable on any dark background.
ERROR_COLOUR = "#ff8a7a"
#: What dims the kiosk behind the PIN pad.
SCRIM_COLOUR = "#b8000000"
#: Behind a QR code: phones read dark modules on white, whatever the theme.
CODE_TILE_COLOUR = "#ffffff"


def unit_for(width: float, height: float) -> float:
    """The body text pixel size for a window, scaled with its short side."""
    short_side = max(1.0, min(width, height))
    return round(UNIT_AT_1080 * short_side / 1080.0, 2)


#: The engine property holding the Theme a window gave its engine (see `Theme.provide`).
_ENGINE_PROPERTY = "kioskTheme"


@QmlElement
@QmlSingleton
class Theme(QObject):
    """Colours, font family, reading direction and type unit, with change signals for QML bindings.

    QML reads it as the singleton `Theme` (`Theme.unit`, `Theme.accent`); each window's
    engine gets the instance its deck's settings made (`provide`), so every component
    reads one theme without it being handed down from the window.
    """

    coloursChanged = Signal()
    fontFamilyChanged = Signal()
    rightToLeftChanged = Signal()
    unitChanged = Signal()

    def __init__(
        self,
        theme: ContentTheme | None = None,
        font_family: str = DEFAULT_FONT_FAMILY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._colours = self._colours_of(theme or ContentTheme())
        self._font_family = font_family
        self._right_to_left = False
        self._unit = unit_for(1920, 1080)

    @staticmethod
    def provide(engine: QJSEngine, theme: Theme) -> None:
        """Make `theme` the `Theme` singleton of `engine`; before the engine loads any QML."""
        # Python keeps the theme (the window is its parent): the engine must not delete it.
        QJSEngine.setObjectOwnership(theme, QJSEngine.ObjectOwnership.CppOwnership)
        engine.setProperty(_ENGINE_PROPERTY, theme)

    @staticmethod
    def create(engine: QJSEngine) -> Theme:
        """The singleton for `engine`, called by QML the first time `Theme` is read: what `provide` gave it."""
        theme = engine.property(_ENGINE_PROPERTY)
        return theme if isinstance(theme, Theme) else Theme()

    @staticmethod
    def _colours_of(theme: ContentTheme) -> dict[str, QColor]:
        return {name: QColor(getattr(theme, name)) for name in ("background", "surface", "text", "muted", "accent")}

    def set_content_theme(self, theme: ContentTheme, font_family: str) -> None:
        self._colours = self._colours_of(theme)
        self.coloursChanged.emit()
        if font_family != self._font_family:
            self._font_family = font_family
            self.fontFamilyChanged.emit()

    def set_right_to_left(self, value: bool) -> None:
        """The shown language's direction, as the loader decided it (`Language.right_to_left`); set by the controller."""
        if value != self._right_to_left:
            self._right_to_left = value
            self.rightToLeftChanged.emit()

    @Slot(int, int)
    def setWindowSize(self, width: int, height: int) -> None:
        unit = unit_for(width, height)
        if unit != self._unit:
            self._unit = unit
            self.unitChanged.emit()

    def _background(self) -> QColor:
        return self._colours["background"]

    def _surface(self) -> QColor:
        return self._colours["surface"]

    def _text(self) -> QColor:
        return self._colours["text"]

    def _muted(self) -> QColor:
        return self._colours["muted"]

    def _accent(self) -> QColor:
        return self._colours["accent"]

    def _error(self) -> QColor:
        return QColor(ERROR_COLOUR)

    def _scrim(self) -> QColor:
        return QColor(SCRIM_COLOUR)

    def _code_tile(self) -> QColor:
        return QColor(CODE_TILE_COLOUR)

    def _font_family_value(self) -> str:
        return self._font_family

    def _right_to_left_value(self) -> bool:
        return self._right_to_left

    def _unit_value(self) -> float:
        return self._unit

    def _smallest_text(self) -> float:
        return round(self._unit * SMALLEST_TEXT_UNITS, 2)

    def _fit_minimum(self) -> float:
        return FIT_MINIMUM

    background = Property(QColor, _background, notify=coloursChanged)
    surface = Property(QColor, _surface, notify=coloursChanged)
    text = Property(QColor, _text, notify=coloursChanged)
    muted = Property(QColor, _muted, notify=coloursChanged)
    accent = Property(QColor, _accent, notify=coloursChanged)
    error = Property(QColor, _error, constant=True)
    scrim = Property(QColor, _scrim, constant=True)
    codeTile = Property(QColor, _code_tile, constant=True)
    fontFamily = Property(str, _font_family_value, notify=fontFamilyChanged)
    rightToLeft = Property(bool, _right_to_left_value, notify=rightToLeftChanged)
    unit = Property(float, _unit_value, notify=unitChanged)
    smallestText = Property(float, _smallest_text, notify=unitChanged)
    fitMinimum = Property(float, _fit_minimum, constant=True)
