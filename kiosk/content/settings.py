"""kiosk.toml: every setting optional, every mistake reported with its key and line.

A wrong value never stops the kiosk: it is reported as an error and that one
setting keeps its default, so the stand still runs while someone fixes the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.content.files import (
    FONT_LIMIT,
    UnreadableFile,
    open_content_file,
)
from kiosk.content.languages import canonical_tag
from kiosk.content.model import ImageRef, Settings
from kiosk.content.near_misses import closest
from kiosk.content.paths import describe, resolve_inside
from kiosk.content.pin import PIN_HASH_FORMAT, is_pin_hash
from kiosk.content.report import Report
from kiosk.content.settings_file import SETTINGS_FILE, SettingsUnusable, key_lines, line_of, settings_text
from kiosk.content.settings_schema import SETTINGS, TABLES, Kind, Setting, keys_in
from kiosk.content.toml_lines import read_toml
from kiosk.locations import kiosk_command

_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_USE_DEFAULT = "the default is used until this is fixed."
#: title_fr, title-fr, titles_fr: a title in another language written as a setting of its own.
_TITLE_IN_A_LANGUAGE = re.compile(r"^titles?[_\-. ]([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$")

ImageLoader = Callable[[str, str, str, int], ImageRef]
"""(source, alt, path of the file naming it, line) -> ImageRef; reports its own problems."""


@dataclass
class _Checker:
    """Checks each value against its row of the schema and reports what is wrong with it."""

    root: Path
    report: Report
    lines: dict[tuple[str, str], int]
    load_image: ImageLoader

    def line(self, table: str, key: str) -> int:
        return line_of(self.lines, table, key)

    def error(self, setting: Setting, message: str) -> None:
        self.report.error(
            SETTINGS_FILE, self.line(setting.table, setting.key), f'the setting "{setting.name}" {message}'
        )

    def value(self, setting: Setting, value: object) -> object | None:
        """`value` in the model's terms, or None (reported) when it cannot be used and the default stays."""
        match setting.kind:
            case Kind.TEXT:
                return self.text(setting, value)
            case Kind.SECONDS:
                return self.seconds(setting, value)
            case Kind.CHOICE:
                return self.choice(setting, value)
            case Kind.COLOUR:
                return self.colour(setting, value)
            case Kind.LANGUAGES:
                return self.languages(setting, value)
            case Kind.TEXT_PER_LANGUAGE:
                return self.text_per_language(setting, value)
            case Kind.PICTURE:
                return self.picture(setting, value)
            case Kind.FONT:
                return self.font(setting, value)
            case Kind.PIN_HASH:
                return self.pin_hash(setting, value)
            case Kind.SWITCH:
                return self.switch(setting, value)
            case Kind.DAYS:
                return self.days(setting, value)

    def text(self, setting: Setting, value: object) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.error(setting, f"must be text in quotes, e.g. {setting.key} = {setting.example}; {_USE_DEFAULT}")
            return None
        return value.strip()

    def seconds(self, setting: Setting, value: object) -> float | None:
        low, high = setting.low, setting.high
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            self.error(
                setting,
                f"must be a number of seconds from {low:g} to {high:g} (e.g. {setting.key} = {low * 2:g}); "
                f"{_USE_DEFAULT}",
            )
            return None
        return setting.model_value(value)

    def days(self, setting: Setting, value: object) -> int | None:
        low, high = setting.low, setting.high
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(
                setting,
                f"must be a whole number of days from {low:g} to {high:g} (e.g. {setting.key} = {setting.default}); "
                f"{_USE_DEFAULT}",
            )
            return None
        return value

    def choice(self, setting: Setting, value: object) -> str | None:
        if value not in setting.choices:
            allowed = ", ".join(f'"{choice}"' for choice in setting.choices)
            self.error(
                setting, f'must be one of {allowed}; the default "{setting.default}" is used until this is fixed.'
            )
            return None
        return str(value)

    def colour(self, setting: Setting, value: object) -> str | None:
        if isinstance(value, str) and _COLOUR.match(value.strip()):
            return value.strip().lower()
        self.error(
            setting,
            f'must be a colour written as "#rgb" or "#rrggbb", e.g. {setting.key} = "{setting.default}"; '
            f"{_USE_DEFAULT}",
        )
        return None

    def languages(self, setting: Setting, value: object) -> tuple[str, ...] | None:
        """The listed language codes in their usual form (`PT-br` is `pt-BR`), as the folders are read."""
        listed = value if isinstance(value, list) else []
        codes = [canonical_tag(code) if isinstance(code, str) else None for code in listed]
        if not codes or None in codes:
            self.error(
                setting,
                f"must be a list of language folder names in quotes, e.g. {setting.key} = {setting.example}; "
                "the languages are shown in the default order until this is fixed.",
            )
            return None
        unique = tuple(dict.fromkeys(code for code in codes if code))
        if len(unique) != len(codes):
            self.report.warning(
                SETTINGS_FILE,
                self.line(setting.table, setting.key),
                f'the setting "{setting.name}" names a language twice; the second mention is ignored.',
            )
        return unique

    def text_per_language(self, setting: Setting, value: object) -> tuple[tuple[str, str], ...] | None:
        """(language, text) pairs, the languages in their usual form; a line that is not text is reported alone."""
        if not isinstance(value, dict):
            self.error(
                setting,
                f"must be a section: write [{setting.key}] on its own line, then one line per language, e.g. "
                f'fr = "Notre histoire"; {_USE_DEFAULT}',
            )
            return None
        found: list[tuple[str, str]] = []
        for code, text in value.items():
            tag = canonical_tag(code)
            if tag is None or not isinstance(text, str) or not text.strip():
                self.report.error(
                    SETTINGS_FILE,
                    self.line(setting.key, code),
                    f'in [{setting.key}], each line is a language folder name, "=" and the text in quotes, e.g. '
                    f'fr = "Notre histoire"; the line "{code}" is ignored until then.',
                )
                continue
            found.append((tag, text.strip()))
        return tuple(found)

    def picture(self, setting: Setting, value: object) -> ImageRef | None:
        source = self.text(setting, value)
        if source is None:
            return None
        found = self.load_image(source, "", SETTINGS_FILE, self.line(setting.table, setting.key))
        return found if found.usable else None

    def font(self, setting: Setting, value: object) -> Path | None:
        source = self.text(setting, value)
        if source is None:
            return None
        line = self.line(setting.table, setting.key)
        resolved = resolve_inside(self.root, source)
        if resolved.path is None:
            assert resolved.problem is not None
            self.report.error(SETTINGS_FILE, line, describe(resolved.problem, source, "font", resolved.meant))
            return None
        try:
            with open_content_file(resolved.path, FONT_LIMIT) as stream:
                head = stream.read(4)
        except UnreadableFile as problem:
            self.report.error(
                SETTINGS_FILE,
                line,
                f'the font "{source}" cannot be used: {problem}; '
                f"{problem.advice('font file')}. The bundled Noto Sans is used until this is fixed.",
            )
            return None
        except OSError as problem:
            self.report.error(SETTINGS_FILE, line, f'the font "{source}" cannot be opened ({problem.strerror}).')
            return None
        if resolved.path.suffix.lower() not in (".ttf", ".otf") or head not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
            self.report.error(
                SETTINGS_FILE,
                line,
                f'the font "{source}" is not a TrueType (.ttf) or OpenType (.otf) font '
                "file; the bundled Noto Sans is used until this is fixed.",
            )
            return None
        return resolved.path

    def pin_hash(self, setting: Setting, value: object) -> str | None:
        if isinstance(value, str) and is_pin_hash(value):
            return value
        self.error(
            setting,
            f"is not a PIN hash written by `kiosk set-pin` (it looks like {PIN_HASH_FORMAT}). "
            f"Run `{kiosk_command('set-pin')}` to set the PIN again.",
        )
        return None

    def switch(self, setting: Setting, value: object) -> bool | None:
        if isinstance(value, bool):
            return value
        until = _USE_DEFAULT
        if setting.if_unreadable is not None:
            until = f"until this is fixed the kiosk acts as if it said {setting.key} = {str(setting.if_unreadable).lower()}."
        self.error(setting, f"must be true or false, without quotes, e.g. {setting.key} = true; {until}")
        return None

    def unknown(self, table: str, keys: dict[str, object]) -> None:
        valid = keys_in(table)
        for key in keys:
            if (table, key) == ("admin", "pin"):
                self.report.error(
                    SETTINGS_FILE,
                    self.line(table, key),
                    f'a PIN must never be written in kiosk.toml as "pin": delete that line and run '
                    f"`{kiosk_command('set-pin')}`, which stores the PIN safely as pin_hash.",
                )
            elif not table and (language := _TITLE_IN_A_LANGUAGE.match(key)):
                self.report.error(
                    SETTINGS_FILE,
                    self.line(table, key),
                    f'"{key}" is not a setting, so this title is not shown. A title in another language goes in a '
                    f"[titles] section at the end of kiosk.toml: write [titles] on its own line, then "
                    f'{language.group(1)} = "..." on the next.',
                )
            elif key not in valid:
                self.unknown_key(table, key, valid)

    def unknown_key(self, table: str, key: str, valid: tuple[str, ...]) -> None:
        """An unknown key is ignored; one spelt almost like a real one would have changed the kiosk: an error."""
        where = f"in [{table}]" if table else "at the top of kiosk.toml"
        meant = closest(key, valid)
        if meant is None:
            self.report.warning(
                SETTINGS_FILE,
                self.line(table, key),
                f'the setting "{key}" {where} is unknown and is ignored. Check the spelling; '
                f"the settings there are: {', '.join(valid)}.",
            )
            return
        what = "section" if not table and meant in TABLES else "setting"
        self.report.error(
            SETTINGS_FILE,
            self.line(table, key),
            f'the {what} "{key}" {where} is unknown, so it is ignored and the kiosk does not look as you meant '
            f'(did you mean "{meant}"?). Write it spelt exactly so; the {what} keeps its default until then.',
        )


