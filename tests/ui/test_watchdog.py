"""Under systemd (`Type=notify`, `WatchdogSec=`) the kiosk says when it is up, then pings from its GUI thread.

A frozen kiosk must stop pinging, so that systemd kills and restarts it: the pings come from
a timer on the GUI thread, and stop when that thread does (SIGSTOP here, or a test blocking
the GUI thread of its own process).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content
from PySide6.QtCore import QObject, QTimer

from kiosk.ui.watchdog import ServiceNotifier, notify_address, ping_interval_ms

STARTED_WITHIN_S = 60
WATCHDOG_USEC = 1_000_000  # so a ping every 0.5 s
PING_S = WATCHDOG_USEC / 2_000_000


@pytest.fixture
def systemd_socket(tmp_path: Path) -> Iterator[socket.socket]:
    """A datagram socket listening where systemd's NOTIFY_SOCKET would be (a path in tmp_path)."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    yield listener
    listener.close()


def receive(listener: socket.socket, within_s: float) -> str:
    """The next message systemd would get; fails if none comes within `within_s`."""
    listener.settimeout(within_s)
    try:
        return listener.recv(4096).decode("ascii")
    except TimeoutError:
        pytest.fail(f"no message to systemd within {within_s} s")


def receive_until(listener: socket.socket, expected: str, within_s: float) -> list[str]:
    """Every message up to and including `expected`."""
    deadline = time.monotonic() + within_s
    messages: list[str] = []
    while not messages or messages[-1] != expected:
        messages.append(receive(listener, max(0.01, deadline - time.monotonic())))
    return messages


def nothing_within(listener: socket.socket, seconds: float) -> bool:
    listener.settimeout(seconds)
    try:
        listener.recv(4096)
    except TimeoutError:
        return True
    return False


def has_message(listener: socket.socket) -> bool:
    """Whether a message is waiting (taking it), without waiting."""
    listener.setblocking(False)
    try:
        listener.recv(4096)
    except BlockingIOError:
        return False
    return True


def drain(listener: socket.socket) -> None:
    """Drop the messages already waiting."""
    listener.setblocking(False)
    try:
        while True:
            listener.recv(4096)
    except BlockingIOError:
        pass


def under_systemd(address: str, **extra: str) -> dict[str, str]:
    return {"NOTIFY_SOCKET": address, "WATCHDOG_USEC": str(WATCHDOG_USEC), **extra}


def wait_until_stopped(pid: int) -> None:
    """Until the kernel has stopped the process (state T), so nothing it sends comes after this."""
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "T":
        assert time.monotonic() < deadline, "SIGSTOP did not stop the kiosk"
        time.sleep(0.01)


def test_the_kiosk_says_ready_after_its_first_frame_then_pings_every_half_watchdog_interval(
    tmp_path: Path, systemd_socket: socket.socket
) -> None:
    content = write_content(tmp_path / "content", ENGLISH)
    address = systemd_socket.getsockname()
    with KioskRun(tmp_path / "state", str(content), env=under_systemd(address)) as kiosk:
        assert receive(systemd_socket, STARTED_WITHIN_S) == "READY=1"
        assert "first frame" in kiosk.log()
        arrivals = []
        for _ in range(6):
            assert receive(systemd_socket, 5) == "WATCHDOG=1"
            arrivals.append(time.monotonic())
        code, err = kiosk.stop(signal.SIGTERM)
        assert receive_until(systemd_socket, "STOPPING=1", 5)[-1] == "STOPPING=1"
    assert code == 0, err
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)]
    mean_gap = sum(gaps) / len(gaps)
    # Every half watchdog interval: never faster; slower only by what a busy shared machine adds.
    assert PING_S * 0.8 <= mean_gap <= PING_S * 1.6, gaps
    assert f"pinging systemd's watchdog every {WATCHDOG_USEC // 2000} ms" in kiosk.log()


