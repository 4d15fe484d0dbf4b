"""The attract loop playing the panels (`[attract] screen = false`): autoplay when nobody is there, always
forward, stopped by the first touch, which acts on what it touched; resume when idle.

The attract screen (the default) is tested in test_attract_screen.py."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from kiosk_helpers import (
    ARABIC,
    ENGLISH,
    FRENCH,
    FakeClock,
    tap,
    touch_swipe,
    wait_settled,
    with_timings,
    write_content,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.controller import KioskController, attract_hint
from kiosk.ui.theme import Theme

AUTOPLAY = 12.0
IDLE = 60.0


@pytest.fixture
def deck(tmp_path: Path) -> Deck:
    folder = write_content(
        tmp_path / "content",
        {**ENGLISH, **FRENCH, "kiosk.toml": 'languages = ["en", "fr"]\n\n[attract]\nscreen = false\n'},
    )
    return with_timings(load_deck(folder), AUTOPLAY, IDLE)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(deck: Deck, clock: FakeClock, qapp) -> KioskController:
    return KioskController(deck, Theme(), clock=clock)


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


def test_at_start_the_panels_advance_by_themselves_and_loop(controller, clock) -> None:
    controller.start()
    assert controller.attractMode
    seen = [controller.currentIndex]
    for _ in range(5):
        clock.advance(AUTOPLAY)
        seen.append(controller.currentIndex)
    assert seen == [0, 1, 2, 3, 0, 1]


def test_nothing_advances_before_autoplay_seconds(controller, clock) -> None:
    controller.start()
    clock.advance(AUTOPLAY - 0.1)
    assert controller.currentIndex == 0


def test_the_first_input_stops_the_loop_and_is_not_swallowed(controller, clock) -> None:
    controller.start()
    clock.advance(AUTOPLAY)
    assert controller.userInput() is False
    assert not controller.attractMode
    assert controller.currentIndex == 1
    clock.advance(AUTOPLAY * 3)
    assert controller.currentIndex == 1


def test_after_idle_seconds_it_resumes_in_the_default_language_on_the_first_panel(controller, clock) -> None:
    controller.start()
    controller.userInput()
    controller.setLanguage("fr")
    controller.goTo(2)
    clock.advance(IDLE - 1)
    assert not controller.attractMode
    assert controller.userInput() is False  # any input restarts the countdown
    clock.advance(IDLE - 1)
    assert not controller.attractMode
    clock.advance(1)
    assert controller.attractMode
    assert controller.language == "en"
    assert controller.currentIndex == 0


def test_only_the_idle_timer_runs_during_a_visit(controller, clock) -> None:
    controller.start()
    assert clock.active_timers == 1  # autoplay
    controller.userInput()
    assert clock.active_timers == 1  # idle
    controller.stop()
    assert clock.active_timers == 0


def test_attract_mode_change_is_signalled(controller, clock, qtbot) -> None:
    with qtbot.waitSignal(controller.attractModeChanged, timeout=100):
        controller.start()
    with qtbot.waitSignal(controller.attractModeChanged, timeout=100):
        controller.userInput()


def test_with_the_attract_loop_off_no_input_is_swallowed(deck, clock, qapp) -> None:
    controller = KioskController(deck, Theme(), clock=clock, attract=False)
    controller.start()
    assert not controller.attractMode
    assert controller.userInput() is False
    assert clock.active_timers == 0


def test_the_home_language_is_where_the_loop_returns(deck, clock, qapp) -> None:
    controller = KioskController(deck, Theme(), home_language="fr", clock=clock)
    controller.start()
    controller.userInput()
    controller.setLanguage("en")
    clock.advance(IDLE)
    assert controller.language == "fr"


def test_an_unknown_home_language_is_logged_once_however_often_the_loop_returns(deck, clock, qapp, caplog) -> None:
    """`kiosk run --lang xx` on a deck without xx: one warning, not one more at every return all day."""
    with caplog.at_level(logging.WARNING):
        controller = KioskController(deck, Theme(), home_language="xx", clock=clock)
        controller.start()
        for _ in range(3):
            controller.userInput()
            controller.setLanguage("fr")
            clock.advance(IDLE)
            assert controller.attractMode and controller.language == "en"
    warnings = [record.getMessage() for record in caplog.records if "'xx'" in record.getMessage()]
    assert warnings == ["the content has no language 'xx'; it has: en, fr; starting in en instead"]


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        ("en", "Touch to explore"),
        ("fr", "Touchez l’écran pour explorer"),
        ("ar", "المس الشاشة للاستكشاف"),
        ("fr-CA", "Touchez l’écran pour explorer"),
        ("xx", "Touch to explore"),
    ],
)
def test_the_hint_is_translated(code, hint) -> None:
    assert attract_hint(code) == hint


def test_the_hint_lists_the_visiting_language_first(controller) -> None:
    controller.setLanguage("fr")
    assert controller.hints == ["Touchez l’écran pour explorer", "Touch to explore"]


# -- on the real window, with a fake clock or short real timings -----------------------


def test_a_swipe_during_the_loop_swipes_and_stops_it(show_kiosk, deck, clock, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    kiosk.controller.start()
    clock.advance(AUTOPLAY)
    wait_settled(qtbot, kiosk, 1)
    hint = kiosk.item("attractHint")
    assert hint.isVisible()

    touch_swipe(kiosk.window, qtbot, touchscreen, kiosk.item("panelView"), towards_left=True)
    wait_settled(qtbot, kiosk, 2)
    assert not kiosk.controller.attractMode
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=2000)
    clock.advance(AUTOPLAY * 2)
    assert kiosk.controller.currentIndex == 2


def test_a_tap_on_next_during_the_loop_goes_next_and_stops_it(show_kiosk, deck, clock, qtbot) -> None:
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    kiosk.controller.start()
    tap(kiosk.window, kiosk.item("nextButton"))
    wait_settled(qtbot, kiosk, 1)
    assert not kiosk.controller.attractMode
    clock.advance(AUTOPLAY * 2)
    assert kiosk.controller.currentIndex == 1


def test_a_key_during_the_loop_acts_and_stops_it(show_kiosk, deck, clock, qtbot) -> None:
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    kiosk.controller.start()
    QTest.keyClick(kiosk.window, Qt.Key.Key_PageDown)
    wait_settled(qtbot, kiosk, 1)
    assert not kiosk.controller.attractMode


def test_the_hint_pulses_once_per_panel_and_stands_still_between(show_kiosk, deck, clock, qtbot) -> None:
    """An endless pulse made the window draw 60 frames a second all day (issue 19): one pulse per step now."""
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    kiosk.controller.start()
    hint = kiosk.item("attractHint")
    qtbot.waitUntil(lambda: hint.isVisible() and not hint.property("pulsing"), timeout=3000)
    clock.advance(AUTOPLAY)
    assert hint.property("pulsing")
    qtbot.waitUntil(lambda: not hint.property("pulsing"), timeout=3000)
    wait_settled(qtbot, kiosk, 1)


def test_the_loop_wraps_from_the_last_panel_with_a_cross_fade_not_a_rewind(show_kiosk, deck, clock, qtbot) -> None:
    """The view fades, jumps to the first panel and fades back in: it never scrolls back through the deck."""
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    kiosk.controller.start()
    clock.advance(AUTOPLAY * 3)
    wait_settled(qtbot, kiosk, 3)
    view = kiosk.item("panelView")
    positions: list[float] = []
    kiosk.window.frameSwapped.connect(lambda: positions.append(view.property("contentX")))
    clock.advance(AUTOPLAY)
    wait_settled(qtbot, kiosk, 0)
    qtbot.waitUntil(lambda: view.opacity() == 1, timeout=3000)
    last, first = 3 * view.width(), 0.0
    assert set(positions) <= {last, first}, sorted(set(positions))


def test_the_real_loop_advances_wakes_and_resumes_with_short_timings(show_kiosk, deck, qtbot) -> None:
    kiosk = show_kiosk(with_timings(deck, autoplay=0.25, idle=0.6), attract=True)
    controller = kiosk.controller
    controller.start()
    qtbot.waitUntil(lambda: controller.currentIndex == 3, timeout=3000)
    qtbot.waitUntil(lambda: controller.currentIndex == 0, timeout=3000)  # looped

    tap(kiosk.window, kiosk.item("panelView"))
    assert not controller.attractMode
    tap(kiosk.window, kiosk.item("language_fr"))
    qtbot.waitUntil(lambda: controller.language == "fr", timeout=1000)
    QTest.keyClick(kiosk.window, Qt.Key.Key_End)
    wait_settled(qtbot, kiosk, 3)

    with qtbot.waitSignal(controller.attractModeChanged, timeout=3000):
        pass
    assert controller.attractMode
    assert controller.language == "en"
    wait_settled(qtbot, kiosk, 0)
    qtbot.waitUntil(lambda: kiosk.item("attractHint").isVisible(), timeout=2000)
    assert kiosk.item("attractHintText").property("text") == "Touch to explore"


def test_the_hint_is_shown_in_arabic_for_an_arabic_deck(show_kiosk, tmp_path, clock) -> None:
    folder = write_content(tmp_path / "content", ARABIC)
    kiosk = show_kiosk(folder, attract=True, clock=clock)
    kiosk.controller.start()
    assert kiosk.item("attractHintText").property("text") == "المس الشاشة للاستكشاف"


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920), (3840, 2160)], ids=["1280x800", "portrait", "4K"])
def test_the_hint_sits_in_the_footer_and_never_covers_a_panel(show_kiosk, deck, clock, qtbot, size) -> None:
    kiosk = show_kiosk(deck, attract=True, clock=clock, size=size)
    kiosk.controller.start()
    hint, footer, panels = kiosk.item("attractHint"), kiosk.item("footer"), kiosk.item("panelView")
    qtbot.waitUntil(lambda: hint.opacity() == 1, timeout=3000)
    shown = hint.mapRectToScene(hint.boundingRect())
    assert footer.mapRectToScene(footer.boundingRect()).contains(shown)
    assert not panels.mapRectToScene(panels.boundingRect()).intersects(shown)
    assert kiosk.item("pageIndicator").opacity() == 0  # the hint takes its place
    kiosk.controller.userInput()
    qtbot.waitUntil(lambda: kiosk.item("pageIndicator").opacity() == 1, timeout=3000)
