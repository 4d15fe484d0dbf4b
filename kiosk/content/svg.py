"""What an SVG drawing holds, element by element: the checks Qt's SVG renderer does not make.

Qt draws an <image> that names any file on the machine, and it expands every <use>
however often the copies multiply (8 levels of 10 copies took 79 s per decode). A
content folder is untrusted, so a drawing may refer only to its own parts (#id)
and to raster pictures embedded in it (data: URIs, checked by the caller), and the
size of the tree after every reference is expanded is bounded.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.parsers.expat
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

MAX_EXPANDED_ELEMENTS = 100_000
MAX_DEPTH = 100
_EMBEDDED_PICTURE = re.compile(r"^data:image/(png|jpeg|jpg|webp)(;[^,]*)?,", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
_STYLESHEET_HREF = re.compile(r"""href\s*=\s*["']([^"']*)""")
_STANDARD_DOCTYPE = "-//W3C//DTD SVG "
#: Paint servers: many shapes may name one gradient, and it is not drawn once per shape like a pattern or a <use>.
_NOT_COPIED = frozenset({"linearGradient", "radialGradient"})
_FORBIDDEN_ELEMENTS = {
    "script": "a script (line {line}), which the kiosk never runs; remove it or save the drawing as PNG",
    "foreignObject": "a web page part (foreignObject, line {line}), which the kiosk cannot show; save the drawing as PNG",
}
_SHOWN_CHARACTERS = 60


class SvgProblem(Exception):
    """The drawing is unsafe or too complex to show; the message says why, in plain words."""


@dataclass(frozen=True)
class Drawing:
    """The root element's attributes and the raster pictures embedded in the drawing, with their lines."""

    root_name: str
    root_attributes: dict[str, str]
    embedded_pictures: tuple[tuple[int, bytes], ...]


@dataclass
class _Element:
    name: str
    line: int
    children: list[_Element] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


def inspect_svg(data: bytes) -> Drawing:
    """Parse the whole drawing; raise SvgProblem for an outside reference, a script or absurd complexity.

    Raises xml.parsers.expat.ExpatError for text that is not well-formed XML.
    """
    reader = _Reader()
    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = reader.doctype
    parser.EntityDeclHandler = reader.entity
    parser.ProcessingInstructionHandler = reader.instruction
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    reader.parser = parser
    parser.Parse(data, True)
    if reader.root is None:
        raise SvgProblem("the drawing is empty")
    _check_expanded_size(reader.root, reader.by_id)
    return Drawing(reader.root_name, reader.root_attributes, tuple(reader.embedded))


@dataclass
class _Reader:
    parser: xml.parsers.expat.XMLParserType | None = None
    root: _Element | None = None
    root_name: str = ""
    root_attributes: dict[str, str] = field(default_factory=dict)
    by_id: dict[str, _Element] = field(default_factory=dict)
    embedded: list[tuple[int, bytes]] = field(default_factory=list)
    open_elements: list[_Element] = field(default_factory=list)
    style_text: list[str] | None = None

    @property
    def line(self) -> int:
        assert self.parser is not None
        return self.parser.CurrentLineNumber

    def doctype(self, name: str, system_id: str | None, public_id: str | None, has_internal_subset: bool) -> None:
        """Allow the standard SVG document type (never fetched); any other outside DTD is a reference."""
        if (system_id or public_id) and not (public_id or "").startswith(_STANDARD_DOCTYPE):
            _refers_outside(system_id or public_id or "", self.line)

    def entity(
        self,
        name: str,
        is_parameter: bool,
        value: str | None,
        base: str | None,
        system_id: str | None,
        public_id: str | None,
        notation: str | None,
    ) -> None:
        if system_id or public_id:
            _refers_outside(system_id or public_id or "", self.line)

    def instruction(self, target: str, data: str) -> None:
        if target.lower() == "xml-stylesheet":
            named = _STYLESHEET_HREF.search(data)
            _refers_outside(named.group(1) if named else data, self.line)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rsplit(":", 1)[-1]
        element = _Element(local, self.line)
        if self.root is None:
            self.root, self.root_name, self.root_attributes = element, name, attributes
        else:
            self.open_elements[-1].children.append(element)
        self.open_elements.append(element)
        if len(self.open_elements) > MAX_DEPTH:
            raise SvgProblem(
                f"the drawing is nested too deeply to show (more than {MAX_DEPTH} levels, line "
                f"{self.line}); simplify it or save it as PNG"
            )
        if local in _FORBIDDEN_ELEMENTS:
            raise SvgProblem("the drawing contains " + _FORBIDDEN_ELEMENTS[local].format(line=self.line))
        for attribute, value in attributes.items():
            attribute_local = attribute.rsplit(":", 1)[-1]
            if attribute_local == "id":
                self.by_id.setdefault(value.strip(), element)
            elif attribute_local == "href" and local != "a":
                self._reference(element, local, value.strip())
            elif "url(" in value.lower():
                element.references.extend(_css_references(value, self.line))
        if local == "style":
            self.style_text = []

    def _reference(self, element: _Element, local: str, target: str) -> None:
        """A same-document reference (#id) counts as a copy of its target; a picture may be embedded."""
        if not target:
            return
        if target.startswith("#"):
            element.references.append(target[1:])
        elif local in ("image", "feImage") and (match := _EMBEDDED_PICTURE.match(target)):
            self.embedded.append((self.line, _data_uri_bytes(target, match)))
        elif target.lower().startswith("data:"):
            raise SvgProblem(
                f"the drawing embeds something other than a PNG, JPEG or WebP picture (line {self.line}); "
                "embed only such pictures, or save the drawing as PNG"
            )
        else:
            _refers_outside(target, self.line)

    def text(self, data: str) -> None:
        if self.style_text is not None:
            self.style_text.append(data)

    def end(self, name: str) -> None:
        element = self.open_elements.pop()
        if self.style_text is not None:
            style, self.style_text = "".join(self.style_text), None
            if _CSS_IMPORT.search(style):
                _refers_outside("@import", element.line)
            element.references.extend(_css_references(style, element.line))


def _css_references(css: str, line: int) -> list[str]:
    """The ids that url(#id) names in a style; any other url() points outside the drawing."""
    targets = []
    for match in _CSS_URL.finditer(css):
        target = match.group(2).strip()
        if not target.startswith("#"):
            _refers_outside(target, line)
        targets.append(target[1:])
    return targets


def _data_uri_bytes(uri: str, match: re.Match[str]) -> bytes:
    payload = uri[match.end() :]
    if ";base64" in (match.group(2) or "").lower():
        try:
            return base64.b64decode("".join(payload.split()), validate=True)
        except (binascii.Error, ValueError):
            return b""
    return unquote_to_bytes(payload)


def _refers_outside(target: str, line: int) -> None:
    shown = target.strip()  # hidden characters stay, to be escaped where messages are printed (Diagnostic.format)
    if len(shown) > _SHOWN_CHARACTERS:
        shown = shown[:_SHOWN_CHARACTERS] + "…"
    raise SvgProblem(
        f"the drawing refers to another file ({shown or 'no name'}, line {line}); embed the picture "
        "in the drawing or save the drawing as PNG"
    )


def _check_expanded_size(root: _Element, by_id: dict[str, _Element]) -> None:
    """Count the elements and levels of the tree once every #id reference (but to a gradient) is expanded in place."""
    sizes: dict[int, int] = {}
    depths: dict[int, int] = {}
    in_progress: set[int] = set()

    def expand(element: _Element, level: int) -> tuple[int, int]:
        key = id(element)
        if key in sizes:
            if level + depths[key] > MAX_DEPTH:
                _too_deep(element)
            return sizes[key], depths[key]
        if key in in_progress:
            raise SvgProblem(
                f"the drawing repeats a part inside itself without end (line {element.line}); "
                "remove the loop or save the drawing as PNG"
            )
        if level > MAX_DEPTH:
            _too_deep(element)
        in_progress.add(key)
        size, depth = 1, 1
        copies = (by_id.get(target) for target in element.references)
        parts = element.children + [part for part in copies if part is not None and part.name not in _NOT_COPIED]
        for part in parts:
            part_size, part_depth = expand(part, level + 1)
            size += part_size
            depth = max(depth, part_depth + 1)
            if size > MAX_EXPANDED_ELEMENTS:
                raise SvgProblem(
                    f"the drawing is too complex to show (its repeated parts add up to more than "
                    f"{MAX_EXPANDED_ELEMENTS:,} shapes); simplify it or save it as PNG"
                )
        in_progress.discard(key)
        sizes[key], depths[key] = size, depth
        return size, depth

    expand(root, 1)


def _too_deep(element: _Element) -> None:
    raise SvgProblem(
        f"the drawing is nested too deeply to show (its repeated parts go more than {MAX_DEPTH} "
        f"levels deep, line {element.line}); simplify it or save it as PNG"
    )
