"""Hot reload: the kiosk picks up edits once writes settle, and never a half-written deck."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_helpers import FakeClock, KioskRun
from PySide6.QtCore import QCoreApplication, QFileSystemWatcher

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.reload import BACKSTOP_SECONDS, MAX_WATCHED, ContentWatcher

SETTLE_MS = 80


def panel(title: str, body: str = "Some words.") -> str:
    return f"---\nlayout: statement\ntitle: {title}\n---\n{body}\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "en").mkdir(parents=True)
    (content / "en" / "01-vision.md").write_text(panel("Vision"), encoding="utf-8")
    (content / "en" / "02-goal.md").write_text(panel("Goal"), encoding="utf-8")
    return content


@pytest.fixture
def watcher(qtbot, folder: Path) -> ContentWatcher:
    """With no grace period: a deck with errors is reported at once (test_reload_mid_sync.py tests the hold)."""
    return ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, grace_seconds=0)


def titles(deck: Deck) -> list[str]:
    return [p.title for p in deck.languages[0].panels]


def test_edit_in_place_is_loaded(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en" / "01-vision.md").write_text(panel("Our vision"), encoding="utf-8")
    assert titles(loaded.args[0]) == ["Our vision", "Goal"]


def test_save_through_a_temporary_file_and_rename_is_loaded(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        temporary = folder / "en" / ".01-vision.md.swp"
        temporary.write_text(panel("Renamed vision"), encoding="utf-8")
        os.replace(temporary, folder / "en" / "01-vision.md")
    assert titles(loaded.args[0]) == ["Renamed vision", "Goal"]


def test_added_and_removed_panels_are_loaded(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en" / "03-values.md").write_text(panel("Values"), encoding="utf-8")
        (folder / "en" / "02-goal.md").unlink()
    assert titles(loaded.args[0]) == ["Vision", "Values"]


def test_a_partial_write_is_not_loaded_until_it_completes(qtbot, watcher, folder):
    """A sync tool writing slowly: the half-written file never reaches the screen."""
    loaded: list[Deck] = []
    rejected: list[Deck] = []
    watcher.deckLoaded.connect(loaded.append)
    watcher.deckRejected.connect(rejected.append)
    target = folder / "en" / "01-vision.md"
    complete = panel("Vision, rewritten", "A world where children are not used in war.")
    with target.open("w", encoding="utf-8") as stream:
        for start in range(0, len(complete), 8):
            stream.write(complete[start : start + 8])
            stream.flush()
            qtbot.wait(SETTLE_MS // 3)
    qtbot.waitUntil(lambda: bool(loaded), timeout=3000)
    assert not rejected
    assert [titles(deck) for deck in loaded] == [["Vision, rewritten", "Goal"]]


def test_a_folder_copied_over_from_a_usb_stick_is_loaded_once(qtbot, folder, clock, tmp_path):
    stick = tmp_path / "stick"
    (stick / "en").mkdir(parents=True)
    for number in range(1, 6):
        (stick / "en" / f"0{number}-panel.md").write_text(panel(f"Panel {number}"), encoding="utf-8")
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    loaded = handed_over(watcher)
    with qtbot.waitSignal(watcher.findChild(QFileSystemWatcher).directoryChanged, timeout=3000):
        shutil.rmtree(folder / "en")
        shutil.copytree(stick / "en", folder / "en")
    advance_until(clock, lambda: bool(loaded))
    QCoreApplication.processEvents()  # every file event of the copy reaches the watcher
    clock.advance(BACKSTOP_AND_SETTLE_S)
    assert len(loaded) == 1
    assert titles(loaded[0]) == [f"Panel {n}" for n in range(1, 6)]


def test_content_with_errors_is_rejected_and_reported(qtbot, watcher, folder):
    with qtbot.waitSignal(watcher.deckRejected, timeout=3000) as rejected:
        (folder / "en" / "01-vision.md").write_text("---\nlayout: poster\n---\nText\n", encoding="utf-8")
    deck = rejected.args[0]
    assert [d.path for d in deck.errors] == ["en/01-vision.md"]


def test_nothing_is_reloaded_when_nothing_changed(qtbot, folder, clock):
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    handed = handed_over(watcher)
    QCoreApplication.processEvents()
    clock.advance(BACKSTOP_AND_SETTLE_S)
    assert handed == []


def test_reload_now_loads_at_once(qtbot, watcher):
    with qtbot.waitSignal(watcher.deckLoaded, timeout=1000) as loaded:
        watcher.reload_now()
    assert titles(loaded.args[0]) == ["Vision", "Goal"]


def test_a_content_folder_deleted_then_copied_in_again_is_loaded(qtbot, folder, clock, tmp_path):
    """A file manager's "replace", or staff deleting the folder and copying a new one from a USB stick."""
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock, grace_seconds=0)
    handed = handed_over(watcher)
    files = watcher.findChild(QFileSystemWatcher)
    with qtbot.waitSignal(files.directoryChanged, timeout=3000):
        shutil.rmtree(folder)
    QCoreApplication.processEvents()
    clock.advance(SETTLE_MS * 3 / 1000)
    assert [bool(deck.errors) for deck in handed] == [True]  # no folder: reported, the last good deck stays
    stick = tmp_path / "stick"
    (stick / "en").mkdir(parents=True)
    (stick / "en" / "01-welcome.md").write_text(panel("Welcome"), encoding="utf-8")
    with qtbot.waitSignal(files.directoryChanged, timeout=3000):  # the folder above is watched
        shutil.copytree(stick, folder)
    QCoreApplication.processEvents()
    clock.advance(SETTLE_MS * 3 / 1000)  # well before the backstop's first look: the watcher saw it
    assert [bool(deck.errors) for deck in handed] == [True, False]
    assert titles(handed[-1]) == ["Welcome"]


