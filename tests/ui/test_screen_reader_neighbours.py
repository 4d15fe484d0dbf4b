"""Issue 20: a screen reader reaches the panel on screen and nothing of the neighbouring pages the view
keeps built, whatever controls they hold (decade scrubber, "more" button, sub-page dots, cards, events):
beside a long timeline, under the attract screen, and after a swipe."""

from __future__ import annotations

from pathlib import Path

import pytest
from accessible_tree import accessible_tree, panel_pages_read
from kiosk_helpers import FakeClock, mouse_swipe, wait_settled
from reader_content import every_layout

from kiosk.ui.window import KioskWindow


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return every_layout(tmp_path / "content")


def leaks(kiosk: KioskWindow) -> dict[str, list[str]]:
    """What a screen reader reaches of pages other than the current one."""
    current = f"panelPage{kiosk.controller.currentIndex}"
    return {page: names for page, names in panel_pages_read(kiosk.window).items() if page != current}


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_no_control_of_a_neighbouring_panel_is_reached_on_any_panel(show_kiosk, qtbot, content, size):
    kiosk = show_kiosk(content, size=size)
    for index in [0, 1, 2, 3, 4, 3, 2, 1, 0]:
        kiosk.controller.goTo(index)
        wait_settled(qtbot, kiosk, index)
        qtbot.waitUntil(lambda index=index: f"panelPage{index}" in panel_pages_read(kiosk.window))
        assert leaks(kiosk) == {}, f"on panel {index + 1}"


def test_no_panel_behind_the_attract_screen_is_reached_but_the_first(show_kiosk, qtbot, content):
    kiosk = show_kiosk(content, attract=True, clock=FakeClock())
    kiosk.controller.start()
    qtbot.waitUntil(lambda: kiosk.item("attractScreen").property("covering"), timeout=3000)
    assert kiosk.controller.currentIndex == 0
    assert leaks(kiosk) == {}


def test_under_the_attract_screen_only_its_call_to_action_is_reached(show_kiosk, qtbot, content):
    """The deck's own controls (choices, languages, Previous/Next, tabs) and the closed picture viewer lie
    hidden under the attract screen: AT-SPI hands on hidden nodes too, so they must not be there at all."""
    kiosk = show_kiosk(content, attract=True, clock=FakeClock())
    kiosk.controller.start()
    qtbot.waitUntil(lambda: kiosk.item("attractScreen").property("covering"), timeout=3000)
    reached = [f"{node.role}: {node.name}" for node in accessible_tree(kiosk.window, with_invisible=True)]
    assert reached and all(node.startswith(("Button: Touch", "StaticText:")) for node in reached), reached


def test_after_a_swipe_only_the_panel_swiped_to_is_reached(show_kiosk, qtbot, content):
    kiosk = show_kiosk(content)
    view = kiosk.item("panelView")
    for index in (1, 2):
        mouse_swipe(kiosk.window, qtbot, view, towards_left=True)
        wait_settled(qtbot, kiosk, index)
        assert leaks(kiosk) == {}, f"after swiping to panel {index + 1}"
    mouse_swipe(kiosk.window, qtbot, view, towards_left=False)
    wait_settled(qtbot, kiosk, 1)
    assert leaks(kiosk) == {}, "after swiping back to panel 2"
