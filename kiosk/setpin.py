"""`kiosk set-pin`: asks for the admin PIN and stores only its salted hash in kiosk.toml."""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
import tomllib
from pathlib import Path

from kiosk.content.pin import PIN_RULE, hash_pin, is_acceptable_pin, verify_pin, with_pin_hash
from kiosk.content.settings import SETTINGS_FILE, SettingsUnusable, settings_text
from kiosk.locations import kiosk_command


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def _replace_atomically(path: Path, text: str) -> None:
    """Write beside `path`, then rename over it: a running kiosk never reads half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise


def set_pin(folder: Path) -> int:
    """Prompt twice (once when the PIN comes from a pipe), hash, and write kiosk.toml atomically."""
    if not folder.is_dir():
        print(f"kiosk set-pin: {folder} is not a content folder. Give the folder that holds kiosk.toml.", file=sys.stderr)
        return 1
    settings_path = folder / SETTINGS_FILE
    try:
        current = settings_text(folder.resolve())
        tomllib.loads(current)
    except (OSError, SettingsUnusable, tomllib.TOMLDecodeError) as problem:
        print(
            f"kiosk set-pin: {settings_path} cannot be read ({problem}). Fix it first: {kiosk_command('check', folder)}",
            file=sys.stderr,
        )
        return 1

    pin = _ask("New admin PIN: ")
    if not is_acceptable_pin(pin):
        print(f"kiosk set-pin: the PIN must be {PIN_RULE}. Nothing was changed.", file=sys.stderr)
        return 1
    if sys.stdin.isatty() and _ask("Type it again: ") != pin:
        print("kiosk set-pin: the two PINs differ. Nothing was changed.", file=sys.stderr)
        return 1

    pin_hash = hash_pin(pin)
    updated = with_pin_hash(current, pin_hash)
    stored = tomllib.loads(updated).get("admin", {}).get("pin_hash", "")
    if not verify_pin(pin, stored):
        print(f"kiosk set-pin: could not update {settings_path} safely. Nothing was changed.", file=sys.stderr)
        return 1
    try:
        _replace_atomically(settings_path, updated)
    except OSError as problem:
        print(f"kiosk set-pin: cannot write {settings_path}: {problem.strerror}. Nothing was changed.", file=sys.stderr)
        return 1
    print(f"The admin PIN is set: {settings_path} now holds its hash (never the PIN itself).")
    return 0
