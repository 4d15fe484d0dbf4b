"""Issue 20: with the visitor's high contrast on, no word lies over a picture: every text sits on the plain
theme background (the photo layout puts its words beside or below the whole photo)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kiosk_helpers import wait_settled
from reader_content import PHOTO
from screen_fit import describe, effective_opacity, scene_rect, shown_texts

from kiosk.ui.items import find_item, items
from kiosk.ui.window import KioskWindow

BUNDLED = Path(__file__).resolve().parents[2] / "content"
#: Rounding of layout positions: texts and pictures that only touch do not overlap.
TOLERANCE_PX = 1.0


def shown_pictures(kiosk: KioskWindow) -> list:
    return [
        item
        for item in items(kiosk.window.contentItem())
        if item.metaObject().className().startswith("KioskImage")
        and item.isVisible()
        and item.width() > 0
        and item.height() > 0
        and effective_opacity(item) > 0.01
    ]


def words_over_pictures(kiosk: KioskWindow) -> list[str]:
    """Each visible text that overlaps a visible picture, with the picture's description."""
    found = []
    for picture in shown_pictures(kiosk):
        area = scene_rect(picture).adjusted(TOLERANCE_PX, TOLERANCE_PX, -TOLERANCE_PX, -TOLERANCE_PX)
        for text in shown_texts(kiosk.window.contentItem()):
            if scene_rect(text).intersects(area):
                found.append(f"{describe(text)} over the picture {picture.property('alt')!r}")
    return found


@pytest.fixture
def content_with_a_photo(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(BUNDLED, folder)
    for language in ("en", "fr"):
        (folder / language / "06-photo.md").write_text(PHOTO.replace("picture.svg", "vision.svg"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_in_high_contrast_no_text_lies_over_a_picture_on_any_panel(show_kiosk, qtbot, content_with_a_photo, size):
    kiosk = show_kiosk(content_with_a_photo, size=size, animate=False)
    kiosk.theme.set_high_contrast(True)
    assert kiosk.controller.count == 6
    problems, pictures = [], 0
    for language in ("en", "fr"):
        kiosk.controller.setLanguage(language)
        for index in range(kiosk.controller.count):
            kiosk.controller.goTo(index)
            wait_settled(qtbot, kiosk, index)
            pictures += len(shown_pictures(kiosk))
            problems += [f"{language}/{index + 1}: {problem}" for problem in words_over_pictures(kiosk)]
    assert pictures >= 2 * 5, "the statements, the history, the values and the photo show pictures"
    assert not problems, "\n".join(problems)


def test_the_photo_covers_its_panel_again_when_high_contrast_is_turned_off(show_kiosk, qtbot, content_with_a_photo):
    kiosk = show_kiosk(content_with_a_photo, animate=False)
    kiosk.theme.set_high_contrast(True)
    kiosk.controller.goTo(5)
    wait_settled(qtbot, kiosk, 5)
    photo = kiosk.item("photo")
    assert scene_rect(photo).width() < kiosk.window.width() * 0.6  # whole, beside the words

    kiosk.theme.set_high_contrast(False)
    decoded = find_item(photo, "picture")
    view = scene_rect(kiosk.item("panelView"))
    assert scene_rect(photo) == view
    qtbot.waitUntil(lambda: scene_rect(decoded).contains(view))  # cropped to fill it, not letterboxed
    assert words_over_pictures(kiosk)  # the words over its foot, on the shade
