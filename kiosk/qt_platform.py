"""What the graphics hardware offers Qt Quick: one answer for `kiosk run` and `kiosk doctor`.

Importing this module does not import Qt: the doctor uses it in its own process,
which must survive a machine where Qt cannot start; only `probe_opengl` starts Qt.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

#: glGetString names (GL/gl.h).
_GL_RENDERER = 0x1F01
_GL_VERSION = 0x1F02
#: Words in the GL_RENDERER of Mesa's OpenGL drivers that draw with the processor, not a graphics card.
_PROCESSOR_DRIVERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer")
#: Where Qt Quick's default GPU API is not OpenGL; every such machine has it, so no probe is needed there.
_NATIVE_GPU_APIS = {"win32": "Direct3D 11", "darwin": "Metal"}


def emulated_on_processor(renderer: str) -> bool:
    """Whether the OpenGL driver named in `renderer` (GL_RENDERER) draws with the processor, not a graphics card.

    On such a driver Qt Quick's own software renderer is faster and lighter.
    """
    lowered = renderer.lower()
    return any(name in lowered for name in _PROCESSOR_DRIVERS)


def native_gpu_api(platform: str = sys.platform) -> str | None:
    """The GPU API Qt Quick draws with by default on `platform` when it is not OpenGL (Direct3D, Metal), else None."""
    return _NATIVE_GPU_APIS.get(platform)


@dataclass(frozen=True)
class OpenGLDriver:
    """What an OpenGL context says about its driver, or, with `renderer` None, why no context can draw."""

    renderer: str | None = None
    version: str = ""
    problem: str = ""


def probe_opengl() -> OpenGLDriver:
    """Ask one OpenGL context which driver draws. Needs the QGuiApplication."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    context = QOpenGLContext()
    if not context.create():
        return OpenGLDriver(problem="no OpenGL context can be created")
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return OpenGLDriver(problem="OpenGL cannot draw on this display")
        functions = context.functions()
        driver = OpenGLDriver(
            functions.glGetString(_GL_RENDERER) or "an unknown driver", functions.glGetString(_GL_VERSION) or "unknown"
        )
        context.doneCurrent()
    finally:
        surface.destroy()
    return driver
