"""Presenter mode on the running kiosk: a clicker's keys, a number then Enter, a covered screen, long panels."""

from __future__ import annotations

from pathlib import Path

from kiosk_helpers import ENGLISH, FakeClock, next_frame, wait_settled, with_timings, write_content
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.content.loader import load_deck
from kiosk.ui.items import find_item

SIX = {
    **ENGLISH,
    "en/05-five.md": "---\nlayout: statement\ntitle: Five\n---\nPanel five.\n",
    "en/06-six.md": "---\nlayout: statement\ntitle: Six\n---\nPanel six.\n",
}
HISTORY = "".join(
    f"## {1990 + n} - Event {n}\nWhat happened in year {n}, told in a sentence or two.\n\n" for n in range(16)
)


def key(kiosk, which: Qt.Key) -> None:
    QTest.keyClick(kiosk.window, which)


def presenting(show_kiosk, tmp_path: Path, files: dict[str, str], **options):
    return show_kiosk(write_content(tmp_path / "content", files), presenter=True, **options)


def test_clicker_keys_move_through_the_talk(show_kiosk, tmp_path, qtbot):
    kiosk = presenting(show_kiosk, tmp_path, SIX)
    controller = kiosk.controller
    for which, expected in [
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_Space, 3),
        (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_PageUp, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_Up, 1),
        (Qt.Key.Key_End, 5),
        (Qt.Key.Key_Home, 0),
    ]:
        key(kiosk, which)
        assert controller.currentIndex == expected, which


def test_a_number_then_enter_jumps_to_that_panel(show_kiosk, tmp_path):
    kiosk = presenting(show_kiosk, tmp_path, SIX)
    key(kiosk, Qt.Key.Key_5)
    assert kiosk.controller.currentIndex == 0 and kiosk.presenter.typedNumber == "5"
    key(kiosk, Qt.Key.Key_Return)
    assert kiosk.controller.currentIndex == 4 and kiosk.presenter.typedNumber == ""
    key(kiosk, Qt.Key.Key_3)
    key(kiosk, Qt.Key.Key_Enter)
    assert kiosk.controller.currentIndex == 2


def test_b_blacks_the_screen_and_any_key_brings_it_back_without_moving(show_kiosk, tmp_path, qtbot):
    kiosk = presenting(show_kiosk, tmp_path, SIX)
    cover = find_item(kiosk.window.contentItem(), "screenCover")
    assert cover is not None and not cover.isVisible()
    key(kiosk, Qt.Key.Key_B)
    qtbot.waitUntil(cover.isVisible)
    assert cover.property("color").name() == "#000000"
    next_frame(qtbot, kiosk.window)
    assert kiosk.window.grabWindow().pixelColor(640, 400).name() == "#000000"
    key(kiosk, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: not cover.isVisible())
    assert kiosk.controller.currentIndex == 0, "the key that uncovers the screen does nothing else"


def test_period_blacks_and_w_whites_the_screen(show_kiosk, tmp_path, qtbot):
    kiosk = presenting(show_kiosk, tmp_path, SIX)
    cover = find_item(kiosk.window.contentItem(), "screenCover")
    key(kiosk, Qt.Key.Key_Period)
    qtbot.waitUntil(cover.isVisible)
    key(kiosk, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not cover.isVisible())
    key(kiosk, Qt.Key.Key_W)
    qtbot.waitUntil(cover.isVisible)
    assert cover.property("color").name() == "#ffffff"
    next_frame(qtbot, kiosk.window)
    assert kiosk.window.grabWindow().pixelColor(640, 400).name() == "#ffffff"


