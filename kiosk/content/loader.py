"""Turning a content folder into an immutable Deck, reporting every problem on the way.

load_deck never raises for anything an editor can put in the folder: each problem
becomes a Diagnostic with file, line and what to do, and whatever could be loaded
is still returned so the kiosk keeps running.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.content.accessibility import report_weak_contrast
from kiosk.content.files import FOLDER, kind_of
from kiosk.content.languages import canonical_tag, is_known, is_right_to_left, language_name, meant_tag
from kiosk.content.markdown_bounds import TOO_DEEPLY_NESTED
from kiosk.content.markdown_html import MarkdownRenderer
from kiosk.content.model import Deck, Language, Panel, Settings
from kiosk.content.near_misses import closest
from kiosk.content.panel_names import PANEL_ENDING, Misnamed, panel_name_meant, report_misnamed, report_other_capitals
from kiosk.content.panels import read_panel
from kiosk.content.pictures import Pictures, warn_hidden_in_name
from kiosk.content.report import Report
from kiosk.content.settings import load_settings
from kiosk.content.settings_file import SETTINGS_FILE, setting_line
from kiosk.content.sync_files import conflict_message, is_conflict_copy, is_sync_tool_file
from kiosk.locations import kiosk_command

MEDIA_FOLDER = "media"
#: A panel taking longer than this to prepare is reported: check, start-up and reload wait for it.
SLOW_PANEL_SECONDS = 2.0
_IGNORED_SILENTLY = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
_NATURAL = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that puts 2 before 10, as people count."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in _NATURAL.split(name) if part
    )


def _ignored_silently(name: str) -> bool:
    """Hidden files, editor leftovers and sync tools' files, which editors never meant as content."""
    return (
        name.startswith((".", "~$"))
        or name.endswith(("~", ".swp", ".swo", ".tmp", ".bak"))
        or name in _IGNORED_SILENTLY
        or is_sync_tool_file(name)
    )


