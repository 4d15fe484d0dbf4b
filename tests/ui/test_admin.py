"""The admin's way in: a long press in a corner, the PIN pad, the overlay, and nothing for visitors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from admin_helpers import PIN, Recorder, settings
from kiosk_helpers import (
    ENGLISH,
    FakeClock,
    centre,
    mouse_swipe,
    next_frame,
    statement,
    tap,
    wait_settled,
    write_content,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk import __version__
from kiosk.content.loader import load_deck
from kiosk.ui.admin import AdminController
from kiosk.ui.pin_lockout import format_wait, lockout_seconds
from kiosk.ui.window import KioskWindow, attach_content_watcher


class Monotonic:
    """The PIN pad's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def quit() -> Recorder:
    return Recorder()


@pytest.fixture
def open_kiosk(tmp_path: Path, show_kiosk, clock, monotonic, quit):
    """open_kiosk(settings text, **build options) -> a full-screen-style (locked) kiosk on a fake clock."""

    def open_(toml: str = settings(), **options) -> KioskWindow:
        folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": toml})
        options = {"clock": clock, "monotonic": monotonic, "quit": quit, **options}
        return show_kiosk(folder, **options)

    return open_


def corner_point(kiosk: KioskWindow) -> QPoint:
    return kiosk.input.corner().center().toPoint()


def long_press(kiosk: KioskWindow, clock: FakeClock, point: QPoint, seconds: float = 3.0) -> None:
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    clock.advance(seconds)
    QTest.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def visible(kiosk: KioskWindow, name: str) -> bool:
    item = kiosk.item(name)
    return item is not None and item.isVisible()


def enter(kiosk: KioskWindow, digits: str) -> None:
    for digit in digits:
        tap(kiosk.window, kiosk.item(f"pinKey{digit}"))
    tap(kiosk.window, kiosk.item("pinOk"))


def open_overlay(qtbot, kiosk: KioskWindow, clock: FakeClock) -> None:
    long_press(kiosk, clock, corner_point(kiosk))
    enter(kiosk, PIN)
    qtbot.waitUntil(lambda: visible(kiosk, "adminOverlay"), timeout=3000)


def texts(kiosk: KioskWindow, name: str) -> list[str]:
    return [item.property("text") for item in kiosk.items() if item.objectName() == name and item.isVisible()]


# -- the gesture ----------------------------------------------------------------------------


def test_a_long_press_in_the_corner_opens_the_pin_pad_without_navigating(open_kiosk, clock) -> None:
    kiosk = open_kiosk()
    assert not visible(kiosk, "pinPad")
    long_press(kiosk, clock, corner_point(kiosk))
    assert visible(kiosk, "pinPad")
    assert kiosk.controller.currentIndex == 0


def test_the_press_must_last_the_configured_time(open_kiosk, clock) -> None:
    kiosk = open_kiosk(settings(hold=5))
    long_press(kiosk, clock, corner_point(kiosk), seconds=4.9)
    assert not visible(kiosk, "pinPad")
    long_press(kiosk, clock, corner_point(kiosk), seconds=5.0)
    assert visible(kiosk, "pinPad")


@pytest.mark.parametrize("corner", ["top-right", "bottom-left", "bottom-right"])
def test_the_gesture_works_in_the_configured_corner_only(open_kiosk, clock, corner) -> None:
    kiosk = open_kiosk(settings(corner=corner))
    long_press(kiosk, clock, QPoint(5, 5))
    assert not visible(kiosk, "pinPad")
    area = kiosk.input.corner()
    assert area.width() >= kiosk.theme.unit * 2.5
    long_press(kiosk, clock, area.center().toPoint())
    assert visible(kiosk, "pinPad")


def test_a_real_long_touch_in_the_corner_opens_the_pad(open_kiosk, qtbot) -> None:
    kiosk = open_kiosk(settings(hold=1), clock=None)
    device = QTest.createTouchDevice()
    point = corner_point(kiosk)
    QTest.touchEvent(kiosk.window, device).press(0, point, kiosk.window).commit()
    qtbot.waitUntil(lambda: visible(kiosk, "pinPad"), timeout=5000)  # the real clock: held for a second
    QTest.touchEvent(kiosk.window, device).release(0, point, kiosk.window).commit()
    assert visible(kiosk, "pinPad")


def test_a_long_press_elsewhere_does_nothing(open_kiosk, clock) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, centre(kiosk.item("panelView")).toPoint(), seconds=10)
    assert not visible(kiosk, "pinPad")
    assert kiosk.controller.currentIndex == 0


