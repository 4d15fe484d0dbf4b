"""The settings reference in docs/content.md, written from the one table of settings (settings_schema.py).

    python -m kiosk.content.settings_reference --update docs/content.md

A test fails when docs/content.md and the table disagree, naming this command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.content.settings_schema import MACHINE_SETTINGS, SETTINGS, TABLES, Kind, Setting


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return f"{value:g}"


def _default(setting: Setting) -> str:
    if setting.default is None or setting.default in ((), ""):
        return setting.default_words
    written = f"`{_toml(setting.default)}`"
    return f"{written} ({setting.default_words})" if setting.default_words else written


def _allowed(setting: Setting) -> str:
    match setting.kind:
        case Kind.TEXT:
            return "any text"
        case Kind.SECONDS:
            return f"{setting.low:g} to {setting.high:g}"
        case Kind.CHOICE:
            return ", ".join(
                f'`"{choice}"`' + (f" ({note})" if note else "") for choice, note in setting.choices.items()
            )
        case Kind.COLOUR:
            return '`"#rrggbb"` or `"#rgb"`'
        case Kind.LANGUAGES:
            return f"language folder names, e.g. `{setting.example}`"
        case Kind.TEXT_PER_LANGUAGE:
            return 'under `[titles]`, a language folder name, `=` and the text in quotes, e.g. `fr = "Notre histoire"`'
        case Kind.PICTURE:
            return f"a picture in the folder, e.g. `{setting.example}`"
        case Kind.FONT:
            return f"a `.ttf` or `.otf` file in the folder, e.g. `{setting.example}`"
        case Kind.PIN_HASH:
            return "written for you by `kiosk set-pin`"
        case Kind.SWITCH:
            return "`true` or `false`"
        case Kind.DAYS:
            return f"{setting.low:g} to {setting.high:g}"


def example_toml() -> str:
    """A complete kiosk.toml: every setting an editor writes, with its example or its default."""
    lines: list[str] = []
    for table in ("", *TABLES):
        if table:
            lines.extend(["", f"[{table}]"])
        for setting in SETTINGS:
            if setting.table == table and setting.kind is not Kind.PIN_HASH:
                lines.append(f"{setting.key} = {setting.example or _toml(setting.default)}")
    return "\n".join(lines) + "\n"


def reference_markdown() -> str:
    """The settings reference of docs/content.md: a complete kiosk.toml, then a table row per setting."""
    rows = [
        "```toml",
        example_toml().rstrip("\n"),
        "```",
        "",
        "| setting | what it does | default | allowed |",
        "| --- | --- | --- | --- |",
    ]
    for setting in SETTINGS:
        name = f"`[{setting.table}]` `{setting.key}`" if setting.table else f"`{setting.key}`"
        rows.append(f"| {name} | {setting.help} | {_default(setting)} | {_allowed(setting)} |")
    rows.extend(["", _machine_sentence()])
    return "\n".join(rows) + "\n"


def _machine_sentence() -> str:
    """Which settings belong to the machine rather than the content, for the docs."""
    names = ", ".join(f"`[{setting.table}]` `{setting.key}`" for setting in MACHINE_SETTINGS)
    return (
        f"These settings belong to the kiosk machine, not to the content: {names}. "
        "`kiosk import` keeps the machine's own values when it brings new content (see docs/deploy.md)."
    )


REFERENCE_START = (
    "<!-- settings reference: generated from kiosk/content/settings_schema.py by "
    "`python -m kiosk.content.settings_reference --update docs/content.md`; edit the table there, not here -->"
)
REFERENCE_END = "<!-- end of the generated settings reference -->"


def with_reference(document: str) -> str:
    """`document` with the text between the reference markers replaced by `reference_markdown()`."""
    start = document.index(REFERENCE_START) + len(REFERENCE_START)
    end = document.index(REFERENCE_END, start)
    return document[:start] + "\n\n" + reference_markdown() + "\n" + document[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.content.settings_reference", description=__doc__.splitlines()[0]
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--markdown", action="store_true", help="print the settings reference table")
    action.add_argument("--update", type=Path, metavar="FILE", help="rewrite the reference between its markers in FILE")
    arguments = parser.parse_args(argv)
    if arguments.markdown:
        sys.stdout.write(reference_markdown())
        return 0
    document = arguments.update.read_text(encoding="utf-8")
    arguments.update.write_text(with_reference(document), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
