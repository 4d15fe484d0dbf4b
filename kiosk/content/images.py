"""Pictures checked from their file structure, without Qt and without decoding pixels.

The loader needs each picture's size (to lay out rich text) and must know that the
kiosk will really show it. Qt shows a placeholder instead of a picture whose file
ends early or fails its checksums, or that needs more memory than its allocation
limit; and a drawing must not reach outside the content folder (see svg.py).
Walking each file's structure answers all of it, the way Qt will decide, fast,
for JPEG, PNG, WebP and SVG.
"""

from __future__ import annotations

import io
import math
import re
import struct
import xml.parsers.expat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk.content.files import PICTURE_LIMIT, open_content_file
from kiosk.content.svg import SvgProblem, inspect_svg

SUPPORTED = "JPEG, PNG, WebP or SVG"
QT_ALLOCATION_LIMIT = 256 * 1024 * 1024
"""Qt refuses to decode a picture needing more bytes than this (QImageReader::allocationLimit, which the kiosk
keeps at its default). Qt counts at least 4 bytes a pixel, 8 for a PNG with 16-bit colour."""
_SVG_MAX_BYTES = 20 * 1024 * 1024
_BLOCK = 1024 * 1024
_PX_PER_UNIT = {"": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")
_INCOMPLETE = "the {kind} file is incomplete (it ends too early, as when a copy is interrupted); copy it again"
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_CRITICAL_CHUNKS = (b"IHDR", b"PLTE", b"IDAT", b"IEND")
_JPEG_FRAMES_SHOWN = (0xC0, 0xC1, 0xC2)
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


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
    """Identify `path` (resolved) by its content, not its extension, and check it as Qt will.

    Raises ImageError, UnreadableFile or OSError.
    """
    with open_content_file(path, PICTURE_LIMIT) as stream:
        return identify_image(stream)


def identify_image(stream: BinaryIO, drawings: bool = True) -> ImageInfo:
    """The picture in `stream` (from its start); `drawings=False` accepts raster pictures only."""
    head = stream.read(32)
    stream.seek(0)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(stream)
    if head.startswith(b"\xff\xd8"):
        return _jpeg(stream)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp(head, stream)
    if drawings and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return _svg(stream.read(_SVG_MAX_BYTES + 1))
    if head[:6] in (b"GIF87a", b"GIF89a"):
        raise ImageError(f"it is a GIF picture, which the kiosk does not show; save it as {SUPPORTED}")
    raise ImageError(f"it is not a picture the kiosk can show; use {SUPPORTED}")


def _png(stream: BinaryIO) -> ImageInfo:
    """Walk the chunks to IEND, checking the checksums Qt's libpng checks and the order it needs."""
    stream.seek(8)
    chunk = _png_chunk(stream)
    if chunk is None or chunk[0] != b"IHDR" or len(chunk[1]) != 13:
        raise ImageError("the PNG file is damaged (its header is incomplete)")
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", chunk[1])
    if depth not in _PNG_DEPTHS.get(colour, ()) or compression or filtering or interlace > 1:
        raise ImageError("the PNG file is damaged (its header is invalid)")
    info = _sized("PNG", width, height, bytes_per_pixel=8 if depth == 16 and colour != 0 else 4)
    has_palette = in_data = data_ended = False
    while (chunk := _png_chunk(stream)) is not None:
        kind = chunk[0]
        if kind == b"IEND":
            if not in_data:
                raise ImageError("the PNG file is damaged (it holds no picture)")
            return info
        if kind == b"IDAT":
            if data_ended or (colour == 3 and not has_palette):
                raise ImageError("the PNG file is damaged (its picture data is out of order)")
            in_data = True
        else:
            data_ended = in_data
            has_palette = has_palette or kind == b"PLTE"
    raise ImageError(_INCOMPLETE.format(kind="PNG"))


def _png_chunk(stream: BinaryIO) -> tuple[bytes, bytes] | None:
    """The next chunk's type and (for the short ones) data; None where the file ends. IEND's checksum may be
    missing: Qt accepts that. A critical chunk with a wrong checksum or of an unknown type is damage."""
    header = stream.read(8)
    if len(header) < 8:
        return None
    length, kind = struct.unpack(">I4s", header)
    if kind == b"IEND":
        return kind, b""
    checksum, remaining, first = zlib.crc32(kind), length, b""
    while remaining:
        piece = stream.read(min(remaining, _BLOCK))
        if not piece:
            return None
        first = first or piece[:13]
        checksum = zlib.crc32(piece, checksum)
        remaining -= len(piece)
    stored = stream.read(4)
    if len(stored) < 4:
        return None
    critical = not kind[0] & 0x20
    if critical and (kind not in _PNG_CRITICAL_CHUNKS or struct.unpack(">I", stored)[0] != checksum):
        raise ImageError("the PNG file is damaged (a checksum inside it does not match); save or copy it again")
    return kind, first


def _jpeg(stream: BinaryIO) -> ImageInfo:
    """Walk the JPEG segments to the start-of-frame (the size) and the first scan; the end marker must follow."""
    stream.seek(2)
    info = None
    while (code := _jpeg_marker(stream)) is not None and code != 0xD9:
        if code in _JPEG_STANDALONE:
            continue
        length_bytes = stream.read(2)
        if len(length_bytes) < 2:
            break
        length = struct.unpack(">H", length_bytes)[0]
        if length < 2:
            break
        if code == 0xDA:
            if info is None:
                break
            if not _has_end_marker(stream):
                raise ImageError(_INCOMPLETE.format(kind="JPEG"))
            return info
        if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC) and info is None:
            frame = stream.read(5)
            if len(frame) < 5:
                break
            precision, height, width = struct.unpack(">BHH", frame)
            if code not in _JPEG_FRAMES_SHOWN or precision != 8:
                raise ImageError(
                    "the JPEG file is of a special kind (lossless, arithmetic or 12-bit) the kiosk "
                    "cannot show; save it again as an ordinary JPEG"
                )
            info = _sized("JPEG", width, height)
            length -= 5
        stream.seek(length - 2, 1)
    if info is None:
        raise ImageError("the JPEG file is damaged (no picture size found in it)")
    raise ImageError(_INCOMPLETE.format(kind="JPEG"))


