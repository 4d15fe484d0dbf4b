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
