"""Notes an editor writes as HTML comments (`<!-- ... -->`) never reach the screen, wherever they are."""

from __future__ import annotations

from content_helpers import SVG, only

from kiosk.content.comments import hide_comments
from kiosk.content.loader import load_deck
from kiosk.content.model import Severity

NOTE = "<!-- speaker note: thank the hosts -->"


def shown_html(panel) -> str:
    """Every piece of HTML and text the panel puts on screen."""
    pieces = [panel.title, panel.intro.html]
    pieces += [event.title + event.body.html for event in panel.events]
    pieces += [card.name + card.body.html for card in panel.cards]
    if panel.statement:
        pieces += [panel.statement.message, panel.statement.supporting.html]
    return "\n".join(pieces)


def test_a_comment_on_its_own_line_is_not_shown(deck_from):
    deck = deck_from({"en/01-a.md": f"# Welcome\n\nThank you for coming.\n\n{NOTE}\n\nEnjoy the visit.\n"})
    assert deck.diagnostics == ()
    html = shown_html(deck.languages[0].panels[0])
    assert "speaker note" not in html and "&lt;!" not in html
    assert "Thank you for coming." in html and "Enjoy the visit." in html


def test_a_comment_inside_a_paragraph_is_not_shown(deck_from):
    deck = deck_from({"en/01-a.md": f"Thank you {NOTE} for coming.\n"})
    assert deck.diagnostics == ()
    assert deck.languages[0].panels[0].intro.html == "<p>Thank you  for coming.</p>"


def test_a_comment_over_several_lines_is_not_shown_and_later_lines_keep_their_numbers(deck_from):
    deck = deck_from(
        {"en/01-a.md": "Before.\n\n<!-- speaker note:\nthank the hosts\n-->\nAfter.\n\n![Gone](media/gone.png)\n"}
    )
    assert "speaker note" not in shown_html(deck.languages[0].panels[0])
    assert only(deck, "en/01-a.md").line == 8


def test_a_comment_in_a_statement_message_is_not_shown(deck_from):
    deck = deck_from({"en/01-a.md": f"---\nlayout: statement\n---\nA world without war. {NOTE}\n"})
    statement = deck.languages[0].panels[0].statement
    assert statement is not None and statement.message == "A world without war."


def test_a_comment_in_a_timeline_event_is_not_shown(deck_from):
    deck = deck_from(
        {"en/01-a.md": f"---\nlayout: timeline\n---\n## 1998 - Founded {NOTE}\n\nThe first office.\n{NOTE}\n"}
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert "speaker note" not in shown_html(panel)
    assert [(event.title, event.body.html) for event in panel.events] == [("Founded", "<p>The first office.</p>")]


def test_a_comment_in_a_card_is_not_shown(deck_from):
    deck = deck_from({"en/01-a.md": f"---\nlayout: cards\n---\n## Courage\n\nWe speak up. {NOTE}\n"})
    panel = deck.languages[0].panels[0]
    assert "speaker note" not in shown_html(panel)
    assert [card.body.html for card in panel.cards] == ["<p>We speak up. </p>"]


def test_an_event_inside_a_comment_is_left_out(deck_from):
    deck = deck_from(
        {
            "en/01-a.md": (
                "---\nlayout: timeline\n---\n## 1998 - Founded\n\nFirst.\n\n"
                "<!-- not yet:\n## 2030 - Our future\n\n![Plan](media/plan.svg)\n-->\n"
                "## 2002 - Treaty\n\n![Gone](media/gone.png)\n"
            ),
            "media/plan.svg": SVG,
        }
    )
    panel = deck.languages[0].panels[0]
    assert [event.label for event in panel.events] == ["1998", "2002"]
    assert [event.line for event in panel.events] == [4, 13]
    assert only(deck, "en/01-a.md").line == 15


def test_an_unclosed_comment_is_reported_at_its_line_and_shown(deck_from):
    deck = deck_from(
        {"en/01-a.md": "# Welcome\n\nThank you.\n\n<!-- speaker note: thank the hosts\n\nEnjoy the visit.\n"}
    )
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (5, Severity.WARNING)
    assert "never closed" in diagnostic.message and '"-->"' in diagnostic.message
    html = deck.languages[0].panels[0].intro.html
    assert "speaker note" in html and "Enjoy the visit." in html


def test_a_panel_holding_only_a_comment_is_empty(deck_from):
    deck = deck_from({"en/01-a.md": f"{NOTE}\n", "en/02-b.md": "Text.\n"})
    assert "this panel is empty" in only(deck, "en/01-a.md").message
    assert [panel.key for panel in deck.languages[0].panels] == ["02-b.md"]


def test_comments_keep_every_line_break():
    hidden = hide_comments(["a <!-- one", "two --> b", "<!---->c<!-->d", "e"])
    assert (hidden.lines, hidden.unclosed) == (["a ", " b", "cd", "e"], None)
    assert hide_comments(["a", "b <!-- c", "d"]).unclosed == 1


def test_a_comment_in_a_setting_is_not_shown(deck_from):
    deck = deck_from({"en/01-a.md": f"---\ntitle: Our vision {NOTE}\nimage_alt: Hills\n---\nText.\n"})
    assert deck.diagnostics == ()
    assert deck.languages[0].panels[0].title == "Our vision"


def test_settings_under_a_comment_above_them_are_read_not_shown(deck_from):
    deck = deck_from({"en/01-a.md": f"{NOTE}\n---\nlayout: statement\ntitle: Hello\n---\nA world without war.\n"})
    panel = deck.languages[0].panels[0]
    assert (panel.title, str(panel.layout)) == ("Hello", "statement"), shown_html(panel)
    assert "layout:" not in shown_html(panel)


def test_settings_after_blank_lines_are_read_not_shown(tmp_path):
    """Word or an extra Enter puts an empty line above the settings: they are still the panel's settings,
    and a mistake in them is reported at its own line. (Written here as they are: the usual helper trims
    the empty lines at the top.)"""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01-a.md").write_text("\n\n---\nlayout: statement\ntitle: Hello\n---\nA world.\n", "utf-8")
    (tmp_path / "en" / "02-b.md").write_text("\n---\nlayuot: timeline\n---\nText.\n", encoding="utf-8")
    deck = load_deck(tmp_path)
    first = deck.languages[0].panels[0]
    assert (first.title, str(first.layout)) == ("Hello", "statement"), shown_html(first)
    assert "layout:" not in shown_html(first)
    assert only(deck, "en/02-b.md").line == 3
