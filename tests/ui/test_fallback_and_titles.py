"""A panel shown in the default language is tagged in the visitor's language; the header title per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ARABIC, ENGLISH, FRENCH, tap, wait_settled, write_content

from kiosk.ui.window import KioskWindow

#: French and Arabic lack panel four: their visitors see the English one.
TOML = 'title = "Our story"\nlanguages = ["en", "fr", "ar"]\n\n[titles]\nfr = "Notre histoire"\nar = "قصتنا"\n'


@pytest.fixture
def content(tmp_path: Path) -> Path:
    french = {name: text for name, text in FRENCH.items() if "04-" not in name}
    arabic = {name: text for name, text in ARABIC.items() if "04-" not in name}
    return write_content(tmp_path / "content", {**ENGLISH, **french, **arabic, "kiosk.toml": TOML})


def tag_text(kiosk: KioskWindow) -> str | None:
    tag = kiosk.item("fallbackTag")
    assert tag is not None
    return kiosk.item("fallbackTagText").property("text") if tag.isVisible() else None


def switch_to(kiosk: KioskWindow, qtbot, code: str) -> None:
    tap(kiosk.window, kiosk.item(f"language_{code}"))
    qtbot.waitUntil(lambda: kiosk.controller.language == code, timeout=2000)


@pytest.mark.parametrize(("code", "words"), [("fr", "En anglais"), ("ar", "بالإنجليزية")])
def test_a_panel_shown_in_the_default_language_is_tagged_in_the_visitors_language(
    show_kiosk, content, qtbot, code, words
):
    kiosk = show_kiosk(content)
    switch_to(kiosk, qtbot, code)
    assert tag_text(kiosk) is None

    kiosk.controller.goTo(3)
    wait_settled(qtbot, kiosk, 3)

    qtbot.waitUntil(lambda: tag_text(kiosk) == words)


def test_an_english_visitor_sees_no_tag(show_kiosk, content, qtbot):
    kiosk = show_kiosk(content)
    kiosk.controller.goTo(3)
    wait_settled(qtbot, kiosk, 3)
    assert tag_text(kiosk) is None


def test_the_tag_follows_a_change_of_language_on_the_fallback_panel(show_kiosk, content, qtbot):
    kiosk = show_kiosk(content)
    switch_to(kiosk, qtbot, "fr")
    kiosk.controller.goTo(3)
    wait_settled(qtbot, kiosk, 3)
    qtbot.waitUntil(lambda: tag_text(kiosk) == "En anglais")

    switch_to(kiosk, qtbot, "ar")

    qtbot.waitUntil(lambda: tag_text(kiosk) == "بالإنجليزية")


def test_the_header_title_is_given_per_language(show_kiosk, content, qtbot):
    kiosk = show_kiosk(content)
    title = kiosk.item("deckTitle")
    assert title.property("text") == "Our story" and kiosk.window.title() == "Our story"

    switch_to(kiosk, qtbot, "fr")
    qtbot.waitUntil(lambda: title.property("text") == "Notre histoire")
    assert kiosk.window.title() == "Notre histoire"

    switch_to(kiosk, qtbot, "ar")
    qtbot.waitUntil(lambda: title.property("text") == "قصتنا")


def test_beside_the_logo_a_title_too_long_for_the_header_is_left_out_rather_than_cut(show_kiosk, tmp_path, qtbot):
    wordmark = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100"/></svg>'
    toml = (
        'title = "Child Soldiers International"\nlanguages = ["en", "fr", "ar"]\n\n[theme]\nlogo = "media/logo.svg"\n'
    )
    content = write_content(
        tmp_path / "logo", {**ENGLISH, **FRENCH, **ARABIC, "kiosk.toml": toml, "media/logo.svg": wordmark}
    )

    wide = show_kiosk(content, size=(1280, 800))
    assert wide.item("deckTitle").isVisible()

    # In portrait the header holds only the logo and the title (the buttons sit low): a longer title, then.
    settings = content / "kiosk.toml"
    long_title = "Child Soldiers International, the coalition to stop the use of child soldiers"
    settings.write_text(settings.read_text().replace("Child Soldiers International", long_title))
    narrow = show_kiosk(content, size=(1080, 1920))
    qtbot.waitUntil(lambda: narrow.item("logo").width() > narrow.item("logo").height())
    assert not narrow.item("deckTitle").isVisible()
