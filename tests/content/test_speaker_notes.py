"""Speaker notes: everything below a line that says only `Notes:`; never on the audience's screen."""

from __future__ import annotations

import pytest
from content_helpers import JARGON

from kiosk.content.model import Severity

STATEMENT_WITH_NOTES = """
---
layout: statement
title: Our vision
---
A world where children are not used in war.

Notes:
Pause here. Ask who has *met* a former child soldier.
"""


def test_the_text_below_a_notes_line_is_the_panels_notes_and_not_its_text(deck_from):
    deck = deck_from({"en/01-vision.md": STATEMENT_WITH_NOTES})
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.statement is not None
    assert panel.statement.message == "A world where children are not used in war."
    assert "Pause" not in panel.statement.supporting.html
    assert panel.notes.html == "<p>Pause here. Ask who has <em>met</em> a former child soldier.</p>"


@pytest.mark.parametrize("marker", ["Notes:", "NOTES:", "notes :", "Note:", "Speaker notes:", "  speaker Notes:  "])
def test_the_notes_line_may_be_written_in_any_capitals_and_as_speaker_notes(deck_from, marker):
    deck = deck_from({"en/01-about.md": f"# About\n\nWe began in 1998.\n\n{marker}\nSay thank you.\n"})
    panel = deck.languages[0].panels[0]
    assert panel.notes.html == "<p>Say thank you.</p>"
    assert "thank" not in panel.intro.html and "otes" not in panel.intro.html


