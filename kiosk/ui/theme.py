"""The look QML reads: colours and font from kiosk.toml, and a type unit sized to the window.

Everything is sized from `unit`, the body text's pixel size, so one layout reads
the same from two metres on a 1280x800 laptop and on a 3840x2160 screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.content.accessibility import HIGH_CONTRAST
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


#: The shell's controls (previous/next, the page tabs, the language and visitor buttons) in control units:
#: never smaller than a finger (`Theme.minimumTarget`), and never small beside the text.
SHELL_TARGET_UNITS = 2.3
#: The least width and height of anything a visitor touches, in millimetres on the glass
#: (the density comes from kiosk/ui/screen_density.py).
TOUCH_TARGET_MM = 9.0
#: Pixels per millimetre until the window's screen is known: 96 dpi.
DEFAULT_PIXELS_PER_MM = 96 / 25.4

#: The text sizes a visitor steps through with the text size button, as shares of the normal size.
TEXT_SCALES = (1.0, 1.3, 1.6)


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
    densityChanged = Signal()
    touchTargetChanged = Signal()
    visitorChoicesChanged = Signal()

    def __init__(
        self,
        theme: ContentTheme | None = None,
        font_family: str = DEFAULT_FONT_FAMILY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content_colours = self._colours_of(theme or ContentTheme())
        self._colours = self._content_colours
        self._font_family = font_family
        self._right_to_left = False
        self._base_unit = unit_for(1920, 1080)
        self._pixels_per_mm = DEFAULT_PIXELS_PER_MM
        self.unitChanged.connect(self.touchTargetChanged)
        self.densityChanged.connect(self.touchTargetChanged)
        self._text_scale = 1.0
        self._high_contrast = False
        self._reduced_motion_setting = False
        self._less_motion = False

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

    def set_content_theme(self, theme: ContentTheme, font_family: str, reduced_motion: bool = False) -> None:
        self._content_colours = self._colours_of(theme)
        self._colours = self._colours_of(HIGH_CONTRAST) if self._high_contrast else self._content_colours
        self._reduced_motion_setting = reduced_motion
        self.coloursChanged.emit()
        self.visitorChoicesChanged.emit()
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
        if unit != self._base_unit:
            self._base_unit = unit
            self.unitChanged.emit()

    def set_pixels_per_mm(self, value: float) -> None:
        """The density of the window's screen (kiosk/ui/screen_density.py), for sizes given in millimetres."""
        if value > 0 and value != self._pixels_per_mm:
            self._pixels_per_mm = value
            self.densityChanged.emit()

    # A visitor's choices (text size, high contrast, less motion): the buttons in the header set them,
    # and they are undone when the kiosk goes back to playing by itself, so the next visitor starts afresh.

    @Slot()
    def nextTextSize(self) -> None:
        """The next of TEXT_SCALES, round to the first."""
        at = TEXT_SCALES.index(self._text_scale) if self._text_scale in TEXT_SCALES else -1
        self.set_text_scale(TEXT_SCALES[(at + 1) % len(TEXT_SCALES)])

    def set_text_scale(self, scale: float) -> None:
        if scale != self._text_scale:
            self._text_scale = scale
            self.unitChanged.emit()
            self.visitorChoicesChanged.emit()

    @Slot()
    def toggleHighContrast(self) -> None:
        self.set_high_contrast(not self._high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self._colours = self._colours_of(HIGH_CONTRAST) if on else self._content_colours
            self.coloursChanged.emit()
            self.visitorChoicesChanged.emit()

    @Slot()
    def toggleLessMotion(self) -> None:
        self._less_motion = not self._less_motion
        self.visitorChoicesChanged.emit()

    def reset_visitor_choices(self) -> None:
        """Back to the normal text size, the deck's colours and its motion setting."""
        self.set_text_scale(1.0)
        self.set_high_contrast(False)
        if self._less_motion:
            self.toggleLessMotion()

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
        return round(self._base_unit * self._text_scale, 2)

    def _control_unit(self) -> float:
        return self._base_unit

    def _pixels_per_mm_value(self) -> float:
        return self._pixels_per_mm

    def _minimum_target(self) -> float:
        return float(math.ceil(TOUCH_TARGET_MM * self._pixels_per_mm - 1e-9))

    def _touch_target(self) -> float:
        return float(max(round(self._base_unit * SHELL_TARGET_UNITS), self._minimum_target()))

    def _smallest_text(self) -> float:
        return round(self._base_unit * SMALLEST_TEXT_UNITS, 2)

    def _text_scale_value(self) -> float:
        return self._text_scale

    def _high_contrast_value(self) -> bool:
        return self._high_contrast

    def _reduced_motion(self) -> bool:
        return self._reduced_motion_setting or self._less_motion

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
    #: The unit of the controls around the panels (header, footer, touch targets): not scaled by the text size.
    controlUnit = Property(float, _control_unit, notify=unitChanged)
    #: The screen's pixels per millimetre, measured or assumed (kiosk/ui/screen_density.py).
    pixelsPerMm = Property(float, _pixels_per_mm_value, notify=densityChanged)
    #: TOUCH_TARGET_MM in pixels: the least width and height of anything a visitor touches.
    minimumTarget = Property(float, _minimum_target, notify=densityChanged)
    #: The size of the shell's controls: SHELL_TARGET_UNITS, and at least `minimumTarget`.
    touchTarget = Property(float, _touch_target, notify=touchTargetChanged)
    textScale = Property(float, _text_scale_value, notify=visitorChoicesChanged)
    highContrast = Property(bool, _high_contrast_value, notify=visitorChoicesChanged)
    reducedMotion = Property(bool, _reduced_motion, notify=visitorChoicesChanged)
    smallestText = Property(float, _smallest_text, notify=unitChanged)
    fitMinimum = Property(float, _fit_minimum, constant=True)
