"""Every kiosk.toml setting, once: its section, key, kind, default, range or choices, and what it does.

This table is the one place a setting is described. kiosk/content/settings.py reads
and checks kiosk.toml through it, kiosk/content/model.py takes its defaults from it,
`kiosk run --renderer` takes its choices from it, and the settings reference in
docs/content.md is written from it (settings_reference.py):

    python -m kiosk.content.settings_reference --update docs/content.md

Adding a setting is one row here and one field in the model it fills.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a setting's value is, which decides how it is checked and described."""

    TEXT = "text"
    SECONDS = "number of seconds"
    CHOICE = "choice"
    COLOUR = "colour"
    LANGUAGES = "list of languages"
    TEXT_PER_LANGUAGE = "text per language"
    PICTURE = "picture path"
    FONT = "font path"
    PIN_HASH = "PIN hash"
    SWITCH = "true or false"
    DAYS = "number of days"


@dataclass(frozen=True)
class Setting:
    """One kiosk.toml setting.

    `default` is written as in kiosk.toml (seconds, not milliseconds); None or an
    empty value means "none", and `default_words` then says in plain words what the
    kiosk does instead (otherwise `default_words` is a note after the value).
    `model` is the Settings field it fills ("timings.transition_ms"); `scale` turns
    the file's unit (the kind's: seconds) into the model's (1000 for milliseconds). `example` is
    a value as written in kiosk.toml, for messages and the docs. `machine`: the setting belongs to the
    kiosk machine (its PIN, its screen, its role), not to the content, so `kiosk import` keeps the
    machine's own value when new content arrives. `if_unreadable` is the value when kiosk.toml
    writes the setting but it cannot be used (None: the default): a mistyped switch meant to turn statistics
    off leaves them off.
    """

    table: str
    key: str
    kind: Kind
    default: Any
    model: str
    help: str
    low: float = 0
    high: float = 0
    choices: Mapping[str, str] = field(default_factory=dict)
    scale: int = 1
    example: str = ""
    default_words: str = ""
    machine: bool = False
    if_unreadable: Any = None

    @property
    def name(self) -> str:
        """The name messages use: "timings.autoplay", or "title" at the top."""
        return f"{self.table}.{self.key}" if self.table else self.key

    def model_value(self, value: Any) -> Any:
        """A checked value from kiosk.toml in the model's unit."""
        if self.kind is Kind.SECONDS:
            return float(value) if self.scale == 1 else round(value * self.scale)
        if self.kind is Kind.DAYS:
            return int(value)
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "",
        "title",
        Kind.TEXT,
        "Kiosk",
        "title",
        "the name shown in the corner and in the window title",
        example='"Our story"',
    ),
    Setting(
        "",
        "titles",
        Kind.TEXT_PER_LANGUAGE,
        (),
        "titles",
        "the title in other languages: a `[titles]` section with a line per language folder",
        example='{ fr = "Notre histoire" }',
        default_words="the title above, in every language",
    ),
    Setting(
        "",
        "languages",
        Kind.LANGUAGES,
        (),
        "languages",
        "the languages in the picker, in order; the first is the default",
        example='["en", "fr"]',
        default_words="every language folder, English first, then A to Z",
    ),
    Setting(
        "timings",
        "autoplay",
        Kind.SECONDS,
        12,
        "timings.autoplay_seconds",
        "seconds each panel stays on screen when the kiosk plays by itself",
        low=2,
        high=600,
    ),
    Setting(
        "timings",
        "idle",
        Kind.SECONDS,
        60,
        "timings.idle_seconds",
        "seconds without a touch before the kiosk plays by itself again",
        low=5,
        high=3600,
    ),
    Setting(
        "timings",
        "transition",
        Kind.SECONDS,
        0.4,
        "timings.transition_ms",
        "seconds the slide between two panels takes",
        low=0.1,
        high=2,
        scale=1000,
    ),
    Setting(
        "attract",
        "screen",
        Kind.SWITCH,
        True,
        "attract.screen",
        "when nobody is using the kiosk, show a full-screen invitation (the title and "
        '"Touch to explore" in every language, over the pictures of the panels); '
        "with false, the panels play by themselves instead",
    ),
    Setting(
        "theme",
        "background",
        Kind.COLOUR,
        "#10243e",
        "theme.background",
        "colour behind everything",
        default_words="dark navy",
    ),
    Setting("theme", "surface", Kind.COLOUR, "#1b3556", "theme.surface", "colour of cards and boxes"),
    Setting("theme", "text", Kind.COLOUR, "#ffffff", "theme.text", "colour of the main text", default_words="white"),
    Setting("theme", "muted", Kind.COLOUR, "#c9d6e8", "theme.muted", "colour of quieter text: introductions, dates"),
    Setting(
        "theme",
        "accent",
        Kind.COLOUR,
        "#f2b138",
        "theme.accent",
        "colour of highlights and buttons",
        default_words="warm yellow",
    ),
    Setting(
        "theme",
        "logo",
        Kind.PICTURE,
        None,
        "theme.logo",
        "your logo, shown in the corner",
        example='"media/logo.svg"',
        default_words="no logo",
    ),
    Setting(
        "theme",
        "font",
        Kind.FONT,
        None,
        "theme.font",
        "your own font",
        example='"media/Brand.ttf"',
        default_words="Noto Sans (with Noto Sans Arabic)",
    ),
    Setting(
        "admin",
        "pin_hash",
        Kind.PIN_HASH,
        None,
        "admin.pin_hash",
        "the staff PIN, stored scrambled",
        default_words="no PIN",
        machine=True,
    ),
    Setting(
        "admin",
        "corner",
        Kind.CHOICE,
        "top-left",
        "admin.gesture_corner",
        "where a long press opens the staff PIN pad",
        choices={"top-left": "", "top-right": "", "bottom-left": "", "bottom-right": ""},
        machine=True,
    ),
    Setting(
        "admin",
        "hold_seconds",
        Kind.SECONDS,
        3,
        "admin.gesture_seconds",
        "how long that press must last, in seconds",
        low=1,
        high=30,
        machine=True,
    ),
    Setting(
        "presenter",
        "enabled",
        Kind.SWITCH,
        False,
        "presenter.enabled",
        "a talk with a clicker: no playing by itself, keys for a presenter's remote, speaker notes on a second screen "
        "(as `kiosk run --presenter`)",
        default_words="a kiosk for visitors",
        machine=True,
    ),
    Setting(
        "presenter",
        "hide_pointer",
        Kind.SECONDS,
        2,
        "presenter.pointer_seconds",
        "in a talk, seconds without moving the mouse before its pointer hides",
        low=0.5,
        high=60,
        machine=True,
    ),
    Setting(
        "display",
        "renderer",
        Kind.CHOICE,
        "auto",
        "renderer",
        "how the screen is drawn",
        choices={
            "auto": "the graphics card, or software when there is none",
            "software": "always works",
            "opengl": "smoother with a graphics card",
        },
        machine=True,
    ),
    Setting(
        "display",
        "reduced_motion",
        Kind.SWITCH,
        False,
        "reduced_motion",
        "panels change with a short fade instead of sliding, for visitors sensitive to motion "
        "(visitors can also switch this on with the motion button)",
        default_words="panels slide",
    ),
    Setting(
        "stats",
        "enabled",
        Kind.SWITCH,
        True,
        "stats.enabled",
        "record anonymous visitor statistics for `kiosk stats` (see docs/stats.md)",
        if_unreadable=False,
    ),
    Setting(
        "stats",
        "keep_days",
        Kind.DAYS,
        400,
        "stats.keep_days",
        "days the statistics are kept; older ones are deleted when the kiosk starts",
        low=1,
        high=3650,
    ),
    Setting(
        "stats",
        "name",
        Kind.TEXT,
        "",
        "stats.name",
        "this kiosk's name in the statistics, to tell several kiosks apart",
        example='"Entrance hall"',
        default_words="the computer's name",
        machine=True,
    ),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}
TABLES: tuple[str, ...] = tuple(dict.fromkeys(setting.table for setting in SETTINGS if setting.table))
"""The [sections] of kiosk.toml, in order."""
MACHINE_SETTINGS: tuple[Setting, ...] = tuple(setting for setting in SETTINGS if setting.machine)
"""The settings that belong to the kiosk machine, which `kiosk import` keeps."""


def setting(name: str) -> Setting:
    """The setting called `name` in messages ("timings.autoplay")."""
    return _BY_NAME[name]


def model_default(name: str) -> Any:
    """The model's default for the setting called `name`, so model.py holds no second copy of it."""
    found = _BY_NAME[name]
    return found.model_value(found.default)


def keys_in(table: str) -> tuple[str, ...]:
    """The keys valid in `table` ("" for the top of the file, where the sections are keys too)."""
    keys = tuple(setting.key for setting in SETTINGS if setting.table == table)
    return keys + TABLES if table == "" else keys
