"""Issue 20: everything a visitor can do by touch also works from a keyboard or an assistive switch:
Tab and Shift+Tab reach each control in reading order with a ring that shows where focus is, Enter and
Space press it, arrows move along a row of buttons, and Escape leaves focus mode. Arrows, PageUp/PageDown
and Home/End still turn the panels."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kiosk_helpers import ARABIC, ENGLISH, FakeClock, tap, wait_settled, with_timings, write_content
from panel_host import scene_rect
from PySide6.QtCore import QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from test_long_timeline import forty_event_timeline

from kiosk.content.loader import load_deck
from kiosk.ui.items import find_item
from kiosk.ui.window import KioskWindow

BUNDLED = Path(__file__).resolve().parents[2] / "content"
HEADER = ["textSizeButton", "contrastButton", "motionButton", "language_en", "language_fr"]
FOOTER = ["pageDot0", "pageDot1", "pageDot2", "pageDot3", "pageDot4", "nextButton"]
VALUES = 3
#: More than the controls on any screen here: a round of Tab never takes more presses.
MOST_CONTROLS = 80


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    return shutil.copytree(BUNDLED, tmp_path / "content")


def press(kiosk: KioskWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(kiosk.window, key, modifier)


def tab(kiosk: KioskWindow, backwards: bool = False) -> QQuickItem:
    """Press Tab (Shift+Tab backwards) and return the item that has focus then."""
    press(kiosk, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
    return focused(kiosk)


def tab_to(kiosk: KioskWindow, name: str, backwards: bool = False) -> QQuickItem:
    """Tab (or Shift+Tab) until a control whose name starts with `name` has focus; fail after a whole round."""
    for _ in range(MOST_CONTROLS):
        item = tab(kiosk, backwards)
        if item is not None and item.objectName().startswith(name):
            return item
    pytest.fail(f"Tab never reached {name}")


def focused(kiosk: KioskWindow) -> QQuickItem | None:
    """The control a keyboard has reached, or None (nothing, or only the window's root, has focus)."""
    item = kiosk.window.activeFocusItem()
    return item if item is not None and item.activeFocusOnTab() else None


def ring_of(item: QQuickItem) -> QQuickItem:
    rings = [child for child in item.childItems() if child.objectName() == "focusRing"]
    assert len(rings) == 1, f"{item.objectName() or item}: {len(rings)} focus rings"
    return rings[0]


def assert_ring_around(item: QQuickItem) -> None:
    """The item's ring shows, lies around the item (just inside the edges of one that fills the panel or the
    screen), is no more than a little larger, and thick enough to see."""
    ring = ring_of(item)
    assert ring.isVisible() and ring.opacity() == 1, f"{item.objectName()}: its focus ring is hidden"
    outer, inner = scene_rect(ring), scene_rect(item)
    if ring.property("inside"):
        outer, inner = inner, outer
    assert outer.contains(inner.adjusted(1, 1, -1, -1)), f"{item.objectName()}: ring {outer} not around {inner}"
    margin = ring.property("thickness") * 3
    assert inner.adjusted(-margin, -margin, margin, margin).contains(outer), f"{item.objectName()}: ring too large"
    assert ring.property("thickness") >= 4


def container_of(kiosk: KioskWindow, item: QQuickItem) -> QRectF:
    """Where `item` must lie to be seen: inside the panel scroller that holds it, else inside the window."""
    parent = item.parentItem()
    while parent is not None and parent.objectName() != "panelScroller":
        parent = parent.parentItem()
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    return scene_rect(parent).intersected(window) if parent is not None else window


def page_of(item: QQuickItem) -> QQuickItem | None:
    parent = item.parentItem()
    while parent is not None and not parent.objectName().startswith("panelPage"):
        parent = parent.parentItem()
    return parent


def assert_seen(kiosk: KioskWindow, qtbot, item: QQuickItem) -> None:
    """Visible, on the panel on screen (or around it), and once scrolled into view, whole inside its container."""
    name = item.objectName() or repr(item)
    assert item.isVisible(), f"focus on the invisible {name}"
    page = page_of(item)
    assert page is None or page == kiosk.current_page(), f"focus on {name} of another panel"
    qtbot.waitUntil(lambda: container_of(kiosk, item).contains(scene_rect(item)), timeout=3000)
    assert_ring_around(item)


def test_tab_reaches_the_header_the_panel_and_the_footer_in_order_with_a_ring_around_each(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled)
    assert focused(kiosk) is None
    reached = []
    for _ in range(len(HEADER) + 1 + len(FOOTER)):
        item = tab(kiosk)
        assert item is not None
        assert_seen(kiosk, qtbot, item)
        reached.append(item.objectName())
    # The first panel's picture opens over the whole screen; Previous is disabled on the first panel.
    assert reached == [*HEADER, "kioskImage", *FOOTER]
    assert tab(kiosk).objectName() == HEADER[0]  # round again


def test_shift_tab_goes_back_through_the_same_controls(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled)
    forwards = [tab(kiosk).objectName() for _ in range(7)]
    assert forwards == [*HEADER, "kioskImage", FOOTER[0]]
    backwards = [tab(kiosk, backwards=True).objectName() for _ in range(6)]
    assert backwards == list(reversed(forwards[:6]))


def test_tab_to_the_french_button_and_space_shows_the_deck_in_french(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled)
    tab_to(kiosk, "language_fr")
    press(kiosk, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kiosk.controller.language == "fr", timeout=2000)
    assert kiosk.controller.currentIndex == 0  # Space pressed the button; it did not also turn the panel
    assert focused(kiosk).objectName() == "language_fr"
    assert_ring_around(focused(kiosk))


def test_tab_to_text_size_and_enter_makes_the_text_larger(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled)
    assert tab(kiosk).objectName() == "textSizeButton"
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.theme.property("textScale") == 1.3, timeout=2000)
    press(kiosk, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: kiosk.theme.property("textScale") == 1.6, timeout=2000)


