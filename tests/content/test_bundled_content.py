"""The bundled Child Soldiers International deck: clean, complete, and the same in both languages."""

from __future__ import annotations

import pytest

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck, Layout
from kiosk.locations import bundled_content_dir

EXPECTED_LAYOUTS = {
    "01-vision.md": Layout.STATEMENT,
    "02-goal.md": Layout.STATEMENT,
    "03-history.md": Layout.TIMELINE,
    "04-values.md": Layout.CARDS,
    "05-who-we-are.md": Layout.TEXT,
}


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(bundled_content_dir())


def test_bundled_deck_has_no_errors_and_no_warnings(deck):
    assert [diagnostic.format() for diagnostic in deck.diagnostics] == []


def test_bundled_deck_is_in_english_then_french(deck):
    assert [language.code for language in deck.languages] == ["en", "fr"]
    assert deck.settings.title == "Child Soldiers International"


def test_both_languages_have_the_same_panels_with_the_expected_layouts(deck):
    for language in deck.languages:
        assert {panel.key: panel.layout for panel in language.panels} == EXPECTED_LAYOUTS, language.code
        assert [panel.key for panel in language.panels] == list(EXPECTED_LAYOUTS), language.code
        assert not any(panel.fallback or panel.has_errors for panel in language.panels), language.code


def test_vision_and_goal_are_short_statements_with_artwork(deck):
    for language in deck.languages:
        for panel in language.panels[:2]:
            assert panel.statement is not None
            assert len(panel.statement.message) <= 160
            assert not panel.statement.supporting.empty
            assert panel.image is not None and panel.image.usable and panel.image.alt


def test_history_has_the_three_milestones_each_with_an_illustration(deck):
    for language in deck.languages:
        history = language.panels[2]
        assert [event.date.year for event in history.events] == [1998, 2002, 2011], language.code
        assert all(event.image is not None and event.image.usable for event in history.events), language.code


def test_values_are_the_six_cards_each_with_an_icon(deck):
    english = deck.language("en").panels[3]
    assert [card.name for card in english.cards] == [
        "Collaboration",
        "Integrity",
        "Independence",
        "Respect",
        "Accountability",
        "Equality",
    ]
    french = deck.language("fr").panels[3]
    assert len(french.cards) == 6
    for card in english.cards + french.cards:
        assert card.icon is not None and card.icon.usable, card.name
        assert not card.body.empty, card.name


def test_the_logo_is_bundled_artwork(deck):
    logo = deck.settings.theme.logo
    assert logo is not None and logo.usable
    assert logo.path.parent == bundled_content_dir().resolve() / "media"


def _panel(deck, code: str, key: str):
    return next(panel for panel in deck.language(code).panels if panel.key == key)


def _card(deck, name: str) -> str:
    return next(card.body.html for card in _panel(deck, "en", "04-values.md").cards if card.name == name)


def test_the_logo_is_a_typographic_wordmark_of_the_organisations_name(deck):
    drawing = deck.settings.theme.logo.path.read_text(encoding="utf-8")
    assert "<title>Child Soldiers International</title>" in drawing
    assert "<circle" not in drawing and "<text" not in drawing  # letters as outlines: no font needed to draw it


def test_the_vision_keeps_the_organisations_we_believe(deck):
    assert "we believe that armed forces" in _panel(deck, "en", "01-vision.md").statement.supporting.html
    assert "nous sommes convaincus" in _panel(deck, "fr", "01-vision.md").statement.supporting.html


def test_the_values_keep_their_full_sense(deck):
    assert "to all with whom we work" in _card(deck, "Accountability")
    for ground in ("ethnicity", "gender", "sexual orientation", "religion", "national or social origin", "birth"):
        assert ground in _card(deck, "Equality"), ground
    assert "resources" in _card(deck, "Collaboration") and "dialogue" in _card(deck, "Collaboration")
    assert "most affected by military exploitation" in _card(deck, "Integrity")


def test_what_the_organisation_does_is_said_on_the_second_panel_in_its_own_words(deck):
    for code, words in (
        ("en", "We work to prevent the recruitment of children"),
        ("fr", "Nous agissons pour empêcher"),
    ):
        goal = _panel(deck, code, "02-goal.md")
        assert goal is deck.language(code).panels[1]
        assert goal.statement.supporting.html.startswith(f"<p>{words}")


def test_who_we_are_names_the_former_coalition_without_dating_the_renaming(deck):
    english = _panel(deck, "en", "05-who-we-are.md").intro.html
    assert "formerly the Coalition to Stop the Use of Child Soldiers" in english
    assert "2011" not in english
    for code in ("en", "fr"):
        events = _panel(deck, code, "03-history.md").events
        assert "Coalition" not in events[-1].body.html, code  # 2011: independence, not a renaming


def test_the_french_history_writes_the_coalitions_name_as_a_name(deck):
    founding = _panel(deck, "fr", "03-history.md").events[0].body.html
    assert "« Coalition to Stop the Use of Child Soldiers »" in founding