def test_a_content_folder_missing_at_start_is_loaded_when_it_appears(qtbot, tmp_path):
    """The kiosk starts before the USB stick or network share with the content is there."""
    folder = tmp_path / "share" / "content"
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS)
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en").mkdir(parents=True)
        (folder / "en" / "01-vision.md").write_text(panel("Vision"), encoding="utf-8")
    assert titles(loaded.args[0]) == ["Vision"]


# -- the backstop: what the file watcher misses ------------------------------------------------

#: Long enough for the backstop to look and the change it finds to settle.
BACKSTOP_AND_SETTLE_S = BACKSTOP_SECONDS * 6


def advance_until(clock: FakeClock, condition: Callable[[], bool], limit_s: float = BACKSTOP_SECONDS * 100) -> None:
    """Move the clock on in small steps until `condition` holds (the backstop looks less often when a look is slow)."""
    waited = 0.0
    while not condition():
        assert waited < limit_s, f"still not so after {limit_s:.0f} s"
        clock.advance(0.5)
        waited += 0.5


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def handed_over(watcher: ContentWatcher) -> list[Deck]:
    """Every deck the watcher hands over from now on, good or rejected."""
    decks: list[Deck] = []
    watcher.deckLoaded.connect(decks.append)
    watcher.deckRejected.connect(decks.append)
    return decks


def test_a_folder_replaced_by_a_new_one_without_an_event_is_loaded(qtbot, folder, clock, tmp_path):
    """A new folder renamed into place while the watcher's events wait unread: the backstop notices."""
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    decks = handed_over(watcher)
    new = tmp_path / "new"
    (new / "en").mkdir(parents=True)
    (new / "en" / "01-welcome.md").write_text(panel("Welcome"), encoding="utf-8")
    folder.rename(tmp_path / "old")
    new.rename(folder)
    advance_until(clock, lambda: bool(decks))  # no Qt event is processed: only the clock moves
    clock.advance(BACKSTOP_AND_SETTLE_S)
    assert [titles(deck) for deck in decks] == [["Welcome"]]


def test_watches_the_file_watcher_dropped_are_set_again(qtbot, folder, clock):
    """A watch that stopped firing (Qt drops the watch of a folder that is gone, as on an unmount)."""
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    decks = handed_over(watcher)
    files = watcher.findChild(QFileSystemWatcher)
    files.removePaths(files.files() + files.directories())
    advance_until(clock, lambda: str(folder) in files.directories())
    clock.advance(BACKSTOP_AND_SETTLE_S)
    assert decks == []  # nothing changed in the folder: nothing to hand over
    with qtbot.waitSignal(files.fileChanged, timeout=3000):
        (folder / "en" / "01-vision.md").write_text(panel("Seen again"), encoding="utf-8")
    advance_until(clock, lambda: bool(decks))
    assert [titles(deck) for deck in decks] == [["Seen again", "Goal"]]


def test_an_edit_the_file_watcher_never_reported_is_loaded(qtbot, folder, clock):
    """A folder whose watches never fire (a network share edited from another computer)."""
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    decks = handed_over(watcher)
    watcher.findChild(QFileSystemWatcher).blockSignals(True)
    (folder / "en" / "02-goal.md").write_text(panel("Our goal"), encoding="utf-8")
    advance_until(clock, lambda: bool(decks))
    clock.advance(BACKSTOP_AND_SETTLE_S)
    assert [titles(deck) for deck in decks] == [["Vision", "Our goal"]]


@pytest.fixture
def mount_point(tmp_path: Path) -> Iterator[Path]:
    """An empty folder a test may mount a tmpfs on (skipped where mounting is not allowed); unmounted after."""
    point = tmp_path / "stick"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(point)], capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here (needs root)")
    subprocess.run(["umount", str(point)], check=True)
    yield point
    while os.path.ismount(point):
        subprocess.run(["umount", "--lazy", str(point)], check=True)


