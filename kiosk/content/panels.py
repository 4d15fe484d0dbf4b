"""Reading one panel file: its front matter, its title, then the blocks its layout needs.

The loader walks the folder and decides which files are panels; this module turns one
file's text into a Panel, reporting each problem at its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.content.accessibility import report_missing_description
from kiosk.content.captions import Caption, caption_from_title, checked_caption, split_curly_quoted_title
from kiosk.content.characters import wrapped_in_curly_quotes
from kiosk.content.comments import UNCLOSED_COMMENT, hide_comments
from kiosk.content.frontmatter import parse_front_matter, settings_shown_as_text
from kiosk.content.languages import is_right_to_left
from kiosk.content.links import checked_link
from kiosk.content.markdown_bounds import (
    TOO_DEEPLY_NESTED,
    overlong_paragraph,
    overlong_paragraph_message,
    too_deeply_nested,
)
from kiosk.content.markdown_html import MarkdownRenderer, Section
from kiosk.content.model import Card, ImageRef, Layout, Panel, PartialDate, RichText, Statement, TimelineEvent
from kiosk.content.near_misses import closest, did_you_mean
from kiosk.content.panel_file import panel_lines
from kiosk.content.report import Report
from kiosk.content.speaker_notes import check_notes, split_notes
from kiosk.content.timeline_dates import parse_event_heading

SETTINGS_SHOWN_AS_TEXT = (
    "this line is a setting, but it is shown on screen as text: settings go between two lines of exactly three "
    "hyphens (---), the first one at the very top of the file. Word and Mac editors may turn --- into a long "
    "dash (—): type it again as three hyphens."
)
FRONT_MATTER_KEYS = ("layout", "title", "short_title", "image", "image_alt", "image_caption", "image_credit")
STATEMENT_MAX_CHARACTERS = 160
#: A panel's label in the kiosk's section tabs: longer ones no longer fit beside the others.
SHORT_TITLE_MAX_CHARACTERS = 20
#: The text over a full-screen photo: a few lines a passer-by reads at a glance.
PHOTO_TEXT_MAX_CHARACTERS = 280
#: Checks a picture a panel names: (source, alt text, panel file, line) -> the reference to show.
PictureChecker = Callable[[str, str, str, int], ImageRef]
_LAYOUT_NAMES = tuple(layout.value for layout in Layout)
_TITLE_HEADING = re.compile(r"^#(?!#)[ \t]*(.*?)[ \t]*#*[ \t]*$")
_SECTION_HEADING = re.compile(r"^##(?!#)[ \t]*(.*?)[ \t]*#*[ \t]*$")
_FILE_NUMBER = re.compile(r"^[0-9]+[-_. ]*")


def title_from_file_name(name: str) -> str:
    """ "05-who-we-are.md" -> "Who we are": a readable title when the editor gave none."""
    stem = name[:-3] if name.lower().endswith(".md") else name
    words = _FILE_NUMBER.sub("", stem).replace("-", " ").replace("_", " ").strip() or stem
    return " ".join(words.split())[:1].upper() + " ".join(words.split())[1:]


def read_panel(
    file: Path,
    relative: str,
    key: str,
    language: str,
    report: Report,
    renderer: MarkdownRenderer,
    picture: PictureChecker,
) -> Panel | None:
    """The panel in `file` (resolved, inside the folder), or None when it cannot be shown; problems go to `report`."""
    lines = panel_lines(file, relative, report)
    if lines is None:
        return None
    return _PanelReader(report, renderer, picture, relative, key, language, lines).read()


@dataclass
class _PanelReader:
    """Reads one panel file: front matter, title, then the layout's blocks."""

    report: Report
    renderer: MarkdownRenderer
    picture: PictureChecker
    relative: str
    key: str
    language: str
    lines: list[str]

    def read(self) -> Panel | None:
        """The panel, or None when it has nothing to show."""
        report = self.report
        without_comments = hide_comments(self.lines)
        front = parse_front_matter(without_comments.lines)
        if front.problem:
            report.error(self.relative, *front.problem)
        for line, remark in front.remarks:
            report.warning(self.relative, line, remark)
        values = front.values
        shown_as_text = None if front.body_start else settings_shown_as_text(without_comments.lines, FRONT_MATTER_KEYS)
        if shown_as_text is not None:
            report.error(self.relative, shown_as_text + 1, SETTINGS_SHOWN_AS_TEXT)
        first_line = front.body_start + 1
        split = split_notes(without_comments.lines[front.body_start :], first_line)
        if not (front.problem or values.get("title") or values.get("image")) and not any(
            line.strip() for line in split.shown
        ):
            report.error(
                self.relative,
                1,
                "this panel is empty, so it is left out. Write its text (a # title, then "
                f"paragraphs){' above the speaker notes' if split.marker_line else ''}, or remove the file.",
            )
            return None
        for name in values:
            if name not in FRONT_MATTER_KEYS:
                self._unknown_setting(name, values[name], front.lines[name])
        self._curly_quotes(values, front.lines)
        layout = self._layout(values.get("layout"), front.lines.get("layout", 1))
        title = self._text(values, "title", front.lines)
        short_title = self._short_title(values, front.lines)
        alt = self._text(values, "image_alt", front.lines) or ""
        image = None
        source = values.get("image")
        if source is not None:
            if isinstance(source, str):
                image = self.picture(source, alt, self.relative, front.lines["image"])
                report_missing_description(report, self.relative, front.lines["image"], image, in_settings=True)
            else:
                report.error(
                    self.relative,
                    front.lines["image"],
                    'the setting "image" must be the path of a picture, e.g. image: media/hope.svg.',
                )
        image = self._panel_caption(image, values, front.lines)
        if without_comments.unclosed is not None:
            report.warning(self.relative, without_comments.unclosed + 1, UNCLOSED_COMMENT)
        body = without_comments.lines[front.body_start :]
        nested = too_deeply_nested(body)
        if nested is not None:
            report.error(self.relative, first_line + nested, TOO_DEEPLY_NESTED)
            return None
        overlong = overlong_paragraph(body)
        if overlong is not None:
            start, length = overlong
            report.error(self.relative, first_line + start, overlong_paragraph_message(length))
            return None
        check_notes(split, first_line, layout in (Layout.TIMELINE, Layout.CARDS), report, self.relative, self.language)
        body = split.shown
        heading = next((index for index, line in enumerate(body) if _TITLE_HEADING.match(line)), None)
        if heading is not None and not title:
            match = _TITLE_HEADING.match(body[heading])
            assert match is not None
            title = match.group(1).strip()
            body = body[:heading] + [""] + body[heading + 1 :]
        panel = Panel(
            self.key,
            self.language,
            self.relative,
            layout,
            title or title_from_file_name(self.key),
            image,
            short_title=short_title or "",
            right_to_left=is_right_to_left(self.language),
            written_in=self.language,
        )
        if layout is Layout.STATEMENT:
            panel = self._statement(panel, body, first_line)
        elif layout is Layout.TIMELINE:
            panel = self._timeline(panel, body, first_line)
        elif layout is Layout.CARDS:
            panel = self._cards(panel, body, first_line)
        elif layout is Layout.PHOTO:
            panel = self._photo(panel, body, first_line, front.lines.get("layout", 1))
        else:
            sections, _ = self._render(panel, body, first_line)
            panel = replace(panel, intro=_rich(sections[0]))
        if split.notes:
            notes, _ = self._render(panel, split.notes, split.notes_first_line)
            panel = replace(panel, notes=_rich(notes[0]))
        return replace(panel, has_errors=report.has_errors(self.relative))

    def _render(
        self,
        panel: Panel,
        body: list[str],
        first_line: int,
        *,
        headings: list[tuple[int, str]] | None = None,
        take_first_image: bool = False,
        split_first_paragraph: bool = False,
    ) -> tuple[list[Section], str]:
        """The panel's body as HTML sections, in the panel's direction, its pictures and links checked."""
        return self.renderer.render(
            body,
            first_line,
            self._image_resolver,
            self._link_checker,
            headings=headings or (),
            take_first_image=take_first_image,
            split_first_paragraph=split_first_paragraph,
            right_to_left=panel.right_to_left,
        )

    def _image_resolver(self, source: str, alt: str, title: str, line: int) -> ImageRef:
        if not title:
            source, title = split_curly_quoted_title(source, self.report, self.relative, line)
        caption = caption_from_title(title, self.report, self.relative, line)
        image = replace(self.picture(source, alt, self.relative, line), caption=caption.text, credit=caption.credit)
        report_missing_description(self.report, self.relative, line, image, in_settings=False)
        return image

    def _panel_caption(
        self, image: ImageRef | None, values: dict[str, object], lines: dict[str, int]
    ) -> ImageRef | None:
        """The panel's picture with its image_caption and image_credit; either without a picture is reported."""
        text = self._text(values, "image_caption", lines) or ""
        credit = self._text(values, "image_credit", lines) or ""
        if image is None:
            for name in ("image_caption", "image_credit"):
                if name in values:
                    self.report.warning(
                        self.relative,
                        lines[name],
                        f'the setting "{name}" belongs to the panel\'s picture, but the panel has none, so it is not '
                        "shown. Add the picture (image: media/photo.jpg), or remove the line.",
                    )
            return None
        line = lines.get("image_caption", lines.get("image_credit", lines.get("image", 1)))
        caption = checked_caption(Caption(text, credit), self.report, self.relative, line)
        return replace(image, caption=caption.text, credit=caption.credit)

    def _link_checker(self, written: str, line: int) -> str:
        return checked_link(written, self.report, self.relative, line)

    def _unknown_setting(self, name: str, value: object, line: int) -> None:
        """An unknown setting is ignored; one spelt almost like a real one changes the panel, so it is an error."""
        meant = closest(name, FRONT_MATTER_KEYS)
        if meant is None:
            self.report.warning(
                self.relative,
                line,
                f'the setting "{name}" is unknown and is ignored. '
                f"Check the spelling; the settings a panel can have are: {', '.join(FRONT_MATTER_KEYS)}.",
            )
            return
        spelling = "in small letters" if meant.casefold() == name.casefold() else "spelt exactly so"
        shown = isinstance(value, str | int | float) and len(str(value)) <= 80
        self.report.error(
            self.relative,
            line,
            f'the setting "{name}" is unknown, so it is ignored and the panel does not look as you meant '
            f'(did you mean "{meant}"?). Write it {spelling}: {f"{meant}: {value}" if shown else meant}',
        )

    def _curly_quotes(self, values: dict[str, object], lines: dict[str, int]) -> None:
        """Warn about a setting wrapped in curly quotes: YAML keeps them, so they would show on screen."""
        for name, value in values.items():
            if isinstance(value, str) and wrapped_in_curly_quotes(value):
                inner = value.strip()[1:-1].strip()
                self.report.warning(
                    self.relative,
                    lines[name],
                    f"the {name} is between curly quotes ({value.strip()[0]} {value.strip()[-1]}), which show on "
                    f"screen as part of it. Write it without quotes ({name}: {inner}), or with straight quotes "
                    f'({name}: "{inner}").',
                )

    def _layout(self, value: object, line: int) -> Layout:
        if value is None:
            return Layout.TEXT
        try:
            return Layout(str(value).strip().lower())
        except ValueError:
            self.report.error(
                self.relative,
                line,
                f'the layout "{value}" does not exist{did_you_mean(str(value), _LAYOUT_NAMES)}. Write one of: '
                f"{', '.join(_LAYOUT_NAMES)}. The panel is shown as text until this is fixed.",
            )
            return Layout.TEXT

    def _text(self, values: dict[str, object], name: str, lines: dict[str, int]) -> str | None:
        value = values.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.report.error(
                self.relative,
                lines[name],
                f'the setting "{name}" must be a line of text, '
                f"e.g. {name}: Our vision. Put text in quotes if it starts with [ or {{.",
            )
            return None
        return str(value).strip() or None

    def _short_title(self, values: dict[str, object], lines: dict[str, int]) -> str | None:
        """The label of the panel's section tab; one too long for a tab is kept, with a warning."""
        short_title = self._text(values, "short_title", lines)
        if short_title is not None and len(short_title) > SHORT_TITLE_MAX_CHARACTERS:
            self.report.warning(
                self.relative,
                lines["short_title"],
                f"the short title is {len(short_title)} characters long, but the section tabs at the foot of "
                f"the screen have room for about {SHORT_TITLE_MAX_CHARACTERS}: with it the tabs become plain dots. "
                "Write a word or two, e.g. short_title: Vision.",
            )
        return short_title

    def _headings(self, body: list[str]) -> list[tuple[int, str]]:
        return [(index, match.group(1)) for index, line in enumerate(body) if (match := _SECTION_HEADING.match(line))]

    def _statement(self, panel: Panel, body: list[str], first_line: int) -> Panel:
        sections, message = self._render(panel, body, first_line, split_first_paragraph=True)
        start = next((first_line + index for index, line in enumerate(body) if line.strip()), first_line)
        if not message:
            self.report.warning(
                self.relative,
                start,
                "this statement has no message. Write the message as the first paragraph below the settings.",
            )
        elif len(message) > STATEMENT_MAX_CHARACTERS:
            self.report.warning(
                self.relative,
                start,
                f"the statement is {len(message)} characters long, too long to read from two metres away (at most "
                f"{STATEMENT_MAX_CHARACTERS}). Keep the first paragraph short and move the detail to a second paragraph.",
            )
        return replace(panel, statement=Statement(message, _rich(sections[0])))

    def _timeline(self, panel: Panel, body: list[str], first_line: int) -> Panel:
        headings = self._headings(body)
        dates: list[tuple[PartialDate, str] | None] = []
        titles: list[tuple[int, str]] = []
        for index, text in headings:
            parsed = parse_event_heading(text)
            if parsed is None:
                self.report.error(
                    self.relative,
                    first_line + index,
                    f'"## {text}" does not start with a date the kiosk understands. Write a year (1998), a year and '
                    f'month (2002-02) or a full date (2002-02-12), then " - " and the title, e.g. "## 1998 - Founded". '
                    "This event is left out until this is fixed.",
                )
                dates.append(None)
                titles.append((index, text))
            else:
                dates.append(parsed[:2])
                titles.append((index, parsed[2]))
        sections, _ = self._render(panel, body, first_line, headings=titles, take_first_image=True)
        events = [
            TimelineEvent(when[0], when[1], section.heading, _rich(section), section.image, first_line + index)
            for when, section, (index, _) in zip(dates, sections[1:], headings, strict=True)
            if when is not None
        ]
        events.sort(key=lambda event: event.date.sort_key)
        return replace(panel, intro=_rich(sections[0]), events=tuple(events))

    def _photo(self, panel: Panel, body: list[str], first_line: int, layout_line: int) -> Panel:
        """A full-screen picture with the title and a few lines of text over it."""
        if panel.image is None:
            self.report.error(
                self.relative,
                layout_line,
                "a photo panel shows one picture across the whole screen, but this one names none. Add its "
                "picture below the layout line, e.g. image: media/photo.jpg. It is shown as text until then.",
            )
        sections, _ = self._render(panel, body, first_line)
        words = len(" ".join(" ".join(body).split()))
        if words > PHOTO_TEXT_MAX_CHARACTERS:
            start = next((first_line + index for index, line in enumerate(body) if line.strip()), first_line)
            self.report.warning(
                self.relative,
                start,
                f"the text of this photo panel is {words} characters long, too long to read over a picture (at "
                f"most {PHOTO_TEXT_MAX_CHARACTERS}). Keep a sentence or two, or use the text layout for the rest.",
            )
        layout = Layout.PHOTO if panel.image is not None else Layout.TEXT
        return replace(panel, layout=layout, intro=_rich(sections[0]))

    def _cards(self, panel: Panel, body: list[str], first_line: int) -> Panel:
        headings = self._headings(body)
        sections, _ = self._render(panel, body, first_line, headings=headings, take_first_image=True)
        cards = tuple(
            Card(section.heading, _rich(section), section.image, first_line + index)
            for section, (index, _) in zip(sections[1:], headings, strict=True)
        )
        return replace(panel, intro=_rich(sections[0]), cards=cards)


def _rich(section: Section) -> RichText:
    return RichText(section.html, tuple(section.links))
