"""Each kind of mistake an editor can make: one test each, with file, line, severity and message."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from content_helpers import SVG, only, png_bytes, write

from kiosk.content import panel_file
from kiosk.content.loader import load_deck
from kiosk.content.model import Layout, Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def check(diagnostic, line: int, severity: Severity, *phrases: str) -> None:
    assert (diagnostic.line, diagnostic.severity) == (line, severity), diagnostic.format()
    for phrase in phrases:
        assert phrase in diagnostic.message, diagnostic.format()


def test_unreadable_file(deck_from, monkeypatch):
    original = panel_file.read_content_file

    def refuse(path: Path, limit: int) -> bytes:
        if path.name == "01-a.md":
            raise PermissionError(13, "Permission denied")
        return original(path, limit)

    monkeypatch.setattr(panel_file, "read_content_file", refuse)
    deck = deck_from({"en/01-a.md": "Text.\n", "en/02-b.md": "More.\n"})
    check(only(deck, "en/01-a.md"), 1, ERROR, "cannot be opened", "Permission denied")
    assert [panel.key for panel in deck.languages[0].panels] == ["02-b.md"]


def test_file_not_saved_as_utf8(deck_from):
    deck = deck_from({"en/01-a.md": "Line one\nLine two\nCaf\xe9\n".encode("latin-1")})
    check(only(deck, "en/01-a.md"), 3, ERROR, "not saved as UTF-8", "Save As")


def test_binary_file_with_md_extension(deck_from):
    deck = deck_from({"en/01-a.md": b"\x00\x01\x02binary"})
    check(only(deck, "en/01-a.md"), 1, ERROR, "not a text file")


def test_front_matter_never_closed(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: statement\ntitle: Vision\n\nA world.\n"})
    check(only(deck, "en/01-a.md"), 1, ERROR, "never closed", "Add a line with just ---")
    assert deck.languages[0].panels[0].has_errors


def test_front_matter_invalid_yaml(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: statement\ntitle: [Our vision\n---\nA world.\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert diagnostic.severity is ERROR and diagnostic.line in (3, 4)
    assert "cannot be read" in diagnostic.message and 'in quotes: title: "[Our vision"' in diagnostic.message


def test_front_matter_colon_in_unquoted_text(deck_from):
    deck = deck_from({"en/01-a.md": "---\ntitle: Vision: a world\nlayout: text\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 2, ERROR, "cannot be read", "in quotes")


def test_front_matter_not_a_mapping(deck_from):
    deck = deck_from({"en/01-a.md": "---\n- layout\n- statement\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 2, ERROR, "`name: value` lines")


def test_front_matter_wrong_value_type(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: text\ntitle:\n  - one\n  - two\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 3, ERROR, 'the setting "title" must be a line of text')
    assert deck.languages[0].panels[0].title == "A"


def test_image_setting_not_text(deck_from):
    deck = deck_from({"en/01-a.md": "---\nimage: 12\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 2, ERROR, 'the setting "image" must be the path of a picture')


def test_unknown_layout(deck_from):
    deck = deck_from({"en/01-a.md": "---\ntitle: A\nlayout: statment\n---\nText.\n"})
    check(
        only(deck, "en/01-a.md"), 3, ERROR, 'the layout "statment" does not exist', "statement, timeline, cards, text"
    )
    panel = deck.languages[0].panels[0]
    assert panel.layout is Layout.TEXT and panel.has_errors


def test_unknown_front_matter_key(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: text\nauthor: Vision\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 3, WARNING, '"author" is unknown', "layout, title, short_title, image, image_alt")
    assert not deck.languages[0].panels[0].has_errors


def test_front_matter_image_missing(deck_from):
    deck = deck_from({"en/01-vision.md": "---\nlayout: statement\ntitle: V\nimage: media/hop.svg\n---\nA world.\n"})
    check(
        only(deck, "en/01-vision.md"),
        4,
        ERROR,
        'the image "media/hop.svg" does not exist',
        "Check the spelling, or copy the picture into the media folder",
    )
    panel = deck.languages[0].panels[0]
    assert panel.image is not None and not panel.image.usable and panel.has_errors


def test_markdown_image_missing(deck_from):
    deck = deck_from({"en/01-a.md": "---\ntitle: A\n---\nIntro.\n\n![Alt](media/nothing.png)\n"})
    check(only(deck, "en/01-a.md"), 6, ERROR, 'the image "media/nothing.png" does not exist')
    assert "<img" not in deck.languages[0].panels[0].intro.html


def test_image_that_is_not_a_picture(deck_from):
    deck = deck_from({"en/01-a.md": "![Alt](media/notes.png)\n", "media/notes.png": "just some text\n"})
    check(only(deck, "en/01-a.md"), 1, ERROR, 'the image "media/notes.png" cannot be shown', "JPEG, PNG, WebP or SVG")


def test_damaged_png(deck_from):
    deck = deck_from({"en/01-a.md": "![Alt](media/cut.png)\n", "media/cut.png": png_bytes(10, 10)[:18]})
    check(only(deck, "en/01-a.md"), 1, ERROR, "cannot be shown", "damaged")


def test_broken_svg(deck_from):
    deck = deck_from(
        {"en/01-a.md": "![Alt](media/x.svg)\n", "media/x.svg": "<svg xmlns='http://www.w3.org/2000/svg'>\n<g>\n"}
    )
    check(only(deck, "en/01-a.md"), 1, ERROR, "the SVG file is damaged")


def test_gif_is_refused(deck_from):
    deck = deck_from({"en/01-a.md": "![Alt](media/x.gif)\n", "media/x.gif": b"GIF89a\x01\x00\x01\x00"})
    check(only(deck, "en/01-a.md"), 1, ERROR, "GIF", "JPEG, PNG, WebP or SVG")


def test_image_path_leaving_the_folder(deck_from):
    deck = deck_from({"en/01-a.md": "Text.\n\n![Alt](../secret.png)\n"})
    check(only(deck, "en/01-a.md"), 3, ERROR, "outside the content folder", "media/secret.png")


def test_image_path_leaving_the_folder_after_going_down(deck_from):
    deck = deck_from({"en/01-a.md": "---\nimage: media/../../x.svg\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 2, ERROR, "outside the content folder")


def test_absolute_image_path(deck_from):
    deck = deck_from({"en/01-a.md": "---\nimage: /home/me/Pictures/hope.svg\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 2, ERROR, "full path on one computer", "media/hope.svg")


def test_windows_absolute_image_path(deck_from):
    deck = deck_from({"en/01-a.md": "---\nimage: 'C:\\Users\\me\\hope.svg'\n---\nText.\n"})
    check(only(deck, "en/01-a.md"), 2, ERROR, "full path on one computer")


def test_symlink_pointing_outside(deck_from, tmp_path):
    outside = tmp_path / "outside.svg"
    outside.write_text(SVG, encoding="utf-8")
    folder = write(tmp_path / "content", {"en/01-a.md": "![Alt](media/link.svg)\n"})
    (folder / "media").mkdir()
    os.symlink(outside, folder / "media" / "link.svg")
    deck = load_deck(folder)
    check(only(deck, "en/01-a.md"), 1, ERROR, "a link to a file outside the content folder")


def test_symlink_inside_the_folder_is_fine(tmp_path):
    folder = write(tmp_path / "content", {"en/01-a.md": "![Alt](media/link.svg)\n", "media/real.svg": SVG})
    os.symlink(folder / "media" / "real.svg", folder / "media" / "link.svg")
    assert load_deck(folder).diagnostics == ()


@pytest.mark.parametrize(
    "url", ["http://example.org/a.png", "https://example.org/a.png", "ftp://example.org/a.png", "//example.org/a.png"]
)
def test_remote_image(deck_from, url):
    deck = deck_from({"en/01-a.md": f"Intro.\n\n![Alt]({url})\n"})
    check(
        only(deck, "en/01-a.md"),
        3,
        ERROR,
        "the kiosk works offline and never loads anything from the internet",
        "download the image into media/",
    )
    assert "<img" not in deck.languages[0].panels[0].intro.html


def test_unparseable_timeline_date(deck_from):
    deck = deck_from(
        {"en/03-h.md": "---\nlayout: timeline\n---\n## 1998 - Founded\nA.\n\n## Spring 2002 - Treaty\nB.\n"}
    )
    check(
        only(deck, "en/03-h.md"), 7, ERROR, '"## Spring 2002 - Treaty" does not start with a date', "1998", "2002-02-12"
    )
    assert [event.title for event in deck.languages[0].panels[0].events] == ["Founded"]


def test_impossible_timeline_date(deck_from):
    deck = deck_from({"en/03-h.md": "---\nlayout: timeline\n---\n## 2002-02-30 - Treaty\nB.\n"})
    check(only(deck, "en/03-h.md"), 4, ERROR, "does not start with a date")


def test_empty_deck(deck_from):
    deck = deck_from({"kiosk.toml": 'title = "T"\n', "media/a.svg": SVG})
    check(only(deck, "."), 1, ERROR, "there are no panels", "kiosk new")


def test_missing_folder(tmp_path):
    deck = load_deck(tmp_path / "nowhere")
    check(only(deck, "."), 1, ERROR, "does not exist", "kiosk new")


def test_in_the_packaged_app_advice_names_the_program(deck_from, monkeypatch):
    """The packaged `kiosk` is not on PATH: staff must be able to type the advice as it is."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/kiosk/kiosk")
    deck = deck_from({"kiosk.toml": 'title = "T"\n'})
    check(only(deck, "."), 1, ERROR, f"run `{Path('/opt/kiosk/kiosk').resolve()} new`")