def test_a_usb_stick_unmounted_and_mounted_again_is_loaded(qtbot, mount_point, clock):
    """Unmount (the folder is empty for a while, long past the settle time), then mount again at the same path."""
    subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mount_point)], check=True)
    (mount_point / "en").mkdir()
    (mount_point / "en" / "01-vision.md").write_text(panel("Vision"), encoding="utf-8")
    watcher = ContentWatcher(mount_point, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    decks = handed_over(watcher)
    files = watcher.findChild(QFileSystemWatcher)
    subprocess.run(["umount", str(mount_point)], check=True)
    qtbot.waitUntil(lambda: str(mount_point) not in files.directories(), timeout=3000)  # Qt dropped the watch
    advance_until(clock, lambda: bool(decks))
    assert len(decks) == 1 and decks[0].errors  # an empty folder: reported, the last good deck stays
    clock.advance(BACKSTOP_AND_SETTLE_S)  # long past the settle time: nothing more to hand over
    subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mount_point)], check=True)
    (mount_point / "en").mkdir()
    (mount_point / "en" / "01-welcome.md").write_text(panel("Welcome back"), encoding="utf-8")
    advance_until(clock, lambda: len(decks) > 1)
    assert [titles(deck) for deck in decks[1:]] == [["Welcome back"]]
    with qtbot.waitSignal(files.fileChanged, timeout=3000):  # and the new mount is watched
        (mount_point / "en" / "01-welcome.md").write_text(panel("Edited on the stick"), encoding="utf-8")
    advance_until(clock, lambda: len(decks) > 2)
    clock.advance(BACKSTOP_AND_SETTLE_S)
    assert [titles(deck) for deck in decks[2:]] == [["Edited on the stick"]]


def test_reload_now_watches_the_folder_again(qtbot, folder, clock):
    """Staff who press "reload now" after putting a USB stick back get hot reload back at once."""
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS, clock=clock)
    files = watcher.findChild(QFileSystemWatcher)
    files.removePaths(files.files() + files.directories())
    watcher.reload_now()
    assert str(folder) in files.directories()
    assert str(folder / "en" / "01-vision.md") in files.files()


@pytest.mark.slow
def test_kiosk_run_shows_a_usb_stick_mounted_again_and_its_later_edits(mount_point, tmp_path):
    """`kiosk run` itself: the stick is taken out (its content is reported missing), put back with new content,
    then edited."""
    subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mount_point)], check=True)
    (mount_point / "en").mkdir()
    (mount_point / "en" / "01-vision.md").write_text(panel("Vision"), encoding="utf-8")
    with KioskRun(tmp_path / "state", "--windowed", str(mount_point)) as kiosk:
        kiosk.wait_for_first_frame()
        subprocess.run(["umount", str(mount_point)], check=True)
        kiosk.wait_for_log("still showing the last good content")
        subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mount_point)], check=True)
        (mount_point / "en").mkdir()
        (mount_point / "en" / "01-welcome.md").write_text(panel("Welcome back"), encoding="utf-8")
        kiosk.wait_for_log(f"content reloaded from {mount_point}")
        (mount_point / "en" / "02-goal.md").write_text(panel("Goal"), encoding="utf-8")
        kiosk.wait_for_log(f"content reloaded from {mount_point}", count=2)
        code, err = kiosk.stop()
    assert code == 0, err


def test_a_folder_of_many_files_is_watched_within_a_bound_and_its_panels_still_reload(qtbot, folder):
    """A photo library copied into media/: Qt's watcher takes time growing with the square of what it watches
    (23 s on the GUI thread for 100,000 files, 90 s on each reload), so only so many paths are watched, the
    panels and kiosk.toml first; the backstop notices the rest."""
    (folder / "kiosk.toml").write_text('title = "Many"\n', encoding="utf-8")
    library = folder / "media" / "library"
    library.mkdir(parents=True)
    for number in range(MAX_WATCHED + 500):
        (library / f"photo-{number}.jpg").touch()
    watcher = ContentWatcher(folder, load=load_deck, settle_ms=SETTLE_MS)
    watched = set(watcher._watcher.files()) | set(watcher._watcher.directories())
    assert len(watched) <= MAX_WATCHED
    assert {str(folder / "kiosk.toml"), str(folder / "en" / "01-vision.md"), str(library)} <= watched
    with qtbot.waitSignal(watcher.deckLoaded, timeout=3000) as loaded:
        (folder / "en" / "01-vision.md").write_text(panel("Our vision"), encoding="utf-8")
    assert titles(loaded.args[0]) == ["Our vision", "Goal"]
