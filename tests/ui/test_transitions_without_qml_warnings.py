"""Every change of deck, language and size leaves the screen without a QML warning.

A binding loop is Qt giving up on a layout half-way: the text it names may be drawn
at the wrong height until something else moves. The decks hold every layout, with an
intro, pictures and links, so each view's titles, text blocks and link codes are laid
out after each change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import wait_settled, write_content

from kiosk.content.loader import load_deck
from kiosk.ui.window import KioskWindow

PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><rect width="300" height="200"/></svg>\n'
BODIES = {
    "statement": "A world where children are safe.\n\nSupporting words with [a link](https://example.org/vision).\n",
    "timeline": "From a coalition to an organisation.\n\n## 1998 - Founded\n![A ring](media/picture.svg)\n\n"
    "The coalition is formed.\n\n## 2002 - A treaty\nThe treaty enters into force.\n",
    "cards": "Values that guide us.\n\n## Collaboration\n![A ring](media/picture.svg)\n\nWe share.\n\n"
    "## Integrity\nWe hold ourselves to high standards.\n",
    "text": "Who we are.\n\n## What we do\n\n- We **prevent** recruitment\n- We help children\n\n"
    "[Read more](https://example.org/more)\n",
}
TITLES = {"en": "Our vision", "fr": "Notre vision", "ar": "رؤيتنا"}


def deck_folder(folder: Path, panels: dict[str, int]) -> Path:
    """A content folder with `panels[code]` panels per language, cycling through the layouts.
    Zero panels gives the language only an empty panel file, which is left out of the deck."""
    files: dict[str, str | bytes] = {"media/picture.svg": PICTURE}
    layouts = list(BODIES)
    for code, count in panels.items():
        if count == 0:
            files[f"{code}/01-empty.md"] = ""
        for number in range(count):
            layout = layouts[number % len(layouts)]
            files[f"{code}/0{number + 1}-{layout}.md"] = (
                f"---\nlayout: {layout}\ntitle: {TITLES[code]} {number + 1}\n---\n{BODIES[layout]}"
            )
    return write_content(folder, files)


def visit_everything(qtbot, kiosk: KioskWindow) -> None:
    """Show every panel of every language, each settled."""
    for language in kiosk.controller.deck.languages:
        kiosk.controller.setLanguage(language.code)
        for index in range(kiosk.controller.count):
            kiosk.controller.goTo(index)
            wait_settled(qtbot, kiosk, index)


def reload_through(qtbot, kiosk: KioskWindow, folders: list[Path]) -> None:
    """Hot reload each folder in turn, visiting every panel after each."""
    for folder in folders:
        kiosk.show_deck(load_deck(folder))
        if kiosk.controller.count:
            wait_settled(qtbot, kiosk)
        visit_everything(qtbot, kiosk)


SIZES = [(1280, 800), (1080, 1920), (1024, 768)]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_reload_from_an_empty_deck_to_panels_logs_no_binding_loop(qtbot, show_kiosk, tmp_path: Path, size) -> None:
    empty = deck_folder(tmp_path / "empty", {"en": 0})
    full = deck_folder(tmp_path / "full", {"en": 4})
    kiosk = show_kiosk(empty, size=size, animate=False)
    assert kiosk.controller.count == 0
    reload_through(qtbot, kiosk, [full, empty, full])
    assert kiosk.controller.count == 4
    assert kiosk.qml_warnings == []


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_reloads_between_panel_counts_and_languages_log_no_qml_warning(qtbot, show_kiosk, tmp_path: Path, size) -> None:
    decks = {
        "one": {"en": 1},
        "four": {"en": 4},
        "two": {"en": 2},
        "three_languages": {"en": 4, "fr": 3, "ar": 2},
        "none": {"en": 0, "fr": 0},
    }
    folders = {name: deck_folder(tmp_path / name, panels) for name, panels in decks.items()}
    kiosk = show_kiosk(folders["one"], size=size, animate=False)
    order = ["four", "two", "three_languages", "one", "three_languages", "none", "three_languages"]
    reload_through(qtbot, kiosk, [folders[name] for name in order])
    assert sorted(language.code for language in kiosk.controller.deck.languages) == ["ar", "en", "fr"]
    assert kiosk.qml_warnings == []
