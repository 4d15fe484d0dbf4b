"""kiosk.toml: every setting optional, every mistake reported with its key and line.

A wrong value never stops the kiosk: it is reported as an error and that one
setting keeps its default, so the stand still runs while someone fixes the file.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.files import (
    FONT_LIMIT,
    TEXT_LIMIT,
    NotAFile,
    TooLarge,
    UnreadableFile,
    describe_size,
    open_content_file,
    read_content_file,
)
from kiosk.content.languages import LANGUAGE_CODE
from kiosk.content.model import Admin, ImageRef, Settings, Theme, Timings
from kiosk.content.paths import PathProblem, describe, resolve_inside
from kiosk.content.pin import PIN_HASH_FORMAT, is_pin_hash
from kiosk.content.report import Report
from kiosk.locations import kiosk_command

SETTINGS_FILE = "kiosk.toml"
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
RENDERERS = ("auto", "software", "opengl")
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"' -]+?)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\"'.-]+)\s*=")

_KEYS: dict[str, tuple[str, ...]] = {
    "": ("title", "languages", "timings", "theme", "admin", "display"),
    "timings": ("autoplay", "idle", "transition"),
    "theme": ("background", "surface", "text", "muted", "accent", "logo", "font"),
    "admin": ("pin_hash", "corner", "hold_seconds"),
    "display": ("renderer",),
}
_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("timings", "autoplay"): (2, 600),
    ("timings", "idle"): (5, 3600),
    ("timings", "transition"): (0.1, 2),
    ("admin", "hold_seconds"): (1, 30),
}

ImageLoader = Callable[[str, str, str, int], ImageRef]
"""(source, alt, path of the file naming it, line) -> ImageRef; reports its own problems."""


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """The line of each `key =` (per table) and of each `[table]` or `[[table]]`, found by reading the text.

    A dotted key counts in each table it names: `theme.background = ...` at the top is
    (theme, background), and also places "theme" if no [theme] header comes first.
    """
    found: dict[tuple[str, str], int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TABLE_HEADER.match(line)
        if header:
            table = ".".join(part.strip("\"' ") for part in header.group(1).split("."))
            found.setdefault(("", table.split(".")[0]), number)
            found.setdefault(("", table), number)
            continue
        key = _KEY.match(line)
        if key:
            path = [part.strip("\"'") for part in key.group(1).split(".")]
            if table:
                path.insert(0, table)
            for depth in range(len(path)):
                found.setdefault((".".join(path[:depth]), path[depth]), number)
    return found


@dataclass
class _Checker:
    root: Path
    report: Report
    lines: dict[tuple[str, str], int]

    def line(self, table: str, key: str) -> int:
        return self.lines.get((table, key)) or self.lines.get(("", table)) or 1

    def name(self, table: str, key: str) -> str:
        return f"{table}.{key}" if table else key

    def error(self, table: str, key: str, message: str) -> None:
        self.report.error(SETTINGS_FILE, self.line(table, key), f'the setting "{self.name(table, key)}" {message}')

    def number(self, table: str, key: str, value: object) -> float | None:
        low, high = _RANGES[(table, key)]
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            self.error(table, key, f"must be a number of seconds from {low:g} to {high:g} (e.g. {key} = {low * 2:g}); "
                       "the default is used until this is fixed.")
            return None
        return float(value)

    def text(self, table: str, key: str, value: object, example: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.error(table, key, f'must be text in quotes, e.g. {key} = "{example}"; the default is used until this is fixed.')
            return None
        return value.strip()

    def choice(self, table: str, key: str, value: object, choices: tuple[str, ...]) -> str | None:
        if value not in choices:
            allowed = ", ".join(f'"{choice}"' for choice in choices)
            self.error(table, key, f"must be one of {allowed}; the default \"{choices[0]}\" is used until this is fixed.")
            return None
        return str(value)

    def unknown(self, table: str, keys: dict[str, object]) -> None:
        valid = _KEYS[table]
        for key in keys:
            if key not in valid and (table, key) != ("admin", "pin"):
                where = f"in [{table}]" if table else "at the top of kiosk.toml"
                listed = ", ".join(valid)
                self.report.warning(
                    SETTINGS_FILE,
                    self.line(table, key),
                    f'the setting "{key}" {where} is unknown and is ignored. Check the spelling; '
                    f"the settings there are: {listed}.",
                )


class SettingsUnusable(Exception):
    """kiosk.toml is there but cannot be used at all: `message` (about `line`) says why and what to do."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


