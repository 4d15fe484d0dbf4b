"""Check and screen agree about every picture: what `kiosk check` accepts the real kiosk shows,
and what it refuses never reaches the screen (the placeholder takes its place)."""

from __future__ import annotations

import os
import struct
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest
from kiosk_helpers import write_content
from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QColor, QImage, QImageReader

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck, Severity
from kiosk.ui import pictures

PANEL = """\
---
layout: statement
title: A picture
image: media/{name}
image_alt: A picture
---
A short message.
"""
SECRET_COLOUR = QColor("#ff00ff")


def picture_on_screen(kiosk, qtbot):
    """The panel's KioskImage once Qt has finished with it (faded in, or replaced by the placeholder)."""
    image = kiosk.item("kioskImage")
    picture = next(item for item in image.childItems() if item.objectName() == "picture")
    qtbot.waitUntil(lambda: image.property("showingPlaceholder") or picture.opacity() == 1, timeout=20_000)
    return image


def picture_errors(deck: Deck) -> list[str]:
    return [d.format() for d in deck.diagnostics if d.severity is Severity.ERROR]


def encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(data.data())


def photo(kind: str) -> bytes:
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    for row in range(160):
        for column in range(0, 240, 8):
            image.setPixelColor(column, row, QColor.fromHsv((row * 7 + column) % 360, 200, 200))
    return encoded(image, kind)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def grey_png(width: int, height: int, depth: int = 8, colour: int = 0, real_data: bool = True) -> bytes:
    """A PNG whose rows are all zero: real pixel data Qt decodes, or a stub when Qt refuses it by its header."""
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    if real_data:
        channels = {0: 1, 2: 3}[colour]
        row = bytes(1 + width * channels * depth // 8)
        packer = zlib.compressobj(1)
        pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    else:
        pixels = zlib.compress(b"\x00")
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", pixels) + png_chunk(b"IEND", b"")


def flip_idat_checksum(data: bytes) -> bytes:
    at = data.index(b"IDAT")
    length = struct.unpack(">I", data[at - 4 : at])[0]
    damaged = bytearray(data)
    damaged[at + 4 + length] ^= 0xFF
    return bytes(damaged)


def sized_drawing(attributes: str) -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect width="9" height="9"/></svg>\n'.encode()


#: (file name, the bytes the kiosk is given instead of a good picture). Qt decodes at display size (sourceSize).
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "whole PNG": ("p.png", lambda: photo("PNG")),
    "PNG cut in half": ("p.png", lambda: photo("PNG")[: len(photo("PNG")) // 2]),
    "PNG cut before its end chunk": ("p.png", lambda: photo("PNG")[:-12]),
    "PNG missing only its last checksum": ("p.png", lambda: photo("PNG")[:-4]),
    "PNG with a wrong data checksum": ("p.png", lambda: flip_idat_checksum(photo("PNG"))),
    "PNG of 30000 x 30000": ("p.png", lambda: grey_png(30000, 30000, colour=2, real_data=False)),
    "PNG of 65500 x 65500": ("p.png", lambda: grey_png(65500, 65500, colour=2, real_data=False)),
    "PNG just over the limit": ("p.png", lambda: grey_png(8193, 8192, real_data=False)),
    "16-bit PNG just over the limit": ("p.png", lambda: grey_png(5793, 5793, depth=16, colour=2, real_data=False)),
    "PNG just under the limit": ("p.png", lambda: grey_png(8192, 8192)),
    "whole JPEG": ("p.jpg", lambda: photo("JPEG")),
    "JPEG cut before its scan": ("p.jpg", lambda: photo("JPEG")[:200]),
    "whole WebP": ("p.webp", lambda: photo("WEBP")),
    "WebP cut in half": ("p.webp", lambda: photo("WEBP")[: len(photo("WEBP")) // 2]),
    "WebP missing its last byte": ("p.webp", lambda: photo("WEBP")[:-1]),
    "SVG of a thousandth of a pixel": ("p.svg", lambda: sized_drawing('width="0.001" height="0.001"')),
    "SVG with a viewBox of less than a pixel": ("p.svg", lambda: sized_drawing('viewBox="0 0 0.3 0.3"')),
    "SVG of half a pixel": ("p.svg", lambda: sized_drawing('width="0.5" height="0.5"')),
    "SVG less than a pixel wide, with a viewBox": (
        "p.svg",
        lambda: sized_drawing('width="0.4" height="9" viewBox="0 0 9 9"'),
    ),
}
#: Qt shows these, but wrong (a truncated JPEG gets a grey band where its end is missing): check refuses them.
REFUSED_THOUGH_QT_SHOWS_THEM: dict[str, tuple[str, Callable[[], bytes]]] = {
    "JPEG cut in half": ("p.jpg", lambda: photo("JPEG")[: len(photo("JPEG")) // 2]),
    "JPEG missing its end marker": ("p.jpg", lambda: photo("JPEG")[:-2]),
}


def decoded_by_the_kiosk(show_kiosk, qtbot, tmp_path: Path, name: str, data: bytes) -> tuple[bool, list[str]]:
    """Whether the real kiosk's picture reaches Status.Ready when handed `data`, and what check says about `data`.

    The kiosk is shown a deck loaded while the file was still a good picture, so that Qt itself decides."""
    extension = name.rsplit(".", 1)[1]
    good = (
        sized_drawing('width="9" height="9"')
        if extension == "svg"
        else photo({"png": "PNG", "jpg": "JPEG", "webp": "WEBP"}[extension])
    )
    folder = write_content(tmp_path / "content", {"en/01-picture.md": PANEL.format(name=name), f"media/{name}": good})
    deck_with_the_good_picture = load_deck(folder)
    assert not picture_errors(deck_with_the_good_picture)
    (folder / "media" / name).write_bytes(data)
    errors = picture_errors(load_deck(folder))
    kiosk = show_kiosk(deck_with_the_good_picture)
    return bool(picture_on_screen(kiosk, qtbot).property("ready")), errors


@pytest.mark.parametrize("case", list(CASES))
def test_check_and_screen_agree_about_a_picture(show_kiosk, qtbot, tmp_path, case):
    name, make = CASES[case]
    shown, errors = decoded_by_the_kiosk(show_kiosk, qtbot, tmp_path, name, make())
    assert shown == (not errors), (case, shown, errors)


@pytest.mark.parametrize("case", list(REFUSED_THOUGH_QT_SHOWS_THEM))
def test_a_picture_qt_would_show_wrong_is_refused_and_never_shown(show_kiosk, qtbot, tmp_path, case):
    name, make = REFUSED_THOUGH_QT_SHOWS_THEM[case]
    shown, errors = decoded_by_the_kiosk(show_kiosk, qtbot, tmp_path, name, make())
    assert shown and errors, (case, shown, errors)
    kiosk = show_kiosk(tmp_path / "content")
    assert picture_on_screen(kiosk, qtbot).property("showingPlaceholder")


def contains_colour(image: QImage, colour: QColor) -> bool:
    pixels = array("I", bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits()))
    return colour.rgb() & 0xFFFFFFFF in pixels


@pytest.mark.parametrize("reference", ["{secret}", "../../secret.png"])
def test_an_svg_never_shows_a_picture_from_outside_the_folder(show_kiosk, qtbot, tmp_path, reference):
    secret = QImage(64, 64, QImage.Format.Format_RGB32)
    secret.fill(SECRET_COLOUR)
    secret_path = tmp_path / "secret.png"
    assert secret.save(str(secret_path))
    href = reference.format(secret=secret_path)
    drawing = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="400">\n'
        f'<image xlink:href="{href}" width="400" height="400"/>\n</svg>\n'
    )
    folder = write_content(
        tmp_path / "content", {"en/01-picture.md": PANEL.format(name="x.svg"), "media/x.svg": drawing}
    )
    deck = load_deck(folder)
    assert any("refers to another file" in error for error in picture_errors(deck)), picture_errors(deck)
    kiosk = show_kiosk(deck)
    image = picture_on_screen(kiosk, qtbot)
    assert image.property("showingPlaceholder")
    assert not contains_colour(kiosk.window.grabWindow(), SECRET_COLOUR)


def slow_drawing(blurs: int) -> str:
    """A drawing well within the limits that still takes seconds to draw: many full-size blurred shapes."""
    shape = '<rect width="100" height="100" fill="#3a6ea5" filter="url(#soft)"/>'
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<filter id="soft"><feGaussianBlur stdDeviation="30"/></filter>' + shape * blurs + "</svg>\n"
    )


TWO_PICTURES = """\
---
layout: timeline
title: Two pictures
---
## 1998 - Slow
![A slow drawing](media/slow.svg)

## 1999 - Quick
![A small photo](media/quick.png)
"""


def test_a_slow_picture_does_not_hold_back_the_others(show_kiosk, qtbot, tmp_path):
    folder = write_content(
        tmp_path / "content",
        {
            "en/01-intro.md": "Words only.\n",
            "en/02-two.md": TWO_PICTURES,
            "media/slow.svg": slow_drawing(4000),
            "media/quick.png": photo("PNG"),
        },
    )
    assert not picture_errors(load_deck(folder))
    kiosk = show_kiosk(folder)  # waits for the first panel's pictures only: it has none

    def ready(name: str) -> bool:
        shown = [item for item in kiosk.items() if item.objectName() == "kioskImage" and item.isVisible()]
        return any(str(item.property("source").toString()).endswith(name) and item.property("ready") for item in shown)

    kiosk.controller.goTo(1)
    qtbot.waitUntil(lambda: ready("quick.png"), timeout=10_000)
    assert not ready("slow.svg")
    qtbot.waitUntil(lambda: ready("slow.svg"), timeout=60_000)


def counted_decodes(monkeypatch) -> list[str]:
    """The files the picture decoder reads from now on."""
    decoded: list[str] = []

    class CountingReader(QImageReader):
        def read(self) -> QImage:
            decoded.append(self.fileName())
            return super().read()

    monkeypatch.setattr(pictures, "QImageReader", CountingReader)
    return decoded


def address_of(path: Path, width: int, height: int) -> str:
    return f"{pictures.SCHEME}{str(path).lstrip('/')}?size={width}x{height}"


def test_a_picture_in_rich_text_is_decoded_once_for_each_size_it_is_shown_at(qapp, qtbot, tmp_path, monkeypatch):
    """Rich text asks for its pictures again at each layout, so the decoder keeps them."""
    decoded = counted_decodes(monkeypatch)
    path = tmp_path / "photo.png"
    path.write_bytes(photo("PNG"))
    decoder = pictures.PictureDecoder()
    for width, height in [(120, 80), (120, 80), (60, 40), (120, 80)]:
        address = decoder.request(address_of(path, width, height), True)
        qtbot.waitUntil(lambda address=address: decoder.ready(address), timeout=10_000)
        assert decoder.picture(address.removeprefix(pictures.SCHEME)).size() == QSize(width, height)
    assert decoded == [str(path), str(path)]


def test_a_panel_picture_is_handed_to_its_image_and_let_go(qapp, qtbot, tmp_path, monkeypatch):
    """A panel's Image holds its picture once shown: the decoder keeps no copy (memory), so a picture asked
    for again is decoded again."""
    decoded = counted_decodes(monkeypatch)
    path = tmp_path / "photo.png"
    path.write_bytes(photo("PNG"))
    decoder = pictures.PictureDecoder()
    for _ in range(2):
        address = decoder.request(address_of(path, 120, 80), False)
        with qtbot.waitSignal(
            decoder.finished, timeout=10_000, check_params_cb=lambda done, address=address: done == address
        ):
            pass
        assert not decoder.ready(address)
    assert decoded == [str(path), str(path)]


def test_a_picture_edited_in_place_is_a_new_picture(qapp, qtbot, tmp_path) -> None:
    """Same file name, new content (an editor saved over it, a sync tool replaced it): never the old one."""
    path = tmp_path / "photo.png"
    red, blue = QImage(40, 20, QImage.Format.Format_RGB32), QImage(40, 20, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    blue.fill(QColor("blue"))
    decoder = pictures.PictureDecoder()
    shown = []
    for picture in (red, blue):
        assert picture.save(str(path))
        os.utime(path, ns=(len(shown) * 10**9, len(shown) * 10**9))
        address = decoder.request(address_of(path, 40, 20), True)
        qtbot.waitUntil(lambda address=address: decoder.ready(address), timeout=10_000)
        shown.append(decoder.picture(address.removeprefix(pictures.SCHEME)).pixelColor(5, 5).name())
    assert shown == ["#ff0000", "#0000ff"]


def test_a_named_pipe_in_a_pictures_place_fails_at_once_and_holds_no_worker(qapp, qtbot, tmp_path) -> None:
    """A picture swapped for a named pipe after `kiosk check` (a hostile stick, a sync tool): reading it would
    wait for ever. It fails at once (a placeholder), and every worker stays free for the other pictures."""
    pipe = tmp_path / "photo.png"
    os.mkfifo(pipe)
    decoder = pictures.PictureDecoder(workers=1)
    address = decoder.request(address_of(pipe, 120, 80), False)
    qtbot.waitUntil(lambda: decoder.failed(address), timeout=5_000)
    good = tmp_path / "good.png"
    good.write_bytes(photo("PNG"))
    kept = decoder.request(address_of(good, 120, 80), True)
    qtbot.waitUntil(lambda: decoder.ready(kept), timeout=5_000)


@pytest.mark.parametrize("name", ["صورة المدرسة.png", "our team (2019) #1.png", "100% done.png", "été?.png"])
def test_a_picture_with_spaces_or_arabic_letters_in_its_name_is_decoded_once_on_a_worker(
    show_kiosk, qtbot, tmp_path, monkeypatch, name
):
    """The decoder hands a picture over by the name Qt asks for it by: when the two spellings differ, the picture
    would be decoded a second time on the GUI thread (its fallback), stalling the screen."""
    decoded = counted_decodes(monkeypatch)
    panel = PANEL.replace("image: media/{name}", 'image: "media/{name}"').format(name=name)
    folder = write_content(tmp_path / "content", {"en/01-picture.md": panel, f"media/{name}": photo("PNG")})
    deck = load_deck(folder)
    assert not picture_errors(deck), picture_errors(deck)
    image = picture_on_screen(show_kiosk(folder), qtbot)
    assert image.property("ready") and not image.property("showingPlaceholder")
    assert decoded == [str(folder / "media" / name)]
