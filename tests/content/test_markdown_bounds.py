"""Any panel converts quickly whatever its text, and normal Markdown converts exactly as Python-Markdown does.

Each hostile panel is loaded in a child process with a time limit, so a regression fails
fast instead of hanging the test run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from content_helpers import write
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

from kiosk.content import loader, markdown_html
from kiosk.content.files import MB, PANEL_LIMIT
from kiosk.content.loader import load_deck
from kiosk.content.markdown_bounds import MAX_LINK_TEXT, MAX_PARAGRAPH, overlong_paragraph, written_path
from kiosk.content.markdown_html import MarkdownRenderer
from kiosk.content.model import ImageRef, Severity
from kiosk.locations import bundled_content_dir

SECONDS = 10
_LOAD = """
import json, sys
from pathlib import Path
from kiosk.content.loader import load_deck
deck = load_deck(Path(sys.argv[1]))
print(json.dumps({"diagnostics": [d.format() for d in deck.diagnostics],
                  "html": [panel.intro.html for language in deck.languages for panel in language.panels]}))
"""


def load_in_time(tmp_path: Path, text: str) -> dict[str, list[str]]:
    """Load a folder whose one panel is `text`, failing if it takes more than SECONDS."""
    folder = write(tmp_path / "content", {"en/01-hostile.md": "# Hostile\n\n"})
    with (folder / "en" / "01-hostile.md").open("a", encoding="utf-8") as panel:
        panel.write(text)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _LOAD, str(folder)], capture_output=True, text=True, timeout=SECONDS, check=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading the panel took more than {SECONDS} s")
    return json.loads(done.stdout)


def paragraphs(paragraph: str, count: int) -> str:
    """`count` copies of `paragraph` (each within MAX_PARAGRAPH), as paragraphs of their own."""
    return "\n\n".join([paragraph] * count) + "\n"


def shows_as_text(loaded: dict[str, list[str]], written: str) -> None:
    assert loaded["diagnostics"] == []
    [html] = loaded["html"]
    assert written in html and "<a " not in html and "<img" not in html


def test_sixteen_kilobytes_of_opening_brackets_load_quickly_and_show_as_text(tmp_path):
    shows_as_text(load_in_time(tmp_path, paragraphs("[" * 4_000, 4)), "[" * 1000)


def test_sixteen_kilobytes_of_picture_openings_load_quickly_and_show_as_text(tmp_path):
    shows_as_text(load_in_time(tmp_path, paragraphs("![" * 2_000, 4)), "![" * 500)


def test_sixty_four_kilobytes_of_unclosed_links_load_quickly_and_show_as_text(tmp_path):
    shows_as_text(load_in_time(tmp_path, paragraphs("[a](b " * 660, 16)), "[a](b [a](b ")


def test_unclosed_reference_links_load_quickly_and_show_as_text(tmp_path):
    shows_as_text(load_in_time(tmp_path, paragraphs("[a][" * 1_000, 4)), "[a][[a][")


def test_two_hundred_nested_list_levels_are_reported_at_their_line(tmp_path):
    levels = "".join("\t" * depth + "- item\n" for depth in range(200))
    loaded = load_in_time(tmp_path, levels)
    assert "en/01-hostile.md:53: error: this text is nested too deeply to show" in "\n".join(loaded["diagnostics"])


def test_a_thousand_nested_quotes_are_reported_at_their_line(tmp_path):
    loaded = load_in_time(tmp_path, "Fine.\n\n" + "> " * 1000 + "deep\n")
    assert "en/01-hostile.md:5: error: this text is nested too deeply to show" in "\n".join(loaded["diagnostics"])


def test_fifty_nested_list_levels_still_show(deck_from):
    deck = deck_from({"en/01-lists.md": "# Lists\n\n" + "".join("\t" * depth + "- item\n" for depth in range(50))})
    assert deck.diagnostics == ()
    assert deck.languages[0].panels[0].intro.html.count("<ul>") == 50


def test_a_link_whose_text_is_too_long_shows_as_text(deck_from):
    text = "word " * (MAX_LINK_TEXT // 5 + 1)
    deck = deck_from({"en/01-long.md": f"# Long\n\n[{text}](https://example.org)\n"})
    html = deck.languages[0].panels[0].intro.html
    assert "<a " not in html and "](https://example.org)" in html


class _StockImage(ImageInlineProcessor):
    """Python-Markdown's own picture pattern, with the kiosk's one intended difference (backslashes kept)."""

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        href, title, index, handled = super().getLink(data, index)
        return written_path(href), title, index, handled


def _register_stock_links(md) -> None:
    md.inlinePatterns.register(ReferenceInlineProcessor(REFERENCE_RE, md), "reference", 170)
    md.inlinePatterns.register(LinkInlineProcessor(LINK_RE, md), "link", 160)
    md.inlinePatterns.register(_StockImage(IMAGE_LINK_RE, md), "image_link", 150)
    md.inlinePatterns.register(ImageReferenceInlineProcessor(IMAGE_REFERENCE_RE, md), "image_reference", 140)
    md.inlinePatterns.register(ShortReferenceInlineProcessor(REFERENCE_RE, md), "short_reference", 130)
    md.inlinePatterns.register(ShortImageReferenceInlineProcessor(IMAGE_REFERENCE_RE, md), "short_image_ref", 125)


NORMAL_MARKDOWN = [
    "[a [b] c](https://d.org)",
    '[a](https://b.org "t")',
    "<https://x.org>",
    "[a](https://e.org/x_(y)) and ![i](media/m.png 't')",
    "[r][1]\n\n[1]: https://r.org 'T'",
    "[r]\n\n[r]: https://r.org",
    "![x][p] ![p]\n\n[p]: media/p.png",
    "[a]( https://x.org )",
    "[a](<https://x.org/a b>)",
    "[[a]](https://b.org) [a]b] [a\\]](https://c.org)",
    '[a](https://b.org"notitle)',
    "[a](https://b.org 't' x)",
    "![a](media\\_archive\\photo.jpg)",
    "*[a](https://x.org)* **b** `[c](d)`",
    "[a](https://x.org)[b](https://y.org)",
    "[foo][] [Foo][bar]\n\n[foo]: https://f.org\n[bar]: https://b.org",
    "[x](https://e.org/((a)))",
    "!\\[a](b) \\[a](https://x.org)",
    "[a\nb](https://x.org)",
    "- [a](https://x.org)\n    - ![b](media/b.png)\n\n> [c][d]\n\n[d]: mailto:c@d.org",
]


def _render_all(renderer: MarkdownRenderer) -> list[list[str]]:
    def resolve(source: str, alt: str, title: str, line: int) -> ImageRef:
        return ImageRef(source, Path("/pictures") / source, 10, 10, alt)

    def rendered(text: str) -> list[str]:
        sections, _ = renderer.render(text.split("\n"), 1, resolve, lambda url, line: url)
        return [section.html for section in sections]

    return [rendered(text) for text in NORMAL_MARKDOWN]


def test_normal_links_and_pictures_convert_as_python_markdown_does(monkeypatch):
    bounded = _render_all(MarkdownRenderer())
    monkeypatch.setattr(markdown_html, "register_bounded_links", _register_stock_links)
    assert bounded == _render_all(MarkdownRenderer())
    assert sum(html.count("<a ") + html.count("<img") for sections in bounded for html in sections) >= 20


def test_the_bundled_deck_converts_as_python_markdown_does(monkeypatch):
    bounded = load_deck(bundled_content_dir())
    monkeypatch.setattr(markdown_html, "register_bounded_links", _register_stock_links)
    assert bounded == load_deck(bundled_content_dir())


def test_a_panel_slow_to_prepare_is_reported(deck_from, monkeypatch):
    monkeypatch.setattr(loader, "SLOW_PANEL_SECONDS", 0.0)
    deck = deck_from({"en/01-slow.md": "# Slow\n\nText.\n"})
    [diagnostic] = deck.diagnostics
    assert diagnostic.path == "en/01-slow.md" and diagnostic.severity is Severity.WARNING
    assert "seconds to prepare" in diagnostic.message and "simplify it" in diagnostic.message


def refused_at(loaded: dict[str, list[str]], line: int, words: str) -> None:
    """The one panel is left out, with one error at `line` saying `words`."""
    [diagnostic] = [diagnostic for diagnostic in loaded["diagnostics"] if diagnostic.startswith("en/01-hostile.md:")]
    assert diagnostic.startswith(f"en/01-hostile.md:{line}: error: ") and words in diagnostic, diagnostic
    assert loaded["html"] == []


def test_sixty_four_kilobytes_of_quotes_in_one_paragraph_are_refused_quickly_at_its_line(tmp_path):
    loaded = load_in_time(tmp_path, "Before.\n\n" + "'" * 64_000 + "\n")
    refused_at(
        loaded,
        5,
        f"this paragraph is 64,000 characters long, too long to read on a kiosk screen and to "
        f"prepare quickly (at most {MAX_PARAGRAPH:,}): split it into shorter paragraphs",
    )


def test_a_megabyte_of_entities_in_one_paragraph_is_refused_quickly_as_too_large_for_a_panel(tmp_path):
    refused_at(load_in_time(tmp_path, "&amp;" * (MB // 5) + "\n"), 1, "it is larger than 128 KB")


@pytest.mark.parametrize("unit", ["&amp;", "'"])
def test_a_panel_at_the_size_limit_made_of_paragraphs_at_the_paragraph_limit_loads_in_time(tmp_path, unit):
    paragraph = unit * (MAX_PARAGRAPH // len(unit))
    loaded = load_in_time(tmp_path, paragraphs(paragraph, (PANEL_LIMIT - 20) // (len(paragraph) + 2)))
    assert (tmp_path / "content" / "en" / "01-hostile.md").stat().st_size > PANEL_LIMIT - MAX_PARAGRAPH
    assert not [diagnostic for diagnostic in loaded["diagnostics"] if ": error: " in diagnostic]
    assert len(loaded["html"]) == 1


def test_a_long_panel_of_normal_paragraphs_still_shows(tmp_path):
    sentence = "The museum opened its doors to *every* visitor, and it's free on Sundays & holidays. "
    paragraph = (sentence * (2000 // len(sentence) + 1))[:2000].strip()
    tight_list = "".join(f"- item {number}: " + "word " * 100 + "\n" for number in range(12))
    loaded = load_in_time(tmp_path, "\n\n".join([paragraph] * 12) + "\n\n" + tight_list)
    assert loaded["diagnostics"] == []
    [html] = loaded["html"]
    assert html.count("<em>every</em>") >= 12 * 20 and html.count("<li>") == 12


def test_each_list_item_and_heading_is_a_paragraph_of_its_own():
    items = ["- " + "a" * 3000] * 3
    assert overlong_paragraph(["# " + "t" * 3000, *items, "", "b" * 3000]) is None
    assert overlong_paragraph(["Intro", "", "a" * 3000, "b" * 1001, "", "c"]) == (2, 4001)
    assert overlong_paragraph(["> " + "q" * 3000, "> " + "q" * 3000]) == (0, 6004)
