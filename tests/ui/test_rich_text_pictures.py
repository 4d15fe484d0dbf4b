"""Pictures inside rich text (Markdown's `![...](media/...)` in a panel's text), and the logo, are decoded
like the panels' own pictures: off the GUI thread, each on a worker of its own, at the size they are shown
at, and drawn once decoded."""

from __future__ import annotations

import math
import time
from array import array
from pathlib import Path

import pytest
from kiosk_helpers import next_frame, write_content
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QImage, QImageReader
from test_picture_agreement import counted_decodes

from kiosk.content.loader import load_deck
from kiosk.content.model import Severity
from kiosk.ui import pictures
from kiosk.ui.render import render_deck

MARK = QColor("#ff00ff")
WORDS = "---\nlayout: text\ntitle: Words {n}\n---\nWords only.\n"
TEXT_WITH_A_PICTURE = """\
---
layout: text
title: A picture in the text
---
Some words, then a picture:

![A slow drawing](<media/slow.svg>)
"""


def slow_drawing(blurs: int) -> str:
    """A drawing within the limits that takes seconds to draw (many full-size blurred shapes),
    with a square of MARK on top to find it on the screen."""
    shape = '<rect width="100" height="100" fill="#3a6ea5" filter="url(#soft)"/>'
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<filter id="soft"><feGaussianBlur stdDeviation="30"/></filter>'
        + shape * blurs
        + f'<rect x="25" y="25" width="50" height="50" fill="{MARK.name()}"/></svg>\n'
    )


def shows(image: QImage, colour: QColor) -> bool:
    pixels = array("I", bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits()))
    return colour.rgb() & 0xFFFFFFFF in pixels


def content_with_a_picture_in_the_text(folder: Path, picture: str | bytes, name: str = "slow.svg") -> Path:
    """Four panels of words, then one whose text shows `picture`: far enough not to be built at start."""
    files: dict[str, str | bytes] = {f"en/0{n}-words.md": WORDS.format(n=n) for n in range(1, 5)}
    files["en/05-picture.md"] = TEXT_WITH_A_PICTURE.replace("slow.svg", name)
    files[f"media/{name}"] = picture
    write_content(folder, files)
    deck = load_deck(folder)
    assert not [d.format() for d in deck.diagnostics if d.severity is Severity.ERROR]
    return folder


def test_a_slow_picture_in_the_text_never_stalls_the_screen(show_kiosk, qtbot, tmp_path):
    kiosk = show_kiosk(content_with_a_picture_in_the_text(tmp_path / "content", slow_drawing(4000)))
    assert not shows(kiosk.window.grabWindow(), MARK)
    ticks: list[float] = []
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start()
    started = time.monotonic()
    kiosk.controller.goTo(4)
    qtbot.waitUntil(lambda: shows(kiosk.window.grabWindow(), MARK), timeout=60_000)
    ended = time.monotonic()
    ticker.stop()
    moments = [started, *ticks, ended]
    longest_stall = max(later - earlier for earlier, later in zip(moments, moments[1:]))
    assert ended - started > 1.5, "the drawing was quicker than this test needs"
    assert longest_stall < 0.5, f"the screen stood still for {longest_stall:.2f} s while a picture was decoded"


def text_on_current_page(kiosk):
    page = kiosk.current_page()
    return next(item for item in kiosk.items() if item.objectName() == "textBody" and page.isAncestorOf(item))


def test_a_picture_in_the_text_keeps_its_place_empty_until_decoded(show_kiosk, qtbot, tmp_path):
    kiosk = show_kiosk(content_with_a_picture_in_the_text(tmp_path / "content", slow_drawing(4000)), animate=False)
    kiosk.controller.goTo(4)
    qtbot.waitUntil(
        lambda: kiosk.current_page() is not None and text_on_current_page(kiosk).property("picturesPending")
    )
    waiting = kiosk.window.grabWindow()
    qtbot.waitUntil(lambda: shows(kiosk.window.grabWindow(), MARK), timeout=60_000)
    shown = kiosk.window.grabWindow()
    marked = [(x, y) for y in range(shown.height()) for x in range(shown.width()) if shown.pixelColor(x, y) == MARK]
    left, top = min(x for x, _ in marked) - 25, min(y for _, y in marked) - 25  # MARK is the drawing's middle half
    place = {waiting.pixel(x, y) for x in range(left, left + 100) for y in range(top, top + 100)}
    assert place == {waiting.pixel(left - 1, top)}, (
        "something was drawn where the picture will be (Qt's 'broken file' icon?)"
    )