@dataclass
class _Loader:
    root: Path
    report: Report = field(default_factory=Report)
    renderer: MarkdownRenderer = field(default_factory=MarkdownRenderer)
    #: Each language's folder as named on disk (`PT-br` for pt-BR), for the paths in messages.
    _folder_names: dict[str, str] = field(default_factory=dict)
    #: Files in language folders named like a panel but for their ending (`04-values.txt`).
    _misnamed: list[Misnamed] = field(default_factory=list)
    pictures: Pictures = field(init=False)

    def __post_init__(self) -> None:
        self.pictures = Pictures(self.root, self.report)

    def load(self) -> Deck:
        settings = load_settings(
            self.root, self.report, lambda source, alt, path, line: self.pictures.check(source, alt, path, line, "logo")
        )
        report_weak_contrast(
            self.report, SETTINGS_FILE, settings.theme, lambda key: setting_line(self.root, "theme", key)
        )
        folders = self._language_folders()
        order = self._language_order(folders, settings.languages)
        self._check_titles(settings.titles, order)
        panels = {code: self._panels(code, folders[code]) for code in order}
        names = {code: set(panels[code]) for code in order}
        report_misnamed(self.report, self._misnamed, names, self._folder)
        if order:
            report_other_capitals(self.report, names, order[0], self._folder)
        languages = self._assemble(self._offered(order, panels), panels)
        if not any(language.panels for language in languages):
            self.report.error(
                ".",
                1,
                "there are no panels to show. Put Markdown files (such as 01-vision.md) in a language folder "
                f"such as en/, or run `{kiosk_command('new')}` to get a starter folder to copy from.",
            )
        return Deck(self.root, replace(settings, languages=tuple(order)), languages, self.report.sorted())

    def _language_folders(self) -> dict[str, Path]:
        folders: dict[str, Path] = {}
        for entry in sorted(os.scandir(self.root), key=lambda entry: entry.name):
            name = entry.name
            if _ignored_silently(name) or name in (SETTINGS_FILE,):
                continue
            if is_conflict_copy(name):
                self.report.warning(name, 1, conflict_message(name))
                continue
            kind = _kind(entry)
            is_folder = kind == FOLDER
            if is_folder and name == MEDIA_FOLDER:
                continue
            code = canonical_tag(name) if is_folder else None
            if code:
                if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(self.root):
                    self.report.error(
                        name,
                        1,
                        f'the folder "{name}" is a link to a folder outside the content folder '
                        "and is ignored. Copy the folder itself into the content folder.",
                    )
                    continue
                if code in folders:
                    self.report.warning(
                        name,
                        1,
                        f'the folder "{name}" is ignored: the folder "{self._folder(code)}" '
                        f"is already the {language_name(code)} one. Move its panels there and remove it.",
                    )
                    continue
                folders[code] = Path(entry.path)
                self._folder_names[code] = name
                meant = None if is_known(code) else meant_tag(name)
                if meant:
                    self.report.warning(
                        name,
                        1,
                        f'the kiosk does not know the language code "{name}", so visitors see "{code}" in the '
                        f'language list (did you mean "{meant}"?). If these are {language_name(meant)} panels, '
                        f"rename the folder to {meant}.",
                    )
            elif is_folder:
                meant = meant_tag(name)
                self.report.warning(
                    name,
                    1,
                    f'the folder "{name}" is ignored. Panels go in folders named by a language code, such as en, fr, '
                    "ar, ckb or pt-BR, and pictures in media/; "
                    + (
                        f"rename the folder to {meant} if it holds the {language_name(meant)} panels."
                        if meant
                        else "rename or remove this folder."
                    ),
                )
            else:
                self.report.warning(
                    name,
                    1,
                    f'the {kind} "{name}" is ignored: the content folder holds only kiosk.toml, language folders '
                    "(en, fr ...) and media/. Move it into a language folder or media/, or remove it.",
                )
        return folders

    def _language_order(self, folders: dict[str, Path], listed: tuple[str, ...]) -> list[str]:
        if not listed:
            return sorted(folders, key=lambda code: (code != "en", code))
        order = [code for code in listed if code in folders]
        for code in listed:
            if code in folders:
                continue
            meant = closest(code, [folder for folder in folders if folder not in listed])
            if meant:
                self.report.error(
                    SETTINGS_FILE,
                    self._settings_line("languages"),
                    f'"languages" lists "{code}" (did you mean "{meant}"?): there is no folder {code}/, so '
                    f'{language_name(meant)} is left out. Write "{meant}" in the list, as the folder is named.',
                )
                continue
            self.report.warning(
                SETTINGS_FILE,
                self._settings_line("languages"),
                f'"languages" lists "{code}" but there is no folder {code}/ in the content folder, so that '
                f'language is left out. Create the folder {code}/ or remove "{code}" from the list.',
            )
        for code in sorted(folders):
            if code not in listed:
                self.report.warning(
                    self._folder(code),
                    1,
                    f'the language folder "{self._folder(code)}" is not shown because "languages" in kiosk.toml does not list it. '
                    f'Add "{code}" to the list to show it.',
                )
        return order

    def _check_titles(self, titles: tuple[tuple[str, str], ...], order: list[str]) -> None:
        """A title for a language the deck does not show is never seen: say so, naming the one probably meant."""
        for code, _ in titles:
            if code in order:
                continue
            line = setting_line(self.root, "titles", code)
            meant = closest(code, order)
            if meant:
                self.report.error(
                    SETTINGS_FILE,
                    line,
                    f'[titles] gives a title for "{code}" (did you mean "{meant}"?): there is no language {code}, so '
                    f"{language_name(meant)} visitors see the main title. Write {meant}, as the folder is named.",
                )
            else:
                self.report.warning(
                    SETTINGS_FILE,
                    line,
                    f'[titles] gives a title for "{code}", but the kiosk shows no language {code}, so it is never '
                    f"seen. Check the language folder's name, or remove the line.",
                )

    def _folder(self, code: str) -> str:
        return self._folder_names.get(code, code)

    def _settings_line(self, key: str) -> int:
        return setting_line(self.root, "", key)

    def _panels(self, code: str, folder: Path) -> dict[str, Panel | None]:
        """Every panel file of one language folder; None for a file too broken to show."""
        found: dict[str, Panel | None] = {}
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: natural_key(entry.name))
        except OSError as problem:
            self.report.error(folder.name, 1, f'the folder "{folder.name}" cannot be opened ({problem.strerror}).')
            return found
        for entry in entries:
            name, relative = entry.name, f"{folder.name}/{entry.name}"
            if _ignored_silently(name):
                continue
            if is_conflict_copy(name):
                self.report.warning(relative, 1, conflict_message(name))
                continue
            kind = _kind(entry)
            meant = panel_name_meant(name) if kind == "file" and not name.endswith(PANEL_ENDING) else None
            if meant is not None:
                self._misnamed.append(Misnamed(code, name, meant))
                continue
            if kind == FOLDER or not name.endswith(PANEL_ENDING):
                self.report.warning(
                    relative,
                    1,
                    f'the {kind} "{name}" is ignored: panels are Markdown text files whose names end in .md '
                    "(e.g. 01-vision.md). Rename it, or move it to media/ if it is a picture.",
                )
                continue
            file = Path(entry.path).resolve() if entry.is_symlink() else Path(entry.path)
            if not file.is_relative_to(self.root):
                self.report.error(
                    relative,
                    1,
                    "this file is a link to a file outside the content folder and is "
                    "ignored. Copy the file itself into the folder.",
                )
                found[name] = None
                continue
            warn_hidden_in_name(self.report, relative, 1, name, "panel")
            started = time.perf_counter()
            try:
                found[name] = read_panel(file, relative, name, code, self.report, self.renderer, self.pictures.check)
            except RecursionError:
                self.report.error(relative, 1, TOO_DEEPLY_NESTED)
                found[name] = None
            except Exception as problem:  # noqa: BLE001 - one odd file must not stop the whole deck
                self.report.error(
                    relative,
                    1,
                    f"this file could not be loaded because of a problem in the kiosk "
                    f"itself ({type(problem).__name__}: {problem}). Please report it with a copy of the file.",
                )
                found[name] = None
            took = time.perf_counter() - started
            if took > SLOW_PANEL_SECONDS:
                self.report.warning(
                    relative,
                    1,
                    f"this text takes {took:.1f} seconds to prepare, so the kiosk starts "
                    "and reloads slowly; simplify it (for example very many [ or * characters).",
                )
        return found

    def _offered(self, order: list[str], panels: dict[str, dict[str, Panel | None]]) -> list[str]:
        """The languages with a panel of their own to show. The others are reported and left out: the picker
        must never offer a language that shows nothing, or only another language."""
        offered = []
        for code in order:
            name, folder = language_name(code), self._folder(code)
            if any(panel is not None for panel in panels[code].values()):
                offered.append(code)
            elif panels[code]:
                self.report.warning(
                    folder,
                    1,
                    f"no panel in {folder}/ can be shown, so {name} is not offered to "
                    f"visitors. Fix the errors reported for the files in {folder}/.",
                )
            else:
                self.report.warning(
                    folder,
                    1,
                    f"there are no panels in {folder}/, so {name} is not offered to "
                    "visitors. Put Markdown files (such as 01-vision.md) in it, or remove the folder.",
                )
        return offered

    def _assemble(self, order: list[str], panels: dict[str, dict[str, Panel | None]]) -> tuple[Language, ...]:
        if not order:
            return ()
        default = order[0]
        own = panels[default]
        languages = []
        for code in order:
            theirs = panels[code]
            # Their own panels named with other capitals, and misnamed ones, are reported already; the first
            # get no fallback either (visitors would see the panel twice).
            folded = {key.casefold() for key in theirs}
            misnamed = {file.meant for file in self._misnamed if file.language == code}
            chosen: list[Panel] = []
            for key in sorted(set(theirs) | {key for key, panel in own.items() if panel is not None}, key=natural_key):
                panel = theirs.get(key)
                if panel is not None:
                    chosen.append(panel)
                    continue
                original = own.get(key)
                if original is None or (key not in theirs and key.casefold() in folded):
                    continue
                if key not in theirs and key not in misnamed:
                    folder, source = self._folder(code), original.source
                    self.report.warning(
                        source,
                        1,
                        f"there is no {language_name(code)} ({code}) version of {source}, so visitors see the "
                        f"{language_name(default)} one. Copy {source} into {folder}/ and translate it.",
                    )
                chosen.append(replace(original, language=code, fallback=True))
            languages.append(Language(code, language_name(code), is_right_to_left(code), tuple(chosen)))
        return tuple(languages)


