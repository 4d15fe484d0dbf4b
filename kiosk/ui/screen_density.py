"""How many pixels make a millimetre on the screen the kiosk is on, so a finger-sized target is one.

Screens report their physical size, but not always truthfully: a panel without EDID says 0 mm,
an X server or Qt's own platforms make up a size at 96 or 100 dpi, and a cheap converter may
claim a size that gives 20 or 2000 dpi. A believable report is used as it is; otherwise the
kiosk assumes the screen is a small one (`ASSUMED_SHORT_SIDE_MM`), which errs towards larger
targets, and logs once which it used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtQuick import QQuickWindow

from kiosk.ui.input import screen_of

log = logging.getLogger(__name__)

MILLIMETRES_PER_INCH = 25.4
#: A screen reporting a density outside this range (dots per inch) is not believed.
BELIEVABLE_DPI = (50.0, 600.0)
#: Densities that X servers and Qt's own platforms report when they know nothing of the screen.
MADE_UP_DPI = (96.0, 100.0)
#: When the screen's size is unknown: its short side is taken as that of a 10-inch 16:10 panel,
#: the smallest kiosk screen planned for, so that targets come out too large rather than too small ...
ASSUMED_SHORT_SIDE_MM = 135.0
#: ... and never below the usual desktop density.
ASSUMED_MINIMUM_DPI = 96.0


@dataclass(frozen=True)
class ScreenFacts:
    """What a screen says of itself: its size in (device-independent) pixels and in millimetres."""

    name: str
    width_px: float
    height_px: float
    width_mm: float
    height_mm: float
    #: Maker and model (from the screen's EDID): empty when the system knows nothing of the screen.
    maker_and_model: str = ""

    def reported_dpi(self) -> tuple[float, float] | None:
        """Dots per inch across and down, from the reported size; None when a size is missing."""
        if self.width_mm <= 0 or self.height_mm <= 0 or self.width_px <= 0 or self.height_px <= 0:
            return None
        return (
            self.width_px / self.width_mm * MILLIMETRES_PER_INCH,
            self.height_px / self.height_mm * MILLIMETRES_PER_INCH,
        )


@dataclass(frozen=True)
class Density:
    """Pixels per millimetre, and in plain words where the figure comes from (for the log)."""

    pixels_per_mm: float
    source: str


def density_for(screen: ScreenFacts) -> Density:
    """The screen's density from its reported size when that is believable, else the stated assumption."""
    doubt = _doubt(screen)
    dpi = screen.reported_dpi()
    if doubt is None and dpi is not None:
        measured = sum(dpi) / 2 / MILLIMETRES_PER_INCH
        return Density(
            measured,
            f"measured: {screen.width_mm:g} x {screen.height_mm:g} mm reported, "
            f"{measured * MILLIMETRES_PER_INCH:.0f} dpi",
        )
    short_side = max(1.0, min(screen.width_px, screen.height_px))
    assumed = max(short_side / ASSUMED_SHORT_SIDE_MM, ASSUMED_MINIMUM_DPI / MILLIMETRES_PER_INCH)
    return Density(
        assumed,
        f"assumed, {doubt}: a short side of {ASSUMED_SHORT_SIDE_MM:g} mm and at least "
        f"{ASSUMED_MINIMUM_DPI:g} dpi, {assumed * MILLIMETRES_PER_INCH:.0f} dpi",
    )


def _doubt(screen: ScreenFacts) -> str | None:
    """Why the reported size is not believed, or None."""
    dpi = screen.reported_dpi()
    if dpi is None:
        return f"the screen reports a size of {screen.width_mm:g} x {screen.height_mm:g} mm"
    across, down = dpi
    low, high = BELIEVABLE_DPI
    if not (low <= across <= high and low <= down <= high):
        return f"the reported size gives {across:.0f} x {down:.0f} dpi"
    if max(across, down) > 1.5 * min(across, down):
        return f"the reported size gives {across:.0f} dpi across but {down:.0f} dpi down"
    if not screen.maker_and_model and any(abs(across - dpi) < dpi * 0.01 for dpi in MADE_UP_DPI):
        return f"an unnamed screen reports exactly {across:.0f} dpi, the figure systems make up"
    return None


#: What has been logged: each screen's density once per process, however many windows ask (a render builds several).
_LOGGED: set[tuple[str, str]] = set()


def facts_of(screen: QScreen) -> ScreenFacts:
    geometry, size = screen.geometry(), screen.physicalSize()
    return ScreenFacts(
        name=screen.name(),
        width_px=geometry.width(),
        height_px=geometry.height(),
        width_mm=size.width(),
        height_mm=size.height(),
        maker_and_model=f"{screen.manufacturer()} {screen.model()}".strip(),
    )


class ScreenDensity(QObject):
    """Keeps a density up to date for the screen a window is on: on start, when the window moves to
    another screen, and when that screen's size or geometry changes. `changed(density)` is called
    with each new one; a `fixed` density (tests, proofs of a given screen) is never replaced.
    """

    def __init__(self, window: QQuickWindow, changed: Callable[[Density], None], fixed: float | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._changed = changed
        self._watched: list[QScreen] = []
        if fixed is None:
            window.screenChanged.connect(self._measure)
            self._measure()

    @staticmethod
    def initial(fixed: float | None = None) -> Density:
        """The density to lay the window out with before it is on a screen: the primary screen's."""
        if fixed is not None:
            return Density(fixed, "given")
        screen = QGuiApplication.primaryScreen()
        return density_for(facts_of(screen) if screen is not None else ScreenFacts("", 0, 0, 0, 0))

    def _measure(self, *_changed: object) -> None:
        # The screen is looked up afresh each time (see screen_of); a screen left behind, still
        # watched, only makes the current one be measured again.
        screen = screen_of(self._window)
        if screen is None:
            return
        if not any(screen is watched for watched in self._watched):
            self._watched.append(screen)
            screen.physicalSizeChanged.connect(self._measure)
            screen.geometryChanged.connect(self._measure)
        facts = facts_of(screen)
        density = density_for(facts)
        if (facts.name, density.source) not in _LOGGED:
            _LOGGED.add((facts.name, density.source))
            log.info("Screen %r: %.2f pixels per millimetre (%s)", facts.name, density.pixels_per_mm, density.source)
        self._changed(density)
