"""Picture paths are reported as the editor wrote them, at the line where they are written, and for what they are."""

from __future__ import annotations

from content_helpers import SVG, only

from kiosk.content.model import Severity

ERROR = Severity.ERROR


def test_a_file_address_for_a_picture_is_called_a_file_outside_the_folder(deck_from):
    deck = deck_from({"en/01-a.md": "Intro.\n\n![Photo](file:///home/ann/Pictures/photo.jpg)\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (3, ERROR)
    assert "internet" not in diagnostic.message
    assert "a file on one computer, outside the content folder" in diagnostic.message
    assert "Copy the file into the media folder and write media/photo.jpg" in diagnostic.message


def test_a_picture_written_out_as_a_data_address_is_not_called_on_the_internet(deck_from):
    deck = deck_from({"en/01-a.md": "![Dot](data:image/png;base64,iVBORw0KGgo)\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert "internet" not in diagnostic.message and "written out as text" in diagnostic.message


def test_a_windows_picture_path_is_reported_as_written_at_its_line(deck_from):
    deck = deck_from({"en/01-a.md": "Intro.\n\nOur archive:\n\n![Old photo](media\\_archive\\photo.jpg)\n"})
    diagnostic = only(deck, "en/01-a.md")
    assert (diagnostic.line, diagnostic.severity) == (5, ERROR)
    assert 'the image "media\\_archive\\photo.jpg" does not exist' in diagnostic.message


def test_a_windows_picture_path_with_an_underscore_folder_is_found(deck_from):
    deck = deck_from({"en/01-a.md": "![Old photo](media\\_archive\\photo.svg)\n", "media/_archive/photo.svg": SVG})
    assert deck.diagnostics == ()
    assert "_archive/photo.svg" in deck.languages[0].panels[0].intro.html


def test_the_same_missing_picture_twice_is_reported_at_each_of_its_lines(deck_from):
    deck = deck_from({"en/01-a.md": "![A](media/gone.png)\n\nText.\n\n![A again](media/gone.png)\n"})
    assert [d.line for d in deck.diagnostics] == [1, 5]
