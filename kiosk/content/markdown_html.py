"""Markdown to sanitized HTML for Qt rich text, with pictures confined and links collected.

Python-Markdown does the parsing. Raw HTML is switched off, so whatever an editor
types between angle brackets shows as text. A tree processor then checks every
picture and link (through the loader's callbacks, which report problems), keeps a link
only where the link callback gives its address, and cuts the document into the sections the layouts
need (statement message, timeline events, cards), so each panel is converted once.
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
from markdown.treeprocessors import InlineProcessor, Treeprocessor

from kiosk.content.markdown_bounds import register_bounded_links
from kiosk.content.model import ImageRef, Link

MAX_IMAGE_WIDTH = 1200
#: The converter's own marker words; editor text never keeps one whole (`_defused`).
_HEADING_MARK = "kioskheading7d1f3a9b"
_CUT = "kioskcut7d1f3a9b"
_CUT_HTML = f"<p>{_CUT}</p>"
_HEADING_PARAGRAPH = re.compile(rf"^{_HEADING_MARK}(\d+) ?")
_ENCODED_ENTITY = re.compile(re.escape(util.AMP_SUBSTITUTE) + r"(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z0-9]+);")

# Substrings without which an inline pattern cannot match: patterns whose trigger is
# absent from a piece of text are skipped (see _FastInlineProcessor).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),
    "escape": ("\\",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("[",),
    "short_image_ref": ("![",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
    "em_strong2": ("_",),
    "not_strong": ("*", "_"),
    "strong_em": ("*",),
    "smarty-ellipses": ("...",),
    "smarty-en-dashes": ("--",),
    "smarty-em-dashes": ("---",),
    "smarty-left-angle-quotes": ("<<",),
    "smarty-right-angle-quotes": (">>",),
}
_QUOTE_TRIGGERS = ("'", '"')

ImageResolver = Callable[[str, str, int], ImageRef]
"""(source as written, alt text, file line) -> ImageRef; reports its own problems."""
LinkChecker = Callable[[str, int], str | None]
"""(address as written, file line) -> the address to show and encode, or None to show the link's text alone
(every link the kiosk does not show, such as `javascript:` or a local file); reports its own problems."""


class _FastInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, skipping patterns that cannot match the text.

    Stock Python-Markdown tries every pattern on every piece of text; most text has
    no Markdown syntax at all, so checking for each pattern's trigger characters once
    makes converting a panel several times faster with identical output.
    """

    def __init__(self, md: markdown.Markdown, registry: util.Registry) -> None:
        super().__init__(md)
        self.inlinePatterns = registry
        self._patterns = [registry[index] for index in range(len(registry))]
        by_identity = {id(pattern): name for name, pattern in registry._data.items()}
        self._triggers: list[frozenset[str] | None] = []
        for pattern in self._patterns:
            name = by_identity[id(pattern)]
            if name.startswith("smarty-quotes"):
                triggers: tuple[str, ...] | None = _QUOTE_TRIGGERS
            else:
                triggers = _TRIGGERS.get(name)
            self._triggers.append(frozenset(triggers) if triggers else None)
        every = sorted({t for triggers in self._triggers if triggers for t in triggers}, key=len, reverse=True)
        self._trigger_re = re.compile("|".join(map(re.escape, every)))
        self._always = any(triggers is None for triggers in self._triggers)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        if isinstance(data, util.AtomicString):
            return data
        found = set(self._trigger_re.findall(data))
        if not found and not self._always:
            return data
        apply = self._InlineProcessor__applyPattern
        for index in range(patternIndex, len(self._patterns)):
            triggers = self._triggers[index]
            if triggers is not None and found.isdisjoint(triggers):
                continue
            start = 0
            while True:
                data, matched, start = apply(self._patterns[index], data, index, start)
                if not matched:
                    break
        return data


@dataclass
class Section:
    """One cut of a rendered document: a heading (plain text), its HTML and what was found in it."""

    heading: str = ""
    html: str = ""
    links: list[Link] = field(default_factory=list)
    image: ImageRef | None = None


@dataclass
class _Job:
    lines: list[str]
    first_line: int
    section_lines: list[int]
    resolve_image: ImageResolver
    check_link: LinkChecker
    take_first_image: bool
    split_first_paragraph: bool
    sections: list[Section] = field(default_factory=list)
    message: str = ""
    _found: tuple[int, int] = (-1, 0)
    _texts: dict[int, str] = field(default_factory=dict)

    def line_of(self, section: int, *texts: str) -> int:
        """The file line where the first of `texts` found is written in that section.

        Pictures and links are looked up in document order, so the search starts just
        after the one before (the same picture twice is reported at each of its lines),
        then from the section's start; the section's first line if no text is found.
        """
        start = max(0, self.section_lines[section] - self.first_line)
        if section not in self._texts:
            end = self.section_lines[section + 1] - self.first_line if section + 1 < len(self.section_lines) else None
            self._texts[section] = "\n".join(self.lines[start:end])
        written = self._texts[section]
        after = self._found[1] if self._found[0] == section else 0
        for text in filter(None, texts):
            at = written.find(text, after)
            if at < 0:
                at = written.find(text)
            if at >= 0:
                self._found = (section, at + len(text))
                return self.first_line + start + written.count("\n", 0, at)
        return self.first_line + start


