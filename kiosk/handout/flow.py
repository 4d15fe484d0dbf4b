"""Cutting the handout into pages: boxes of text, pictures and rules, cut only between lines.

A panel becomes a few boxes (its title, its picture, its text, a row of cards ...). The
pages take them in order; a box that does not fit on what is left of a page is cut
where no line of text and no picture is, so nothing is ever split across two sheets.
A short panel (a third of a page or less) is never cut, and a title always stays with
what follows it; a longer panel starts on the page where the one before it ends, so
no half-empty page is wasted on keeping it whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QImage, QPainter, QPalette, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from kiosk.handout.text import INK

#: The least of the next box a title is kept with (about three lines), when that box may be cut.
KEEP_WITH_NEXT = 80.0
#: No part of a cut box is shorter than this: one line alone at the foot of a page helps no reader.
SHORTEST_PART = 36.0


@dataclass(frozen=True)
class _Text:
    document: QTextDocument
    position: QPointF


@dataclass(frozen=True)
class _Picture:
    picture: QImage | QSvgRenderer
    rect: QRectF


@dataclass(frozen=True)
class _Rule:
    rect: QRectF
    colour: QColor


class Box:
    """Text, pictures and rules at fixed places in the content's width, placed on pages as one.

    `whole` boxes (a picture, a row of cards) go to the next page rather than being cut
    when they fit on one; `keep_with_next` keeps a title with the start of what follows it.
    """

    def __init__(self, *, space_before: float = 0.0, whole: bool = False, keep_with_next: bool = False) -> None:
        self.space_before = space_before
        self.whole = whole
        self.keep_with_next = keep_with_next
        self._pieces: list[_Text | _Picture | _Rule] = []
        self._height = 0.0
        self._solid: list[tuple[float, float]] | None = None

    @property
    def height(self) -> float:
        return self._height

    def add_text(self, document: QTextDocument, x: float, y: float) -> float:
        """Place `document` (laid out at its width) with its top left at (x, y); returns its bottom."""
        bottom = y + document.size().height()
        self._pieces.append(_Text(document, QPointF(x, y)))
        return self._grow(bottom)

    def add_picture(self, picture: QImage | QSvgRenderer, rect: QRectF) -> float:
        self._pieces.append(_Picture(picture, rect))
        return self._grow(rect.bottom())

    def add_rule(self, rect: QRectF, colour: QColor) -> float:
        """A filled bar (a rule), which a cut may cross."""
        self._pieces.append(_Rule(rect, colour))
        return self._grow(rect.bottom())

    def _grow(self, bottom: float) -> float:
        self._height = max(self._height, bottom)
        self._solid = None
        return bottom

    def cut_before(self, limit: float, after: float) -> float | None:
        """The lowest place at or above `limit`, and below `after`, that cuts no line and no picture."""
        solid = self._solid_spans()
        index = bisect.bisect_left(solid, (limit, limit)) - 1
        cut = limit
        if index >= 0 and solid[index][0] < limit < solid[index][1]:
            cut = solid[index][0]
        return cut if cut > after else None

    def _solid_spans(self) -> list[tuple[float, float]]:
        """Where a cut may not fall: each line of text and each picture, merged where they overlap."""
        if self._solid is None:
            spans = sorted(span for piece in self._pieces for span in _spans(piece))
            merged: list[tuple[float, float]] = []
            for top, bottom in spans:
                if merged and top < merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
                else:
                    merged.append((top, bottom))
            self._solid = merged
        return self._solid

    def draw(self, painter: QPainter, top: float, bottom: float) -> None:
        """Draw the part from `top` to `bottom`, with the box's own top at the painter's origin."""
        part = QRectF(-1e6, top, 2e6, bottom - top)
        for piece in self._pieces:
            if isinstance(piece, _Text):
                _draw_text(painter, piece, top, bottom)
            elif isinstance(piece, _Picture):
                if part.contains(piece.rect.center()):
                    _draw_picture(painter, piece)
            else:
                painter.fillRect(piece.rect.intersected(part), piece.colour)


def _spans(piece: _Text | _Picture | _Rule) -> list[tuple[float, float]]:
    """Where `piece` may not be cut: a picture, each line of text, and a heading with the line after it."""
    if isinstance(piece, _Picture):
        return [(piece.rect.top(), piece.rect.bottom())]
    if isinstance(piece, _Rule):
        return []
    document, y = piece.document, piece.position.y()
    layout = document.documentLayout()
    spans: list[tuple[float, float]] = []
    heading_top: float | None = None
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        origin = y + layout.blockBoundingRect(block).top() - lines.boundingRect().top()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            top = origin + line.y()
            if heading_top is not None:
                top, heading_top = heading_top, None
            spans.append((top, origin + line.y() + line.height()))
        if block.blockFormat().headingLevel() > 0 and lines.lineCount() > 0:
            heading_top = spans[-1][0]
        block = block.next()
    return spans


def _draw_text(painter: QPainter, piece: _Text, top: float, bottom: float) -> None:
    """Only the lines inside the part: a line drawn clipped away would still be in the PDF's text."""
    painter.save()
    painter.translate(piece.position)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    y = piece.position.y()
    context.clip = QRectF(-1e6, top - y + 0.5, 2e6, max(0.0, bottom - top - 1.0))
    painter.setClipRect(QRectF(-1e6, top - y, 2e6, bottom - top))
    piece.document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_picture(painter: QPainter, piece: _Picture) -> None:
    if isinstance(piece.picture, QSvgRenderer):
        piece.picture.render(painter, piece.rect)
    else:
        painter.drawImage(piece.rect, piece.picture)


