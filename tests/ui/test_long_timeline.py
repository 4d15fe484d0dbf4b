"""A long timeline can be explored: one continuous axis in date order, a decade scrubber to jump
with, and the title kept in view while the events scroll."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from kiosk_helpers import centre, wait_settled, write_content
from panel_host import scene_rect
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from test_enlarge import touch_tap

from kiosk.ui.items import find_item, items
from kiosk.ui.window import KioskWindow

EVENT_COUNT = 40
DECADES = [1960, 1970, 1980, 1990, 2000, 2010, 2020]


def event_years() -> list[int]:
    """Forty years from 1961 to 2020, in order."""
    return [1961 + round(n * 59 / (EVENT_COUNT - 1)) for n in range(EVENT_COUNT)]


def forty_event_timeline(title: str = "Our history") -> str:
    """A timeline whose events the editor wrote in no particular order."""
    events = [
        f"## {year}-{n % 12 + 1:02d} - Event {year} {n}\nWhat happened that year, in a sentence or two.\n\n"
        for n, year in enumerate(event_years())
    ]
    random.Random(4).shuffle(events)
    return f"---\nlayout: timeline\ntitle: {title}\n---\nSixty years in forty moments.\n\n{''.join(events)}"


@pytest.fixture
def long_timeline(tmp_path: Path) -> Path:
    return write_content(
        tmp_path / "content",
        {"en/01-history.md": forty_event_timeline(), "fr/01-history.md": forty_event_timeline("Notre histoire")},
    )


@pytest.fixture
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice()


def timeline_of(kiosk: KioskWindow) -> QQuickItem:
    page = kiosk.current_page()
    assert page is not None
    found = find_item(page, "timelinePanel")
    assert found is not None
    return found


def decade_labels(kiosk: KioskWindow) -> list[str]:
    scrubber = find_item(timeline_of(kiosk), "decadeScrubber")
    assert scrubber is not None and scrubber.isVisible()
    return [item.property("text") for item in items(scrubber) if item.objectName() == "decadeLabel"]


def decade_button(kiosk: KioskWindow, decade: int) -> QQuickItem:
    found = find_item(timeline_of(kiosk), f"decade{decade}")
    assert found is not None
    return found


def events(kiosk: KioskWindow) -> list[QQuickItem]:
    timeline = timeline_of(kiosk)
    return [find_item(timeline, f"timelineEvent{index}") for index in range(EVENT_COUNT)]


def in_view(item: QQuickItem, kiosk: KioskWindow) -> bool:
    area = scene_rect(find_item(kiosk.current_page(), "panelScroller"))
    rect = scene_rect(item)
    return area.top() - 1 <= rect.top() and rect.top() + 20 <= area.bottom()


def test_the_scrubber_lists_the_decades_of_the_events(show_kiosk, long_timeline):
    kiosk = show_kiosk(long_timeline)

    assert decade_labels(kiosk) == [f"{decade}s" for decade in DECADES]
    assert decade_button(kiosk, 1960).property("current"), "at the top, the first decade is the one being read"


def test_the_decades_are_written_in_the_visitors_language(show_kiosk, long_timeline, qtbot):
    kiosk = show_kiosk(long_timeline)
    kiosk.controller.setLanguage("fr")
    wait_settled(qtbot, kiosk)

    assert decade_labels(kiosk) == [f"années {decade}" for decade in DECADES]


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)])
def test_tapping_a_decade_brings_its_first_event_into_view_in_one_movement(
    show_kiosk, long_timeline, qtbot, touchscreen, size
):
    kiosk = show_kiosk(long_timeline, size=size)
    scroller = find_item(kiosk.current_page(), "panelScroller")
    first_of_the_nineties = events(kiosk)[event_years().index(1990)]
    assert not in_view(first_of_the_nineties, kiosk)
    positions: list[float] = []
    scroller.contentYChanged.connect(lambda: positions.append(scroller.property("contentY")))

    touch_tap(kiosk, qtbot, touchscreen, centre(decade_button(kiosk, 1990)))

    area = scene_rect(scroller)
    qtbot.waitUntil(  # the 1990s start at the top
        lambda: area.top() <= scene_rect(first_of_the_nineties).top() <= area.top() + area.height() / 10, timeout=5000
    )
    assert positions == sorted(positions), "one movement down, never back"
    assert len(positions) > 2, "a transition, not a jump cut"
    assert decade_button(kiosk, 1990).property("current")
    assert not decade_button(kiosk, 1960).property("current")


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768), (1080, 1920)])
def test_the_title_stays_in_view_after_scrolling_to_the_end(show_kiosk, long_timeline, qtbot, size):
    kiosk = show_kiosk(long_timeline, size=size)
    scroller = find_item(kiosk.current_page(), "panelScroller")
    title = find_item(timeline_of(kiosk), "pinnedTitle")

    scroller.setProperty("contentY", scroller.property("contentHeight") - scroller.height())
    qtbot.waitUntil(lambda: scroller.property("atYEnd"))

    assert title.isVisible() and title.property("text") == "Our history"
    window = kiosk.window
    assert scene_rect(title).top() >= 0 and scene_rect(title).bottom() <= scene_rect(scroller).top()
    assert 0 < scene_rect(title).left() and scene_rect(title).right() < window.width()
    assert in_view(events(kiosk)[-1], kiosk)
    assert decade_button(kiosk, 2020).property("current") or decade_button(kiosk, 2010).property("current")


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (1080, 1920)])
def test_the_events_are_in_date_order_along_one_continuous_axis(show_kiosk, long_timeline, size):
    kiosk = show_kiosk(long_timeline, size=size)
    shown = events(kiosk)

    years = [int(find_item(event, "timelineDate").property("text")[-4:]) for event in shown]
    assert years == event_years(), "in date order, whatever the order the editor wrote them in"
    tops = [scene_rect(event).top() for event in shown]
    assert all(earlier < later for earlier, later in zip(tops, tops[1:], strict=False)), "one after the other"
    axes = [scene_rect(find_item(event, "timelineAxis")) for event in shown]
    assert len({round(axis.left()) for axis in axes}) == 1, "one line, never restarting on a new row"
    for upper, lower in zip(axes, axes[1:], strict=False):
        assert abs(upper.bottom() - lower.top()) <= 1, "the line runs on from each event to the next"


def test_a_short_timeline_keeps_its_row_and_needs_no_scrubber(show_kiosk, tmp_path):
    three = "".join(f"## {year} - Event {year}\nWhat happened.\n\n" for year in (1998, 2004, 2012))
    folder = write_content(
        tmp_path / "content", {"en/01-history.md": f"---\nlayout: timeline\n---\n# History\n\n{three}"}
    )
    kiosk = show_kiosk(folder, size=(1280, 800))
    timeline = timeline_of(kiosk)

    assert not find_item(timeline, "decadeScrubber").isVisible()
    assert not find_item(timeline, "pinnedTitle").isVisible()
    lefts = [scene_rect(find_item(timeline, f"timelineEvent{index}")).left() for index in range(3)]
    assert lefts == sorted(lefts) and lefts[0] < lefts[2], "side by side along a horizontal axis"


def test_a_three_event_history_that_scrolls_a_little_needs_no_scrubber(show_kiosk, tmp_path):
    three = "".join(
        f"## {year} - Event {year}\n{'What happened, told at length. ' * 12}\n\n" for year in (1998, 2004, 2012)
    )
    folder = write_content(
        tmp_path / "content", {"en/01-history.md": f"---\nlayout: timeline\n---\n# History\n\n{three}"}
    )
    kiosk = show_kiosk(folder, size=(1024, 768))
    timeline = timeline_of(kiosk)

    assert find_item(kiosk.current_page(), "panelScroller").property("scrollable"), "it must scroll for this test"
    assert not find_item(timeline, "decadeScrubber").isVisible()
