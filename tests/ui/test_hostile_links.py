"""Links the kiosk cannot encode or must not show as written: the panel still shows, honestly, live."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, FRENCH, wait_settled, write_content
from PySide6.QtQuick import QQuickItem

from kiosk.content.loader import load_deck
from kiosk.ui.items import items
from kiosk.ui.models import panel_to_qml
from kiosk.ui.window import KioskWindow, attach_content_watcher

TOO_LONG = "https://example.org/" + "a" * 2400
SHORT = "https://example.org/short"


def link_panel(url: str) -> str:
    return f"---\ntitle: Links\n---\nRead [the long report]({url}) or [the summary]({SHORT}).\n"


def named(kiosk: KioskWindow, name: str) -> list[QQuickItem]:
    page = kiosk.current_page()
    assert page is not None
    return [item for item in items(page) if item.objectName() == name]


def test_check_and_screen_agree_on_which_links_get_a_code(tmp_path: Path) -> None:
    deck = load_deck(
        write_content(
            tmp_path,
            {
                "en/01-a.md": (
                    f"[fits](https://example.org/{'a' * 2311})\n\n[too long]({TOO_LONG})\n\n"
                    f"[wide](https://example.org/{'€' * 800})\n\n[fine]({SHORT})\n"
                )
            },
        )
    )
    reported = {d.line for d in deck.diagnostics if "too long for a QR code" in d.message}
    links = panel_to_qml(deck.languages[0].panels[0])["links"]
    assert (
        [link["qr"] == "" for link in links]
        == [line in reported for line in (1, 3, 5, 7)]
        == [False, True, True, False]
    )


def test_a_link_too_long_for_a_qr_code_shows_its_panel_without_that_code(show_kiosk, tmp_path: Path) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", {"en/01-links.md": link_panel(TOO_LONG)}))
    assert kiosk.controller.count == 1
    assert [item.property("text") for item in named(kiosk, "panelTitle")] == ["Links"]
    texts = [item.property("text") for item in named(kiosk, "linkCodeText")]
    assert sorted(texts) == ["the long report", "the summary"]
    codes = [item.isVisible() for item in named(kiosk, "linkCodeImage")]
    assert sorted(codes) == [False, True]
    [long_address] = [item for item in named(kiosk, "linkCodeAddress") if "aaaa" in item.property("text")]
    assert long_address.property("truncated") and long_address.property("lineCount") <= 4


@pytest.fixture
def two_languages(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", {**ENGLISH, **FRENCH, "kiosk.toml": 'languages = ["en", "fr"]\n'})


def test_a_deck_swapped_in_with_a_link_too_long_for_a_qr_code_keeps_the_language_picker_working(
    show_kiosk, two_languages: Path, qtbot
) -> None:
    kiosk = show_kiosk(two_languages)
    (two_languages / "fr" / "02-two.md").write_text(link_panel(TOO_LONG), encoding="utf-8")
    kiosk.show_deck(load_deck(two_languages))
    kiosk.controller.setLanguage("fr")
    qtbot.waitUntil(lambda: kiosk.item("language_fr").property("current"), timeout=2000)
    kiosk.controller.goTo(1)
    wait_settled(qtbot, kiosk, 1)
    assert sorted(item.property("text") for item in named(kiosk, "linkCodeText")) == ["the long report", "the summary"]
    kiosk.controller.setLanguage("en")
    qtbot.waitUntil(lambda: kiosk.item("language_en").property("current"), timeout=2000)
    assert kiosk.controller.language == "en"


def test_a_link_too_long_for_a_qr_code_saved_while_running_is_shown_without_its_code(
    show_kiosk, two_languages: Path, qtbot
) -> None:
    kiosk = show_kiosk(two_languages)
    attach_content_watcher(kiosk, two_languages, load=load_deck, settle_ms=80)
    with qtbot.waitSignal(kiosk.watcher.deckLoaded, timeout=3000) as loaded:
        (two_languages / "fr" / "02-two.md").write_text(link_panel(TOO_LONG), encoding="utf-8")
    assert any("too long for a QR code" in d.message for d in loaded.args[0].warnings)
    kiosk.controller.setLanguage("fr")
    qtbot.waitUntil(lambda: kiosk.item("language_fr").property("current"), timeout=2000)
    kiosk.controller.goTo(1)
    wait_settled(qtbot, kiosk, 1)
    assert sorted(item.property("text") for item in named(kiosk, "linkCodeText")) == ["the long report", "the summary"]


@pytest.mark.parametrize("hidden", ["\u202e", "\u200b"])
def test_a_link_caption_shows_hidden_characters_as_codes(show_kiosk, tmp_path: Path, hidden: str) -> None:
    kiosk = show_kiosk(
        write_content(
            tmp_path / "content",
            {"en/01-links.md": f"---\ntitle: Links\n---\n[Download](https://example.org/{hidden}gnp.exe)\n"},
        )
    )
    [address] = [item.property("text") for item in named(kiosk, "linkCodeAddress")]
    assert hidden not in address
    assert address.startswith("example.org/%E2%80%")
    assert address.endswith("gnp.exe")
