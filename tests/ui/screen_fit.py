"""What a visitor can and cannot see of a panel on the real window: the check behind the fit tests.

A text is hidden when it lies outside the panel area (below the fold, or cut at a side) with no
"more" control on screen to bring it in (which also takes the visitor back to the top), when it is elided, when it is smaller than the kiosk's
readable minimum, or when one of its words is broken across two lines.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtQuick import QQuickItem

from kiosk.ui.items import find_item, items
from kiosk.ui.window import KioskWindow

#: Rounding of layout positions: a text this close to an edge is still in view.
TOLERANCE_PX = 1.5


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def effective_opacity(item: QQuickItem) -> float:
    opacity = 1.0
    while item is not None:
        opacity *= item.opacity()
        item = item.parentItem()
    return opacity


def effective_scale(item: QQuickItem) -> float:
    rect = item.mapRectToScene(QRectF(0, 0, 100, 100))
    return rect.width() / 100


def shown_texts(root: QQuickItem) -> list[QQuickItem]:
    """The text items under `root` a visitor could see: visible, not transparent, with words in them."""
    return [
        item
        for item in items(root)
        if item.inherits("QQuickText")
        and item.isVisible()
        and item.width() > 0
        and str(item.property("text") or "").strip()
        and effective_opacity(item) > 0.01
    ]


def describe(item: QQuickItem) -> str:
    text = re.sub(r"<style>.*?</style>|<[^>]+>", " ", str(item.property("text")))
    words = " ".join(text.split())
    return f"{item.objectName() or item.metaObject().className()} {words[:48]!r}"


def more_control_shown(page: QQuickItem) -> bool:
    control = find_item(page, "moreButton")
    return control is not None and control.isVisible() and effective_opacity(control) > 0.5


def broken_words(item: QQuickItem) -> list[str]:
    """The words of a plain text wider than its line: Qt breaks those in the middle."""
    if "<" in str(item.property("text")):  # rich text: its stylesheet sizes it, and Qt never breaks it mid-word
        return []
    metrics = QFontMetricsF(item.property("font"))
    room = item.width() - item.property("leftPadding") - item.property("rightPadding") + 0.5
    return [word for word in str(item.property("text")).split() if metrics.horizontalAdvance(word) > room]


def hidden_text(kiosk: KioskWindow) -> list[str]:
    """Every way the shown panel (and the footer's navigation) hides or mangles a text, in words."""
    problems = []
    view = kiosk.item("panelView")
    page = kiosk.current_page()
    assert view is not None and page is not None
    area = scene_rect(view).adjusted(-TOLERANCE_PX, -TOLERANCE_PX, TOLERANCE_PX, TOLERANCE_PX)
    smallest = kiosk.theme.property("smallestText")
    more = more_control_shown(page)
    for item in shown_texts(page):
        rect = scene_rect(item)
        scrolled_away_with_control = more and rect.left() >= area.left() and rect.right() <= area.right()
        if not area.contains(rect) and not scrolled_away_with_control:
            problems.append(f"{describe(item)} lies outside the panel ({rect.getRect()} not in {area.getRect()})")
        if item.property("truncated"):
            problems.append(f"{describe(item)} is cut short")
        size = item.property("font").pixelSize() * effective_scale(item)
        if size < smallest - 0.5:
            problems.append(f"{describe(item)} is {size:.1f} px, under the readable {smallest} px")
        for word in broken_words(item):
            problems.append(f"{describe(item)}: the word {word!r} is wider than the line")
    footer = kiosk.item("footer")
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    for item in shown_texts(footer):
        if not window.contains(scene_rect(item)) or item.property("truncated"):
            problems.append(f"{describe(item)} in the footer is cut")
    return problems
