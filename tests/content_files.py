"""The one way tests write a content folder: {"en/01-one.md": "...", "media/x.jpg": b"..."} in tmp_path.

Text is dedented and its leading blank lines dropped, so a test can indent a panel inside a triple-quoted
string; bytes are written as they are."""

from __future__ import annotations

import textwrap
from pathlib import Path


def write_files(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return folder
