"""A panel's short title (`short_title:`), its label in the kiosk's section tabs (issue 18, item 6)."""

from __future__ import annotations

from content_helpers import JARGON, only

from kiosk.content.model import Severity


def panel_file(settings: str) -> dict[str, str]:
    return {
        "en/01-vision.md": f"---\nlayout: statement\ntitle: Our vision for the world\n{settings}---\nA world at peace.\n"
    }


def test_a_short_title_labels_the_panel(deck_from) -> None:
    deck = deck_from(panel_file("short_title: Vision\n"))
    panel = deck.languages[0].panels[0]
    assert (panel.title, panel.short_title, panel.label) == ("Our vision for the world", "Vision", "Vision")
    assert not deck.diagnostics


def test_without_a_short_title_the_panel_is_labelled_with_its_title(deck_from) -> None:
    panel = deck_from(panel_file("")).languages[0].panels[0]
    assert panel.label == "Our vision for the world"


def test_a_short_title_too_long_for_a_tab_is_reported(deck_from) -> None:
    deck = deck_from(panel_file("short_title: Our vision for the whole wide world\n"))
    problem = only(deck, "en/01-vision.md")
    assert (problem.line, problem.severity) == (4, Severity.WARNING)
    assert "short title is 35 characters long" in problem.message and "short_title: Vision" in problem.message
    assert not JARGON.search(problem.message)
    assert deck.languages[0].panels[0].label == "Our vision for the whole wide world"


def test_a_short_title_that_is_not_text_is_reported(deck_from) -> None:
    deck = deck_from(panel_file("short_title: [Vision]\n"))
    assert 'the setting "short_title" must be a line of text' in only(deck, "en/01-vision.md").message
    assert deck.languages[0].panels[0].label == "Our vision for the world"