def _kind(entry: os.DirEntry[str]) -> str:
    """What a folder entry is (following a link), named for an editor: "file", "folder", "named pipe" ..."""
    try:
        return kind_of(entry.stat().st_mode)
    except OSError:
        return "file"  # a link to nothing: reading it says so


def load_deck(folder: Path) -> Deck:
    """Load `folder` into a Deck. Never raises: every problem is a Diagnostic in the Deck."""
    report = Report()
    try:
        root = Path(folder).resolve()
    except (OSError, RuntimeError, ValueError):
        root = Path(folder)
    try:
        kind: str | None = kind_of(root.stat().st_mode)
    except (OSError, ValueError):
        kind = None
    if kind != FOLDER:
        message = (
            f'the content folder "{folder}" does not exist. Check the path, or run `{kiosk_command("new", folder)}` '
            "to create one."
            if kind is None
            else f'"{folder}" is a {kind}, not a folder. Give the path of the content folder (the one holding kiosk.toml and en/).'
        )
        report.error(".", 1, message)
        return Deck(root, Settings(), (), report.sorted())
    try:
        return _Loader(root, report).load()
    except OSError as problem:
        report.error(
            ".",
            1,
            f'the content folder "{folder}" cannot be read ({problem.strerror or problem}). '
            "Check that the kiosk may open it.",
        )
        return Deck(root, Settings(), (), report.sorted())
