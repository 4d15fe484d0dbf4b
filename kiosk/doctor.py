"""`kiosk doctor`: check what makes a kiosk fail on site, and say how to fix each thing.

Every check prints one line, ``OK``, ``WARN`` or ``FAIL``, with what was found
and, when something is wrong, the fix in plain words. Qt is only ever started in
a child process (the "probe"): when Qt cannot load its platform plugin it aborts
the whole process, and the doctor must survive that to explain it. What can be
told without starting Qt (the platform plugin, its libraries, the display server)
lives in `kiosk.qt_platform`, shared with `kiosk run`.
"""

from __future__ import annotations

import json
import os
import re
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
from kiosk.qt_platform import (
    emulated_on_processor,
    native_gpu_api,
    platform_problem_for,
    probe_opengl,
    requested_platforms,
)

#: The longest the Qt probe may take (starting Qt, one OpenGL context, fonts).
PROBE_TIMEOUT_S = 60.0

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
            probe_command(fonts),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
            stdin=subprocess.DEVNULL,
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
    problem = next((p for p in (platform_problem_for(name, env) for name in names) if p), None) if linux else None
    if problem:
        return Finding(item, Status.FAIL, problem.detail, problem.fix)
    last = (
        " / ".join(line.strip() for line in result.stderr.strip().splitlines()[-3:]) or f"exit code {result.returncode}"
    )
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
        return Finding(
            item,
            Status.FAIL,
            "no screen is connected",
            f"connect and switch on the screen, then run `{kiosk_command('doctor')}` again",
        )
    sizes = ", ".join(
        f"{n}: {s['width']}x{s['height']}" + (f" ({s['name']})" if s["name"] else "") for n, s in enumerate(screens)
    )
    if result.report["platform"] in _NO_SCREEN_PLATFORMS:
        return Finding(
            item,
            Status.WARN,
            f'no real screen: Qt runs on the "{result.report["platform"]}" platform ({sizes})',
            f"unset QT_QPA_PLATFORM and run `{kiosk_command('doctor')}` on the kiosk's own screen",
        )
    smallest = min(screens, key=lambda s: s["width"] * s["height"])
    if smallest["width"] < 1024 or smallest["height"] < 600:
        return Finding(
            item,
            Status.WARN,
            f"{sizes}: smaller than 1024x600, text will be cramped",
            "set the screen to its full resolution",
        )
    choice = f" (choose one with `{kiosk_command('run', '--screen', 'N')}`)" if len(screens) > 1 else ""
    return Finding(item, Status.OK, sizes + choice)


def check_rendering(
    result: ProbeResult, renderer: str, environ: dict[str, str] | None = None, platform: str = sys.platform
) -> Finding:
    """What `kiosk run` will draw with (kiosk.ui.renderer.choose_renderer), and whether that can work here."""
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
            + (
                "this computer has no working OpenGL"
                if opengl is None
                else f"OpenGL is only emulated on the processor ({opengl})"
            ),
            'set renderer = "auto" (or "software") under [display] in kiosk.toml',
        )
    native = native_gpu_api(platform)
    if renderer == "auto" and native is not None:
        return Finding(item, Status.OK, f"Qt's default GPU renderer, {native} on this system; {found}")
    if opengl is None or emulated:
        return Finding(
            item,
            Status.OK,
            f"software renderer, as this computer has {'no OpenGL' if opengl is None else 'no graphics card: ' + found}",
        )
    return Finding(item, Status.OK, f"graphics card: {opengl}")


def bundled_fonts() -> list[Path]:
    return sorted((assets_dir() / "fonts").glob("*.ttf"))


def check_fonts(result: ProbeResult, expected: list[Path], custom: Path | None) -> Finding:
    item = "Fonts"
    if not expected:
        return Finding(
            item, Status.FAIL, f"the bundled fonts are missing from {assets_dir() / 'fonts'}", "reinstall the kiosk app"
        )
    if result.report is None:
        return _not_checked(item)
    loaded = result.report["fonts"]
    broken = [Path(path).name for path in map(str, expected) if not loaded.get(path)]
    if broken:
        return Finding(
            item, Status.FAIL, f"cannot read the bundled font(s) {', '.join(broken)}", "reinstall the kiosk app"
        )
    families = sorted({family for path in map(str, expected) for family in loaded[path]})
    if custom is not None and not loaded.get(str(custom)):
        return Finding(
            item,
            Status.WARN,
            f"the content's font {custom} cannot be read; the kiosk shows Noto Sans instead",
            "use a .ttf or .otf file for `font` in kiosk.toml, or remove that line",
        )
    if sys.platform.startswith("linux") and (
        "Fontconfig error" in result.stderr or not Path("/etc/fonts/fonts.conf").is_file()
    ):
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
        return Finding(
            item,
            Status.WARN,
            f"{detail}, {len(deck.warnings)} warning(s)",
            f"run `{kiosk_command('check', folder)}` to see them",
        )
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
