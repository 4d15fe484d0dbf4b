"""How the PIN pad slows down guessing, and how it tells the person in front of it.

After three wrong PINs in a row the pad waits 30 seconds, and each further wrong
PIN doubles the wait, up to five minutes: enough to stop guessing by hand, short
enough that a member of staff who mistyped is not locked out for long.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from kiosk.ui.translations import arg

TRIES_BEFORE_LOCKOUT = 3
FIRST_LOCKOUT_SECONDS = 30.0
LONGEST_LOCKOUT_SECONDS = 300.0


def lockout_seconds(lockouts_before: int) -> float:
    """How long the pad waits after the `lockouts_before + 1`-th lockout: 30 s, 60 s, 120 s, ... 5 min."""
    return min(FIRST_LOCKOUT_SECONDS * 2**lockouts_before, LONGEST_LOCKOUT_SECONDS)


def format_wait(seconds: float) -> str:
    """'45 s', '2 min', '4 min 10 s': what a person waiting in front of the pad reads, in their language."""
    whole = max(1, math.ceil(seconds))
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return arg(QCoreApplication.translate("AdminController", "%1 s"), rest)
    if not rest:
        return arg(QCoreApplication.translate("AdminController", "%1 min"), minutes)
    return arg(QCoreApplication.translate("AdminController", "%1 min %2 s"), minutes, rest)


def wrong_pin_message(tries_left: int) -> str:
    """What the pad says after a wrong PIN (one text for the last try: Qt's plural forms do not reach Python here)."""
    if tries_left == 1:
        return QCoreApplication.translate("AdminController", "Wrong PIN. 1 more try before a wait.")
    return arg(QCoreApplication.translate("AdminController", "Wrong PIN. %1 more tries before a wait."), tries_left)
