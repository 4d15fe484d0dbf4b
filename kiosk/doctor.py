"""`kiosk doctor`: check what makes a kiosk fail on site, and say how to fix each thing.

Every check prints one line, ``OK``, ``WARN`` or ``FAIL``, with what was found
and, when something is wrong, the fix in plain words. Qt is only ever started in
a child process (the "probe"): when Qt cannot load its platform plugin it aborts
the whole process, and the doctor must survive that to explain it.

`platform_problem()` is the cheap part of the same diagnosis, without starting
Qt: `kiosk run` and `kiosk render` call it when Qt has just failed to start (its
fatal message, or PySide6.QtGui failing to import), to print the cause and its
fix instead of Qt's abort.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.locations import assets_dir, kiosk_command
from kiosk.rendering import emulated_on_processor, native_gpu_api, probe_opengl

#: The longest the Qt probe may take (starting Qt, one OpenGL context, fonts).
PROBE_TIMEOUT_S = 60.0

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
#: Platforms that show nothing on a screen at all (eglfs and linuxfb drive a real one without a display server).
_NO_SCREEN_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc"})


class Status(StrEnum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    """One checked item: what was found and, unless it is fine, what to do about it."""

    item: str
    status: Status
    detail: str
    fix: str = ""

    def format(self) -> str:
        line = f"{self.status:<4}  {self.item}: {self.detail}"
        return line + (f"\n      fix: {self.fix}" if self.fix else "")


# ---------------------------------------------------------------------------
# The platform plugin, without Qt: what `kiosk run` explains when Qt cannot start.


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
    names = {path.name[len("libq") : -len(".so")] for folder in qt_plugin_dirs() for path in (folder / "platforms").glob("libq*.so")}
    return sorted(names)


def qt_gui_module() -> Path | None:
    """The PySide6.QtGui extension module: the first thing that needs the system's graphics libraries."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6.QtGui")
    return Path(spec.origin) if spec is not None and spec.origin and Path(spec.origin).is_file() else None


def _platform_problem_for(name: str, environ: dict[str, str]) -> PlatformProblem | None:
    plugin = platform_plugin_file(name)
    if plugin is None:
        return PlatformProblem(
            f'this kiosk has no Qt platform plugin "{name}" (it has: {", ".join(available_platforms()) or "none"})',
            "unset QT_QPA_PLATFORM, or reinstall the kiosk app" if environ.get("QT_QPA_PLATFORM") else "reinstall the kiosk app",
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
        problem = _platform_problem_for(name, env)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0].message() if problems else None


def cannot_start_message(fallback: str) -> str:
    """What `kiosk run` and `kiosk render` print when Qt cannot start: the cause and its fix when
    `platform_problem` can tell, else `fallback`; then where to look further."""
    return f"kiosk: the kiosk cannot start: {platform_problem() or fallback}\nRun `{kiosk_command('doctor')}` for a full check."


# ---------------------------------------------------------------------------
# The probe: the child process that starts Qt and reports what it found.


def run_probe(fonts: list[Path]) -> int:
    """`kiosk doctor --probe`: start Qt, print what it found as one JSON object."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    QCoreApplication.setApplicationName("kiosk")
    app = QGuiApplication(sys.argv[:1])
    driver = probe_opengl()
    report: dict[str, Any] = {
        "platform": app.platformName(),
        "screens": [
            {"name": screen.name(), "width": screen.size().width(), "height": screen.size().height()}
            for screen in app.screens()
        ],
        "opengl": f"{driver.renderer} (OpenGL {driver.version})" if driver.renderer else None,
        "fonts": {},
    }
    for path in fonts:
        font_id = QFontDatabase.addApplicationFont(str(path))
        report["fonts"][str(path)] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    print(json.dumps(report))
    return 0


def probe_command(fonts: list[Path]) -> list[str]:
    """This very program started as the probe: the frozen app runs itself, the source tree runs -m kiosk."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
    return [*program, "doctor", "--probe", *(f"--font={path}" for path in fonts)]


@dataclass(frozen=True)
class ProbeResult:
    report: dict[str, Any] | None
    stderr: str
    returncode: int | None


