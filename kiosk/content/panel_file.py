"""Reading a panel file as text lines: only a regular file, never too large, UTF-8, no control characters.

Each way a file can fail to be text (a pipe, a huge file, another encoding, a binary
file) is told to the editor at its line, and the panel is left out.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.content.files import PANEL_LIMIT, NotAFile, TooLarge, read_content_file
from kiosk.content.report import Report

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def panel_lines(file: Path, relative: str, report: Report) -> list[str] | None:
    """The lines of `file` (resolved, inside the folder), or None when it cannot be read as text."""
    try:
        raw = read_content_file(file, PANEL_LIMIT)
    except NotAFile as problem:
        report.error(
            relative,
            1,
            f"this panel is left out: {problem}. Replace it with a Markdown text file "
            "(saved as .md from a text editor).",
        )
        return None
    except TooLarge as problem:
        report.error(
            relative,
            1,
            f"this panel is left out: {problem}, far more text than a screen can show. "
            "Split the text into several panels, and keep pictures in media/.",
        )
        return None
    except OSError as problem:
        report.error(
            relative,
            1,
            f"this file cannot be opened ({problem.strerror or problem}). Check that "
            "it is not locked by another program and that the kiosk may read it.",
        )
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        report.error(
            relative,
            line,
            f"this file is not saved as UTF-8 text (line {line} has a character "
            "the kiosk cannot read). In your editor choose Save As and pick the UTF-8 encoding.",
        )
        return None
    if "\x00" in text:
        report.error(
            relative,
            1,
            "this is not a text file. Panels are Markdown text files; "
            "write the panel in a text editor and save it as .md.",
        )
        return None
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
