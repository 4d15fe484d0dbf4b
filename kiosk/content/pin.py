"""The admin PIN, stored only as a salted PBKDF2-SHA256 hash in kiosk.toml.

A kiosk stands in public and its content folder may be copied around, so the
PIN itself is never written down; `kiosk set-pin` writes the hash.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
MAX_ITERATIONS = 10_000_000
PIN_HASH_FORMAT = f"{ALGORITHM}$<iterations>$<salt hex>$<hash hex>"

_PIN_HASH = re.compile(rf"^{ALGORITHM}\$([1-9][0-9]{{0,7}})\$((?:[0-9a-f]{{2}}){{8,64}})\$([0-9a-f]{{64}})$")


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def hash_pin(pin: str) -> str:
    """A new hash of `pin` with a random 16-byte salt, in the kiosk.toml format."""
    salt = secrets.token_bytes(16)
    return f"{ALGORITHM}${ITERATIONS}${salt.hex()}${_derive(pin, salt, ITERATIONS).hex()}"


def is_pin_hash(stored: str) -> bool:
    """Whether `stored` is a well-formed hash that verify_pin can check against."""
    match = _PIN_HASH.match(stored)
    return bool(match) and int(match.group(1)) <= MAX_ITERATIONS


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches `stored`; a malformed hash never matches. Constant-time compare."""
    match = _PIN_HASH.match(stored)
    if not match or int(match.group(1)) > MAX_ITERATIONS:
        return False
    iterations, salt, expected = int(match.group(1)), bytes.fromhex(match.group(2)), bytes.fromhex(match.group(3))
    return hmac.compare_digest(_derive(pin, salt, iterations), expected)


_ADMIN_HEADER = re.compile(r"^\s*\[\s*admin\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_PIN_LINE = re.compile(r"^\s*(pin|pin_hash)\s*=")
PIN_RULE = "4 to 12 digits"


def is_acceptable_pin(pin: str) -> bool:
    """Digits only, so the on-screen PIN pad can enter it; long enough not to be guessed at a glance."""
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12


def with_pin_hash(settings_text: str, pin_hash: str) -> str:
    """kiosk.toml's text with `pin_hash` set in [admin] and any plain `pin` line removed.

    Edits the text rather than rewriting the TOML, so the editor's comments and
    order stay exactly as they were.
    """
    lines = settings_text.splitlines()
    new_line = f'pin_hash = "{pin_hash}"'
    admin_start = next((i for i, line in enumerate(lines) if _ADMIN_HEADER.match(line)), None)
    if admin_start is None:
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            lines.append("")
        lines.extend(["[admin]", new_line])
        return "\n".join(lines) + "\n"
    admin_end = next(
        (i for i in range(admin_start + 1, len(lines)) if _ANY_HEADER.match(lines[i])),
        len(lines),
    )
    body = [line for line in lines[admin_start + 1 : admin_end] if not _PIN_LINE.match(line)]
    return "\n".join([*lines[: admin_start + 1], new_line, *body, *lines[admin_end:]]) + "\n"
