"""The attract screen (`[attract] screen`, on by default): full screen, the title and the call to action in every
language over the deck's pictures, cross-fading at each step; the first touch opens the deck on its first panel.
And what the kiosk forgets of a visitor when it returns to its attract loop."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from kiosk_helpers import ARABIC, ENGLISH, FRENCH, FakeClock, centre, next_frame, tap, wait_settled, write_content
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.loader import load_deck
from kiosk.ui.items import find_item

AUTOPLAY = 12.0
IDLE = 60.0
TIMINGS = f"[timings]\nautoplay = {AUTOPLAY:g}\nidle = {IDLE:g}\ntransition = 0.1\n"
PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="{}"/></svg>'
)


def timeline(title: str, events: int) -> str:
    """A timeline long enough to scroll at any size."""
    body = "\n".join(
        f"## {1950 + n} - Event {n}\n![A square](media/{'red' if n % 2 else 'blue'}.svg)\n\n"
        f"What happened in {1950 + n}, told in two sentences. It matters to the story.\n"
        for n in range(events)
    )
    return f"---\nlayout: timeline\ntitle: {title}\n---\nThe years.\n\n{body}"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(
        tmp_path / "content",
        {
            **ENGLISH,
            **FRENCH,
            "en/02-two.md": timeline("History", 14),
            "fr/02-two.md": timeline("Histoire", 14),
            "media/red.svg": PICTURE.format("#c03030"),
            "media/blue.svg": PICTURE.format("#3050c0"),
            "kiosk.toml": f'title = "Our organisation"\nlanguages = ["en", "fr"]\n\n{TIMINGS}',
        },
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


def touch_tap(window, device, point: QPoint) -> None:
    QTest.touchEvent(window, device).press(0, point, window).commit()
    QTest.touchEvent(window, device).release(0, point, window).commit()


def touch_drag_up(window, qtbot, device, item: QQuickItem, steps: int = 10) -> None:
    """A finger pushing the content up (scrolling down) by half the item's height."""
    middle = centre(item)
    start = QPoint(round(middle.x()), round(middle.y() + item.height() * 0.25))
    end = QPoint(start.x(), round(middle.y() - item.height() * 0.25))
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, steps + 1):
        next_frame(qtbot, window)
        QTest.touchEvent(window, device).move(0, start + (end - start) * step / steps, window).commit()
    QTest.touchEvent(window, device).release(0, end, window).commit()


def scroller_of(kiosk, index: int) -> QQuickItem:
    page = kiosk.item(f"panelPage{index}")
    assert page is not None, f"panel {index} is not built"
    return find_item(page, "panelScroller")


def test_the_attract_screen_covers_the_window_with_the_title_and_the_call_in_every_language(
    show_kiosk, content, clock, qtbot
) -> None:
    kiosk = show_kiosk(content, attract=True, clock=clock)
    kiosk.controller.start()
    screen = kiosk.item("attractScreen")
    qtbot.waitUntil(lambda: screen.property("covering"), timeout=3000)
    shown = screen.mapRectToScene(screen.boundingRect())
    assert shown.contains(QRectF(0, 0, kiosk.window.width(), kiosk.window.height()))
    assert not kiosk.item("shell").isVisible()  # nothing under it is drawn
    assert kiosk.item("attractTitle").property("text") == "Our organisation"
    calls = [kiosk.item(f"attractCall{n}") for n in range(2)]
    assert [call.property("text") for call in calls] == ["Touch to explore", "Touchez l’écran pour explorer"]
    headline = kiosk.theme.unit * 2
    assert all(call.property("font").pixelSize() >= headline for call in calls)
    assert not kiosk.item("attractHint").isVisible()  # the screen says it in full


def test_the_call_is_in_arabic_first_for_an_arabic_deck(show_kiosk, tmp_path, clock, qtbot) -> None:
    folder = write_content(tmp_path / "content", {**ARABIC, **ENGLISH, "kiosk.toml": 'languages = ["ar", "en"]\n'})
    kiosk = show_kiosk(folder, attract=True, clock=clock)
    kiosk.controller.start()
    qtbot.waitUntil(lambda: kiosk.item("attractScreen").property("covering"), timeout=3000)
    assert kiosk.item("attractCall0").property("text") == "المس الشاشة للاستكشاف"
    assert kiosk.item("attractCall1").property("text") == "Touch to explore"


def test_the_first_touch_opens_the_deck_on_its_first_panel_and_does_nothing_else(
    show_kiosk, content, clock, qtbot, touchscreen
) -> None:
    kiosk = show_kiosk(content, attract=True, clock=clock)
    kiosk.controller.start()
    clock.advance(AUTOPLAY * 3)  # the screen steps through its pictures; the deck stays on its first panel
    assert kiosk.controller.currentIndex == 0
    screen = kiosk.item("attractScreen")
    qtbot.waitUntil(lambda: screen.property("covering"), timeout=3000)

    touch_tap(kiosk.window, touchscreen, centre(kiosk.item("nextButton")).toPoint())  # where Next lies beneath
    next_frame(qtbot, kiosk.window)
    assert not kiosk.controller.attractMode
    assert kiosk.controller.currentIndex == 0
    qtbot.waitUntil(lambda: not screen.isVisible(), timeout=3000)
    assert kiosk.item("shell").isVisible()
    # Its window-sized pictures are let go while visitors use the deck.
    assert all(kiosk.item(name).property("source").isEmpty() for name in ("attractPictureA", "attractPictureB"))

    tap(kiosk.window, kiosk.item("nextButton"))  # from now on the deck answers
    wait_settled(qtbot, kiosk, 1)


