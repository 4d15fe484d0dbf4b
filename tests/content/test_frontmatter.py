"""The settings block at the top of a panel: its values, the file line of each, and where the text starts."""

from __future__ import annotations

import pytest
from content_helpers import only

from kiosk.content.frontmatter import parse_front_matter


def test_settings_are_read_with_the_file_line_of_each():
    front = parse_front_matter(["---", "layout: cards", "", "title: Our values", "---", "Text."])
    assert front.values == {"layout": "cards", "title": "Our values"}
    assert front.lines == {"layout": 2, "title": 4}
    assert (front.body_start, front.problem) == (5, None)


def test_a_file_without_settings_is_all_text():
    front = parse_front_matter(["# Title", "---", "layout: cards", "---"])
    assert (front.values, front.body_start, front.problem) == ({}, 0, None)


def test_settings_may_end_with_three_dots():
    front = parse_front_matter(["---", "layout: text", "...", "Text."])
    assert (front.values, front.body_start) == ({"layout": "text"}, 3)


def test_an_empty_settings_block_is_no_settings():
    front = parse_front_matter(["---", "---", "Text."])
    assert (front.values, front.body_start, front.problem) == ({}, 2, None)


def test_an_unclosed_settings_block_is_reported_at_line_one_and_the_text_still_shows():
    front = parse_front_matter(["---", "layout: statement", "", "A world."])
    assert front.problem is not None and front.problem[0] == 1
    assert "never closed" in front.problem[1] and "Add a line with just ---" in front.problem[1]
    assert front.body_start == 1


def test_unreadable_settings_are_reported_at_their_line():
    front = parse_front_matter(["---", "layout: text", "title: Vision: a world", "---", "Text."])
    assert front.problem is not None and front.problem[0] == 3
    assert "cannot be read" in front.problem[1] and "in quotes" in front.problem[1]
    assert front.body_start == 4


@pytest.mark.parametrize("written", ["- layout\n- text", "just words"])
def test_settings_that_are_not_name_value_lines_are_reported(written):
    front = parse_front_matter(["---", *written.split("\n"), "---", "Text."])
    assert front.problem is not None and front.problem[0] == 2 and "`name: value`" in front.problem[1]


def test_a_deeply_nested_value_is_reported_not_raised():
    front = parse_front_matter(["---", "title: " + "[" * 5000 + "]" * 5000, "---"])
    assert front.problem is not None and front.problem[0] == 2


@pytest.mark.parametrize("line_break", ["\x85", "\u2028", "\u2029"])
def test_a_character_yaml_takes_for_a_new_line_keeps_every_setting_on_its_own_line(line_break):
    """YAML counts NEL and the Unicode line separators as line breaks; the file's own lines do not."""
    lines = ["---", f"title: Our vision{line_break}tilte: more #here", "layout: text", "---", "Text."]
    front = parse_front_matter(lines)
    assert all(2 <= line <= 3 for line in front.lines.values()), front.lines
    assert all(2 <= line <= 3 for line, _ in front.remarks), front.remarks


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("—\nlayout: statement\ntitle: Hello\n—\n", 2),  # a Mac editor's smart dash for ---
        ("– – –\nlayout: statement\ntitle: Hello\n– – –\n", 2),  # Word's
        ("----\nlayout: statement\ntitle: Hello\n----\n", 2),
        ("layout: statement\ntitle: Hello\n\n", 1),  # no --- at all
    ],
    ids=["em dash", "spaced en dashes", "four hyphens", "no fence"],
)
def test_settings_that_would_show_as_text_are_an_error(deck_from, written, line):
    deck = deck_from({"en/01-a.md": written + "A world without war.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity.value) == (line, "error"), diagnostic.format()
    assert "shown on screen as text" in diagnostic.message and "three hyphens (---)" in diagnostic.message


def test_a_text_that_starts_with_a_colon_is_not_taken_for_settings(deck_from):
    deck = deck_from({"en/01-a.md": "Opening hours: 9 to 5.\n\nTitle: to be decided.\n"})
    assert deck.diagnostics == ()
