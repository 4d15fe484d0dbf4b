"""Issue 20: a screen reader reads each layout in the order a visitor reads it: the title, then the text,
then the pictures with their descriptions (of each event and card in turn), never a picture before its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from accessible_tree import accessible_tree
from kiosk_helpers import wait_settled, write_content
from reader_content import PHOTO, PICTURE, STATEMENT
from test_screen_reader import panel_nodes

TIMELINE = "---\nlayout: timeline\ntitle: Our history\n---\nThirty years.\n\n" + "".join(
    f"## {year} - Event of {year}\n![Picture of {year}](media/picture.svg)\n\nWhat happened in {year}.\n\n"
    for year in (1998, 2002, 2011)
)
CARDS = "---\nlayout: cards\ntitle: Our values\n---\nWhat guides us.\n\n" + "".join(
    f"## {name}\n![Icon of {name}](media/picture.svg)\n\nWhy {name} matters.\n\n" for name in ("Respect", "Courage")
)
TEXT = "---\nlayout: text\ntitle: Who we are\n---\nA small team in London.\n"

EXPECTED = [
    [
        "Our vision",
        "A world where every child grows up in peace.",
        "We work with families and schools to make it happen.",
        "A green field under the sky",
    ],
    ["Our history", "Thirty years."]
    + [
        words
        for year in (1998, 2002, 2011)
        for words in (str(year), f"Event of {year}", f"What happened in {year}.", f"Picture of {year}")
    ],
    ["Our values", "What guides us."]
    + [words for name in ("Respect", "Courage") for words in (name, f"Why {name} matters.", f"Icon of {name}")],
    ["Who we are", "A small team in London."],
    ["Back at school", "Education is the first step home.", "Photo: Jane Doe", "Girls writing in a classroom"],
]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(
        tmp_path / "content",
        {
            "en/01-vision.md": STATEMENT,
            "en/02-history.md": TIMELINE,
            "en/03-values.md": CARDS,
            "en/04-who.md": TEXT,
            "en/05-photo.md": PHOTO,
            "media/picture.svg": PICTURE,
        },
    )


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("index", range(5), ids=["statement", "timeline", "cards", "text", "photo"])
def test_each_layout_is_read_title_then_text_then_pictures(show_kiosk, qtbot, content, size, index):
    kiosk = show_kiosk(content, size=size)
    kiosk.controller.goTo(index)
    wait_settled(qtbot, kiosk, index)
    qtbot.waitUntil(
        lambda: any(node.name.startswith(f"Panel {index + 1} of 5") for node in accessible_tree(kiosk.window))
    )
    pane, *inside = panel_nodes(accessible_tree(kiosk.window))
    assert [node.name for node in inside] == EXPECTED[index], "\n".join(map(str, [pane, *inside]))
