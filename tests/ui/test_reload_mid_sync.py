"""A sync under way is held back: a panel whose picture is still on its way is not shown, nor reported, until the
picture lands or the grace period passes (the clock is injected, so no test waits for real time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import FakeClock
from PySide6.QtCore import QBuffer, QCoreApplication, QFileSystemWatcher
from PySide6.QtGui import QImage

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.reload import GRACE_SECONDS, ContentWatcher

SETTLE_MS = 80


def png(width: int, height: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


PICTURE = png(40, 30)
WITH_PICTURE = "---\nlayout: statement\ntitle: Team\n---\nOur team.\n\n![The team](media/team.png)\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "en").mkdir(parents=True)
    (content / "media").mkdir()
    (content / "en" / "01-vision.md").write_text("# Vision\n\nClean water.\n", encoding="utf-8")
    return content


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def watch(qtbot, folder: Path, clock: FakeClock) -> tuple[ContentWatcher, list[Deck]]:
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    handed: list[Deck] = []
    watcher.deckLoaded.connect(handed.append)
    watcher.deckRejected.connect(handed.append)
    return watcher, handed


def changed(qtbot, watcher: ContentWatcher, clock: FakeClock, change) -> None:
    """Make `change`, wait for the file watcher to see it, then let the folder settle on the clock."""
    files = watcher.findChild(QFileSystemWatcher)
    seen: list[str] = []
    files.directoryChanged.connect(seen.append)
    files.fileChanged.connect(seen.append)
    change()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    files.directoryChanged.disconnect(seen.append)
    files.fileChanged.disconnect(seen.append)
    QCoreApplication.processEvents()
    clock.advance(SETTLE_MS * 3 / 1000)


def test_a_panel_whose_picture_is_still_arriving_waits_for_it(qtbot, folder, clock):
    """Syncthing has written the panel, and is still writing its picture beside where it will land."""
    watcher, handed = watch(qtbot, folder, clock)
    arriving = folder / "media" / ".syncthing.team.png.tmp"
    changed(qtbot, watcher, clock, lambda: arriving.write_bytes(PICTURE[:20]))
    changed(qtbot, watcher, clock, lambda: (folder / "en" / "02-team.md").write_text(WITH_PICTURE, encoding="utf-8"))
    assert handed == []  # neither shown with a missing picture, nor reported as broken
    changed(qtbot, watcher, clock, lambda: (arriving.write_bytes(PICTURE), arriving.rename(folder / "media/team.png")))
    assert [deck.errors for deck in handed] == [()]
    assert [panel.key for panel in handed[0].languages[0].panels] == ["01-vision.md", "02-team.md"]


def test_a_panel_whose_picture_has_not_started_arriving_waits_for_it(qtbot, folder, clock):
    """The panel came first; the picture's transfer has not begun (no temporary file yet)."""
    watcher, handed = watch(qtbot, folder, clock)
    changed(qtbot, watcher, clock, lambda: (folder / "en" / "02-team.md").write_text(WITH_PICTURE, encoding="utf-8"))
    assert handed == []
    changed(qtbot, watcher, clock, lambda: (folder / "media" / "team.png").write_bytes(PICTURE))
    assert [deck.errors for deck in handed] == [()]


def test_an_empty_picture_still_being_filled_waits_for_it(qtbot, folder, clock):
    watcher, handed = watch(qtbot, folder, clock)
    (folder / "media" / "team.png").write_bytes(b"")
    changed(qtbot, watcher, clock, lambda: (folder / "en" / "02-team.md").write_text(WITH_PICTURE, encoding="utf-8"))
    assert handed == []
    changed(qtbot, watcher, clock, lambda: (folder / "media" / "team.png").write_bytes(PICTURE))
    assert [deck.errors for deck in handed] == [()]


def test_a_picture_that_never_arrives_is_reported_once_the_grace_period_passes(qtbot, folder, clock):
    watcher, handed = watch(qtbot, folder, clock)
    changed(qtbot, watcher, clock, lambda: (folder / "en" / "02-team.md").write_text(WITH_PICTURE, encoding="utf-8"))
    clock.advance(GRACE_SECONDS - 1)
    assert handed == []
    clock.advance(2)
    assert len(handed) == 1 and "media/team.png" in handed[0].errors[0].message


def test_a_stalled_transfer_with_a_good_deck_is_shown_once_the_grace_period_passes(qtbot, folder, clock):
    """A half-copied file of something no panel names (yet) holds the deck back only for the grace period."""
    watcher, handed = watch(qtbot, folder, clock)
    changed(qtbot, watcher, clock, lambda: (folder / "media" / ".syncthing.later.png.tmp").write_bytes(b"x"))
    changed(qtbot, watcher, clock, lambda: (folder / "en" / "01-vision.md").write_text("# Vision\n\nNew.\n"))
    assert handed == []
    clock.advance(GRACE_SECONDS)
    assert [deck.errors for deck in handed] == [()]
