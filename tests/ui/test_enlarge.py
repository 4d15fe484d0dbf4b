"""Tap to enlarge: a panel's picture, a timeline event or a card opens over the whole screen, with its
caption and credit; a tap, a swipe down, the attract loop or a change of panel closes it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from kiosk_helpers import FakeClock, centre, next_frame, wait_settled, write_content
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from test_link_codes import link_point

from kiosk.content.loader import load_deck
from kiosk.content.model import Timings
from kiosk.ui.items import find_item
from kiosk.ui.items import items as _descendants
from kiosk.ui.window import KioskWindow

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200"/></svg>\n'
CONTENT = {
    "en/01-vision.md": """
    ---
    layout: statement
    title: Our vision
    image: media/hills.svg
    image_alt: Hills at dawn
    image_caption: Dawn over the hills of Kivu
    image_credit: "Photo: Jane Doe"
    ---
    A world where children are not used in war.
    """,
    "en/02-history.md": """
    ---
    layout: timeline
    title: Our history
    ---
    ## 1961-05 - A first step
    ![Rings](media/hills.svg "The founders meet | Photo: John Roe")

    The first meeting.

    ## 1998 - Founded
    The coalition is formed.
    """,
    "en/03-values.md": """
    ---
    layout: cards
    title: Our values
    ---
    ## Respect
    ![A heart](media/hills.svg)

    We respect every person, as [our charter](https://example.org/charter) says.
    """,
    "en/04-school.md": """
    ---
    layout: photo
    title: Back at school
    image: media/hills.svg
    image_alt: Girls in a classroom
    image_caption: Amani, back at school
    image_credit: "© Jane Doe"
    ---
    Three years later.
    """,
    "media/hills.svg": SVG,
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", CONTENT)


@pytest.fixture
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice()


def viewer(kiosk: KioskWindow) -> QQuickItem:
    found = kiosk.item("pictureViewer")
    assert found is not None
    return found


def shown_text(kiosk: KioskWindow, name: str) -> str:
    found = find_item(viewer(kiosk), name)
    assert found is not None
    return found.property("text")


def touch_tap(kiosk: KioskWindow, qtbot, device: QPointingDevice, point: QPointF) -> None:
    window = kiosk.window
    QTest.touchEvent(window, device).press(0, point.toPoint(), window).commit()
    next_frame(qtbot, window)
    QTest.touchEvent(window, device).release(0, point.toPoint(), window).commit()


def touch_drag(kiosk: KioskWindow, qtbot, device: QPointingDevice, start: QPoint, end: QPoint) -> None:
    window = kiosk.window
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, 9):
        next_frame(qtbot, window)
        QTest.touchEvent(window, device).move(0, start + (end - start) * step / 8, window).commit()
    QTest.touchEvent(window, device).release(0, end, window).commit()


def on_page(kiosk: KioskWindow, qtbot, index: int, name: str) -> QQuickItem:
    kiosk.controller.goTo(index)
    wait_settled(qtbot, kiosk, index)
    page = kiosk.current_page()
    assert page is not None
    qtbot.waitUntil(lambda: find_item(page, name) is not None)
    return find_item(page, name)


def open_statement_picture(kiosk: KioskWindow, qtbot, device: QPointingDevice) -> None:
    picture = on_page(kiosk, qtbot, 0, "kioskImage")
    touch_tap(kiosk, qtbot, device, centre(picture))
    qtbot.waitUntil(lambda: viewer(kiosk).property("open"))


def test_tapping_a_statement_picture_opens_it_with_its_caption_and_credit(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    assert not viewer(kiosk).property("open")

    open_statement_picture(kiosk, qtbot, touchscreen)

    assert viewer(kiosk).property("visible")
    assert shown_text(kiosk, "enlargedCaption") == "Dawn over the hills of Kivu"
    assert shown_text(kiosk, "enlargedCredit") == "Photo: Jane Doe"
    enlarged = find_item(viewer(kiosk), "enlargedPicture")
    assert enlarged.width() > kiosk.window.width() * 0.5


def test_tapping_a_timeline_event_opens_its_detail_with_the_date_written_for_people(
    show_kiosk, content, qtbot, touchscreen
):
    kiosk = show_kiosk(content)
    event = on_page(kiosk, qtbot, 1, "timelineEvent0")

    touch_tap(kiosk, qtbot, touchscreen, centre(event))

    qtbot.waitUntil(lambda: viewer(kiosk).property("open"))
    assert shown_text(kiosk, "enlargedEyebrow") == "May 1961"
    assert shown_text(kiosk, "enlargedTitle") == "A first step"
    assert shown_text(kiosk, "enlargedCaption") == "The founders meet"
    assert shown_text(kiosk, "enlargedCredit") == "Photo: John Roe"


def test_tapping_a_card_opens_it(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    card = on_page(kiosk, qtbot, 2, "card0")
    name = find_item(card, "cardName")

    touch_tap(kiosk, qtbot, touchscreen, centre(name))

    qtbot.waitUntil(lambda: viewer(kiosk).property("open"))
    assert shown_text(kiosk, "enlargedTitle") == "Respect"


def test_tapping_a_link_in_a_card_points_at_its_code_and_opens_nothing(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    card = on_page(kiosk, qtbot, 2, "card0")
    body = next(item for item in _descendants(card) if "charter" in str(item.property("html") or ""))
    code = find_item(kiosk.current_page(), "linkCode0")

    touch_tap(kiosk, qtbot, touchscreen, link_point(body, "https://example.org/charter"))

    qtbot.waitUntil(lambda: code.property("glow") > 0.5, timeout=2000)
    assert not viewer(kiosk).property("open")


def test_tapping_a_photo_panel_opens_the_whole_photo(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    photo = on_page(kiosk, qtbot, 3, "photo")

    touch_tap(kiosk, qtbot, touchscreen, photo.mapToScene(QPointF(photo.width() / 2, photo.height() * 0.25)))

    qtbot.waitUntil(lambda: viewer(kiosk).property("open"))
    assert shown_text(kiosk, "enlargedCaption") == "Amani, back at school"
    assert shown_text(kiosk, "enlargedCredit") == "© Jane Doe"


def test_a_tap_closes_the_viewer(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    open_statement_picture(kiosk, qtbot, touchscreen)

    touch_tap(kiosk, qtbot, touchscreen, centre(viewer(kiosk)))

    qtbot.waitUntil(lambda: not viewer(kiosk).property("open"))
    assert kiosk.controller.currentIndex == 0


def test_a_swipe_down_closes_the_viewer(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    open_statement_picture(kiosk, qtbot, touchscreen)
    middle = centre(viewer(kiosk)).toPoint()

    touch_drag(kiosk, qtbot, touchscreen, middle - QPoint(0, 150), middle + QPoint(0, 150))

    qtbot.waitUntil(lambda: not viewer(kiosk).property("open"))


def test_a_sideways_swipe_over_the_viewer_neither_closes_it_nor_turns_the_panel(
    show_kiosk, content, qtbot, touchscreen
):
    kiosk = show_kiosk(content)
    open_statement_picture(kiosk, qtbot, touchscreen)
    middle = centre(viewer(kiosk)).toPoint()

    touch_drag(kiosk, qtbot, touchscreen, middle + QPoint(300, 0), middle - QPoint(300, 0))
    next_frame(qtbot, kiosk.window)

    assert viewer(kiosk).property("open")
    assert kiosk.controller.currentIndex == 0


def test_the_viewer_closes_when_the_kiosk_goes_back_to_its_attract_loop(content, show_kiosk, qtbot, touchscreen):
    clock = FakeClock()
    deck = load_deck(content)
    deck = replace(deck, settings=replace(deck.settings, timings=Timings(autoplay_seconds=10, idle_seconds=30)))
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    kiosk.controller.userInput()
    open_statement_picture(kiosk, qtbot, touchscreen)

    clock.advance(29)
    next_frame(qtbot, kiosk.window)
    assert viewer(kiosk).property("open")
    clock.advance(1)

    assert kiosk.controller.attractMode
    qtbot.waitUntil(lambda: not viewer(kiosk).property("open"))


def test_the_viewer_closes_when_a_key_turns_the_panel(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content)
    open_statement_picture(kiosk, qtbot, touchscreen)

    kiosk.controller.next()

    qtbot.waitUntil(lambda: not viewer(kiosk).property("open"))


def test_opening_and_closing_the_viewer_leaves_no_qml_warning(show_kiosk, content, qtbot, touchscreen):
    kiosk = show_kiosk(content, size=(1080, 1920))
    for index, name in enumerate(["kioskImage", "timelineEvent0", "card0", "photo"]):
        item = on_page(kiosk, qtbot, index, name)
        touch_tap(kiosk, qtbot, touchscreen, item.mapToScene(QPointF(item.width() / 2, min(40, item.height() / 2))))
        qtbot.waitUntil(lambda: viewer(kiosk).property("open"))
        next_frame(qtbot, kiosk.window)
        touch_tap(kiosk, qtbot, touchscreen, centre(viewer(kiosk)))
        qtbot.waitUntil(lambda: not viewer(kiosk).property("open"))

    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)])
def test_an_opened_event_lies_whole_within_the_screen(show_kiosk, content, qtbot, touchscreen, size):
    kiosk = show_kiosk(content, size=size)
    event = on_page(kiosk, qtbot, 1, "timelineEvent0")
    touch_tap(kiosk, qtbot, touchscreen, event.mapToScene(QPointF(event.width() / 2, 20)))
    qtbot.waitUntil(lambda: viewer(kiosk).property("open"))

    for name in ("enlargedPicture", "enlargedEyebrow", "enlargedTitle", "enlargedCaption", "enlargedCredit"):
        item = find_item(viewer(kiosk), name)
        corner = item.mapToScene(QPointF(item.width(), item.height()))
        origin = item.mapToScene(QPointF(0, 0))
        assert origin.x() >= 0 and origin.y() >= 0, name
        assert corner.x() <= size[0] and corner.y() <= size[1], name
