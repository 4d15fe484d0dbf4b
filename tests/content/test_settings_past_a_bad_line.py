"""kiosk.toml with one line the kiosk cannot read: that line is reported in plain words, every other setting is kept."""

from __future__ import annotations

import pytest
from content_helpers import only

from kiosk.cli import main
from kiosk.content.model import Severity
from kiosk.content.pin import hash_pin

PANEL = {"en/01-a.md": "Text.\n"}
PIN_HASH = hash_pin("2468")


def settings_with(bad_line: str) -> str:
    """A kiosk.toml that starts with `bad_line`, followed by good settings, the PIN last."""
    return f'{bad_line}\n[display]\nrenderer = "software"\n[admin]\ncorner = "bottom-right"\npin_hash = "{PIN_HASH}"\n'


@pytest.mark.parametrize(
    ("written", "quotes"),
    [
        ("title = “Our story”", "“ ”"),
        ("title = ‘Our story’", "‘ ’"),
        ("title = „Our story“", "„ “"),
        ("title = «Our story»", "« »"),
    ],
)
def test_a_curly_quoted_title_names_the_curly_quotes_and_the_fix(deck_from, written, quotes):
    deck = deck_from({**PANEL, "kiosk.toml": settings_with(written)})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (1, Severity.ERROR), diagnostic.format()
    assert f"curly quotes ({quotes})" in diagnostic.message, diagnostic.format()
    assert 'straight quotes (")' in diagnostic.message
    assert 'title = "Our story"' in diagnostic.message
    assert "Invalid value" not in diagnostic.message


