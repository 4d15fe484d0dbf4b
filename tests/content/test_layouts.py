"""Every layout, titles, and the order of panels."""

from __future__ import annotations

from content_helpers import SVG, png_bytes

from kiosk.content.loader import natural_key
from kiosk.content.model import Layout, PartialDate
from kiosk.content.panels import title_from_file_name


def test_statement_message_is_the_first_paragraph_and_the_rest_supports_it(deck_from):
    deck = deck_from(
        {
            "en/01-vision.md": """
            ---
            layout: statement
            title: Our vision
            image: media/hope.svg
            image_alt: A sunrise over hills
            ---
            A world where *children* are not used in war.

            For this to be possible, armed forces must be prevented from recruiting children.
            """,
            "media/hope.svg": SVG,
        }
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.layout is Layout.STATEMENT and panel.title == "Our vision"
    assert panel.statement is not None
    assert panel.statement.message == "A world where children are not used in war."
    assert panel.statement.supporting.html == (
        "<p>For this to be possible, armed forces must be prevented from recruiting children.</p>"
    )
    assert panel.image is not None and panel.image.usable
    assert (panel.image.width, panel.image.height, panel.image.alt) == (300, 200, "A sunrise over hills")
    assert panel.image.path == deck.folder / "media" / "hope.svg"


def test_timeline_events_are_sorted_by_date_with_their_first_image_taken_out(deck_from):
    deck = deck_from(
        {
            "en/03-history.md": """
            ---
            layout: timeline
            ---
            # Our history

            Where we come from.

            ## 2011 - Independent
            Based in London.

            ## 1998 – Founded
            ![Three rings](media/rings.png)

            A coalition is formed.

            ## 2002-02-12: Treaty in force
            OPAC enters into force.

            ## 2002-02 — Campaign
            Text.
            """,
            "media/rings.png": png_bytes(80, 40),
        }
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.title == "Our history"
    assert panel.intro.html == "<p>Where we come from.</p>"
    assert [(e.date, e.label, e.title, e.line) for e in panel.events] == [
        (PartialDate(1998), "1998", "Founded", 11),
        (PartialDate(2002, 2), "2002-02", "Campaign", 19),
        (PartialDate(2002, 2, 12), "2002-02-12", "Treaty in force", 16),
        (PartialDate(2011), "2011", "Independent", 8),
    ]
    founded = panel.events[0]
    assert founded.image is not None and (founded.image.width, founded.image.alt) == (80, "Three rings")
    assert founded.body.html == "<p>A coalition is formed.</p>"
    assert "<img" not in founded.body.html


def test_cards_take_their_name_from_the_heading_and_the_first_image_as_icon(deck_from):
    deck = deck_from(
        {
            "en/04-values.md": """
            ---
            layout: cards
            title: Our values
            ---
            Six values guide us.

            ## Collaboration
            ![Linked rings](media/rings.svg)

            We build **partnerships**.

            ## Integrity
            Children's interests first.
            """,
            "media/rings.svg": SVG,
        }
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.intro.html == "<p>Six values guide us.</p>"
    assert [(card.name, card.line) for card in panel.cards] == [("Collaboration", 7), ("Integrity", 12)]
    assert panel.cards[0].icon is not None and panel.cards[0].icon.source == "media/rings.svg"
    assert panel.cards[0].body.html == "<p>We build <strong>partnerships</strong>.</p>"
    assert panel.cards[1].icon is None
    assert panel.cards[1].body.html == "<p>Children&rsquo;s interests first.</p>"


def test_text_layout_is_the_default_and_keeps_headings_lists_tables_and_images(deck_from):
    deck = deck_from(
        {
            "en/05-who-we-are.md": """
            ## What we do

            - We *prevent* recruitment.
            - We support reintegration.

            | Team | People |
            |------|--------|
            | Staff | 8 |

            ![Our office](media/office.png)
            """,
            "media/office.png": png_bytes(2400, 1200),
        }
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.layout is Layout.TEXT
    assert panel.title == "Who we are"
    html = panel.intro.html
    assert "<h2>What we do</h2>" in html
    assert "<li>We <em>prevent</em> recruitment.</li>" in html
    assert '<table border="1" cellpadding="6" cellspacing="0">' in html
    office = (deck.folder / "media" / "office.png").as_uri()
    assert f'<img alt="Our office" height="600" src="{office}" width="1200">' in html


def test_a_level_one_heading_becomes_the_title_and_leaves_the_body(deck_from):
    deck = deck_from({"en/01-a.md": "# Who we are\n\nWe are a team.\n"})
    panel = deck.languages[0].panels[0]
    assert panel.title == "Who we are"
    assert panel.intro.html == "<p>We are a team.</p>"


def test_front_matter_title_wins_and_the_heading_stays_in_the_body(deck_from):
    deck = deck_from({"en/01-a.md": "---\ntitle: About\n---\n# Who we are\n\nText.\n"})
    panel = deck.languages[0].panels[0]
    assert panel.title == "About"
    assert panel.intro.html.startswith("<h1>Who we are</h1>")


def test_title_from_file_name():
    assert title_from_file_name("05-who-we-are.md") == "Who we are"
    assert title_from_file_name("10_our_goal.md") == "Our goal"
    assert title_from_file_name("2024.md") == "2024"


def test_panels_are_ordered_by_natural_file_name_order(deck_from):
    names = ["10-last.md", "2-second.md", "1-first.md", "B-named.md", "a-named.md"]
    deck = deck_from({f"en/{name}": "Text.\n" for name in names})
    assert [panel.key for panel in deck.languages[0].panels] == [
        "1-first.md",
        "2-second.md",
        "10-last.md",
        "a-named.md",
        "B-named.md",
    ]
    assert natural_key("2") < natural_key("10")
