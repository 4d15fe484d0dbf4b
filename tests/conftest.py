"""Test-wide setup: Qt runs without a display, with the software renderer.

These must be set before any QGuiApplication exists. Set QT_QPA_PLATFORM=xcb
(under Xvfb) to run the same tests against a real X server.
"""

import os
import stat
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


@pytest.fixture
def ldd_without_libgl(tmp_path: Path) -> Path:
    """A folder to put first on PATH, holding an `ldd` that reports libGL and libEGL missing for PySide6.QtGui:
    a bare system, where Qt cannot start even offscreen."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    ldd = folder / "ldd"
    ldd.write_text(
        "#!/bin/sh\ncase \"$1\" in\n*QtGui*) echo '\tlibGL.so.1 => not found'; echo '\tlibEGL.so.1 => not found' ;;\nesac\n",
        encoding="utf-8",
    )
    ldd.chmod(ldd.stat().st_mode | stat.S_IXUSR)
    return folder
