"""An editor's notes (`<!-- ... -->`) never reach the kiosk's screen, on any layout."""

from __future__ import annotations

from kiosk_helpers import wait_settled, write_content
from PySide6.QtGui import QTextDocument

from kiosk.ui.window import KioskWindow

NOTE = "<!-- speaker note: thank the hosts -->"
MULTI_LINE_NOTE = "<!-- speaker note:\nthank the hosts -->"


def words_on_page(kiosk: KioskWindow) -> str:
    """The words every visible text item of the current panel shows (rich text as Qt lays it out)."""
    page = kiosk.current_page()
    assert page is not None
    shown = []
    for item in kiosk.items():
        text = item.property("text")
        if isinstance(text, str) and text and item.isVisible() and page.isAncestorOf(item):
            document = QTextDocument()
            document.setHtml(text)  # plain text comes back as it is; rich text as the words it draws
            shown.append(document.toPlainText())
    return "\n".join(shown)


def test_notes_are_never_shown_on_screen(show_kiosk, qtbot, tmp_path) -> None:
    folder = write_content(
        tmp_path / "content",
        {
            "en/01-text.md": f"# Welcome\n\nThank you {NOTE} for coming.\n\n{MULTI_LINE_NOTE}\n\nEnjoy the visit.\n",
            "en/02-statement.md": f"---\nlayout: statement\n---\nA world without war. {NOTE}\n\nMore {NOTE} here.\n",
            "en/03-timeline.md": f"---\nlayout: timeline\n---\n## 1998 - Founded {NOTE}\n\nThe first office.\n{NOTE}\n",
            "en/04-cards.md": f"---\nlayout: cards\n---\n## Courage\n\nWe speak up. {MULTI_LINE_NOTE}\n",
        },
    )
    kiosk = show_kiosk(folder)
    for index, visible in enumerate(["Enjoy the visit.", "A world without war.", "The first office.", "We speak up."]):
        kiosk.controller.goTo(index)
        wait_settled(qtbot, kiosk, index)
        words = words_on_page(kiosk)
        assert visible in words, words
        assert "speaker note" not in words and "<!" not in words, words
