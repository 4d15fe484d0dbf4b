"""The immutable content model: what a content folder means, once loaded.

Everything here is a frozen dataclass so the Qt layer, the checker and the
renderer can share one Deck without copying or locking. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.content.characters import escaped
from kiosk.content.languages import canonical_tag
from kiosk.content.settings_schema import model_default


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem an editor can fix: where it is, how bad, and what to do.

    `path` is relative to the content folder, with forward slashes (``en/01-vision.md``,
    ``kiosk.toml``, or ``.`` for the folder itself). `line` counts from 1.
    """

    path: str
    line: int
    severity: Severity
    message: str

    def format(self) -> str:
        r"""`file:line: severity: message`, with hidden characters from file names or content escaped (\x1b,
        \u202e): printed raw, they could rewrite the terminal or make one name look like another."""
        return escaped(f"{self.path}:{self.line}: {self.severity}: {self.message}")


class Layout(StrEnum):
    STATEMENT = "statement"
    TIMELINE = "timeline"
    CARDS = "cards"
    TEXT = "text"
    PHOTO = "photo"


@dataclass(frozen=True)
class ImageRef:
    """An image the content points at, already checked and confined to the folder.

    `path` is the absolute file path when the image is usable, None when it is
    missing or broken (the UI then shows a neutral placeholder). `width` and
    `height` are the pixel size read from the file header (0 when unknown, e.g. SVG
    without a size). `caption` and `credit` are shown with the picture when a visitor
    enlarges it (captions.py says how editors write them).
    """

    source: str
    path: Path | None
    width: int = 0
    height: int = 0
    alt: str = ""
    caption: str = ""
    credit: str = ""

    @property
    def usable(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class Link:
    """A link from the content. A kiosk visitor cannot follow it, so the UI shows it as a QR code."""

    text: str
    url: str


@dataclass(frozen=True)
class RichText:
    """Markdown turned into sanitized HTML that Qt's rich text can display.

    No raw HTML from the editor survives as markup, no remote resource is referenced,
    and every link target is collected in `links`.
    """

    html: str
    links: tuple[Link, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.html.strip()


@dataclass(frozen=True)
class PartialDate:
    """A timeline date as precise as the editor wrote it: a year, a year-month or a full date."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


@dataclass(frozen=True)
class Statement:
    """One big message (first paragraph of the body) with optional supporting text."""

    message: str
    supporting: RichText


@dataclass(frozen=True)
class TimelineEvent:
    """One `##` section of a timeline panel; `line` is where its heading is in the file."""

    date: PartialDate
    label: str
    title: str
    body: RichText
    image: ImageRef | None
    line: int


@dataclass(frozen=True)
class Card:
    """One `##` section of a cards panel (a value, say); `line` is where its heading is in the file."""

    name: str
    body: RichText
    icon: ImageRef | None
    line: int


@dataclass(frozen=True)
class Panel:
    """One screen of the deck, in one language.

    `key` is the file name (``02-goal.md``): the same key in two language folders is
    the same panel. `intro` is the text above the first ``##`` heading for timeline
    and cards layouts, and the whole body for the text and photo layouts. Exactly one of
    `statement`, `events`, `cards` is filled, according to `layout`. `written_in` is the
    language its text is written in and `right_to_left` that language's direction, which
    a fallback shown in another language keeps: decided here once, so the screen never
    works it out again. `notes` are the speaker notes (below a `Notes:` line): for the
    presenter view and the handout, never the audience.
    """

    key: str
    language: str
    source: str
    layout: Layout
    title: str
    image: ImageRef | None = None
    intro: RichText = RichText("")
    #: The label of the panel's section tab, when the editor gave one (see `label`).
    short_title: str = ""
    statement: Statement | None = None
    events: tuple[TimelineEvent, ...] = ()
    cards: tuple[Card, ...] = ()
    fallback: bool = False
    has_errors: bool = False
    right_to_left: bool = False
    written_in: str = ""
    notes: RichText = RichText("")

    @property
    def label(self) -> str:
        """The panel's name in the section tabs: its short title, or else its title."""
        return self.short_title or self.title

    @property
    def links(self) -> tuple[Link, ...]:
        texts = [self.intro]
        if self.statement:
            texts.append(self.statement.supporting)
        texts.extend(event.body for event in self.events)
        texts.extend(card.body for card in self.cards)
        return tuple(link for text in texts for link in text.links)


@dataclass(frozen=True)
class Language:
    """One language folder: its panels in display order; `right_to_left` mirrors the whole screen."""

    code: str
    name: str
    right_to_left: bool
    panels: tuple[Panel, ...]


@dataclass(frozen=True)
class Timings:
    """[timings] in kiosk.toml: the attract loop's pace, and how long a slide takes."""

    autoplay_seconds: float = model_default("timings.autoplay")
    idle_seconds: float = model_default("timings.idle")
    transition_ms: int = model_default("timings.transition")


@dataclass(frozen=True)
class Attract:
    """[attract] in kiosk.toml: what the kiosk shows while nobody is using it."""

    screen: bool = model_default("attract.screen")


@dataclass(frozen=True)
class Theme:
    """[theme] in kiosk.toml: colours as #rrggbb, the logo, and a font file replacing the bundled one."""

    background: str = model_default("theme.background")
    surface: str = model_default("theme.surface")
    text: str = model_default("theme.text")
    muted: str = model_default("theme.muted")
    accent: str = model_default("theme.accent")
    logo: ImageRef | None = model_default("theme.logo")
    font: Path | None = model_default("theme.font")


@dataclass(frozen=True)
class Admin:
    """[admin] in kiosk.toml: the PIN (stored only as a salted hash) and the hidden gesture that asks for it."""

    pin_hash: str | None = model_default("admin.pin_hash")
    gesture_corner: str = model_default("admin.corner")
    gesture_seconds: float = model_default("admin.hold_seconds")


@dataclass(frozen=True)
class Presenter:
    """[presenter] in kiosk.toml: a talk rather than a kiosk for visitors (also `kiosk run --presenter`)."""

    enabled: bool = model_default("presenter.enabled")
    pointer_seconds: float = model_default("presenter.hide_pointer")


@dataclass(frozen=True)
class Stats:
    """[stats] in kiosk.toml: whether visitor statistics are recorded, how long kept, and this kiosk's name in them."""

    enabled: bool = model_default("stats.enabled")
    keep_days: int = model_default("stats.keep_days")
    name: str = model_default("stats.name")


@dataclass(frozen=True)
class Settings:
    """kiosk.toml, with defaults for everything it leaves out; settings_schema.SETTINGS describes each one."""

    title: str = model_default("title")
    titles: tuple[tuple[str, str], ...] = model_default("titles")
    languages: tuple[str, ...] = model_default("languages")
    timings: Timings = field(default_factory=Timings)
    attract: Attract = field(default_factory=Attract)
    theme: Theme = field(default_factory=Theme)
    admin: Admin = field(default_factory=Admin)
    presenter: Presenter = field(default_factory=Presenter)
    renderer: str = model_default("display.renderer")
    reduced_motion: bool = model_default("display.reduced_motion")
    stats: Stats = field(default_factory=Stats)

    def title_in(self, code: str) -> str:
        """The title for visitors reading `code`: its own from [titles], else its base language's, else `title`."""
        titles = dict(self.titles)
        return titles.get(code) or titles.get(code.split("-")[0]) or self.title


@dataclass(frozen=True)
class Deck:
    """A whole content folder: settings, languages in display order, and every diagnostic.

    The first language is the default one. A deck with errors is still usable: it
    holds everything that could be loaded, and the UI shows it.
    """

    folder: Path
    settings: Settings
    languages: tuple[Language, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.WARNING)

    @property
    def default_language(self) -> Language | None:
        return self.languages[0] if self.languages else None

    def language(self, code: str) -> Language | None:
        """The language with this tag, however its letters are cased (`pt-br` finds pt-BR)."""
        tag = canonical_tag(code) or code
        return next((lang for lang in self.languages if lang.code == tag), None)

    def home_language(self, requested: str | None) -> tuple[str | None, str | None]:
        """The language the kiosk starts in and comes back to, and why it is not `requested` (None if it is).

        Decided here once per deck, so `kiosk run --lang`, `kiosk render --lang` and the attract loop agree
        and the problem is told once, not at every return to the attract loop.
        """
        default = self.default_language.code if self.default_language else None
        if not requested:
            return default, None
        found = self.language(requested)
        if found is not None:
            return found.code, None
        offered = ", ".join(lang.code for lang in self.languages) or "none"
        return default, f"the content has no language '{requested}'; it has: {offered}"
