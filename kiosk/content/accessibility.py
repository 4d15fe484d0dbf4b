"""What visitors who cannot see a picture or read faint text need: descriptions of pictures, and colour contrast.

Contrast follows WCAG 2 (relative luminance and contrast ratio): body text needs 4.5 to 1
(level AA), large text and the labels of big buttons 3 to 1; the high-contrast theme a
visitor can switch on gives body text 7 to 1 (level AAA).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.content.model import ImageRef, Theme
from kiosk.content.report import Report

BODY_TEXT_AA = 4.5
LARGE_TEXT_AA = 3.0
BODY_TEXT_AAA = 7.0


@dataclass(frozen=True)
class ColourPair:
    """Two theme colours the kiosk draws one on the other, and the contrast that pairing needs."""

    foreground: str
    background: str
    minimum: float
    what: str


#: Every pairing of theme colours the kiosk draws text in (see the QML's Theme.* uses).
TEXT_PAIRS: tuple[ColourPair, ...] = (
    ColourPair("text", "background", BODY_TEXT_AA, "the main text"),
    ColourPair("text", "surface", BODY_TEXT_AA, "the text on cards and buttons"),
    ColourPair("muted", "background", BODY_TEXT_AA, "quieter text (introductions, dates)"),
    ColourPair("muted", "surface", BODY_TEXT_AA, "quieter text on cards"),
    ColourPair("accent", "background", BODY_TEXT_AA, "links, dates and highlighted words"),
    ColourPair("background", "accent", LARGE_TEXT_AA, "the label of a highlighted button"),
)

#: The theme a visitor switches on with the contrast button: white and yellow on black, 7 to 1 or more.
HIGH_CONTRAST = Theme(background="#000000", surface="#1a1a1a", text="#ffffff", muted="#f0f0f0", accent="#ffe14d")


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb" or "#rgb": 0 for black, 1 for white."""
    digits = colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[at : at + 2], 16) / 255 for at in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def weak_pairs(theme: Theme, minimum_for_body: float = BODY_TEXT_AA) -> list[tuple[ColourPair, float]]:
    """Each pairing of `theme` below what it needs (body text needing `minimum_for_body`), with its ratio."""
    weak = []
    for pair in TEXT_PAIRS:
        needed = max(pair.minimum, minimum_for_body) if pair.minimum == BODY_TEXT_AA else pair.minimum
        ratio = contrast_ratio(getattr(theme, pair.foreground), getattr(theme, pair.background))
        if ratio < needed:
            weak.append((pair, ratio))
    return weak


def report_weak_contrast(report: Report, path: str, theme: Theme, line_of: Callable[[str], int]) -> None:
    """Warn about each pairing of theme colours too faint to read; `line_of(key)` is where kiosk.toml sets `key`."""
    for pair, ratio in weak_pairs(theme):
        foreground, background = getattr(theme, pair.foreground), getattr(theme, pair.background)
        report.warning(
            path,
            line_of(pair.foreground),
            f'the colours "{pair.foreground}" ({foreground}) and "{pair.background}" ({background}) are too close '
            f"for {pair.what}: one on the other has a contrast of {_ratio(ratio)} to 1, and visitors who see less "
            f"well need at least {pair.minimum:g} to 1. Make one of the two colours lighter or darker.",
        )


def _ratio(ratio: float) -> str:
    """A ratio rounded down, so 4.47 never reads as the 4.5 it misses."""
    return f"{int(ratio * 10) / 10:g}"


def report_missing_description(report: Report, path: str, line: int, image: ImageRef, *, in_settings: bool) -> None:
    """Warn when a picture that can be shown has no description: a screen reader then says nothing about it."""
    if image.path is None or image.alt.strip():
        return
    source = image.source
    how = (
        'add a line under it, image_alt: followed by what the picture shows (e.g. "image_alt: Children in a classroom")'
        if in_settings
        else f"write what it shows between the square brackets: ![Children in a classroom]({source})"
    )
    report.warning(
        path,
        line,
        f'the picture "{source}" has no description, so visitors who cannot see it (a screen reader reads '
        f"descriptions aloud) miss it. To fix it, {how}.",
    )
