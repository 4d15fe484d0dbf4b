"""Issue 20: a screen reader reads the panel on screen (its title, its text, its pictures' descriptions,
where it is in the deck) and nothing of the neighbouring panels the view keeps built."""

from __future__ import annotations

from pathlib import Path

import pytest
from accessible_tree import Node, accessible_tree
from kiosk_helpers import wait_settled

BUNDLED = Path(__file__).resolve().parents[2] / "content"


def panel_nodes(nodes: list[Node]) -> list[Node]:
    """The nodes inside the one panel a screen reader can reach (the Pane and what it holds)."""
    panes = [at for at, node in enumerate(nodes) if node.role == "Pane"]
    assert len(panes) == 1, "\n".join(map(str, nodes))
    start = panes[0]
    inside = [nodes[start]]
    for node in nodes[start + 1 :]:
        if node.depth <= nodes[start].depth:
            break
        inside.append(node)
    return inside


def words_of_panel(kiosk, index: int, first_part_only: bool = False) -> list[str]:
    """Titles, messages and picture descriptions of panel `index`, as the deck holds them (of its cards,
    only the first when `first_part_only`)."""
    panel = kiosk.controller.deck.languages[0].panels[index]
    words = [panel.title]
    if panel.image is not None and panel.image.alt:
        words.append(panel.image.alt)
    cards = panel.cards[:1] if first_part_only else panel.cards
    words += [card.name for card in cards] + [card.icon.alt for card in cards if card.icon]
    words += [event.title for event in panel.events] + [event.image.alt for event in panel.events if event.image]
    if panel.statement is not None:
        words.append(panel.statement.message)
    return [word for word in words if word]


@pytest.mark.parametrize("index", range(5))
def test_only_the_panel_on_screen_is_read_with_its_title_text_and_position(show_kiosk, qtbot, index):
    kiosk = show_kiosk(BUNDLED)
    kiosk.controller.goTo(index)
    wait_settled(qtbot, kiosk, index)
    title = kiosk.controller.panel_model.panels[index].title
    # A far panel is reached in a cross-fade, which may not have begun when the view first looks settled.
    qtbot.waitUntil(
        lambda: (
            [n.name for n in accessible_tree(kiosk.window) if n.role == "Pane"] == [f"Panel {index + 1} of 5, {title}"]
        )
    )
    nodes = accessible_tree(kiosk.window, with_invisible=True)
    panel = panel_nodes(nodes)
    inside = " | ".join(node.name for node in panel)
    # Cards too many for one screen come in parts: those of the other parts are not on screen, so not read.
    for words in words_of_panel(kiosk, index, first_part_only=True):
        assert words in inside, f"{words!r} not read on panel {index + 1}: {inside}"
    assert any(node.role == "StaticText" for node in panel), inside
    everything = "\n".join(node.name for node in nodes)
    for other in range(5):
        if other == index:
            continue
        for words in words_of_panel(kiosk, other):
            if words == kiosk.controller.panel_model.panels[other].title:
                continue  # the page tabs in the footer name every panel, by design
            assert words not in everything, f"{words!r} of panel {other + 1} read while panel {index + 1} is shown"


def test_the_panel_text_is_read_as_words_not_markup(show_kiosk, qtbot):
    kiosk = show_kiosk(BUNDLED)
    kiosk.controller.goTo(4)
    wait_settled(qtbot, kiosk, 4)
    texts = [node.name for node in accessible_tree(kiosk.window) if node.role == "StaticText"]
    assert texts and all("<" not in text and "&amp;" not in text and "{" not in text for text in texts), texts
    assert any(len(text.split()) > 12 for text in texts), texts


def test_every_control_has_a_name(show_kiosk):
    kiosk = show_kiosk(BUNDLED)
    controls = [node for node in accessible_tree(kiosk.window) if node.role in ("Button", "PageTab", "CheckBox")]
    assert len(controls) >= 9
    assert [str(node) for node in controls if not node.name.strip()] == []


def test_the_panel_position_is_read_in_the_visitors_language(show_kiosk, qtbot):
    kiosk = show_kiosk(BUNDLED)
    kiosk.controller.setLanguage("fr")
    kiosk.controller.goTo(1)
    wait_settled(qtbot, kiosk, 1)
    title = kiosk.controller.panel_model.panels[1].title
    (pane,) = [node for node in accessible_tree(kiosk.window) if node.role == "Pane"]
    assert pane.name == f"Panneau 2 sur 5, {title}"