def test_file_instead_of_folder(tmp_path):
    file = tmp_path / "content.md"
    file.write_text("Text\n", encoding="utf-8")
    check(only(load_deck(file), "."), 1, ERROR, "is a file, not a folder")


def test_image_over_40_megapixels(deck_from):
    deck = deck_from({"en/01-a.md": "![Alt](media/huge.png)\n", "media/huge.png": png_bytes(8000, 6000)})
    check(only(deck, "en/01-a.md"), 1, WARNING, "very large", "48 megapixels")
    assert 'height="900"' in deck.languages[0].panels[0].intro.html
    assert 'width="1200"' in deck.languages[0].panels[0].intro.html


def test_statement_too_long(deck_from):
    message = "word " * 40
    deck = deck_from({"en/01-a.md": f"---\nlayout: statement\n---\n\n{message}\n\nDetail.\n"})
    check(only(deck, "en/01-a.md"), 5, WARNING, "too long to read from two metres", "second paragraph")


def test_statement_without_message(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: statement\ntitle: Vision\n---\n"})
    check(only(deck, "en/01-a.md"), 5, WARNING, "has no message")


def test_stray_file_at_the_top(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "notes.docx": b"PK"})
    check(only(deck, "notes.docx"), 1, WARNING, "is ignored", "language folder")


