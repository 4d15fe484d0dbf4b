"""Pictures held at display size, and content problems that never blank the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, next_frame, write_content
from PySide6.QtGui import QColor, QImage

from kiosk.content.loader import load_deck
from kiosk.ui.items import items
from kiosk.ui.window import QmlLoadError, build_kiosk

PHOTO_PANEL = """\
---
layout: statement
title: A photo
image: media/photo.jpg
image_alt: A camera photo
---
A big picture.
"""

MISSING_PANEL = PHOTO_PANEL.replace("media/photo.jpg", "media/nowhere.jpg")


def images_on(kiosk) -> list:
    return [item for item in items(kiosk.current_page()) if item.objectName() == "kioskImage" and item.isVisible()]


@pytest.fixture(scope="module")
def camera_photo(tmp_path_factory) -> Path:
    """A 6000x4000 JPEG, as a camera would write it."""
    path = tmp_path_factory.mktemp("photo") / "photo.jpg"
    image = QImage(6000, 4000, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    assert image.save(str(path), "JPEG", 80)
    return path


def test_a_6000x4000_photo_is_held_at_display_size(show_kiosk, tmp_path, camera_photo, qtbot) -> None:
    folder = write_content(
        tmp_path / "content", {"en/01-photo.md": PHOTO_PANEL, "media/photo.jpg": camera_photo.read_bytes()}
    )
    kiosk = show_kiosk(folder, size=(1920, 1080))
    (image,) = images_on(kiosk)
    qtbot.waitUntil(lambda: image.property("ready"), timeout=5000)
    decoded = image.property("decodedSize")
    assert 0 < decoded.width() <= image.width() + 1
    assert 0 < decoded.height() <= image.height() + 1
    assert decoded.width() * decoded.height() < 6000 * 4000 / 20


def test_a_missing_image_shows_the_placeholder(show_kiosk, tmp_path) -> None:
    folder = write_content(tmp_path / "content", {"en/01-photo.md": MISSING_PANEL})
    kiosk = show_kiosk(folder)
    (image,) = images_on(kiosk)
    assert image.property("showingPlaceholder")
    assert kiosk.controller.count == 1
    assert not kiosk.item("emptyMessage").isVisible()


def test_an_empty_folder_shows_a_friendly_message(show_kiosk, tmp_path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    kiosk = show_kiosk(folder)
    message = kiosk.item("emptyMessage")
    assert message.isVisible()
    assert message.width() == kiosk.window.width()
    assert "set-up guide" in kiosk.item("emptyMessageText").property("text")
    assert not kiosk.item("shell").isVisible()


def test_the_empty_message_tells_visitors_nothing_about_the_computer(show_kiosk, tmp_path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    kiosk = show_kiosk(folder)
    text = kiosk.item("emptyMessageText").property("text")
    assert str(tmp_path) not in text
    assert "kiosk check" not in text


def test_the_empty_message_is_drawn_not_a_blank_window(show_kiosk, tmp_path, qtbot) -> None:
    kiosk = show_kiosk(tmp_path / "does-not-exist")
    next_frame(qtbot, kiosk.window)
    grab = kiosk.window.grabWindow()
    background = kiosk.theme.property("background")
    colours = {grab.pixelColor(x, y).name() for x in range(0, grab.width(), 7) for y in range(0, grab.height(), 7)}
    assert len(colours - {background.name()}) > 5


def test_a_panel_with_errors_still_shows(show_kiosk, tmp_path) -> None:
    broken = "---\nlayout: timeline\n---\n## not a date - Something\nText.\n\n## 1998 - Founded\nStarted.\n"
    folder = write_content(tmp_path / "content", {**ENGLISH, "en/05-broken.md": broken})
    deck = load_deck(folder)
    assert deck.errors
    kiosk = show_kiosk(deck)
    assert kiosk.controller.count == 5


def test_broken_qml_is_reported_without_a_traceback(tmp_path, monkeypatch, qapp) -> None:
    qml = tmp_path / "Kiosk"
    qml.mkdir()
    (qml / "qmldir").write_text("module Kiosk\nMain 1.0 Main.qml\n", encoding="utf-8")
    (qml / "Main.qml").write_text("import QtQuick\nWindow { this is not QML }\n", encoding="utf-8")
    monkeypatch.setattr("kiosk.ui.window.qml_dir", lambda: tmp_path)
    deck = load_deck(write_content(tmp_path / "content", ENGLISH))
    with pytest.raises(QmlLoadError, match="Main.qml:2"):
        build_kiosk(deck)
