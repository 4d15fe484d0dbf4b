"""Panel file names across languages: the same panel has the same file name in every language folder.

A name that differs in one folder (a wrong ending such as .txt, other capital letters)
splits one panel in two: one language loses it, or shows it twice. Such a name is an
error naming the rename, reported at the file that exists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kiosk.content.languages import language_name
from kiosk.content.report import Report

PANEL_ENDING = ".md"
#: Endings that mean "a Markdown panel" to an editor, longest first; `.md.txt` is what Windows saves when it
#: hides the ending .txt and the editor typed .md.
_PANEL_LIKE_ENDINGS = (".md.txt", ".markdown", ".md.md", ".mdown", ".mkdn", ".mkd", ".text", ".txt", ".md")
_HIDDEN_ENDING = (
    " (Windows hides the ending .txt: in File Explorer, tick View > File name extensions to see and change it)"
)


@dataclass(frozen=True)
class Misnamed:
    """A file in a language folder whose name is a panel's but for its ending: `04-values.txt` for `04-values.md`."""

    language: str
    written: str
    meant: str


def panel_name_meant(name: str) -> str | None:
    """The panel file name `name` most likely means (`04-values.txt` -> `04-values.md`), or None if none."""
    lower = name.lower()
    ending = next((ending for ending in _PANEL_LIKE_ENDINGS if lower.endswith(ending)), None)
    if ending is not None:
        stem = name[: -len(ending)]
        return stem + PANEL_ENDING if stem.strip() else None
    return name + PANEL_ENDING if "." not in name else None


def report_misnamed(
    report: Report, misnamed: list[Misnamed], names: Mapping[str, set[str]], folder: Callable[[str], str]
) -> None:
    """Each misnamed file: an error when another language has the panel under its right name, else a warning.

    `names`: each language's panel file names; `folder`: a language's folder as named on disk.
    """
    for file in misnamed:
        path = f"{folder(file.language)}/{file.written}"
        hidden = _HIDDEN_ENDING if file.written.lower().endswith(".md.txt") else ""
        others = [
            f"{folder(code)}/{file.meant}" for code in names if code != file.language and file.meant in names[code]
        ]
        if others:
            report.error(
                path,
                1,
                f"the {language_name(file.language)} version of this panel is not used because its name does not end "
                f"in .md, while {' and '.join(others)} {'has' if len(others) == 1 else 'have'} the right name{hidden}: "
                f"rename {path} to {file.meant}.",
            )
        else:
            report.warning(
                path,
                1,
                f'the file "{file.written}" is ignored: panels are Markdown text files whose names end in .md'
                f"{hidden}. If it is a panel, rename {path} to {file.meant}; otherwise move it out of the folder.",
            )


def report_other_capitals(
    report: Report, names: Mapping[str, set[str]], default: str, folder: Callable[[str], str]
) -> None:
    """A panel named with other capital letters in some languages: an error at each name that is the odd one out.

    The name most languages use is the right one; on a tie, the default language's.
    """
    spellings: dict[str, dict[str, str]] = {}
    for code, keys in names.items():
        for key in keys:
            spellings.setdefault(key.casefold(), {})[code] = key
    for by_language in spellings.values():
        if len(set(by_language.values())) < 2:
            continue
        counts = Counter(by_language.values())
        right = max(counts, key=lambda key: (counts[key], by_language.get(default) == key, key))
        holders = ", ".join(f"{folder(code)}/{key}" for code, key in by_language.items() if key == right)
        for code, key in by_language.items():
            if key != right:
                path = f"{folder(code)}/{key}"
                report.error(
                    path,
                    1,
                    f"this panel is named {holders} in the other languages, with other capital letters, so the "
                    f"languages do not match up and {language_name(code)} visitors see it twice: rename {path} to "
                    f"{right}.",
                )
