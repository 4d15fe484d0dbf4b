"""Helpers for the content tests: small content folders in tmp_path, and image headers."""

from __future__ import annotations

import re
import struct
import zlib

from content_files import write_files as write  # noqa: F401  (the content tests' short name for it)

from kiosk.content.model import Deck, Diagnostic

#: Words of the YAML, TOML and XML readers and of Python, which mean nothing to an editor: never in a message.
JARGON = re.compile(
    r"violates|mapping|scalar|token|stream|<block|document start|constructor|tag:yaml|hexdecimal|codec|"
    r"Invalid value|Invalid statement|key/value|namespace|mismatched tag|Traceback|Error\b|exception",
    re.IGNORECASE,
)
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><rect width="300" height="200"/></svg>\n'


def png_bytes(width: int, height: int) -> bytes:
    """A PNG of the given size, whole in structure; its pixel data is a stub (the loader never decodes it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


def jpeg_bytes(width: int, height: int) -> bytes:
    """JPEG markers: an APP0 segment the reader must skip, a baseline start-of-frame, a stub scan and the end."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00" + b"\x12\x34"
    return b"\xff\xd8" + app0 + sof0 + sos + b"\xff\xd9"


def webp_bytes(kind: bytes, payload: bytes) -> bytes:
    """A WebP file holding one chunk: the RIFF and chunk sizes are right, the payload is the caller's."""
    chunk = kind + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def only(deck: Deck, path: str) -> Diagnostic:
    """The single diagnostic on `path`, failing with all diagnostics shown if there is not exactly one."""
    found = [d for d in deck.diagnostics if d.path == path]
    assert len(found) == 1, [d.format() for d in deck.diagnostics]
    return found[0]
