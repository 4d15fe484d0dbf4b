"""Curly quotes in a panel's settings: Word and Mac editors type them, and they would show on screen."""

from __future__ import annotations

import pytest
from content_helpers import only

from kiosk.content.model import Severity


@pytest.mark.parametrize("written", ["“Our vision”", "‘Our vision’", "„Our vision“", "«Our vision»"])
def test_a_title_in_curly_quotes_is_warned_at_its_line_with_the_fix(deck_from, written):
    deck = deck_from({"en/01-a.md": f"---\nlayout: text\ntitle: {written}\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.WARNING), diagnostic.format()
    assert "curly quotes" in diagnostic.message and "show on screen" in diagnostic.message
    assert "title: Our vision" in diagnostic.message


def test_an_image_description_in_curly_quotes_is_warned_too(deck_from):
    deck = deck_from({"en/01-a.md": "---\nimage_alt: “Hills at dawn”\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert diagnostic.line == 2 and "image_alt: Hills at dawn" in diagnostic.message, diagnostic.format()


def test_curly_quotes_inside_a_title_are_text_and_pass(deck_from):
    deck = deck_from({"en/01-a.md": "---\ntitle: The “Open Doors” year\n---\nText.\n"})
    assert deck.diagnostics == ()
    assert deck.languages[0].panels[0].title == "The “Open Doors” year"