@dataclass(frozen=True)
class Slice:
    """The part of `box` from `top` to `bottom`, placed `y` below the top of a page's content area."""

    box: Box
    top: float
    bottom: float
    y: float


def paginate(panels: Sequence[Sequence[Box]], page_height: float) -> list[list[Slice]]:
    """Every panel's boxes on pages `page_height` high. A short panel is not cut: it starts a new page when
    what is left of the current one is too short for it."""
    pages: list[list[Slice]] = [[]]
    y = 0.0
    for boxes in panels:
        total = sum(box.height for box in boxes) + sum(box.space_before for box in boxes[1:])
        if pages[-1] and y + boxes[0].space_before + total > page_height and total <= page_height / 3:
            pages.append([])
            y = 0.0
        for index in range(len(boxes)):
            y = _place(boxes[index:], pages, y, page_height)
    return pages if pages[-1] else pages[:-1]


def _kept_height(boxes: Sequence[Box]) -> float:
    """How much room the first box needs: its own height, and the start of each box it is kept with."""
    needed = boxes[0].height
    for kept, following in zip(boxes, boxes[1:], strict=False):
        if not kept.keep_with_next:
            break
        needed += following.space_before
        needed += following.height if following.whole else min(following.height, KEEP_WITH_NEXT)
    return needed


def _place(boxes: Sequence[Box], pages: list[list[Slice]], y: float, page_height: float) -> float:
    """Place the first of `boxes` from `y` on the last page, on new pages as needed (the others are the
    rest of its panel); returns where the next box goes."""
    box = boxes[0]
    if pages[-1]:
        y += box.space_before
    needed = _kept_height(boxes)
    if pages[-1] and y + needed > page_height and (box.whole or box.keep_with_next) and needed <= page_height:
        pages.append([])
        y = 0.0
    top = 0.0
    while box.height - top > page_height - y:
        cut = box.cut_before(top + page_height - y, top)
        if pages[-1] and (cut is None or cut - top < min(SHORTEST_PART, box.height - top)):
            pages.append([])
            y = 0.0
            continue
        cut = cut if cut is not None else top + page_height
        pages[-1].append(Slice(box, top, cut, y))
        pages.append([])
        y, top = 0.0, cut
    pages[-1].append(Slice(box, top, box.height, y))
    return y + box.height - top
