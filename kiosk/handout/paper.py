"""Paper sizes and the page's frame: margins, header and footer, in the handout's drawing unit.

Everything is measured in CSS pixels (1/96 inch), the unit Qt's rich text uses for `px`
sizes and `<img width=...>`, so the panels' HTML lays out on paper at its written sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize

#: One millimetre in the drawing unit (1/96 inch).
MM = 96 / 25.4

#: Margins that every office printer can print inside (most cannot print the outer 5 mm).
SIDE_MARGIN = 18 * MM
TOP_MARGIN = 24 * MM
BOTTOM_MARGIN = 22 * MM
#: Where the header's and the footer's line of text sit, from the top and the bottom of the sheet.
HEADER_TOP = 11 * MM
FOOTER_BOTTOM = 11 * MM
RUNNING_LINE_HEIGHT = 5 * MM


@dataclass(frozen=True)
class Paper:
    """A sheet size the handout can be printed on."""

    name: str
    page_size: QPageSize.PageSizeId
    width: float
    height: float

    @property
    def content(self) -> QRectF:
        """Where the panels go: inside the margins, between header and footer."""
        return QRectF(
            SIDE_MARGIN,
            TOP_MARGIN,
            self.width - 2 * SIDE_MARGIN,
            self.height - TOP_MARGIN - BOTTOM_MARGIN,
        )

    @property
    def header(self) -> QRectF:
        return QRectF(SIDE_MARGIN, HEADER_TOP, self.width - 2 * SIDE_MARGIN, RUNNING_LINE_HEIGHT)

    @property
    def footer(self) -> QRectF:
        top = self.height - FOOTER_BOTTOM - RUNNING_LINE_HEIGHT
        return QRectF(SIDE_MARGIN, top, self.width - 2 * SIDE_MARGIN, RUNNING_LINE_HEIGHT)


PAPERS = {
    "a4": Paper("a4", QPageSize.PageSizeId.A4, 210 * MM, 297 * MM),
    "letter": Paper("letter", QPageSize.PageSizeId.Letter, 8.5 * 96, 11 * 96),
}
