"""kiosk.toml mistakes are reported at the line where they are written, whatever TOML form they take."""

from __future__ import annotations

from content_helpers import only

from kiosk.content.model import Severity

PANEL = {"en/01-a.md": "Text.\n"}


def test_an_array_of_tables_is_reported_at_its_line_with_single_brackets_to_write(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": 'title = "Our story"\n\n[[admin]]\ncorner = "top-right"\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.ERROR)
    assert "[[admin]] is written with double brackets" in diagnostic.message
    assert "write it [admin]" in diagnostic.message


def test_a_dotted_key_is_reported_at_its_line(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": 'title = "Our story"\n\ntheme.background = "blue"\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.ERROR)
    assert 'the setting "theme.background" must be a colour' in diagnostic.message


def test_a_dotted_key_in_a_section_is_reported_at_its_line(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": '[admin]\ncorner = "top-left"\n\n[timings]\nx.y = 1\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (5, Severity.WARNING)
    assert 'the setting "x" in [timings] is unknown' in diagnostic.message
