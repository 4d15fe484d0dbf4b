"""Picture sizes read from file headers, without Qt and without decoding pixels.

The loader needs each picture's size (to lay out rich text and to warn about huge
files) and must know that a file really is a picture the kiosk can show. Reading
a few header bytes answers both, fast, for JPEG, PNG, WebP and SVG.
"""

from __future__ import annotations

import math
import re
import struct
import xml.parsers.expat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk.content.files import PICTURE_LIMIT, open_content_file

SUPPORTED = "JPEG, PNG, WebP or SVG"
_SVG_MAX_BYTES = 20 * 1024 * 1024
_PX_PER_UNIT = {"": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")


@dataclass(frozen=True)
class ImageInfo:
    """What the header says: the format and the pixel size (0 x 0 for an SVG without a size)."""

    format: str
    width: int
    height: int

    @property
    def megapixels(self) -> float:
        return self.width * self.height / 1_000_000


class ImageError(Exception):
    """The file is not a picture the kiosk can show; the message says why, in plain words."""


def read_image_info(path: Path) -> ImageInfo:
    """Identify `path` (resolved) by its content, not its extension. Raises ImageError, UnreadableFile or OSError."""
    with open_content_file(path, PICTURE_LIMIT) as stream:
        head = stream.read(32)
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return _png(head)
        if head.startswith(b"\xff\xd8"):
            stream.seek(2)
            return _jpeg(stream)
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return _webp(head)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            stream.seek(0)
            return _svg(stream.read(_SVG_MAX_BYTES + 1))
    if head[:6] in (b"GIF87a", b"GIF89a"):
        raise ImageError(f"it is a GIF picture, which the kiosk does not show; save it as {SUPPORTED}")
    raise ImageError(f"it is not a picture the kiosk can show; use {SUPPORTED}")


def _png(head: bytes) -> ImageInfo:
    if len(head) < 24 or head[12:16] != b"IHDR":
        raise ImageError("the PNG file is damaged (its header is incomplete)")
    width, height = struct.unpack(">II", head[16:24])
    return _sized("PNG", width, height)


def _jpeg(stream: BinaryIO) -> ImageInfo:
    """Walk the JPEG segments up to the first start-of-frame, which holds the size."""
    while True:
        byte = stream.read(1)
        if not byte:
            break
        if byte != b"\xff":
            continue
        marker = stream.read(1)
        while marker == b"\xff":
            marker = stream.read(1)
        if not marker:
            break
        code = marker[0]
        if code == 0x01 or 0xD0 <= code <= 0xD9:
            continue
        length_bytes = stream.read(2)
        if len(length_bytes) < 2:
            break
        length = struct.unpack(">H", length_bytes)[0]
        if length < 2:
            break
        if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC):
            frame = stream.read(5)
            if len(frame) < 5:
                break
            height, width = struct.unpack(">HH", frame[1:5])
            return _sized("JPEG", width, height)
        stream.seek(length - 2, 1)
    raise ImageError("the JPEG file is damaged (no picture size found in it)")


def _webp(head: bytes) -> ImageInfo:
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        width = 1 + int.from_bytes(head[24:27], "little")
        height = 1 + int.from_bytes(head[27:30], "little")
        return _sized("WebP", width, height)
    if chunk == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", head[26:30])
        return _sized("WebP", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return _sized("WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    raise ImageError("the WebP file is damaged or of an unknown kind")


def _sized(kind: str, width: int, height: int) -> ImageInfo:
    if width <= 0 or height <= 0:
        raise ImageError(f"the {kind} file is damaged (it says the picture is {width} x {height} pixels)")
    return ImageInfo(kind, width, height)


def _svg(data: bytes) -> ImageInfo:
    """Parse the whole SVG (Qt will refuse a broken one) and read the root's size."""
    if len(data) > _SVG_MAX_BYTES:
        raise ImageError("the SVG file is larger than 20 MB; simplify or compress the drawing")
    root: dict[str, object] = {}

    def start(name: str, attributes: dict[str, str]) -> None:
        if not root:
            root["name"] = name
            root["attributes"] = attributes

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as problem:
        raise ImageError(
            f"the SVG file is damaged: {xml.parsers.expat.ErrorString(problem.code)} on its line {problem.lineno}"
        ) from None
    name = str(root.get("name", ""))
    if name.rsplit(":", 1)[-1] != "svg":
        raise ImageError(f"it is an XML file but not an SVG drawing; use {SUPPORTED}")
    attributes = root["attributes"]
    assert isinstance(attributes, dict)
    width, height = _length(attributes.get("width")), _length(attributes.get("height"))
    box = _view_box(attributes.get("viewBox"))
    if box and not (width and height):
        box_width, box_height = box
        if width:
            height = round(width * box_height / box_width)
        elif height:
            width = round(height * box_width / box_height)
        else:
            width, height = round(box_width), round(box_height)
    if not (width and height):
        width = height = 0
    return ImageInfo("SVG", width, height)


def _length(value: str | None) -> int:
    match = _LENGTH.match(value or "")
    if not match:
        return 0
    pixels = float(match.group(1)) * _PX_PER_UNIT[match.group(2) or ""]
    return round(pixels) if math.isfinite(pixels) and pixels < 1e7 else 0


def _view_box(value: str | None) -> tuple[float, float] | None:
    parts = (value or "").replace(",", " ").split()
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) != 4 or not all(0 < number < 1e7 for number in numbers[2:]):
        return None
    return numbers[2], numbers[3]
