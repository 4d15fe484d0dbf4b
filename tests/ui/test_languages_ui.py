"""Switching language with the picker, and right-to-left languages mirroring the kiosk."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import (
    ARABIC,
    ENGLISH,
    FRENCH,
    centre,
    mouse_swipe,
    next_frame,
    tap,
    touch_swipe,
    wait_settled,
    write_content,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.content.loader import load_deck
from kiosk.ui.items import find_item
from kiosk.ui.render import page_settled
from kiosk.ui.window import build_kiosk


@pytest.fixture
def content(tmp_path: Path) -> Path:
    toml = 'languages = ["en", "fr", "ar"]\n'
    return write_content(tmp_path / "content", {**ENGLISH, **FRENCH, **ARABIC, "kiosk.toml": toml})


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


def shown_message(kiosk) -> str:
    page = kiosk.current_page()
    return find_item(page, "statementMessage").property("text")


def test_the_picker_names_each_language_in_itself(show_kiosk, content) -> None:
    kiosk = show_kiosk(content)
    picker = kiosk.item("languagePicker")
    assert picker.isVisible()
    names = [kiosk.item(f"language_{code}").property("name") for code in ("en", "fr", "ar")]
    assert names == ["English", "Français", "العربية"]


def test_tapping_a_language_switches_on_the_same_panel(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    QTest.keyClick(kiosk.window, Qt.Key.Key_3)
    wait_settled(qtbot, kiosk, 2)
    assert shown_message(kiosk) == "Panel three."

    tap(kiosk.window, kiosk.item("language_fr"))
    qtbot.waitUntil(lambda: kiosk.controller.language == "fr", timeout=2000)
    wait_settled(qtbot, kiosk, 2)
    assert shown_message(kiosk) == "Panneau trois."
    assert kiosk.item("language_fr").property("current")
    assert not kiosk.item("language_en").property("current")


def test_no_picker_with_a_single_language(show_kiosk, tmp_path) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", ENGLISH))
    assert not kiosk.item("languagePicker").isVisible()


def test_a_language_with_no_panel_to_show_is_not_in_the_picker(show_kiosk, tmp_path) -> None:
    files = {"kiosk.toml": 'languages = ["en", "fr", "ar"]\n', "en/01-one.md": "", **FRENCH, **ARABIC}
    kiosk = show_kiosk(write_content(tmp_path / "content", files))
    assert kiosk.controller.language == "fr"
    assert kiosk.item("language_en") is None
    assert kiosk.item("language_fr").property("current") and kiosk.item("language_ar").isVisible()
    assert shown_message(kiosk) == "Panneau un."


def test_arabic_mirrors_the_layout(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    next_x = centre(kiosk.item("nextButton")).x()
    previous_x = centre(kiosk.item("previousButton")).x()
    assert previous_x < next_x
    tap(kiosk.window, kiosk.item("language_ar"))
    qtbot.waitUntil(lambda: kiosk.theme.rightToLeft, timeout=2000)
    wait_settled(qtbot, kiosk, 0)
    assert centre(kiosk.item("nextButton")).x() == pytest.approx(previous_x, abs=1)
    assert centre(kiosk.item("previousButton")).x() == pytest.approx(next_x, abs=1)
    assert centre(kiosk.item("languagePicker")).x() < kiosk.window.width() / 2
    assert kiosk.item("pageDot0").mapToScene(QPointF(0, 0)).x() > kiosk.item("pageDot1").mapToScene(QPointF(0, 0)).x()
    assert shown_message(kiosk) == "اللوحة واحد."


def test_in_arabic_a_swipe_towards_the_right_shows_the_next_panel(show_kiosk, content, qtbot, touchscreen) -> None:
    kiosk = show_kiosk(content, language="ar")
    view = kiosk.item("panelView")
    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=False)
    wait_settled(qtbot, kiosk, 1)
    mouse_swipe(kiosk.window, qtbot, view, towards_left=False)
    wait_settled(qtbot, kiosk, 2)
    assert shown_message(kiosk) == "اللوحة ثلاثة."
    page = kiosk.current_page()
    assert page.mapToScene(QPointF(0, 0)).x() == pytest.approx(view.mapToScene(QPointF(0, 0)).x(), abs=1)
    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=True)
    wait_settled(qtbot, kiosk, 1)


def test_in_arabic_the_left_arrow_shows_the_next_panel(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content, language="ar")
    QTest.keyClick(kiosk.window, Qt.Key.Key_Left)
    wait_settled(qtbot, kiosk, 1)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)
    wait_settled(qtbot, kiosk, 0)
    QTest.keyClick(kiosk.window, Qt.Key.Key_PageDown)
    wait_settled(qtbot, kiosk, 1)


def test_an_unknown_start_language_falls_back_to_the_default(show_kiosk, content) -> None:
    kiosk = show_kiosk(content, language="de")
    assert kiosk.controller.language == "en"


def test_starting_in_arabic_lands_on_the_first_panel_at_once(content, qtbot) -> None:
    kiosk = build_kiosk(load_deck(content), size=(1920, 1080), language="ar", attract=False, animate=False)
    try:
        kiosk.window.show()
        qtbot.waitUntil(lambda: kiosk.item("panelView").width() == 1920, timeout=5000)
        next_frame(qtbot, kiosk.window)
        assert page_settled(kiosk)
        assert kiosk.current_page().property("panel")["title"] == "واحد"
    finally:
        kiosk.close()


def _ink_span(kiosk, item) -> tuple[float, float]:
    """Where the item's text is drawn, as fractions of the item's width (leftmost, rightmost bright pixel)."""
    image = kiosk.window.grabWindow()
    ratio = image.width() / kiosk.window.width()
    corner = item.mapToScene(QPointF(0, 0))
    left, top = int(corner.x() * ratio), int(corner.y() * ratio)
    width, height = int(item.width() * ratio), int(item.height() * ratio)
    columns = [
        x
        for x in range(left, left + width, 2)
        if any(image.pixelColor(x, y).lightness() > 200 for y in range(top, top + height, 3))
    ]
    assert columns, "no text drawn where the message is"
    return (columns[0] - left) / width, (columns[-1] - left) / width


def test_a_panel_shown_in_the_default_language_keeps_its_own_direction(show_kiosk, tmp_path, qtbot) -> None:
    """An English fallback inside the Arabic deck reads left to right; the Arabic panels right to left."""
    arabic_first_only = {"ar/01-one.md": ARABIC["ar/01-one.md"]}
    toml = 'languages = ["en", "ar"]\n'
    content = write_content(tmp_path / "content", {**ENGLISH, **arabic_first_only, "kiosk.toml": toml})
    kiosk = show_kiosk(content, language="ar")
    wait_settled(qtbot, kiosk, 0)
    arabic_left, arabic_right = _ink_span(kiosk, _message_item(kiosk))
    QTest.keyClick(kiosk.window, Qt.Key.Key_PageDown)
    wait_settled(qtbot, kiosk, 1)
    assert shown_message(kiosk) == "Panel two."
    english_left, english_right = _ink_span(kiosk, _message_item(kiosk))
    assert arabic_right > 0.9 and arabic_left > 0.3
    assert english_left < 0.1 and english_right < 0.7


def _message_item(kiosk):
    return find_item(kiosk.current_page(), "statementMessage")


def test_a_sorani_ckb_folder_is_offered_and_mirrors_the_layout(show_kiosk, tmp_path, qtbot) -> None:
    sorani = {path.replace("ar/", "ckb/"): text for path, text in ARABIC.items()}
    kiosk = show_kiosk(write_content(tmp_path / "content", {**ENGLISH, **sorani}))
    assert kiosk.item("language_ckb").property("name") == "کوردی"
    next_x = centre(kiosk.item("nextButton")).x()
    tap(kiosk.window, kiosk.item("language_ckb"))
    qtbot.waitUntil(lambda: kiosk.theme.rightToLeft, timeout=2000)
    wait_settled(qtbot, kiosk, 0)
    assert kiosk.controller.language == "ckb" and kiosk.current_page().property("panel")["rightToLeft"]
    assert centre(kiosk.item("nextButton")).x() < next_x


def test_regional_and_script_variants_are_offered_by_name(show_kiosk, tmp_path) -> None:
    variants = {"pt-BR/01-one.md": "Um.\n", "zh-Hant/01-one.md": "一.\n"}
    kiosk = show_kiosk(write_content(tmp_path / "content", {**ENGLISH, **variants}))
    names = [kiosk.item(f"language_{code}").property("name") for code in ("en", "pt-BR", "zh-Hant")]
    assert names == ["English", "Português (Brasil)", "繁體中文"]


def test_the_start_language_is_found_whatever_the_case_of_its_letters(show_kiosk, tmp_path) -> None:
    content = write_content(tmp_path / "content", {**ENGLISH, "PT-br/01-one.md": "Um.\n"})
    kiosk = show_kiosk(content, language="pt-br")
    assert kiosk.controller.language == "pt-BR"
