"""Pictures the kiosk would show wrong, or that reach outside the folder: check reports each, and the
picture is not used (the kiosk shows the placeholder), so check and screen agree."""

from __future__ import annotations

import base64
import struct
import time
import zlib

import pytest
from content_helpers import SVG, jpeg_bytes, only, png_bytes, webp_bytes

from kiosk.content.model import Deck, Severity

SVG_OPEN = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">'
)
PANEL = {"en/01-a.md": "Text.\n\n![A picture](media/x.svg)\n"}


def picture_deck(deck_from, data: bytes | str, name: str = "x.svg") -> Deck:
    return deck_from({"en/01-a.md": f"Text.\n\n![A picture](media/{name})\n", f"media/{name}": data})


def refused(deck: Deck, *phrases: str) -> str:
    """The error about the picture on line 3, which must also be left out of the panel."""
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.ERROR), diagnostic.format()
    for phrase in phrases:
        assert phrase in diagnostic.message, diagnostic.format()
    assert "<img" not in deck.languages[0].panels[0].intro.html
    return diagnostic.message


def accepted(deck: Deck) -> None:
    assert not [d for d in deck.diagnostics if d.severity is Severity.ERROR], [d.format() for d in deck.diagnostics]
    assert "<img" in deck.languages[0].panels[0].intro.html


def drawing(body: str, before: str = "") -> str:
    return f"{before}{SVG_OPEN}\n{body}\n</svg>\n"


@pytest.mark.parametrize("target", ["/abs/secret.png", "../../secret.png", "file:///abs/secret.png", "secret.png"])
def test_an_svg_image_naming_another_file_is_reported(deck_from, target):
    deck = picture_deck(deck_from, drawing(f'<image xlink:href="{target}" width="100" height="100"/>'))
    message = refused(
        deck,
        'the image "media/x.svg" cannot be shown',
        f"refers to another file ({target}, line 2)",
        "embed the picture in the drawing or save the drawing as PNG",
    )
    assert message.endswith(".")


@pytest.mark.parametrize(
    ("svg", "shown"),
    [
        (drawing('<image href="/abs/secret.png" width="10" height="10"/>'), "/abs/secret.png"),
        (drawing('<use xlink:href="other.svg#part"/>'), "other.svg#part"),
        (drawing('<filter id="f"><feImage xlink:href="/abs/secret.png"/></filter>'), "/abs/secret.png"),
        (drawing("<style>@import url(theme.css);</style>"), "@import"),
        (drawing('<style>\n@import "theme.css";\n</style>'), "@import"),
        (drawing("<style>rect { fill: url(/abs/pattern.svg#p) }</style>"), "/abs/pattern.svg#p"),
        (drawing('<style>@font-face { font-family: F; src: url("../fonts/f.ttf") }</style>'), "../fonts/f.ttf"),
        (drawing('<rect width="5" height="5" style="fill: url(\'/abs/x.svg#g\')"/>'), "/abs/x.svg#g"),
        (drawing('<rect width="5" height="5" fill="url(/abs/x.svg#g)"/>'), "/abs/x.svg#g"),
        (
            drawing(
                '<font-face><font-face-src><font-face-uri xlink:href="/abs/font.svg#f"/></font-face-src></font-face>'
            ),
            "/abs/font.svg#f",
        ),
        (
            drawing("<text>&secret;</text>", '<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'),
            "file:///etc/passwd",
        ),
        (drawing("", '<!DOCTYPE svg SYSTEM "/abs/evil.dtd">\n'), "/abs/evil.dtd"),
        (drawing("", '<?xml-stylesheet href="/abs/style.css" type="text/css"?>\n'), "/abs/style.css"),
    ],
)
def test_an_svg_referring_to_any_other_file_is_reported(deck_from, svg, shown):
    refused(picture_deck(deck_from, svg), f"refers to another file ({shown}")


def test_an_svg_embedding_another_drawing_is_reported(deck_from):
    inner = base64.b64encode(SVG.encode()).decode()
    svg = drawing(f'<image xlink:href="data:image/svg+xml;base64,{inner}" width="10" height="10"/>')
    refused(picture_deck(deck_from, svg), "embeds something other than a PNG, JPEG or WebP picture (line 2)")


def test_an_svg_with_a_script_is_reported(deck_from):
    refused(picture_deck(deck_from, drawing("<script>alert(1)</script>")), "a script (line 2)", "never runs")


