"""Language folders: order, names, direction and falling back to the default language."""

from __future__ import annotations

import pytest
from content_helpers import only

from kiosk.content.languages import is_right_to_left, language_name
from kiosk.content.model import Severity


def test_default_order_puts_english_first_then_alphabetical(deck_from):
    deck = deck_from({f"{code}/01-a.md": "Text.\n" for code in ("fr", "ar", "en", "de")})
    assert [language.code for language in deck.languages] == ["en", "ar", "de", "fr"]
    assert deck.settings.languages == ("en", "ar", "de", "fr")
    assert deck.default_language is not None and deck.default_language.code == "en"


def test_without_english_the_order_is_alphabetical(deck_from):
    deck = deck_from({f"{code}/01-a.md": "Text.\n" for code in ("fr", "ar")})
    assert [language.code for language in deck.languages] == ["ar", "fr"]


def test_kiosk_toml_sets_the_order_and_the_default(deck_from):
    deck = deck_from(
        {
            "kiosk.toml": 'languages = ["fr", "en"]\n',
            "en/01-a.md": "Text.\n",
            "fr/01-a.md": "Texte.\n",
        }
    )
    assert [language.code for language in deck.languages] == ["fr", "en"]
    assert deck.diagnostics == ()


def test_a_language_listed_without_a_folder_is_left_out_with_a_warning(deck_from):
    deck = deck_from({"kiosk.toml": 'title = "T"\nlanguages = ["en", "de"]\n', "en/01-a.md": "Text.\n"})
    assert [language.code for language in deck.languages] == ["en"]
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (2, Severity.WARNING)
    assert 'lists "de" but there is no folder de/' in diagnostic.message


def test_a_folder_not_listed_in_kiosk_toml_is_hidden_with_a_warning(deck_from):
    deck = deck_from({"kiosk.toml": 'languages = ["en"]\n', "en/01-a.md": "Text.\n", "es/01-a.md": "Texto.\n"})
    assert [language.code for language in deck.languages] == ["en"]
    diagnostic = only(deck, "es")
    assert diagnostic.severity is Severity.WARNING and 'Add "es" to the list' in diagnostic.message


def test_names_are_written_in_the_language_itself_and_arabic_is_right_to_left(deck_from):
    deck = deck_from({f"{code}/01-a.md": "Text.\n" for code in ("en", "fr", "ar", "pt-BR", "xx")})
    found = {language.code: (language.name, language.right_to_left) for language in deck.languages}
    assert found == {
        "en": ("English", False),
        "fr": ("Français", False),
        "ar": ("العربية", True),
        "pt-BR": ("Português (Brasil)", False),
        "xx": ("xx", False),
    }
    assert language_name("sw") == "Kiswahili" and language_name("es") == "Español"
    assert all(is_right_to_left(code) for code in ("he", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb"))


def test_a_missing_translation_falls_back_to_the_default_language_with_a_warning(deck_from):
    deck = deck_from(
        {
            "en/01-vision.md": "Vision.\n",
            "en/02-goal.md": "Goal.\n",
            "fr/01-vision.md": "Vision (fr).\n",
        }
    )
    french = deck.language("fr")
    assert french is not None
    assert [(panel.key, panel.language, panel.fallback) for panel in french.panels] == [
        ("01-vision.md", "fr", False),
        ("02-goal.md", "fr", True),
    ]
    assert french.panels[1].intro.html == "<p>Goal.</p>"
    assert french.panels[1].source == "en/02-goal.md"
    diagnostic = only(deck, "en/02-goal.md")
    assert (diagnostic.line, diagnostic.severity) == (1, Severity.WARNING)
    assert "no Français (fr) version of en/02-goal.md" in diagnostic.message


def test_a_panel_only_in_another_language_is_shown_in_that_language_only(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "fr/01-a.md": "A.\n", "fr/02-local.md": "Local.\n"})
    assert [panel.key for panel in deck.languages[0].panels] == ["01-a.md"]
    assert [panel.key for panel in deck.languages[1].panels] == ["01-a.md", "02-local.md"]
    assert deck.diagnostics == ()


def test_a_broken_translation_shows_the_default_version_without_a_missing_warning(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "fr/01-a.md": b"\xff\xfe broken", "fr/02-b.md": "B.\n"})
    french = deck.language("fr")
    assert french is not None and french.panels[0].fallback
    assert only(deck, "fr/01-a.md").severity is Severity.ERROR


def test_a_language_whose_panels_are_all_left_out_is_not_offered(deck_from):
    deck = deck_from({"en/01-a.md": "", "fr/01-a.md": "Texte.\n"})
    assert [language.code for language in deck.languages] == ["fr"]
    assert deck.default_language is not None and deck.default_language.code == "fr"
    assert only(deck, "en/01-a.md").severity is Severity.ERROR
    diagnostic = only(deck, "en")
    assert (diagnostic.line, diagnostic.severity) == (1, Severity.WARNING)
    assert "no panel in en/ can be shown, so English is not offered to visitors" in diagnostic.message


def test_a_translation_whose_files_are_all_broken_is_not_offered(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "fr/01-a.md": b"\xff\xfe broken"})
    assert [language.code for language in deck.languages] == ["en"]
    assert only(deck, "fr/01-a.md").severity is Severity.ERROR
    assert "so Français is not offered to visitors" in only(deck, "fr").message


def test_an_empty_language_folder_is_not_offered(deck_from, tmp_path):
    (tmp_path / "content" / "fr").mkdir(parents=True)
    deck = deck_from({"en/01-a.md": "A.\n", "en/02-b.md": "B.\n"})
    assert [language.code for language in deck.languages] == ["en"]
    diagnostic = only(deck, "fr")
    assert diagnostic.severity is Severity.WARNING
    assert "there are no panels in fr/, so Français is not offered to visitors" in diagnostic.message
    assert [d.path for d in deck.diagnostics] == ["fr"]


