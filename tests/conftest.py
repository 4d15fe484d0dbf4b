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


@pytest.fixture(autouse=True, scope="session")
def private_runtime_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A runtime folder of the test session's own: a full-screen kiosk locks its screen there
    (kiosk.instance_lock), and must never meet the user's kiosk or another session's tests."""
    folder = tmp_path_factory.mktemp("runtime")
    folder.chmod(0o700)  # Qt ignores a runtime folder that others can read
    os.environ["XDG_RUNTIME_DIR"] = str(folder)


@pytest.fixture(autouse=True, scope="session")
def private_data_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A data folder of the test session's own: a kiosk started by a test records its visitor
    statistics there (kiosk.ui.visits), never into the user's."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("data"))
