"""Each panel laid out for paper: a title, its picture, its text, a timeline as a dated list along a
rule, cards in two columns, and its links as QR codes with the address printed under each.

Only the content's own text is printed, in near-black on white: the screen's dark
background would cost a cartridge. The theme's accent colour marks titles, the
timeline's rule and the cards, and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QTextDocument

from kiosk.content.model import Card, ImageRef, Layout, Link, Panel, RichText, TimelineEvent
from kiosk.handout.flow import Box
from kiosk.handout.paper import MM
from kiosk.handout.pictures import decode, fitted, natural_size, qr_code
from kiosk.handout.text import QUIET, Style, plain, text_document
from kiosk.ui.dates import date_for_people

TITLE_PX = 24
MESSAGE_PX = 19
NAME_PX = 15
ADDRESS_PX = 11
PANEL_GAP = 30.0
GAP = 12.0
#: A panel's picture is at most 4 cm high, an event's 2 cm and a card's icon 9 mm: on paper the text leads,
#: and the screen's illustrations are dark, so printed large they would take more ink than all the text.
PICTURE_HEIGHT = 40 * MM
EVENT_PICTURE_HEIGHT = 20 * MM
ICON = 9 * MM
DATE_COLUMN = 96.0
ACCENT_BAR = 3.0
#: A QR code is printed at least 28 mm wide, and with modules of at least 0.42 mm, which phones read.
QR_SIDE = 28 * MM
QR_MODULE = 0.42 * MM
#: Wide enough for most addresses on one line, and three tiles to a row.
TILE_WIDTH = 52 * MM


@dataclass(frozen=True)
class Column:
    """Where a panel's boxes go: the content's width, how high a page is, and the reading direction."""

    width: float
    page_height: float
    style: Style
    right_to_left: bool

    def x(self, leading: float, width: float) -> float:
        """The left edge of something `width` wide placed `leading` from the column's reading edge."""
        return self.width - leading - width if self.right_to_left else leading

    def text(self, body: str, width: float, *, right_to_left: bool | None = None) -> QTextDocument:
        return text_document(
            body,
            width,
            self.style,
            right_to_left=self.right_to_left if right_to_left is None else right_to_left,
            max_picture_height=self.page_height / 2,
        )

    @property
    def accent(self) -> QColor:
        return QColor(self.style.accent)


def panel_boxes(panel: Panel, column: Column, first: bool, *, notes: bool = False) -> list[Box]:
    """The boxes one panel prints as, in order; with `notes`, its speaker notes after it."""
    boxes = [_title(panel.title, column, 0.0 if first else PANEL_GAP)]
    if panel.image is not None and (picture := _picture_box(panel.image, column)) is not None:
        boxes.append(picture)
    if panel.layout is Layout.STATEMENT and panel.statement is not None:
        boxes.append(_statement(panel.statement.message, panel.statement.supporting, column))
    if not panel.intro.empty:
        boxes.append(_rich_text(panel.intro, column, keep_with_next=bool(panel.events or panel.cards)))
    boxes.extend(_event(event, column, panel.written_in or panel.language) for event in panel.events)
    boxes.extend(_card_row(pair, column) for pair in _pairs(panel.cards))
    boxes.extend(_link_rows(panel.links, column))
    if notes and not panel.notes.empty:
        boxes.append(_notes(panel.notes, column))
    return boxes


def _notes(notes: RichText, column: Column) -> Box:
    """The speaker notes, set in from the text with a grey rule beside them, so they never pass for the panel."""
    box = Box(space_before=GAP)
    indent = 4 * MM
    bottom = box.add_text(column.text(notes.html, column.width - indent), column.x(indent, column.width - indent), 0)
    box.add_rule(QRectF(column.x(0, 1.5), 0, 1.5, bottom), QColor(QUIET))
    return box


def _title(title: str, column: Column, space_before: float) -> Box:
    box = Box(space_before=space_before, whole=True, keep_with_next=True)
    bottom = box.add_text(column.text(plain(title, TITLE_PX, bold=True), column.width), 0, 0)
    box.add_rule(QRectF(column.x(0, 40), bottom + 4, 40, ACCENT_BAR), column.accent)
    return box


def _picture_box(image: ImageRef, column: Column) -> Box | None:
    size = fitted(natural_size(image), column.width * 0.75, PICTURE_HEIGHT)
    picture = decode(image, size)
    if picture is None:
        return None
    box = Box(space_before=GAP, whole=True)
    box.add_picture(picture, QRectF((column.width - size.width()) / 2, 0, size.width(), size.height()))
    return box


