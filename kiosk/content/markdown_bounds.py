"""Bounds that keep any panel quick to convert, whatever its text.

Stock Python-Markdown looks for the `]` closing a link's text, and for the `)` closing
its address, from every `[` to the end of the paragraph: a few kilobytes of `[` take
minutes. Here the closing brackets of a paragraph are found once, and a link's text
and address may only be so long; past that bound the characters show as written.
Nesting is the other runaway: each level of list or quote is a level of recursion,
so absurd nesting is refused from the lines, before anything is converted. So is an
overlong paragraph: Python-Markdown rebuilds a paragraph's whole text after each
emphasis, quote or entity it finds in it, so its time grows with the square of the
paragraph's length.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.treeprocessors import UnescapeTreeprocessor

from kiosk.qrcodes import MAX_LINK_LENGTH

#: The longest text between a link's `[` and `]`, in characters; a longer one is not a link.
MAX_LINK_TEXT = 2000
#: The longest part between a link's `(` and `)` (address and title), in characters.
MAX_LINK_TARGET = MAX_LINK_LENGTH + 500
#: The deepest nesting of lists and quotes a panel may have.
MAX_NESTING = 50
TOO_DEEPLY_NESTED = "this text is nested too deeply to show (too many levels of lists or quotes). Simplify it."

#: The longest paragraph (run of non-blank lines), in characters.
MAX_PARAGRAPH = 4000


def overlong_paragraph_message(length: int) -> str:
    """Why a panel with a paragraph of `length` characters is left out, and what to do."""
    return (
        f"this paragraph is {length:,} characters long, too long to read on a kiosk screen and to prepare "
        f"quickly (at most {MAX_PARAGRAPH:,}): split it into shorter paragraphs or move it to another panel."
    )


_BRACKET = re.compile(r"[\[\]]")
_BLOCK_START = re.compile(r"[ \t]*(?:>[ \t]*)*(?:#|[-*+][ \t]|[0-9]{1,9}[.)][ \t])")
_NESTING_MARKER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))")


class _ClosingBrackets:
    """Where the `]` closing each `[` of one text is, found in one pass as far as questions need.

    A `[` closes at the first `]` where the brackets after it balance, whatever comes
    before it, so one left-to-right pass with a stack answers every `[` of the text.
    The link patterns ask about the same text in turn, so the answers are kept for it.
    """

    def __init__(self) -> None:
        self._text: str | None = None
        self._start = 0
        self._scanned = 0
        self._open: list[int] = []
        self._closing: dict[int, int] = {}

    def closing(self, text: str, opening: int) -> int | None:
        """The index of the `]` closing the `[` at `opening`, if within MAX_LINK_TEXT of it."""
        if text is not self._text or not self._start <= opening <= self._scanned:
            self._text, self._start, self._scanned, self._open, self._closing = text, opening, opening, [], {}
        limit = min(len(text), opening + MAX_LINK_TEXT + 2)
        if opening not in self._closing and self._scanned < limit:
            for match in _BRACKET.finditer(text, self._scanned, limit):
                at = match.start()
                if text[at] == "[":
                    self._open.append(at)
                elif self._open:
                    closed = self._open.pop()
                    self._closing[closed] = at
                    if closed == opening:
                        self._scanned = at + 1
                        break
            else:
                self._scanned = limit
        close = self._closing.get(opening)
        return close if close is not None and close - opening - 1 <= MAX_LINK_TEXT else None


#: Each link and picture made from a reference (`[text][name]`), with the reference's name.
ReferenceUses = dict[etree.Element, str]


class _BoundedScans:
    """getText and getLink of Python-Markdown's link patterns, answering within the bounds."""

    brackets: _ClosingBrackets
    uses: ReferenceUses
    last_reference: str | None = None

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802 (Python-Markdown's name)
        close = self.brackets.closing(data, index - 1)
        if close is None:
            return "", index, False
        return data[index:close], close + 1, True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        closing = data.rfind(")", index, index + MAX_LINK_TARGET)  # the address can only end at a `)`
        if closing < 0:
            return "", None, index, False
        window = data[index - 1 : closing + 1]
        href, title, end, handled = super().getLink(window, 1)  # type: ignore[misc]
        return href, title, end + index - 1, handled

    def evalId(self, data: str, index: int, text: str) -> tuple[str | None, int, bool]:  # noqa: N802
        window = data[index - 1 : index + MAX_LINK_TEXT + 3]
        found, end, handled = super().evalId(window, 1, text)  # type: ignore[misc]
        self.last_reference = found
        return found, end + index - 1, handled


class _Referenced(_BoundedScans):
    """A reference pattern that remembers which reference each link or picture it makes comes from."""

    NEWLINE_CLEANUP_RE: re.Pattern[str]

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element | None, int | None, int | None]:  # noqa: N802
        element, start, end = super().handleMatch(m, data)  # type: ignore[misc]
        if element is not None and self.last_reference is not None:
            self.uses[element] = self.NEWLINE_CLEANUP_RE.sub(" ", self.last_reference)
        return element, start, end


