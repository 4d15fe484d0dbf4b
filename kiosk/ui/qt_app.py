"""The one Qt application of a kiosk process, and what the process sets up around it.

Everything here is process-wide and happens once: Qt's environment before the
application exists, the application itself with the bundled fonts, the handler
that turns Qt's fatal start-up message into a fix instead of an abort, and glibc's
memory setting for pictures. `kiosk run`, `kiosk render` and the tests all start Qt
through `application()`.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

from kiosk.qt_platform import cannot_start_message
from kiosk.ui.fonts import register_bundled_fonts


def prepare_environment(*, offscreen: bool = False, software: bool = False) -> None:
    """Qt settings that must exist before the application does; what the user set wins."""
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if software:
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def application() -> QGuiApplication:
    """The running Qt application, created once, with the bundled fonts registered."""
    app = QGuiApplication.instance()
    if app is None:
        previous = qInstallMessageHandler(_explain_platform_abort)
        try:
            app = QGuiApplication(sys.argv[:1])
        finally:
            qInstallMessageHandler(previous)
        app.setApplicationName("kiosk")
        app.setApplicationDisplayName("Kiosk")
    register_bundled_fonts()
    return app  # type: ignore[return-value]


#: glibc's mallopt parameter for the size above which blocks are mmapped (malloc.h).
_M_MMAP_THRESHOLD = -3


@functools.cache
def hand_large_blocks_back_to_the_system() -> None:
    """On glibc, keep picture-sized blocks mmapped, so freeing a picture gives its memory back.

    glibc raises its mmap threshold the first time a large block is freed; from then
    on decoded pictures come from the heap, which keeps their pages: resident memory
    steps up by about 25 MB and stays there (docs/performance.md, "Long-run stability").
    A fixed threshold turns that adjustment off, whenever it is set. Elsewhere this does
    nothing. Once per process, after the first frame: called when the application is
    created instead, the shortened soak test (tests/soak) saw resident memory grow by
    almost 10 MB over its run, against under 6 MB.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):  # not glibc (musl has no libc.so.6)
        return


def _explain_platform_abort(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages while the application starts; its fatal one becomes a fix instead of an abort.

    When no platform plugin can start (no screen, a missing system library) Qt
    logs a fatal message and aborts the process. This says what is wrong and how
    to fix it, then exits with 2 before Qt's abort can happen.
    """
    if kind != QtMsgType.QtFatalMsg:
        print(message, file=sys.stderr, flush=True)
        return
    print(cannot_start_message(f"Qt could not open a window ({message.splitlines()[0]})."), file=sys.stderr, flush=True)
    os._exit(2)
