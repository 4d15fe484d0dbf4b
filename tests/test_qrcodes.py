"""QR codes for links: the SVG a visitor scans must encode the link exactly, dark on light."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.qrcodes import DARK, LIGHT, MAX_LINK_LENGTH, QUIET_ZONE, has_qr_code, link_length, qr_svg_data_uri

SVG = "{http://www.w3.org/2000/svg}"
PREFIX = "data:image/svg+xml;charset=utf-8,"


def decode(uri: str) -> ET.Element:
    assert uri.startswith(PREFIX)
    return ET.fromstring(unquote(uri[len(PREFIX) :]))


def drawn_modules(svg: ET.Element) -> tuple[int, set[tuple[int, int]], str, str]:
    """Read segno's SVG back: (size in modules, dark (row, column) cells, dark colour, background colour).

    The dark modules are one stroked path of horizontal runs ("M x y", "m dx dy",
    "h n"), each run centred on its row, so every run maps back to whole cells.
    """
    size = int(svg.get("width"))
    assert int(svg.get("height")) == size
    background, modules = svg.findall(f"{SVG}path")
    dark: set[tuple[int, int]] = set()
    x = y = 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d.\s]+)", modules.get("d")):
        values = [float(n) for n in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            run = values[0] if command == "h" else values[0] - x
            assert run > 0 and y % 1 == 0.5 and x % 1 == 0
            dark.update((int(y - 0.5), int(x) + i) for i in range(int(run)))
            x += run
    return size, dark, modules.get("stroke"), background.get("fill")


def expand(colour: str) -> str:
    """#abc -> #aabbcc, as segno shortens colours in its SVG."""
    colour = colour.lower()
    return "#" + "".join(c * 2 for c in colour[1:]) if len(colour) == 4 else colour


@pytest.mark.parametrize(
    "url",
    [
        "https://www.child-soldiers.org",
        "http://example.org/a/long/path/to/a/report.pdf?lang=fr&page=2#summary",
        "https://exemple.fr/rapport-annuel-2023-droits-de-l’enfant",
        "mailto:info@child-soldiers.org",
        "tel:+442072263000",
    ],
)
def test_the_svg_encodes_exactly_the_modules_of_the_url(url: str) -> None:
    size, dark, _, _ = drawn_modules(decode(qr_svg_data_uri(url)))

    reference = segno.make(url, error="m", micro=False)
    matrix = reference.matrix
    expected = {
        (row + QUIET_ZONE, column + QUIET_ZONE)
        for row, line in enumerate(matrix)
        for column, cell in enumerate(line)
        if cell
    }
    assert size == len(matrix) + 2 * QUIET_ZONE
    assert dark == expected
    # Same symbol, so the payload and the error correction level are the same too.
    assert not reference.is_micro
    assert reference.error in ("M", "Q", "H")


def test_the_code_is_dark_on_white_with_a_quiet_zone_whatever_the_theme() -> None:
    size, dark, ink, paper = drawn_modules(decode(qr_svg_data_uri("https://www.child-soldiers.org")))
    assert expand(ink) == DARK.lower()
    assert expand(paper) == LIGHT.lower() == "#ffffff"
    assert 2 <= QUIET_ZONE <= 4
    cells = {cell for row, column in dark for cell in (row, column)}
    assert min(cells) == QUIET_ZONE
    assert max(cells) == size - 1 - QUIET_ZONE


def test_a_different_url_gives_a_different_code() -> None:
    first = drawn_modules(decode(qr_svg_data_uri("https://example.org/a")))[1]
    second = drawn_modules(decode(qr_svg_data_uri("https://example.org/b")))[1]
    assert first != second


@pytest.mark.parametrize("url", ["ftp://example.org/file", "javascript:alert(1)", "file:///etc/passwd", "no scheme"])
def test_links_the_kiosk_never_shows_get_no_code(url: str) -> None:
    assert qr_svg_data_uri(url) == ""


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/" + "a" * 2400,
        "https://example.org/" + "€" * 800,
        "https://example.org/\ud800",
        "https://example.org/\x00\x1b[2J\r",
        "https://example.org/😀𝔘",
        "https:",
    ],
)
def test_no_string_makes_the_qr_code_raise(url: str) -> None:
    uri = qr_svg_data_uri(url)
    assert isinstance(uri, str)
    assert (uri != "") == has_qr_code(url)


def test_a_link_too_long_for_any_qr_code_gets_no_code() -> None:
    assert qr_svg_data_uri("https://example.org/" + "a" * 2400) == ""


@pytest.mark.parametrize("letter", ["a", "é", "’", "€"])
def test_a_link_as_long_as_the_most_a_code_holds_fits_and_one_more_letter_does_not(letter: str) -> None:
    site = "https://example.org/"
    count = (MAX_LINK_LENGTH - len(site)) // link_length(letter)
    url = site + letter * count + "a" * (MAX_LINK_LENGTH - len(site) - count * link_length(letter))
    assert link_length(url) == MAX_LINK_LENGTH
    assert has_qr_code(url)
    assert not has_qr_code(url + "a")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60).map(lambda text: "https://example.org/" + text))
def test_any_link_text_gives_a_code_or_none_and_never_raises(url: str) -> None:
    assert (qr_svg_data_uri(url) != "") == has_qr_code(url)