def test_stray_folder_at_the_top(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "English/01-a.md": "A.\n"})
    check(only(deck, "English"), 1, WARNING, "is ignored", "named by a language code, such as en, fr, ar, ckb or pt-BR")


def test_stray_file_in_a_language_folder(deck_from):
    deck = deck_from({"en/01-a.md": "A.\n", "en/02-b.txt": "B.\n"})
    check(only(deck, "en/02-b.txt"), 1, WARNING, "is ignored", "end in .md")


def test_hidden_files_and_editor_backups_are_ignored_silently(deck_from):
    deck = deck_from(
        {
            "en/01-a.md": "A.\n",
            "en/01-a.md~": "A.\n",
            "en/.01-a.md.swp": b"\x00",
            "en/.DS_Store": b"\x00",
            ".DS_Store": b"\x00",
            ".git/config": "x",
            "en/Thumbs.db": b"\x00",
        }
    )
    assert deck.diagnostics == ()


@pytest.mark.parametrize("text", ["kioskcut7d1f3a9b", "kioskheading7d1f3a9b1 Not a heading", "## kioskcut7d1f3a9b"])
def test_text_that_looks_like_the_converters_own_markers_is_shown_as_written(deck_from, text) -> None:
    """The Markdown converter marks sections with such words; an editor's copy of one is just text."""
    deck = deck_from({"en/01-values.md": f"---\nlayout: cards\n---\nIntro.\n\n{text}\n\n## Courage\n\nWe speak up.\n"})
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    shown = (panel.intro.html + "".join(card.name + card.body.html for card in panel.cards)).replace("\u200b", "")
    assert text.removeprefix("## ") in shown
    assert panel.cards[-1].name == "Courage"


def test_names_that_only_share_part_of_a_marker_word_are_left_alone(deck_from) -> None:
    deck = deck_from(
        {
            "en/01-about.md": "# About\n\n![Team](media/team-7d1f3a9b.png)\n\n"
            "[The change](https://example.org/commit/7d1f3a9b)\n",
            "media/team-7d1f3a9b.png": png_bytes(40, 20),
        }
    )
    assert deck.diagnostics == ()
    assert [link.url for link in deck.languages[0].panels[0].links] == ["https://example.org/commit/7d1f3a9b"]
