"""The kiosk's own words (hints, buttons, the PIN pad, the admin overlay) in the visitor's language."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest
from admin_helpers import PIN, settings
from kiosk_helpers import ARABIC, ENGLISH, FRENCH, FakeClock, tap, write_content
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.content.loader import load_deck
from kiosk.locations import translations_dir
from kiosk.ui.controller import attract_hint
from kiosk.ui.translations import translated
from kiosk.ui.window import KioskWindow, build_kiosk

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"
#: The languages whose every word must be translated; the others may leave some in English.
COMPLETE = ("fr", "ar")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    toml = 'languages = ["en", "fr", "ar"]\n' + settings()
    return write_content(tmp_path / "content", {**ENGLISH, **FRENCH, **ARABIC, "kiosk.toml": toml})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def choose(qtbot, kiosk: KioskWindow, code: str) -> None:
    tap(kiosk.window, kiosk.item(f"language_{code}"))
    qtbot.waitUntil(lambda: kiosk.controller.language == code, timeout=2000)


def open_pad(kiosk: KioskWindow, clock: FakeClock) -> None:
    corner = kiosk.input.corner().center().toPoint()
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    clock.advance(kiosk.admin.settings.gesture_seconds)
    QTest.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert kiosk.admin.padOpen


def enter(qtbot, kiosk: KioskWindow, digits: str) -> None:
    for digit in digits:
        tap(kiosk.window, kiosk.item(f"pinKey{digit}"))
    tap(kiosk.window, kiosk.item("pinOk"))
    qtbot.waitUntil(lambda: not kiosk.admin.checking, timeout=3000)


def words(kiosk: KioskWindow, *names: str) -> list[str]:
    """What the named items say: a Text's text, a button's label."""
    found = [kiosk.item(name) for name in names]
    return [item.property("label") or item.property("text") for item in found if item is not None]


# -- on the real window -----------------------------------------------------------------------------


def test_choosing_french_shows_the_hint_the_pin_pad_and_the_admin_overlay_in_french(
    show_kiosk, content, qtbot, clock
) -> None:
    kiosk = show_kiosk(content, clock=clock)
    choose(qtbot, kiosk, "fr")
    assert words(kiosk, "attractHintText") == ["Touchez l’écran pour explorer"]

    open_pad(kiosk, clock)
    assert words(kiosk, "pinClear", "pinOk", "pinCancel") == ["Effacer", "OK", "Annuler"]
    enter(qtbot, kiosk, "1111")
    assert words(kiosk, "pinMessage") == [f"Code erroné. Encore 2{NBSP}essais avant une attente."]
    enter(qtbot, kiosk, PIN)
    qtbot.waitUntil(lambda: kiosk.admin.overlayOpen, timeout=3000)
    assert words(kiosk, "adminClose", "adminReload", "adminExit") == [
        "Fermer",
        "Recharger le contenu",
        "Quitter la borne",
    ]


def test_choosing_arabic_shows_the_kiosk_words_in_arabic_and_english_brings_them_back(
    show_kiosk, content, qtbot, clock
) -> None:
    kiosk = show_kiosk(content, clock=clock)
    choose(qtbot, kiosk, "ar")
    assert words(kiosk, "attractHintText") == ["المس الشاشة للاستكشاف"]
    open_pad(kiosk, clock)
    assert words(kiosk, "pinClear", "pinOk", "pinCancel") == ["مسح", "موافق", "إلغاء"]
    tap(kiosk.window, kiosk.item("pinCancel"))
    qtbot.waitUntil(lambda: not kiosk.admin.padOpen, timeout=2000)

    choose(qtbot, kiosk, "en")
    assert words(kiosk, "attractHintText") == ["Touch to explore"]
    open_pad(kiosk, clock)
    assert words(kiosk, "pinClear", "pinOk", "pinCancel") == ["Clear", "OK", "Cancel"]


def test_words_already_on_screen_change_with_the_language(show_kiosk, content, qtbot, clock) -> None:
    """The pad is open with a message from Python and labels from QML when the language changes
    (as when the kiosk, left alone, goes back to its home language): both follow."""
    kiosk = show_kiosk(content, clock=clock)
    open_pad(kiosk, clock)
    enter(qtbot, kiosk, "1111")
    assert words(kiosk, "pinMessage", "pinClear") == ["Wrong PIN. 2 more tries before a wait.", "Clear"]

    kiosk.controller.setLanguage("ar")
    assert words(kiosk, "pinMessage", "pinClear") == ["الرمز غير صحيح. المحاولات المتبقية قبل الانتظار: 2.", "مسح"]


def test_the_attract_hint_lists_the_other_languages_in_their_own_words(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content)
    choose(qtbot, kiosk, "ar")
    assert kiosk.controller.hints == ["المس الشاشة للاستكشاف", "Touch to explore", "Touchez l’écran pour explorer"]


def test_a_kiosk_closed_in_arabic_leaves_the_next_one_in_english(show_kiosk, content, clock) -> None:
    first = build_kiosk(load_deck(content))
    first.controller.setLanguage("ar")
    first.close()
    second = show_kiosk(content, clock=clock)
    open_pad(second, clock)
    assert words(second, "pinClear") == ["Clear"]


# -- which words, for which language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        ("pt-BR", "Toque na tela para explorar"),
        ("de-CH", "Zum Entdecken berühren"),
        ("sw", "Gusa ili kuchunguza"),
        ("zh-Hant", "Touch to explore"),
    ],
)
def test_a_regional_language_uses_its_base_language_and_any_other_english(code, hint) -> None:
    assert attract_hint(code) == hint


def test_a_word_a_language_has_not_translated_stays_in_english(qapp) -> None:
    assert translated("sw", "PinPad", "Enter the admin PIN") == "Enter the admin PIN"


# -- the translation files ----------------------------------------------------------------------------


def catalogue(code: str) -> list[tuple[str, etree.Element]]:
    """(context, message) for every message of kiosk_CODE.ts."""
    root = etree.parse(translations_dir() / f"kiosk_{code}.ts").getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("code", COMPLETE)
def test_every_word_of_the_kiosk_is_translated(code) -> None:
    messages = catalogue(code)
    assert len(messages) > 20
    untranslated = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages
        if message.find("translation").get("type") or not message.findtext("translation", "").strip()
    ]
    assert untranslated == [], (
        f"kiosk_{code}.ts: translate these (Qt Linguist, or by hand), then run scripts/update-translations"
    )


@pytest.mark.parametrize("path", sorted(translations_dir().glob("kiosk_*.ts")), ids=lambda path: path.stem)
def test_every_translation_keeps_the_placeholders_of_its_source(path: Path) -> None:
    code = path.stem.removeprefix("kiosk_")
    wrong = [
        f"{context}: {message.findtext('source')!r} -> {message.findtext('translation')!r}"
        for context, message in catalogue(code)
        if message.findtext("translation")
        and sorted(re.findall(r"%\d", message.findtext("source", "")))
        != sorted(re.findall(r"%\d", message.findtext("translation", "")))
    ]
    assert wrong == []


def test_the_translation_files_hold_every_word_the_kiosk_shows_and_are_compiled() -> None:
    """A word added or changed in the QML or in kiosk/ui without `scripts/update-translations`, or a .ts
    edited without compiling it, fails here (and so a new untranslated word fails the tests above)."""
    check = subprocess.run(
        [str(ROOT / "scripts" / "update-translations"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYSIDE6_BIN": str(Path(sys.executable).parent)},
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_the_admin_overlay_is_laid_out_right_to_left_in_arabic(show_kiosk, content, qtbot, clock) -> None:
    kiosk = show_kiosk(content, clock=clock)
    choose(qtbot, kiosk, "ar")
    open_pad(kiosk, clock)
    enter(qtbot, kiosk, PIN)
    qtbot.waitUntil(lambda: kiosk.admin.overlayOpen, timeout=3000)
    close, reload = kiosk.item("adminClose"), kiosk.item("adminReload")
    assert close.mapToScene(close.boundingRect().center()).x() < kiosk.window.width() / 2
    assert reload.mapToScene(reload.boundingRect().center()).x() > kiosk.window.width() / 2