_KEEPS_DEFAULTS = "every setting keeps its default until then."


def settings_text(root: Path) -> str:
    """The text of kiosk.toml in `root` (a resolved folder); "" when there is none. Raises SettingsUnusable.

    kiosk.toml is read like every content file: only a normal file inside the folder
    (a link to one is fine), never a named pipe or a device, and at most TEXT_LIMIT.
    """
    resolved = resolve_inside(root, SETTINGS_FILE)
    if resolved.problem is PathProblem.MISSING:
        if not os.path.lexists(root / SETTINGS_FILE):
            return ""
        raise SettingsUnusable(1, "kiosk.toml is a link to a file that does not exist. Copy the settings file itself "
                               f"into the content folder; {_KEEPS_DEFAULTS}")
    if resolved.path is None:
        raise SettingsUnusable(1, "kiosk.toml is a link to a file outside the content folder and is ignored. Copy "
                               f"the file itself into the content folder; {_KEEPS_DEFAULTS}")
    try:
        raw = read_content_file(resolved.path, TEXT_LIMIT)
    except NotAFile as problem:
        raise SettingsUnusable(1, f"kiosk.toml is not a normal file (it is a {problem.kind}); replace it with a "
                               f"normal text file. It is ignored: {_KEEPS_DEFAULTS}") from None
    except TooLarge as problem:
        raise SettingsUnusable(1, f"kiosk.toml is larger than {describe_size(problem.limit)}, far more than any "
                               f"settings take; check that it is the right file. It is ignored: {_KEEPS_DEFAULTS}") from None
    except FileNotFoundError:
        return ""
    except OSError as problem:
        raise SettingsUnusable(1, f"kiosk.toml cannot be opened ({problem.strerror}). Check that the kiosk may read "
                               f"it; {_KEEPS_DEFAULTS}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        raise SettingsUnusable(line, f"kiosk.toml is not saved as UTF-8 text (line {line} has a character the "
                               "kiosk cannot read). Save it again with the UTF-8 encoding.") from None


def load_settings(root: Path, report: Report, load_image: ImageLoader) -> Settings:
    """Read kiosk.toml in `root` (a resolved folder); a missing file means every default."""
    try:
        text = settings_text(root)
    except SettingsUnusable as problem:
        report.error(SETTINGS_FILE, problem.line, problem.message)
        return Settings()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        match = _TOML_LINE.search(str(problem))
        reason = _TOML_LINE.sub("", str(problem)).strip().rstrip(".")
        report.error(
            SETTINGS_FILE,
            int(match.group(1)) if match else 1,
            f"kiosk.toml cannot be read: {reason}. Write each setting as name = value, with text in \"quotes\" "
            "(e.g. title = \"Our story\"); every setting keeps its default until this is fixed.",
        )
        return Settings()
    return _settings(data, _Checker(root, report, _key_lines(text)), load_image)


def _table(check: _Checker, data: dict[str, object], name: str) -> dict[str, object]:
    value = data.get(name, {})
    if isinstance(value, dict):
        check.unknown(name, value)
        return value
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        problem = f'[[{name}]] is written with double brackets, which TOML reads as a list of sections: write it [{name}]'
    else:
        problem = f'"{name}" must be a section written as [{name}] on its own line, followed by its settings'
    check.report.error(SETTINGS_FILE, check.line("", name), f"{problem}; its defaults are used until this is fixed.")
    return {}


def _settings(data: dict[str, object], check: _Checker, load_image: ImageLoader) -> Settings:
    check.unknown("", data)
    defaults = Settings()
    title = defaults.title
    if "title" in data:
        title = check.text("", "title", data["title"], "Our story") or title
    languages: tuple[str, ...] = ()
    if "languages" in data:
        languages = _languages(check, data["languages"])
    return Settings(
        title=title,
        languages=languages,
        timings=_timings(check, _table(check, data, "timings")),
        theme=_theme(check, _table(check, data, "theme"), load_image),
        admin=_admin(check, _table(check, data, "admin")),
        renderer=_renderer(check, _table(check, data, "display")),
    )


def _languages(check: _Checker, value: object) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(code, str) and LANGUAGE_CODE.match(code) for code in value)
    ):
        check.error("", "languages", 'must be a list of language folder names in quotes, e.g. languages = ["en", "fr"]; '
                    "the languages are shown in the default order until this is fixed.")
        return ()
    unique = tuple(dict.fromkeys(value))
    if len(unique) != len(value):
        check.report.warning(SETTINGS_FILE, check.line("", "languages"),
                             'the setting "languages" names a language twice; the second mention is ignored.')
    return unique


