"""Hot reload through the real window: edits appear on screen, the visitor stays put, broken saves never show."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, FRENCH, FakeClock, next_frame, statement, wait_settled, write_content
from PySide6.QtCore import QFileSystemWatcher
from PySide6.QtGui import QColor, QImage

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.items import items
from kiosk.ui.window import KioskWindow, attach_content_watcher

SETTLE_MS = 80
RELOAD_TIMEOUT_MS = 3000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", {**ENGLISH, **FRENCH, "kiosk.toml": 'languages = ["en", "fr"]\n'})


@pytest.fixture
def kiosk(show_kiosk, folder: Path) -> KioskWindow:
    shown = show_kiosk(folder)
    attach_content_watcher(shown, folder, load=load_deck, settle_ms=SETTLE_MS)
    return shown


def on_screen(kiosk: KioskWindow) -> tuple[str, str] | None:
    """The title and message of the panel the visitor sees."""
    page = kiosk.current_page()
    if page is None:
        return None
    texts = {item.objectName(): item.property("text") for item in items(page) if item.isVisible()}
    return texts.get("panelTitle", ""), texts.get("statementMessage", "")


def shows(kiosk: KioskWindow, title: str, message: str) -> bool:
    return on_screen(kiosk) == (title, message)


def test_a_file_saved_in_place_appears_on_screen(kiosk, folder, qtbot) -> None:
    assert shows(kiosk, "One", "Panel one.")
    (folder / "en" / "01-one.md").write_text(statement("One", "Edited in place."), encoding="utf-8")
    qtbot.waitUntil(lambda: shows(kiosk, "One", "Edited in place."), timeout=RELOAD_TIMEOUT_MS)


def test_a_save_through_a_temporary_file_and_rename_appears_on_screen(kiosk, folder, qtbot) -> None:
    temporary = folder / "en" / ".01-one.md.tmp"
    temporary.write_text(statement("One", "Saved by renaming."), encoding="utf-8")
    os.replace(temporary, folder / "en" / "01-one.md")
    qtbot.waitUntil(lambda: shows(kiosk, "One", "Saved by renaming."), timeout=RELOAD_TIMEOUT_MS)


def test_the_visitor_stays_on_the_same_panel_when_panels_are_added_before_it(kiosk, folder, qtbot) -> None:
    kiosk.controller.goTo(2)
    wait_settled(qtbot, kiosk, 2)
    assert shows(kiosk, "Three", "Panel three.")
    (folder / "en" / "00-welcome.md").write_text(statement("Welcome", "A new first panel."), encoding="utf-8")
    qtbot.waitUntil(lambda: kiosk.controller.count == 5, timeout=RELOAD_TIMEOUT_MS)
    wait_settled(qtbot, kiosk, 3)
    assert kiosk.controller.panel_model.panels[kiosk.controller.currentIndex].key == "03-three.md"
    assert shows(kiosk, "Three", "Panel three.")


def test_the_visitor_stays_on_an_edited_panel_and_in_their_language(kiosk, folder, qtbot) -> None:
    kiosk.controller.setLanguage("fr")
    kiosk.controller.goTo(1)
    wait_settled(qtbot, kiosk, 1)
    (folder / "fr" / "02-two.md").write_text(statement("Deux", "Modifié."), encoding="utf-8")
    qtbot.waitUntil(lambda: shows(kiosk, "Deux", "Modifié."), timeout=RELOAD_TIMEOUT_MS)
    assert kiosk.controller.language == "fr"
    assert kiosk.controller.currentIndex == 1


def test_when_the_current_panel_is_removed_a_neighbour_is_shown(kiosk, folder, qtbot) -> None:
    kiosk.controller.goTo(3)
    wait_settled(qtbot, kiosk, 3)
    (folder / "en" / "04-four.md").unlink()
    qtbot.waitUntil(lambda: kiosk.controller.count == 3, timeout=RELOAD_TIMEOUT_MS)
    wait_settled(qtbot, kiosk, 2)
    assert shows(kiosk, "Three", "Panel three.")


def test_a_broken_save_keeps_the_last_good_deck_on_screen(show_kiosk, folder, qtbot) -> None:
    clock = FakeClock()
    kiosk = show_kiosk(folder)
    attach_content_watcher(kiosk, folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    rejected: list[Deck] = []
    kiosk.watcher.deckRejected.connect(rejected.append)
    files = kiosk.watcher.findChild(QFileSystemWatcher)
    target = folder / "en" / "01-one.md"
    with qtbot.waitSignal(files.fileChanged, timeout=RELOAD_TIMEOUT_MS):
        target.write_text("---\nlayout: poster\ntitle: Broken\n---\nHalf done.\n", encoding="utf-8")
    clock.advance(30)
    next_frame(qtbot, kiosk.window)
    assert len(rejected) == 1
    assert shows(kiosk, "One", "Panel one.")
    assert kiosk.controller.deck.errors == ()
    assert [line.split(": error: ")[0] for line in kiosk.admin.property("rejectedDiagnostics")] == ["en/01-one.md:2"]

    with qtbot.waitSignal(files.fileChanged, timeout=RELOAD_TIMEOUT_MS):
        target.write_text(statement("One", "Fixed."), encoding="utf-8")
    clock.advance(30)
    qtbot.waitUntil(lambda: shows(kiosk, "One", "Fixed."), timeout=RELOAD_TIMEOUT_MS)
    assert kiosk.admin.property("rejectedDiagnostics") == []


def test_a_slow_partial_write_never_reaches_the_screen(show_kiosk, folder, qtbot) -> None:
    """A sync tool writing a few bytes at a time: neither a half-written panel nor an error is ever handed over,
    and the complete one is shown once."""
    clock = FakeClock()
    kiosk = show_kiosk(folder)
    attach_content_watcher(kiosk, folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    seen: list[tuple[str, str] | None] = []
    rejected: list[Deck] = []
    kiosk.controller.deckChanged.connect(lambda: seen.append(on_screen(kiosk)))
    kiosk.watcher.deckRejected.connect(rejected.append)
    files = kiosk.watcher.findChild(QFileSystemWatcher)
    complete = statement("One", "Written slowly, a few bytes at a time, the way a sync tool does.")
    with (folder / "en" / "01-one.md").open("w", encoding="utf-8") as stream:
        for start in range(0, len(complete), 6):
            with qtbot.waitSignal(files.fileChanged, timeout=RELOAD_TIMEOUT_MS):
                stream.write(complete[start : start + 6])
                stream.flush()
            clock.advance(SETTLE_MS / 1000 / 3)
    clock.advance(30)
    assert rejected == []
    assert seen == [("One", "Written slowly, a few bytes at a time, the way a sync tool does.")]


def test_a_save_that_empties_a_panel_then_writes_it_after_pauses_never_reaches_the_screen(
    show_kiosk, folder, qtbot
) -> None:
    """Some editors and sync tools empty the file, then write it again, here in two parts, pausing between them
    for longer than the kiosk used to wait (1.2 s): neither the blank nor the half-written panel is shown."""
    clock = FakeClock()
    kiosk = show_kiosk(folder)
    attach_content_watcher(kiosk, folder, load=load_deck, clock=clock)  # the kiosk's own settle time
    seen: list[tuple[str, str] | None] = []
    kiosk.controller.deckChanged.connect(lambda: seen.append(on_screen(kiosk)))
    files = kiosk.watcher.findChild(QFileSystemWatcher)
    target = folder / "en" / "01-one.md"
    for part in ("", statement("One", "The first half,"), "and the rest of it.\n"):
        with qtbot.waitSignal(files.fileChanged, timeout=RELOAD_TIMEOUT_MS):
            with target.open("a", encoding="utf-8") as stream:
                if not part:
                    stream.truncate(0)
                stream.write(part)
        clock.advance(1.5)
    clock.advance(30)
    assert seen == [("One", "The first half, and the rest of it.")]


def test_new_theme_colours_apply_without_a_restart(kiosk, folder, qtbot) -> None:
    settings = 'languages = ["en", "fr"]\n\n[theme]\nbackground = "#202020"\n'
    (folder / "kiosk.toml").write_text(settings, encoding="utf-8")
    qtbot.waitUntil(lambda: kiosk.window.color() == QColor("#202020"), timeout=RELOAD_TIMEOUT_MS)


def test_a_picture_replaced_under_the_same_name_appears_on_screen(show_kiosk, tmp_path, qtbot) -> None:
    """An editor saves a better photo over the old one: the kiosk shows the new one, not the one it decoded before."""
    red, blue = QImage(320, 200, QImage.Format.Format_RGB32), QImage(320, 200, QImage.Format.Format_RGB32)
    red.fill(QColor("#ff0000"))
    blue.fill(QColor("#0000ff"))
    folder = write_content(
        tmp_path / "content",
        {
            "en/01-photo.md": "---\nlayout: statement\ntitle: A photo\nimage: media/photo.png\nimage_alt: A photo\n---\nText.\n",
            "media/photo.png": b"",
        },
    )
    assert red.save(str(folder / "media" / "photo.png"))
    kiosk = show_kiosk(folder)
    attach_content_watcher(kiosk, folder, load=load_deck, settle_ms=SETTLE_MS)

    def shown(colour: str) -> bool:
        screen = kiosk.window.grabWindow()
        return any(
            screen.pixelColor(x, y).name() == colour
            for x in range(0, screen.width(), 40)
            for y in range(0, screen.height(), 40)
        )

    qtbot.waitUntil(lambda: shown("#ff0000"), timeout=RELOAD_TIMEOUT_MS)
    replacement = folder / "media" / ".photo.png.tmp"
    assert blue.save(str(replacement), "PNG")
    os.replace(replacement, folder / "media" / "photo.png")
    qtbot.waitUntil(lambda: shown("#0000ff") and not shown("#ff0000"), timeout=RELOAD_TIMEOUT_MS)
