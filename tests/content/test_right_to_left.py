"""In a right-to-left panel (Arabic), tables, lists and quotes run right to left like the panel's text."""

from __future__ import annotations

TABLE = "| الفريق | العدد |\n| --- | --- |\n| الموظفون | 8 |\n"


def test_a_table_in_an_arabic_panel_has_its_first_column_on_the_right(deck_from):
    deck = deck_from({"ar/01-a.md": f"# جدول\n\n{TABLE}", "en/01-a.md": f"# Table\n\n{TABLE}"})
    html = {language.code: language.panels[0].intro.html.replace("\n", "") for language in deck.languages}
    arabic, english = html["ar"], html["en"]
    # Qt's rich text keeps columns left to right whatever the direction, so the cells are written in reverse.
    assert '<th dir="rtl">العدد</th><th dir="rtl">الفريق</th>' in arabic
    assert '<td dir="rtl">8</td><td dir="rtl">الموظفون</td>' in arabic
    assert 'align="right"' in arabic
    assert "<th>الفريق</th><th>العدد</th>" in english and "dir=" not in english


def test_lists_and_quotes_in_an_arabic_panel_run_right_to_left(deck_from):
    deck = deck_from({"ar/01-a.md": "- Google أولاً\n- ثانياً\n\n1. واحد\n\n> اقتباس\n"})
    html = deck.languages[0].panels[0].intro.html
    assert html.count('<ul dir="rtl">') == 1 and html.count('<li dir="rtl">') == 3
    assert '<ol dir="rtl">' in html and '<blockquote dir="rtl">' in html


def test_cards_and_events_in_an_arabic_panel_run_right_to_left(deck_from):
    deck = deck_from(
        {
            "ar/01-a.md": f"---\nlayout: cards\n---\n## بطاقة\n\n{TABLE}",
            "ar/02-b.md": "---\nlayout: timeline\n---\n## 1998 - تأسيس\n\n- أولاً\n",
        }
    )
    cards, timeline = deck.languages[0].panels
    assert 'align="right"' in cards.cards[0].body.html
    assert '<li dir="rtl">' in timeline.events[0].body.html
