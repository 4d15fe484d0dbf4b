"""One full-screen kiosk per screen: a lock file that the operating system releases however the kiosk ends.

Two kiosks on one screen (the desktop's autostart and the systemd service both
set up) stack on top of each other: staff who leave one still see the other. So a
full-screen kiosk holds a lock on a file in the user's runtime folder for as long
as it runs, and a second one says who holds it and stops.

The lock is the kernel's (flock on Linux and macOS, a byte-range lock on Windows),
not a file that exists or not: it goes away with the process, even one killed with
SIGKILL or by a power cut, and a later process that happens to get the same PID
cannot hold it by mistake (Qt's QLockFile decides staleness from the PID, so it can).
No Qt here: the caller says which folder and which screen.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

#: Windows locks byte ranges, and a locked range cannot be read by anyone else: lock one byte far past
#: the PID and start time, so that the second kiosk can still read them.
_WINDOWS_LOCKED_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """The kiosk that holds a screen: what a second one tells whoever started it."""

    pid: int
    started: float  # seconds since the epoch


class ScreenTaken(Exception):
    """Another kiosk already shows on this screen; `holder` is None when it has not written itself down yet."""

    def __init__(self, screen: int, holder: Holder | None) -> None:
        super().__init__(screen, holder)
        self.screen = screen
        self.holder = holder

    def __str__(self) -> str:
        if self.holder is None:
            who, stop = "", "stop it first"
        else:
            who = f" (process {self.holder.pid}, started {_when(self.holder.started)})"
            stop = f"stop it first with `{_stop_command(self.holder.pid)}`"
        return (
            f"another kiosk is already running on screen {self.screen}{who}; {stop}, or leave it from its "
            "admin screen. If two kiosks start at every login, both the systemd service and the desktop's "
            "autostart are set up: keep only one (docs/deploy.md, step 7)"
        )


@dataclass
class ScreenLock:
    """Held while the kiosk shows on its screen: the open file is the lock, so it is released by
    `release`, when the ScreenLock is dropped, or by the kernel when the process ends in any way."""

    path: Path
    file: IO[str]

    def release(self) -> None:
        self.file.close()


def lock_screen(folder: Path, display: str, screen: int) -> ScreenLock:
    """Take screen `screen` of `display` for this process, or raise ScreenTaken naming the kiosk that has it.

    Raises OSError when the lock file cannot be made at all (the caller decides whether to run unguarded).
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_file_name_part(display)}-screen-{screen}.lock"
    file = path.open("a+", encoding="utf-8")
    try:
        if not _try_lock(file):
            file.seek(0)
            raise ScreenTaken(screen, _read_holder(file.read()))
        file.seek(0)
        file.truncate()
        file.write(f"{os.getpid()}\n{time.time():.0f}\n")
        file.flush()
    except BaseException:
        file.close()
        raise
    return ScreenLock(path, file)


def _try_lock(file: IO[str]) -> bool:
    """Lock `file` for this process without waiting; False when another process has it."""
    if sys.platform == "win32":
        import msvcrt

        file.seek(_WINDOWS_LOCKED_OFFSET)
        try:
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(text: str) -> Holder | None:
    try:
        pid, started = text.split()
        return Holder(int(pid), float(started))
    except ValueError:  # empty: the other kiosk took the lock a moment ago and is writing itself down
        return None


def _when(started: float) -> str:
    """10:02 for today, 2025-03-01 10:02 for another day."""
    moment = time.localtime(started)
    same_day = time.localtime()[:3] == moment[:3]
    return time.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M", moment)


def _stop_command(pid: int) -> str:
    return f"taskkill /PID {pid}" if sys.platform == "win32" else f"kill {pid}"


def _file_name_part(text: str) -> str:
    """`text` (a display such as ":0" or "wayland-0") as safe characters for a file name."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "display"
