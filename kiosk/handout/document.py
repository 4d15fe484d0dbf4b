"""The handout's pages drawn into a PDF: a cover with the organisation's title and logo, then the
panels, each page with the title in its header and "3 / 12" in its footer.

Text is drawn as text (selectable, searchable, read aloud by screen readers), with the
bundled fonts embedded, so Arabic joins and French accents print on any computer.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QColor, QPageSize, QPainter, QPdfWriter

from kiosk import __version__
from kiosk.content.model import Deck, Language
from kiosk.handout.flow import Box, Slice, paginate
from kiosk.handout.panels import Column, panel_boxes
from kiosk.handout.paper import MM, Paper
from kiosk.handout.pictures import decode, fitted, natural_size
from kiosk.handout.text import LINE, QUIET, Style, plain
from kiosk.ui.fonts import font_family_for

COVER_TITLE_PX = 32
RUNNING_PX = 11
LOGO_SIDE = 45 * MM


class HandoutError(Exception):
    """The PDF could not be drawn (Qt refused to start drawing it)."""


def handout_pdf(deck: Deck, language: Language, paper: Paper, *, notes: bool = False) -> tuple[bytes, int]:
    """The handout of `language` on `paper` as PDF bytes, and its number of pages; `notes` adds the speaker notes."""
    style = Style(font_family_for(deck), deck.settings.theme.accent)
    content = paper.content
    panels = [
        panel_boxes(
            panel, Column(content.width(), content.height(), style, panel.right_to_left), first=index == 0, notes=notes
        )
        for index, panel in enumerate(language.panels)
    ]
    pages = paginate(panels, content.height())
    cover = _cover(deck, language, Column(content.width(), content.height(), style, language.right_to_left))
    total = len(pages) + 1
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(paper.page_size))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(deck.settings.title)
    writer.setCreator(f"kiosk {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise HandoutError("Qt could not start drawing the PDF")
    scale = writer.resolution() / 96
    painter.scale(scale, scale)
    _draw_slices(painter, paper, [Slice(cover, 0, cover.height, (content.height() - cover.height) / 3)])
    running = Column(content.width(), content.height(), style, language.right_to_left)
    for number, page in enumerate(pages, start=2):
        writer.newPage()
        _draw_running_lines(painter, paper, running, deck.settings.title, f"{number} / {total}")
        _draw_slices(painter, paper, page)
    painter.end()
    buffer.close()
    return bytes(buffer.data().data()), total


def _cover(deck: Deck, language: Language, column: Column) -> Box:
    """The organisation's logo and title, centred, and the handout's language under a short rule."""
    box = Box()
    top = 0.0
    logo = deck.settings.theme.logo
    if logo is not None:
        size = fitted(natural_size(logo), LOGO_SIDE, LOGO_SIDE)
        if (picture := decode(logo, size)) is not None:
            rect = QRectF((column.width - size.width()) / 2, 0, size.width(), size.height())
            top = box.add_picture(picture, rect) + 10 * MM
    title = column.text(plain(deck.settings.title, COVER_TITLE_PX, bold=True, centred=True), column.width)
    bottom = box.add_text(title, 0, top)
    box.add_rule(QRectF((column.width - 60) / 2, bottom + 6 * MM, 60, 3), column.accent)
    name = column.text(plain(language.name, 15, colour=QUIET, centred=True), column.width)
    box.add_text(name, 0, bottom + 10 * MM)
    return box


def _draw_running_lines(painter: QPainter, paper: Paper, column: Column, title: str, page: str) -> None:
    """The header (the organisation's title over a hairline) and the footer (the page number)."""
    header, footer = paper.header, paper.footer
    painter.save()
    painter.translate(header.topLeft())
    column.text(plain(title, RUNNING_PX, colour=QUIET), header.width()).drawContents(painter)
    painter.fillRect(QRectF(0, header.height(), header.width(), 0.75), QColor(LINE))
    painter.restore()
    painter.save()
    painter.translate(footer.topLeft())
    # Always left to right: in a right-to-left line, "2 / 4" would read "4 / 2".
    number = column.text(plain(page, RUNNING_PX, colour=QUIET, centred=True), footer.width(), right_to_left=False)
    number.drawContents(painter)
    painter.restore()


def _draw_slices(painter: QPainter, paper: Paper, page: list[Slice]) -> None:
    content = paper.content
    for part in page:
        painter.save()
        painter.translate(content.left(), content.top() + part.y - part.top)
        part.box.draw(painter, part.top, part.bottom)
        painter.restore()