def test_a_drag_out_of_the_corner_is_not_a_long_press(open_kiosk, clock) -> None:
    kiosk = open_kiosk()
    start = corner_point(kiosk)
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(kiosk.window, start + QPoint(round(kiosk.theme.unit * 3), 0))
    clock.advance(5)
    QTest.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert not visible(kiosk, "pinPad")


def test_a_short_tap_in_the_corner_is_an_ordinary_tap(open_kiosk, clock, qtbot) -> None:
    """With the corner over the previous button, a tap there still goes back a panel."""
    kiosk = open_kiosk(settings(corner="bottom-left"))
    kiosk.controller.goTo(2)
    wait_settled(qtbot, kiosk, 2)
    button = kiosk.item("previousButton")
    point = kiosk.input.corner().intersected(button.mapRectToScene(button.boundingRect())).center().toPoint()
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    clock.advance(10)
    wait_settled(qtbot, kiosk, 1)
    assert not visible(kiosk, "pinPad")


@pytest.mark.parametrize("pointer", ["mouse", "touch"])
def test_a_long_press_on_a_button_in_the_corner_opens_the_pad_and_lets_go_of_the_button(
    open_kiosk, clock, qtbot, pointer
) -> None:
    kiosk = open_kiosk(settings(corner="bottom-left"))
    kiosk.controller.goTo(2)
    wait_settled(qtbot, kiosk, 2)
    button = kiosk.item("previousButton")
    point = kiosk.input.corner().intersected(button.mapRectToScene(button.boundingRect())).center().toPoint()
    touchscreen = QTest.createTouchDevice()

    def press() -> None:
        if pointer == "mouse":
            QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        else:
            QTest.touchEvent(kiosk.window, touchscreen).press(0, point, kiosk.window).commit()

    def release() -> None:
        if pointer == "mouse":
            QTest.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        else:
            QTest.touchEvent(kiosk.window, touchscreen).release(0, point, kiosk.window).commit()

    def pressed() -> bool:
        return any(item.property("pressed") for item in button.childItems())

    press()
    assert pressed()
    clock.advance(3)
    assert visible(kiosk, "pinPad")
    assert not pressed()
    release()
    next_frame(qtbot, kiosk.window)
    assert not pressed()
    assert kiosk.controller.currentIndex == 2


def test_a_short_tap_in_the_corner_wakes_the_kiosk_from_its_attract_loop(open_kiosk, clock) -> None:
    kiosk = open_kiosk(attract=True)
    kiosk.controller.start()
    assert kiosk.controller.attractMode
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner_point(kiosk))
    assert not kiosk.controller.attractMode
    assert not visible(kiosk, "pinPad")


def test_the_gesture_also_works_during_the_attract_loop(open_kiosk, clock) -> None:
    kiosk = open_kiosk(attract=True)
    kiosk.controller.start()
    long_press(kiosk, clock, corner_point(kiosk))
    assert visible(kiosk, "pinPad")
    assert not kiosk.controller.attractMode


# -- the PIN pad ------------------------------------------------------------------------------


def test_the_right_pin_opens_the_admin_overlay_with_version_and_folder(open_kiosk, clock, qtbot, tmp_path) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    for count, digit in enumerate(PIN, start=1):
        tap(kiosk.window, kiosk.item(f"pinKey{digit}"))
        assert kiosk.item("pinDots").property("filled") == count
    tap(kiosk.window, kiosk.item("pinOk"))
    qtbot.waitUntil(lambda: visible(kiosk, "adminOverlay"), timeout=3000)
    assert not visible(kiosk, "pinPad")
    assert kiosk.item("adminVersion").property("text") == f"kiosk {__version__}"
    assert kiosk.item("adminFolder").property("value") == str(tmp_path / "content")


def test_clear_empties_the_entry(open_kiosk, clock) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    tap(kiosk.window, kiosk.item("pinKey1"))
    tap(kiosk.window, kiosk.item("pinKey2"))
    tap(kiosk.window, kiosk.item("pinClear"))
    assert kiosk.item("pinDots").property("filled") == 0


def test_a_wrong_pin_says_so_and_keeps_the_pad_open(open_kiosk, clock, qtbot) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    enter(kiosk, "1111")
    qtbot.waitUntil(lambda: "Wrong PIN" in kiosk.item("pinMessage").property("text"), timeout=3000)
    assert "2 more tries" in kiosk.item("pinMessage").property("text")
    assert visible(kiosk, "pinPad")
    assert not visible(kiosk, "adminOverlay")


