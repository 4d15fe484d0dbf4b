"""`kiosk doctor`: one OK/WARN/FAIL line per thing that makes a kiosk fail on site, with the fix.

The Qt checks run the real probe in a child process (offscreen, as the test suite
runs); the platform-plugin diagnosis runs against real sockets and a stand-in
`ldd`, since a machine that lacks Qt's libraries cannot run this suite.
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_deck
from kiosk.doctor import (
    Finding,
    ProbeResult,
    Status,
    bundled_fonts,
    check_admin_pin,
    check_content,
    check_fonts,
    check_platform,
    check_rendering,
    check_screens,
    check_writable,
    probe,
)
from kiosk.locations import bundled_content_dir
from kiosk.qt_platform import install_command, parse_ldd_missing, platform_problem, requested_platforms

LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd3b5e2000)
\tlibQt6XcbQpa.so.6 => /opt/kiosk/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1c1a000000)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1c19c00000)
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def lines_with(output: str, prefix: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(prefix)]


@pytest.fixture(scope="module")
def offscreen_probe() -> ProbeResult:
    """One real probe for the module: Qt started in a child process on the offscreen platform."""
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    return probe(bundled_fonts())


@pytest.fixture
def fake_ldd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `ldd` first on PATH: the Wayland plugin lacks two libraries, every other file has all it needs."""
    folder = tmp_path / "bin"
    folder.mkdir()
    ldd = folder / "ldd"
    ldd.write_text(
        f"#!/bin/sh\ncase \"$1\" in\n*/libqwayland.so) cat <<'EOF'\n{LDD_TWO_MISSING}EOF\n;;\n"
        "*) echo '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1c19c00000)' ;;\nesac\n",
        encoding="utf-8",
    )
    ldd.chmod(ldd.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return ldd


@pytest.fixture
def x_server():
    """A listening abstract Unix socket where an X server for DISPLAY=:86 would be."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind("\0/tmp/.X11-unix/X86")
    server.listen()
    yield ":86"
    server.close()


@pytest.fixture
def wayland_socket(tmp_path: Path):
    """A listening Unix socket standing in for a Wayland compositor."""
    path = tmp_path / "wayland-0"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    yield path
    server.close()


# --- the whole command


def test_doctor_on_the_bundled_content_offscreen_exits_0_with_one_line_per_check(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert lines_with(out, "OK    Qt platform plugin:") == ['OK    Qt platform plugin: "offscreen" loads']
    assert lines_with(out, "WARN  Screen: no real screen")
    assert lines_with(out, "OK    Fonts: Noto Sans, Noto Sans Arabic")
    assert lines_with(out, f"OK    Content: {bundled_content_dir()}: 10 panel(s) in 2 language(s)")
    assert lines_with(out, f"OK    Log folder: {tmp_path / 'state' / 'kiosk' / 'logs'} is writable")
    assert lines_with(out, "WARN  Admin PIN: not set")  # the bundled deck ships without a PIN
    assert out.rstrip().endswith("kiosk doctor: ready to run (2 warning(s))")


def test_content_with_an_error_fails_and_names_kiosk_check(tmp_path, monkeypatch, capsys):
    folder = write(tmp_path / "content", {"en/01-a.md": "---\nlayout: poster\n---\nText.\n"})
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert main(["doctor", str(folder)]) == 1
    out = capsys.readouterr().out
    [line] = lines_with(out, "FAIL  Content:")
    assert f'{folder}: 1 error(s), e.g. en/01-a.md:2: error: the layout "poster" does not exist' in line
    assert f"      fix: run `kiosk check {folder}` and fix each line it prints" in out
    assert out.rstrip().endswith("kiosk doctor: 1 problem(s) to fix, 2 warning(s)")


def test_unwritable_log_folder_fails_with_the_folder_and_the_fix(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the state folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    [line] = lines_with(out, "FAIL  Log folder:")
    assert line == f"FAIL  Log folder: cannot write in {blocker / 'kiosk' / 'logs'} (Not a directory)"
    assert f"fix: make {blocker / 'kiosk' / 'logs'} writable for the user who runs the kiosk" in out


def test_no_display_fails_the_platform_and_says_where_to_start_the_kiosk(tmp_path, monkeypatch, capsys):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  Qt platform plugin: DISPLAY is not set, so there is no X screen to show the kiosk on" in out
    assert "fix: start the kiosk from the desktop session of the user who is logged in" in out
    assert "FAIL  Screen: not checked: Qt could not start (fix the platform plugin first)" in out
    assert lines_with(out, "OK    Content:")


def test_unknown_platform_survives_the_qt_abort_and_lists_the_platforms_there_are(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "nonesuch")
    result = probe(bundled_fonts())
    assert result.report is None and result.returncode != 0
    finding = check_platform(result)
    assert finding.status is Status.FAIL
    assert finding.detail.startswith('this kiosk has no Qt platform plugin "nonesuch" (it has: ')
    assert "offscreen" in finding.detail and "xcb" in finding.detail
    assert finding.fix == "unset QT_QPA_PLATFORM, or reinstall the kiosk app"


def test_on_windows_a_failed_qt_start_shows_what_qt_said_not_linux_plugin_advice(monkeypatch):
    monkeypatch.setattr("sys.platform", "win32")
    stderr = 'qt.qpa.plugin: Could not load the Qt platform plugin "windows" in "" even though it was found.\n'
    finding = check_platform(ProbeResult(None, stderr, 3), environ={})
    assert finding.status is Status.FAIL
    assert finding.detail == f"Qt could not start: {stderr.strip()}"
    assert "apt-get" not in finding.fix and "libq" not in finding.detail


# --- the Qt checks, from the real offscreen probe


def test_offscreen_platform_is_ok(offscreen_probe):
    assert check_platform(offscreen_probe) == Finding("Qt platform plugin", Status.OK, '"offscreen" loads')


def test_offscreen_is_not_a_real_screen(offscreen_probe):
    finding = check_screens(offscreen_probe)
    assert finding.status is Status.WARN
    assert finding.fix == "unset QT_QPA_PLATFORM and run `kiosk doctor` on the kiosk's own screen"


def test_bundled_fonts_load(offscreen_probe):
    assert check_fonts(offscreen_probe, bundled_fonts(), None) == Finding(
        "Fonts", Status.OK, "Noto Sans, Noto Sans Arabic"
    )


def test_an_unreadable_content_font_warns_and_says_what_shows_instead(tmp_path):
    font = tmp_path / "media" / "Brand.ttf"
    write(tmp_path, {"media/Brand.ttf": "not a font"})
    result = probe([*bundled_fonts(), font])
    finding = check_fonts(result, bundled_fonts(), font)
    assert finding.status is Status.WARN
    assert finding.detail == f"the content's font {font} cannot be read; the kiosk shows Noto Sans instead"


def test_missing_bundled_fonts_fail(offscreen_probe):
    finding = check_fonts(offscreen_probe, [], None)
    assert finding.status is Status.FAIL and finding.fix == "reinstall the kiosk app"


# --- rendering and screens, from what a probe reports


def reported(**facts) -> ProbeResult:
    report = {
        "platform": "xcb",
        "screens": [{"name": "HDMI-1", "width": 1920, "height": 1080}],
        "opengl": None,
        "fonts": {},
    }
    return ProbeResult({**report, **facts}, "", 0)


def test_processor_drawn_opengl_with_auto_is_ok_because_the_kiosk_draws_in_software():
    finding = check_rendering(reported(opengl="llvmpipe (LLVM 15.0.6, 256 bits) (OpenGL 4.5)"), "auto", environ={})
    assert finding == Finding(
        "Rendering",
        Status.OK,
        "software renderer, as this computer has no graphics card: OpenGL: llvmpipe (LLVM 15.0.6, 256 bits) (OpenGL 4.5)",
    )


def test_forced_opengl_on_processor_drawn_opengl_warns():
    finding = check_rendering(reported(opengl="llvmpipe (LLVM 15.0.6, 256 bits) (OpenGL 4.5)"), "opengl", environ={})
    assert finding.status is Status.WARN
    assert finding.fix == 'set renderer = "auto" (or "software") under [display] in kiosk.toml'


def test_forced_opengl_without_opengl_fails():
    finding = check_rendering(reported(opengl=None), "opengl", environ={})
    assert finding.status is Status.FAIL
    assert finding.detail == 'kiosk.toml asks for renderer = "opengl" but this computer has no working OpenGL'


def test_no_opengl_with_auto_is_ok_because_qt_falls_back_to_software():
    assert check_rendering(reported(opengl=None), "auto", environ={}).status is Status.OK


@pytest.mark.parametrize(("platform", "api"), [("win32", "Direct3D 11"), ("darwin", "Metal")])
def test_auto_on_windows_and_macos_draws_with_qt_s_default_gpu_api_even_without_opengl(platform, api):
    finding = check_rendering(reported(opengl=None), "auto", environ={}, platform=platform)
    assert finding == Finding("Rendering", Status.OK, f"Qt's default GPU renderer, {api} on this system; no OpenGL")


def test_a_graphics_card_is_ok():
    finding = check_rendering(reported(opengl="Mesa Intel(R) UHD Graphics 620 (OpenGL 4.6)"), "auto", environ={})
    assert finding == Finding("Rendering", Status.OK, "graphics card: Mesa Intel(R) UHD Graphics 620 (OpenGL 4.6)")


def test_two_screens_are_listed_with_how_to_choose():
    screens = [{"name": "eDP-1", "width": 1366, "height": 768}, {"name": "HDMI-1", "width": 1920, "height": 1080}]
    finding = check_screens(reported(screens=screens))
    assert finding == Finding(
        "Screen", Status.OK, "0: 1366x768 (eDP-1), 1: 1920x1080 (HDMI-1) (choose one with `kiosk run --screen N`)"
    )


def test_no_screen_fails():
    finding = check_screens(reported(screens=[]))
    assert finding.status is Status.FAIL and "no screen is connected" in finding.detail


# --- content and folders


def test_missing_content_folder_fails(tmp_path):
    folder = tmp_path / "nowhere"
    finding = check_content(folder, load_deck(folder))
    assert finding.status is Status.FAIL
    assert finding.fix == f"run `kiosk check {folder}` and fix each line it prints"


def test_content_warnings_warn(tmp_path):
    folder = write(tmp_path / "content", {"en/01-a.md": "---\nauthor: A\n---\nText.\n"})
    finding = check_content(folder, load_deck(folder))
    assert finding.status is Status.WARN
    assert finding.detail == f"{folder}: 1 panel(s) in 1 language(s), 1 warning(s)"


def test_no_admin_pin_warns_with_the_command_that_sets_it(tmp_path):
    folder = write(tmp_path / "content", {"en/01-a.md": "Text.\n"})
    finding = check_admin_pin(folder, load_deck(folder))
    assert finding.status is Status.WARN
    assert finding.detail.startswith("not set: staff cannot open the admin screen")
    assert finding.fix == f"run `kiosk set-pin {folder}`"


def test_a_set_admin_pin_is_ok(tmp_path):
    pin_hash = "pbkdf2_sha256$1000$" + "00" * 16 + "$" + "11" * 32
    folder = write(tmp_path / "content", {"en/01-a.md": "Text.\n", "kiosk.toml": f'[admin]\npin_hash = "{pin_hash}"\n'})
    assert check_admin_pin(folder, load_deck(folder)).status is Status.OK


def test_writable_folder_is_created_and_ok(tmp_path):
    folder = tmp_path / "state" / "logs"
    assert check_writable("Log folder", folder, "fix it").status is Status.OK
    assert folder.is_dir() and list(folder.iterdir()) == []


# --- the platform diagnosis, without Qt: what `kiosk run` prints when Qt cannot start


def test_ldd_output_gives_each_missing_library_once():
    assert parse_ldd_missing(LDD_TWO_MISSING) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]


def test_missing_libraries_become_one_apt_get_line():
    assert install_command(
        ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libglib-2.0.so.0", "libgthread-2.0.so.0"]
    ) == ("sudo apt-get install libglib2.0-0 libxcb-cursor0 libxkbcommon-x11-0")


def test_a_library_without_a_known_package_is_named_with_how_to_find_it():
    assert install_command(["libfoo.so.3"]) == (
        "install the packages that provide libfoo.so.3 (apt-file search NAME finds them)"
    )


def test_plugin_with_missing_libraries_names_the_debian_packages(fake_ldd, wayland_socket):
    message = platform_problem({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": str(wayland_socket)})
    assert message == (
        'the Qt platform plugin "wayland" cannot load: this system lacks libxcb-cursor.so.0, libxkbcommon-x11.so.0.\n'
        "Fix: sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0."
    )


def test_no_x_server_on_display_is_reported_without_starting_qt():
    message = platform_problem({"DISPLAY": ":87"})
    assert message is not None
    assert message.startswith("no X server is running on DISPLAY=:87.\nFix: start the kiosk from the desktop session")


def test_headless_platforms_need_no_display():
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_wayland_session_whose_plugin_cannot_load_falls_back_to_x(fake_ldd, wayland_socket, x_server):
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": str(wayland_socket), "DISPLAY": x_server}
    assert requested_platforms(env) == ["wayland", "xcb"]
    assert platform_problem(env) is None


def test_a_wayland_session_with_no_x_to_fall_back_on_reports_the_wayland_problem(fake_ldd, wayland_socket):
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": str(wayland_socket)}
    message = platform_problem(env)
    assert message is not None
    assert message.startswith('the Qt platform plugin "wayland" cannot load: this system lacks libxcb-cursor.so.0')


def test_missing_graphics_libraries_are_found_even_offscreen(ldd_without_libgl, monkeypatch):
    """A bare system lacks libGL, which PySide6.QtGui itself needs: even offscreen Qt cannot start."""
    monkeypatch.setenv("PATH", f"{ldd_without_libgl}{os.pathsep}{os.environ['PATH']}")
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) == (
        'the Qt platform plugin "offscreen" cannot load: this system lacks libGL.so.1, libEGL.so.1.\n'
        "Fix: sudo apt-get install libegl1 libgl1."
    )
