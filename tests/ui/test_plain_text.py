"""Text from the content folder is drawn as the editor typed it: markup in it is never obeyed.

Titles, names, alt texts and messages reach the screen as plain text; only the Markdown
pipeline's sanitized HTML is drawn as rich text. A title written as `<img src="file:///...">`
must show those characters, not a picture from outside the content folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from admin_helpers import PIN, quick_pin_hash, settings
from kiosk_helpers import ENGLISH, wait_settled, write_content
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.ui.window import KioskWindow

#: Text.PlainText and Text.RichText.
PLAIN_TEXT, RICH_TEXT = 0, 1
#: The colour of the picture outside the content folder: nothing else on screen has it.
SECRET_COLOUR = QColor("#ff00ff")


@pytest.fixture
def markup(tmp_path: Path) -> str:
    """Markup an editor could type, pointing at a picture outside the content folder."""
    secret = QImage(240, 240, QImage.Format.Format_RGB32)
    secret.fill(SECRET_COLOUR)
    path = tmp_path / "outside" / "secret.png"
    path.parent.mkdir()
    assert secret.save(str(path))
    return f"<b>bold</b><img src='{path.as_uri()}' width='240' height='240'>"


def text_format(item: QQuickItem) -> int:
    """The item's textFormat, read in QML (PySide cannot convert QQuickText's enum itself)."""
    value, failed = QQmlExpression(QQmlEngine.contextForObject(item), item, "textFormat").evaluate()
    assert not failed
    return int(value)


def straight_quotes(text: str) -> str:
    """The text with the Markdown pipeline's typographic quotes made straight again."""
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def shows_the_secret(kiosk: KioskWindow) -> bool:
    """Any pixel of the outside picture in the window (grabbing renders a frame of the scene as it is now)."""
    grab = kiosk.window.grabWindow()
    return any(
        grab.pixelColor(x, y) == SECRET_COLOUR for x in range(0, grab.width(), 4) for y in range(0, grab.height(), 4)
    )


def shown_texts(kiosk: KioskWindow, name: str) -> list[QQuickItem]:
    found = [item for item in kiosk.items() if item.objectName() == name and item.isVisible()]
    assert found, f"no visible {name}"
    return found


def test_a_kiosk_toml_title_with_markup_is_shown_as_typed(show_kiosk, tmp_path, markup) -> None:
    title = f"Research & policy {markup}"
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": f"title = '''{title}'''\n"})
    kiosk = show_kiosk(folder)
    assert kiosk.controller.title == title
    assert not shows_the_secret(kiosk)
    (shown,) = shown_texts(kiosk, "deckTitle")
    assert shown.property("text") == title
    assert text_format(shown) == PLAIN_TEXT


def test_panel_texts_with_markup_are_shown_as_typed(show_kiosk, qtbot, tmp_path, markup) -> None:
    quoted = markup.replace("'", "''")
    folder = write_content(
        tmp_path / "content",
        {
            "en/01-statement.md": f"---\nlayout: statement\ntitle: '{quoted}'\n---\nThe message {markup}\n",
            "en/02-heading.md": f"# Heading {markup}\n\nBody.\n",
            "en/03-timeline.md": f"---\nlayout: timeline\ntitle: History\n---\n## 1998 - Event {markup}\nBody.\n",
            "en/04-cards.md": f"---\nlayout: cards\ntitle: Values\n---\n## Card {markup}\nBody.\n",
        },
    )
    kiosk = show_kiosk(folder)
    expected = {
        0: ("panelTitle", markup),
        1: ("panelTitle", f"Heading {markup}"),
        2: ("timelineTitle", f"Event {markup}"),
        3: ("cardName", f"Card {markup}"),
    }
    for index, (name, text) in expected.items():
        kiosk.controller.goTo(index)
        wait_settled(qtbot, kiosk, index)
        shown = [item for item in shown_texts(kiosk, name) if kiosk.current_page().isAncestorOf(item)]
        assert [straight_quotes(item.property("text")) for item in shown] == [text]
        assert [text_format(item) for item in shown] == [PLAIN_TEXT]
        assert not shows_the_secret(kiosk), f"panel {index}"
    kiosk.controller.goTo(0)
    wait_settled(qtbot, kiosk, 0)
    (message,) = shown_texts(kiosk, "statementMessage")
    assert message.property("text").startswith("The message <b>bold</b><img src=")
    assert text_format(message) == PLAIN_TEXT


