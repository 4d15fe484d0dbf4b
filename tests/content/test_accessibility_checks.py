"""`kiosk check` warns about pictures without a description and theme colours too faint to read."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import JARGON, SVG

from kiosk.content.accessibility import (
    BODY_TEXT_AAA,
    HIGH_CONTRAST,
    TEXT_PAIRS,
    contrast_ratio,
    weak_pairs,
)
from kiosk.content.loader import load_deck
from kiosk.content.model import Severity, Theme

BUNDLED = Path(__file__).resolve().parents[2] / "content"


def warnings_about(deck, words: str) -> list[str]:
    return [d.format() for d in deck.diagnostics if d.severity is Severity.WARNING and words in d.message]


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_bundled_theme_passes_wcag_aa_for_every_text_colour_pairing():
    deck = load_deck(BUNDLED)
    assert weak_pairs(deck.settings.theme) == []
    assert warnings_about(deck, "contrast") == []


def test_the_default_theme_passes_wcag_aa():
    assert weak_pairs(Theme()) == []


def test_the_high_contrast_theme_passes_wcag_aaa_for_body_text():
    assert weak_pairs(HIGH_CONTRAST, minimum_for_body=BODY_TEXT_AAA) == []
    for pair in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(HIGH_CONTRAST, pair.foreground), getattr(HIGH_CONTRAST, pair.background))
        assert ratio >= BODY_TEXT_AAA, pair


def test_faint_theme_colours_are_reported_with_both_colours_and_the_ratio(deck_from):
    deck = deck_from(
        {
            "kiosk.toml": """
                [theme]
                background = "#ffffff"
                surface = "#eeeeee"
                text = "#000000"
                muted = "#999999"
                accent = "#1a4f8b"
            """,
            "en/01-vision.md": "# Vision\n\nText.\n",
        }
    )
    found = warnings_about(deck, "too close")
    assert found == [
        'kiosk.toml:5: warning: the colours "muted" (#999999) and "background" (#ffffff) are too close for quieter '
        "text (introductions, dates): one on the other has a contrast of 2.8 to 1, and visitors who see less well "
        "need at least 4.5 to 1. Make one of the two colours lighter or darker.",
        'kiosk.toml:5: warning: the colours "muted" (#999999) and "surface" (#eeeeee) are too close for quieter '
        "text on cards: one on the other has a contrast of 2.4 to 1, and visitors who see less well need at least "
        "4.5 to 1. Make one of the two colours lighter or darker.",
    ]


def test_a_ratio_just_below_the_minimum_is_not_rounded_up_to_it(deck_from):
    deck = deck_from(
        {"kiosk.toml": '[theme]\nbackground = "#ffffff"\ntext = "#777777"\n', "en/01-vision.md": "# Vision\n\nText.\n"}
    )
    assert any("contrast of 4.4 to 1" in message for message in warnings_about(deck, '"text" (#777777)'))


def test_a_markdown_picture_without_a_description_is_reported(deck_from):
    deck = deck_from({"media/x.svg": SVG, "en/01-vision.md": "# Vision\n\nText.\n\n![](media/x.svg)\n"})
    assert warnings_about(deck, "no description") == [
        'en/01-vision.md:5: warning: the picture "media/x.svg" has no description, so visitors who cannot see it '
        "(a screen reader reads descriptions aloud) miss it. To fix it, write what it shows between the square "
        "brackets: ![Children in a classroom](media/x.svg)."
    ]


def test_a_panel_image_without_image_alt_is_reported(deck_from):
    deck = deck_from({"media/x.svg": SVG, "en/01-vision.md": "---\nimage: media/x.svg\n---\n# Vision\n\nText.\n"})
    (found,) = warnings_about(deck, "no description")
    assert found.startswith('en/01-vision.md:2: warning: the picture "media/x.svg" has no description')
    assert "image_alt:" in found


def test_a_card_picture_without_a_description_is_reported(deck_from):
    deck = deck_from(
        {
            "media/x.svg": SVG,
            "en/01-values.md": "---\nlayout: cards\n---\n# Values\n\n## Respect\n\n![ ](media/x.svg)\n\nText.\n",
        }
    )
    (found,) = warnings_about(deck, "no description")
    assert found.startswith('en/01-values.md:8: warning: the picture "media/x.svg"')


def test_a_timeline_picture_without_a_description_is_reported(deck_from):
    deck = deck_from(
        {
            "media/x.svg": SVG,
            "en/01-history.md": "---\nlayout: timeline\n---\n# History\n\n## 1998\n\n![](media/x.svg)\n\nFounded.\n",
        }
    )
    (found,) = warnings_about(deck, "no description")
    assert found.startswith('en/01-history.md:8: warning: the picture "media/x.svg"')


def test_pictures_with_descriptions_and_the_bundled_content_get_no_warning(deck_from):
    deck = deck_from(
        {
            "media/x.svg": SVG,
            "en/01-vision.md": "---\nimage: media/x.svg\nimage_alt: Hills\n---\n# Vision\n\n![A sun](media/x.svg)\n",
        }
    )
    assert warnings_about(deck, "no description") == []
    assert warnings_about(load_deck(BUNDLED), "no description") == []


def test_accessibility_messages_are_plain_words(deck_from):
    deck = deck_from(
        {
            "kiosk.toml": '[theme]\nbackground = "#ffffff"\ntext = "#eeeeee"\n',
            "media/x.svg": SVG,
            "en/01-vision.md": "# Vision\n\n![](media/x.svg)\n",
        }
    )
    messages = warnings_about(deck, "")
    assert len(messages) >= 2
    assert not [message for message in messages if JARGON.search(message)]
