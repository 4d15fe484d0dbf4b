"""YAML front matter between `---` lines at the top of a panel, with the line of each key.

Editors know this format from Jekyll and Hugo. Errors name the file line, so the
line numbers here count from the top of the file, not of the YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from kiosk.content.characters import curly_quotes_outside_straight_quotes, straightened

_NOT_TEXT = frozenset({"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"})

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextLoader(_Loader):  # type: ignore[misc, valid-type]
    """The safe loader, but yes/no/on/off and dates stay text, as every panel setting is: `title: No` is "No"."""

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag not in _NOT_TEXT]
        for first, resolvers in _Loader.yaml_implicit_resolvers.items()
    }


_CANNOT_BE_READ = "the settings at the top of the file (between the --- lines) cannot be read"
_SHOWN_WITHOUT = "Until this is fixed the panel is shown without its settings."
#: Where YAML says what was open when it stopped: the mistake is where that opened.
_OPENED = re.compile(r"quoted scalar|flow sequence|flow mapping")
_SETTING = re.compile(r"^\s*(?P<key>[^:\s][^:]*?)\s*:\s+(?P<value>.*?)\s*$")
_QUOTES = "\"'"
#: First characters that make YAML read something other than text: [lists], {maps}, *aliases, &anchors, !tags ...
_STARTS_SOMETHING_ELSE = tuple("[]{}*&!|>@`%,?:-")
_FENCE = "---"
#: What a --- can become in a word processor: a long dash, spaced dashes, more hyphens.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212 ")
_CLOSERS = ("---", "...")
#: Characters YAML takes for a line break although the file's lines (and the editor's screen) do not:
#: read as spaces, so every setting stays on the line the editor sees it on.
_YAML_ONLY_LINE_BREAKS = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " "})


@dataclass(frozen=True)
class FrontMatter:
    """The parsed settings, the file line of each key, and where the body starts (0-based line index)."""

    values: dict[str, object] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body_start: int = 0
    problem: tuple[int, str] | None = None
    #: Things read, but perhaps not as meant (a setting written twice, a value cut short by #): (file line, message).
    remarks: tuple[tuple[int, str], ...] = ()


def parse_front_matter(lines: list[str]) -> FrontMatter:
    """Split front matter off `lines` (the file's lines, without newlines) and parse it.

    A problem is returned, not raised: (file line, message). The body then starts
    after the front matter if its end was found, so the text still shows. Empty lines
    above the first --- (an extra Enter, a note to self taken out) do not turn the
    settings into text on screen.
    """
    start = next((index for index, line in enumerate(lines) if line.strip()), 0)
    if start and lines[start].rstrip() == _FENCE:
        return _shifted(_parse_at_top(lines[start:]), start)
    return _parse_at_top(lines)


def settings_shown_as_text(lines: list[str], keys: tuple[str, ...]) -> int | None:
    """The index of a line near the top that reads like a panel setting (`layout: statement`) in a file whose
    settings block was not recognised, so it shows on screen as text: the first --- typed as a dash (—),
    four hyphens, or left out. None when the file starts otherwise."""
    filled = [index for index, line in enumerate(lines) if line.strip()][:2]
    if filled and set(lines[filled[0]].strip()) <= _DASHES:
        filled = filled[1:]
    if not filled:
        return None
    match = _SETTING.match(lines[filled[0]])
    return filled[0] if match and match.group("key") in keys else None


def _shifted(front: FrontMatter, by: int) -> FrontMatter:
    """`front` as read from `by` lines further down the file."""
    return FrontMatter(
        values=front.values,
        lines={name: line + by for name, line in front.lines.items()},
        body_start=front.body_start + by,
        problem=None if front.problem is None else (front.problem[0] + by, front.problem[1]),
        remarks=tuple((line + by, remark) for line, remark in front.remarks),
    )


def _parse_at_top(lines: list[str]) -> FrontMatter:
    if not lines or lines[0].rstrip() != _FENCE:
        return FrontMatter()
    end = next((index for index in range(1, len(lines)) if lines[index].rstrip() in _CLOSERS), None)
    if end is None:
        return FrontMatter(
            body_start=1,
            problem=(
                1,
                "the settings block that starts with --- on line 1 is never closed. "
                "Add a line with just --- after the last setting (layout, title, image ...).",
            ),
        )
    source = "\n".join(lines[1:end]).translate(_YAML_ONLY_LINE_BREAKS)
    loader = _TextLoader(source)
    try:
        node = loader.get_single_node()
        values = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as problem:
        line = _line_of(problem, lines[1:end])
        return FrontMatter(
            body_start=end + 1,
            problem=(
                line + 2,
                f"{_CANNOT_BE_READ}: {_sentence(plain_reason(problem.problem or '', lines[line + 1]))} {_SHOWN_WITHOUT}",
            ),
        )
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return FrontMatter(
            body_start=end + 1,
            problem=(2, f"{_CANNOT_BE_READ}. Write each setting on its own line as `name: value`. {_SHOWN_WITHOUT}"),
        )
    finally:
        loader.dispose()
    if values is None:
        return FrontMatter(body_start=end + 1)
    if not isinstance(values, dict):
        return FrontMatter(
            body_start=end + 1,
            problem=(
                2,
                "the settings at the top of the file (between the --- lines) must be written as "
                "`name: value` lines, e.g. `layout: statement`.",
            ),
        )
    key_lines: dict[str, int] = {}
    repeated: list[tuple[str, int, int]] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            name, line = str(key_node.value), 2 + key_node.start_mark.line
            if name in key_lines:
                repeated.append((name, key_lines[name], line))
            key_lines[name] = line
    return FrontMatter(
        values={str(key): value for key, value in values.items()},
        lines={str(key): key_lines.get(str(key), 2) for key in values},
        body_start=end + 1,
        remarks=tuple(
            (
                line,
                f'the setting "{name}" is written twice, on line {first} and here; this one is used. '
                "Delete the one you do not want.",
            )
            for name, first, line in repeated
        )
        + _cut_by_a_hash(lines[1:end], key_lines),
    )


def _cut_by_a_hash(settings: list[str], key_lines: dict[str, int]) -> tuple[tuple[int, str], ...]:
    """A value with " #" in it, not in quotes: YAML reads the rest as a note, so the text is cut short."""
    found = []
    for line in sorted(set(key_lines.values())):
        match = _SETTING.match(settings[line - 2])
        if match and " #" in match.group("value") and match.group("value")[:1] not in ("'", '"'):
            key, value = match.group("key"), match.group("value")
            found.append(
                (
                    line,
                    f'the setting "{key}" is cut short at the #, because # after a space starts a note. Put the '
                    f"whole text in quotes: {_quoted(key, value)}",
                )
            )
    return tuple(found)


def _line_of(problem: yaml.MarkedYAMLError, settings: list[str]) -> int:
    """The index, among the settings lines, of the line the mistake is on (where an unclosed quote or [ opens)."""
    opened_at = problem.context_mark if problem.context and _OPENED.search(problem.context) else None
    mark = opened_at or problem.problem_mark or problem.context_mark
    if "<document start>" in (problem.problem or ""):
        return next((index for index, line in enumerate(settings) if line[:1].isspace()), 0)
    return min(mark.line if mark else 0, max(len(settings) - 1, 0))


def plain_reason(reason: str, written: str) -> str:
    """What the YAML reader's `reason` means for the settings line `written`, and the line to write instead."""
    match = _SETTING.match(written)
    key, value = (match.group("key"), match.group("value")) if match else ("title", "")
    curly = curly_quotes_outside_straight_quotes(value)
    if "tab" in reason:
        return "this line has a tab in it. Write each setting as `name: value` with spaces, not tabs: delete the tab."
    if written[:1].isspace() or "<document start>" in reason:
        return "this line starts with spaces. Write each setting at the start of its line, as `name: value`."
    if "end of stream" in reason and curly:
        return (
            f"the text starts with a straight quote and ends with a curly quote ({curly[-1]}), which Word and Mac "
            f"editors type by themselves. Type the closing quote again as a straight quote: {straightened(written.strip())}"
        )
    if "end of stream" in reason or "expected ',' or ']'" in reason or "expected ',' or '}'" in reason:
        return f"the quotes or brackets that open the text are never closed. Put the whole text in quotes: {_quoted(key, value)}"
    if "mapping values" in reason:
        return f'the text has a colon followed by a space (": "), which starts a setting. Put the whole text in quotes: {_quoted(key, value)}'
    if "hexdecimal" in reason or "escape" in reason:
        return (
            "a \\ in text between double quotes starts a special code. Write paths with / (media/hope.svg), or put "
            f"the text between single quotes: {key}: '{value.strip(_QUOTES)}'"
        )
    if value[:1] == "'" and "'" in value[1:-1]:
        return f"an apostrophe (') ends a text written between single quotes. Use double quotes: {_quoted(key, value)}"
    if value[:1] in _QUOTES and value[-1:] != value[:1]:
        return f"the text must be all inside the quotes: {_quoted(key, value)}"
    if match and value[:1] in _STARTS_SOMETHING_ELSE:
        return f"text that starts with {value[:1]} must be written in quotes: {_quoted(key, value)}"
    return "write each setting on its own line as `name: value`, e.g. `title: Our vision`, and put text with a colon in quotes."


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _quoted(key: str, value: str) -> str:
    """`key: "value"`: the setting as written with its whole text in double quotes."""
    text = value.strip().strip(_QUOTES).replace('"', "")
    return f'{key}: "{text}"'