def test_a_picture_in_the_text_is_decoded_at_the_size_it_is_shown_at(show_kiosk, qtbot, tmp_path, monkeypatch):
    asked: list[tuple[str, QSize]] = []

    class RecordingReader(QImageReader):
        def read(self) -> QImage:
            asked.append((self.fileName(), self.scaledSize()))
            return super().read()

    monkeypatch.setattr(pictures, "QImageReader", RecordingReader)
    big = QImage(4000, 2000, QImage.Format.Format_RGB32)
    big.fill(MARK)
    big_png = tmp_path / "big.png"
    assert big.save(str(big_png))
    folder = content_with_a_picture_in_the_text(tmp_path / "content", big_png.read_bytes(), name="big.png")
    kiosk = show_kiosk(folder)
    kiosk.controller.goTo(4)
    qtbot.waitUntil(lambda: shows(kiosk.window.grabWindow(), MARK), timeout=20_000)
    shown_width = math.floor(kiosk.item("textBody").width())  # the column: the picture is scaled down to it
    assert shown_width < 1200
    decoded = [size for name, size in asked if name.endswith("big.png")]
    assert decoded == [QSize(shown_width, math.floor(shown_width / 2 + 0.5))]


def test_kiosk_render_waits_for_the_pictures_in_the_text(qapp, tmp_path):
    folder = content_with_a_picture_in_the_text(tmp_path / "content", slow_drawing(4000))
    out = tmp_path / "out"
    assert render_deck(folder, out, size=(1280, 800)) == 0
    assert shows(QImage(str(out / "en-05-picture.png")), MARK)


def test_a_slow_logo_does_not_hold_back_the_panels_pictures(show_kiosk, qtbot, tmp_path):
    photo = QImage(240, 160, QImage.Format.Format_RGB32)
    photo.fill(QColor("#336699"))
    photo_png = tmp_path / "photo.png"
    assert photo.save(str(photo_png))
    folder = write_content(
        tmp_path / "content",
        {
            "kiosk.toml": '[theme]\nlogo = "media/logo.svg"\n',
            "en/01-photo.md": "---\nlayout: statement\ntitle: A photo\nimage: media/photo.png\nimage_alt: A photo\n---\nText.\n",
            "media/logo.svg": slow_drawing(4000),
            "media/photo.png": photo_png.read_bytes(),
        },
    )
    kiosk = show_kiosk(folder)  # waits for the panel's photo
    logo = kiosk.item("logo")
    assert logo.implicitWidth() == 0, "the panel's photo waited for the logo"
    qtbot.waitUntil(lambda: logo.implicitWidth() > 0, timeout=60_000)


@pytest.mark.parametrize("name", ["صورة المدرسة.png", "our team (2019).png"])
def test_a_picture_in_the_text_with_spaces_or_arabic_letters_in_its_name_is_decoded_once(
    show_kiosk, qtbot, tmp_path, monkeypatch, name
):
    """Rich text names its picture as the HTML writes it and Qt asks for it as it reads it: the decoder takes both
    for one picture, or the picture would be decoded again on the GUI thread (its fallback), stalling the screen."""
    decoded = counted_decodes(monkeypatch)
    marked = QImage(200, 100, QImage.Format.Format_RGB32)
    marked.fill(MARK)
    png = tmp_path / "marked.png"
    assert marked.save(str(png))
    folder = content_with_a_picture_in_the_text(tmp_path / "content", png.read_bytes(), name=name)
    kiosk = show_kiosk(folder)
    kiosk.controller.goTo(4)
    qtbot.waitUntil(lambda: shows(kiosk.window.grabWindow(), MARK), timeout=20_000)
    next_frame(qtbot, kiosk.window)
    assert decoded == [str(folder / "media" / name)]
