"""Links, picture paths and names that could crash the kiosk, mislead an editor or fool a visitor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from content_helpers import SVG, only, write

from kiosk.cli import main
from kiosk.content.model import Severity
from kiosk.qrcodes import MAX_LINK_LENGTH, has_qr_code

ERROR, WARNING = Severity.ERROR, Severity.WARNING
SITE = "https://example.org/"


def long_link(length: int) -> str:
    return SITE + "a" * (length - len(SITE))


def test_a_link_too_long_for_a_qr_code_is_reported(deck_from):
    deck = deck_from({"en/01-a.md": f"# About\n\nRead [the report]({long_link(2400)}).\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, WARNING)  # a warning: a hot reload still shows the panel
    assert "this link is too long for a QR code (2,400 characters; at most 2,331)" in diagnostic.message
    assert "shorten it, e.g. with a shorter address" in diagnostic.message
    panel = deck.languages[0].panels[0]
    assert [link.text for link in panel.links] == ["the report"]  # still shown, without a code


def test_the_longest_link_that_fits_in_a_qr_code_is_not_reported(deck_from):
    deck = deck_from(
        {"en/01-a.md": f"[Fits]({long_link(MAX_LINK_LENGTH)})\n\n[Does not]({long_link(MAX_LINK_LENGTH + 1)})\n"}
    )
    assert [(d.line, d.severity) for d in deck.diagnostics] == [(3, WARNING)]
    assert [has_qr_code(link.url) for link in deck.languages[0].panels[0].links] == [True, False]


def test_a_link_with_wide_letters_too_long_for_a_qr_code_says_how_they_count(deck_from):
    url = SITE + "€" * 800  # 820 characters, each € taking three places in the code
    deck = deck_from({"en/01-a.md": f"Intro.\n\n[Report]({url})\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert diagnostic.line == 3
    assert "(820 characters, which count as 2,420 because some letters" in diagnostic.message


def test_links_that_could_break_the_code_pipeline_load_without_a_crash(deck_from):
    huge_text = "word " * 20000
    deck = deck_from(
        {
            "en/01-a.md": (
                f"# [A title]({SITE}title)\n\n"
                f"[Escape](https://example.org/&#x1b;[2J) [nul](https://example.org/&#0;) [surrogate](https://example.org/&#xd800;)\n\n"
                f"[Emoji 😀](https://example.org/😀/𝔘) [{huge_text}](https://example.org/huge)\n\n"
                f"[Twice]({SITE}same) and [twice again]({SITE}same)\n"
            ),
            "en/02-b.md": f"---\nlayout: cards\n---\n## [Heading link]({SITE}heading)\n\nBody [link]({SITE}body).\n",
        }
    )
    assert not any("problem in the kiosk itself" in d.message for d in deck.diagnostics), deck.diagnostics
    for panel in deck.languages[0].panels:
        for link in panel.links:
            assert has_qr_code(link.url), link.url
            assert "\x1b" not in link.url


@pytest.mark.parametrize(
    ("hidden", "shown"), [("\u202e", "%E2%80%AE"), ("\u200b", "%E2%80%8B"), ("\u2066", "%E2%81%A6")]
)
def test_a_link_with_invisible_or_direction_characters_is_reported_and_shown_visibly(deck_from, hidden, shown):
    deck = deck_from({"en/01-a.md": f"Intro.\n\n[Download](https://example.org/{hidden}gnp.exe)\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, WARNING)
    assert "characters that cannot be seen" in diagnostic.message and f"U+{ord(hidden):04X}" in diagnostic.message
    panel = deck.languages[0].panels[0]
    assert [link.url for link in panel.links] == [f"https://example.org/{shown}gnp.exe"]
    assert hidden not in panel.intro.html


def test_a_link_with_an_encoded_direction_override_is_reported_too(deck_from):
    deck = deck_from({"en/01-a.md": "[Download](https://example.org/&#x202e;gnp.exe)\n"})
    check_one = only(deck, "en/01-a.md")
    assert check_one.severity is WARNING and "U+202E" in check_one.message
    assert deck.languages[0].panels[0].links[0].url == "https://example.org/%E2%80%AEgnp.exe"


def test_a_panel_file_name_with_invisible_characters_is_reported(deck_from):
    deck = deck_from({"en/01-\u202eabout.md": "Text.\n"})
    diagnostic = only(deck, "en/01-\u202eabout.md")
    assert (diagnostic.line, diagnostic.severity) == (1, WARNING)
    assert "cannot be seen" in diagnostic.message and "Rename the file" in diagnostic.message


def test_a_picture_file_name_with_invisible_characters_is_reported(deck_from):
    deck = deck_from({"en/01-a.md": "Intro.\n\n![Logo](media/lo\u200bgo.svg)\n", "media/lo\u200bgo.svg": SVG})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, WARNING)
    assert "U+200B ZERO WIDTH SPACE" in diagnostic.message


@pytest.fixture
def hostile_names(tmp_path: Path) -> Path:
    return write(
        tmp_path / "content",
        {
            "en/01-a.md": "Text.\n",
            "en/\x1b[2J\rnotes.txt": "x",
            "en/\x9b2J\u202etxt.exe": "x",
            "en/02-b.md": "[Link](https://example.org/\u202egnp.exe)\n",
        },
    )


def test_check_never_prints_control_or_direction_characters_raw(hostile_names, capsys):
    main(["check", str(hostile_names)])
    out = capsys.readouterr().out
    assert not any(character in out for character in "\x1b\r\x9b\u202e")
    assert "en/\\x1b[2J\\x0dnotes.txt:1: warning:" in out
    assert "en/\\x9b2J\\u202etxt.exe:1: warning:" in out
    assert 'en/02-b.md:1: warning: the link "https://example.org/%E2%80%AEgnp.exe" contains characters' in out


def test_check_as_json_escapes_hidden_characters_and_keeps_the_names(hostile_names, capsys):
    main(["check", "--format", "json", str(hostile_names)])
    out = capsys.readouterr().out
    assert not any(character in out for character in "\x1b\r\x9b\u202e")
    paths = {diagnostic["path"] for diagnostic in json.loads(out)["diagnostics"]}
    assert {"en/\x1b[2J\rnotes.txt", "en/\x9b2J\u202etxt.exe"} <= paths


def test_a_link_problem_is_reported_at_the_line_of_the_second_use(deck_from):
    deck = deck_from(
        {"en/01-a.md": f"[Short]({SITE})\n\n[Long]({long_link(2400)})\n\nAgain [long]({long_link(2400)})\n"}
    )
    assert [d.line for d in deck.diagnostics] == [3, 5]
