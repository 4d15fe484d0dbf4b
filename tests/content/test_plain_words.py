"""Messages in plain words at the right place: no YAML or TOML jargon, no file that does not exist."""

from __future__ import annotations

import pytest
from content_helpers import JARGON, only

from kiosk.content.model import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def front_matter_problem(deck_from, settings: str):
    deck = deck_from({"en/01-a.md": f"---\n{settings}\n---\nText.\n"})
    return only(deck, "en/01-a.md")


@pytest.mark.parametrize(
    ("settings", "line", "phrase"),
    [
        ("title: Vision\n\tlayout: text", 3, "tab"),
        ('title: "Our vision', 2, "never closed"),
        ("title: 'Our vision", 2, "never closed"),
        ("title: Our vision: 2030", 2, 'title: "Our vision: 2030"'),
        ("title: A\n  layout: text", 3, "at the start of its line"),
        ("  title: A\nlayout: text", 2, "at the start of its line"),
        ("title: [Draft] Our vision", 2, 'title: "[Draft] Our vision"'),
        ("title: {Draft} Our vision", 2, 'title: "{Draft} Our vision"'),
        ('title: "Our" vision', 2, "inside the quotes"),
        ("title: @home", 2, 'title: "@home"'),
        ("title: `code`", 2, 'title: "`code`"'),
        ("title: *Our* vision", 2, 'title: "*Our* vision"'),
        ("title: !important", 2, 'title: "!important"'),
        ("title: !!python/object:os.system x", 2, "in quotes"),
        ('title: "C:\\x"', 2, "a \\ in text"),
        ("title: 'Children's rights'", 2, 'title: "Children\'s rights"'),
        ("%title: x", 2, "in quotes"),
        (": x", 2, "`name: value`"),
    ],
)
def test_every_front_matter_mistake_is_told_in_plain_words_at_its_line(deck_from, settings, line, phrase):
    diagnostic = front_matter_problem(deck_from, settings)
    assert (diagnostic.line, diagnostic.severity) == (line, ERROR), diagnostic.format()
    assert phrase in diagnostic.message, diagnostic.format()
    assert not JARGON.search(diagnostic.message), diagnostic.format()


@pytest.mark.parametrize("title", ["2020-13-45", "2002-02-12", "No", "yes"])
def test_a_title_that_looks_like_a_date_or_a_yes_stays_the_text_written(deck_from, title):
    deck = deck_from({"en/01-a.md": f"---\ntitle: {title}\n---\nText.\n"})
    assert deck.diagnostics == ()
    assert deck.languages[0].panels[0].title == title


def test_a_title_opened_with_a_straight_quote_and_closed_with_a_curly_one_names_the_curly_quote(deck_from):
    diagnostic = front_matter_problem(deck_from, 'title: "Our vision”')
    assert diagnostic.line == 2 and "curly quote" in diagnostic.message, diagnostic.format()
    assert 'title: "Our vision"' in diagnostic.message


def test_a_panel_setting_written_twice_is_warned_at_the_second(deck_from):
    diagnostic = front_matter_problem(deck_from, "title: A\nlayout: text\ntitle: B")
    assert (diagnostic.line, diagnostic.severity) == (4, WARNING), diagnostic.format()
    assert '"title" is written twice' in diagnostic.message and "line 2" in diagnostic.message


def test_a_hash_in_a_title_that_cuts_it_short_is_warned(deck_from):
    deck = deck_from({"en/01-a.md": "---\ntitle: We are #1\n---\nText.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (2, WARNING), diagnostic.format()
    assert 'title: "We are #1"' in diagnostic.message


def test_a_missing_translation_is_reported_at_the_file_that_exists_naming_the_folder_to_copy_it_to(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "en/04-values.md": "V.\n", "fr/01-a.md": "A.\n"})
    diagnostic = only(deck, "en/04-values.md")
    assert (diagnostic.line, diagnostic.severity) == (1, WARNING)
    assert "Copy en/04-values.md into fr/ and translate it" in diagnostic.message
    assert not [d for d in deck.diagnostics if d.path == "fr/04-values.md"]


def test_a_damaged_drawing_is_described_without_the_xml_readers_words(deck_from):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4">\n<rect width="4" height="4">\n</svg>\n'
    deck = deck_from({"en/01-a.md": "![A square](media/a.svg)\n", "media/a.svg": svg})
    diagnostic = only(deck, "en/01-a.md")
    assert "damaged" in diagnostic.message and "line 3" in diagnostic.message, diagnostic.format()
    assert "mismatched" not in diagnostic.message and not JARGON.search(diagnostic.message), diagnostic.format()
