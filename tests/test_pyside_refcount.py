"""PySide6 6.12.0 steals a reference to None on every void Qt call, and Python 3.11
aborts after a few thousand of them: a kiosk running all day would die. This keeps
whichever PySide6 we install honest."""

import sys

from PySide6.QtCore import QObject, QPointF


def test_void_qt_calls_do_not_consume_references_to_none():
    point = QPointF()
    holder = QObject()
    before = sys.getrefcount(None)
    for step in range(20_000):
        point.setX(step)
        holder.setObjectName("panel")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 40,000 void Qt calls"
