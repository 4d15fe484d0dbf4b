"""Reading kiosk.toml past its mistakes: one line TOML cannot read never costs the other settings.

A TOML reader stops at the first mistake, so one curly-quoted title used to drop every
setting, the admin PIN included. Here a line the reader stops at is reported in plain
words (what is wrong and the line to write instead), left out, and the file is read
again, until the rest reads. A `[section]` line left out takes the settings under it
along, so they never land in the section above.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from kiosk.content.characters import CURLY_QUOTES, curly_quotes_outside_straight_quotes, straightened
from kiosk.content.settings_schema import SETTINGS, Kind

#: How many characters all the readings of one file may parse together, so a file of thousands
#: of broken lines is given up on quickly instead of read again once per line.
PARSE_BUDGET = 4_000_000
#: After this many unreadable lines the file is given up on: it is most likely not a settings file.
MOST_UNREADABLE_LINES = 100

_POSITION = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)\s*$")
_LINE = re.compile(r"^\s*(?:(?P<key>[^=:\[\s#\"'][^=:]*?)\s*(?P<separator>[=:])\s*)?(?P<value>.*?)\s*$")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
#: The default of each setting written in seconds, by key (the keys are unique across sections).
_SECONDS = {setting.key: setting.default for setting in SETTINGS if setting.kind is Kind.SECONDS}
_SWITCHES = frozenset(setting.key for setting in SETTINGS if setting.kind is Kind.SWITCH)
_TEXT_KEYS = frozenset(setting.key for setting in SETTINGS if setting.kind not in (Kind.SECONDS, Kind.SWITCH))
_YES = frozenset({"true", "yes", "on", "1", "oui", "vrai"})
_LEFT_OUT_SECTION = "line {} left out"
_KEEPS_DEFAULT = "This line is left out until it is fixed; the other settings are used."
_SECTION_KEEPS_DEFAULTS = "This line is left out until it is fixed, and the settings under it keep their defaults."


@dataclass(frozen=True)
class Unreadable:
    """A line of kiosk.toml left out, and the sentence for the editor."""

    line: int
    message: str


@dataclass(frozen=True)
class ReadToml:
    """What could be read of a kiosk.toml, and each line that was left out."""

    data: dict[str, Any]
    unreadable: tuple[Unreadable, ...]


def read_toml(text: str) -> ReadToml:
    """The settings in `text`, reading past each line TOML cannot read (which is reported, and left out)."""
    lines = text.split("\n")
    unreadable: list[Unreadable] = []
    left_out_sections: list[str] = []
    budget = PARSE_BUDGET
    while budget > 0 and len(unreadable) < MOST_UNREADABLE_LINES:
        source = "\n".join(lines)
        budget -= len(source)
        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError as problem:
            reason, line = _reason_and_line(str(problem))
            index = line - 1 if line is not None else _start_of_unfinished(lines)
            if index is None or not 0 <= index < len(lines) or not lines[index].strip():
                break
            written = lines[index]
            unreadable.append(Unreadable(index + 1, explain(reason, written, at_end=line is None)))
            if written.lstrip().startswith("["):
                left_out_sections.append(_LEFT_OUT_SECTION.format(index + 1))
                lines[index] = f'["{left_out_sections[-1]}"]'
            else:
                lines[index] = ""
            continue
        for section in left_out_sections:
            data.pop(section, None)
        return ReadToml(data, tuple(unreadable))
    first = unreadable[0].line if unreadable else 1
    gave_up = Unreadable(
        first,
        "kiosk.toml has too many lines the kiosk cannot read to be a settings file: check that it is the "
        'right file, written as name = value lines (e.g. title = "Our story"). Every setting keeps its '
        "default until this is fixed.",
    )
    return ReadToml({}, (*unreadable, gave_up))


def _reason_and_line(error: str) -> tuple[str, int | None]:
    """TOML's reason ("Invalid value") and line number, None when it stopped at the end of the file."""
    position = _POSITION.search(error)
    line = int(position.group(1)) if position and position.group(1) else None
    return _POSITION.sub("", error), line


def _start_of_unfinished(lines: list[str]) -> int | None:
    """The index of the line starting what never ends (a list, a text in quotes): the last line before which
    the file reads. None when there is none, or when finding it would cost too much."""
    budget = PARSE_BUDGET
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            continue
        before = "\n".join(lines[:index])
        budget -= len(before)
        if budget < 0:
            return None
        try:
            tomllib.loads(before)
        except tomllib.TOMLDecodeError:
            continue
        return index
    return None


def explain(reason: str, written: str, at_end: bool = False) -> str:
    """What is wrong with the line `written`, for which TOML gave `reason`, and the line to write instead.

    `at_end`: TOML read on to the end of the file from this line, looking for the end of what it starts.
    """
    is_section = written.lstrip().startswith("[")
    consequence = _SECTION_KEEPS_DEFAULTS if is_section else _KEEPS_DEFAULT
    curly = curly_quotes_outside_straight_quotes(written)
    if curly:
        return (
            f"this line has curly quotes ({' '.join(curly)}), which Word and Mac editors type by themselves; "
            f'kiosk.toml needs straight quotes ("). Type the quotes again: {straightened(written.strip())}. '
            f"{consequence}"
        )
    match = _LINE.match(written)
    assert match is not None  # every group is optional
    key, separator, value = (match.group("key") or "").strip(), match.group("separator"), match.group("value")
    if separator is None and " " in value:
        key, value = value.split(None, 1)
    if at_end and not reason.startswith(_WRITTEN_TWICE):
        reason = _UNFINISHED.get(value[:1], reason)
    return f"this line cannot be read: {_what_is_wrong(reason, is_section, key, separator, value)} {consequence}"


