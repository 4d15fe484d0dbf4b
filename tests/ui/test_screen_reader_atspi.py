"""Issue 20: what Orca really gets from a running kiosk, read over the AT-SPI bus (the recipe in
/work/shared/notes/qt-on-debian.md): the panel on screen, its title and text, and nothing of the others."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.loader import load_deck

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "content"


def has_pyatspi() -> bool:
    python = Path("/usr/bin/python3")
    return python.exists() and subprocess.run([python, "-c", "import pyatspi"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not (
        shutil.which("dbus-run-session")
        and shutil.which("Xvfb")
        and Path("/usr/libexec/at-spi-bus-launcher").exists()
        and has_pyatspi()
    ),
    reason="needs dbus, Xvfb, at-spi2-core and python3-pyatspi (scripts/setup.sh installs them)",
)


def panels_playing(tmp_path: Path) -> Path:
    """The bundled deck with the panels playing by themselves, so the first panel is on screen, not the attract screen."""
    folder = tmp_path / "content"
    shutil.copytree(BUNDLED, folder)
    settings = folder / "kiosk.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("screen = true", "screen = false"), encoding="utf-8"
    )
    assert not load_deck(folder).settings.attract.screen
    return folder


def test_a_screen_reader_reads_the_panel_on_screen_and_nothing_of_the_others(tmp_path):
    done = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "bash",
            str(HERE / "atspi" / "run_and_dump.sh"),
            sys.executable,
            str(panels_playing(tmp_path)),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + (tmp_path / "kiosk.out").read_text(errors="replace")
    rows = [line.split("\t") for line in done.stdout.splitlines() if line.count("\t") == 3]
    names = [name for _depth, _role, name, _showing in rows]
    panes = [name for _depth, role, name, _showing in rows if role == "panel"]
    assert len(panes) == 1, done.stdout
    panels = load_deck(BUNDLED).languages[0].panels
    (shown,) = [index for index, panel in enumerate(panels) if panes[0] == f"Panel {index + 1} of 5, {panel.title}"]
    panel = panels[shown]
    assert panel.title in names
    assert panel.statement is not None and panel.statement.message in names  # the bundled deck opens on a statement
    assert any(panel.image.alt == name for name in names)
    for other in panels:
        if other is panel:
            continue
        leaked = [name for name in names if other.image and name == other.image.alt]
        leaked += [name for name in names if other.statement and name == other.statement.message]
        leaked += [name for name in names if any(card.icon and card.icon.alt == name for card in other.cards)]
        leaked += [name for name in names if any(event.image and event.image.alt == name for event in other.events)]
        assert not leaked, f"read from {other.key} while {panel.key} is on screen: {leaked}"
