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


PIN_RULE = "4 to 12 digits"


def is_acceptable_pin(pin: str) -> bool:
    """Digits only, so the on-screen PIN pad can enter it; long enough not to be guessed at a glance."""
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12