def test_an_image_alt_text_with_markup_is_kept_as_typed(show_kiosk, tmp_path, markup) -> None:
    quoted = markup.replace("'", "''")
    panel = f"---\nlayout: statement\ntitle: A photo\nimage: media/photo.png\nimage_alt: '{quoted}'\n---\nText.\n"
    photo = QImage(40, 30, QImage.Format.Format_RGB32)
    photo.fill(QColor("#336699"))
    (tmp_path / "content" / "media").mkdir(parents=True)
    assert photo.save(str(tmp_path / "content" / "media" / "photo.png"))
    kiosk = show_kiosk(write_content(tmp_path / "content", {"en/01-photo.md": panel}))
    (image,) = shown_texts(kiosk, "kioskImage")
    assert image.property("alt") == markup
    assert not [item for item in kiosk.items() if item.isVisible() and item.property("text") == markup]
    assert not shows_the_secret(kiosk)


def open_overlay(qtbot, kiosk: KioskWindow) -> None:
    """Open the PIN pad and type the PIN, as staff do after the hidden gesture."""
    kiosk.admin.openPad()
    for digit in PIN:
        kiosk.admin.digit(int(digit))
    kiosk.admin.submit()
    qtbot.waitUntil(lambda: kiosk.admin.property("overlayOpen"), timeout=3000)


def test_admin_diagnostics_quoting_markup_are_shown_as_typed(show_kiosk, qtbot, tmp_path, markup) -> None:
    quoted = markup.replace("'", "''")
    folder = write_content(
        tmp_path / "content",
        {
            **ENGLISH,
            "en/05-broken.md": f"---\nlayout: '{quoted}'\ntitle: Broken\n---\nText.\n",
            "kiosk.toml": settings(),
        },
    )
    kiosk = show_kiosk(folder)
    open_overlay(qtbot, kiosk)
    assert not shows_the_secret(kiosk)
    lines = shown_texts(kiosk, "diagnosticLine")
    quoting = [line for line in lines if markup in line.property("text")]
    assert len(quoting) == 1, [line.property("text") for line in lines]
    assert [text_format(line) for line in lines] == [PLAIN_TEXT] * len(lines)


def test_no_text_on_screen_is_read_as_html_unless_it_is_markdown(show_kiosk, qtbot, tmp_path) -> None:
    """Every Text item the window builds, with the PIN pad and the admin overlay open, says its format."""
    content = shutil.copytree(Path(__file__).resolve().parents[2] / "content", tmp_path / "content")
    toml = content / "kiosk.toml"
    pin_line = f'pin_hash = "{quick_pin_hash(PIN)}"\n'
    toml.write_text(toml.read_text(encoding="utf-8").replace("[admin]\n", "[admin]\n" + pin_line, 1), encoding="utf-8")
    assert pin_line in toml.read_text(encoding="utf-8")
    kiosk = show_kiosk(content)
    formats: dict[str, set[int]] = {}

    def collect() -> None:
        for item in kiosk.items():
            if item.metaObject().indexOfProperty("textFormat") >= 0 and item.metaObject().indexOfProperty("text") >= 0:
                kind = "markdown" if item.metaObject().className().startswith("RichTextBlock") else "other"
                formats.setdefault(kind, set()).add(text_format(item))

    for index in range(kiosk.controller.count):
        kiosk.controller.goTo(index)
        wait_settled(qtbot, kiosk, index)
        collect()
    kiosk.admin.openPad()
    collect()
    open_overlay(qtbot, kiosk)
    collect()
    assert formats == {"markdown": {RICH_TEXT}, "other": {PLAIN_TEXT}}
