"""Near misses: a misspelt name says which name was meant, and is an error when visitors would see a difference."""

from __future__ import annotations

import pytest
from content_helpers import SVG, only, png_bytes

from kiosk.content.model import Layout, Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def test_a_misspelt_layout_key_is_an_error_that_names_layout(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayuot: timeline\n---\n## 1998 - Founded\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (2, ERROR), diagnostic.format()
    assert 'did you mean "layout"?' in diagnostic.message and "layout: timeline" in diagnostic.message
    assert deck.languages[0].panels[0].has_errors


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("tilte: Vision", "title"),
        ("imgae: media/a.svg", "image"),
        ("image_atl: Hills", "image_alt"),
        ("Title: V", "title"),
    ],
)
def test_each_misspelt_panel_setting_is_an_error_naming_the_setting_meant(deck_from, written, meant):
    deck = deck_from({"en/01-a.md": f"---\n{written}\n---\nText.\n", "media/a.svg": SVG})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (2, ERROR), diagnostic.format()
    assert f'did you mean "{meant}"?' in diagnostic.message, diagnostic.format()


def test_a_panel_setting_unlike_any_the_kiosk_knows_stays_a_warning(deck_from):
    deck = deck_from({"en/01-a.md": "---\nauthor: Jo\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert diagnostic.severity is WARNING and "did you mean" not in diagnostic.message, diagnostic.format()


def test_a_misspelt_layout_name_names_the_layout_meant(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: timline\n---\n## 1998 - Founded\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (2, ERROR)
    assert 'did you mean "timeline"?' in diagnostic.message, diagnostic.format()
    assert deck.languages[0].panels[0].layout is Layout.TEXT


@pytest.mark.parametrize(
    ("toml", "line", "meant"),
    [
        ('titel = "Our story"\n', 1, "title"),
        ('[theme]\nacent = "#ffffff"\n', 2, "accent"),
        ('[theem]\naccent = "#ffffff"\n', 1, "theme"),
        ("[timings]\nautoplya = 10\n", 2, "autoplay"),
    ],
)
def test_a_misspelt_kiosk_toml_setting_is_an_error_naming_the_setting_meant(deck_from, toml, line, meant):
    deck = deck_from({"en/01-a.md": "Text.\n", "kiosk.toml": toml})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (line, ERROR), diagnostic.format()
    assert f'did you mean "{meant}"?' in diagnostic.message, diagnostic.format()


def test_a_misspelt_language_in_kiosk_toml_is_an_error_naming_the_folder_meant(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "fr/01-a.md": "A.\n", "kiosk.toml": 'languages = ["en", "fre"]\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (1, ERROR), diagnostic.format()
    assert 'did you mean "fr"?' in diagnostic.message


@pytest.mark.parametrize(("folder", "meant"), [("fr_FR", "fr-FR"), ("english", "en"), ("Francais", "fr")])
def test_a_language_folder_named_almost_like_a_language_names_the_code_meant(deck_from, folder, meant):
    deck = deck_from({"en/01-a.md": "A.\n", f"{folder}/01-a.md": "A.\n"})
    diagnostic = only(deck, folder)
    assert f"rename the folder to {meant}" in diagnostic.message, diagnostic.format()


def test_a_language_folder_with_a_code_the_kiosk_does_not_know_names_the_code_meant(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "eng/01-a.md": "A.\n"})
    diagnostic = only(deck, "eng")
    assert diagnostic.severity is WARNING and 'did you mean "en"?' in diagnostic.message, diagnostic.format()


PUMP = {"media/photo-2020-Pump.jpg": png_bytes(40, 30)}


def test_a_panel_picture_named_with_other_capitals_is_an_error_naming_the_real_file(deck_from):
    deck = deck_from({**PUMP, "en/01-a.md": "---\nimage: media/photo-2020-pump.jpg\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (2, ERROR), diagnostic.format()
    assert '"media/photo-2020-Pump.jpg"' in diagnostic.message and "capital" in diagnostic.message


def test_a_markdown_picture_named_with_other_capitals_is_an_error_naming_the_real_file(deck_from):
    deck = deck_from({**PUMP, "en/01-a.md": "Text.\n\n![The pump](media/Photo-2020-pump.JPG)\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, ERROR), diagnostic.format()
    assert '"media/photo-2020-Pump.jpg"' in diagnostic.message


def test_a_logo_named_with_other_capitals_is_an_error_naming_the_real_file(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "media/Logo.svg": SVG, "kiosk.toml": '[theme]\nlogo = "media/logo.svg"\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (2, ERROR) and '"media/Logo.svg"' in diagnostic.message


def test_a_picture_folder_named_with_other_capitals_is_an_error_naming_the_real_folder(deck_from):
    deck = deck_from({**PUMP, "en/01-a.md": "---\nimage: Media/photo-2020-Pump.jpg\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert diagnostic.severity is ERROR and '"media/photo-2020-Pump.jpg"' in diagnostic.message, diagnostic.format()


def test_a_picture_name_one_letter_off_names_the_file_meant(deck_from):
    deck = deck_from({**PUMP, "en/01-a.md": "---\nimage: media/photo-2020-Pump.jpeg\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert "does not exist" in diagnostic.message and 'did you mean "media/photo-2020-Pump.jpg"?' in diagnostic.message