def _jpeg_marker(stream: BinaryIO) -> int | None:
    """The code of the next marker, skipping stray bytes and fill bytes as libjpeg does; None at the end."""
    while True:
        block = stream.read(_BLOCK)
        if not block:
            return None
        at = block.find(b"\xff")
        if at < 0:
            continue
        stream.seek(at + 1 - len(block), 1)
        byte = stream.read(1)
        while byte == b"\xff":
            byte = stream.read(1)
        if not byte:
            return None
        if byte != b"\x00":
            return byte[0]


def _has_end_marker(stream: BinaryIO) -> bool:
    """Whether the end-of-image marker follows: in the picture data a 0xFF byte is never followed by 0xD9."""
    previous = b""
    while block := stream.read(_BLOCK):
        if b"\xff\xd9" in previous + block:
            return True
        previous = block[-1:]
    return False


def _webp(head: bytes, stream: BinaryIO) -> ImageInfo:
    info = _webp_size(head)
    riff_end = 8 + int.from_bytes(head[4:8], "little")
    position = 12
    while position + 8 <= riff_end:
        stream.seek(position)
        chunk_header = stream.read(8)
        if len(chunk_header) < 8:
            break
        size = int.from_bytes(chunk_header[4:8], "little")
        position += 8 + size + (size & 1)
    if position != riff_end or stream.seek(0, io.SEEK_END) < riff_end:
        raise ImageError(_INCOMPLETE.format(kind="WebP"))
    return info


def _webp_size(head: bytes) -> ImageInfo:
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


def _sized(kind: str, width: int, height: int, bytes_per_pixel: int = 4) -> ImageInfo:
    if width <= 0 or height <= 0:
        raise ImageError(f"the {kind} file is damaged (it says the picture is {width} x {height} pixels)")
    if width * height * bytes_per_pixel > QT_ALLOCATION_LIMIT:
        limit = QT_ALLOCATION_LIMIT // bytes_per_pixel
        colour = " with 16-bit colour" if bytes_per_pixel > 4 else ""
        raise ImageError(
            f"it is too large to show ({width} x {height} pixels, {width * height / 1e6:.0f} megapixels; the kiosk "
            f"shows pictures{colour} of at most {limit // 1_000_000} megapixels, such as {math.isqrt(limit)} x "
            f"{math.isqrt(limit)}). Save a smaller copy, at most 4000 pixels wide"
        )
    return ImageInfo(kind, width, height)


def _svg(data: bytes) -> ImageInfo:
    """Parse and check the whole SVG (Qt refuses a broken one; see svg.py for the rest) and read the root's size."""
    if len(data) > _SVG_MAX_BYTES:
        raise ImageError("the SVG file is larger than 20 MB; simplify or compress the drawing")
    try:
        drawing = inspect_svg(data)
    except xml.parsers.expat.ExpatError as problem:
        raise ImageError(
            f"the SVG file is damaged or incomplete (its line {problem.lineno} cannot be read); copy it again, or "
            "save it again from the drawing program as a plain SVG"
        ) from None
    except SvgProblem as problem:
        raise ImageError(str(problem)) from None
    if drawing.root_name.rsplit(":", 1)[-1] != "svg":
        raise ImageError(f"it is an XML file but not an SVG drawing; use {SUPPORTED}")
    for line, picture in drawing.embedded_pictures:
        try:
            identify_image(io.BytesIO(picture), drawings=False)
        except ImageError as problem:
            raise ImageError(
                f"the picture embedded in the drawing on its line {line} cannot be shown: {problem}"
            ) from None
    attributes = drawing.root_attributes
    exact_width, exact_height = _length(attributes.get("width")), _length(attributes.get("height"))
    box = _view_box(attributes.get("viewBox"))
    if _below_a_pixel(exact_width, exact_height, box):
        raise ImageError(
            "the drawing's size is less than one pixel, so it cannot be drawn; give its <svg> element a "
            'width and height of at least 1, e.g. width="100" height="100"'
        )
    width, height = _whole_pixels(exact_width), _whole_pixels(exact_height)
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


def _below_a_pixel(width: float, height: float, box: tuple[float, float] | None) -> bool:
    """Whether Qt's size for the drawing comes to 0 pixels, so that Qt draws a placeholder instead: Qt rounds
    the width and height to whole pixels, uses the viewBox when either comes to 0, and, with no viewBox, the
    box from 0 to the width and height."""
    if _whole_pixels(width) and _whole_pixels(height):
        return False
    if box:
        return not (_whole_pixels(box[0]) and _whole_pixels(box[1]))
    return any(0 < length < 0.5 for length in (width, height))


def _whole_pixels(length: float) -> int:
    return math.floor(length + 0.5)


def _length(value: str | None) -> float:
    """A length in pixels; 0 when it is missing, relative (%, em) or absurd."""
    match = _LENGTH.match(value or "")
    if not match:
        return 0
    pixels = float(match.group(1)) * _PX_PER_UNIT[match.group(2) or ""]
    return pixels if math.isfinite(pixels) and pixels < 1e7 else 0


def _view_box(value: str | None) -> tuple[float, float] | None:
    parts = (value or "").replace(",", " ").split()
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) != 4 or not all(0 < number < 1e7 for number in numbers[2:]):
        return None
    return numbers[2], numbers[3]
