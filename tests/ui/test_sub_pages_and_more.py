"""Issue 18, item 3: a panel longer than the screen is fitted, split into sub-pages, or scrolls behind an
obvious "More" button; driven on the real window with taps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kiosk_helpers import tap, wait_settled, write_content
from screen_fit import hidden_text
from test_nothing_below_the_fold import BUNDLED, EIGHT_PRINCIPLES

from kiosk.ui.items import find_item
from kiosk.ui.render import render_deck

VALUES, WHO_WE_ARE, GOAL = 3, 4, 1


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    return shutil.copytree(BUNDLED, tmp_path / "content")


def shown_cards(kiosk) -> list[str]:
    grid = find_item(kiosk.current_page(), "cardsGrid")
    return [
        card.objectName() for card in grid.childItems() if card.objectName().startswith("card") and card.isVisible()
    ]


def open_panel(kiosk, qtbot, index: int, language: str = "en"):
    kiosk.controller.setLanguage(language)
    kiosk.controller.goTo(index)
    wait_settled(qtbot, kiosk, index)
    return kiosk.current_page()


def test_six_values_at_1024x768_come_in_two_sub_pages_that_need_no_scrolling(show_kiosk, bundled, qtbot) -> None:
    kiosk = show_kiosk(bundled, size=(1024, 768), animate=False)
    page = open_panel(kiosk, qtbot, VALUES)
    view, scroller = find_item(page, "cardsPanel"), find_item(page, "panelScroller")
    assert view.property("subPageCount") == 2
    assert not scroller.property("scrollable")
    assert shown_cards(kiosk) == ["card0", "card1", "card2"]
    assert not hidden_text(kiosk)

    tap(kiosk.window, find_item(page, "moreButton"))
    qtbot.waitUntil(lambda: view.property("subPage") == 1, timeout=3000)
    assert shown_cards(kiosk) == ["card3", "card4", "card5"]
    assert not scroller.property("scrollable")
    assert not hidden_text(kiosk)
    assert find_item(page, "moreLabel").property("text") == "Back to the start"

    tap(kiosk.window, find_item(page, "moreButton"))
    qtbot.waitUntil(lambda: view.property("subPage") == 0, timeout=3000)


def test_a_sub_page_dot_opens_its_sub_page(show_kiosk, bundled, qtbot) -> None:
    kiosk = show_kiosk(bundled, size=(1024, 768), animate=False)
    page = open_panel(kiosk, qtbot, VALUES, "fr")
    tap(kiosk.window, find_item(page, "subPageDot1"))
    qtbot.waitUntil(lambda: find_item(page, "cardsPanel").property("subPage") == 1, timeout=3000)
    assert shown_cards(kiosk) == ["card3", "card4", "card5"]


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)], ids=["1920x1080", "1024x768"])
def test_eight_cards_never_scroll_each_sub_page_shows_whole_cards(show_kiosk, tmp_path, qtbot, size) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", EIGHT_PRINCIPLES), size=size, animate=False)
    page = kiosk.current_page()
    view, scroller = find_item(page, "cardsPanel"), find_item(page, "panelScroller")
    seen = []
    for sub_page in range(view.property("subPageCount")):
        view.setProperty("subPage", sub_page)
        wait_settled(qtbot, kiosk)
        assert not scroller.property("scrollable")
        assert not hidden_text(kiosk)
        seen += shown_cards(kiosk)
    assert seen == [f"card{n}" for n in range(8)]


def test_a_panel_a_little_too_long_is_shrunk_to_fit_rather_than_scrolled(show_kiosk, bundled, qtbot) -> None:
    kiosk = show_kiosk(bundled, size=(1024, 768), animate=False)
    page = open_panel(kiosk, qtbot, GOAL, "fr")
    assert 0.8 <= find_item(page, "statementPanel").property("fitScale") < 1
    assert not find_item(page, "panelScroller").property("scrollable")
    assert not find_item(page, "moreButton").isVisible()


def test_a_long_text_shows_a_more_button_that_scrolls_on_and_back_to_the_top(show_kiosk, bundled, qtbot) -> None:
    kiosk = show_kiosk(bundled, size=(1024, 768))
    page = open_panel(kiosk, qtbot, WHO_WE_ARE)
    scroller, more, label = (find_item(page, name) for name in ("panelScroller", "moreButton", "moreLabel"))
    assert more.isVisible() and label.property("text") == "More"
    end = scroller.property("contentHeight") - scroller.height()
    taps = 0
    while not scroller.property("atYEnd"):
        assert taps < 5, "five taps on More never reached the end"
        target = min(end, scroller.property("contentY") + scroller.height() / 2)  # at least half a screen on
        tap(kiosk.window, more)
        taps += 1
        qtbot.waitUntil(lambda target=target: scroller.property("contentY") >= target - 1, timeout=3000)
        qtbot.waitUntil(lambda: not scroller.property("moving"), timeout=3000)
    assert label.property("text") == "Back to the top"
    assert not hidden_text(kiosk)
    tap(kiosk.window, more)
    qtbot.waitUntil(lambda: scroller.property("contentY") == 0, timeout=3000)
    assert label.property("text") == "More"


def test_a_proof_shows_every_sub_page(bundled, tmp_path, qapp) -> None:
    out = tmp_path / "proofs"
    assert render_deck(bundled, out, size=(1024, 768), language="en") == 0
    assert (out / "en-04-values-1.png").exists() and (out / "en-04-values-2.png").exists()
    assert not (out / "en-04-values.png").exists()
