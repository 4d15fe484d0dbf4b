"""Logging for a kiosk nobody watches: a rotating file in the platform's state folder.

An exception in the UI layer is written to the log with its traceback and the
kiosk carries on; the visitor never sees a traceback and the screen never goes away.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths

log = logging.getLogger("kiosk")

LOG_FILE_BYTES = 1_000_000
LOG_FILES_KEPT = 5


class _TerminalFormatter(logging.Formatter):
    """One line per message on the terminal; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        message = f"kiosk: {record.getMessage()}"
        return message + " (details in the log file)" if record.exc_info else message


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
    sys.excepthook = _log_uncaught_exception

    folder = folder or log_folder()
    path = folder / "kiosk.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8")
    except OSError as problem:
        log.warning("cannot write the log file %s (%s); logging to the terminal only", path, problem.strerror)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path


def _log_uncaught_exception(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    """Qt calls back into Python from its event loop; an error there is logged, not fatal."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    log.error("unexpected error in the kiosk (it keeps running)", exc_info=(kind, value, traceback))
