"""Text for paper: the panels' rich text in a QTextDocument, styled for print, its pictures fitted to the column.

The panels' HTML is Qt rich text already (kiosk.content.markdown_html): only sizes,
colours and the reading direction are added here, and every picture it names is decoded
here at print size and handed to the document, so Qt never reads a file on its own.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QFont, QTextDocument, QTextOption

from kiosk.content.model import ImageRef
from kiosk.handout.pictures import decode, fitted, natural_size

#: Body text: 10.5 points, the size of a printed leaflet.
BODY_PX = 14
#: Near-black text and mid-grey lines: printers print them cleanly, and they use little ink.
INK = "#1a1a1a"
QUIET = "#555555"
LINE = "#b0b0b0"

_IMAGE_TAG = re.compile(r"<img\b[^>]*>")
#: Arabic and Hebrew letters: their fonts' lines are already tall (Noto Sans Arabic's are 2.1 times the
#: type size, against 1.36 for Noto Sans), so they get no extra space between lines.
_JOINED_SCRIPT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
LEADING = 130
_HEADER_CELL = re.compile(r"<th\b")
_ANY_CELL = re.compile(r"<(t[hd])\b")
_ATTRIBUTE = re.compile(r'\s(src|width|height)="([^"]*)"')


@dataclass(frozen=True)
class Style:
    """What the content decides about the handout's look: its font, and the accent for rules and marks."""

    font_family: str
    accent: str


def plain(text: str, size: float = BODY_PX, *, bold: bool = False, colour: str = INK, centred: bool = False) -> str:
    """A paragraph of plain text (a title, a date, a name), escaped, in one size and colour."""
    weight = 700 if bold else 400
    escaped = html.escape(text, quote=False)
    align = ' align="center"' if centred else ""
    return f'<p{align} style="font-size: {size:.0f}px; font-weight: {weight}; color: {colour};">{escaped}</p>'


def _stylesheet(leading: int) -> str:
    return (
        f"body {{ color: {INK}; }}"
        f"p {{ margin-top: 0px; margin-bottom: 7px; line-height: {leading}%; }}"
        "h1 { font-size: 20px; font-weight: 700; margin-top: 12px; margin-bottom: 6px; }"
        "h2 { font-size: 17px; font-weight: 700; margin-top: 10px; margin-bottom: 5px; }"
        "h3, h4, h5, h6 { font-size: 15px; font-weight: 700; margin-top: 8px; margin-bottom: 4px; }"
        "ul, ol { margin-top: 0px; margin-bottom: 7px; }"
        f"li {{ margin-bottom: 3px; line-height: {leading}%; }}"
        f"a {{ color: {INK}; text-decoration: underline; }}"
        f"table {{ border-collapse: collapse; border-color: {LINE}; margin-top: 4px; margin-bottom: 9px; }}"
        f"th, td {{ border-width: 1px; border-style: solid; border-color: {LINE}; padding: 4px; }}"
        "th { font-weight: 700; }"
        "blockquote { margin-left: 16px; margin-right: 16px; font-style: italic; }"
    )


def text_document(
    body: str,
    width: float,
    style: Style,
    *,
    right_to_left: bool,
    max_picture_height: float = 0.0,
) -> QTextDocument:
    """`body` (rich text from the content, or `plain` paragraphs) laid out `width` wide, reading right to
    left when the panel's language does; its pictures fit the column and `max_picture_height`.
    A word too long for the column (a web address) is broken rather than let run past the margin."""
    document = QTextDocument()
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    font = QFont(style.font_family)
    font.setPixelSize(BODY_PX)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_stylesheet(100 if _JOINED_SCRIPT.search(body) else LEADING))
    names = (f"handout-picture:{number}" for number in itertools.count())
    fitted_body = _IMAGE_TAG.sub(
        lambda tag: _picture_tag(document, next(names), tag[0], width, max_picture_height), body
    )
    fitted_body = (
        _right_to_left_tables(fitted_body) if right_to_left else _HEADER_CELL.sub('<th align="left"', fitted_body)
    )
    direction = "rtl" if right_to_left else "ltr"
    document.setHtml(f'<body dir="{direction}">{fitted_body}</body>')
    document.setTextWidth(width)
    return document


def _right_to_left_tables(body: str) -> str:
    """Tables as Arabic readers expect them. The panel's HTML already has each row's cells in reverse and
    the table on the right (Qt lays out a table's columns from the left whatever the direction: see
    content/markdown_html.py); on paper every cell, a number alone too, also starts at its right edge."""
    return _ANY_CELL.sub(r'<\1 align="right"', body)


def _picture_tag(document: QTextDocument, name: str, tag: str, width: float, max_height: float) -> str:
    """The picture of one `<img>` decoded at print size and given to `document` as `name`;
    "" when it cannot be decoded (the loader has reported why)."""
    attributes = {key: html.unescape(value) for key, value in _ATTRIBUTE.findall(tag)}
    url = QUrl(attributes.get("src", ""))
    if not url.isLocalFile():
        return ""
    picture = ImageRef(source="", path=Path(url.toLocalFile()))
    natural = natural_size(picture)
    if attributes.get("width", "").isdigit() and attributes.get("height", "").isdigit():
        natural = QSizeF(int(attributes["width"]), int(attributes["height"]))
    size = fitted(natural, min(width, natural.width()), min(max_height, natural.height()))
    image = decode(picture, size)
    if image is None:
        return ""
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    return f'<img src="{name}" width="{size.width():.0f}" height="{size.height():.0f}" />'
