"""YAML front matter between `---` lines at the top of a panel, with the line of each key.

Editors know this format from Jekyll and Hugo. Errors name the file line, so the
line numbers here count from the top of the file, not of the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE = "---"
_CLOSERS = ("---", "...")


@dataclass(frozen=True)
class FrontMatter:
    """The parsed settings, the file line of each key, and where the body starts (0-based line index)."""

    values: dict[str, object] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body_start: int = 0
    problem: tuple[int, str] | None = None


def parse_front_matter(lines: list[str]) -> FrontMatter:
    """Split front matter off `lines` (the file's lines, without newlines) and parse it.

    A problem is returned, not raised: (file line, message). The body then starts
    after the front matter if its end was found, so the text still shows.
    """
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
    source = "\n".join(lines[1:end])
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        values = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = 2 + (mark.line if mark else 0)
        reason = (problem.problem or "it is not written as `name: value`").rstrip(".")
        return FrontMatter(
            body_start=end + 1,
            problem=(
                min(line, end),
                f"the settings at the top of the file (between the --- lines) cannot be read: {reason}. "
                "Write each setting on its own line as `name: value`, e.g. `title: Our vision`; "
                "put text that contains a colon in quotes.",
            ),
        )
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return FrontMatter(
            body_start=end + 1,
            problem=(
                2,
                "the settings at the top of the file (between the --- lines) cannot be read. "
                "Write each setting on its own line as `name: value`.",
            ),
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
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[str(key_node.value)] = 2 + key_node.start_mark.line
    return FrontMatter(
        values={str(key): value for key, value in values.items()},
        lines={str(key): key_lines.get(str(key), 2) for key in values},
        body_start=end + 1,
    )