def test_a_sorani_ckb_folder_is_offered_right_to_left(deck_from):
    deck = deck_from({"en/01-a.md": "Text.\n", "ckb/01-a.md": "دەق.\n"})
    sorani = deck.language("ckb")
    assert sorani is not None
    assert (sorani.name, sorani.right_to_left) == ("کوردی", True)
    assert [panel.source for panel in sorani.panels] == ["ckb/01-a.md"]
    assert deck.diagnostics == ()


def test_pt_br_and_zh_hant_folders_are_offered_with_proper_names(deck_from):
    deck = deck_from({f"{code}/01-a.md": "Text.\n" for code in ("en", "pt-BR", "zh-Hant", "sr-Latn", "es-419")})
    assert {language.code: language.name for language in deck.languages} == {
        "en": "English",
        "es-419": "Español (Latinoamérica)",
        "pt-BR": "Português (Brasil)",
        "sr-Latn": "Srpski (latinica)",
        "zh-Hant": "繁體中文",
    }
    assert deck.diagnostics == ()


def test_a_variant_missing_from_the_name_table_is_named_by_its_language_and_tag():
    assert language_name("de-AT") == "Deutsch (de-AT)"
    assert language_name("xx-Latn") == "xx-Latn"


def test_a_folder_named_pt_br_in_any_case_is_brazilian_portuguese(deck_from):
    """The language is pt-BR whatever the case of the folder's name; messages name the folder as it is on disk."""
    deck = deck_from({"en/01-a.md": "A.\n", "en/02-b.md": "B.\n", "PT-br/01-a.md": "A.\n"})
    portuguese = deck.language("pt-BR")
    assert portuguese is not None and portuguese.name == "Português (Brasil)"
    assert [(panel.language, panel.source) for panel in portuguese.panels] == [
        ("pt-BR", "PT-br/01-a.md"),
        ("pt-BR", "en/02-b.md"),
    ]
    diagnostic = only(deck, "en/02-b.md")
    assert "no Português (Brasil) (pt-BR) version of en/02-b.md" in diagnostic.message
    assert "Copy en/02-b.md into PT-br/" in diagnostic.message
    assert deck.language("pt-br") is portuguese and deck.language("PT-BR") is portuguese


def test_kiosk_toml_lists_language_tags_in_any_case(deck_from):
    deck = deck_from(
        {
            "kiosk.toml": 'languages = ["PT-br", "ckb", "zh-hant"]\n',
            "pt-BR/01-a.md": "A.\n",
            "ckb/01-a.md": "A.\n",
            "zh-Hant/01-a.md": "A.\n",
        }
    )
    assert [language.code for language in deck.languages] == ["pt-BR", "ckb", "zh-Hant"]
    assert deck.settings.languages == ("pt-BR", "ckb", "zh-Hant")
    assert deck.diagnostics == ()


def test_kiosk_toml_naming_one_language_twice_in_two_cases_is_reported(deck_from):
    deck = deck_from({"kiosk.toml": 'languages = ["pt-BR", "pt-br"]\n', "pt-BR/01-a.md": "A.\n"})
    assert deck.settings.languages == ("pt-BR",)
    assert "names a language twice" in only(deck, "kiosk.toml").message


def test_a_second_folder_for_the_same_language_is_ignored_with_a_warning(deck_from, tmp_path):
    deck = deck_from({"pt-BR/01-a.md": "A.\n", "pt-br/01-a.md": "Other.\n"})
    if (tmp_path / "content" / "pt-br").samefile(tmp_path / "content" / "pt-BR"):
        pytest.skip("this file system does not tell pt-br from pt-BR")
    assert [language.code for language in deck.languages] == ["pt-BR"]
    diagnostic = only(deck, "pt-br")
    assert diagnostic.severity is Severity.WARNING
    assert (
        'the folder "pt-br" is ignored: the folder "pt-BR" is already the Português (Brasil) one' in diagnostic.message
    )


def test_a_script_named_in_the_tag_decides_the_direction():
    assert is_right_to_left("ckb") and is_right_to_left("ku-Arab") and is_right_to_left("yi-Hebr")
    assert not is_right_to_left("ckb-Latn") and not is_right_to_left("sd-Deva") and not is_right_to_left("sr-Latn")
    assert is_right_to_left("AR-eg") and not is_right_to_left("pt-BR")


def test_a_folder_whose_name_is_not_a_language_tag_is_ignored_with_a_warning(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "en_US/01-a.md": "A.\n", "pt-BRA/01-a.md": "A.\n"})
    assert [language.code for language in deck.languages] == ["en"]
    assert {d.path for d in deck.diagnostics} == {"en_US", "pt-BRA"}
    assert all("named by a language code" in d.message for d in deck.diagnostics)


def test_a_fallback_panel_keeps_the_direction_of_the_language_it_is_written_in(deck_from):
    """The loader decides each panel's direction once: an English fallback inside Arabic reads left to right,
    an Arabic fallback inside English right to left."""
    deck = deck_from(
        {
            "kiosk.toml": 'languages = ["ar", "en"]\n',
            "ar/01-a.md": "أ.\n",
            "ar/02-b.md": "ب.\n",
            "en/01-a.md": "A.\n",
        }
    )
    english = deck.language("en")
    assert english is not None and not english.right_to_left
    assert [(panel.source, panel.fallback, panel.right_to_left) for panel in english.panels] == [
        ("en/01-a.md", False, False),
        ("ar/02-b.md", True, True),
    ]
    arabic = deck.language("ar")
    assert arabic is not None and all(panel.right_to_left for panel in arabic.panels)
