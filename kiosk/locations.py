"""Where the kiosk finds what it ships with, from a source checkout or a PyInstaller bundle.

No Qt here: `kiosk check` must stay fast and display-free.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_root() -> Path:
    """The folder holding content/ and assets/: the bundle when frozen, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else PACKAGE_DIR.parent


def bundled_content_dir() -> Path:
    return _shipped_root() / "content"


def beside_app_content_dir() -> Path | None:
    """The `content` folder next to the packaged `kiosk` executable; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent / "content"


def kiosk_command(*arguments: str | Path) -> str:
    """The command line `kiosk ARGUMENTS...` as staff type it on this computer, for messages that tell them what to run.

    The program is `kiosk` where Python installed it, and its own path in the packaged
    app (not on PATH). A part with spaces (a program under "Program Files", a folder
    called "My content") is quoted, so that the line works when copied as it is.
    """
    program = str(Path(sys.executable).resolve()) if getattr(sys, "frozen", False) else "kiosk"
    parts = [program, *(str(argument) for argument in arguments)]
    if sys.platform == "win32":
        from subprocess import list2cmdline  # Windows' own quoting rules (cmd.exe, CreateProcess)

        return list2cmdline(parts)
    from shlex import join

    return join(parts)


def default_content_dir() -> Path:
    """The content shown when no folder is given: the organisation's own `content` folder
    beside the packaged app when there is one, else the bundled deck."""
    beside = beside_app_content_dir()
    return beside if beside is not None and beside.is_dir() else bundled_content_dir()


def assets_dir() -> Path:
    return _shipped_root() / "assets"


def qml_dir() -> Path:
    return PACKAGE_DIR / "qml"


def translations_dir() -> Path:
    """The kiosk's own words in other languages: kiosk_LANG.ts sources and the compiled kiosk_LANG.qm."""
    return PACKAGE_DIR / "translations"
