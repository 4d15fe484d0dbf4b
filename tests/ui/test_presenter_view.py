"""The presenter view follows the audience screen; the notes are never on the audience screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import FakeClock, write_content
from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.items import find_item, items
from kiosk.ui.presenter_view import build_presenter_view

NOTE = "Thank the hosts from Geneva"
TALK = {
    "en/01-welcome.md": f"# Welcome\n\nWe are glad you came.\n\nNotes:\n{NOTE} **warmly**.\n",
    "en/02-vision.md": "---\nlayout: statement\ntitle: Our vision\n---\nA world at peace.\n\nNotes:\nPause.\n",
    "en/03-end.md": "# Thank you\n\nQuestions?\n",
}


@pytest.fixture
def talk(show_kiosk, tmp_path: Path, qtbot):
    """A presenter-mode kiosk with its presenter view shown, on a fake clock and a fake stopwatch."""
    clock = FakeClock()
    kiosk = show_kiosk(
        write_content(tmp_path / "content", TALK), presenter=True, clock=clock, monotonic=lambda: clock.now
    )
    view = build_presenter_view(kiosk)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return kiosk, view, clock


def text_of(view, name: str) -> str:
    item = find_item(view.contentItem(), name)
    assert item is not None, name
    return item.property("text")


def visible_texts(root: QQuickItem) -> list[str]:
    return [
        str(item.property("text"))
        for item in items(root)
        if item.isVisible() and isinstance(item.property("text"), str) and item.property("text")
    ]


def test_the_notes_are_never_on_the_audience_screen(talk, qtbot):
    kiosk, view, _ = talk
    assert NOTE in find_item(view.contentItem(), "presenterNotes").property("html")
    assert not [text for text in visible_texts(kiosk.window.contentItem()) if "hosts" in text]
    assert not [
        text for text in (str(item.property("text")) for item in items(kiosk.window.contentItem())) if "hosts" in text
    ]


def test_the_presenter_view_follows_the_audience_screen(talk, qtbot):
    kiosk, view, _ = talk
    current = find_item(view.contentItem(), "currentPreview")
    upcoming = find_item(view.contentItem(), "nextPreview")
    assert text_of(view, "presenterPosition") == "1 / 3"
    assert current.property("panel")["title"] == "Welcome"
    assert upcoming.property("panel")["title"] == "Our vision"
    QTest.keyClick(kiosk.window, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: text_of(view, "presenterPosition") == "2 / 3")
    assert "Pause." in find_item(view.contentItem(), "presenterNotes").property("html")
    assert current.property("panel")["title"] == "Our vision"
    assert any("A world at peace." in text for text in visible_texts(current))
    QTest.keyClick(view, Qt.Key.Key_PageDown)  # keys pressed in the presenter view work as on the audience screen
    qtbot.waitUntil(lambda: kiosk.controller.currentIndex == 2)
    assert text_of(view, "presenterPosition") == "3 / 3"
    assert not upcoming.isVisible()
    assert find_item(view.contentItem(), "presenterNoNotes").isVisible()
    QTest.keyClick(view, Qt.Key.Key_2)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.controller.currentIndex == 1)


def test_elapsed_time_runs_and_a_tap_starts_it_again(talk, qtbot):
    kiosk, view, clock = talk
    assert text_of(view, "presenterElapsed") == "0:00"
    clock.advance(125)
    qtbot.waitUntil(lambda: text_of(view, "presenterElapsed") == "2:05")
    elapsed = find_item(view.contentItem(), "presenterElapsed")
    centre = elapsed.mapToScene(QPointF(elapsed.width() / 2, elapsed.height() / 2)).toPoint()
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: text_of(view, "presenterElapsed") == "0:00")
    clock.advance(3725)
    qtbot.waitUntil(lambda: text_of(view, "presenterElapsed") == "1:02:05")


def test_the_wall_clock_shows_the_time_of_day(talk):
    _, view, _ = talk
    clock_text = text_of(view, "presenterClock")
    assert len(clock_text) == 5 and clock_text[2] == ":"
