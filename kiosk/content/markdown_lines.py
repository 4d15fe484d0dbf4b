"""Which file line each element of a Markdown tree comes from.

Python-Markdown keeps no source positions, but its block parser works one block (a run
of lines between blank lines) at a time and only ever adds elements after those it
made before. So the parser is fed the blocks one by one, and the elements each block
adds are marked with the line that block starts on. Inside a block, the lines go to
the elements in document order: each element starts on the line after the lines the
elements before it took (its text's lines; one per table row and per rule, plus a
table's separator and a heading's underline). Inside an element, the text keeps its
line breaks through inline processing, so a picture or link lies as many lines below
its element's start as there are line breaks before it. A link or picture written
as a reference (`[text][name]`) is placed at the line its address is written on, the
`[name]: address` line, where the editor corrects it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.blockprocessors import ReferenceProcessor

#: Elements that take a line of their own though they hold no text.
_LINE_ELEMENTS = frozenset({"hr", "li"})
_UNDERLINE = re.compile(r"^[ ]{0,3}(?:=+|-+)[ ]*$")
#: A line a quote or list leaves blank once its markers are taken off (`>` alone).
_MARKERS_ONLY = re.compile(r"^[ >]*$")


class SourceLines:
    """The file line of every element the block parser makes, and of every link and picture."""

    def __init__(self, md: markdown.Markdown, references: dict[etree.Element, str]) -> None:
        """`references`: each link and picture made from a reference, with the reference's name."""
        self._md = md
        self._references = references
        self._starts: dict[etree.Element, int] = {}
        self._definitions: dict[str, int] = {}

    def mark(self, element: etree.Element, line: int) -> None:
        """Record that `element` (made by the caller, e.g. a heading) is written at file line `line`."""
        self._starts[element] = line

    def parse(self, parent: etree.Element, lines: list[str], first_line: int) -> None:
        """Parse `lines` (file line `first_line` onwards) into `parent`, marking each element made."""
        md = self._md
        for preprocessor in md.preprocessors:
            lines = preprocessor.run(lines)
        offset = 0
        for block in "\n".join(lines).split("\n\n"):
            spine = _spine(parent)
            md.parser.parseBlocks(parent, [block])
            self._find_definitions(block, first_line + offset)
            at = offset
            while at < len(lines) - 1 and not lines[at].strip():
                at += 1
            block_lines = _BlockLines(lines, at, first_line)
            for element, count, had_text in reversed(spine):
                if had_text and not element.text and len(element) > count:
                    # A list item turned loose: its text moved into a new first paragraph, still on its line.
                    self._starts[element[0]] = self._starts.get(element, block_lines.here())
                    count += 1
                for added in element[count:]:
                    self._take(added, block_lines)
            offset += block.count("\n") + 2

    def inline_lines(self, part: etree.Element) -> dict[etree.Element, int]:
        """The file line of each link and picture in `part`, after inline processing."""
        found: dict[etree.Element, int] = {}

        def walk(element: etree.Element, line: int) -> int:
            line = self._starts.get(element, line)
            if element.tag in ("a", "img"):
                found[element] = self._definitions.get(self._references.get(element, ""), line)
            line += _breaks(element.text) + _breaks(element.get("alt")) + _breaks(element.get("title"))
            for child in element:
                end = walk(child, line)
                if child not in self._starts:
                    line = end
                line += _breaks(child.tail)
            return line

        walk(part, self._starts.get(part, 0))
        return found

    def _find_definitions(self, block: str, first_line: int) -> None:
        """Note the line of each `[name]: address` written in `block` (file line `first_line` onwards)."""
        for definition in ReferenceProcessor.RE.finditer(block):
            name = definition.group(1).strip().lower()
            if name in self._md.references:  # the last one written counts, as in Python-Markdown
                self._definitions[name] = first_line + block.count("\n", 0, definition.start())

    def _take(self, element: etree.Element, lines: _BlockLines) -> None:
        """Mark `element` and what it holds at the lines they take, moving `lines` on past them."""
        if element.tag == "table":
            self._starts[element] = lines.here()
            for rows in element:
                for row in rows:
                    for cell in row.iter():
                        self._starts[cell] = lines.here()
                    lines.skip(2 if rows.tag == "thead" else 1)  # a header row is followed by its separator
            return
        if element.text and element.text.strip():
            lines.skip_marker_lines()
        self._starts[element] = lines.here()
        text = (element.text or "").strip("\n")
        if text:
            lines.skip(text.count("\n") + 1)
            if element.tag in ("h1", "h2"):
                lines.skip_underline()
        elif element.tag in _LINE_ELEMENTS and not len(element):
            lines.skip(1)
        for child in element:
            self._take(child, lines)


class _BlockLines:
    """A cursor over the lines of one block, as the elements made from it take them."""

    def __init__(self, lines: list[str], at: int, first_line: int) -> None:
        self._lines, self._at, self._first_line = lines, at, first_line

    def here(self) -> int:
        """The file line the cursor is on."""
        return self._first_line + self._at

    def skip(self, count: int) -> None:
        self._at += count

    def skip_marker_lines(self) -> None:
        """Pass lines left blank once their quote markers are taken off (`>` alone)."""
        while self._at < len(self._lines) - 1 and _MARKERS_ONLY.match(self._lines[self._at]):
            self._at += 1

    def skip_underline(self) -> None:
        """Pass the `===` or `---` line under a heading written that way."""
        if self._at < len(self._lines) and _UNDERLINE.match(self._lines[self._at]):
            self._at += 1


def _spine(parent: etree.Element) -> list[tuple[etree.Element, int, bool]]:
    """`parent` and its last descendants, each with its number of children and whether it has text:
    where a block can add elements."""
    spine = []
    element: etree.Element | None = parent
    while element is not None:
        spine.append((element, len(element), bool(element.text)))
        element = element[-1] if len(element) else None
    return spine


def _breaks(text: str | None) -> int:
    return text.count("\n") if text else 0