def load_settings(root: Path, report: Report, load_image: ImageLoader) -> Settings:
    """Read kiosk.toml in `root` (a resolved folder); a missing file means every default."""
    try:
        text = settings_text(root)
    except SettingsUnusable as problem:
        report.error(SETTINGS_FILE, problem.line, problem.message)
        return Settings()
    read = read_toml(text)
    for unreadable in read.unreadable:
        report.error(SETTINGS_FILE, unreadable.line, unreadable.message)
    return _settings(read.data, _Checker(root, report, key_lines(text), load_image))


def _table(check: _Checker, data: dict[str, object], name: str) -> dict[str, object]:
    value = data.get(name, {})
    if isinstance(value, dict):
        check.unknown(name, value)
        return value
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        problem = (
            f"[[{name}]] is written with double brackets, which TOML reads as a list of sections: write it [{name}]"
        )
    else:
        problem = f'"{name}" must be a section written as [{name}] on its own line, followed by its settings'
    check.report.error(SETTINGS_FILE, check.line("", name), f"{problem}; its defaults are used until this is fixed.")
    return {}


def _settings(data: dict[str, object], check: _Checker) -> Settings:
    """Each setting of the schema that kiosk.toml writes and that passes its check, over the defaults."""
    check.unknown("", data)
    sections: dict[str, dict[str, object]] = {"": data}
    values: dict[str, object] = {}
    for setting in SETTINGS:
        if setting.table not in sections:
            sections[setting.table] = _table(check, data, setting.table)
        section = sections[setting.table]
        if setting.key in section:
            value = check.value(setting, section[setting.key])
        elif (setting.table, setting.key) in check.lines:
            value = None  # written on a line that could not be read (reported by load_settings)
        else:
            continue
        if value is None:
            value = setting.if_unreadable
        if value is not None:
            values[setting.model] = value
    return _with_values(Settings(), values)


def _with_values(defaults: Settings, values: dict[str, object]) -> Settings:
    """`defaults` with each model field named in `values` ("title", "timings.idle_seconds") replaced."""
    top: dict[str, object] = {}
    groups: dict[str, dict[str, object]] = {}
    for path, value in values.items():
        group, _, name = path.rpartition(".")
        (groups.setdefault(group, {}) if group else top)[name] = value
    for group, fields in groups.items():
        top[group] = replace(getattr(defaults, group), **fields)
    return replace(defaults, **top)
