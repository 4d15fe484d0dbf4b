"""Speaker notes: the part of a panel file below a line that says only `Notes:`.

The presenter reads them in the presenter view (and in the handout with `--notes`);
the audience never sees them. The marker is a line of its own, in any capitals:
`Notes:`, `Note:` or `Speaker notes:`, as reveal.js's `Note:`, with or without a
space before the colon (French writes `Notes :`, and Word makes that space a
non-breaking one). It is English in every language: the word for notes in the
panel's own language (`Remarques :`, `ملاحظات:`) could be text meant for the
screen, so it is not a marker. A line that looks almost like one (`**Notes:**`,
`Notes`, `Remarques :` in a French panel) stays on screen, so the checks here
tell the editor, as they do for timeline events or cards written below the
marker, which the audience would then never see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.report import Report

NOTES_MARKER = "Notes:"
#: The spaces an editor may put before the colon: French typography's, which word processors make non-breaking.
_SPACE = "[ \t\u00a0\u202f]"
_MARKER = re.compile(rf"^ {{0,3}}(?:speaker[ \t]+)?notes?{_SPACE}*:{_SPACE}*$", re.IGNORECASE)
#: A line that is only the word, with other marks around it or without its colon: meant as the marker, probably.
_ALMOST = re.compile(rf"^[ \t>*_~`-]*(?:speaker[ \t]*)?notes?{_SPACE}*[:：.]?[ \t*_~`]*$", re.IGNORECASE)
#: The words for speaker notes in the languages the kiosk speaks, by language (the first part of the folder's
#: code): a line that is only one of them and a colon was probably meant as the marker.
_NOTES_IN = {
    "fr": r"notes?|remarques?|notes? (?:de|du|pour) (?:l['’]orat(?:eur|rice)|l['’]intervenant|présentat(?:eur|rice))",
    "de": r"notizen?|anmerkungen?|(?:sprecher|redner|referenten)notizen",
    "es": r"notas?|apuntes|notas? (?:del|para el) (?:orador|presentador)",
    "pt": r"notas?|anotações|notas? do (?:orador|apresentador)",
    "it": r"note?|nota|appunti|note del (?:relatore|presentatore)",
    "sw": r"maelezo|vidokezo|maelezo ya (?:mzungumzaji|msemaji)",
    "ar": r"ملاحظات|ملاحظة|ملاحظات (?:المتحدث|المقدم|العرض)",
}
_IN_LANGUAGE = {
    code: re.compile(rf"^[ \t>*_~`-]*(?:{words}){_SPACE}*[:：][ \t*_~`]*$", re.IGNORECASE)
    for code, words in _NOTES_IN.items()
}
#: A note written on the marker's own line (`Notes: thank the hosts`): the audience would read it. ("Note: ..."
#: alone is left alone: visitors' text starts that way too.)
_NOTE_ON_THE_LINE = re.compile(
    rf"^[ \t>*_~`-]*(?:speaker[ \t]+notes?|notes){_SPACE}*:[ \t*_~`]*[^ \t*_~`]", re.IGNORECASE
)
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


def _meant_as_marker(line: str, language: str) -> bool:
    """A line of the panel's text that the editor probably meant as the notes marker."""
    in_language = _IN_LANGUAGE.get(language.split("-")[0].lower())
    if line.lstrip().startswith("#"):
        return False
    return bool(_ALMOST.match(line) or (in_language is not None and in_language.match(line)))


def check_notes(
    split: SplitPanel, first_line: int, sections_are_items: bool, report: Report, path: str, language: str
) -> None:
    """Tell the editor what the notes marker does that they may not mean (see the module docstring).

    `sections_are_items`: in a timeline or cards panel each `##` section is an event or a card. `language`: the
    code of the panel's language folder, whose own word for notes is looked for too.
    """
    if split.marker_line is None:
        for index, line in enumerate(split.shown):
            if _meant_as_marker(line, language):
                report.warning(
                    path,
                    first_line + index,
                    f'"{line.strip()}" is shown on screen. If it starts speaker notes, which the audience never '
                    f"sees, write {NOTES_MARKER} alone on its line, with no other marks (in English, whatever "
                    "the panel's language).",
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