class _Link(_BoundedScans, LinkInlineProcessor):
    pass


class _Image(_BoundedScans, ImageInlineProcessor):
    r"""`![alt](path)` keeping every backslash of the path as written.

    In a picture path a backslash separates folders, as Windows writes paths: read as
    a Markdown escape, `media\_archive\photo.jpg` would lose the backslash before `_`
    and name a file that does not exist, under a name the editor never wrote.
    """

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        href, title, index, handled = super().getLink(data, index)
        return written_path(href), title, index, handled


class _Reference(_Referenced, ReferenceInlineProcessor):
    pass


class _ImageReference(_Referenced, ImageReferenceInlineProcessor):
    pass


class _ShortReference(_Referenced, ShortReferenceInlineProcessor):
    pass


class _ShortImageReference(_Referenced, ShortImageReferenceInlineProcessor):
    pass


def written_path(href: str) -> str:
    """A picture path with the backslashes Python-Markdown took as escapes put back."""
    return UnescapeTreeprocessor.RE.sub(lambda match: "\\" + chr(int(match.group(1))), href)


def register_bounded_links(md: Any) -> None:
    """Replace Python-Markdown's link and picture patterns (same names and priorities) by bounded ones."""
    brackets = _ClosingBrackets()
    uses: ReferenceUses = {}
    for kind, pattern, name, priority in (
        (_Reference, REFERENCE_RE, "reference", 170),
        (_Link, LINK_RE, "link", 160),
        (_Image, IMAGE_LINK_RE, "image_link", 150),
        (_ImageReference, IMAGE_REFERENCE_RE, "image_reference", 140),
        (_ShortReference, REFERENCE_RE, "short_reference", 130),
        (_ShortImageReference, IMAGE_REFERENCE_RE, "short_image_ref", 125),
    ):
        processor = kind(pattern, md)
        processor.brackets = brackets
        processor.uses = uses
        md.inlinePatterns.register(processor, name, priority)


def reference_uses(md: Any) -> ReferenceUses:
    """Where `md`'s reference patterns record the links and pictures they make (empty if they do not)."""
    pattern = md.inlinePatterns["reference"] if "reference" in md.inlinePatterns else None
    return pattern.uses if isinstance(pattern, _Referenced) else {}


def too_deeply_nested(lines: list[str]) -> int | None:
    """The index of the first line nested deeper than MAX_NESTING lists and quotes, if any.

    Each `>` and each list marker opening a line is a level, and so is each four columns
    of indentation before a list marker or `>` (how Python-Markdown nests lists).
    """
    for index, line in enumerate(lines):
        markers = end = 0
        while marker := _NESTING_MARKER.match(line, end):
            markers, end = markers + 1, marker.end()
        if markers and markers + len(line[:end].expandtabs(4)) // 4 > MAX_NESTING:
            return index
    return None


def overlong_paragraph(lines: list[str]) -> tuple[int, int] | None:
    """The index of the first line of the first paragraph longer than MAX_PARAGRAPH, and its length.

    A paragraph is a run of non-blank lines; each list item and heading starts a new one,
    since Python-Markdown prepares the text of each on its own.
    """
    start = length = 0
    for index, line in enumerate([*lines, ""]):
        blank = not line.strip()
        if blank or _BLOCK_START.match(line):
            if length > MAX_PARAGRAPH:
                return start, length
            start, length = index + blank, 0
        length += len(line)
    return None
