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