class _Sanitizer(Treeprocessor):
    """Checks pictures and links, styles tables, and cuts the tree into sections."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.job: _Job | None = None

    def run(self, root: etree.Element) -> None:
        job = self.job
        assert job is not None
        groups: list[list[etree.Element]] = [[]]
        headings = [""]
        for child in list(root):
            match = _HEADING_PARAGRAPH.match(child.text or "") if child.tag == "p" else None
            if match:
                child.text = child.text[match.end() :] if child.text else ""
                headings.append(self._plain(child))
                groups.append([])
            else:
                groups[-1].append(child)
        if job.split_first_paragraph:
            first = next((index for index, child in enumerate(groups[0]) if child.tag == "p"), None)
            if first is not None:
                job.message = self._plain(groups[0][first])
                groups[0] = groups[0][:first] + groups[0][first + 1 :]
        for child in list(root):
            root.remove(child)
        for index, (heading, group) in enumerate(zip(headings, groups, strict=True)):
            section = Section(heading=heading)
            holder = etree.Element("div")
            holder.extend(group)
            self._clean(holder, section, index, take_image=job.take_first_image and index > 0)
            if index:
                cut = etree.SubElement(root, "p")
                cut.text = _CUT
                cut.tail = "\n"
            root.extend(list(holder))
            job.sections.append(section)

    def _clean(self, holder: etree.Element, section: Section, index: int, take_image: bool) -> None:
        job = self.job
        assert job is not None
        parents = {child: parent for parent in holder.iter() for child in parent}
        for element in list(holder.iter()):
            if element.tag == "table":
                element.set("border", "1")
                element.set("cellpadding", "6")
                element.set("cellspacing", "0")
            elif element.tag == "a":
                url = self._decode(element.get("href", ""))
                text = self._plain(element)
                address = job.check_link(url, job.line_of(index, url, text))
                if address is None:
                    _unwrap(element, parents)
                else:
                    element.attrib = {"href": address}
                    section.links.append(Link(text, address))
            elif element.tag == "img":
                source = self._decode(element.get("src", ""))
                alt = self._plain_text(element.get("alt", ""))
                line = job.line_of(index, source)
                image = job.resolve_image(unquote(source), alt, line)
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
        md = markdown.Markdown(extensions=["tables", "sane_lists", "smarty"], output_format="html")
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        register_bounded_links(md)
        md.treeprocessors.register(_FastInlineProcessor(md, md.inlinePatterns), "inline", 20)
        smarty = md.treeprocessors["smarty"]
        assert isinstance(smarty, InlineProcessor)
        md.treeprocessors.register(_FastInlineProcessor(md, smarty.inlinePatterns), "smarty", 6)
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
    ) -> tuple[list[Section], str]:
        """Render `lines` (file line `first_line` onwards), cut at `headings` (0-based line index, text).

        Returns one Section for the text above the first heading plus one per heading,
        and, with split_first_paragraph, the plain text of the first paragraph (which is
        then left out of the HTML).
        """
        section_lines = [first_line] + [first_line + index for index, _ in headings]
        parts: list[str] = []
        previous = 0
        for number, (index, heading) in enumerate(headings, start=1):
            parts.extend(map(_defused, lines[previous:index]))
            parts.extend(("", f"{_HEADING_MARK}{number} {_defused(heading)}", ""))
            previous = index + 1
        parts.extend(map(_defused, lines[previous:]))
        job = _Job(lines, first_line, section_lines, resolve_image, check_link, take_first_image, split_first_paragraph)
        self._sanitizer.job = job
        self._md.reset()
        try:
            output = self._md.convert("\n".join(parts))
        finally:
            self._sanitizer.job = None
        if not job.sections:  # Python-Markdown skips every processor for blank text
            job.sections.append(Section())
        for section, text in zip(job.sections, output.split(_CUT_HTML), strict=True):
            section.html = text.strip()
        return job.sections, job.message


def _defused(text: str) -> str:
    """Editor text that can never pass for one of the converter's markers: a zero-width space, which
    nothing shows, splits a marker word wherever an editor wrote one."""
    for marker in (_CUT, _HEADING_MARK):
        text = text.replace(marker, "kiosk\u200b" + marker.removeprefix("kiosk"))
    return text
