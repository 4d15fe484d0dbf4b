"""Issue 20: a visitor's text size, high contrast and less motion: they apply at once, fit every bundled
panel, and are undone when the kiosk goes back to playing by itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kiosk_helpers import FakeClock, tap, wait_settled, with_timings
from screen_fit import hidden_text

from kiosk.content.accessibility import HIGH_CONTRAST
from kiosk.content.loader import load_deck

BUNDLED = Path(__file__).resolve().parents[2] / "content"


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_text_at_160_percent_fits_every_bundled_panel(show_kiosk, qtbot, size):
    kiosk = show_kiosk(BUNDLED, size=size, animate=False)
    kiosk.theme.set_text_scale(1.6)
    problems = []
    for language in ("en", "fr"):
        kiosk.controller.setLanguage(language)
        for index in range(kiosk.controller.count):
            kiosk.controller.goTo(index)
            wait_settled(qtbot, kiosk, index)
            problems += [f"{language}/{index + 1}: {problem}" for problem in hidden_text(kiosk)]
    assert not problems, "\n".join(problems)


def test_the_header_buttons_enlarge_the_text_and_switch_to_high_contrast(show_kiosk, qtbot):
    kiosk = show_kiosk(BUNDLED)
    unit = kiosk.theme.property("unit")
    header_height = kiosk.item("visitorControls").height()
    for expected in (1.3, 1.6, 1.0):
        tap(kiosk.window, kiosk.item("textSizeButton"))
        qtbot.waitUntil(lambda expected=expected: kiosk.theme.property("textScale") == expected)
    tap(kiosk.window, kiosk.item("textSizeButton"))
    qtbot.waitUntil(lambda: kiosk.theme.property("unit") == pytest.approx(unit * 1.3, abs=0.02))
    assert kiosk.item("visitorControls").height() == header_height  # the controls keep their size
    tap(kiosk.window, kiosk.item("contrastButton"))
    qtbot.waitUntil(lambda: kiosk.theme.property("background").name() == HIGH_CONTRAST.background)
    assert kiosk.theme.property("text").name() == HIGH_CONTRAST.text


def test_the_next_visitor_starts_with_the_normal_text_colours_and_motion(show_kiosk, qtbot):
    clock = FakeClock()
    deck = with_timings(load_deck(BUNDLED), autoplay=5, idle=10)
    kiosk = show_kiosk(deck, attract=True, clock=clock)
    background = kiosk.theme.property("background").name()
    kiosk.controller.userInput()  # a visitor wakes the kiosk, then makes their choices
    kiosk.theme.set_text_scale(1.6)
    kiosk.theme.set_high_contrast(True)
    kiosk.theme.toggleLessMotion()
    assert not kiosk.controller.property("attractMode")
    clock.advance(11)
    qtbot.waitUntil(lambda: kiosk.controller.property("attractMode"))
    assert kiosk.theme.property("textScale") == 1.0
    assert not kiosk.theme.property("highContrast")
    assert not kiosk.theme.property("reducedMotion")
    assert kiosk.theme.property("background").name() == background


def test_reduced_motion_in_kiosk_toml_turns_slides_into_fades(show_kiosk, tmp_path):
    folder = shutil.copytree(BUNDLED, tmp_path / "content")
    toml = folder / "kiosk.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "reduced_motion = true\n", encoding="utf-8")
    deck = load_deck(folder)
    assert deck.settings.reduced_motion
    kiosk = show_kiosk(deck)
    assert kiosk.theme.property("reducedMotion")
    assert kiosk.item("panelView").property("highlightMoveDuration") == 0