def test_three_wrong_pins_lock_the_pad_and_the_wait_doubles(open_kiosk, clock, monotonic, qtbot) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    message = kiosk.item("pinMessage")
    for _ in range(3):
        enter(kiosk, "1111")
        qtbot.waitUntil(lambda: not kiosk.admin.property("checking"), timeout=3000)
    assert kiosk.admin.property("lockedOut")
    assert message.property("text") == "Too many wrong PINs. Try again in 30 s."

    enter(kiosk, PIN)  # ignored while locked out, even the right PIN
    kiosk.admin.wait_for_pin_check()
    next_frame(qtbot, kiosk.window)  # an answer, had there been a check, has come back
    assert not visible(kiosk, "adminOverlay")
    assert kiosk.item("pinDots").property("filled") == 0

    monotonic.now += 20
    assert kiosk.admin.property("message") == "Too many wrong PINs. Try again in 10 s."
    monotonic.now += 10
    assert not kiosk.admin.property("lockedOut")
    qtbot.waitUntil(lambda: kiosk.item("pinKey1").isEnabled(), timeout=2000)  # the pad's once-a-second refresh
    enter(kiosk, "1111")
    qtbot.waitUntil(lambda: kiosk.admin.property("lockedOut"), timeout=3000)
    assert kiosk.admin.property("message") == "Too many wrong PINs. Try again in 1 min."

    monotonic.now += 60
    qtbot.waitUntil(lambda: kiosk.item("pinKey1").isEnabled(), timeout=2000)
    enter(kiosk, PIN)
    qtbot.waitUntil(lambda: visible(kiosk, "adminOverlay"), timeout=3000)


def test_the_keyboard_works_the_pad_and_never_moves_the_panels(open_kiosk, clock, qtbot) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_3):
        QTest.keyClick(kiosk.window, key)
    assert kiosk.controller.currentIndex == 0
    assert kiosk.item("pinDots").property("filled") == 1
    QTest.keyClick(kiosk.window, Qt.Key.Key_Backspace)
    for digit in PIN:
        QTest.keyClick(kiosk.window, getattr(Qt.Key, f"Key_{digit}"))
    QTest.keyClick(kiosk.window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(kiosk, "adminOverlay"), timeout=3000)


def test_cancel_and_escape_close_the_pad(open_kiosk, clock, quit) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    tap(kiosk.window, kiosk.item("pinCancel"))
    assert not visible(kiosk, "pinPad")
    long_press(kiosk, clock, corner_point(kiosk))
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert not visible(kiosk, "pinPad")
    assert quit.calls == 0


def test_the_pad_stops_swipes_reaching_the_panels(open_kiosk, clock, qtbot) -> None:
    kiosk = open_kiosk()
    long_press(kiosk, clock, corner_point(kiosk))
    mouse_swipe(kiosk.window, qtbot, kiosk.item("panelView"), towards_left=True)
    next_frame(qtbot, kiosk.window)
    wait_settled(qtbot, kiosk)
    assert kiosk.controller.currentIndex == 0


def test_with_no_pin_set_the_pad_says_so_and_offers_no_keys(open_kiosk, clock) -> None:
    kiosk = open_kiosk(settings(pin=None))
    long_press(kiosk, clock, corner_point(kiosk))
    assert visible(kiosk, "pinNotSet")
    assert "no admin PIN has been set" in kiosk.item("pinNotSetMessage").property("text")
    assert not visible(kiosk, "pinKey1")
    assert not visible(kiosk, "pinOk")
    tap(kiosk.window, kiosk.item("pinCancel"))
    assert not visible(kiosk, "pinPad")


def test_with_no_pin_set_the_pad_tells_visitors_nothing_about_the_computer(open_kiosk, clock, tmp_path) -> None:
    kiosk = open_kiosk(settings(pin=None))
    long_press(kiosk, clock, corner_point(kiosk))
    pad = kiosk.item("pinPad")
    shown = [
        item.property("text")
        for item in kiosk.items()
        if pad.isAncestorOf(item) and item.isVisible() and isinstance(item.property("text"), str)
    ]
    machine = [str(tmp_path), str(Path.home()), __version__, "kiosk set-pin", "kiosk.toml"]
    assert not [text for text in shown for detail in machine if detail in text], shown
    assert any("set-up guide" in text for text in shown), shown


# -- the overlay --------------------------------------------------------------------------------


def test_exit_quits_the_full_screen_kiosk(open_kiosk, clock, qtbot, quit) -> None:
    kiosk = open_kiosk()
    open_overlay(qtbot, kiosk, clock)
    assert not kiosk.admin.property("mayClose")
    tap(kiosk.window, kiosk.item("adminExit"))
    assert quit.calls == 1
    assert kiosk.admin.property("mayClose")


