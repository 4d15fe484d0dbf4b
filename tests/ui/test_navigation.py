"""A visitor moving through the panels with real input: swipes, taps and keys on the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, centre, mouse_swipe, next_frame, tap, touch_swipe, wait_settled, write_content
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest

from kiosk.content.loader import load_deck
from kiosk.ui.window import build_kiosk


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", ENGLISH)


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


def page_x(kiosk, index: int) -> float:
    """Where panel `index` is on screen, relative to the panel view."""
    page = kiosk.item(f"panelPage{index}")
    view = kiosk.item("panelView")
    return page.mapToScene(QPointF(0, 0)).x() - view.mapToScene(QPointF(0, 0)).x()


def test_a_mouse_drag_to_the_left_shows_the_next_panel_and_back(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    view = kiosk.item("panelView")

    mouse_swipe(kiosk.window, qtbot, view, towards_left=True)
    wait_settled(qtbot, kiosk, 1)
    assert page_x(kiosk, 1) == pytest.approx(0, abs=1)

    mouse_swipe(kiosk.window, qtbot, view, towards_left=False)
    wait_settled(qtbot, kiosk, 0)
    assert page_x(kiosk, 0) == pytest.approx(0, abs=1)


def test_the_page_follows_the_finger_before_it_settles(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    view = kiosk.item("panelView")
    start = centre(view).toPoint()
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 9):
        next_frame(qtbot, kiosk.window)
        QTest.mouseMove(kiosk.window, start - QPointF(step * 20, 0).toPoint())
    assert page_x(kiosk, 0) < -50  # dragged along with the finger, not yet switched
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start - QPointF(160, 0).toPoint()
    )
    wait_settled(qtbot, kiosk)
    assert page_x(kiosk, kiosk.controller.currentIndex) == pytest.approx(0, abs=1)


def test_a_touch_swipe_shows_the_next_panel(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content)
    view = kiosk.item("panelView")

    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=True)
    wait_settled(qtbot, kiosk, 1)
    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=True)
    wait_settled(qtbot, kiosk, 2)
    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=False)
    wait_settled(qtbot, kiosk, 1)


def test_a_swipe_past_the_last_panel_stays_on_it(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content)
    kiosk.controller.last()
    wait_settled(qtbot, kiosk, 3)
    touch_swipe(kiosk.window, qtbot, touchscreen, kiosk.item("panelView"), towards_left=True)
    wait_settled(qtbot, kiosk)
    assert kiosk.controller.currentIndex == 3
    assert page_x(kiosk, 3) == pytest.approx(0, abs=1)


def test_tapping_next_and_previous(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    next_button, previous_button = kiosk.item("nextButton"), kiosk.item("previousButton")
    assert not previous_button.isEnabled()

    tap(kiosk.window, next_button)
    wait_settled(qtbot, kiosk, 1)
    tap(kiosk.window, next_button)
    wait_settled(qtbot, kiosk, 2)
    tap(kiosk.window, previous_button)
    wait_settled(qtbot, kiosk, 1)
    assert page_x(kiosk, 1) == pytest.approx(0, abs=1)


def test_next_is_disabled_on_the_last_panel(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    kiosk.controller.last()
    wait_settled(qtbot, kiosk, 3)
    assert not kiosk.item("nextButton").isEnabled()
    tap(kiosk.window, kiosk.item("nextButton"))
    next_frame(qtbot, kiosk.window)
    assert kiosk.controller.currentIndex == 3


def test_buttons_and_dots_are_finger_sized(show_kiosk, content) -> None:
    kiosk = show_kiosk(content)
    finger = kiosk.theme.property("minimumTarget")  # 9 mm on this screen (tests/ui/test_reach.py covers every control)
    for name in ("nextButton", "previousButton", "pageDot0", "pageDot3"):
        item = kiosk.item(name)
        assert min(item.width(), item.height()) >= finger, name


def test_tapping_a_page_dot_jumps_to_its_panel(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    tap(kiosk.window, kiosk.item("pageDot3"))
    wait_settled(qtbot, kiosk, 3)
    assert page_x(kiosk, 3) == pytest.approx(0, abs=1)
    tap(kiosk.window, kiosk.item("pageDot1"))
    wait_settled(qtbot, kiosk, 1)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([Qt.Key.Key_Right], 1),
        ([Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left], 1),
        ([Qt.Key.Key_PageDown, Qt.Key.Key_PageDown], 2),
        ([Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp], 1),
        ([Qt.Key.Key_Space], 1),
        ([Qt.Key.Key_End], 3),
        ([Qt.Key.Key_End, Qt.Key.Key_Home], 0),
        ([Qt.Key.Key_3], 2),
        ([Qt.Key.Key_9], 3),
        ([Qt.Key.Key_Left], 0),
    ],
)
def test_keys_move_between_panels(show_kiosk, content, qtbot, keys, expected) -> None:
    kiosk = show_kiosk(content)
    for key in keys:
        QTest.keyClick(kiosk.window, key)
    wait_settled(qtbot, kiosk, expected)
    assert page_x(kiosk, expected) == pytest.approx(0, abs=1)


def test_a_held_key_moves_one_panel_only(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    QTest.keyPress(kiosk.window, Qt.Key.Key_Right)
    for _ in range(3):  # what the keyboard sends while the key stays down
        repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, "", True)
        QGuiApplication.sendEvent(kiosk.window, repeat)
    QTest.keyRelease(kiosk.window, Qt.Key.Key_Right)
    wait_settled(qtbot, kiosk)
    assert kiosk.controller.currentIndex == 1


def test_the_page_indicator_follows_the_current_panel(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    QTest.keyClick(kiosk.window, Qt.Key.Key_End)
    wait_settled(qtbot, kiosk, 3)
    assert kiosk.item("pageDot3").property("current")
    assert not kiosk.item("pageDot0").property("current")


def built_pages(kiosk) -> list[str]:
    return [item.objectName() for item in kiosk.items() if item.objectName().startswith("panelPage")]


def test_start_up_builds_only_the_first_page_of_a_long_deck(tmp_path, qtbot) -> None:
    """Building every page, or even the next one, before the first frame would delay the first panel."""
    files = {f"en/{n:02d}-panel.md": f"# Panel {n}\n\nText {n}.\n" for n in range(1, 21)}
    kiosk = build_kiosk(load_deck(write_content(tmp_path / "content", files)), size=(1920, 1080), attract=False)
    try:
        assert built_pages(kiosk) == ["panelPage0"]
    finally:
        kiosk.close()


def test_once_shown_the_next_page_is_ready_before_a_swipe(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    qtbot.waitUntil(lambda: "panelPage1" in built_pages(kiosk), timeout=5000)
    assert kiosk.item("panelPage1").width() == kiosk.item("panelView").width()
