"""`kiosk handout --notes`: each panel's speaker notes printed after it; without --notes, never."""

from __future__ import annotations

import shutil

import pytest
from kiosk_helpers import write_content
from test_handout import make_handout

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")

TALK = {
    "en/01-welcome.md": "# Welcome\n\nWe are glad you came.\n\nNotes:\nThank the hosts from Geneva.\n",
    "en/02-history.md": "---\nlayout: timeline\n---\n# History\n\n## 1998 - Founded\nSix met.\n\nNotes:\nGo slowly here.\n",
    "en/03-end.md": "# Thank you\n\nQuestions?\n",
    "ar/01-welcome.md": "# أهلا\n\nيسعدنا حضوركم.\n\nNotes:\nاشكر المضيفين.\n",
}


def test_notes_are_printed_after_their_panel_with_notes(tmp_path):
    handout = make_handout(write_content(tmp_path / "content", TALK), tmp_path / "talk.pdf", "--notes")
    assert handout.returncode == 0, handout.stderr
    text = handout.text(raw=True)
    order = [
        text.index(words) for words in ("We are glad", "Thank the hosts", "Six met.", "Go slowly here.", "Questions?")
    ]
    assert order == sorted(order), text


def test_notes_are_not_printed_without_notes(tmp_path):
    handout = make_handout(write_content(tmp_path / "content", TALK), tmp_path / "visitors.pdf")
    assert handout.returncode == 0, handout.stderr
    text = handout.text()
    assert "We are glad" in text and "hosts" not in text and "slowly" not in text


def test_arabic_notes_are_printed_with_notes(tmp_path):
    handout = make_handout(write_content(tmp_path / "content", TALK), tmp_path / "ar.pdf", "--notes", "--lang", "ar")
    assert handout.returncode == 0, handout.stderr
    assert "اشكر المضيفين" in handout.text()
