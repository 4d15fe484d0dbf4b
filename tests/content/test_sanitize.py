"""Raw HTML never becomes markup, no remote resource is referenced, links are kept as data."""

from __future__ import annotations

import markdown

from kiosk.content.markdown_html import MarkdownRenderer
from kiosk.content.model import ImageRef, Link


def render(text: str) -> str:
    deck_html, _ = MarkdownRenderer().render(
        text.split("\n"), 1, lambda source, alt, line: ImageRef(source, None), lambda url, line: url
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


def test_fast_inline_processing_gives_the_same_html_as_stock_python_markdown():
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