def test_the_pictures_cross_fade_at_each_step_and_stand_still_between(show_kiosk, content, clock, qtbot) -> None:
    kiosk = show_kiosk(content, attract=True, clock=clock)
    assert len(kiosk.controller.attractPictures) == 2  # the deck's two pictures, each once
    kiosk.controller.start()
    screen = kiosk.item("attractScreen")
    layers = [kiosk.item("attractPictureA"), kiosk.item("attractPictureB")]

    def shown_picture() -> str:
        return next(layer.property("source").toString() for layer in layers if layer.opacity() == 1 and layer.z() == 1)

    qtbot.waitUntil(lambda: screen.property("covering") and not screen.property("fading"), timeout=3000)
    first = layers[0].property("source").toString()
    assert "red.svg" in first or "blue.svg" in first
    clock.advance(AUTOPLAY)
    qtbot.waitUntil(lambda: screen.property("fading"), timeout=3000)
    qtbot.waitUntil(lambda: not screen.property("fading"), timeout=5000)
    second = shown_picture()
    assert second != first
    # Covering the window, decoded at half its size: a quarter of the memory (docs/performance.md).
    picture = next(layer for layer in layers if layer.property("source").toString() == second)
    assert (picture.width(), picture.height()) == (kiosk.window.width(), kiosk.window.height())
    half = (math.ceil(kiosk.window.width() / 2), math.ceil(kiosk.window.height() / 2))
    assert (picture.implicitWidth(), picture.implicitHeight()) == half
    clock.advance(AUTOPLAY)
    qtbot.waitUntil(lambda: not screen.property("fading") and shown_picture() == first, timeout=5000)


@pytest.mark.parametrize("attract_screen", [True, False], ids=["attract screen", "panels playing"])
def test_returning_to_the_attract_loop_resets_scroll_language_and_panel(
    show_kiosk, content, clock, qtbot, touchscreen, attract_screen
) -> None:
    """A visitor scrolls the timeline and picks French; the next visitor finds the first panel, in English,
    every panel scrolled to the top."""
    deck = load_deck(content)
    deck = replace(deck, settings=replace(deck.settings, attract=replace(deck.settings.attract, screen=attract_screen)))
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    controller = kiosk.controller
    controller.start()
    touch_tap(kiosk.window, touchscreen, centre(kiosk.item("panelView")).toPoint())
    assert not controller.attractMode
    wait_settled(qtbot, kiosk, 0)  # as a visitor does, who taps Next once the first panel is there

    tap(kiosk.window, kiosk.item("nextButton"))
    wait_settled(qtbot, kiosk, 1)
    scroller = scroller_of(kiosk, 1)
    assert scroller.property("scrollable")
    touch_drag_up(kiosk.window, qtbot, touchscreen, scroller)
    qtbot.waitUntil(lambda: scroller.property("contentY") > 0 and not scroller.property("moving"), timeout=5000)
    tap(kiosk.window, kiosk.item("language_fr"))
    qtbot.waitUntil(lambda: controller.language == "fr", timeout=2000)
    wait_settled(qtbot, kiosk, 1)
    french = scroller_of(kiosk, 1)
    touch_drag_up(kiosk.window, qtbot, touchscreen, french)
    qtbot.waitUntil(lambda: french.property("contentY") > 0 and not french.property("moving"), timeout=5000)

    clock.advance(IDLE)
    assert controller.attractMode
    assert controller.language == "en"
    assert controller.currentIndex == 0
    if attract_screen:
        touch_tap(kiosk.window, touchscreen, centre(kiosk.item("panelView")).toPoint())
        assert not controller.attractMode
        wait_settled(qtbot, kiosk, 0)
        tap(kiosk.window, kiosk.item("nextButton"))
    else:
        clock.advance(AUTOPLAY)
    wait_settled(qtbot, kiosk, 1)
    assert controller.language == "en"
    assert scroller_of(kiosk, 1).property("contentY") == 0


@pytest.mark.parametrize("attract_screen", [True, False], ids=["attract screen", "panels playing"])
def test_returning_to_the_attract_loop_resets_the_scroll_of_a_visit_in_the_home_language(
    show_kiosk, content, clock, qtbot, touchscreen, attract_screen
) -> None:
    """No language change rebuilds the pages here: the return itself must."""
    deck = load_deck(content)
    deck = replace(deck, settings=replace(deck.settings, attract=replace(deck.settings.attract, screen=attract_screen)))
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    controller = kiosk.controller
    controller.start()
    touch_tap(kiosk.window, touchscreen, centre(kiosk.item("panelView")).toPoint())
    tap(kiosk.window, kiosk.item("nextButton"))
    wait_settled(qtbot, kiosk, 1)
    scroller = scroller_of(kiosk, 1)
    touch_drag_up(kiosk.window, qtbot, touchscreen, scroller)
    qtbot.waitUntil(lambda: scroller.property("contentY") > 0 and not scroller.property("moving"), timeout=5000)

    clock.advance(IDLE)
    assert controller.attractMode and controller.currentIndex == 0
    if attract_screen:
        touch_tap(kiosk.window, touchscreen, centre(kiosk.item("panelView")).toPoint())
        tap(kiosk.window, kiosk.item("nextButton"))
    else:
        clock.advance(AUTOPLAY)
    wait_settled(qtbot, kiosk, 1)
    assert scroller_of(kiosk, 1).property("contentY") == 0
