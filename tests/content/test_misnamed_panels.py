"""A panel file misnamed in one language: the languages disagree, so check names the rename as an error."""

from __future__ import annotations

import pytest
from content_helpers import only

from kiosk.content.model import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING
ALL_LANGUAGES = {f"{code}/01-vision.md": "Vision.\n" for code in ("en", "fr", "ar")}


def titles(deck, code: str) -> list[str]:
    return [panel.key for language in deck.languages if language.code == code for panel in language.panels]


@pytest.mark.parametrize(
    "misnamed", ["04-values.txt", "04-values.MD", "04-values.markdown", "04-values.md.txt", "04-values"]
)
def test_a_panel_misnamed_in_one_language_is_an_error_naming_the_rename(deck_from, misnamed):
    deck = deck_from(
        {**ALL_LANGUAGES, f"en/{misnamed}": "Values.\n", "fr/04-values.md": "Valeurs.\n", "ar/04-values.md": "قيم.\n"}
    )
    diagnostic = only(deck, f"en/{misnamed}")
    assert (diagnostic.line, diagnostic.severity) == (1, ERROR), diagnostic.format()
    assert f"rename en/{misnamed} to 04-values.md" in diagnostic.message, diagnostic.format()
    assert "fr/04-values.md" in diagnostic.message
    assert titles(deck, "en") == ["01-vision.md"]


def test_a_panel_misnamed_in_a_translation_is_an_error_and_not_a_missing_translation(deck_from):
    deck = deck_from(
        {**ALL_LANGUAGES, "en/04-values.md": "Values.\n", "fr/04-values.txt": "Valeurs.\n", "ar/04-values.md": "قيم.\n"}
    )
    assert [d.format() for d in deck.diagnostics if d.path.startswith("fr/")] == [
        d.format() for d in deck.diagnostics if d.path == "fr/04-values.txt"
    ]
    diagnostic = only(deck, "fr/04-values.txt")
    assert diagnostic.severity is ERROR and "rename fr/04-values.txt to 04-values.md" in diagnostic.message


def test_a_file_alone_with_a_name_almost_ending_in_md_says_to_rename_it(deck_from):
    deck = deck_from({"en/01-vision.md": "Vision.\n", "en/05-about.txt": "About.\n"})
    diagnostic = only(deck, "en/05-about.txt")
    assert diagnostic.severity is WARNING and "rename en/05-about.txt to 05-about.md" in diagnostic.message


def test_a_name_ending_md_txt_explains_the_hidden_ending(deck_from):
    deck = deck_from({"en/01-vision.md": "Vision.\n", "en/05-about.md.txt": "About.\n"})
    assert "hides" in only(deck, "en/05-about.md.txt").message


def test_a_panel_named_with_other_capitals_in_one_language_is_an_error_naming_the_rename(deck_from):
    deck = deck_from({**ALL_LANGUAGES, "en/04-values.md": "V.\n", "fr/04-Values.md": "V.\n", "ar/04-values.md": "V.\n"})
    diagnostic = only(deck, "fr/04-Values.md")
    assert diagnostic.severity is ERROR and "rename fr/04-Values.md to 04-values.md" in diagnostic.message, (
        diagnostic.format()
    )
