"""Visitor statistics from the real kiosk: touches, swipes and the idle timeout, then `kiosk stats` on them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from admin_helpers import PIN
from admin_helpers import settings as admin_settings
from kiosk_helpers import (
    ENGLISH,
    FRENCH,
    FakeClock,
    centre,
    tap,
    touch_swipe,
    wait_settled,
    with_timings,
    write_content,
)
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.cli import main
from kiosk.content.loader import load_deck
from kiosk.stats.recorder import Recorder
from kiosk.stats.store import Event, VisitKind, insert, open_for_writing, read_events
from kiosk.ui.visits import start_recorder

IDLE = 30


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


def touch(kiosk, device) -> None:
    """One finger down and up in the middle of the panels."""
    point = centre(kiosk.item("panelView")).toPoint()
    QTest.touchEvent(kiosk.window, device).press(0, point, kiosk.window).commit()
    QTest.touchEvent(kiosk.window, device).release(0, point, kiosk.window).commit()


def test_visits_recorded_from_the_real_screen_add_up_in_kiosk_stats(
    show_kiosk, qtbot, touchscreen, tmp_path: Path, capsys
) -> None:
    # The panels play by themselves while nobody is there (no attract screen), as this story needs.
    folder = write_content(tmp_path / "content", {**ENGLISH, **FRENCH, "kiosk.toml": "[attract]\nscreen = false\n"})
    deck = with_timings(load_deck(folder), autoplay=5, idle=IDLE)
    clock = FakeClock()
    database = tmp_path / "statistics.sqlite"
    recorder = Recorder(database, kiosk="test stand", keep_days=400, interval=0.01)
    kiosk = show_kiosk(deck, attract=True, clock=clock, monotonic=lambda: clock.now, statistics=recorder)
    kiosk.controller.start()
    view = kiosk.item("panelView")

    clock.advance(3)
    touch(kiosk, touchscreen)  # wakes the kiosk: the first visit begins on panel One
    assert not kiosk.controller.attractMode
    clock.advance(10)
    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=True)
    wait_settled(qtbot, kiosk, 1)  # 10 s on One
    clock.advance(20)
    touch_swipe(kiosk.window, qtbot, touchscreen, view, towards_left=True)
    wait_settled(qtbot, kiosk, 2)  # 20 s on Two
    clock.advance(5)
    tap(kiosk.window, kiosk.item("language_fr"))  # 5 s on Three, which stays the same panel in French
    qtbot.waitUntil(lambda: kiosk.controller.language == "fr", timeout=2000)
    clock.advance(IDLE)  # nobody touches it: the visit ended with that tap, 35 s after it began
    assert kiosk.controller.attractMode

    clock.advance(12)  # the attract loop shows One, then Two, then Three by itself: not a visitor's views
    assert kiosk.controller.currentIndex == 2
    touch(kiosk, touchscreen)  # the second visit, on panel Three
    clock.advance(9)
    touch(kiosk, touchscreen)
    clock.advance(IDLE)  # 9 s long
    kiosk.visits.close()

    kinds = [event.kind for event in read_events(database)]
    assert kinds.count(VisitKind.VISIT_START) == 2 and kinds.count(VisitKind.VISIT_END) == 2
    assert main(["stats", str(database)]) == 0
    printed = capsys.readouterr().out
    assert "2 visit(s) at 1 kiosk(s)" in printed
    assert "Visit length: median 22 s, 9 in 10 visits under 35 s" in printed  # 35 s and 9 s
    panels = [line.split() for line in printed.split("Attention per panel")[1].splitlines()[2:5]]
    assert panels == [
        ["Two", "1", "20", "s", "20", "s"],
        ["Three", "2", "7", "s", "14", "s"],  # 5 s, then 9 s
        ["One", "1", "10", "s", "10", "s"],
    ]
    languages = [line.split() for line in printed.split("Languages")[1].splitlines()[2:4]]
    assert sorted(languages) == [
        ["English", "(en)", "1", "0"],
        ["Français", "(fr)", "1", "1"],
    ]  # both visits began in English; the first chose French and was read in it


def open_overlay(kiosk, clock: FakeClock, qtbot) -> None:
    """The admin's long press in the corner, then the PIN."""
    point = kiosk.input.corner().center().toPoint()
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    clock.advance(3)
    QTest.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    for digit in PIN:
        tap(kiosk.window, kiosk.item(f"pinKey{digit}"))
    tap(kiosk.window, kiosk.item("pinOk"))
    qtbot.waitUntil(lambda: kiosk.item("adminStatistics") is not None, timeout=3000)


