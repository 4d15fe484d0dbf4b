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


def assets_dir() -> Path:
    return _shipped_root() / "assets"


def qml_dir() -> Path:
    return PACKAGE_DIR / "qml"
