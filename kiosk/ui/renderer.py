"""Which renderer Qt Quick draws with, and what happens when it cannot draw.

The one place that picks Qt Quick's renderer: before the first window, "auto"
keeps the GPU unless the OpenGL probe (kiosk.qt_platform) finds none or only an
emulated one. Should the GPU fail anyway once the window draws, the kiosk starts
itself again with the software renderer, once, so an unattended screen comes back.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import NoReturn

from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.locations import kiosk_command
from kiosk.qt_platform import OpenGLDriver, emulated_on_processor, native_gpu_api, probe_opengl

log = logging.getLogger(__name__)


def gpu_problem(probe: Callable[[], OpenGLDriver] = probe_opengl) -> str | None:
    """Why Qt Quick's GPU renderer would fail or crawl here, or None when it can be used.

    Needs the QGuiApplication and must run before the first window exists. On
    Windows and macOS Qt draws with Direct3D or Metal, which every machine has,
    so only elsewhere does `probe` ask OpenGL for its driver.
    """
    if native_gpu_api() is not None:
        return None
    driver = probe()
    if driver.renderer is None:
        return driver.problem
    if emulated_on_processor(driver.renderer):
        return f"OpenGL is only emulated on the processor ({driver.renderer})"
    return None


def choose_renderer(renderer: str, probe: Callable[[], OpenGLDriver] = probe_opengl) -> str:
    """Pick Qt Quick's renderer before the window exists; returns what was chosen, for the log.

    "software" and "opengl" are honoured as asked; "auto" keeps Qt's GPU renderer
    (returns "gpu") unless `gpu_problem` finds a reason not to in what `probe`
    reports, then falls back to the software renderer. QT_QUICK_BACKEND in the
    environment wins over all of them.
    """
    backend = os.environ.get("QT_QUICK_BACKEND")
    if backend:
        log.info("renderer: %s, from QT_QUICK_BACKEND in the environment", backend)
        return backend
    if renderer == "auto":
        problem = gpu_problem(probe)
        if problem is None:
            log.info("renderer: Qt's default GPU renderer")
            return "gpu"
        log.warning("%s; using Qt Quick's software renderer", problem)
        renderer = "software"
    if renderer != "software":
        QQuickWindow.setSceneGraphBackend("")  # leave the software backend, should anything have chosen it
    api = QSGRendererInterface.GraphicsApi
    QQuickWindow.setGraphicsApi(api.Software if renderer == "software" else api.OpenGL)
    log.info("renderer: %s", renderer)
    return renderer


def _this_command() -> list[str]:
    """The command line that started this process, to start it again: the packaged app runs itself;
    from source, Python comes back with its own options and script (or -m kiosk), which sys.argv lacks."""
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    return [sys.executable, *arguments]


def scene_graph_failed(
    error: QQuickWindow.SceneGraphError,
    message: str,
    chosen: str,
    restart: Callable[[str, list[str], Mapping[str, str]], NoReturn] = os.execve,
) -> int:
    """The renderer could not start, so the screen would stay blank: returns the exit code, 3, unless it restarts.

    `chosen` is what `choose_renderer` returned. When "auto" kept the GPU ("gpu")
    and the GPU fails anyway (a driver that passes the probe, not Qt Quick),
    `restart` starts the same command again with QT_QUICK_BACKEND=software, so an
    unattended kiosk comes back by itself. That happens once: with the variable
    set, `choose_renderer` returns "software" and a failure ends here with the fix.
    """
    if chosen == "gpu":
        log.error(
            "the GPU cannot draw the screen (%s: %s); restarting with Qt Quick's software renderer", error.name, message
        )
        command = _this_command()
        try:
            restart(command[0], command, {**os.environ, "QT_QUICK_BACKEND": "software"})
        except OSError as problem:
            log.error("cannot restart %s (%s)", command[0], problem.strerror)
    log.error(
        "the screen cannot be drawn (%s: %s). Start with `%s`, "
        'or put renderer = "software" under [display] in kiosk.toml',
        error.name,
        message,
        kiosk_command("run", "--renderer", "software"),
    )
    return 3
