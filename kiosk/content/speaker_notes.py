"""Speaker notes: the part of a panel file below a line that says only `Notes:`.

The presenter reads them in the presenter view (and in the handout with `--notes`);
the audience never sees them. The marker is a line of its own, in any capitals:
`Notes:`, `Note:` or `Speaker notes:`, as reveal.js's `Note:`. A line that looks
almost like one (`**Notes:**`, `Notes`) is not a marker and stays on screen, so the
checks here tell the editor, as they do for timeline events or cards written
below the marker, which the audience would then never see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.report import Report

NOTES_MARKER = "Notes:"
_MARKER = re.compile(r"^ {0,3}(?:speaker[ \t]+)?notes?[ \t]*:[ \t]*$", re.IGNORECASE)
#: A line that is only the word, with other marks around it or without its colon: meant as the marker, probably.
_ALMOST = re.compile(r"^[ \t>*_~`-]*(?:speaker[ \t]*)?notes?[ \t]*[:：.]?[ \t*_~`]*$", re.IGNORECASE)
#: A note written on the marker's own line (`Notes: thank the hosts`): the audience would read it. ("Note: ..."
#: alone is left alone: visitors' text starts that way too.)
_NOTE_ON_THE_LINE = re.compile(r"^[ \t>*_~`-]*(?:speaker[ \t]+notes?|notes)[ \t]*:[ \t*_~`]*[^ \t*_~`]", re.IGNORECASE)
_SECTION_HEADING = re.compile(r"^##(?!#)[ \t]*(.*?)[ \t]*#*[ \t]*$")


@dataclass(frozen=True)
class SplitPanel:
    """A panel's body cut at its notes marker: what the audience sees, and the notes (file line of each part)."""

    shown: list[str]
    notes: list[str]
    notes_first_line: int
    marker_line: int | None


def split_notes(body: list[str], first_line: int) -> SplitPanel:
    """Cut `body` (file line `first_line` onwards) at its first notes marker line, if it has one."""
    marker = next((index for index, line in enumerate(body) if _MARKER.match(line)), None)
    if marker is None:
        return SplitPanel(body, [], first_line + len(body), None)
    return SplitPanel(body[:marker], body[marker + 1 :], first_line + marker + 1, first_line + marker)


def check_notes(split: SplitPanel, first_line: int, sections_are_items: bool, report: Report, path: str) -> None:
    """Tell the editor what the notes marker does that they may not mean (see the module docstring).

    `sections_are_items`: in a timeline or cards panel each `##` section is an event or a card.
    """
    if split.marker_line is None:
        for index, line in enumerate(split.shown):
            if _ALMOST.match(line) and not line.lstrip().startswith("#"):
                report.warning(
                    path,
                    first_line + index,
                    f'"{line.strip()}" is shown on screen. If it starts speaker notes, which the audience never '
                    f"sees, write {NOTES_MARKER} alone on its line, with no other marks.",
                )
                return
            if _NOTE_ON_THE_LINE.match(line):
                report.warning(
                    path,
                    first_line + index,
                    f'"{line.strip()}" is shown on screen. If it is a speaker note, which the audience never '
                    f"sees, write {NOTES_MARKER} alone on its line, and the note on the lines below it.",
                )
                return
        return
    if not any(line.strip() for line in split.notes):
        report.warning(
            path,
            split.marker_line,
            f'the "{NOTES_MARKER}" line has nothing below it, so this panel has no speaker notes. '
            "Write the notes below it, or delete the line.",
        )
        return
    if not sections_are_items:
        return
    for index, line in enumerate(split.notes):
        heading = _SECTION_HEADING.match(line)
        if heading:
            report.warning(
                path,
                split.notes_first_line + index,
                f'"## {heading.group(1)}" is below the "{NOTES_MARKER}" line (line {split.marker_line}), so it is part '
                "of the speaker notes and the audience never sees it. If it belongs on screen, move it above "
                f"the {NOTES_MARKER} line.",
            )
