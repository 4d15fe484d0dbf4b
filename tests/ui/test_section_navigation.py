"""Issue 18, item 6: labelled sections, a drag that snaps back, one short transition to a far panel;
driven with the touch device on the real window."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from kiosk_helpers import centre, next_frame, tap, wait_settled, write_content
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

SECTIONS = ["Vision", "Goal", "History", "Values", "Who we are"]


def section(number: int, title: str, short: str | None = None) -> str:
    short_line = f"short_title: {short}\n" if short else ""
    return f"---\nlayout: statement\ntitle: {title}\n{short_line}---\nPanel {number}.\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    files = {
        f"en/0{n}-{title.lower()}.md": section(n, f"Our {title.lower()}", title) for n, title in enumerate(SECTIONS, 1)
    }
    return write_content(tmp_path / "content", files)


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


def drag(kiosk, qtbot, device, distance: float, steps: int, held: float = 0, frames_between: int = 1) -> None:
    """A finger on the middle of the panel, moved `distance` px (negative: to the left) in `steps`, with
    `frames_between` drawn frames between moves, held still for `held` seconds, then lifted.

    The page follows the finger only once it has passed Qt's drag threshold: in 12 steps it moves
    about two steps less than the finger, so a drag "past a third" moves the finger 0.45 of the width.

    Holding still takes time, as it does for a visitor: the kiosk tells a flick from a finger at rest
    by how long ago it last moved."""
    window = kiosk.window
    start = centre(kiosk.item("panelView")).toPoint()
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, steps + 1):
        for _ in range(frames_between):
            next_frame(qtbot, window)
        QTest.touchEvent(window, device).move(0, start + QPoint(round(distance * step / steps), 0), window).commit()
    end = start + QPoint(round(distance), 0)
    still_since = time.monotonic()
    while time.monotonic() - still_since < held:
        next_frame(qtbot, window)
        QTest.touchEvent(window, device).stationary(0).commit()
    QTest.touchEvent(window, device).release(0, end, window).commit()


def page_x(kiosk, index: int) -> float:
    page, view = kiosk.item(f"panelPage{index}"), kiosk.item("panelView")
    return page.mapToScene(QPointF(0, 0)).x() - view.mapToScene(QPointF(0, 0)).x()


def test_a_slow_short_drag_held_still_then_released_snaps_back(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content)
    drag(kiosk, qtbot, touchscreen, -200, steps=10, held=0.25, frames_between=2)
    wait_settled(qtbot, kiosk)
    assert kiosk.controller.currentIndex == 0
    assert page_x(kiosk, 0) == pytest.approx(0, abs=1)


def test_a_slow_short_drag_back_snaps_back_too(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content)
    kiosk.controller.goTo(2)
    wait_settled(qtbot, kiosk, 2)
    drag(kiosk, qtbot, touchscreen, 200, steps=10, held=0.25, frames_between=2)
    wait_settled(qtbot, kiosk)
    assert kiosk.controller.currentIndex == 2
    assert page_x(kiosk, 2) == pytest.approx(0, abs=1)


def test_a_quick_flick_goes_to_the_next_panel(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content)
    drag(kiosk, qtbot, touchscreen, -150, steps=3)
    wait_settled(qtbot, kiosk, 1)


def test_a_slow_drag_past_a_third_of_the_width_goes_even_held_still(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content)
    width = kiosk.item("panelView").width()
    drag(kiosk, qtbot, touchscreen, -0.45 * width, steps=12, held=0.25, frames_between=2)
    wait_settled(qtbot, kiosk, 1)
    assert page_x(kiosk, 1) == pytest.approx(0, abs=1)


def test_each_section_is_labelled_with_its_short_title(show_kiosk, content) -> None:
    kiosk = show_kiosk(content)
    labels = [kiosk.item(f"pageLabel{n}").property("text") for n in range(len(SECTIONS))]
    assert labels == SECTIONS
    assert all(kiosk.item(f"pageLabel{n}").isVisible() for n in range(len(SECTIONS)))


def test_a_panel_without_a_short_title_is_labelled_with_its_title(show_kiosk, tmp_path) -> None:
    kiosk = show_kiosk(
        write_content(tmp_path / "content", {"en/01-a.md": section(1, "Vision"), "en/02-b.md": section(2, "Goal")})
    )
    assert [kiosk.item(f"pageLabel{n}").property("text") for n in range(2)] == ["Vision", "Goal"]


def test_tapping_a_far_section_is_one_short_transition(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content, size=(1280, 800))
    view = kiosk.item("panelView")
    width = view.width()
    positions: list[float] = []
    record = lambda: positions.append(abs(view.property("contentX")))  # noqa: E731
    kiosk.window.frameSwapped.connect(record)
    tap(kiosk.window, kiosk.item("pageDot4"))
    wait_settled(qtbot, kiosk, 4)
    next_frame(qtbot, kiosk.window)
    # Never a frame of the panels between: the view shows the first panel's neighbourhood, then the last's.
    between = [x for x in positions if 1.02 * width < x < 2.98 * width]
    assert not between, f"{len(between)} frames flew through the panels in between"
    kiosk.window.frameSwapped.disconnect(record)
    assert positions[-1] == pytest.approx(4 * width, abs=1)


def test_in_arabic_a_drag_to_the_right_goes_on_past_a_third_and_springs_back_short_of_it(
    show_kiosk, tmp_path, qtbot, touchscreen
) -> None:
    files = {f"ar/0{n}-{n}.md": section(n, f"اللوحة {n}") for n in range(1, 4)}
    kiosk = show_kiosk(write_content(tmp_path / "content", files))
    drag(kiosk, qtbot, touchscreen, 200, steps=10, held=0.25, frames_between=2)
    wait_settled(qtbot, kiosk)
    assert kiosk.controller.currentIndex == 0
    drag(kiosk, qtbot, touchscreen, 0.45 * kiosk.item("panelView").width(), steps=12, held=0.25, frames_between=2)
    wait_settled(qtbot, kiosk, 1)
    assert page_x(kiosk, 1) == pytest.approx(0, abs=1)
