"""Markdown to sanitized HTML for Qt rich text, with pictures confined and links collected.

Python-Markdown does the parsing, through its public extension API only. Raw HTML is
switched off, so whatever an editor types between angle brackets shows as text.

The renderer runs Python-Markdown's own stages in turn, as `Markdown.convert` does
(preprocessors, the block parser, tree processors, serializer, postprocessors), so it
can build one tree for a whole panel out of the sections the panel reader has already
cut at its `## ` headings: each section is parsed into a part of its own, references
are shared, and the tree processors run once. The block parser is fed one block at a
time, so every element it creates is marked with the file line its text starts on
(`markdown_lines`). A last tree processor checks every picture (through the loader's
callback, which reports problems at that line), drops links a visitor could be harmed
by, turns tables, lists and quotes right to left in a right-to-left panel, and turns
each part into a Section.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

import markdown
from markdown import util
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.smarty import SmartyExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor

from kiosk.content.markdown_bounds import reference_uses, register_bounded_links
from kiosk.content.markdown_lines import SourceLines
from kiosk.content.model import ImageRef, Link

MAX_IMAGE_WIDTH = 1200
#: Blocks that take the panel's direction in a right-to-left panel: list bullets and quotes go on the right,
#: and each table cell's text starts at its right edge, whatever language it starts with.
_DIRECTED = frozenset({"ul", "ol", "li", "blockquote", "td", "th"})
_ENCODED_ENTITY = re.compile(re.escape(util.AMP_SUBSTITUTE) + r"(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z0-9]+);")

ImageResolver = Callable[[str, str, str, int], ImageRef]
"""(source as written, alt text, title (the words in quotes after the path), file line) -> ImageRef;
reports its own problems."""
LinkChecker = Callable[[str, int], str | None]
"""(address as written, file line) -> the address to show and encode, or None to show the link's text alone
(every link the kiosk does not show, such as `javascript:` or a local file); reports its own problems."""


@dataclass
class Section:
    """One cut of a rendered document: a heading (plain text), its HTML and what was found in it."""

    heading: str = ""
    html: str = ""
    links: list[Link] = field(default_factory=list)
    image: ImageRef | None = None


@dataclass
class _Job:
    """One panel being rendered: its parts (one per section), where each element is written, the callbacks."""

    parts: list[etree.Element]
    headings: list[etree.Element | None]
    lines: SourceLines
    resolve_image: ImageResolver
    check_link: LinkChecker
    take_first_image: bool
    split_first_paragraph: bool
    right_to_left: bool
    sections: list[Section] = field(default_factory=list)
    message: str = ""


class _Sanitizer(Treeprocessor):
    """Checks pictures and links, styles tables, and cuts the tree into sections."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.job: _Job | None = None

    def run(self, root: etree.Element) -> None:
        job = self.job
        assert job is not None
        for index, (part, heading) in enumerate(zip(job.parts, job.headings, strict=True)):
            lines = job.lines.inline_lines(part)
            section = Section()
            if heading is not None:
                section.heading = self._plain(heading)
                part.remove(heading)
            if index == 0 and job.split_first_paragraph:
                first = next((child for child in part if child.tag == "p"), None)
                if first is not None:
                    job.message = self._plain(first)
                    part.remove(first)
            self._clean(part, section, lines, take_image=job.take_first_image and index > 0)
            job.sections.append(section)

    def _clean(
        self, holder: etree.Element, section: Section, lines: dict[etree.Element, int], take_image: bool
    ) -> None:
        job = self.job
        assert job is not None
        parents = {child: parent for parent in holder.iter() for child in parent}
        for element in list(holder.iter()):
            if job.right_to_left:
                _right_to_left(element)
            if element.tag == "table":
                element.set("border", "1")
                element.set("cellpadding", "6")
                element.set("cellspacing", "0")
            elif element.tag == "a":
                url = self._decode(element.get("href", ""))
                text = self._plain(element)
                address = job.check_link(url, lines[element])
                if address is None:
                    _unwrap(element, parents)
                else:
                    element.attrib = {"href": address}
                    section.links.append(Link(text, address))
            elif element.tag == "img":
                source = self._decode(element.get("src", ""))
                alt = self._plain_text(element.get("alt", ""))
                title = self._decode(element.get("title", ""))
                image = job.resolve_image(unquote(source), alt, title, lines[element])
                if take_image and section.image is None:
                    section.image = image
                    _remove(element, parents)
                elif image.usable:
                    assert image.path is not None
                    attributes = {"src": image.path.as_uri(), "alt": alt}
                    if image.width and image.height:
                        width = min(image.width, MAX_IMAGE_WIDTH)
                        attributes["width"] = str(width)
                        attributes["height"] = str(max(1, round(image.height * width / image.width)))
                    element.attrib = attributes
                else:
                    _remove(element, parents)

    def _decode(self, value: str) -> str:
        return html.unescape(self._plain_text(value.replace(util.AMP_SUBSTITUTE, "&"))).strip()

    def _plain(self, element: etree.Element) -> str:
        return " ".join(self._plain_text("".join(element.itertext())).split())

    def _plain_text(self, text: str) -> str:
        """Text with Python-Markdown's stash placeholders (entities, smart quotes) put back."""
        if util.STX not in text:
            return text
        stash = self.md.htmlStash.rawHtmlBlocks

        def restore(match: re.Match[str]) -> str:
            index = int(match.group(1))
            return html.unescape(str(stash[index])) if index < len(stash) else ""

        text = util.HTML_PLACEHOLDER_RE.sub(restore, text)
        return _ENCODED_ENTITY.sub(lambda match: html.unescape(f"&{match.group(1)};"), text).replace(
            util.AMP_SUBSTITUTE, "&"
        )