def test_the_admin_overlay_shows_todays_visits_and_the_file_size_and_staff_actions_are_recorded(
    show_kiosk, qtbot, tmp_path: Path
) -> None:
    database = tmp_path / "statistics.sqlite"
    now = time.time()
    connection = open_for_writing(database)
    insert(connection, [Event(now - seconds, 0, "stand", "v1", VisitKind.VISIT_START) for seconds in (60, 30)])
    connection.close()
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": admin_settings()})
    clock = FakeClock()
    recorder = Recorder(database, kiosk="stand", keep_days=400, interval=0.01)
    kiosk = show_kiosk(folder, clock=clock, monotonic=lambda: clock.now, statistics=recorder)
    open_overlay(kiosk, clock, qtbot)
    kilobytes = round((database.stat().st_size + database.with_name(database.name + "-wal").stat().st_size) / 1024)
    assert kiosk.item("adminStatistics").property("value") == f"2 visits today; the file takes {kilobytes} kB"

    tap(kiosk.window, kiosk.item("adminReload"))
    kiosk.visits.close()
    assert [event.detail for event in read_events(database) if event.kind == VisitKind.ADMIN] == ["reload"]


def test_the_admin_overlay_says_when_statistics_are_off(show_kiosk, qtbot, tmp_path: Path) -> None:
    folder = write_content(
        tmp_path / "content", {**ENGLISH, "kiosk.toml": admin_settings() + "[stats]\nenabled = false\n"}
    )
    clock = FakeClock()
    kiosk = show_kiosk(
        folder, clock=clock, monotonic=lambda: clock.now, statistics=start_recorder(load_deck(folder).settings.stats)
    )
    open_overlay(kiosk, clock, qtbot)
    assert kiosk.item("adminStatistics").property("value") == "Off: kiosk.toml turns them off"


def test_a_tap_on_a_timeline_event_and_on_a_link_are_recorded_and_a_swipe_is_not_a_tap(
    show_kiosk, qtbot, touchscreen, tmp_path: Path
) -> None:
    timeline = (
        "---\nlayout: timeline\ntitle: History\n---\n## 1998 - Founded\n\nThe first office.\n\n"
        "## 2004 - Moved\n\nSee [our home](https://example.org/home) for more.\n"
    )
    folder = write_content(
        tmp_path / "content", {"en/01-history.md": timeline, "en/02-more.md": ENGLISH["en/02-two.md"]}
    )
    clock = FakeClock()
    database = tmp_path / "statistics.sqlite"
    recorder = Recorder(database, kiosk="stand", keep_days=400, interval=0.01)
    kiosk = show_kiosk(folder, attract=True, clock=clock, monotonic=lambda: clock.now, statistics=recorder)
    kiosk.controller.start()
    touch(kiosk, touchscreen)  # wakes the kiosk
    tap(kiosk.window, kiosk.item("timelineEvent0"))
    body = [item for item in kiosk.items() if item.property("html") and "example.org" in item.property("html")][0]
    link = next(
        QPointF(x, y)
        for y in range(2, int(body.height()), 4)
        for x in range(2, int(body.width()), 4)
        if QMetaObject.invokeMethod(
            body,
            "linkAt",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("QString"),
            Q_ARG("qreal", x),
            Q_ARG("qreal", y),
        )
    )
    QTest.mouseClick(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, body.mapToScene(link).toPoint()
    )
    touch_swipe(kiosk.window, qtbot, touchscreen, kiosk.item("panelView"), towards_left=True)
    wait_settled(qtbot, kiosk, 1)
    kiosk.visits.close()
    recorded = [(event.kind, event.detail) for event in read_events(database) if event.detail]
    assert recorded == [
        (VisitKind.ITEM_OPENED, "timeline event 1: Founded"),
        (VisitKind.QR_CODE, "https://example.org/home"),
    ]