def test_a_frozen_kiosk_stops_pinging_and_pings_again_once_it_runs(tmp_path: Path) -> None:
    """SIGSTOP freezes every thread; an abstract socket name ('@...') is what systemd often gives."""
    name = f"kiosk-watchdog-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind("\0" + name)
        content = write_content(tmp_path / "content", ENGLISH)
        with KioskRun(tmp_path / "state", str(content), env=under_systemd("@" + name)) as kiosk:
            assert receive(listener, STARTED_WITHIN_S) == "READY=1"
            assert receive(listener, 5) == "WATCHDOG=1"
            kiosk.process.send_signal(signal.SIGSTOP)
            try:
                wait_until_stopped(kiosk.process.pid)
                drain(listener)
                assert nothing_within(listener, PING_S * 4), "a frozen kiosk still pinged systemd"
            finally:
                kiosk.process.send_signal(signal.SIGCONT)
            assert receive(listener, 5) == "WATCHDOG=1"
            code, err = kiosk.stop(signal.SIGTERM)
    assert code == 0, err


def test_no_ping_while_the_gui_thread_is_blocked(qtbot, systemd_socket: socket.socket) -> None:
    """Only the GUI thread's event loop sends pings: a thread on its own would go on pinging a frozen screen."""
    parent = QObject()
    service = ServiceNotifier(parent, environ=under_systemd(systemd_socket.getsockname()))
    service.ready()
    assert receive(systemd_socket, 5) == "READY=1"
    qtbot.waitUntil(lambda: has_message(systemd_socket), timeout=5000)  # the event loop pings
    drain(systemd_socket)
    # This test runs on the GUI thread: while it waits on the socket, that thread does nothing else.
    assert nothing_within(systemd_socket, PING_S * 3)
    qtbot.waitUntil(lambda: has_message(systemd_socket), timeout=5000)
    service.stopping()
    assert receive_until(systemd_socket, "STOPPING=1", 5)[-1] == "STOPPING=1"


def test_without_notify_socket_the_kiosk_tells_nothing_and_runs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    content = write_content(tmp_path / "content", ENGLISH)
    with KioskRun(tmp_path / "state", str(content), env={"WATCHDOG_USEC": str(WATCHDOG_USEC)}) as kiosk:
        kiosk.wait_for_first_frame(seconds=STARTED_WITHIN_S)
        code, err = kiosk.stop(signal.SIGTERM)
    assert code == 0, err
    log = kiosk.log()
    assert "kiosk stopped (exit code 0)" in log
    assert "systemd" not in log


def test_without_notify_socket_nothing_is_opened_or_sent(qtbot) -> None:
    parent = QObject()
    open_before = len(os.listdir("/proc/self/fd"))
    service = ServiceNotifier(parent, environ={"WATCHDOG_USEC": str(WATCHDOG_USEC)})
    service.ready()
    assert not service.findChild(QTimer).isActive()
    assert len(os.listdir("/proc/self/fd")) == open_before
    service.stopping()


def test_a_message_that_cannot_be_sent_is_logged_once_and_pings_go_on(
    qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    parent = QObject()
    service = ServiceNotifier(parent, environ=under_systemd(listener.getsockname()))
    service.ready()
    assert receive(listener, 5) == "READY=1"
    listener.close()
    os.unlink(tmp_path / "notify")  # systemd gone: every send now fails
    timer = service.findChild(QTimer)
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.watchdog"):
        for _ in range(3):
            with qtbot.waitSignal(timer.timeout, timeout=5000):
                pass
        service.stopping()
    failures = [record for record in caplog.records if "cannot tell systemd" in record.getMessage()]
    assert len(failures) == 1, caplog.text


@pytest.mark.parametrize(
    ("value", "address"),
    [("@kiosk/notify", "\0kiosk/notify"), ("/run/systemd/notify", "/run/systemd/notify"), ("", None)],
)
def test_notify_socket_names_its_address(value: str, address: str | None) -> None:
    assert notify_address({"NOTIFY_SOCKET": value}) == address


@pytest.mark.parametrize(
    ("environ", "interval"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 15_000),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "42"}, 15_000),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "7"}, None),  # another process's watchdog
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_the_watchdog_is_pinged_at_half_its_timeout_and_only_by_its_process(
    environ: dict[str, str], interval: int | None
) -> None:
    assert ping_interval_ms(environ, pid=42) == interval
