"""Reading picture sizes from file headers, without Qt."""

from __future__ import annotations

import struct

import pytest
from content_helpers import jpeg_bytes, png_bytes, webp_bytes

from kiosk.content.images import ImageError, read_image_info


def read(tmp_path, data: bytes, name: str = "picture"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_image_info(path)


def test_png(tmp_path):
    info = read(tmp_path, png_bytes(640, 480))
    assert (info.format, info.width, info.height) == ("PNG", 640, 480)


def test_jpeg_skips_segments_before_the_frame(tmp_path):
    info = read(tmp_path, jpeg_bytes(1920, 1080))
    assert (info.format, info.width, info.height) == ("JPEG", 1920, 1080)


def test_jpeg_without_frame_is_damaged(tmp_path):
    with pytest.raises(ImageError, match="damaged"):
        read(tmp_path, b"\xff\xd8\xff\xe0\x00\x04ab")


def test_webp_lossy(tmp_path):
    frame = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", 300, 200)
    info = read(tmp_path, webp_bytes(b"VP8 ", frame))
    assert (info.format, info.width, info.height) == ("WebP", 300, 200)


def test_webp_lossless(tmp_path):
    bits = (300 - 1) | ((200 - 1) << 14)
    data = webp_bytes(b"VP8L", b"\x2f" + struct.pack("<I", bits))
    assert (read(tmp_path, data).width, read(tmp_path, data).height) == (300, 200)


def test_webp_extended(tmp_path):
    data = webp_bytes(b"VP8X", b"\x00" * 4 + (4000 - 1).to_bytes(3, "little") + (3000 - 1).to_bytes(3, "little"))
    info = read(tmp_path, data)
    assert (info.width, info.height, info.megapixels) == (4000, 3000, 12.0)


@pytest.mark.parametrize(
    ("svg", "size"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"/>', (120, 80)),
        ('<svg xmlns="http://www.w3.org/2000/svg" width="1in" height="0.5in"/>', (96, 48)),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"/>', (300, 150)),
        ('<svg xmlns="http://www.w3.org/2000/svg" width="600" viewBox="0 0 300 150"/>', (600, 300)),
        ('<svg xmlns="http://www.w3.org/2000/svg" width="100%"/>', (0, 0)),
        (
            '<?xml version="1.0"?>\n<!-- art -->\n<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="10" height="10"/>',
            (10, 10),
        ),
    ],
)
def test_svg_size(tmp_path, svg, size):
    info = read(tmp_path, svg.encode())
    assert (info.format, info.width, info.height) == ("SVG", *size)


def test_xml_that_is_not_svg(tmp_path):
    with pytest.raises(ImageError, match="not an SVG"):
        read(tmp_path, b"<html><body/></html>")


def test_unknown_bytes(tmp_path):
    with pytest.raises(ImageError, match="JPEG, PNG, WebP or SVG"):
        read(tmp_path, b"%PDF-1.7")


def test_size_zero_png_is_damaged(tmp_path):
    with pytest.raises(ImageError, match="damaged"):
        read(tmp_path, png_bytes(0, 10))
