"""Links the kiosk shows without a QR code because of how their address is written: check says what to write."""

from __future__ import annotations

import pytest
from content_helpers import only

from kiosk.content.model import Severity

ERROR = Severity.ERROR


def link_panel(deck_from, address: str):
    deck = deck_from({"en/01-a.md": f"# About\n\nRead [more]({address}).\n"})
    return only(deck, "en/01-a.md"), deck.languages[0].panels[0]


@pytest.mark.parametrize(
    ("address", "write"),
    [
        ("www.example.org", "https://www.example.org"),
        ("example.org/page", "https://example.org/page"),
        ("WWW.Example.org/about-us", "https://WWW.Example.org/about-us"),
        ("https//example.org", "https://example.org"),
        ("http:/example.org/a", "http://example.org/a"),
        ("https:example.org", "https://example.org"),
    ],
)
def test_a_web_address_without_https_is_an_error_saying_what_to_write(deck_from, address, write):
    diagnostic, panel = link_panel(deck_from, address)
    assert (diagnostic.line, diagnostic.severity) == (3, ERROR), diagnostic.format()
    assert "without a QR code" in diagnostic.message and f"write {write}" in diagnostic.message, diagnostic.format()
    assert panel.links == ()


def test_a_mail_address_without_mailto_is_an_error_saying_what_to_write(deck_from):
    diagnostic, panel = link_panel(deck_from, "hello@example.org")
    assert (diagnostic.line, diagnostic.severity) == (3, ERROR)
    assert "write mailto:hello@example.org" in diagnostic.message, diagnostic.format()
    assert panel.links == ()


def test_a_phone_number_without_tel_is_an_error_saying_what_to_write(deck_from):
    diagnostic, _ = link_panel(deck_from, "+44-20-7946-0000")
    assert diagnostic.severity is ERROR and "write tel:+442079460000" in diagnostic.message, diagnostic.format()


@pytest.mark.parametrize(
    "address",
    [
        "media/annual-report.pdf",
        "annual-report.pdf",
        "../annual-report.docx",
        "/files/report.pdf",
        "file:///C:/Users/ana/report.pdf",
        "C:\\Users\\ana\\report.pdf",
        "./media/team.jpg",
    ],
)
def test_a_link_to_a_local_file_is_an_error_saying_to_host_it(deck_from, address):
    diagnostic, panel = link_panel(deck_from, address)
    assert (diagnostic.line, diagnostic.severity) == (3, ERROR), diagnostic.format()
    assert "cannot travel in a QR code" in diagnostic.message, diagnostic.format()
    assert "put the file on your website and link to its address there" in diagnostic.message
    assert panel.links == ()


@pytest.mark.parametrize("address", ["javascript:alert(1)", "ftp://example.org/a", "whatsapp://send?phone=44"])
def test_a_link_the_kiosk_never_opens_is_an_error_naming_the_links_it_shows(deck_from, address):
    diagnostic, panel = link_panel(deck_from, address)
    assert diagnostic.severity is ERROR and "https://, http://, mailto: or tel:" in diagnostic.message
    assert panel.links == ()


def test_a_link_to_a_place_in_the_page_is_an_error(deck_from):
    diagnostic, _ = link_panel(deck_from, "#contact")
    assert diagnostic.severity is ERROR and "a place in the same page" in diagnostic.message, diagnostic.format()


def test_a_link_with_no_address_is_an_error(deck_from):
    deck = deck_from({"en/01-a.md": "# About\n\nRead [more]().\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, ERROR) and "no address" in diagnostic.message


def test_the_links_that_get_a_code_pass_without_a_word(deck_from):
    deck = deck_from(
        {
            "en/01-a.md": "[a](https://example.org) [b](http://example.org/x) [c](mailto:hello@example.org) "
            "[d](tel:+442079460000) <https://example.org/auto> <hello@example.org>\n"
        }
    )
    assert deck.diagnostics == ()
    assert len(deck.languages[0].panels[0].links) == 6
