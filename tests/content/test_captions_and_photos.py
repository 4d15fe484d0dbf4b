"""Captions and credits of pictures, and the photo layout: how editors write them and what check reports."""

from __future__ import annotations

from content_helpers import SVG, only, png_bytes

from kiosk.content.model import Layout, Severity


def _event_image(deck):
    panel = deck.languages[0].panels[0]
    return panel.events[0].image


def test_a_picture_title_gives_the_caption_and_the_credit_after_a_bar(deck_from):
    deck = deck_from(
        {
            "en/01-history.md": """
            ---
            layout: timeline
            ---
            ## 1998 - Founded
            ![Three rings](media/rings.svg "The founders meet in London | Photo: Jane Doe")
            """,
            "media/rings.svg": SVG,
        }
    )
    assert deck.diagnostics == ()
    image = _event_image(deck)
    assert (image.caption, image.credit) == ("The founders meet in London", "Photo: Jane Doe")


def test_a_picture_title_without_a_bar_is_a_caption_alone(deck_from):
    deck = deck_from(
        {
            "en/01-values.md": """
            ---
            layout: cards
            ---
            ## Respect
            ![A heart](media/heart.svg "We listen first")
            """,
            "media/heart.svg": SVG,
        }
    )
    icon = deck.languages[0].panels[0].cards[0].icon
    assert (icon.caption, icon.credit) == ("We listen first", "")


def test_a_caption_in_curly_quotes_is_read_and_reported(deck_from):
    deck = deck_from(
        {
            "en/01-history.md": """
            ---
            layout: timeline
            ---
            ## 1998 - Founded
            ![Three rings](media/rings.svg “The founders meet | Photo: Jane Doe”)
            """,
            "media/rings.svg": SVG,
        }
    )
    problem = only(deck, "en/01-history.md")
    assert problem.severity is Severity.WARNING and problem.line == 5
    assert (
        "curly quotes" in problem.message
        and '(media/rings.svg "The founders meet | Photo: Jane Doe")' in problem.message
    )
    image = _event_image(deck)
    assert image.usable and (image.caption, image.credit) == ("The founders meet", "Photo: Jane Doe")


def test_a_caption_with_two_bars_is_reported(deck_from):
    deck = deck_from(
        {
            "en/01-history.md": """
            ---
            layout: timeline
            ---
            ## 1998 - Founded
            ![Rings](media/rings.svg "Founders | Photo: Jane | Doe")
            """,
            "media/rings.svg": SVG,
        }
    )
    problem = only(deck, "en/01-history.md")
    assert problem.line == 5 and "more than one" in problem.message
    assert _event_image(deck).credit == "Photo: Jane | Doe"


def test_a_caption_too_long_to_read_under_a_picture_is_reported(deck_from):
    deck = deck_from(
        {
            "en/01-history.md": f"""
            ---
            layout: timeline
            ---
            ## 1998 - Founded
            ![Rings](media/rings.svg "{"word " * 60}")
            """,
            "media/rings.svg": SVG,
        }
    )
    problem = only(deck, "en/01-history.md")
    assert problem.severity is Severity.WARNING and problem.line == 5
    assert "caption is 299 characters long" in problem.message


def test_a_panel_picture_takes_its_caption_and_credit_from_its_settings(deck_from):
    deck = deck_from(
        {
            "en/01-vision.md": """
            ---
            layout: statement
            image: media/hope.svg
            image_alt: Children in a classroom
            image_caption: Children back at school
            image_credit: "© Jane Doe"
            ---
            A world where children are not used in war.
            """,
            "media/hope.svg": SVG,
        }
    )
    assert deck.diagnostics == ()
    image = deck.languages[0].panels[0].image
    assert (image.caption, image.credit) == ("Children back at school", "© Jane Doe")


def test_a_caption_setting_without_a_picture_is_reported(deck_from):
    deck = deck_from(
        {
            "en/01-vision.md": """
            ---
            layout: statement
            image_caption: Children back at school
            ---
            A world where children are not used in war.
            """,
        }
    )
    problem = only(deck, "en/01-vision.md")
    assert problem.line == 3 and "has none" in problem.message


def test_a_misspelt_caption_setting_is_an_error_naming_the_right_one(deck_from):
    deck = deck_from(
        {
            "en/01-vision.md": """
            ---
            layout: statement
            image: media/hope.svg
            image_alt: Children in a classroom
            image_captoin: Children back at school
            ---
            A world where children are not used in war.
            """,
            "media/hope.svg": SVG,
        }
    )
    problem = only(deck, "en/01-vision.md")
    assert problem.severity is Severity.ERROR and 'did you mean "image_caption"' in problem.message


def test_a_photo_panel_shows_its_picture_with_the_text_over_it(deck_from):
    deck = deck_from(
        {
            "en/01-school.md": """
            ---
            layout: photo
            title: Back at school
            image: media/school.png
            image_alt: Girls in a classroom
            image_credit: "Photo: Jane Doe"
            ---
            Three years after leaving an armed group, Amani is back at school.
            """,
            "media/school.png": png_bytes(1600, 1000),
        }
    )
    assert deck.diagnostics == ()
    panel = deck.languages[0].panels[0]
    assert panel.layout is Layout.PHOTO and panel.title == "Back at school"
    assert panel.image.usable and panel.image.credit == "Photo: Jane Doe"
    assert "Amani is back at school" in panel.intro.html


def test_a_photo_panel_without_a_picture_is_an_error_and_shows_as_text(deck_from):
    deck = deck_from(
        {
            "en/01-school.md": """
            ---
            layout: photo
            title: Back at school
            ---
            Three years later, Amani is back at school.
            """,
        }
    )
    problem = only(deck, "en/01-school.md")
    assert problem.severity is Severity.ERROR and problem.line == 2 and "names none" in problem.message
    assert deck.languages[0].panels[0].layout is Layout.TEXT


def test_a_photo_panel_with_too_much_text_is_reported(deck_from):
    deck = deck_from(
        {
            "en/01-school.md": f"""
            ---
            layout: photo
            image: media/school.png
            image_alt: Children in a classroom
            ---
            {"Amani is back at school. " * 20}
            """,
            "media/school.png": png_bytes(1600, 1000),
        }
    )
    problem = only(deck, "en/01-school.md")
    assert (
        problem.severity is Severity.WARNING
        and problem.line == 6
        and "too long to read over a picture" in problem.message
    )
