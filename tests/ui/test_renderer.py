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
from kiosk_helpers import ENGLISH, write_content

from kiosk.cli import build_parser

#: Qt Quick fixes its renderer when the first window appears, and this test process has shown many:
#: each case runs in a fresh interpreter, exactly as `kiosk run` starts.
PRELUDE = """
import json, logging, os, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
from kiosk.ui.app import application, choose_renderer

def chosen():
    if QQuickWindow.sceneGraphBackend() == "software":
        return "software"
    return "opengl" if QQuickWindow.graphicsApi() == QSGRendererInterface.GraphicsApi.OpenGL else "other"

asked = []
def probe(answer):
    def ask():
        asked.append(1)
        return answer
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


def test_auto_falls_back_to_software_when_opengl_is_unavailable() -> None:
    result = in_fresh_qt("""
        name = choose_renderer("auto", probe=probe("no OpenGL context can be created"))
        print(json.dumps({"name": name, "chosen": chosen(), "asked": len(asked)}))
    """)
    assert (result["name"], result["chosen"], result["asked"]) == ("software", "software", 1)
    assert "no OpenGL context can be created; using Qt Quick's software renderer" in result["log"]


def test_auto_keeps_the_gpu_renderer_when_the_probe_finds_no_problem() -> None:
    result = in_fresh_qt("""
        name = choose_renderer("auto", probe=probe(None))
        print(json.dumps({"name": name, "chosen": chosen(), "asked": len(asked)}))
    """)
    assert (result["name"], result["chosen"], result["asked"]) == ("gpu", "opengl", 1)


@pytest.mark.parametrize("choice", ["software", "opengl"])
def test_an_explicit_choice_is_honoured_without_probing(choice) -> None:
    result = in_fresh_qt(f"""
        name = choose_renderer({choice!r}, probe=probe("no OpenGL context can be created"))
        print(json.dumps({{"name": name, "chosen": chosen(), "asked": len(asked)}}))
    """)
    assert (result["name"], result["chosen"], result["asked"]) == (choice, choice, 0)


@pytest.mark.parametrize("choice", ["auto", "opengl"])
def test_qt_quick_backend_from_the_environment_wins(choice) -> None:
    result = in_fresh_qt(f"""
        name = choose_renderer({choice!r}, probe=probe("no OpenGL context can be created"))
        print(json.dumps({{"name": name, "chosen": chosen(), "asked": len(asked)}}))
    """, backend="software")
    assert (result["name"], result["chosen"], result["asked"]) == ("software", "opengl", 0)  # Qt applies the variable
    assert "from QT_QUICK_BACKEND in the environment" in result["log"]


def test_the_probe_reports_why_the_gpu_cannot_be_used_without_crashing() -> None:
    """The offscreen platform has no OpenGL at all: the real probe must say so, not crash."""
    result = in_fresh_qt("""
        from kiosk.ui.app import gpu_problem
        print(json.dumps({"problem": gpu_problem()}))
    """)
    assert result["problem"] == "no OpenGL context can be created"


def test_the_run_command_takes_a_renderer() -> None:
    assert build_parser().parse_args(["run", "--renderer", "software"]).renderer == "software"
    assert build_parser().parse_args(["run"]).renderer is None


def test_the_run_command_refuses_an_unknown_renderer(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--renderer", "vulkan"])
    assert "invalid choice: 'vulkan'" in capsys.readouterr().err


RUN = """
from pathlib import Path
from PySide6.QtCore import QTimer
from kiosk.ui.app import run_kiosk
QTimer.singleShot(400, lambda: [window.close() for window in QGuiApplication.topLevelWindows()])
code = run_kiosk(Path(FOLDER), windowed=True, log_folder=Path(LOGS), renderer=RENDERER)
print(json.dumps({"code": code, "chosen": chosen()}))
"""


def run_in_fresh_qt(folder: Path, logs: Path, renderer: str | None) -> dict:
    return in_fresh_qt(f"FOLDER, LOGS, RENDERER = {str(folder)!r}, {str(logs)!r}, {renderer!r}\n" + RUN)


def test_run_uses_the_renderer_from_kiosk_toml(tmp_path) -> None:
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": '[display]\nrenderer = "software"\n'})
    assert run_in_fresh_qt(folder, tmp_path / "logs", None) == {"code": 0, "chosen": "software", "log": ANY}
    assert "renderer: software" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_run_renderer_option_overrides_kiosk_toml(tmp_path) -> None:
    folder = write_content(tmp_path / "content", {**ENGLISH, "kiosk.toml": '[display]\nrenderer = "opengl"\n'})
    assert run_in_fresh_qt(folder, tmp_path / "logs", "software") == {"code": 0, "chosen": "software", "log": ANY}
