"""Choosing Qt Quick's renderer: software by itself when there is no usable GPU, the user's choice otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from unittest.mock import ANY

import pytest
from kiosk_helpers import ENGLISH, KioskRun, write_content
from PySide6.QtQuick import QQuickWindow

from kiosk.cli import build_parser
from kiosk.qt_platform import emulated_on_processor
from kiosk.ui.renderer import choose_renderer, scene_graph_failed

#: Qt Quick fixes its renderer when the first window appears, and this test process has shown many:
#: each case runs in a fresh interpreter, exactly as `kiosk run` starts.
PRELUDE = """
import json, logging, os, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
from kiosk.qt_platform import OpenGLDriver
from kiosk.ui.renderer import choose_renderer
from kiosk.ui.qt_app import application

def chosen():
    if QQuickWindow.sceneGraphBackend() == "software":
        return "software"
    return "opengl" if QQuickWindow.graphicsApi() == QSGRendererInterface.GraphicsApi.OpenGL else "other"

asked = []
def probe(**driver):  # a stand-in for probe_opengl that finds OpenGLDriver(**driver), counting its calls
    def ask():
        asked.append(1)
        return OpenGLDriver(**driver)
    return ask

logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
application()
"""


def in_fresh_qt(code: str, *, backend: str | None = None) -> dict:
    """Run `code` after PRELUDE in a new Python; it prints one JSON object, returned here."""
    hidden = ("QT_QUICK_BACKEND", "DISPLAY", "WAYLAND_DISPLAY")  # offscreen, and no display to borrow OpenGL from
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if backend:
        env["QT_QUICK_BACKEND"] = backend
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["log"] = done.stderr
    return result


@pytest.mark.parametrize(
    ("renderer", "emulated"),
    [
        ("llvmpipe (LLVM 15.0.6, 256 bits)", True),
        ("softpipe", True),
        ("Software Rasterizer", True),
        ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)", False),
        ("NVIDIA GeForce GTX 1050/PCIe/SSE2", False),
        ("AMD Radeon RX 580 (radeonsi, polaris10, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)", False),
    ],
)
def test_opengl_drivers_that_draw_with_the_processor_are_told_from_graphics_cards(renderer, emulated) -> None:
    assert emulated_on_processor(renderer) is emulated


@pytest.mark.parametrize(
    ("driver", "reason"),
    [
        ("problem='no OpenGL context can be created'", "no OpenGL context can be created"),
        (
            "renderer='llvmpipe (LLVM 15.0.6, 256 bits)'",
            "OpenGL is only emulated on the processor (llvmpipe (LLVM 15.0.6, 256 bits))",
        ),
    ],
)
def test_auto_falls_back_to_software_when_opengl_is_missing_or_emulated(driver, reason) -> None:
    result = in_fresh_qt(f"""
        name = choose_renderer("auto", probe=probe({driver}))
        print(json.dumps({{"name": name, "chosen": chosen(), "asked": len(asked)}}))
    """)
    assert (result["name"], result["chosen"], result["asked"]) == ("software", "software", 1)
    assert f"{reason}; using Qt Quick's software renderer" in result["log"]


def test_auto_keeps_the_gpu_renderer_on_a_graphics_card() -> None:
    result = in_fresh_qt("""
        name = choose_renderer("auto", probe=probe(renderer="Mesa Intel(R) UHD Graphics 620 (KBL GT2)"))
        print(json.dumps({"name": name, "chosen": chosen(), "asked": len(asked)}))
    """)
    assert (result["name"], result["chosen"], result["asked"]) == ("gpu", "opengl", 1)


@pytest.mark.parametrize("choice", ["software", "opengl"])
def test_an_explicit_choice_is_honoured_without_probing(choice) -> None:
    result = in_fresh_qt(f"""
        name = choose_renderer({choice!r}, probe=probe(problem="no OpenGL context can be created"))
        print(json.dumps({{"name": name, "chosen": chosen(), "asked": len(asked)}}))
    """)
    assert (result["name"], result["chosen"], result["asked"]) == (choice, choice, 0)


@pytest.mark.parametrize("choice", ["auto", "software", "opengl"])
def test_qt_quick_backend_from_the_environment_wins(choice) -> None:
    """choose_renderer leaves Qt's settings alone (asked for anything else, it would change them),
    so Qt applies QT_QUICK_BACKEND when the first window appears."""
    result = in_fresh_qt(
        f"""
        settings = lambda: (QQuickWindow.graphicsApi(), QQuickWindow.sceneGraphBackend())
        before = settings()
        name = choose_renderer({choice!r}, probe=probe(problem="no OpenGL context can be created"))
        untouched = settings() == before
        window = QQuickWindow()
        print(json.dumps({{"name": name, "untouched": untouched, "asked": len(asked), "chosen": chosen()}}))
    """,
        backend="software",
    )
    assert result == {"name": "software", "untouched": True, "asked": 0, "chosen": "software", "log": ANY}
    assert "renderer: software, from QT_QUICK_BACKEND in the environment" in result["log"]


def test_the_probe_reports_why_the_gpu_cannot_be_used_without_crashing() -> None:
    """The offscreen platform has no OpenGL at all: the real probe must say so, not crash."""
    result = in_fresh_qt("""
        from kiosk.ui.renderer import gpu_problem
        print(json.dumps({"problem": gpu_problem()}))
    """)
    assert result["problem"] == "no OpenGL context can be created"


class Restarted(Exception):
    """Raised by the stand-in for os.execve, which never returns either."""


def restart(path: str, arguments: list[str], environ: dict[str, str]):
    raise Restarted(path, arguments, environ)


def never_restart(path: str, arguments: list[str], environ: dict[str, str]):
    pytest.fail(f"restarted {arguments}")


CONTEXT_LOST = QQuickWindow.SceneGraphError.ContextNotAvailable
FIX = "Start with `kiosk run --renderer software`"


@pytest.mark.parametrize(
    ("frozen", "argv", "orig_argv", "command"),
    [
        # From source, Python's own options and -m come back too: they are in sys.orig_argv only.
        (
            False,
            ["/src/kiosk/__main__.py", "run"],
            ["python3", "-X", "utf8", "-m", "kiosk", "run"],
            ["/usr/bin/python3", "-X", "utf8", "-m", "kiosk", "run"],
        ),
        # The packaged app is its own program; sys.orig_argv is whatever its bootloader gave Python.
        (True, ["kiosk", "run", "/srv/content"], ["kiosk"], ["/opt/kiosk/kiosk", "run", "/srv/content"]),
    ],
)
def test_a_gpu_that_auto_chose_and_that_fails_restarts_the_same_command_in_software(
    frozen, argv, orig_argv, command, monkeypatch, caplog
) -> None:
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    monkeypatch.setattr(sys, "frozen", frozen, raising=False)
    monkeypatch.setattr(sys, "executable", command[0])
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.setattr(sys, "orig_argv", orig_argv)
    with pytest.raises(Restarted) as restarted:
        scene_graph_failed(CONTEXT_LOST, "Failed to create RHI", "gpu", restart=restart)
    path, arguments, environ = restarted.value.args
    assert (path, arguments) == (command[0], command)
    assert environ == {**os.environ, "QT_QUICK_BACKEND": "software"}
    assert "the GPU cannot draw the screen (ContextNotAvailable: Failed to create RHI); restarting" in caplog.text


def test_after_the_restart_a_failing_software_renderer_exits_with_the_fix(monkeypatch, caplog) -> None:
    """The restarted kiosk has QT_QUICK_BACKEND=software: no second restart, whatever kiosk.toml says."""
    monkeypatch.setenv("QT_QUICK_BACKEND", "software")
    chosen = choose_renderer("auto", probe=lambda: pytest.fail("probed OpenGL"))
    assert scene_graph_failed(CONTEXT_LOST, "out of memory", chosen, restart=never_restart) == 3
    assert f"the screen cannot be drawn (ContextNotAvailable: out of memory). {FIX}" in caplog.text


def test_a_failing_opengl_that_was_asked_for_exits_with_the_fix(caplog) -> None:
    assert scene_graph_failed(CONTEXT_LOST, "Failed to create RHI", "opengl", restart=never_restart) == 3
    assert f"the screen cannot be drawn (ContextNotAvailable: Failed to create RHI). {FIX}" in caplog.text


def test_the_run_command_refuses_an_unknown_renderer(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--renderer", "vulkan"])
    assert "invalid choice: 'vulkan'" in capsys.readouterr().err


def run_until_the_first_frame(tmp_path: Path, *arguments: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """`kiosk run --windowed ARGUMENTS` until its first frame, offscreen with no display to borrow OpenGL from and
    no QT_QUICK_BACKEND: its log, once it stopped with exit code 0."""
    for name in ("QT_QUICK_BACKEND", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    with KioskRun(tmp_path / "state", "--windowed", *arguments) as kiosk:
        kiosk.wait_for_first_frame()
        code, err = kiosk.stop()
    assert code == 0, err
    return kiosk.log()


def test_run_uses_the_renderer_from_kiosk_toml(tmp_path, monkeypatch) -> None:
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": '[display]\nrenderer = "software"\n'})
    assert "renderer: software" in run_until_the_first_frame(tmp_path, str(folder), monkeypatch=monkeypatch)


def test_run_renderer_option_overrides_kiosk_toml(tmp_path, monkeypatch) -> None:
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": '[display]\nrenderer = "opengl"\n'})
    log = run_until_the_first_frame(tmp_path, "--renderer", "software", str(folder), monkeypatch=monkeypatch)
    assert "renderer: software" in log
