"""Markdown to the HTML a panel shows: raw HTML never becomes markup, no remote resource is referenced,
links are kept as data, sections are cut at headings, and each picture and link is reported at its line."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from kiosk.content.markdown_html import MarkdownRenderer, Section
from kiosk.content.model import ImageRef, Link


def render(text: str) -> str:
    deck_html, _ = MarkdownRenderer().render(
        text.split("\n"), 1, lambda source, alt, title, line: ImageRef(source, None), lambda url, line: url
    )
    return deck_html[0].html


def test_raw_html_shows_as_text(deck_from):
    deck = deck_from(
        {
            "en/01-a.md": (
                "<script>alert(1)</script>\n\n"
                'Look: <img src=http://example.org/x.png> and <b onclick="steal()">bold</b>.\n\n'
                '<div style="position:fixed">block</div>\n'
            )
        }
    )
    html = deck.languages[0].panels[0].intro.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=http://example.org/x.png&gt;" in html
    assert "&lt;b onclick=" in html
    assert "&lt;div style=" in html
    for markup in ("<script", "<img", "<b ", "<div"):
        assert markup not in html
    assert deck.diagnostics == ()


def test_links_are_collected_and_unsafe_ones_dropped_keeping_their_text(deck_from):
    deck = deck_from(
        {
            "en/01-a.md": (
                "Visit [our site](https://example.org/about), mail <info@example.org>, call [us](tel:+441234), "
                "see <https://example.org/x>, but not [this](javascript:alert(1)) or [that](file:///etc/passwd) "
                "or [a panel](02-goal.md).\n"
            )
        }
    )
    panel = deck.languages[0].panels[0]
    assert panel.links == (
        Link("our site", "https://example.org/about"),
        Link("info@example.org", "mailto:info@example.org"),
        Link("us", "tel:+441234"),
        Link("https://example.org/x", "https://example.org/x"),
    )
    html = panel.intro.html
    assert '<a href="https://example.org/about">our site</a>' in html
    assert "javascript" not in html and "file:" not in html and "02-goal.md" not in html
    assert "but not this or that or a panel." in html


def test_links_in_cards_and_events_are_collected(deck_from):
    deck = deck_from({"en/01-a.md": "---\nlayout: cards\n---\n## One\nSee [more](https://example.org/1).\n"})
    assert deck.languages[0].panels[0].links == (Link("more", "https://example.org/1"),)


def test_remote_image_is_removed_from_the_html(deck_from):
    deck = deck_from({"en/01-a.md": "Before ![tracker](https://example.org/pixel.png) after.\n"})
    html = deck.languages[0].panels[0].intro.html
    assert "example.org" not in html and "<img" not in html
    assert html == "<p>Before  after.</p>"


def test_smart_typography():
    assert render('It\'s "quoted" -- and... done') == "<p>It&rsquo;s &ldquo;quoted&rdquo; &ndash; and&hellip; done</p>"


def test_conversion_gives_the_same_html_as_stock_python_markdown():
    samples = [
        "Plain text only.",
        "*em* **strong** _u_ __uu__ `code` \\*escaped\\* &amp; &copy; line  \nbreak",
        "[ref][1] and ![img][2] and [short] and <https://a.example> <me@example.org>\n\n"
        "[1]: https://example.org\n[2]: media/x.png\n[short]: https://example.org/s",
        "It's \"quoted\" -- and --- and... '90s <<angles>>",
        "- a *b*\n- c\n\n1. one\n2. two\n\n> quote **bold**\n\n    code *not em*\n",
        "| a | *b* |\n|---|---|\n| `c` | [d](https://example.org) |",
    ]
    fast = MarkdownRenderer()._md
    stock = markdown.Markdown(extensions=["tables", "sane_lists", "smarty"], output_format="html")
    stock.preprocessors.deregister("html_block")
    stock.inlinePatterns.deregister("html")
    stock.treeprocessors.deregister("prettify")
    fast.treeprocessors.deregister("kiosk-sanitize")
    for sample in samples:
        fast.reset()
        stock.reset()
        assert fast.convert(sample) == stock.convert(sample), sample


def rendered(
    text: str, headings: bool = False, **options: bool
) -> tuple[list[Section], str, list[tuple[str, str, int]]]:
    """Render `text` from file line 1, cut at its `## ` lines if `headings`; also every picture and link
    the renderer asked about, as (kind, as written, file line)."""
    asked: list[tuple[str, str, int]] = []

    def picture(source: str, alt: str, title: str, line: int) -> ImageRef:
        asked.append(("picture", source, line))
        return ImageRef(source, Path("/content") / source, 40, 20, alt)

    def link(address: str, line: int) -> str:
        asked.append(("link", address, line))
        return address

    lines = text.split("\n")
    cuts = [(index, line[3:]) for index, line in enumerate(lines) if line.startswith("## ")] if headings else []
    sections, message = MarkdownRenderer().render(lines, 1, picture, link, headings=cuts, **options)
    return sections, message, asked


def test_each_heading_starts_a_section_with_its_own_html():
    sections, _, _ = rendered("Intro *here*.\n## 1998 - *Founded*\nFirst.\n\n## 2002 - Treaty\n\n- signed\n", True)
    assert [(section.heading, section.html) for section in sections] == [
        ("", "<p>Intro <em>here</em>.</p>"),
        ("1998 - Founded", "<p>First.</p>"),
        ("2002 - Treaty", "<ul><li>signed</li></ul>"),
    ]


def test_a_heading_with_no_text_below_it_is_an_empty_section():
    sections, _, _ = rendered("## Courage\n## Care\nWe listen.", True)
    assert [(section.heading, section.html) for section in sections] == [
        ("", ""),
        ("Courage", ""),
        ("Care", "<p>We listen.</p>"),
    ]


def test_the_first_paragraph_is_the_statement_message_and_leaves_the_html():
    sections, message, _ = rendered("\nA world *without* war.\n\nThe details.\n", split_first_paragraph=True)
    assert message == "A world without war."
    assert sections[0].html == "<p>The details.</p>"


def test_the_first_picture_of_each_section_becomes_its_image():
    text = "![Intro](media/intro.png)\n## 1998 - A\n![One](media/one.png) ![Two](media/two.png)\n## 1999 - B\nNone."
    sections, _, _ = rendered(text, True, take_first_image=True)
    assert [section.image.source if section.image else None for section in sections] == [
        None,
        "media/one.png",
        None,
    ]
    assert "intro.png" in sections[0].html and "two.png" in sections[1].html and "one.png" not in sections[1].html


def test_a_reference_written_in_another_section_is_found():
    sections, _, asked = rendered("## A\nSee [our site][site].\n## B\n[site]: https://example.org\n", True)
    assert sections[1].links == [Link("our site", "https://example.org")]
    assert asked == [("link", "https://example.org", 4)]


WHERE_WRITTEN = {
    "a paragraph's third line": ("Intro\nmore\nsee ![P](media/p.png)", 3),
    "after blank lines": ("Intro\n\n\n\n![P](media/p.png)", 5),
    "a tight list's third item": ("- one\n- two\n- ![P](media/p.png)", 3),
    "a nested list item": ("- one\n    - two\n- three\n    - ![P](media/p.png)", 4),
    "a loose list's second item": ("- one\n\n- two\n\n    ![P](media/p.png)", 5),
    "a table's second row": ("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | ![P](media/p.png) |", 4),
    "a quote after a blank quote line": ("> one\n>\n> ![P](media/p.png)", 3),
    "under an underlined heading": ("Title\n=====\n![P](media/p.png)", 3),
    "after a rule": ("one\n\n***\n![P](media/p.png)", 4),
    "after a link over two lines": ("[a\nb](https://example.org) ![P](media/p.png)", 2),
    "a reference's address": ("![P][p]\n\nText.\n\n[p]: media/p.png", 5),
}


@pytest.mark.parametrize("text, line", WHERE_WRITTEN.values(), ids=WHERE_WRITTEN.keys())
def test_a_picture_is_reported_at_the_line_it_is_written_on(text, line):
    _, _, asked = rendered(text)
    assert [(source, at) for kind, source, at in asked if kind == "picture"] == [("media/p.png", line)]


def test_the_same_link_twice_is_reported_at_each_of_its_lines():
    _, _, asked = rendered("[a](https://example.org)\n\n- [b](https://example.org)\n- [c](https://example.org)")
    assert asked == [("link", "https://example.org", line) for line in (1, 3, 4)]


TEXT_WITHOUT_PICTURES = [
    "Para one\nstill one\n\nPara two",
    "- a\n\n- b\n\n    more b\n\n        code in b\n- c",
    "1. one\n    - nested\n        1. deeper\n2. two",
    "> quote\n>\n> > nested\n\n> again\n\nlazy\n> continued",
    "    code\n\n\n    after two blank lines\n\nText",
    "# H1\ntext\n## H2 ##\nSetext\n------\n***\n- - -",
    "| a | b |\n|:--|--:|\n| 1 | 2 |\n\nAfter *em* **strong** `code`",
    "Line with two spaces  \nbreak & entity &copy; <not html>",
]


@pytest.mark.parametrize("text", TEXT_WITHOUT_PICTURES)
def test_text_without_pictures_or_links_converts_as_python_markdown_does(text):
    stock = markdown.Markdown(extensions=["tables", "sane_lists", "smarty"], output_format="html")
    stock.preprocessors.deregister("html_block")
    stock.inlinePatterns.deregister("html")
    stock.treeprocessors.deregister("prettify")
    expected = stock.convert(text).replace("<table>", '<table border="1" cellpadding="6" cellspacing="0">')
    sections, _, _ = rendered(text)
    assert sections[0].html == expected
