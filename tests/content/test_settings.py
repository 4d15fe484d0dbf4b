"""kiosk.toml: each key, wrong types and values, unknown keys, and the PIN hash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from content_helpers import SVG, only

from kiosk.content.model import Admin, Settings, Severity, Theme, Timings
from kiosk.content.pin import hash_pin

PANEL = {"en/01-a.md": "Text.\n"}


def settings_deck(deck_from, toml: str, **files):
    return deck_from({**PANEL, "kiosk.toml": toml, **files})


def test_no_kiosk_toml_means_every_default(deck_from):
    deck = deck_from(PANEL)
    assert deck.settings == Settings(languages=("en",))


def test_every_setting_is_read(deck_from):
    pin_hash = hash_pin("2468")
    deck = settings_deck(
        deck_from,
        f"""
        title = "Child Soldiers International"
        languages = ["en"]
        [timings]
        autoplay = 8
        idle = 90
        transition = 0.25
        [theme]
        background = "#000"
        surface = "#112233"
        text = "#FFFFFF"
        muted = "#cccccc"
        accent = "#f2b138"
        logo = "media/logo.svg"
        font = "media/Brand.ttf"
        [admin]
        pin_hash = "{pin_hash}"
        corner = "bottom-right"
        hold_seconds = 5
        [display]
        renderer = "software"
        """,
        **{"media/logo.svg": SVG, "media/Brand.ttf": b"\x00\x01\x00\x00" + b"\x00" * 60},
    )
    assert deck.diagnostics == ()
    settings = deck.settings
    assert settings.title == "Child Soldiers International"
    assert settings.timings == Timings(autoplay_seconds=8, idle_seconds=90, transition_ms=250)
    assert (settings.theme.background, settings.theme.surface, settings.theme.text) == ("#000", "#112233", "#ffffff")
    assert settings.theme.logo is not None and settings.theme.logo.usable
    assert settings.theme.font == deck.folder / "media" / "Brand.ttf"
    assert settings.admin == Admin(pin_hash=pin_hash, gesture_corner="bottom-right", gesture_seconds=5)
    assert settings.renderer == "software"


def test_invalid_toml_names_the_line(deck_from):
    deck = settings_deck(deck_from, 'title = "Kiosk"\n[timings]\nautoplay = twelve\n')
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.ERROR)
    assert "a number of seconds is written in digits, alone: autoplay = 12" in diagnostic.message
    assert deck.settings.timings == Timings() and deck.settings.title == "Kiosk"


def test_kiosk_toml_not_utf8(deck_from):
    deck = settings_deck(deck_from, "")
    (deck.folder / "kiosk.toml").write_bytes('title = "Caf\xe9"\n'.encode("latin-1"))
    from kiosk.content.loader import load_deck

    diagnostic = only(load_deck(deck.folder), "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (1, Severity.ERROR) and "UTF-8" in diagnostic.message


@pytest.mark.parametrize(
    ("toml", "line", "phrase"),
    [
        ("title = 5\n", 1, '"title" must be text in quotes'),
        ('languages = "en"\n', 1, '"languages" must be a list'),
        ('languages = ["English"]\n', 1, '"languages" must be a list'),
        ("[timings]\nautoplay = 1\n", 2, '"timings.autoplay" must be a number of seconds from 2 to 600'),
        ('[timings]\nidle = "long"\n', 2, '"timings.idle" must be a number of seconds from 5 to 3600'),
        ("[timings]\ntransition = 5\n", 2, '"timings.transition" must be a number of seconds from 0.1 to 2'),
        ("[timings]\nautoplay = true\n", 2, '"timings.autoplay" must be a number'),
        ('[theme]\naccent = "orange"\n', 2, '"theme.accent" must be a colour written as "#rgb" or "#rrggbb"'),
        ('[theme]\nlogo = "media/none.svg"\n', 2, 'the logo "media/none.svg" does not exist'),
        ('[theme]\nfont = "media/logo.svg"\n', 2, "is not a TrueType (.ttf) or OpenType (.otf) font"),
        ('[theme]\nfont = "https://fonts.example/x.ttf"\n', 2, "never loads anything from the internet"),
        (
            '[admin]\ncorner = "middle"\n',
            2,
            '"admin.corner" must be one of "top-left", "top-right", "bottom-left", "bottom-right"',
        ),
        ("[admin]\nhold_seconds = 60\n", 2, '"admin.hold_seconds" must be a number of seconds from 1 to 30'),
        ('[admin]\npin_hash = "1234"\n', 2, "is not a PIN hash written by `kiosk set-pin`"),
        ('[display]\nrenderer = "vulkan"\n', 2, '"display.renderer" must be one of "auto", "software", "opengl"'),
        ("timings = 5\n", 1, '"timings" must be a section written as [timings]'),
    ],
)
def test_wrong_values_are_errors_and_fall_back_to_defaults(deck_from, toml, line, phrase):
    deck = settings_deck(deck_from, toml, **{"media/logo.svg": SVG})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (line, Severity.ERROR), diagnostic.format()
    assert phrase in diagnostic.message, diagnostic.format()
    defaults = Settings()
    assert deck.settings.timings == defaults.timings
    assert deck.settings.admin == defaults.admin
    assert deck.settings.renderer == defaults.renderer
    assert deck.settings.theme == Theme()


def test_a_plain_pin_is_an_error_telling_to_run_set_pin(deck_from):
    deck = settings_deck(deck_from, '[admin]\npin = "1234"\n')
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (2, Severity.ERROR)
    assert "run `kiosk set-pin`" in diagnostic.message
    assert deck.settings.admin.pin_hash is None


def test_in_the_packaged_app_the_set_pin_advice_names_the_program(deck_from, monkeypatch):
    """The packaged `kiosk` is not on PATH: the advice must be a command staff can type as it is."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/kiosk/kiosk")
    deck = settings_deck(deck_from, '[admin]\npin = "1234"\n')
    assert f"run `{Path('/opt/kiosk/kiosk').resolve()} set-pin`" in only(deck, "kiosk.toml").message


def test_unknown_top_level_key_is_a_warning_listing_valid_keys(deck_from):
    deck = settings_deck(deck_from, 'title = "T"\nauthor = "T"\n')
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (2, Severity.WARNING)
    assert '"author" at the top of kiosk.toml is unknown' in diagnostic.message
    assert "title, titles, languages, timings, theme, admin, presenter, display" in diagnostic.message


def test_unknown_key_in_a_table_is_a_warning_naming_the_table(deck_from):
    deck = settings_deck(deck_from, "[timings]\nautoplay = 10\nspeed = 10\n")
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.WARNING)
    assert (
        '"speed" in [timings] is unknown' in diagnostic.message and "autoplay, idle, transition" in diagnostic.message
    )
    assert deck.settings.timings.autoplay_seconds == 10


def test_unknown_table_is_a_warning(deck_from):
    deck = settings_deck(deck_from, 'title = "T"\n\n[colours]\naccent = "#fff"\n')
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (3, Severity.WARNING) and '"colours"' in diagnostic.message
