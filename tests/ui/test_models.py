"""The deck as Qt models: what QML receives for each panel and language."""

from __future__ import annotations

from pathlib import Path

from kiosk_helpers import ARABIC, ENGLISH, FRENCH, write_content

from kiosk.content.loader import load_deck
from kiosk.ui.models import LanguageListModel, PanelListModel, panel_to_qml

TIMELINE = """\
---
layout: timeline
title: History
---
Intro text.

## 2011 - Renamed
![A globe](media/missing.png)
Became independent.

## 1998 - Founded
Started.
"""

CARDS = """\
---
layout: cards
title: Values
---
## Respect
![Heart](media/heart.svg)
We listen.
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'


def test_panel_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:
    deck = load_deck(write_content(tmp_path, ENGLISH))
    model = PanelListModel(deck.languages[0].panels)
    qtmodeltester.check(model, force_py=True)
    model.set_panels(deck.languages[0].panels[:2])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_language_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:
    deck = load_deck(write_content(tmp_path, {**ENGLISH, **FRENCH, **ARABIC}))
    model = LanguageListModel(deck.languages)
    qtmodeltester.check(model, force_py=True)
    model.set_current("ar")
    qtmodeltester.check(model, force_py=True)


def test_language_model_names_each_language_in_itself_and_marks_the_current_one(tmp_path: Path) -> None:
    deck = load_deck(
        write_content(tmp_path, {**ENGLISH, **FRENCH, **ARABIC, "kiosk.toml": 'languages = ["en", "fr", "ar"]\n'})
    )
    model = LanguageListModel(deck.languages)
    model.set_current("fr")
    roles = {name.data().decode(): role for role, name in model.roleNames().items()}
    rows = [
        {name: model.data(model.index(row), role) for name, role in roles.items()} for row in range(model.rowCount())
    ]
    assert rows == [
        {"code": "en", "name": "English", "rightToLeft": False, "current": False},
        {"code": "fr", "name": "Français", "rightToLeft": False, "current": True},
        {"code": "ar", "name": "العربية", "rightToLeft": True, "current": False},
    ]


def test_panel_model_roles_are_named_for_qml(tmp_path: Path) -> None:
    deck = load_deck(write_content(tmp_path, ENGLISH))
    model = PanelListModel(deck.languages[0].panels)
    names = {name.data().decode() for name in model.roleNames().values()}
    assert names == {"panel", "key", "layout", "title", "shortTitle"}
    index = model.index(1)
    assert model.data(index, PanelListModel.Role.KEY) == "02-two.md"
    assert model.data(index, PanelListModel.Role.LAYOUT) == "statement"
    assert model.data(index, PanelListModel.Role.TITLE) == "Two"
    assert model.data(index, PanelListModel.Role.SHORT_TITLE) == "Two"
    assert model.data(model.index(7), PanelListModel.Role.TITLE) is None


def test_a_statement_becomes_the_map_the_views_read(tmp_path: Path) -> None:
    deck = load_deck(write_content(tmp_path, ENGLISH))
    panel = panel_to_qml(deck.languages[0].panels[0])
    assert panel == {
        "key": "01-one.md",
        "rightToLeft": False,
        "writtenIn": "en",
        "writtenInName": "English",
        "layout": "statement",
        "title": "One",
        "shortTitle": "One",
        "imageSource": "",
        "imageAlt": "",
        "imagePlaceholder": False,
        "imageCaption": "",
        "imageCredit": "",
        "introHtml": "",
        "message": "Panel one.",
        "supportingHtml": "",
        "events": [],
        "cards": [],
        "links": [],
        "fallback": False,
        "hasErrors": False,
    }


def test_timeline_events_keep_date_order_and_a_missing_image_becomes_a_placeholder(tmp_path: Path) -> None:
    deck = load_deck(write_content(tmp_path, {"en/01-history.md": TIMELINE}))
    panel = panel_to_qml(deck.languages[0].panels[0])
    assert [event["dateLabel"] for event in panel["events"]] == ["1998", "2011"]
    renamed = panel["events"][1]
    assert renamed["title"] == "Renamed"
    assert renamed["imageSource"] == ""
    assert renamed["imagePlaceholder"] is True
    assert renamed["imageAlt"] == "A globe"
    assert "Became independent." in renamed["bodyHtml"]
    assert panel["hasErrors"] is True
    assert "Intro text." in panel["introHtml"]


def test_card_icons_are_file_urls(tmp_path: Path) -> None:
    folder = write_content(tmp_path, {"en/01-values.md": CARDS, "media/heart.svg": SVG})
    panel = panel_to_qml(load_deck(folder).languages[0].panels[0])
    card = panel["cards"][0]
    assert card["name"] == "Respect"
    assert card["imageSource"] == (folder / "media" / "heart.svg").resolve().as_uri()
    assert card["imagePlaceholder"] is False


def test_a_missing_translation_is_marked_as_fallback(tmp_path: Path) -> None:
    french = {key: value for key, value in FRENCH.items() if "four" not in key}
    deck = load_deck(write_content(tmp_path, {**ENGLISH, **french}))
    fr = deck.language("fr")
    assert fr is not None
    maps = [panel_to_qml(panel) for panel in fr.panels]
    assert [(m["key"], m["fallback"]) for m in maps][-1] == ("04-four.md", True)
    assert maps[-1]["message"] == "Panel four."


def test_each_link_carries_the_qr_code_visitors_scan(tmp_path: Path) -> None:
    text = "---\ntitle: Contact\n---\nRead [our report](https://example.org/report) or write to <mailto:info@example.org>.\n"
    deck = load_deck(write_content(tmp_path, {"en/01-contact.md": text}))
    links = panel_to_qml(deck.languages[0].panels[0])["links"]
    assert [(link["text"], link["url"]) for link in links] == [
        ("our report", "https://example.org/report"),
        ("info@example.org", "mailto:info@example.org"),
    ]
    assert all(link["qr"].startswith("data:image/svg+xml") for link in links)
    assert links[0]["qr"] != links[1]["qr"]


def test_a_fallback_panel_is_handed_to_qml_in_the_direction_the_loader_decided(tmp_path: Path) -> None:
    """QML reads the panel's own direction: an Arabic panel shown in English stays right to left."""
    english_first_only = {key: value for key, value in ENGLISH.items() if key.startswith("en/01")}
    deck = load_deck(
        write_content(tmp_path, {**ARABIC, **english_first_only, "kiosk.toml": 'languages = ["ar", "en"]\n'})
    )
    english = deck.language("en")
    assert english is not None
    maps = [panel_to_qml(panel) for panel in english.panels]
    assert [(m["key"], m["fallback"], m["rightToLeft"]) for m in maps] == [
        ("01-one.md", False, False),
        ("02-two.md", True, True),
        ("03-three.md", True, True),
        ("04-four.md", True, True),
    ]
    assert [m["rightToLeft"] for m in maps] == [panel.right_to_left for panel in english.panels]