def _right_to_left(element: etree.Element) -> None:
    """Lay `element` out right to left, as Qt's rich text can show it.

    Qt's rich text keeps a table's columns left to right even under `dir="rtl"`, so each
    row's cells are written in reverse (the first column lands on the right), and the
    table itself is aligned to the right.
    """
    if element.tag in _DIRECTED:
        element.set("dir", "rtl")
    elif element.tag == "table":
        element.set("align", "right")
    elif element.tag == "tr":
        element[:] = reversed(element)


def _remove(element: etree.Element, parents: dict[etree.Element, etree.Element]) -> None:
    """Remove `element` keeping its tail text; drop a paragraph it leaves empty."""
    parent = parents[element]
    _keep_tail(element, parent)
    parent.remove(element)
    if parent.tag == "p" and not len(parent) and not (parent.text or "").strip() and parent in parents:
        grandparent = parents[parent]
        _keep_tail(parent, grandparent)
        grandparent.remove(parent)


def _unwrap(element: etree.Element, parents: dict[etree.Element, etree.Element]) -> None:
    """Replace `element` by its content (a dropped link keeps its text)."""
    parent = parents[element]
    position = list(parent).index(element)
    _append_text(parent, position - 1, element.text or "")
    children = list(element)
    for offset, child in enumerate(children):
        parent.insert(position + offset, child)
        parents[child] = parent
    last = position + len(children) - 1
    parent.remove(element)
    _append_text(parent, last, element.tail or "")


def _keep_tail(element: etree.Element, parent: etree.Element) -> None:
    position = list(parent).index(element)
    _append_text(parent, position - 1, element.tail or "")


def _append_text(parent: etree.Element, index: int, text: str) -> None:
    """Append `text` after child `index` of `parent` (-1: at the start of the parent's text)."""
    if not text:
        return
    if index < 0:
        parent.text = (parent.text or "") + text
    else:
        child = parent[index]
        child.tail = (child.tail or "") + text


class MarkdownRenderer:
    """One Python-Markdown instance, reset between panels: building one costs more than a panel."""

    def __init__(self) -> None:
        md = markdown.Markdown(
            extensions=[TableExtension(), SaneListExtension(), SmartyExtension()], output_format="html"
        )
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        register_bounded_links(md)
        self._references = reference_uses(md)
        md.treeprocessors.deregister("prettify")
        self._sanitizer = _Sanitizer(md)
        md.treeprocessors.register(self._sanitizer, "kiosk-sanitize", -10)
        self._md = md

    def render(
        self,
        lines: list[str],
        first_line: int,
        resolve_image: ImageResolver,
        check_link: LinkChecker,
        *,
        headings: Sequence[tuple[int, str]] = (),
        take_first_image: bool = False,
        split_first_paragraph: bool = False,
        right_to_left: bool = False,
    ) -> tuple[list[Section], str]:
        """Render `lines` (file line `first_line` onwards), cut at `headings` (0-based line index, text).

        Returns one Section for the text above the first heading plus one per heading,
        and, with split_first_paragraph, the plain text of the first paragraph (which is
        then left out of the HTML). With right_to_left, tables, lists and quotes run right to left.
        """
        md = self._md
        md.reset()
        self._references.clear()
        root = etree.Element(md.doc_tag)
        source = SourceLines(md, self._references)
        job = _Job([], [], source, resolve_image, check_link, take_first_image, split_first_paragraph, right_to_left)
        starts = [0] + [index + 1 for index, _ in headings]
        ends = [index for index, _ in headings] + [len(lines)]
        for start, end, heading in zip(starts, ends, [None, *headings], strict=True):
            part = etree.SubElement(root, "div")
            title = None
            if heading is not None:
                title = etree.SubElement(part, "p")
                title.text = heading[1]
                source.mark(title, first_line + heading[0])
            source.parse(part, lines[start:end], first_line + start)
            job.parts.append(part)
            job.headings.append(title)
        self._sanitizer.job = job
        try:
            for treeprocessor in md.treeprocessors:
                root = treeprocessor.run(root) or root
        finally:
            self._sanitizer.job = None
        for section, part in zip(job.sections, job.parts, strict=True):
            section.html = self._serialized(part)
        return job.sections, job.message

    def _serialized(self, part: etree.Element) -> str:
        """The HTML inside `part`, finished as `Markdown.convert` finishes a document."""
        output = self._md.serializer(part)
        output = output[output.index(">") + 1 : output.rindex("<")].strip()
        for postprocessor in self._md.postprocessors:
            output = postprocessor.run(output)
        return output.strip()
