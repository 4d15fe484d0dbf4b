"""[presenter] in kiosk.toml: a switch, read and explained like every other setting."""

from __future__ import annotations

import pytest
from content_helpers import JARGON, only

from kiosk.content.model import Severity

TEXT = {"en/01-a.md": "Text.\n"}


def test_presenter_mode_is_off_unless_kiosk_toml_turns_it_on(deck_from):
    assert deck_from(TEXT).settings.presenter.enabled is False
    deck = deck_from({**TEXT, "kiosk.toml": "[presenter]\nenabled = true\nhide_pointer = 5\n"})
    assert deck.diagnostics == ()
    assert (deck.settings.presenter.enabled, deck.settings.presenter.pointer_seconds) == (True, 5.0)


@pytest.mark.parametrize(("written", "meant"), [("yes", "true"), ("True", "true"), ("off", "false"), ("oui", "true")])
def test_a_switch_written_as_a_word_toml_cannot_read_says_to_write_true_or_false(deck_from, written, meant):
    deck = deck_from({**TEXT, "kiosk.toml": f'title = "Talk"\n[presenter]\nenabled = {written}\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.ERROR)
    assert f"true or false, in small letters and without quotes: enabled = {meant}." in diagnostic.message
    assert "between straight quotes" not in diagnostic.message and not JARGON.search(diagnostic.message)
    assert deck.settings.title == "Talk"


def test_a_switch_in_quotes_is_reported_and_keeps_its_default(deck_from):
    deck = deck_from({**TEXT, "kiosk.toml": '[presenter]\nenabled = "true"\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert diagnostic.line == 2
    assert 'the setting "presenter.enabled" must be true or false, without quotes, e.g. enabled = true' in (
        diagnostic.message
    )
    assert deck.settings.presenter.enabled is False