def test_enter_on_next_and_on_a_page_tab_turns_the_panels(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled, animate=False)
    tab_to(kiosk, "nextButton")
    press(kiosk, Qt.Key.Key_Return)
    wait_settled(qtbot, kiosk, 1)
    assert focused(kiosk).objectName() == "nextButton"
    tab_to(kiosk, "pageDot3", backwards=True)
    press(kiosk, Qt.Key.Key_Space)
    wait_settled(qtbot, kiosk, 3)


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_whole_tab_cycle_on_every_panel_stays_on_visible_controls_of_the_panel_on_screen(
    show_kiosk, bundled, qtbot, size
):
    kiosk = show_kiosk(bundled, size=size, animate=False)
    for index in range(kiosk.controller.count):
        kiosk.controller.goTo(index)
        wait_settled(qtbot, kiosk, index)
        first = tab(kiosk)
        seen = [first.objectName()]
        item = first
        for _ in range(MOST_CONTROLS):
            assert_seen(kiosk, qtbot, item)
            item = tab(kiosk)
            if item == first:
                break
            seen.append(item.objectName())
        else:
            pytest.fail(f"panel {index + 1}: Tab never came round: {seen}")
        last = kiosk.controller.count - 1  # on the last panel Next is disabled: the last tab ends the cycle
        assert seen[: len(HEADER)] == HEADER and seen[-1] == ("nextButton" if index < last else f"pageDot{last}"), seen
        press(kiosk, Qt.Key.Key_Escape)


def test_every_card_and_event_is_reached_and_enter_opens_it_escape_closes_it(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled, animate=False)
    kiosk.controller.goTo(VALUES)
    wait_settled(qtbot, kiosk, VALUES)
    tab_to(kiosk, "card")
    card = focused(kiosk)
    assert card.objectName() == "card0"
    press(kiosk, Qt.Key.Key_Space)
    viewer = kiosk.item("pictureViewer")
    qtbot.waitUntil(lambda: viewer.property("open"), timeout=2000)
    assert focused(kiosk) == viewer
    assert_ring_around(viewer)
    assert tab(kiosk) == viewer  # focus stays on the open viewer: nothing under it is reached
    press(kiosk, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.property("open"), timeout=2000)
    assert focused(kiosk) == card  # back where the visitor was
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.property("open"), timeout=2000)
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not viewer.property("open"), timeout=2000)