def test_an_svg_with_a_web_page_part_is_reported(deck_from):
    svg = drawing(
        '<foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">Hi</p></foreignObject>'
    )
    refused(picture_deck(deck_from, svg), "foreignObject, line 2", "save the drawing as PNG")


def test_same_document_references_and_embedded_pictures_are_allowed(deck_from):
    embedded = base64.b64encode(png_bytes(10, 10)).decode()
    svg = drawing(
        '<defs><linearGradient id="g"><stop offset="0"/></linearGradient><rect id="r" width="5" height="5"/></defs>\n'
        '<style>.a { fill: url(#g) }</style><use xlink:href="#r"/><rect class="a" width="5" height="5" fill="url( \'#g\' )"/>\n'
        f'<image xlink:href="data:image/png;base64,{embedded}" width="10" height="10"/>\n'
        '<a xlink:href="https://example.org/"><rect width="1" height="1"/></a>',
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [<!ENTITY ns "http://example.org/ns">]>\n',
    )
    accepted(picture_deck(deck_from, svg))


def test_a_picture_embedded_in_an_svg_is_checked_like_a_file(deck_from):
    embedded = base64.b64encode(png_bytes(30000, 30000)).decode()
    svg = drawing("<g/>\n" + f'<image xlink:href="data:image/png;base64,{embedded}" width="10" height="10"/>')
    refused(
        picture_deck(deck_from, svg), "the picture embedded in the drawing on its line 3 cannot be shown", "too large"
    )


def use_bomb(levels: int, copies: int) -> str:
    parts = ['<rect id="l0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        parts.append(
            f'<g id="l{level}">' + "".join(f'<use xlink:href="#l{level - 1}" x="{i}"/>' for i in range(copies)) + "</g>"
        )
    return drawing("<defs>" + "".join(parts) + f'</defs><use xlink:href="#l{levels}"/>')


def test_an_svg_use_bomb_is_reported_quickly(deck_from):
    bomb = use_bomb(8, 10)
    assert len(bomb) < 3000
    started = time.monotonic()
    deck = picture_deck(deck_from, bomb)
    assert time.monotonic() - started < 2
    refused(deck, "too complex to show", "more than 100,000 shapes", "simplify it or save it as PNG")


def test_an_svg_with_a_few_thousand_copies_is_allowed(deck_from):
    accepted(picture_deck(deck_from, use_bomb(3, 10)))


def test_many_shapes_sharing_one_gradient_are_not_counted_as_copies_of_it(deck_from):
    gradient = '<linearGradient id="g">' + '<stop offset="0"/>' * 20 + "</linearGradient>"
    shapes = '<rect width="1" height="1" fill="url(#g)"/>' * 20_000
    accepted(picture_deck(deck_from, drawing(f"<defs>{gradient}</defs>{shapes}")))


def test_an_svg_nested_too_deeply_is_reported(deck_from):
    refused(picture_deck(deck_from, drawing("<g>" * 150 + "</g>" * 150)), "nested too deeply", "more than 100 levels")


def test_an_svg_whose_copies_nest_too_deeply_is_reported(deck_from):
    chain = '<rect id="p0" width="1" height="1"/>' + "".join(
        f'<g id="p{n}"><use xlink:href="#p{n - 1}"/></g>' for n in range(1, 80)
    )
    refused(picture_deck(deck_from, drawing(f"<defs>{chain}</defs><use xlink:href='#p79'/>")), "nested too deeply")


def test_an_svg_that_copies_itself_in_a_loop_is_reported(deck_from):
    svg = drawing('<g id="a"><use xlink:href="#b"/></g>\n<g id="b"><use xlink:href="#a"/></g>')
    refused(picture_deck(deck_from, svg), "repeats a part inside itself without end")


def png_with_stub_data(width: int, height: int, depth: int = 8, colour: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [30000, 65500])
def test_a_picture_too_large_for_qt_is_reported_not_shrunk(deck_from, side):
    message = refused(
        picture_deck(deck_from, png_bytes(side, side), "huge.png"),
        "too large to show",
        f"{side} x {side} pixels",
        "at most 67 megapixels, such as 8192 x 8192",
        "Save a smaller copy",
    )
    assert "shrunk" not in message


