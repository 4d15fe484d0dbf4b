"""Logging for a kiosk nobody watches: a rotating file in the platform's state folder.

An exception in the UI layer is written to the log with its traceback and the
kiosk carries on; the visitor never sees a traceback and the screen never goes away.
What the terminal says about it is true: an exception while the event loop runs
leaves the kiosk running, one before it means the kiosk could not start.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QStandardPaths

log = logging.getLogger("kiosk")

LOG_FILE_BYTES = 1_000_000
LOG_FILES_KEPT = 5


class _TerminalFormatter(logging.Formatter):
    """One line per message on the terminal; tracebacks go to the log file only (the message says where)."""

    def format(self, record: logging.LogRecord) -> str:
        return f"kiosk: {record.getMessage()}"


class _Phase(Enum):
    STARTING = "starting"
    RUNNING = "running"
    STOPPED = "stopped"


@dataclass
class _Run:
    """Where this run of the kiosk is, for what an uncaught exception means (see `event_loop_running`)."""

    log_file: Path | None = None
    phase: _Phase = _Phase.STARTING
    start_failed: bool = False


_run = _Run()


class _LogFile(RotatingFileHandler):
    """The rotating log file, for a kiosk that must keep running when it cannot be written.

    logging's own handlers print "--- Logging error ---" and a traceback to the
    terminal for every line they cannot write (a full disk, a log folder made
    read-only, a rotation that fails). This one says so once, in one plain line,
    drops what it cannot write, and tries the file again with each new line: a
    folder deleted while the kiosk runs is made again, and once lines can be written
    again it says so, and would report the next failure once more.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8")
        self._failing = False  # the last line could not be written
        self._written = False  # the line being emitted reached the file

    def _open(self) -> TextIO:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        self._close_if_gone()
        self._written = True
        super().emit(record)  # calls handleError when the line cannot be written
        if self._written and self._failing:
            self._failing = False
            _tell_the_terminal(f"kiosk: the log file {self.baseFilename} can be written again")

    def handleError(self, record: logging.LogRecord) -> None:
        self._written = False
        problem = sys.exc_info()[1]
        if not isinstance(problem, OSError):
            super().handleError(record)  # a mistake in a log call, not in the file: logging's report says where
            return
        self._drop_stream()
        if not self._failing:
            reason = problem.strerror or str(problem)
            if problem.filename and os.path.abspath(problem.filename) != self.baseFilename:
                reason = f"{problem.filename}: {reason}"
            _tell_the_terminal(
                f"kiosk: cannot write the log file {self.baseFilename} ({reason}); "
                "logging to the terminal only until it can"
            )
        self._failing = True

    def _close_if_gone(self) -> None:
        """Lines written to a file that was deleted or replaced are lost: open the one at the path again."""
        if self.stream is None:
            return
        try:
            at_path, open_file = os.stat(self.baseFilename), os.fstat(self.stream.fileno())
        except OSError:
            self._drop_stream()
            return
        if (at_path.st_dev, at_path.st_ino) != (open_file.st_dev, open_file.st_ino):
            self._drop_stream()

    def _drop_stream(self) -> None:
        """Close the file without writing what is still buffered (it may be what cannot be written)."""
        stream, self.stream = self.stream, None
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass


def _tell_the_terminal(line: str) -> None:
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):  # no terminal any more (closed, or a pipe nobody reads)
        pass


def log_folder() -> Path:
    """~/.local/state/kiosk/logs on Linux, %LOCALAPPDATA%/kiosk/logs on Windows."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)) / "logs"


def configure_logging(folder: Path | None = None) -> Path | None:
    """Log to stderr and to a rotating file; returns the file, or None when it cannot be written.

    Call after the Q(Gui)Application exists and has its application name, so the
    state folder is the kiosk's own.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(_TerminalFormatter())
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    global _run
    _run = _Run()
    sys.excepthook = _log_uncaught_exception

    folder = folder or log_folder()
    path = folder / "kiosk.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path)
    except OSError as problem:
        log.warning("cannot write the log file %s (%s); logging to the terminal only", path, problem.strerror)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    _run.log_file = path
    return path


@contextmanager
def event_loop_running() -> Iterator[None]:
    """Around the kiosk's event loop (`app.exec()`): inside, an uncaught exception leaves the kiosk running.

    Before it, an exception means the kiosk could not start: one that reaches the
    top ends the process (exit code 1), one in a Qt callback while the window is
    built is noted for `start_failed`. After it, the kiosk is stopping anyway.
    """
    _run.phase = _Phase.RUNNING
    try:
        yield
    finally:
        _run.phase = _Phase.STOPPED


def start_failed() -> bool:
    """Whether an exception in the kiosk's own code was reported before its event loop ran."""
    return _run.start_failed


#: The longest exception message the terminal gets in its one line; the log file has it all.
_SUMMARY_CHARACTERS = 200


def _log_uncaught_exception(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
    """sys.excepthook: PySide calls it for an exception in a slot, Python for one that reaches the top.

    The traceback goes to the log file; the terminal gets one line that is true for the
    phase the kiosk is in, naming the log file.
    """
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    details = f"details in {_run.log_file}" if _run.log_file else "no details, as the log file cannot be written"
    exc_info = (kind, value, traceback)
    if _run.phase is _Phase.RUNNING:
        log.error("unexpected error in the kiosk (it keeps running); %s", details, exc_info=exc_info)
    elif _run.phase is _Phase.STOPPED:
        log.error("unexpected error in the kiosk as it stopped; %s", details, exc_info=exc_info)
    else:
        _run.start_failed = True
        summary = " ".join(f"{kind.__name__}: {value}".split())
        if len(summary) > _SUMMARY_CHARACTERS:
            summary = summary[: _SUMMARY_CHARACTERS - 3] + "..."
        log.error(
            "the kiosk could not start because of a problem in the kiosk itself: %s; %s; please report it",
            summary,
            details,
            exc_info=exc_info,
        )