def test_arrows_move_along_a_row_of_buttons_and_otherwise_turn_the_panels(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled, animate=False)
    press(kiosk, Qt.Key.Key_Right)  # nothing has focus: the panels turn, as before
    wait_settled(qtbot, kiosk, 1)
    press(kiosk, Qt.Key.Key_Left)
    wait_settled(qtbot, kiosk, 0)
    tab_to(kiosk, "language_en")
    press(kiosk, Qt.Key.Key_Right)  # along the language buttons, not to the next panel
    assert focused(kiosk).objectName() == "language_fr"
    press(kiosk, Qt.Key.Key_Left)
    assert focused(kiosk).objectName() == "language_en"
    press(kiosk, Qt.Key.Key_Left)  # the first of its row: focus stays
    assert focused(kiosk).objectName() == "language_en"
    assert kiosk.controller.currentIndex == 0
    tab_to(kiosk, "pageDot0")
    press(kiosk, Qt.Key.Key_Right)
    assert focused(kiosk).objectName() == "pageDot1"
    press(kiosk, Qt.Key.Key_PageDown)  # PageUp/PageDown always turn the panels (presenters' clickers)
    wait_settled(qtbot, kiosk, 1)
    tab_to(kiosk, "kioskImage")
    press(kiosk, Qt.Key.Key_Right)  # the picture uses no arrows: the panels turn
    wait_settled(qtbot, kiosk, 2)


def test_arrows_follow_the_screen_in_a_right_to_left_language(show_kiosk, tmp_path, qtbot):
    folder = write_content(tmp_path / "content", {**ENGLISH, **ARABIC})
    kiosk = show_kiosk(folder, animate=False)
    kiosk.controller.setLanguage("ar")
    qtbot.waitUntil(lambda: kiosk.controller.rightToLeft, timeout=2000)
    tab_to(kiosk, "pageDot")
    first = focused(kiosk)
    assert first.objectName() == "pageDot0"
    press(kiosk, Qt.Key.Key_Left)  # in Arabic the next tab is on the left
    assert focused(kiosk).objectName() == "pageDot1"
    assert scene_rect(focused(kiosk)).center().x() < scene_rect(first).center().x()


def test_escape_leaves_focus_mode_and_the_arrows_turn_the_panels_again(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled, animate=False)
    item = tab(kiosk)
    ring = ring_of(item)
    press(kiosk, Qt.Key.Key_Escape)
    assert focused(kiosk) is None
    assert not ring.isVisible()
    assert kiosk.window.isVisible()  # Escape left focus mode; it did not close the kiosk
    press(kiosk, Qt.Key.Key_Space)  # with nothing focused Space turns the panel, as before
    wait_settled(qtbot, kiosk, 1)


@pytest.mark.parametrize(("key", "panel"), [(Qt.Key.Key_PageDown, 1), (Qt.Key.Key_End, 4)], ids=["next", "far"])
def test_focus_inside_a_panel_moves_to_the_new_panel_when_it_turns(show_kiosk, bundled, qtbot, key, panel):
    kiosk = show_kiosk(bundled)  # with the slide, and the cross-fade to a far panel
    tab_to(kiosk, "kioskImage")
    press(kiosk, key)
    wait_settled(qtbot, kiosk, panel)
    item = focused(kiosk)
    assert item is None or page_of(item) == kiosk.current_page()
    item = tab(kiosk)  # the next Tab goes on from the new panel, never to the old one
    assert page_of(item) in (None, kiosk.current_page())
    assert_seen(kiosk, qtbot, item)


