"""`kiosk set-pin`: asks for the admin PIN and stores only its salted hash in kiosk.toml."""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
import tomllib
from pathlib import Path

import tomlkit
import tomlkit.exceptions
import tomlkit.items

from kiosk.content.pin import PIN_RULE, hash_pin, is_acceptable_pin, verify_pin
from kiosk.content.settings_file import SETTINGS_FILE, SettingsUnusable, settings_text
from kiosk.content.toml_lines import read_toml
from kiosk.locations import kiosk_command


class CannotEdit(Exception):
    """kiosk.toml parses but the PIN cannot be written into it; the message says what to change."""


def with_pin_hash(settings_text: str, pin_hash: str) -> str:
    """kiosk.toml's text with `pin_hash` set in [admin] and any plain `pin` there removed."""
    return with_setting(settings_text, "admin", "pin_hash", pin_hash, removing=("pin",))


def with_setting(settings_text: str, table: str, key: str, value: object, removing: tuple[str, ...] = ()) -> str:
    """kiosk.toml's text with `key = value` set in [table] (and the keys in `removing` taken out of it).

    tomlkit edits the parsed document and writes it back as it was read, so the
    editor's comments, order, spacing and line endings stay; only that setting's line changes.
    """
    document = tomlkit.parse(settings_text)
    if table not in document:
        document[table] = tomlkit.table()
    section = document[table]
    if not isinstance(section, tomlkit.items.Table | tomlkit.items.InlineTable):
        raise CannotEdit(f'"{table}" must be a section written as [{table}] on its own line, followed by its settings')
    for unwanted in removing:
        section.pop(unwanted, None)
    if key in section or not isinstance(section, tomlkit.items.Table) or section.is_super_table():
        section[key] = value
    else:
        document[table] = _with_setting_after_the_last(section, key, value)
    updated = document.as_string()
    if settings_text.count("\n") and settings_text.count("\n") == settings_text.count("\r\n"):
        # tomlkit ends the lines it adds with "\n"; a file written with Windows line endings keeps them.
        updated = updated.replace("\r\n", "\n").replace("\n", "\r\n")
    return updated


def _with_setting_after_the_last(table: tomlkit.items.Table, key: str, value: object) -> tomlkit.items.Table:
    """`table` with `key = value` after its last setting, not after the comments and blank lines below it.

    tomlkit counts what stands between a table's last setting and the next header as the
    table's own, and would add the setting below it: below a comment the editor wrote
    about the next section. (When that comment is the table's last line, tomlkit puts a
    blank line between it and the next header.)
    """
    body = table.value.body
    last_setting = max((index for index, (name, _) in enumerate(body) if name is not None), default=-1)
    rebuilt = tomlkit.table()
    for name, item in body[: last_setting + 1]:
        rebuilt.raw_append(name, item)
    rebuilt.raw_append(key, value)
    for name, item in body[last_setting + 1 :]:
        rebuilt.raw_append(name, item)
    return rebuilt


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def replace_atomically(path: Path, text: str) -> None:
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
        print(
            f"kiosk set-pin: {folder} is not a content folder. Give the folder that holds kiosk.toml.", file=sys.stderr
        )
        return 1
    settings_path = folder / SETTINGS_FILE
    try:
        current = settings_text(folder.resolve())
        tomllib.loads(current)
        with_pin_hash(current, "")  # any reason the PIN cannot go in is told before the PIN is asked for
    except tomllib.TOMLDecodeError:
        unreadable = read_toml(current).unreadable[0]
        print(
            f"kiosk set-pin: {settings_path} line {unreadable.line}: {unreadable.message} The PIN can only be written "
            f"into a file that reads in full: fix that line first (see {kiosk_command('check', folder)}).",
            file=sys.stderr,
        )
        return 1
    except (OSError, SettingsUnusable, tomlkit.exceptions.TOMLKitError) as problem:
        print(
            f"kiosk set-pin: {settings_path} cannot be read ({problem}). Fix it first: {kiosk_command('check', folder)}",
            file=sys.stderr,
        )
        return 1
    except CannotEdit as problem:
        print(f"kiosk set-pin: {settings_path} cannot take the PIN: {problem}. Nothing was changed.", file=sys.stderr)
        return 1

    pin = _ask("New admin PIN: ")
    if not is_acceptable_pin(pin):
        print(f"kiosk set-pin: the PIN must be {PIN_RULE}. Nothing was changed.", file=sys.stderr)
        return 1
    if sys.stdin.isatty() and _ask("Type it again: ") != pin:
        print("kiosk set-pin: the two PINs differ. Nothing was changed.", file=sys.stderr)
        return 1

    updated = with_pin_hash(current, hash_pin(pin))
    try:
        stored = tomllib.loads(updated)["admin"]["pin_hash"]
    except (tomllib.TOMLDecodeError, KeyError, TypeError):
        stored = ""
    if not verify_pin(pin, stored):
        print(f"kiosk set-pin: could not update {settings_path} safely. Nothing was changed.", file=sys.stderr)
        return 1
    try:
        replace_atomically(settings_path, updated)
    except OSError as problem:
        print(f"kiosk set-pin: cannot write {settings_path}: {problem.strerror}. Nothing was changed.", file=sys.stderr)
        return 1
    print(f"The admin PIN is set: {settings_path} now holds its hash (never the PIN itself).")
    return 0
