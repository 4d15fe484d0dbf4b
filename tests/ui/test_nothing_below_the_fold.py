"""Issue 18, item 3: on a kiosk nothing is hidden below the fold without an obvious control.

Every bundled and starter panel, in English, French and an Arabic copy, on the real window at four
screen sizes: each text is in view, or a "more" control is on screen to bring it in; no text is cut
short, shrunk under the readable minimum, or broken in the middle of a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from arabic_copies import BUNDLED_ARABIC, STARTER_ARABIC, with_arabic
from kiosk_helpers import wait_settled, write_content
from screen_fit import hidden_text
from test_long_timeline import forty_event_timeline

from kiosk.content.scaffold import write_starter

SIZES = [(1024, 768), (1280, 800), (1920, 1080), (1080, 1920)]
BUNDLED = Path(__file__).resolve().parents[2] / "content"

EIGHT_PRINCIPLES = {
    "en/01-principles.md": "---\nlayout: cards\ntitle: Our principles\n---\nEight principles guide our work.\n\n"
    + "".join(
        f"## {name}\n\nWe hold to {name.lower()} in everything we do, with children, families, communities, "
        "partners and governments alike.\n\n"
        for name in (
            "Dignity",
            "Safety",
            "Participation",
            "Transparency",
            "Independence",
            "Partnership",
            "Learning",
            "Care",
        )
    ),
}


def deck_folder(name: str, tmp_path: Path) -> Path:
    if name == "bundled":
        return with_arabic(BUNDLED, tmp_path / "bundled", BUNDLED_ARABIC)
    if name == "starter":
        write_starter(tmp_path / "starter-en-fr")
        return with_arabic(tmp_path / "starter-en-fr", tmp_path / "starter", STARTER_ARABIC)
    if name == "forty-event-timeline":
        languages = {"en": "Our history", "fr": "Notre histoire", "ar": "تاريخنا"}
        files = {f"{code}/01-history.md": forty_event_timeline(title) for code, title in languages.items()}
        return write_content(tmp_path / name, {**files, "en/02-next.md": "# Next\n\nWhat we do now.\n"})
    return write_content(tmp_path / name, EIGHT_PRINCIPLES)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("deck", ["bundled", "starter", "eight-principles", "forty-event-timeline"])
def test_every_text_is_in_view_or_behind_a_more_control(show_kiosk, qtbot, tmp_path, deck, size) -> None:
    kiosk = show_kiosk(deck_folder(deck, tmp_path), size=size, animate=False)
    controller = kiosk.controller
    problems = []
    for language in [lang.code for lang in controller.deck.languages]:
        controller.setLanguage(language)
        for index in range(controller.count):
            controller.goTo(index)
            wait_settled(qtbot, kiosk, index)
            key = controller.panel_model.panels[index].key
            problems += [f"{language}/{key}: {problem}" for problem in hidden_text(kiosk)]
    assert not problems, "\n".join(problems)