def _timings(check: _Checker, table: dict[str, object]) -> Timings:
    defaults = Timings()
    autoplay = check.number("timings", "autoplay", table["autoplay"]) if "autoplay" in table else None
    idle = check.number("timings", "idle", table["idle"]) if "idle" in table else None
    transition = check.number("timings", "transition", table["transition"]) if "transition" in table else None
    return Timings(
        autoplay_seconds=defaults.autoplay_seconds if autoplay is None else autoplay,
        idle_seconds=defaults.idle_seconds if idle is None else idle,
        transition_ms=defaults.transition_ms if transition is None else round(transition * 1000),
    )


def _theme(check: _Checker, table: dict[str, object], load_image: ImageLoader) -> Theme:
    defaults = Theme()
    colours: dict[str, str] = {}
    for key in ("background", "surface", "text", "muted", "accent"):
        if key not in table:
            continue
        value = table[key]
        if isinstance(value, str) and _COLOUR.match(value.strip()):
            colours[key] = value.strip().lower()
        else:
            check.error("theme", key, f'must be a colour written as "#rgb" or "#rrggbb", e.g. {key} = "{getattr(defaults, key)}"; '
                        "the default is used until this is fixed.")
    logo = None
    if "logo" in table:
        source = check.text("theme", "logo", table["logo"], "media/logo.svg")
        if source is not None:
            found = load_image(source, "", SETTINGS_FILE, check.line("theme", "logo"))
            logo = found if found.usable else None
    font = _font(check, table["font"]) if "font" in table else None
    return Theme(**colours, logo=logo, font=font)


def _font(check: _Checker, value: object) -> Path | None:
    source = check.text("theme", "font", value, "media/Brand.ttf")
    if source is None:
        return None
    line = check.line("theme", "font")
    resolved = resolve_inside(check.root, source)
    if resolved.path is None:
        assert resolved.problem is not None
        check.report.error(SETTINGS_FILE, line, describe(resolved.problem, source, "font"))
        return None
    try:
        with open_content_file(resolved.path, FONT_LIMIT) as stream:
            head = stream.read(4)
    except UnreadableFile as problem:
        check.report.error(SETTINGS_FILE, line, f'the font "{source}" cannot be used: {problem}; '
                           f"{problem.advice('font file')}. The bundled Noto Sans is used until this is fixed.")
        return None
    except OSError as problem:
        check.report.error(SETTINGS_FILE, line, f'the font "{source}" cannot be opened ({problem.strerror}).')
        return None
    if resolved.path.suffix.lower() not in (".ttf", ".otf") or head not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        check.report.error(SETTINGS_FILE, line, f'the font "{source}" is not a TrueType (.ttf) or OpenType (.otf) font file; '
                           "the bundled Noto Sans is used until this is fixed.")
        return None
    return resolved.path


def _admin(check: _Checker, table: dict[str, object]) -> Admin:
    defaults = Admin()
    if "pin" in table:
        check.report.error(
            SETTINGS_FILE,
            check.line("admin", "pin"),
            f'a PIN must never be written in kiosk.toml as "pin": delete that line and run `{kiosk_command("set-pin")}`, '
            "which stores the PIN safely as pin_hash.",
        )
    pin_hash = None
    if "pin_hash" in table:
        value = table["pin_hash"]
        if isinstance(value, str) and is_pin_hash(value):
            pin_hash = value
        else:
            check.error("admin", "pin_hash", f"is not a PIN hash written by `kiosk set-pin` (it looks like {PIN_HASH_FORMAT}). "
                        f"Run `{kiosk_command('set-pin')}` to set the PIN again.")
    corner = check.choice("admin", "corner", table["corner"], CORNERS) if "corner" in table else None
    hold = check.number("admin", "hold_seconds", table["hold_seconds"]) if "hold_seconds" in table else None
    return Admin(
        pin_hash=pin_hash,
        gesture_corner=corner or defaults.gesture_corner,
        gesture_seconds=defaults.gesture_seconds if hold is None else hold,
    )


def _renderer(check: _Checker, table: dict[str, object]) -> str:
    if "renderer" not in table:
        return "auto"
    return check.choice("display", "renderer", table["renderer"], RENDERERS) or "auto"
