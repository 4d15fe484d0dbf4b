"""The fonts the kiosk draws with: the bundled Noto fonts, and the content's own font when it has one.

A module of its own because both the Qt application (the bundled fonts, once per
process) and every deck shown in a window (its custom font) register fonts, through
one registry that reads each file once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.content.model import Deck
from kiosk.locations import assets_dir
from kiosk.ui.theme import DEFAULT_FONT_FAMILY

log = logging.getLogger(__name__)


ARABIC_FONT_FAMILY = "Noto Sans Arabic"

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


def register_bundled_fonts() -> None:
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
