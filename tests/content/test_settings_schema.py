"""The settings schema is the one description of kiosk.toml: loading, defaults, messages and docs follow it."""

from __future__ import annotations

import shutil
from functools import reduce
from pathlib import Path

import pytest
from content_helpers import SVG, only

from kiosk.content.model import Settings, Severity
from kiosk.content.pin import hash_pin
from kiosk.content.settings_reference import (
    REFERENCE_END,
    REFERENCE_START,
    example_toml,
    main,
    reference_markdown,
    with_reference,
)
from kiosk.content.settings_schema import (
    SETTINGS,
    TABLES,
    Kind,
    Setting,
    model_default,
)
from kiosk.content.settings_schema import setting as named_setting

DOCS = Path(__file__).resolve().parents[2] / "docs" / "content.md"
REGENERATE = "python -m kiosk.content.settings_reference --update docs/content.md"
FILES = {
    "en/01-a.md": "Text.\n",
    "fr/01-a.md": "Texte.\n",
    "media/logo.svg": SVG,
    "media/Brand.ttf": b"\x00\x01\x00\x00" + b"\x00" * 60,
}
VALID = {
    Kind.TEXT: '"Elsewhere"',
    Kind.TEXT_PER_LANGUAGE: '{ fr = "Ailleurs" }',
    Kind.LANGUAGES: '["fr", "en"]',
    Kind.COLOUR: '"#123456"',
    Kind.PICTURE: '"media/logo.svg"',
    Kind.FONT: '"media/Brand.ttf"',
    Kind.PIN_HASH: f'"{hash_pin("2468")}"',
}
"""A value other than the default that each kind accepts (seconds, choices and switches come from the row)."""
#: Theme colours other than the defaults, still readable one on the other (faint pairs are warned about).
READABLE_COLOURS = {"background": '"#000000"', "surface": '"#222222"', "text": '"#fefefe"', "muted": '"#dddddd"'}


def valid_value(setting: Setting) -> str:
    if setting.kind in (Kind.SECONDS, Kind.DAYS):
        return f"{setting.high:g}"
    if setting.kind is Kind.CHOICE:
        return f'"{list(setting.choices)[-1]}"'
    if setting.kind is Kind.COLOUR:
        return READABLE_COLOURS.get(setting.key, '"#ffcc00"')
    if setting.kind is Kind.SWITCH:
        return "false" if setting.default else "true"
    return VALID[setting.kind]


def toml_setting(setting: Setting, value: str) -> str:
    return f"[{setting.table}]\n{setting.key} = {value}\n" if setting.table else f"{setting.key} = {value}\n"


def model_field(settings: Settings, setting: Setting) -> object:
    return reduce(getattr, setting.model.split("."), settings)


def test_docs_settings_reference_matches_the_schema():
    document = DOCS.read_text(encoding="utf-8")
    assert REFERENCE_START in document and REFERENCE_END in document, "the settings reference markers are missing"
    assert with_reference(document) == document, (
        f"docs/content.md's settings reference is out of date: run `{REGENERATE}`"
    )


def test_every_setting_appears_in_the_docs():
    document = DOCS.read_text(encoding="utf-8")
    for setting in SETTINGS:
        name = f"`[{setting.table}]` `{setting.key}`" if setting.table else f"`{setting.key}`"
        assert f"| {name} | {setting.help} |" in document, setting.name


def test_the_regenerate_command_brings_stale_docs_up_to_date(tmp_path):
    stale = tmp_path / "content.md"
    shutil.copy(DOCS, stale)
    document = stale.read_text(encoding="utf-8")
    stale.write_text(document.replace(reference_markdown(), "| setting |\n"), encoding="utf-8")
    assert main(["--update", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == document


def test_the_complete_kiosk_toml_the_docs_show_is_read_without_a_problem(deck_from):
    deck = deck_from({**FILES, "kiosk.toml": example_toml()})
    assert deck.diagnostics == ()
    assert deck.settings.title == "Our story" and deck.settings.theme.font is not None


def test_the_model_defaults_are_the_schema_defaults():
    for setting in SETTINGS:
        assert model_field(Settings(), setting) == model_default(setting.name), setting.name


def test_every_setting_of_the_schema_is_read_into_its_model_field(deck_from):
    """Writing every row's key with a valid value changes every model field, with no diagnostic: no row is left unread."""
    top = "".join(toml_setting(setting, valid_value(setting)) for setting in SETTINGS if not setting.table)
    sections = "".join(
        f"[{table}]\n" + "".join(f"{s.key} = {valid_value(s)}\n" for s in SETTINGS if s.table == table)
        for table in TABLES
    )
    deck = deck_from({**FILES, "kiosk.toml": top + sections})
    assert deck.diagnostics == ()
    for setting in SETTINGS:
        assert model_field(deck.settings, setting) not in (None, model_default(setting.name)), setting.name


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting.name)
def test_every_setting_of_the_schema_reports_a_wrong_value_at_its_line(deck_from, setting):
    wrong = '"yes"' if setting.kind is Kind.SWITCH else "true"  # true is right for a switch alone
    deck = deck_from({**FILES, "kiosk.toml": toml_setting(setting, wrong)})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (2 if setting.table else 1, Severity.ERROR), diagnostic.format()
    assert f'"{setting.name}"' in diagnostic.message, diagnostic.format()
    if setting.if_unreadable is not None:
        assert model_field(deck.settings, setting) == setting.if_unreadable
        assert f"acts as if it said {setting.key} = " in diagnostic.message
    elif setting.kind is not Kind.LANGUAGES:
        assert model_field(deck.settings, setting) == model_default(setting.name)


@pytest.mark.parametrize("table", ("", *TABLES))
def test_an_unknown_key_lists_exactly_the_schema_keys_of_its_table(deck_from, table):
    header = f"[{table}]\n" if table else ""
    deck = deck_from({**FILES, "kiosk.toml": f"{header}not_a_setting = 1\n"})
    diagnostic = only(deck, "kiosk.toml")
    keys = [setting.key for setting in SETTINGS if setting.table == table] + (list(TABLES) if not table else [])
    assert diagnostic.severity is Severity.WARNING
    assert diagnostic.message.endswith(f"the settings there are: {', '.join(keys)}."), diagnostic.format()


def test_the_renderer_choices_of_kiosk_run_are_the_schema_choices():
    from kiosk.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--renderer", "vulkan"])
    renderers = list(named_setting("display.renderer").choices)
    assert [build_parser().parse_args(["run", "--renderer", name]).renderer for name in renderers] == renderers
