"""A kiosk starts without a single Qt warning: each one is a defect someone will read in the log."""

from __future__ import annotations

from kiosk_helpers import write_content
from PySide6.QtCore import QtMsgType

DECK = {"en/01-welcome.md": "# Welcome\n\nHello.\n", "en/02-more.md": "# More\n\nText.\n"}


def warnings_in(qtlog) -> list[str]:
    return [record.message for record in qtlog.records if record.type != QtMsgType.QtDebugMsg]


def test_a_kiosk_for_visitors_starts_without_qt_warnings(show_kiosk, tmp_path, qtlog):
    show_kiosk(write_content(tmp_path / "content", DECK))
    assert warnings_in(qtlog) == []


def test_a_kiosk_for_a_talk_starts_without_qt_warnings(show_kiosk, tmp_path, qtlog):
    show_kiosk(write_content(tmp_path / "content", DECK), presenter=True)
    assert warnings_in(qtlog) == []