def _statement(message: str, supporting: RichText, column: Column) -> Box:
    box = Box(space_before=GAP)
    bottom = box.add_text(column.text(plain(message, MESSAGE_PX, bold=True), column.width), 0, 0)
    if not supporting.empty:
        box.add_text(column.text(supporting.html, column.width), 0, bottom + GAP / 2)
    return box


def _rich_text(text: RichText, column: Column, *, keep_with_next: bool) -> Box:
    box = Box(space_before=GAP, keep_with_next=keep_with_next)
    box.add_text(column.text(text.html, column.width), 0, 0)
    return box


def _event(event: TimelineEvent, column: Column, written_in: str) -> Box:
    """One event of a timeline: its date in a column of its own, a rule, then its title, picture and text.
    The date is written as the screen writes it, in the language of the panel's text ("May 1961")."""
    box = Box(space_before=GAP, whole=True)
    date = plain(date_for_people(event.date, event.label, written_in), NAME_PX, bold=True)
    box.add_text(column.text(date, DATE_COLUMN), column.x(0, DATE_COLUMN), 0)
    leading = DATE_COLUMN + 2 * GAP
    width = column.width - leading
    x = column.x(leading, width)
    bottom = box.add_text(column.text(plain(event.title, NAME_PX, bold=True), width), x, 0)
    if event.image is not None:
        size = fitted(natural_size(event.image), width, EVENT_PICTURE_HEIGHT)
        if (picture := decode(event.image, size)) is not None:
            bottom = box.add_picture(
                picture, QRectF(column.x(leading, size.width()), bottom + 4, size.width(), size.height())
            )
    if not event.body.empty:
        bottom = box.add_text(column.text(event.body.html, width), x, bottom + 6)
    box.add_rule(QRectF(column.x(DATE_COLUMN + GAP, 2), 2, 2, bottom - 2), column.accent)
    return box


def _pairs(cards: Sequence[Card]) -> Iterator[Sequence[Card]]:
    for start in range(0, len(cards), 2):
        yield cards[start : start + 2]


def _card_row(cards: Sequence[Card], column: Column) -> Box:
    """Two cards side by side, each with a bar in the accent colour along its reading edge, then its icon
    beside its name and text."""
    box = Box(space_before=GAP + 4, whole=True)
    width = (column.width - 2 * GAP) / 2
    for place, card in enumerate(cards):
        cell = place * (width + 2 * GAP)
        leading = cell + ACCENT_BAR + GAP
        bottom = 0.0
        if card.icon is not None:
            size = fitted(natural_size(card.icon), ICON, ICON)
            if (icon := decode(card.icon, size)) is not None:
                bottom = box.add_picture(icon, QRectF(column.x(leading, size.width()), 2, size.width(), size.height()))
                leading += ICON + GAP
        inner = cell + width - leading
        x = column.x(leading, inner)
        name_bottom = box.add_text(column.text(plain(card.name, NAME_PX, bold=True), inner), x, 0)
        if not card.body.empty:
            name_bottom = box.add_text(column.text(card.body.html, inner), x, name_bottom + 2)
        box.add_rule(QRectF(column.x(cell, ACCENT_BAR), 0, ACCENT_BAR, max(bottom, name_bottom)), column.accent)
    return box


def _link_rows(links: Sequence[Link], column: Column) -> list[Box]:
    """The panel's links, each once, as tiles in rows: a QR code with the link's text and address centred
    under it (an address reads left to right in every language)."""
    unique = list({link.url: link for link in reversed(links)}.values())[::-1]
    rows: list[Box] = []
    used = 0.0
    for link in unique:
        code = qr_code(link.url)
        side = max(QR_SIDE, code.defaultSize().width() * QR_MODULE) if code is not None else 0.0
        width = min(column.width, max(TILE_WIDTH, side))
        if not rows or used + width > column.width:
            rows.append(Box(space_before=GAP + 4, whole=True))
            used = 0.0
        row, x = rows[-1], column.x(used, width)
        bottom = 0.0
        if code is not None:
            bottom = row.add_picture(code, QRectF(x + (width - side) / 2, 0, side, side)) + 4
        if link.text and link.text != link.url:
            name = plain(link.text, ADDRESS_PX + 1, bold=True, centred=True)
            bottom = row.add_text(column.text(name, width), x, bottom)
        address = plain(link.url, ADDRESS_PX, colour=QUIET, centred=True)
        row.add_text(column.text(address, width, right_to_left=False), x, bottom)
        used += width + 2 * GAP
    return rows
