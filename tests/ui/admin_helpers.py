"""Helpers for the admin and lockdown tests: a fast PIN hash for kiosk.toml, and a call recorder."""

from __future__ import annotations

import hashlib

PIN = "2468"


def quick_pin_hash(pin: str) -> str:
    """A pin_hash kiosk.toml accepts, with few iterations so the tests stay fast."""
    salt = bytes(range(16))
    return f"pbkdf2_sha256$1000${salt.hex()}${hashlib.pbkdf2_hmac('sha256', pin.encode(), salt, 1000).hex()}"


def settings(*, pin: str | None = PIN, corner: str = "top-left", hold: float = 3) -> str:
    """kiosk.toml's [admin] table."""
    lines = ["[admin]", f'corner = "{corner}"', f"hold_seconds = {hold}"]
    if pin is not None:
        lines.append(f'pin_hash = "{quick_pin_hash(pin)}"')
    return "\n".join(lines) + "\n"


class Recorder:
    """Stands in for a callback (quit, a signal's slot) and counts the calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *_args: object) -> None:
        self.calls += 1