def test_a_curly_quoted_title_keeps_every_other_setting_and_the_pin(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": settings_with("title = “Our story”")})
    assert deck.settings.admin.pin_hash == PIN_HASH
    assert deck.settings.admin.gesture_corner == "bottom-right"
    assert deck.settings.renderer == "software"
    assert deck.settings.title == "Kiosk"


def test_curly_quotes_in_a_list_of_languages_are_named_with_the_fix(deck_from):
    deck = deck_from({**PANEL, "fr/01-a.md": "Texte.\n", "kiosk.toml": 'languages = [“fr”, “en”]\ntitle = "T"\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert diagnostic.line == 1 and "curly quotes" in diagnostic.message
    assert 'languages = ["fr", "en"]' in diagnostic.message
    assert deck.settings.title == "T"


@pytest.mark.parametrize(
    ("written", "line", "phrase"),
    [
        ("title = Our story", 1, 'text goes between straight quotes: title = "Our story"'),
        ('title = "Our story', 1, 'the quotes are never closed: title = "Our story"'),
        ('title: "Our story"', 1, 'write = between the name and the value: title = "Our story"'),
        ("my title = 'x'", 1, "a setting's name is one word"),
        ('title = "a" "b"', 1, "only one value fits on a line"),
        ("[timings]\nidle = 1,5", 2, "write numbers with a point: idle = 1.5"),
        ("[timings]\nidle = 90s", 2, "a number is written alone, without a unit: idle = 90"),
        ("[theme]\nbackground = #000000", 2, 'background = "#000000"'),
        ('title = "C:\\Users"', 1, "a \\ in text"),
        ('[theme\nbackground = "#000000"', 1, "a section name is written between [ and ]"),
    ],
)
def test_each_unreadable_line_is_explained_in_plain_words_and_the_rest_is_kept(deck_from, written, line, phrase):
    deck = deck_from({**PANEL, "kiosk.toml": settings_with(written)})
    diagnostic = only(deck, "kiosk.toml")
    assert (diagnostic.line, diagnostic.severity) == (line, Severity.ERROR), diagnostic.format()
    assert phrase in diagnostic.message, diagnostic.format()
    assert deck.settings.admin.pin_hash == PIN_HASH, diagnostic.format()


def test_a_setting_written_twice_is_reported_at_the_second_and_the_first_is_kept(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": f'title = "One"\ntitle = "Two"\n[admin]\npin_hash = "{PIN_HASH}"\n'})
    diagnostic = only(deck, "kiosk.toml")
    assert diagnostic.line == 2 and '"title" is written twice' in diagnostic.message, diagnostic.format()
    assert (deck.settings.title, deck.settings.admin.pin_hash) == ("One", PIN_HASH)


def test_a_setting_written_twice_on_the_last_line_is_reported_there(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": f'[admin]\npin_hash = "{PIN_HASH}"\ncorner = "top-right"\ncorner = "x"'})
    diagnostic = only(deck, "kiosk.toml")
    assert diagnostic.line == 4 and '"corner" is written twice' in diagnostic.message, diagnostic.format()
    assert deck.settings.admin.pin_hash == PIN_HASH


def test_a_list_never_closed_is_reported_where_it_starts_and_the_pin_is_kept(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": f'[admin]\npin_hash = "{PIN_HASH}"\n[x]\nlanguages = ["en",\n'})
    problems = [d for d in deck.diagnostics if d.path == "kiosk.toml" and d.severity is Severity.ERROR]
    assert [d.line for d in problems] == [4], [d.format() for d in deck.diagnostics]
    assert "never closed" in problems[0].message
    assert deck.settings.admin.pin_hash == PIN_HASH


def test_settings_under_an_unreadable_section_line_are_left_out_not_moved_to_another_section(deck_from):
    deck = deck_from(
        {**PANEL, "kiosk.toml": f'[admin]\npin_hash = "{PIN_HASH}"\n[timings\nautoplay = 8\n[theme]\naccent = "#fc0"\n'}
    )
    diagnostic = only(deck, "kiosk.toml")
    assert diagnostic.line == 3, diagnostic.format()
    assert "the settings under it keep their defaults" in diagnostic.message
    assert (deck.settings.admin.pin_hash, deck.settings.theme.accent) == (PIN_HASH, "#fc0")


def test_several_bad_lines_are_each_reported_and_the_good_ones_kept(deck_from):
    toml = f'title = “A”\nlanguages = [“en”]\n[admin]\ncorner = top-right\npin_hash = "{PIN_HASH}"\n'
    deck = deck_from({**PANEL, "kiosk.toml": toml})
    assert [d.line for d in deck.diagnostics] == [1, 2, 4], [d.format() for d in deck.diagnostics]
    assert deck.settings.admin.pin_hash == PIN_HASH


def test_a_file_of_nothing_but_unreadable_lines_is_reported_quickly(deck_from):
    deck = deck_from({**PANEL, "kiosk.toml": "title = “x”\n" * 20_000})
    diagnostics = [d for d in deck.diagnostics if d.path == "kiosk.toml"]
    assert diagnostics and len(diagnostics) <= 101
    assert deck.settings.title == "Kiosk"


def test_kiosk_check_names_the_curly_quotes_and_keeps_the_pin_line_quiet(tmp_path, capsys):
    folder = tmp_path / "content"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "01-a.md").write_text("Text.\n", encoding="utf-8")
    (folder / "kiosk.toml").write_text(settings_with("title = “Our story”"), encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("kiosk.toml:1: error: ") and "curly quotes" in lines[0]
    assert lines[1] == f"{folder}: 1 error(s), 0 warning(s); 1 panel(s) in 1 language(s)"


@pytest.mark.parametrize(
    "written", ["enabled = False", "enabled = no", "enabled = off", "enabled = 0", 'enabled = "no"']
)
def test_a_mistyped_switch_for_statistics_leaves_them_off(deck_from, written):
    """Someone who writes `enabled` under [stats] means to turn recording off (it is on by default): a typo there
    must not record visitors while check reports it."""
    deck = deck_from({**PANEL, "kiosk.toml": f"[stats]\n{written}\nkeep_days = 30\n"})
    assert only(deck, "kiosk.toml").severity is Severity.ERROR
    assert deck.settings.stats.enabled is False
    assert deck.settings.stats.keep_days == 30


def test_statistics_stay_on_when_kiosk_toml_does_not_mention_them(deck_from):
    assert deck_from({**PANEL, "kiosk.toml": 'title = "Ours"\n[stats]\nkeep_days = 30\n'}).settings.stats.enabled