def test_a_picture_just_over_the_limit_is_reported(deck_from):
    refused(picture_deck(deck_from, png_bytes(8193, 8192), "big.png"), "too large to show")


def test_a_picture_at_the_limit_is_shown_with_a_warning(deck_from):
    deck = picture_deck(deck_from, png_bytes(8192, 8192), "big.png")
    accepted(deck)
    assert "very large" in only(deck, "en/01-a.md").message


def test_a_16_bit_png_counts_twice_the_memory(deck_from):
    refused(
        picture_deck(deck_from, png_with_stub_data(5793, 5793, depth=16), "deep.png"),
        "with 16-bit colour",
        "at most 33 megapixels, such as 5792 x 5792",
    )
    accepted(picture_deck(deck_from, png_with_stub_data(5792, 5792, depth=16), "deep.png"))
    accepted(picture_deck(deck_from, png_with_stub_data(8192, 8192, depth=16, colour=0), "grey.png"))


def test_large_jpeg_and_webp_pictures_are_reported(deck_from):
    refused(picture_deck(deck_from, jpeg_bytes(30000, 30000), "huge.jpg"), "too large to show")
    canvas = b"\x00" * 4 + (30000 - 1).to_bytes(3, "little") + (30000 - 1).to_bytes(3, "little")
    refused(picture_deck(deck_from, webp_bytes(b"VP8X", canvas), "huge.webp"), "too large to show")


@pytest.mark.parametrize("cut", [5, 12, 30])
def test_a_truncated_png_is_reported(deck_from, cut):
    data = png_bytes(10, 10)
    refused(picture_deck(deck_from, data[:-cut], "cut.png"), "the PNG file is incomplete", "copy it again")


def test_a_png_missing_only_its_last_checksum_is_shown_as_qt_does(deck_from):
    accepted(picture_deck(deck_from, png_bytes(10, 10)[:-4], "cut.png"))


def test_a_png_with_a_wrong_checksum_is_reported(deck_from):
    data = bytearray(png_bytes(10, 10))
    data[-13] ^= 0xFF  # the last byte of the IDAT chunk's checksum
    refused(picture_deck(deck_from, bytes(data), "bad.png"), "a checksum inside it does not match")


def test_a_png_without_picture_data_is_reported(deck_from):
    data = png_bytes(10, 10)
    without_data = data[:33] + data[-12:]
    refused(picture_deck(deck_from, without_data, "empty.png"), "the PNG file is damaged (it holds no picture)")


@pytest.mark.parametrize("cut", [1, 4, 20])
def test_a_truncated_jpeg_is_reported(deck_from, cut):
    refused(picture_deck(deck_from, jpeg_bytes(10, 10)[:-cut], "cut.jpg"), "the JPEG file is")


def test_a_special_jpeg_kind_is_reported(deck_from):
    lossless = jpeg_bytes(10, 10).replace(b"\xff\xc0", b"\xff\xc3")
    refused(picture_deck(deck_from, lossless, "special.jpg"), "lossless, arithmetic or 12-bit")


@pytest.mark.parametrize("cut", [1, 2, 6])
def test_a_truncated_webp_is_reported(deck_from, cut):
    frame = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", 30, 20) + b"\x00" * 20
    refused(picture_deck(deck_from, webp_bytes(b"VP8 ", frame)[:-cut], "cut.webp"), "the WebP file is incomplete")


def tiny(attributes: str) -> str:
    return f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect width="10" height="10"/></svg>\n'


@pytest.mark.parametrize(
    "attributes",
    [
        'width="0.001" height="0.001"',
        'viewBox="0 0 0.001 0.001"',
        'width="0.4" height="100"',
        'width="0.3" height="0.3" viewBox="0 0 0.3 0.3"',
    ],
)
def test_an_svg_smaller_than_a_pixel_is_reported(deck_from, attributes):
    """Qt rounds the drawing's size to whole pixels and shows a placeholder when it comes to 0."""
    refused(picture_deck(deck_from, tiny(attributes)), "less than one pixel")


@pytest.mark.parametrize(
    "attributes",
    ['width="0.5" height="0.5"', 'width="0.4" height="100" viewBox="0 0 10 10"', 'width="0" height="100"', ""],
)
def test_an_svg_qt_draws_at_some_size_is_accepted(deck_from, attributes):
    accepted(picture_deck(deck_from, tiny(attributes)))