#: TOML's words when a text in quotes runs into the end of its line or of the file.
_LINE_ENDS_IN_QUOTES = re.compile(r"Expected (\"'+\"|'\"+')|(Illegal|Found invalid) character '\\n'")
_WRITTEN_TWICE = ("Cannot overwrite a value", "Cannot declare", "Duplicate")
#: What TOML was still reading when the file ended, by the first character of the value that starts it.
_UNFINISHED = {
    "[": "Unclosed array",
    "{": "Unclosed inline table",
    '"': "Unterminated string",
    "'": "Unterminated string",
}


def _what_is_wrong(reason: str, is_section: bool, key: str, separator: str | None, value: str) -> str:
    """One or two sentences on the mistake TOML's `reason` stands for, with the line to write."""
    fixed = _fixed(key, value)
    if reason.startswith(_WRITTEN_TWICE):
        if is_section:
            return "this section is written twice. Put all its settings under its first [ ] line and delete this one."
        return f'"{key}" is written twice; delete one of the two. Until then the first one is used.'
    if reason.startswith(("Cannot mutate", "Cannot redefine")):
        return (
            "this section is already written another way above (with { } or a dotted name). Write each "
            "section once, as its name between [ and ] on a line of its own, e.g. [theme]."
        )
    if is_section or reason.startswith(("Expected ']'", "Expected ']]'")):
        return "a section name is written between [ and ] on a line of its own, e.g. [theme]."
    if reason.startswith("Unterminated string") or _LINE_ENDS_IN_QUOTES.fullmatch(reason):
        return f"the quotes are never closed: {fixed}."
    if reason.startswith("Unclosed array"):
        return f"the list that starts with [ is never closed: end it with ] on the same line, e.g. {fixed}."
    if reason.startswith("Unclosed inline table"):
        return "the { is never closed. Write the settings of a section under its name in [ ], e.g. [theme]."
    if reason.startswith(("Unescaped '\\'", "Invalid hex value", "Escaped character")):
        return (
            "a \\ in text between double quotes starts a special code. Write paths with / (media/logo.svg), "
            "write \\\\ for one \\, or put the text between single quotes ('C:\\Users')."
        )
    if reason.startswith("Expected '='"):
        if separator == ":":
            return f"write = between the name and the value: {fixed}."
        if " " in key.strip():
            return (
                "a setting's name is one word, without spaces (such as title or languages), then = and the value, "
                'e.g. title = "Our story".'
            )
        return f"write = between the name and the value: {fixed}."
    if reason.startswith("Expected newline or end of document"):
        return _after_the_value(key, value, fixed)
    if reason.startswith(("Invalid value", "Invalid date")):
        if not value:
            return f'the value after = is missing, e.g. {key or "title"} = "Our story".'
        if key in _SECONDS:
            return f"a number of seconds is written in digits, alone: {fixed}."
        if key in _SWITCHES:
            return f"this setting is true or false, in small letters and without quotes: {fixed}."
        if value.startswith("#"):
            return f"a colour goes between straight quotes, because # alone starts a note: {fixed}."
        return f"text goes between straight quotes: {fixed}."
    if reason.startswith(("Illegal character", "Found invalid character")):
        return (
            "it contains a character that cannot be in kiosk.toml, such as a tab inside the quotes or a "
            "character that cannot be seen. Type the line again."
        )
    return (
        'write each setting on a line of its own as name = value (e.g. title = "Our story"), and start a note with #.'
    )


def _after_the_value(key: str, value: str, fixed: str) -> str:
    """Something follows a value TOML read: a decimal comma, a unit, a second text in quotes."""
    if re.fullmatch(r"[+-]?\d+,\d+", value):
        return f"write numbers with a point: {fixed}."
    if re.match(r"[+-]?\d", value) and key not in _TEXT_KEYS:
        return f"a number is written alone, without a unit: {fixed}."
    if key in _TEXT_KEYS and not value.startswith(('"', "'")):
        return f"text goes between straight quotes: {fixed}."
    if value.startswith(('"', "'")):
        return f"only one value fits on a line: put all the text between one pair of straight quotes, {fixed}."
    return "write each setting on a line of its own, as name = value."


def _fixed(key: str, value: str) -> str:
    """`key = value` as it should be written: numbers alone, text and lists of text in straight quotes."""
    name = key.strip() or "title"
    inner = value.strip()
    if name in _SWITCHES:
        return f"{name} = {'true' if _unquoted(inner).lower() in _YES else 'false'}"
    if name in _SECONDS:
        number = _NUMBER.search(inner)
        return f"{name} = {float(number.group().replace(',', '.')) if number else _SECONDS[name]:g}"
    if inner.startswith("["):
        items = [_unquoted(item) for item in inner.strip("[]").split(",") if item.strip()]
        return f"{name} = [{', '.join(_quoted(item) for item in items)}]"
    return f"{name} = {_quoted(_unquoted(inner) or 'Our story')}"


def _unquoted(text: str) -> str:
    """`text` without the quotes of any kind around it, or inside it (a second text in quotes joins the first)."""
    return " ".join(re.sub(f"[\"'{CURLY_QUOTES}]", " ", text).split())


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "/").replace('"', "") + '"'
