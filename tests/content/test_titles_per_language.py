"""The header title per language: [titles] in kiosk.toml, its near misses, and what check says."""

from __future__ import annotations

from content_helpers import only

from kiosk.content.model import Severity

PANELS = {
    "en/01-vision.md": "# Vision\n\nA world without child soldiers.\n",
    "fr/01-vision.md": "# Vision\n\nUn monde sans enfants soldats.\n",
    "ar/01-vision.md": "# رؤية\n\nعالم بلا أطفال جنود.\n",
}


def test_titles_gives_the_title_in_each_language_and_the_others_keep_the_main_one(deck_from):
    deck = deck_from(
        {
            **PANELS,
            "kiosk.toml": """
            title = "Our story"
            languages = ["en", "fr", "ar"]

            [titles]
            fr = "Notre histoire"
            """,
        }
    )
    assert deck.diagnostics == ()
    settings = deck.settings
    assert settings.title_in("fr") == "Notre histoire"
    assert settings.title_in("en") == settings.title_in("ar") == "Our story"


def test_a_title_for_a_regional_language_falls_back_to_its_base_language(deck_from):
    deck = deck_from({**PANELS, "kiosk.toml": '[titles]\nfr = "Notre histoire"\n'})
    assert deck.settings.title_in("fr-CA") == "Notre histoire"


def test_a_title_for_a_misspelt_language_is_an_error_naming_the_folder(deck_from):
    deck = deck_from({**PANELS, "kiosk.toml": 'title = "Our story"\n\n[titles]\nfre = "Notre histoire"\n'})
    problem = only(deck, "kiosk.toml")
    assert problem.severity is Severity.ERROR and problem.line == 4
    assert 'did you mean "fr"' in problem.message


def test_a_title_for_a_language_the_kiosk_does_not_show_is_reported(deck_from):
    deck = deck_from({**PANELS, "kiosk.toml": '[titles]\nde = "Unsere Geschichte"\n'})
    problem = only(deck, "kiosk.toml")
    assert problem.severity is Severity.WARNING and problem.line == 2 and "never seen" in problem.message


def test_a_title_written_as_title_fr_is_an_error_that_shows_the_titles_section(deck_from):
    deck = deck_from({**PANELS, "kiosk.toml": 'title = "Our story"\ntitle_fr = "Notre histoire"\n'})
    problem = only(deck, "kiosk.toml")
    assert problem.severity is Severity.ERROR and problem.line == 2
    assert "[titles]" in problem.message and 'fr = "..."' in problem.message
    assert deck.settings.title_in("fr") == "Our story"


def test_titles_written_as_text_rather_than_a_section_is_reported(deck_from):
    deck = deck_from({**PANELS, "kiosk.toml": 'titles = "Notre histoire"\n'})
    problem = only(deck, "kiosk.toml")
    assert problem.severity is Severity.ERROR and problem.line == 1 and "must be a section" in problem.message


def test_a_title_that_is_not_text_is_reported_and_the_others_kept(deck_from):
    deck = deck_from({**PANELS, "kiosk.toml": '[titles]\nfr = "Notre histoire"\nar = 3\n'})
    problem = only(deck, "kiosk.toml")
    assert problem.severity is Severity.ERROR and problem.line == 3
    assert deck.settings.title_in("fr") == "Notre histoire" and deck.settings.title_in("ar") == "Kiosk"
