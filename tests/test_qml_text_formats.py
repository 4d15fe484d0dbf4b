"""Every text the kiosk draws says how to read it: plain text, or the Markdown pipeline's sanitized HTML.

A QML Text left at its default (Text.AutoText) draws anything that looks like HTML as rich
text, so a title or a file name written as `<img src="file:///...">` would show a file from
outside the content folder. These tests read the QML files (laid out by Qt's own qmlformat,
so line breaks and indentation are canonical) and fail on any text element that does not set
its textFormat, and on any rich text that is not the Markdown pipeline's output.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import PySide6
import pytest

QML_FOLDER = Path(__file__).resolve().parent.parent / "kiosk" / "qml" / "Kiosk"
QMLFORMAT = Path(PySide6.__file__).parent / "qmlformat"

#: QtQuick (and Controls) types that draw a `text` and read it as AutoText unless told otherwise.
#: TextInput and TextField always show plain text: they have no textFormat.
BUILT_IN_TEXT_TYPES = frozenset({"Text", "TextEdit", "TextArea", "Label"})
#: The one component that draws rich text: the sanitized HTML the Markdown pipeline makes.
RICH_TEXT_COMPONENT = "RichTextBlock"
#: A RichTextBlock's html comes from a model field the Markdown pipeline filled (bodyHtml, introHtml, ...).
MARKDOWN_HTML_BINDING = re.compile(r"^[\w.]*Html(\s*\|\|\s*\"\")?$")

_OBJECT_START = re.compile(r"^(\s*)(?:component\s+\w+\s*:\s*|[\w.]+\s*:\s*)?([A-Z][\w.]*)\s*\{\s*$")


@dataclass(frozen=True)
class QmlObject:
    """One object declaration in a formatted QML file, with the bindings written directly in it."""

    file: str
    line: int
    type: str
    bindings: dict[str, str]

    def where(self) -> str:
        """The file and what the object shows (line numbers are qmlformat's, not the file's)."""
        shown = self.bindings.get("objectName") or self.bindings.get("text") or f"line {self.line}"
        return f"{self.file}: {self.type} {shown}"


def formatted(path: Path) -> list[str]:
    """The file as qmlformat lays it out: one binding a line, four spaces a level."""
    result = subprocess.run(
        [str(QMLFORMAT), "--ignore-settings", "--indent-width", "4", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout.splitlines()


def objects_in(path: Path) -> list[QmlObject]:
    lines = formatted(path)
    found = []
    for number, line in enumerate(lines):
        start = _OBJECT_START.match(line)
        if not start:
            continue
        indent = start.group(1)
        inner = indent + " " * 4
        bindings: dict[str, str] = {}
        for body in lines[number + 1 :]:
            if body.startswith(indent + "}"):
                break
            binding = re.match(rf"^{inner}([\w.]+)\s*:\s*(.*)$", body)
            if binding:
                bindings[binding.group(1)] = binding.group(2).strip()
        found.append(QmlObject(path.name, number + 1, start.group(2), bindings))
    return found


def all_objects() -> list[QmlObject]:
    return [obj for path in sorted(QML_FOLDER.glob("*.qml")) for obj in objects_in(path)]


def test_the_qml_files_are_found_and_read() -> None:
    objects = all_objects()
    assert len({obj.file for obj in objects}) == len(list(QML_FOLDER.glob("*.qml"))) > 20
    assert sum(obj.type in BUILT_IN_TEXT_TYPES for obj in objects) > 20


def test_every_text_element_sets_its_text_format() -> None:
    missing = [
        obj.where() for obj in all_objects() if obj.type in BUILT_IN_TEXT_TYPES and "textFormat" not in obj.bindings
    ]
    assert not missing, "set textFormat (Text.PlainText unless it shows Markdown HTML) on: " + ", ".join(missing)


def test_only_the_markdown_block_draws_rich_text() -> None:
    rich = [
        f"{obj.where()}: {obj.bindings['textFormat']}"
        for obj in all_objects()
        if "textFormat" in obj.bindings
        and obj.bindings["textFormat"] != "Text.PlainText"
        and not (obj.file == f"{RICH_TEXT_COMPONENT}.qml" and obj.bindings["textFormat"] == "Text.RichText")
    ]
    assert not rich, "only RichTextBlock may show rich text: " + ", ".join(rich)


def test_rich_text_blocks_show_only_the_markdown_pipelines_html() -> None:
    blocks = [obj for obj in all_objects() if obj.type == RICH_TEXT_COMPONENT]
    assert blocks
    bad = [
        f"{obj.where()}: html: {obj.bindings.get('html')}"
        for obj in blocks
        if not MARKDOWN_HTML_BINDING.match(obj.bindings.get("html", ""))
    ]
    assert not bad, "a RichTextBlock's html must be a *Html field made by the Markdown pipeline: " + ", ".join(bad)


@pytest.mark.parametrize("component", ["DisplayText", RICH_TEXT_COMPONENT])
def test_the_text_components_set_their_format_on_their_root(component: str) -> None:
    root = objects_in(QML_FOLDER / f"{component}.qml")[0]
    assert root.type == "Text"
    assert "textFormat" in root.bindings
