"""Full screen is locked down: Escape and close requests (the close button, Alt+F4) do nothing; --windowed closes as usual."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from admin_helpers import PIN, Recorder, settings
from kiosk_helpers import ENGLISH, next_frame, run_kiosk_on, write_content
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QWindow
from PySide6.QtTest import QTest

from kiosk.ui.window import KioskWindow


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": settings()})


class QuitWatch:
    """Counts the application's signs of ending."""

    def __init__(self) -> None:
        self.about_to_quit = Recorder()
        self.last_window_closed = Recorder()

    @property
    def quitting(self) -> bool:
        return bool(self.about_to_quit.calls or self.last_window_closed.calls)


@pytest.fixture
def quit_watch(qapp) -> Iterator[QuitWatch]:
    watch = QuitWatch()
    qapp.aboutToQuit.connect(watch.about_to_quit)
    qapp.lastWindowClosed.connect(watch.last_window_closed)
    yield watch
    qapp.aboutToQuit.disconnect(watch.about_to_quit)
    qapp.lastWindowClosed.disconnect(watch.last_window_closed)


def send_close_request(window: QWindow) -> bool:
    """What the window manager sends for its close button or Alt+F4; returns whether the window agreed."""
    event = QCloseEvent()
    QGuiApplication.sendEvent(window, event)
    return event.isAccepted()


@pytest.fixture
def locked(show_kiosk, content) -> tuple[KioskWindow, Recorder]:
    quit = Recorder()
    return show_kiosk(content, windowed=False, quit=quit), quit


def test_escape_does_not_quit_in_full_screen(locked, quit_watch, qtbot) -> None:
    kiosk, quit = locked
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    next_frame(qtbot, kiosk.window)
    assert kiosk.window.isVisible()
    assert quit.calls == 0
    assert not quit_watch.quitting


def test_a_close_request_is_refused_in_full_screen(locked, quit_watch, qtbot) -> None:
    kiosk, _quit = locked
    assert send_close_request(kiosk.window) is False
    assert kiosk.window.close() is False
    next_frame(qtbot, kiosk.window)
    assert kiosk.window.isVisible()
    assert not quit_watch.quitting


def test_the_pointer_is_hidden_from_visitors_and_shown_to_staff_at_the_pin_pad(locked) -> None:
    kiosk, _quit = locked
    assert kiosk.window.cursor().shape() == Qt.CursorShape.BlankCursor
    kiosk.admin.openPad()
    assert kiosk.window.cursor().shape() == Qt.CursorShape.ArrowCursor
    kiosk.admin.cancel()
    assert kiosk.window.cursor().shape() == Qt.CursorShape.BlankCursor


def test_a_windowed_kiosk_keeps_its_pointer(show_kiosk, content) -> None:
    kiosk = show_kiosk(content, windowed=True, quit=Recorder())
    assert kiosk.window.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_after_the_admin_exit_the_window_closes(locked, qtbot) -> None:
    kiosk, quit = locked
    kiosk.admin.openPad()
    for digit in PIN:
        kiosk.admin.digit(int(digit))
    kiosk.admin.submit()
    qtbot.waitUntil(lambda: kiosk.admin.property("overlayOpen"), timeout=3000)
    kiosk.admin.exitKiosk()
    assert quit.calls == 1
    assert send_close_request(kiosk.window) is True


def test_escape_quits_a_windowed_kiosk(show_kiosk, content) -> None:
    quit = Recorder()
    kiosk = show_kiosk(content, windowed=True, quit=quit)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert quit.calls == 1


def test_a_windowed_kiosk_closes_on_request(show_kiosk, content, qtbot) -> None:
    kiosk = show_kiosk(content, windowed=True, quit=Recorder())
    assert send_close_request(kiosk.window) is True
    assert kiosk.window.close() is True
    qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=1000)


def kiosk_window() -> QWindow:
    return next(w for w in QGuiApplication.topLevelWindows() if w.objectName() == "kioskWindow" and w.isVisible())


def test_run_full_screen_survives_escape_and_close_requests(content, run_script, quit_watch, run_logging) -> None:
    seen: dict[str, object] = {}

    def attack() -> None:
        window = kiosk_window()
        QTest.keyClick(window, Qt.Key.Key_Escape)
        seen["close request accepted"] = send_close_request(window)
        seen["close() closed"] = window.close()

    def look() -> None:
        window = kiosk_window()
        seen["still shown"] = window.isVisible()
        seen["full screen"] = window.visibility() == QWindow.Visibility.FullScreen
        seen["quitting"] = quit_watch.quitting
        window.property("admin").allow_close()
        window.close()

    run_script([(500, attack), (900, look)])
    assert run_kiosk_on(content, log_folder=run_logging) == 0
    assert seen == {
        "close request accepted": False,
        "close() closed": False,
        "still shown": True,
        "full screen": True,
        "quitting": False,
    }


def test_run_full_screen_ends_through_the_admin_overlay(content, run_script, run_logging) -> None:
    def enter_pin() -> None:
        admin = kiosk_window().property("admin")
        admin.openPad()
        for digit in PIN:
            admin.digit(int(digit))
        admin.submit()

    def exit_kiosk() -> None:
        kiosk_window().property("admin").exitKiosk()

    run_script([(500, enter_pin), (1500, exit_kiosk)])
    assert run_kiosk_on(content, log_folder=run_logging) == 0
    assert "admin: kiosk exited from the admin overlay" in (run_logging / "kiosk.log").read_text(encoding="utf-8")


def test_run_windowed_closes_on_a_close_request(content, run_script, run_logging) -> None:
    run_script([(500, lambda: kiosk_window().close())])
    assert run_kiosk_on(content, windowed=True, log_folder=run_logging) == 0
