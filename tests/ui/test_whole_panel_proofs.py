"""`kiosk render` proofs show all of every panel: a panel taller than the screen is one tall picture
of its whole length, exactly as a visitor sees each part of it when scrolling."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from kiosk_helpers import write_content
from panel_host import scene_rect
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem

from kiosk.ui import render
from kiosk.ui.items import find_item, items
from kiosk.ui.render import LongPanel, page_settled, render_deck, scroll_stops
from kiosk.ui.window import KioskWindow

pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's application, not one made by render_deck

LAST_EVENT = 14


def fifteen_event_timeline() -> str:
    events = "".join(
        f"## {2000 + n} - Event number {n}\nWhat happened in {2000 + n}: a sentence or two of story.\n\n"
        for n in range(1, 16)
    )
    return f"---\nlayout: timeline\ntitle: Our history\n---\nFifteen years.\n\n{events}More on [our site](https://example.org/history).\n"


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", {"en/01-history.md": fifteen_event_timeline()})


def scroll_to_the_end(kiosk: KioskWindow, qtbot) -> int:
    """Scroll the panel as far down as a visitor can (to the whole pixel); returns how far that is."""
    scroller = find_item(kiosk.current_page(), "panelScroller")
    end = math.ceil(scroller.property("contentHeight") - scroller.height())
    scroller.setProperty("contentY", end)
    qtbot.waitUntil(lambda: page_settled(kiosk) and scroller.property("atYEnd"), timeout=5000)
    return end


def inside(item: QQuickItem) -> QRect:
    """The whole pixels inside `item`: the row it shares with its neighbour belongs to neither."""
    area = scene_rect(item)
    top, bottom = math.ceil(area.top()), math.floor(area.bottom())
    return QRect(math.floor(area.left()), top, math.ceil(area.right()) - math.floor(area.left()), bottom - top)


def shows_in_proof(kiosk: KioskWindow, proof: QImage, scrolled: int, item: QQuickItem) -> bool:
    """The screen shows `item` (once the scroller's fades have settled) as the proof does, `scrolled` rows lower."""
    on_screen = inside(item)
    return proof.copy(on_screen.translated(0, scrolled)) == kiosk.window.grabWindow().copy(on_screen)


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)])
def test_a_proof_of_a_long_timeline_shows_its_last_event_and_its_qr_code(timeline, tmp_path, show_kiosk, qtbot, size):
    assert render_deck(timeline, tmp_path / "out", size=size) == 0
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["en-01-history.png"]
    proof = QImage(str(tmp_path / "out" / "en-01-history.png"))

    kiosk = show_kiosk(timeline, size=size)
    page = kiosk.current_page()
    header = QRect(0, 0, size[0], round(scene_rect(find_item(page, "panelScroller")).top()))
    assert proof.copy(header) == kiosk.window.grabWindow().copy(header)
    scrolled = scroll_to_the_end(kiosk, qtbot)
    assert scrolled > 0, "the timeline must be taller than the screen for this test"
    last_event = find_item(page, f"timelineEvent{LAST_EVENT}")
    assert find_item(last_event, "timelineTitle").property("text") == "Event number 15"
    # Its story: at the end its title may lie under the pinned title and decade buttons, which the proof,
    # showing the whole panel, does not repeat.
    last_story = next(
        item for item in items(last_event) if item.inherits("QQuickText") and "2015:" in str(item.property("text"))
    )

    assert (proof.width(), proof.height()) == (size[0], size[1] + scrolled)
    for item in (last_story, find_item(page, "linkCodeImage"), find_item(kiosk.window.contentItem(), "footer")):
        qtbot.waitUntil(lambda item=item: shows_in_proof(kiosk, proof, scrolled, item), timeout=10000)


def test_a_panel_taller_than_the_tallest_picture_continues_in_a_next_one(timeline, tmp_path, monkeypatch) -> None:
    assert render_deck(timeline, tmp_path / "whole", size=(1280, 800)) == 0
    whole = QImage(str(tmp_path / "whole" / "en-01-history.png"))
    monkeypatch.setattr(render, "MAX_PROOF_HEIGHT", whole.height() * 2 // 3)
    assert render_deck(timeline, tmp_path / "parts", size=(1280, 800)) == 0

    assert sorted(path.name for path in (tmp_path / "parts").iterdir()) == [
        "en-01-history-1.png",
        "en-01-history-2.png",
    ]
    first, second = (QImage(str(tmp_path / "parts" / f"en-01-history-{n}.png")) for n in (1, 2))
    assert first.height() + second.height() > whole.height(), "the parts overlap, so no line is cut between them"
    assert first == whole.copy(0, 0, 1280, first.height())
    assert second == whole.copy(0, whole.height() - second.height(), 1280, second.height())


def test_a_panel_that_fits_the_screen_is_proofed_at_the_screen_size(tmp_path) -> None:
    folder = write_content(tmp_path / "content", {"en/01-short.md": "---\nlayout: statement\n---\nShort.\n"})
    assert render_deck(folder, tmp_path / "out", size=(1280, 800)) == 0
    image = QImage(str(tmp_path / "out" / "en-01-short.png"))
    assert (image.width(), image.height()) == (1280, 800)


@pytest.mark.parametrize(
    ("first_row", "end_row", "viewport", "scroll_range", "expected"),
    [
        (0, 500, 500, 0, [0]),
        (0, 1300, 500, 800, [0, 500, 800]),
        (0, 1500, 500, 1000, [0, 500, 1000]),
        (700, 1300, 500, 800, [700, 800]),
        (200, 600, 500, 800, [200]),
    ],
)
def test_scroll_stops_cover_the_rows_asked_for_and_never_scroll_past_the_end(
    first_row, end_row, viewport, scroll_range, expected
) -> None:
    stops = scroll_stops(first_row, end_row, viewport, scroll_range)
    assert stops == expected
    shown = set().union(*(range(stop, stop + viewport) for stop in stops))
    assert shown >= set(range(first_row, end_row))


def test_the_parts_of_a_very_long_panel_cover_it_all_and_overlap_by_a_quarter_screen() -> None:
    panel = LongPanel(window_height=800, top=80, bottom=720, scroll_range=40_000)
    parts = panel.parts()
    assert parts[0][0] == 0 and parts[-1][1] == panel.height == 40_800
    assert all(end - first <= render.MAX_PROOF_HEIGHT for first, end in parts)
    assert all(following[0] == previous[1] - 160 for previous, following in zip(parts, parts[1:]))
    assert panel.stops(*parts[0])[0] == 0, "the first part has the header, from the top screen"
    assert panel.stops(*parts[-1])[-1] == 40_000, "the last part has the buttons, from the bottom screen"


def test_the_pictures_of_a_very_long_panel_are_numbered_so_that_they_sort() -> None:
    assert render.file_name("en", 2, "03-history.md", 5, (2, 12)) == "en-03-history-02.png"
    assert render.file_name("en", 2, "03-history.md", 5, (2, 3)) == "en-03-history-2.png"