def test_close_returns_to_the_panels(open_kiosk, clock, qtbot, quit) -> None:
    kiosk = open_kiosk()
    open_overlay(qtbot, kiosk, clock)
    tap(kiosk.window, kiosk.item("adminClose"))
    assert not visible(kiosk, "adminOverlay")
    assert quit.calls == 0
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)
    assert kiosk.controller.currentIndex == 1


def test_reload_now_shows_the_edited_content(open_kiosk, clock, qtbot, tmp_path) -> None:
    kiosk = open_kiosk()
    attach_content_watcher(
        kiosk, tmp_path / "content", load=load_deck, settle_ms=60_000
    )  # only the button reloads here
    open_overlay(qtbot, kiosk, clock)
    (tmp_path / "content" / "en" / "01-one.md").write_text(statement("Reloaded", "Fresh words."), encoding="utf-8")
    tap(kiosk.window, kiosk.item("adminReload"))
    assert kiosk.controller.panel_model.panels[0].title == "Reloaded"
    assert texts(kiosk, "adminReloadStatus")[0].startswith("Content reloaded at")


def test_the_overlay_lists_the_problems_of_the_content_and_of_a_rejected_reload(
    open_kiosk, clock, qtbot, tmp_path
) -> None:
    kiosk = open_kiosk(settings() + '\n[display]\nrenderer = "auto"\nbogus = 1\n')
    on_screen = [d.format() for d in kiosk.controller.deck.diagnostics]
    assert on_screen and all(": warning: " in line for line in on_screen)
    attach_content_watcher(kiosk, tmp_path / "content", load=load_deck, settle_ms=60_000)
    open_overlay(qtbot, kiosk, clock)
    assert texts(kiosk, "diagnosticLine") == on_screen

    (tmp_path / "content" / "en" / "02-two.md").write_text("---\nlayout: poster\n---\nText\n", encoding="utf-8")
    tap(kiosk.window, kiosk.item("adminReload"))
    lines = texts(kiosk, "diagnosticLine")
    assert lines[0].startswith("en/02-two.md:2: error: ")
    assert lines[-len(on_screen) :] == on_screen
    assert "still shows the previous content" in texts(kiosk, "adminReloadStatus")[0]
    assert kiosk.controller.panel_model.panels[1].title == "Two"


# -- left alone -----------------------------------------------------------------------------------


def test_idle_closes_the_pad_and_the_attract_loop_resumes(open_kiosk, clock) -> None:
    kiosk = open_kiosk(attract=True)
    kiosk.controller.start()
    kiosk.controller.userInput()
    kiosk.controller.goTo(2)
    long_press(kiosk, clock, corner_point(kiosk))
    idle = kiosk.controller.deck.settings.timings.idle_seconds
    clock.advance(idle - 1)
    assert visible(kiosk, "pinPad")
    assert kiosk.controller.currentIndex == 2
    clock.advance(1)
    assert not visible(kiosk, "pinPad")
    assert kiosk.controller.attractMode
    assert kiosk.controller.currentIndex == 0


def test_idle_closes_the_admin_overlay(open_kiosk, clock, qtbot) -> None:
    kiosk = open_kiosk(attract=True)
    kiosk.controller.start()
    open_overlay(qtbot, kiosk, clock)
    clock.advance(kiosk.controller.deck.settings.timings.idle_seconds)
    assert not visible(kiosk, "adminOverlay")
    assert kiosk.controller.attractMode


# -- the rate limit ---------------------------------------------------------------------------------


def test_lockouts_double_from_30_seconds_up_to_5_minutes() -> None:
    assert [lockout_seconds(n) for n in range(6)] == [30, 60, 120, 240, 300, 300]


@pytest.mark.parametrize(("seconds", "text"), [(0.2, "1 s"), (29.1, "30 s"), (60, "1 min"), (250, "4 min 10 s")])
def test_waits_read_naturally(seconds, text) -> None:
    assert format_wait(seconds) == text


def test_a_pin_checked_after_the_pad_was_closed_and_opened_again_does_not_open_the_overlay(
    tmp_path: Path, qtbot
) -> None:
    """Staff type the PIN, press OK, then Cancel before the check ends, and open the pad again."""
    release = threading.Event()

    def slow_verify(pin: str, stored: str) -> bool:
        release.wait(5)
        return pin == PIN

    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": settings()})
    admin = AdminController(load_deck(folder), windowed=False, quit=Recorder(), verify=slow_verify)
    admin.openPad()
    for digit in PIN:
        admin.digit(int(digit))
    admin.submit()
    admin.cancel()
    admin.openPad()
    with qtbot.waitSignal(admin.entryChanged, timeout=5000):  # the answer travels back through the event loop
        release.set()
        admin.wait_for_pin_check()
    assert admin.property("padOpen")
    assert not admin.property("overlayOpen")
