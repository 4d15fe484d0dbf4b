"""Issue 20, reach: every touch control is at least 9 mm on the glass, at the screen's real density, and
on a tall portrait screen the visitor's controls lie in the lower two-thirds, within a seated visitor's reach.

Densities are given to the window (`pixels_per_mm`), never read from the test machine's screen.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from arabic_copies import BUNDLED_ARABIC, with_arabic
from kiosk_helpers import tap, wait_settled, write_content
from PySide6.QtQuick import QQuickItem
from screen_fit import effective_opacity, scene_rect
from test_long_timeline import forty_event_timeline
from test_nothing_below_the_fold import BUNDLED

from kiosk.ui.items import find_item, items
from kiosk.ui.theme import TOUCH_TARGET_MM
from kiosk.ui.window import KioskWindow

#: Pixels per millimetre: a 96 dpi monitor, a 10-inch tablet, and a dense small panel.
DENSITIES = {"96dpi": 96 / 25.4, "152dpi": 6.0, "203dpi": 8.0}
KEY_CONTROLS = ("previousButton", "nextButton", "textSizeButton", "contrastButton", "motionButton")


@pytest.fixture
def deck_with_everything(tmp_path: Path) -> Path:
    """The bundled deck in English, French and Arabic, with a long timeline (its decade scrubber) added."""
    folder = with_arabic(BUNDLED, tmp_path / "content", BUNDLED_ARABIC)
    return write_content(folder, {"en/06-long-history.md": forty_event_timeline()})


def touch_areas(kiosk: KioskWindow) -> list[tuple[str, float, float]]:
    """Every place a visitor can touch that is on show: (name, width, height) in window pixels.

    The MouseAreas, and the items that TapHandlers listen on (a handler's area is its item's)."""
    found = []
    for item in items(kiosk.window.contentItem()):
        if not item.isVisible() or effective_opacity(item) < 0.01:
            continue
        handled = item.inherits("QQuickMouseArea") or any(
            child.inherits("QQuickTapHandler") for child in item.children()
        )
        if handled:
            rect = scene_rect(item)
            owner = item if item.objectName() else item.parentItem()
            found.append((owner.objectName() or owner.metaObject().className(), rect.width(), rect.height()))
    return found


def handled_by(root: QQuickItem, handler: str) -> QQuickItem:
    """The item that the pointer handler named `handler` listens on."""
    return next(item for item in items(root) if any(child.objectName() == handler for child in item.children()))


def too_small(kiosk: KioskWindow, minimum: float) -> list[str]:
    return [
        f"{name} {width:.0f}x{height:.0f}"
        for name, width, height in touch_areas(kiosk)
        if width < minimum - 0.5 or height < minimum - 0.5
    ]


@pytest.mark.parametrize("density", DENSITIES.values(), ids=DENSITIES.keys())
@pytest.mark.parametrize(
    ("size", "language"),
    [((1024, 768), "en"), ((1280, 800), "fr"), ((1080, 1920), "en"), ((1080, 1920), "ar")],
    ids=["1024x768-en", "1280x800-fr", "1080x1920-en", "1080x1920-ar"],
)
def test_every_touch_control_is_at_least_9_mm_on_the_glass(
    show_kiosk, deck_with_everything, qtbot, size, language, density
) -> None:
    kiosk = show_kiosk(deck_with_everything, size=size, language=language, animate=False, pixels_per_mm=density)
    minimum = TOUCH_TARGET_MM * density
    assert kiosk.window.property("touchTarget") >= minimum
    seen: set[str] = set()
    small: list[str] = []
    for index in range(kiosk.controller.count):
        kiosk.controller.goTo(index)
        wait_settled(qtbot, kiosk, index)
        page = kiosk.current_page()
        if (cards := find_item(page, "cardsPanel")) is not None:
            cards.setProperty("subPage", cards.property("subPageCount") - 1)  # the "Back to the start" label
            wait_settled(qtbot, kiosk)
        small += too_small(kiosk, minimum)
        seen |= {name for name, _width, _height in touch_areas(kiosk)}
    # The whole picture, and what closes it.
    kiosk.controller.goTo(0)
    wait_settled(qtbot, kiosk, 0)
    tap(kiosk.window, handled_by(kiosk.current_page(), "statementPictureTap"))
    qtbot.waitUntil(lambda: find_item(kiosk.window.contentItem(), "pictureViewer").property("open"), timeout=3000)
    small += too_small(kiosk, minimum)
    seen |= {name for name, _width, _height in touch_areas(kiosk)}

    assert not small, f"smaller than {TOUCH_TARGET_MM} mm ({minimum:.0f} px): {sorted(set(small))}"
    expected = {*KEY_CONTROLS, "pageDot0", "moreButton", "pictureViewerGestures"}
    if language != "ar":  # the long timeline is in English only
        expected |= {"decade1960", "timelineEvent0"}
    assert expected <= seen, f"never found: {sorted(expected - seen)}"


@pytest.mark.parametrize("size", [(1080, 1920), (800, 1280)], ids=["1080x1920", "800x1280"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_in_portrait_every_key_control_lies_in_the_lower_two_thirds(
    show_kiosk, deck_with_everything, size, language
) -> None:
    kiosk = show_kiosk(deck_with_everything, size=size, language=language)
    names = [*KEY_CONTROLS, "language_en", "language_fr", "language_ar"]
    names += [f"pageDot{index}" for index in range(kiosk.controller.count)]
    third = size[1] / 3
    for name in names:
        rect = scene_rect(kiosk.item(name))
        assert rect.top() >= third, f"{name} starts at {rect.top():.0f} px, above the lower two-thirds"
        assert rect.bottom() <= size[1] and rect.left() >= 0 and rect.right() <= size[0], name


@pytest.mark.parametrize("size", [(1080, 1920), (800, 1280)], ids=["1080x1920", "800x1280"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_in_portrait_the_controls_leave_the_panel_most_of_the_screen_and_keep_their_rows(
    show_kiosk, deck_with_everything, size, language
) -> None:
    kiosk = show_kiosk(deck_with_everything, size=size, language=language)
    assert kiosk.item("panelView").height() >= size[1] * 0.75
    choices = [scene_rect(kiosk.item(name)) for name in ("textSizeButton", "contrastButton", "motionButton")]
    languages = [scene_rect(kiosk.item(f"language_{code}")) for code in ("en", "fr", "ar")]
    footer = scene_rect(kiosk.item("footer"))
    for rect in choices + languages:
        assert rect.bottom() <= footer.top() + 0.5  # above Previous, the tabs and Next, never over them
        assert not rect.intersects(scene_rect(kiosk.item("panelView")))
    if math.isclose(choices[0].top(), languages[0].top()):  # side by side: the reading direction decides
        right_to_left = language == "ar"
        assert (languages[0].left() < choices[0].left()) == right_to_left
    for row in (choices, languages):
        assert len({round(rect.top()) for rect in row}) == 1, "buttons of one row are not aligned"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_in_portrait_the_header_title_is_not_cut_short(show_kiosk, deck_with_everything, language) -> None:
    kiosk = show_kiosk(deck_with_everything, size=(1080, 1920), language=language)
    title = kiosk.item("deckTitle")
    assert title.isVisible() and title.width() > 0
    assert not title.property("truncated")
    assert title.width() >= title.property("implicitWidth") - 0.5


@pytest.mark.parametrize("language", ["en", "ar"])
def test_in_landscape_the_choices_and_languages_stay_at_the_headers_trailing_edge(
    show_kiosk, deck_with_everything, language
) -> None:
    kiosk = show_kiosk(deck_with_everything, size=(1920, 1080), language=language)
    header, unit = scene_rect(kiosk.item("header")), kiosk.theme.property("controlUnit")
    assert kiosk.item("lowChoices").height() == 0
    assert kiosk.item("panelView").property("y") == header.bottom()
    for name in (*KEY_CONTROLS[2:], "language_en", "language_ar"):
        rect = scene_rect(kiosk.item(name))
        assert header.top() <= rect.top() and rect.bottom() <= header.bottom(), name
        assert rect.center().y() == pytest.approx(header.center().y(), abs=1), name
    picker = scene_rect(kiosk.item("languagePicker"))
    contrast = scene_rect(kiosk.item("contrastButton"))
    if language == "ar":
        assert picker.left() == pytest.approx(unit * 1.2, abs=1) and contrast.left() > picker.right()
    else:
        assert picker.right() == pytest.approx(1920 - unit * 1.2, abs=1) and contrast.right() < picker.left()


def test_in_arabic_the_sub_pages_more_button_sits_inside_the_panel(show_kiosk, deck_with_everything, qtbot) -> None:
    kiosk = show_kiosk(deck_with_everything, size=(1080, 1920), language="ar", animate=False)
    kiosk.theme.set_text_scale(1.6)
    values = 3
    kiosk.controller.goTo(values)
    wait_settled(qtbot, kiosk, values)
    page = kiosk.current_page()
    qtbot.waitUntil(lambda: find_item(page, "cardsPanel").property("subPageCount") > 1, timeout=3000)
    pager, dots = scene_rect(find_item(page, "subPager")), scene_rect(find_item(page, "subPageDot0"))
    more = scene_rect(next(item for item in items(find_item(page, "subPager")) if item.objectName() == "moreButton"))
    assert pager.left() >= 0 and pager.contains(more), f"More at {more.left():.0f}..{more.right():.0f}"
    assert more.right() <= dots.left()  # after the dots in the reading direction: to their left
