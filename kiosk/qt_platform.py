"""What this machine offers Qt, told without starting Qt: one answer for `kiosk run` and `kiosk doctor`.

Two questions: what the graphics hardware offers Qt Quick (OpenGL driven by a
graphics card, or only emulated on the processor), and why Qt's platform plugin
cannot start (a missing plugin or system library, no display server).

Importing this module does not import Qt: the doctor uses it in its own process,
which must survive a machine where Qt cannot start; only `probe_opengl` starts Qt,
and `qt_plugin_dirs` asks Qt where its plugins are. `platform_problem()` is the
cheap part of the doctor's diagnosis: `kiosk run` and `kiosk render` call it (through
`cannot_start_message`) when Qt has just failed to start (its fatal message, or
PySide6.QtGui failing to import), to print the cause and its fix instead of Qt's abort.
It sits below both `kiosk.doctor` and `kiosk.ui`, so neither imports the other for it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.locations import kiosk_command

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


# ---------------------------------------------------------------------------
# The platform plugin, without Qt: what `kiosk run` explains when Qt cannot start.


#: Shared libraries Qt's platform plugins need, and the Debian 12 / Ubuntu package that has each.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}

#: Platforms that draw into memory or a framebuffer: no display server to reach.
_HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "minimalegl"})


def requested_platforms(environ: dict[str, str] | None = None) -> list[str]:
    """The platform plugins Qt will try, in order, as Qt itself chooses them on Linux."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def qt_plugin_dirs() -> list[Path]:
    """Where Qt looks for plugins: QT_PLUGIN_PATH (set by the packaged app), then Qt's own folder."""
    folders = [Path(part) for part in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if part]
    from PySide6.QtCore import QLibraryInfo

    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return folders


def platform_plugin_file(name: str) -> Path | None:
    for folder in qt_plugin_dirs():
        candidate = folder / "platforms" / f"libq{name}.so"
        if candidate.is_file():
            return candidate
    return None


def missing_libraries(plugin: Path) -> list[str] | None:
    """The shared libraries `plugin` needs that this system lacks (via ldd); None when ldd is unavailable."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_ldd_missing(result.stdout)


def parse_ldd_missing(ldd_output: str) -> list[str]:
    """The library names ldd reported as ``not found``, each once, in order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        match = re.match(r"\s*(\S+)\s+=>\s+not found", line)
        if match and match.group(1) not in missing:
            missing.append(match.group(1))
    return missing


def install_command(libraries: list[str]) -> str:
    """The apt-get line that brings `libraries`, naming any library without a known package."""
    packages = sorted({DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES})
    unknown = [name for name in libraries if name not in DEBIAN_PACKAGES]
    parts = []
    if packages:
        parts.append(f"sudo apt-get install {' '.join(packages)}")
    if unknown:
        parts.append(f"install the packages that provide {', '.join(unknown)} (apt-file search NAME finds them)")
    return "; then ".join(parts)


def _display_unreachable(environ: dict[str, str]) -> str | None:
    """Why the X server in DISPLAY cannot be reached, or None when it can (or cannot be told cheaply)."""
    display = environ.get("DISPLAY", "")
    if not display:
        return "DISPLAY is not set, so there is no X screen to show the kiosk on"
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if match is None:
        return None
    number = match.group(1)
    for address in (f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(1.0)
            try:
                connection.connect(address)
                return None
            except OSError:
                continue
    return f"no X server is running on DISPLAY={display}"


def _wayland_unreachable(environ: dict[str, str]) -> str | None:
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return "WAYLAND_DISPLAY is not set, so there is no Wayland screen to show the kiosk on"
    path = Path(name) if os.path.isabs(name) else Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return None if path.exists() else f"no Wayland compositor at {path}"


@dataclass(frozen=True)
class PlatformProblem:
    """Why a Qt platform plugin cannot start, and what to do about it."""

    detail: str
    fix: str

    def message(self) -> str:
        return f"{self.detail}.\nFix: {self.fix}."


def available_platforms() -> list[str]:
    names = {
        path.name[len("libq") : -len(".so")]
        for folder in qt_plugin_dirs()
        for path in (folder / "platforms").glob("libq*.so")
    }
    return sorted(names)


def qt_gui_module() -> Path | None:
    """The PySide6.QtGui extension module: the first thing that needs the system's graphics libraries."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6.QtGui")
    return Path(spec.origin) if spec is not None and spec.origin and Path(spec.origin).is_file() else None


def platform_problem_for(name: str, environ: dict[str, str]) -> PlatformProblem | None:
    plugin = platform_plugin_file(name)
    if plugin is None:
        return PlatformProblem(
            f'this kiosk has no Qt platform plugin "{name}" (it has: {", ".join(available_platforms()) or "none"})',
            "unset QT_QPA_PLATFORM, or reinstall the kiosk app"
            if environ.get("QT_QPA_PLATFORM")
            else "reinstall the kiosk app",
        )
    missing: list[str] = []
    for binary in (qt_gui_module(), plugin):
        for library in (missing_libraries(binary) or []) if binary is not None else []:
            if library not in missing:
                missing.append(library)
    if missing:
        return PlatformProblem(
            f'the Qt platform plugin "{name}" cannot load: this system lacks {", ".join(missing)}',
            install_command(missing),
        )
    if name in _HEADLESS_PLATFORMS:
        return None
    unreachable = {"xcb": _display_unreachable, "wayland": _wayland_unreachable}.get(name)
    problem = unreachable(environ) if unreachable is not None else None
    if problem:
        return PlatformProblem(
            problem,
            "start the kiosk from the desktop session of the user who is logged in "
            f"(docs/deploy.md, 'Start the kiosk automatically'), and run `{kiosk_command('doctor')}` there",
        )
    return None


def platform_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why Qt cannot start for want of its platform plugin, or None when nothing explains it.

    Works even when PySide6.QtGui cannot be imported (a system without its graphics
    libraries): no Qt start, two `ldd` runs and one socket connect, a few tens of
    milliseconds. It only speaks for Linux, and says nothing when it cannot tell
    (no ldd, a remote DISPLAY).
    """
    if not sys.platform.startswith("linux"):
        return None
    env = dict(os.environ if environ is None else environ)
    problems = []
    for name in requested_platforms(env):
        problem = platform_problem_for(name, env)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0].message() if problems else None


def cannot_start_message(fallback: str) -> str:
    """What `kiosk run` and `kiosk render` print when Qt cannot start: the cause and its fix when
    `platform_problem` can tell, else `fallback`; then where to look further."""
    return f"kiosk: the kiosk cannot start: {platform_problem() or fallback}\nRun `{kiosk_command('doctor')}` for a full check."
