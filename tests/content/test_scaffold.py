"""`kiosk new`: the starter folder loads clean, shows every layout, and never overwrites anything."""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_deck
from kiosk.content.model import Layout
from kiosk.content.scaffold import STARTER_DIR, ScaffoldError, write_starter

ROOT = Path(__file__).resolve().parents[2]


def test_starter_loads_with_no_diagnostics_at_all(tmp_path):
    folder = tmp_path / "my-content"
    write_starter(folder)

    deck = load_deck(folder)

    assert deck.diagnostics == ()
    assert [language.code for language in deck.languages] == ["en", "fr"]


def test_starter_has_every_layout_in_both_languages(tmp_path):
    write_starter(tmp_path / "my-content")

    deck = load_deck(tmp_path / "my-content")

    for language in deck.languages:
        assert {panel.layout for panel in language.panels} == set(Layout), language.code
        assert not any(panel.fallback for panel in language.panels), language.code


def test_starter_text_panel_shows_headings_list_emphasis_link_and_table(tmp_path):
    write_starter(tmp_path / "my-content")

    deck = load_deck(tmp_path / "my-content")

    for language in deck.languages:
        (text,) = [panel for panel in language.panels if panel.layout is Layout.TEXT]
        for tag in ("<h2>", "<ul>", "<ol>", "<strong>", "<em>", "<table"):
            assert tag in text.intro.html, (language.code, tag)
        assert [link.url for link in text.links] == ["https://example.org"]


def test_starter_shows_an_example_image_and_a_logo(tmp_path):
    write_starter(tmp_path / "my-content")

    deck = load_deck(tmp_path / "my-content")

    statement = deck.languages[0].panels[0]
    assert statement.layout is Layout.STATEMENT
    assert statement.image is not None and statement.image.usable
    assert deck.settings.theme.logo is not None and deck.settings.theme.logo.usable


def test_starter_settings_file_lists_every_setting(tmp_path):
    write_starter(tmp_path / "my-content")

    text = (tmp_path / "my-content" / "kiosk.toml").read_text(encoding="utf-8")

    for setting in (
        "title",
        "languages",
        "autoplay",
        "idle",
        "transition",
        "background",
        "surface",
        "text",
        "muted",
        "accent",
        "logo",
        "font",
        "corner",
        "hold_seconds",
        "pin_hash",
        "renderer",
    ):
        assert f"{setting} =" in text, setting


def test_starter_is_written_into_an_existing_empty_folder(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()

    write_starter(folder)

    assert (folder / "kiosk.toml").is_file()
    assert load_deck(folder).diagnostics == ()


def test_starter_copy_matches_the_bundled_starter_file_for_file(tmp_path):
    write_starter(tmp_path / "copy")

    bundled = sorted(path.relative_to(STARTER_DIR) for path in STARTER_DIR.rglob("*") if path.is_file())
    copied = sorted(path.relative_to(tmp_path / "copy") for path in (tmp_path / "copy").rglob("*") if path.is_file())
    assert copied == bundled
    for relative in bundled:
        assert (tmp_path / "copy" / relative).read_bytes() == (STARTER_DIR / relative).read_bytes()


def test_refuses_a_folder_that_is_not_empty_and_leaves_it_alone(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")

    with pytest.raises(ScaffoldError, match="already exists and is not empty") as refused:
        write_starter(folder)

    assert str(folder) in str(refused.value)
    assert "Choose a name for a new folder" in str(refused.value)
    assert [path.name for path in folder.iterdir()] == ["notes.txt"]


def test_refuses_a_path_that_is_a_file(tmp_path):
    path = tmp_path / "content"
    path.write_text("not a folder", encoding="utf-8")

    with pytest.raises(ScaffoldError, match="is a file, not a folder") as refused:
        write_starter(path)

    assert str(path) in str(refused.value)
    assert path.read_text(encoding="utf-8") == "not a folder"


def test_refuses_a_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    folder = blocker / "content"

    with pytest.raises(ScaffoldError, match="cannot write") as refused:
        write_starter(folder)

    assert str(folder) in str(refused.value)
    assert "Choose a folder you are allowed to write to" in str(refused.value)


def test_cli_new_exits_0_and_says_what_to_do_next(tmp_path, capsys):
    folder = tmp_path / "my-content"

    assert main(["new", str(folder)]) == 0

    assert f"kiosk check {folder}" in capsys.readouterr().out
    assert load_deck(folder).diagnostics == ()


def test_cli_new_then_check_strict_exits_0(tmp_path, capsys):
    folder = tmp_path / "my-content"
    main(["new", str(folder)])
    capsys.readouterr()

    assert main(["check", str(folder), "--strict"]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_cli_new_exits_1_on_a_folder_that_is_not_empty(tmp_path, capsys):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")

    assert main(["new", str(folder)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"kiosk new: {folder} already exists and is not empty")


def test_cli_new_exits_1_on_a_file(tmp_path, capsys):
    path = tmp_path / "content.md"
    path.write_text("", encoding="utf-8")

    assert main(["new", str(path)]) == 1

    assert f"kiosk new: {path} is a file, not a folder" in capsys.readouterr().err


def test_every_starter_file_is_declared_as_package_data():
    """An installed kiosk has only the files the package-data globs match: all of the starter must be among them."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["kiosk"]
    package = ROOT / "kiosk"

    shipped = {match for pattern in patterns for match in glob.glob(pattern, root_dir=package, recursive=True)}

    starter = {str(path.relative_to(package)) for path in STARTER_DIR.rglob("*") if path.is_file()}
    assert starter and starter <= shipped