def test_a_panel_without_a_notes_line_has_no_notes(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nNotes: we keep them on paper.\n"})
    panel = deck.languages[0].panels[0]
    assert panel.notes.empty
    assert "we keep them on paper" in panel.intro.html


def test_an_html_comment_is_hidden_and_is_not_a_speaker_note(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n\n<!-- check the date with Sam -->\n"})
    panel = deck.languages[0].panels[0]
    assert panel.notes.empty and "Sam" not in panel.intro.html


def test_a_notes_line_inside_an_html_comment_starts_no_notes(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n<!--\nNotes:\nlater\n-->\nWe grew.\n"})
    panel = deck.languages[0].panels[0]
    assert panel.notes.empty and "We grew." in panel.intro.html


def test_a_notes_line_inside_the_last_timeline_event_ends_the_events(deck_from):
    deck = deck_from(
        {
            "en/02-history.md": """
            ---
            layout: timeline
            ---
            # Our history
            ## 1998 - Founded
            Six organisations met in Geneva.
            ## 2002 - The treaty
            The protocol came into force.

            Notes:
            Stress that the treaty took four years.
            """
        }
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert [event.title for event in panel.events] == ["Founded", "The treaty"]
    assert "four years" not in panel.events[-1].body.html
    assert "four years" in panel.notes.html


def test_timeline_events_written_below_the_notes_line_are_reported(deck_from):
    deck = deck_from(
        {
            "en/02-history.md": """
            ---
            layout: timeline
            ---
            ## 1998 - Founded
            Six organisations met.

            Notes:
            Go slowly.
            ## 2002 - The treaty
            The protocol came into force.
            """
        }
    )
    [warning] = deck.diagnostics
    assert (warning.path, warning.line, warning.severity) == ("en/02-history.md", 9, Severity.WARNING)
    assert '"## 2002 - The treaty" is below the "Notes:" line (line 7)' in warning.message
    assert "move it above" in warning.message
    assert [event.title for event in deck.languages[0].panels[0].events] == ["Founded"]


def test_cards_written_below_the_notes_line_are_reported(deck_from):
    deck = deck_from(
        {
            "en/03-values.md": "---\nlayout: cards\n---\n## Respect\nFor all.\n\nNotes:\nOne value.\n## Courage\nAlways.\n"
        }
    )
    [warning] = deck.diagnostics
    assert warning.line == 9 and "## Courage" in warning.message


def test_headings_in_the_notes_of_a_text_panel_are_the_notes_own(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n\nNotes:\n## If asked\nSay 1998.\n"})
    assert deck.diagnostics == ()
    assert "If asked" in deck.languages[0].panels[0].notes.html


def test_a_notes_line_with_nothing_below_it_is_reported(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n\nNotes:\n\n"})
    [warning] = deck.diagnostics
    assert (warning.line, warning.severity) == (5, Severity.WARNING)
    assert 'the "Notes:" line has nothing below it' in warning.message
    assert not JARGON.search(warning.message)


@pytest.mark.parametrize("written", ["**Notes:**", "Notes", "_Speaker notes_", "> Notes:"])
def test_a_line_almost_like_the_notes_line_is_reported_as_shown_on_screen(deck_from, written):
    deck = deck_from({"en/01-about.md": f"# About\n\nWe began.\n\n{written}\nSay thank you.\n"})
    [warning] = deck.diagnostics
    assert warning.line == 5
    assert f'"{written}" is shown on screen' in warning.message and "Notes: alone on its line" in warning.message
    assert deck.languages[0].panels[0].notes.empty


def test_a_heading_called_notes_is_a_heading(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n\n### Notes\nSee the leaflet.\n"})
    assert deck.diagnostics == ()


def test_a_panel_with_only_speaker_notes_is_empty(deck_from):
    deck = deck_from({"en/01-about.md": "Notes:\nSay hello.\n", "en/02-more.md": "# More\n"})
    [error] = deck.errors
    assert error.path == "en/01-about.md" and "above the speaker notes" in error.message
    assert [panel.key for panel in deck.languages[0].panels] == ["02-more.md"]


def test_problems_in_the_notes_are_reported_at_their_file_line(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n\nNotes:\nShow ![map](media/missing.png)\n"})
    [error] = deck.errors
    assert error.line == 6 and "missing.png" in error.message


def test_links_in_the_notes_get_no_qr_code_on_screen(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nWe began.\n\nNotes:\nSee https://example.org/report\n"})
    panel = deck.languages[0].panels[0]
    assert panel.links == ()
    assert "example.org/report" in panel.notes.html


@pytest.mark.parametrize("marker", ["Notes :", "Notes\u00a0:", "Notes\u202f:", "NOTES\u00a0: "])
def test_the_notes_line_may_have_a_space_before_its_colon_as_french_writes_it(deck_from, marker):
    """French puts a space before a colon, and Word and LibreOffice make it a non-breaking one as you type."""
    deck = deck_from({"fr/01-about.md": f"# À propos\n\nNous avons commencé en 1998.\n\n{marker}\nDire merci.\n"})
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.notes.html == "<p>Dire merci.</p>" and "merci" not in panel.intro.html


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fr", "Remarques :"),
        ("fr", "Notes de l’orateur\u00a0:"),
        ("fr", "**Remarques :**"),
        ("ar", "ملاحظات:"),
        ("ar", "ملاحظات المتحدث :"),
        ("de", "Notizen:"),
        ("es", "Notas del orador:"),
        ("pt", "Notas:"),
        ("it", "Appunti:"),
        ("sw", "Maelezo:"),
    ],
)
def test_a_notes_line_in_the_panels_own_language_is_reported_with_the_word_to_write(deck_from, language, written):
    """An editor writing in French or Arabic writes the word of their language: it is not the marker (it could be
    text meant for the screen), so the line stays on screen and `kiosk check` says to write Notes: instead."""
    deck = deck_from({f"{language}/01-about.md": f"# Title\n\nText.\n\n{written}\nSay thank you.\n"})
    [warning] = deck.diagnostics
    assert (warning.path, warning.line, warning.severity) == (f"{language}/01-about.md", 5, Severity.WARNING)
    assert f'"{written}" is shown on screen' in warning.message
    assert "write Notes: alone on its line" in warning.message and "in English" in warning.message
    assert not JARGON.search(warning.message)
    assert deck.languages[0].panels[0].notes.empty


def test_a_word_for_notes_inside_a_sentence_is_not_reported(deck_from):
    deck = deck_from({"fr/01-about.md": "# À propos\n\nQuelques remarques : nous avons commencé en 1998.\n"})
    assert deck.diagnostics == ()


@pytest.mark.parametrize("written", ["Notes: thank the hosts", "Speaker notes: thank the hosts", "**Notes:** thank"])
def test_a_note_written_on_the_notes_line_itself_is_reported_as_shown_on_screen(deck_from, written):
    """The audience would read it: the editor is told to put Notes: alone and the note below it."""
    deck = deck_from({"en/01-about.md": f"# About\n\nWe began.\n\n{written}\n"})
    [warning] = deck.diagnostics
    assert (warning.line, warning.severity) == (5, Severity.WARNING)
    assert f'"{written}" is shown on screen' in warning.message and "Notes: alone on its line" in warning.message
    assert not JARGON.search(warning.message)


def test_a_sentence_starting_with_note_is_the_panels_own_text(deck_from):
    deck = deck_from({"en/01-about.md": "# About\n\nNote: the museum closes at five.\n"})
    assert deck.diagnostics == ()
