"""`kiosk set-pin`: the PIN is stored only as a hash, and the editor's kiosk.toml keeps its comments."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.content.loader import load_deck
from kiosk.content.pin import verify_pin
from kiosk.setpin import with_pin_hash

A_HASH = "pbkdf2_sha256$600000$" + "ab" * 16 + "$" + "cd" * 32


def set_pin(folder: Path, typed: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "set-pin", str(folder)],
        input=typed,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01-hello.md").write_text("Hello\n", encoding="utf-8")
    return tmp_path


def test_pin_is_stored_as_a_hash_that_verifies(folder):
    (folder / "kiosk.toml").write_text('# Our stand\ntitle = "Stand"  # shown top left\n', encoding="utf-8")
    result = set_pin(folder, "4821\n")
    assert result.returncode == 0, result.stderr
    text = (folder / "kiosk.toml").read_text(encoding="utf-8")
    assert text.startswith('# Our stand\ntitle = "Stand"  # shown top left\n')
    stored = tomllib.loads(text)["admin"]["pin_hash"]
    # The PIN is written nowhere in plain; the hash's random hex digits may spell 4821 by chance.
    assert "4821" not in text.replace(stored, "")
    assert verify_pin("4821", stored) and not verify_pin("4822", stored)
    assert load_deck(folder).diagnostics == ()


def test_a_plain_pin_line_is_replaced_by_the_hash(folder):
    (folder / "kiosk.toml").write_text('[admin]\npin = "1234"\ncorner = "top-right"\n\n[timings]\nidle = 30\n')
    assert set_pin(folder, "987654\n").returncode == 0
    settings = tomllib.loads((folder / "kiosk.toml").read_text(encoding="utf-8"))
    assert "pin" not in settings["admin"]
    assert settings["admin"]["corner"] == "top-right" and settings["timings"]["idle"] == 30
    assert verify_pin("987654", settings["admin"]["pin_hash"])


def test_setting_the_pin_again_replaces_the_old_hash(folder):
    assert set_pin(folder, "1111\n").returncode == 0
    assert set_pin(folder, "2222\n").returncode == 0
    stored = tomllib.loads((folder / "kiosk.toml").read_text(encoding="utf-8"))["admin"]["pin_hash"]
    assert verify_pin("2222", stored) and not verify_pin("1111", stored)


def test_a_pin_that_is_not_4_to_12_digits_is_refused(folder):
    result = set_pin(folder, "12a\n")
    assert result.returncode == 1
    assert "4 to 12 digits" in result.stderr
    assert not (folder / "kiosk.toml").exists()


def test_a_broken_kiosk_toml_is_left_alone(folder):
    (folder / "kiosk.toml").write_text("title = \n", encoding="utf-8")
    result = set_pin(folder, "4821\n")
    assert result.returncode == 1
    assert "kiosk check" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "kiosk.toml").read_text(encoding="utf-8") == "title = \n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_kiosk_toml_that_is_a_named_pipe_is_left_alone_without_waiting(folder):
    os.mkfifo(folder / "kiosk.toml")
    result = set_pin(folder, "4821\n", timeout=20)
    assert result.returncode == 1
    assert "named pipe" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISFIFO((folder / "kiosk.toml").lstat().st_mode)


def test_a_missing_folder_is_named(tmp_path):
    result = set_pin(tmp_path / "nowhere", "4821\n")
    assert result.returncode == 1
    assert "is not a content folder" in result.stderr


def test_a_kiosk_toml_without_admin_keeps_every_line_and_gains_the_section():
    editor = '# Our stand\ntitle = "Stand"  # shown top left\n\n[timings]\nidle = 30  # seconds\n'
    assert with_pin_hash(editor, A_HASH) == f'{editor}\n[admin]\npin_hash = "{A_HASH}"\n'


def test_an_existing_admin_section_keeps_its_comments_and_settings():
    editor = '[admin]\n# the corner staff know\ncorner = "top-right"  # not bottom\n\n# Timing\n[timings]\nidle = 30\n'
    updated = with_pin_hash(editor, A_HASH)
    # tomlkit puts a blank line between a comment ending a section and the next header: nothing else moves.
    expected = editor.replace('"  # not bottom\n', f'"  # not bottom\npin_hash = "{A_HASH}"\n')
    assert updated == expected.replace("# Timing\n", "# Timing\n\n")
    editor_with_blank_lines = '[admin]  # staff only\ncorner = "top-right"\n\n[timings]\nidle = 30\n'
    assert with_pin_hash(editor_with_blank_lines, A_HASH) == editor_with_blank_lines.replace(
        '"top-right"\n', f'"top-right"\npin_hash = "{A_HASH}"\n'
    )


def test_a_pin_hash_already_there_is_replaced_where_it_stands_with_its_comment():
    editor = '[admin]\npin_hash = "pbkdf2_sha256$1$00$00"  # set by Ana\ncorner = "top-left"\n'
    assert with_pin_hash(editor, A_HASH) == editor.replace("pbkdf2_sha256$1$00$00", A_HASH)


def test_windows_line_endings_are_kept_on_every_line():
    editor = '# Our stand\r\ntitle = "Stand"\r\n\r\n[admin]\r\ncorner = "top-right"\r\n'
    assert with_pin_hash(editor, A_HASH) == f'{editor}pin_hash = "{A_HASH}"\r\n'
    editor_without_admin = '# Our stand\r\ntitle = "Stand"\r\n'
    assert (
        with_pin_hash(editor_without_admin, A_HASH) == f'{editor_without_admin}\r\n[admin]\r\npin_hash = "{A_HASH}"\r\n'
    )


def test_admin_written_inline_or_dotted_takes_the_pin_in_the_same_form():
    assert with_pin_hash('admin = { corner = "top-right" }\n', A_HASH) == (
        f'admin = {{ corner = "top-right", pin_hash = "{A_HASH}"}}\n'
    )
    assert with_pin_hash('admin.corner = "top-right"\n', A_HASH) == (
        f'admin.corner = "top-right"\nadmin.pin_hash = "{A_HASH}"\n'
    )


def test_a_kiosk_toml_with_a_curly_quoted_line_is_left_alone_and_the_line_named(folder):
    editor = '# Our stand\ntitle = \u201cStand\u201d\n[admin]\ncorner = "top-right"\n'
    (folder / "kiosk.toml").write_text(editor, encoding="utf-8")
    result = set_pin(folder, "4821\n")
    assert result.returncode == 1
    assert "line 2" in result.stderr and "kiosk check" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "kiosk.toml").read_text(encoding="utf-8") == editor


def test_a_kiosk_toml_line_set_pin_cannot_read_is_told_in_plain_words(folder):
    (folder / "kiosk.toml").write_text("# Our stand\ntitle = \u201cStand\u201d\n", encoding="utf-8")
    result = set_pin(folder, "4821\n")
    assert result.returncode == 1
    assert "line 2: this line has curly quotes" in result.stderr and 'title = "Stand"' in result.stderr, result.stderr
    assert "Invalid value" not in result.stderr and "column" not in result.stderr


def test_admin_that_is_not_a_section_is_named_and_left_alone(folder):
    editor = 'admin = "yes"  # staff only\n'
    (folder / "kiosk.toml").write_text(editor, encoding="utf-8")
    result = set_pin(folder, "4821\n")
    assert result.returncode == 1
    assert "[admin]" in result.stderr and "Nothing was changed" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "kiosk.toml").read_text(encoding="utf-8") == editor


def test_set_pin_keeps_windows_line_endings_in_the_file(folder):
    editor = b'# Our stand\r\ntitle = "Stand"\r\n'
    (folder / "kiosk.toml").write_bytes(editor)
    assert set_pin(folder, "4821\n").returncode == 0
    written = (folder / "kiosk.toml").read_bytes()
    assert written.startswith(editor) and written.count(b"\n") == written.count(b"\r\n")
    assert verify_pin("4821", tomllib.loads(written.decode("utf-8"))["admin"]["pin_hash"])
