"""Issue 18, item 8: portrait values without empty bands, a three-event history that needs no scrolling in
portrait, and Arabic card text at a normal leading; on the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from arabic_copies import BUNDLED_ARABIC, with_arabic
from kiosk_helpers import wait_settled, write_content
from screen_fit import scene_rect
from test_nothing_below_the_fold import BUNDLED

from kiosk.ui.items import find_item, items

PORTRAIT = (1080, 1920)
HISTORY, VALUES = 2, 3


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return with_arabic(BUNDLED, tmp_path / "content", BUNDLED_ARABIC)


def open_panel(kiosk, qtbot, language: str, index: int):
    kiosk.controller.setLanguage(language)
    kiosk.controller.goTo(index)
    wait_settled(qtbot, kiosk, index)
    return kiosk.current_page()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_portrait_values_fill_the_panel_without_empty_bands(show_kiosk, content, qtbot, language) -> None:
    kiosk = show_kiosk(content, size=PORTRAIT, animate=False)
    page = open_panel(kiosk, qtbot, language, VALUES)
    panel, title, grid = (scene_rect(find_item(page, name)) for name in ("panelScroller", "panelTitle", "cardsGrid"))
    unit = kiosk.theme.property("unit")
    assert title.top() - panel.top() < 1.5 * unit, "an empty band above the values"
    assert panel.bottom() - grid.bottom() < 1.5 * unit, "an empty band below the values"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_three_event_history_needs_no_scrolling_in_portrait(show_kiosk, content, qtbot, language) -> None:
    kiosk = show_kiosk(content, size=PORTRAIT, animate=False)
    page = open_panel(kiosk, qtbot, language, HISTORY)
    assert not find_item(page, "panelScroller").property("scrollable")
    assert not find_item(page, "moreButton").isVisible()


def card_body(page, index: int):
    card = find_item(page, f"card{index}")
    return next(item for item in items(card) if item.inherits("QQuickText") and "<" in str(item.property("text")))


ARABIC_CARDS = {
    "ar/01-values.md": "---\nlayout: cards\ntitle: قيمنا\n---\n"
    "## الاحترام\n\nنحترم كل إنسان.\n\n"
    "## المساءلة\n\nنقيّم عملنا  \nباستمرار، لكي  \nنتعلم ونحسّن  \nأداءنا.\n",
}


def test_arabic_card_text_is_set_at_a_normal_leading(show_kiosk, tmp_path, qtbot) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", ARABIC_CARDS), size=(1280, 800))
    page = kiosk.current_page()
    one_line, four_lines = card_body(page, 0), card_body(page, 1)  # the second breaks its lines where written
    pitch = (four_lines.height() - one_line.height()) / 3
    size = one_line.property("font").pixelSize()
    assert pitch <= 1.6 * size, f"Arabic lines {pitch / size:.2f} times the type size apart"
