"""Telling systemd that the kiosk is up, and that its screen still answers (sd_notify, standard library only).

A kiosk runs unattended all day, and a frozen window in a live process never makes
systemd's `Restart=` fire: Qt's picture reader can deadlock with the GUI thread over
Python's lock (the process alive, the screen stopped for good), and a busy loop or a
hung driver freezes it just as well. So under a unit with `Type=notify` and
`WatchdogSec=` (packaging/linux) the kiosk says `READY=1` once its first frame is on
screen, then `WATCHDOG=1` every half of $WATCHDOG_USEC from a timer on the GUI thread:
when that thread stops, the pings stop, and systemd kills and restarts the kiosk. The
messages are datagrams to $NOTIFY_SOCKET, as sd_notify(3) sends them; without that
variable (not started by such a unit) nothing is sent.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


def notify_address(environ: Mapping[str, str]) -> str | None:
    """Where systemd listens for this service's messages: $NOTIFY_SOCKET as a socket address, or None.

    A name starting with '@' is an abstract socket, whose address starts with a NUL byte.
    """
    address = environ.get("NOTIFY_SOCKET", "")
    if address.startswith("@"):
        return "\0" + address[1:]
    if address.startswith("/"):
        return address
    if address:
        log.warning("NOTIFY_SOCKET=%s is not a socket this kiosk can tell systemd through; not telling it", address)
    return None


def ping_interval_ms(environ: Mapping[str, str], pid: int) -> int | None:
    """How often to ping systemd's watchdog (half of $WATCHDOG_USEC, as sd_watchdog_enabled(3) advises), or None.

    None without a watchdog, or when $WATCHDOG_PID names another process (the watchdog is
    that process's, e.g. a script that started the kiosk).
    """
    watched = environ.get("WATCHDOG_PID")
    if watched is not None and watched != str(pid):
        return None
    timeout = environ.get("WATCHDOG_USEC")
    if timeout is None:
        return None
    if not timeout.isdigit() or int(timeout) == 0:
        log.warning("WATCHDOG_USEC=%s is not a number of microseconds; not pinging systemd's watchdog", timeout)
        return None
    return max(1, int(timeout) // 2000)


class ServiceNotifier(QObject):
    """The kiosk's messages to systemd: `ready()` after the first frame, pings from then on, `stopping()` at the end.

    Does nothing when systemd is not listening. A message that cannot be sent is logged
    once, and the kiosk runs on: telling systemd must never be what stops it, nor what
    blocks the GUI thread (the socket never waits).
    """

    def __init__(
        self, parent: QObject | None = None, *, environ: Mapping[str, str] = os.environ, pid: int | None = None
    ) -> None:
        super().__init__(parent)
        self._address = notify_address(environ)
        self._socket: socket.socket | None = None
        self._failed = False
        self._ping_timer = QTimer(self)
        self._ping_timer.timeout.connect(lambda: self._send("WATCHDOG=1"))
        interval = ping_interval_ms(environ, os.getpid() if pid is None else pid)
        if self._address is None:
            return
        if interval is not None:
            self._ping_timer.setInterval(interval)
            log.info("pinging systemd's watchdog every %d ms", interval)
        try:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC | socket.SOCK_NONBLOCK)
        except OSError as problem:
            self._report(problem)

    def ready(self) -> None:
        """The first frame is on screen: tell systemd, and start pinging its watchdog if it has one."""
        self._send("READY=1")
        if self._socket is not None and self._ping_timer.interval() > 0:
            self._ping_timer.start()

    def stopping(self) -> None:
        """The kiosk is ending (its event loop has returned): tell systemd, which then expects no more pings."""
        self._ping_timer.stop()
        self._send("STOPPING=1")
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def _send(self, message: str) -> None:
        if self._socket is None or self._address is None:
            return
        try:
            self._socket.sendto(message.encode("ascii"), self._address)
        except OSError as problem:
            self._report(problem)

    def _report(self, problem: OSError) -> None:
        if not self._failed:
            self._failed = True
            log.warning(
                "cannot tell systemd how the kiosk is (%s); it runs on, but systemd may take it for frozen",
                problem.strerror or problem,
            )
