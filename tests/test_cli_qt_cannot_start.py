"""`kiosk run` and `kiosk render` where Qt cannot start: a cause and a fix, never Qt's abort.

Each runs the real command in a child process, because Qt aborts the whole
process when no platform plugin can start.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

#: A display number no X server uses on a test machine.
UNUSED_DISPLAY = ":87"


def kiosk(*arguments: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("XDG_SESSION_TYPE", None)
    return env


def test_run_without_an_x_server_says_so_and_exits_2(environment):
    done = kiosk("run", "--windowed", env={**environment, "QT_QPA_PLATFORM": "xcb", "DISPLAY": UNUSED_DISPLAY})
    assert done.returncode == 2, done.stderr
    assert f"kiosk: the kiosk cannot start: no X server is running on DISPLAY={UNUSED_DISPLAY}." in done.stderr
    assert "Fix: start the kiosk from the desktop session" in done.stderr
    assert "This application failed to start" not in done.stderr  # Qt's own fatal text is replaced


def test_render_with_an_unknown_platform_lists_the_ones_there_are(environment, tmp_path):
    done = kiosk("render", "--out", str(tmp_path / "out"), env={**environment, "QT_QPA_PLATFORM": "bogus"})
    assert done.returncode == 2, done.stderr
    assert 'kiosk: the kiosk cannot start: this kiosk has no Qt platform plugin "bogus" (it has: ' in done.stderr
    assert "offscreen" in done.stderr
    assert "Fix: unset QT_QPA_PLATFORM" in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_run_on_a_system_without_libgl_names_the_packages_to_install(environment, tmp_path, ldd_without_libgl):
    """A bare system lacks libGL and libEGL: importing PySide6.QtGui fails before Qt can even abort."""
    # What the import system does on such a system, short of removing the libraries from this one.
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(
        "import importlib.machinery, sys\n"
        "class NoLibGL:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name != 'PySide6.QtGui':\n"
        "            return None\n"
        "        spec = importlib.machinery.PathFinder.find_spec(name, path)\n"
        "        spec.loader = self\n"
        "        return spec\n"
        "    def create_module(self, spec):\n"
        "        raise ImportError('libEGL.so.1: cannot open shared object file: No such file or directory')\n"
        "    def exec_module(self, module):\n"
        "        pass\n"
        "sys.meta_path.insert(0, NoLibGL())\n",
        encoding="utf-8",
    )
    env = {
        **environment,
        "PATH": f"{ldd_without_libgl}{os.pathsep}{environment['PATH']}",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path / "site"), environment.get("PYTHONPATH")])),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = kiosk("run", "--windowed", env=env)
    assert done.returncode == 2, done.stderr
    assert 'kiosk: the kiosk cannot start: the Qt platform plugin "offscreen" cannot load: ' in done.stderr
    assert "Fix: sudo apt-get install libegl1 libgl1." in done.stderr
    assert "Traceback" not in done.stderr