def test_a_key_wakes_the_kiosk_and_the_attract_loop_clears_the_focus(show_kiosk, bundled, qtbot):
    clock = FakeClock()
    kiosk = show_kiosk(with_timings(load_deck(bundled), autoplay=5, idle=10), attract=True, clock=clock)
    kiosk.controller.start()
    assert kiosk.controller.attractMode
    tab(kiosk)  # the first key only wakes the kiosk (as a first touch does): it moves nothing
    assert not kiosk.controller.attractMode
    assert focused(kiosk) is None
    item = tab(kiosk)
    assert item.objectName() == HEADER[0]
    clock.advance(6)
    tab(kiosk)  # a key counts as a visitor's input: the idle time starts again
    clock.advance(6)
    assert not kiosk.controller.attractMode
    clock.advance(11)
    qtbot.waitUntil(lambda: kiosk.controller.attractMode, timeout=2000)
    assert focused(kiosk) is None
    assert not ring_of(item).isVisible()


def test_the_decade_buttons_and_every_event_of_a_long_timeline_are_reached(show_kiosk, tmp_path, qtbot):
    folder = write_content(tmp_path / "content", {"en/01-history.md": forty_event_timeline()})
    kiosk = show_kiosk(folder, animate=False)
    tab_to(kiosk, "decade")
    assert focused(kiosk).objectName() == "decade1960"
    press(kiosk, Qt.Key.Key_Right)
    assert focused(kiosk).objectName() == "decade1970"
    press(kiosk, Qt.Key.Key_Space)
    panel = find_item(kiosk.current_page(), "timelinePanel")
    qtbot.waitUntil(lambda: panel.property("currentDecade") == 1970, timeout=3000)
    events = []
    for _ in range(MOST_CONTROLS):
        item = tab(kiosk)
        if item is None or not item.objectName().startswith(("decade", "timelineEvent")):
            break
        assert_seen(kiosk, qtbot, item)
        if item.objectName().startswith("timelineEvent"):
            events.append(item.objectName())
    assert events == [f"timelineEvent{n}" for n in range(40)]


def test_a_tap_after_keys_leaves_focus_mode(show_kiosk, bundled, qtbot):
    kiosk = show_kiosk(bundled, animate=False)
    tab(kiosk)
    tap(kiosk.window, kiosk.item("nextButton"))
    wait_settled(qtbot, kiosk, 1)
    assert focused(kiosk) is None


def test_escape_closes_a_picture_opened_by_touch_before_it_would_quit_a_windowed_kiosk(show_kiosk, bundled, qtbot):
    """A visitor taps a picture open, then reaches for the keyboard: Escape closes what is open, as it does
    for a picture opened from the keyboard; only with nothing open does it quit a windowed kiosk."""
    quits: list[bool] = []
    kiosk = show_kiosk(bundled, animate=False, windowed=True, quit=lambda: quits.append(True))
    picture = find_item(kiosk.current_page(), "kioskImage")
    tap(kiosk.window, picture)
    viewer = kiosk.item("pictureViewer")
    qtbot.waitUntil(lambda: viewer.property("open"), timeout=2000)
    press(kiosk, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.property("open"), timeout=2000)
    assert quits == []
    press(kiosk, Qt.Key.Key_Escape)
    assert quits == [True]


def test_next_pressed_onto_the_last_panel_hands_the_keyboard_to_previous(show_kiosk, bundled, qtbot):
    """Next is disabled on the last panel: the keyboard's place goes to Previous, not to nowhere."""
    kiosk = show_kiosk(bundled, animate=False)
    last = kiosk.controller.count - 1
    kiosk.controller.goTo(last - 1)
    wait_settled(qtbot, kiosk, last - 1)
    tab_to(kiosk, "nextButton")
    press(kiosk, Qt.Key.Key_Return)
    wait_settled(qtbot, kiosk, last)
    assert focused(kiosk).objectName() == "previousButton"
    press(kiosk, Qt.Key.Key_Return)
    wait_settled(qtbot, kiosk, last - 1)
    assert focused(kiosk).objectName() == "previousButton"  # still enabled: it keeps the keyboard