def test_a_long_timeline_is_walked_through_before_the_next_panel_and_back(show_kiosk, tmp_path, qtbot):
    files = {
        "en/01-one.md": "# One\n\nFirst.\n",
        "en/02-history.md": f"---\nlayout: timeline\n---\n# History\n\n{HISTORY}",
        "en/03-three.md": "# Three\n\nLast.\n",
    }
    kiosk = presenting(show_kiosk, tmp_path, files)
    controller, presenter = kiosk.controller, kiosk.presenter
    key(kiosk, Qt.Key.Key_PageDown)
    wait_settled(qtbot, kiosk, 1)
    page = kiosk.current_page()
    qtbot.waitUntil(lambda: page.property("stopCount") > 1)
    stops = page.property("stopCount")
    scroller = find_item(page, "panelScroller")
    positions = find_item(page, "timelinePanel").property("stops").toVariant()
    assert scroller.property("contentY") == 0 and positions == sorted(positions)
    for stop in range(1, stops):
        key(kiosk, Qt.Key.Key_PageDown)
        assert (controller.currentIndex, presenter.stop) == (1, stop)
        qtbot.waitUntil(lambda stop=stop: abs(scroller.property("contentY") - positions[stop]) < 1)
    last_event = find_item(page, "timelineEvent15")
    bottom = last_event.mapToItem(scroller, 0, last_event.height()).y()
    assert bottom <= scroller.height() + 1, "the last stop shows the last event"
    key(kiosk, Qt.Key.Key_PageDown)
    assert (controller.currentIndex, presenter.stop) == (2, 0)
    wait_settled(qtbot, kiosk, 2)
    key(kiosk, Qt.Key.Key_PageUp)
    assert (controller.currentIndex, presenter.stop) == (1, stops - 1), "back into the timeline at its end"
    for stop in range(stops - 2, -1, -1):
        key(kiosk, Qt.Key.Key_PageUp)
        assert (controller.currentIndex, presenter.stop) == (1, stop)
    key(kiosk, Qt.Key.Key_PageUp)
    assert controller.currentIndex == 0


def test_a_panel_that_fits_takes_one_press(show_kiosk, tmp_path):
    kiosk = presenting(show_kiosk, tmp_path, SIX)
    assert kiosk.current_page().property("stopCount") == 1
    key(kiosk, Qt.Key.Key_PageDown)
    assert kiosk.controller.currentIndex == 1


def test_no_attract_loop_and_no_idle_return_in_presenter_mode(show_kiosk, tmp_path, qtbot):
    clock = FakeClock()
    deck = with_timings(load_deck(write_content(tmp_path / "content", SIX)), autoplay=5, idle=10)
    kiosk = show_kiosk(deck, presenter=True, attract=True, clock=clock)
    kiosk.controller.start()
    assert not kiosk.controller.attractMode
    key(kiosk, Qt.Key.Key_End)
    clock.advance(3600)
    next_frame(qtbot, kiosk.window)
    assert kiosk.controller.currentIndex == 5 and not kiosk.controller.attractMode


def test_the_visitors_kiosk_keeps_its_own_keys(show_kiosk, tmp_path):
    """Without presenter mode, 3 jumps at once and B does nothing: the presenter's keys are the presenter's."""
    kiosk = show_kiosk(write_content(tmp_path / "content", SIX))
    assert kiosk.presenter is None
    key(kiosk, Qt.Key.Key_3)
    assert kiosk.controller.currentIndex == 2
    key(kiosk, Qt.Key.Key_B)
    cover = find_item(kiosk.window.contentItem(), "screenCover")
    assert not cover.isVisible()


def test_the_pointer_hides_when_still_and_shows_when_moved(show_kiosk, tmp_path, qtbot):
    clock = FakeClock()
    kiosk = presenting(show_kiosk, tmp_path, SIX, clock=clock)
    window = kiosk.window
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    QTest.mouseMove(window, window.contentItem().mapToScene(window.contentItem().boundingRect().center()).toPoint())
    qtbot.waitUntil(lambda: window.cursor().shape() == Qt.CursorShape.ArrowCursor)
    clock.advance(1.9)
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    clock.advance(0.2)
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
