"""A kiosk that starts while its content folder is mid-sync waits, as hot reload does, before its first frame:
a panel whose picture is still on its way is never shown with a placeholder; and after the grace period it shows
what there is, never a blank screen for ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import KioskRun, run_kiosk_on, write_content
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QImage

import kiosk.ui.reload
import kiosk.ui.run
from kiosk.content.model import Deck

PANEL = "---\nlayout: statement\ntitle: Team\n---\nOur team.\n\n![The team](media/photo.jpg)\n"


def jpeg() -> bytes:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(buffer, "JPG")
    return bytes(buffer.data())


@pytest.fixture
def mid_sync(tmp_path: Path) -> Path:
    """Syncthing has written the panel and is still writing the picture it names, beside where it will land."""
    content = write_content(
        tmp_path / "content", {"en/01-vision.md": "# Vision\n\nClean water.\n", "en/02-team.md": PANEL}
    )
    (content / "media").mkdir()
    (content / "media" / ".syncthing.photo.jpg.tmp").write_bytes(jpeg()[:20])
    return content


def test_a_kiosk_started_mid_sync_shows_the_panel_once_its_picture_has_arrived(mid_sync: Path, tmp_path: Path) -> None:
    with KioskRun(tmp_path / "state", str(mid_sync), "--windowed") as kiosk:
        kiosk.wait_for_log("is still arriving", seconds=20)
        assert "first frame" not in kiosk.log()
        arriving = mid_sync / "media" / ".syncthing.photo.jpg.tmp"
        arriving.write_bytes(jpeg())
        arriving.rename(mid_sync / "media" / "photo.jpg")
        kiosk.wait_for_first_frame()
        log = kiosk.log()
    assert "media/photo.jpg" not in log and "error(s)" not in log.split("is still arriving")[1], log


def test_a_kiosk_started_mid_sync_shows_what_there_is_after_the_grace_period(
    mid_sync: Path, monkeypatch, qapp, run_script, run_logging
) -> None:
    monkeypatch.setattr(kiosk.ui.reload, "GRACE_SECONDS", 1.5)
    shown: list[Deck] = []
    build = kiosk.ui.run.build_kiosk
    monkeypatch.setattr(
        kiosk.ui.run, "build_kiosk", lambda deck, **options: (shown.append(deck), build(deck, **options))[1]
    )
    run_script([(300, qapp.quit)])
    assert run_kiosk_on(mid_sync, windowed=True, log_folder=run_logging) == 0
    log = (run_logging / "kiosk.log").read_text(encoding="utf-8")
    assert "is still arriving" in log and "showing what there is" in log, log
    assert len(shown) == 1 and "media/photo.jpg" in shown[0].errors[0].message


def test_a_kiosk_started_on_a_settled_folder_does_not_wait(tmp_path: Path, qapp, run_script, run_logging) -> None:
    content = write_content(tmp_path / "content", {"en/01-vision.md": "# Vision\n\nClean water.\n"})
    run_script([(300, qapp.quit)])
    assert run_kiosk_on(content, windowed=True, log_folder=run_logging) == 0
    assert "still arriving" not in (run_logging / "kiosk.log").read_text(encoding="utf-8")


def test_a_kiosk_started_on_content_with_errors_that_nothing_is_writing_does_not_wait_the_grace_period(
    tmp_path: Path, monkeypatch, qapp, run_script, run_logging
) -> None:
    """An editor's mistake, not a sync: no half-copied file and no change, so no reason to hold the first frame."""
    monkeypatch.setattr(kiosk.ui.reload, "GRACE_SECONDS", 600)  # the test would time out if it waited for it
    content = write_content(
        tmp_path / "content", {"en/01-vision.md": "# Vision\n\nClean water.\n", "en/02-team.md": PANEL}
    )
    run_script([(300, qapp.quit)])
    assert run_kiosk_on(content, windowed=True, log_folder=run_logging) == 0
    log = (run_logging / "kiosk.log").read_text(encoding="utf-8")
    assert "still arriving" not in log and "first frame" in log and "media/photo.jpg" in log