def probe(fonts: list[Path], timeout_s: float = PROBE_TIMEOUT_S) -> ProbeResult:
    """Run the probe in a child process, so a Qt abort cannot take the doctor down."""
    try:
        done = subprocess.run(
            probe_command(fonts), capture_output=True, text=True, timeout=timeout_s, check=False, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        return ProbeResult(None, f"Qt did not start within {timeout_s:.0f} s", None)
    except OSError as problem:
        return ProbeResult(None, f"cannot start {sys.executable}: {problem.strerror}", None)
    report = None
    if done.returncode == 0:
        for line in reversed(done.stdout.splitlines()):
            try:
                report = json.loads(line)
                break
            except ValueError:
                continue
    return ProbeResult(report, done.stderr, done.returncode)


# ---------------------------------------------------------------------------
# The checks.


def check_platform(result: ProbeResult, environ: dict[str, str] | None = None) -> Finding:
    item = "Qt platform plugin"
    if result.report is not None:
        return Finding(item, Status.OK, f'"{result.report["platform"]}" loads')
    env = dict(os.environ if environ is None else environ)
    tried = re.search(r'Could not load the Qt platform plugin "([^"]+)"', result.stderr)
    names = [tried.group(1)] if tried else requested_platforms(env)
    linux = sys.platform.startswith("linux")  # the plugin files, ldd and the packages to install are Linux's
    problem = next((p for p in (_platform_problem_for(name, env) for name in names) if p), None) if linux else None
    if problem:
        return Finding(item, Status.FAIL, problem.detail, problem.fix)
    last = " / ".join(line.strip() for line in result.stderr.strip().splitlines()[-3:]) or f"exit code {result.returncode}"
    return Finding(
        item,
        Status.FAIL,
        f"Qt could not start: {last}",
        "run `QT_DEBUG_PLUGINS=1 kiosk doctor` and send the output with the log folder to whoever supports the kiosk",
    )


def _not_checked(item: str) -> Finding:
    return Finding(item, Status.FAIL, "not checked: Qt could not start (fix the platform plugin first)")


def check_screens(result: ProbeResult) -> Finding:
    item = "Screen"
    if result.report is None:
        return _not_checked(item)
    screens = result.report["screens"]
    if not screens:
        return Finding(item, Status.FAIL, "no screen is connected", f"connect and switch on the screen, then run `{kiosk_command('doctor')}` again")
    sizes = ", ".join(f"{n}: {s['width']}x{s['height']}" + (f" ({s['name']})" if s["name"] else "") for n, s in enumerate(screens))
    if result.report["platform"] in _NO_SCREEN_PLATFORMS:
        return Finding(
            item,
            Status.WARN,
            f"no real screen: Qt runs on the \"{result.report['platform']}\" platform ({sizes})",
            f"unset QT_QPA_PLATFORM and run `{kiosk_command('doctor')}` on the kiosk's own screen",
        )
    smallest = min(screens, key=lambda s: s["width"] * s["height"])
    if smallest["width"] < 1024 or smallest["height"] < 600:
        return Finding(item, Status.WARN, f"{sizes}: smaller than 1024x600, text will be cramped", "set the screen to its full resolution")
    choice = f" (choose one with `{kiosk_command('run', '--screen', 'N')}`)" if len(screens) > 1 else ""
    return Finding(item, Status.OK, sizes + choice)


def check_rendering(
    result: ProbeResult, renderer: str, environ: dict[str, str] | None = None, platform: str = sys.platform
) -> Finding:
    """What `kiosk run` will draw with (kiosk.ui.app.choose_renderer), and whether that can work here."""
    item = "Rendering"
    env = os.environ if environ is None else environ
    if result.report is None:
        return _not_checked(item)
    opengl = result.report["opengl"]
    found = f"OpenGL: {opengl}" if opengl else "no OpenGL"
    if env.get("QT_QUICK_BACKEND") == "software":
        return Finding(item, Status.OK, f"software renderer (QT_QUICK_BACKEND=software); {found}")
    if renderer == "software":
        return Finding(item, Status.OK, f'software renderer (kiosk.toml: renderer = "software"); {found}')
    emulated = opengl is not None and emulated_on_processor(opengl)
    if renderer == "opengl" and (opengl is None or emulated):
        return Finding(
            item,
            Status.FAIL if opengl is None else Status.WARN,
            'kiosk.toml asks for renderer = "opengl" but '
            + ("this computer has no working OpenGL" if opengl is None else f"OpenGL is only emulated on the processor ({opengl})"),
            'set renderer = "auto" (or "software") under [display] in kiosk.toml',
        )
    native = native_gpu_api(platform)
    if renderer == "auto" and native is not None:
        return Finding(item, Status.OK, f"Qt's default GPU renderer, {native} on this system; {found}")
    if opengl is None or emulated:
        return Finding(item, Status.OK, f"software renderer, as this computer has {'no OpenGL' if opengl is None else 'no graphics card: ' + found}")
    return Finding(item, Status.OK, f"graphics card: {opengl}")


def bundled_fonts() -> list[Path]:
    return sorted((assets_dir() / "fonts").glob("*.ttf"))


def check_fonts(result: ProbeResult, expected: list[Path], custom: Path | None) -> Finding:
    item = "Fonts"
    if not expected:
        return Finding(item, Status.FAIL, f"the bundled fonts are missing from {assets_dir() / 'fonts'}", "reinstall the kiosk app")
    if result.report is None:
        return _not_checked(item)
    loaded = result.report["fonts"]
    broken = [Path(path).name for path in map(str, expected) if not loaded.get(path)]
    if broken:
        return Finding(item, Status.FAIL, f"cannot read the bundled font(s) {', '.join(broken)}", "reinstall the kiosk app")
    families = sorted({family for path in map(str, expected) for family in loaded[path]})
    if custom is not None and not loaded.get(str(custom)):
        return Finding(
            item,
            Status.WARN,
            f"the content's font {custom} cannot be read; the kiosk shows Noto Sans instead",
            "use a .ttf or .otf file for `font` in kiosk.toml, or remove that line",
        )
    if sys.platform.startswith("linux") and ("Fontconfig error" in result.stderr or not Path("/etc/fonts/fonts.conf").is_file()):
        return Finding(
            item,
            Status.WARN,
            f"bundled fonts load ({', '.join(families)}) but fontconfig has no configuration",
            "sudo apt-get install fontconfig-config fonts-dejavu-core",
        )
    return Finding(item, Status.OK, f"{', '.join(families)}" + (f" and {custom.name}" if custom else ""))


def check_content(folder: Path, deck: Deck) -> Finding:
    item = "Content"
    if deck.errors:
        first = deck.errors[0]
        return Finding(
            item,
            Status.FAIL,
            f"{folder}: {len(deck.errors)} error(s), e.g. {first.format()}",
            f"run `{kiosk_command('check', folder)}` and fix each line it prints",
        )
    panels = sum(len(language.panels) for language in deck.languages)
    detail = f"{folder}: {panels} panel(s) in {len(deck.languages)} language(s)"
    if deck.warnings:
        return Finding(item, Status.WARN, f"{detail}, {len(deck.warnings)} warning(s)", f"run `{kiosk_command('check', folder)}` to see them")
    return Finding(item, Status.OK, detail)


def check_admin_pin(folder: Path, deck: Deck) -> Finding:
    """Without a PIN nobody can leave the full-screen kiosk from its screen (e.g. after copying a new kiosk.toml)."""
    item = "Admin PIN"
    if deck.settings.admin.pin_hash:
        return Finding(item, Status.OK, "set")
    return Finding(
        item,
        Status.WARN,
        "not set: staff cannot open the admin screen, nor leave the full-screen kiosk from its screen",
        f"run `{kiosk_command('set-pin', folder)}`",
    )


def check_writable(item: str, folder: Path, fix: str) -> Finding:
    """Whether a file can be written in `folder` (created if needed), by trying it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kiosk-doctor-"):
            pass
    except OSError as problem:
        reason = problem.strerror or str(problem)
        return Finding(item, Status.FAIL, f"cannot write in {folder} ({reason})", fix)
    return Finding(item, Status.OK, f"{folder} is writable")


def default_log_folder() -> Path:
    """Where `kiosk run` writes its log (kiosk.ui.logs.log_folder, with the kiosk's application name)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.ui.logs import log_folder

    QCoreApplication.setApplicationName("kiosk")
    return log_folder()


def diagnose(folder: Path, *, log_dir: Path | None = None) -> list[Finding]:
    """Every check, in the order a person setting up the kiosk fixes things."""
    deck = load_deck(folder)
    expected = bundled_fonts()
    custom = deck.settings.theme.font
    result = probe(expected + ([custom] if custom else []))
    logs = log_dir or default_log_folder()
    return [
        check_platform(result),
        check_screens(result),
        check_rendering(result, deck.settings.renderer),
        check_fonts(result, expected, custom),
        check_content(folder, deck),
        check_admin_pin(folder, deck),
        check_writable(
            "Log folder",
            logs,
            f"make {logs} writable for the user who runs the kiosk"
            + (f" (e.g. sudo chown -R $USER {logs.parent})" if os.name == "posix" else " (Properties, Security)"),
        ),
        _content_writable(folder),
    ]


def _content_writable(folder: Path) -> Finding:
    """A read-only content folder still shows; only editing and `kiosk set-pin` need to write.

    Checked without writing a file: a running kiosk would take one as an edit and reload.
    """
    item = "Content folder writable"
    if folder.is_dir() and os.access(folder, os.W_OK):
        return Finding(item, Status.OK, f"{folder} is writable")
    return Finding(
        item,
        Status.WARN,
        f"cannot write in {folder}",
        f"only needed to edit content or run `{kiosk_command('set-pin')}` here: make {folder} writable, or edit a copy",
    )


def run_doctor(folder: Path, *, log_dir: Path | None = None) -> int:
    """`kiosk doctor`: print every finding; 0 when nothing fails (warnings allowed), 1 otherwise."""
    findings = diagnose(folder, log_dir=log_dir)
    for finding in findings:
        print(finding.format())
    failures = sum(finding.status is Status.FAIL for finding in findings)
    warnings = sum(finding.status is Status.WARN for finding in findings)
    if failures:
        print(f"kiosk doctor: {failures} problem(s) to fix, {warnings} warning(s)")
        return 1
    print(f"kiosk doctor: ready to run ({warnings} warning(s))" if warnings else "kiosk doctor: ready to run")
    return 0
