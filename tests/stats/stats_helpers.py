"""Statistics files for tests: events written through the real store, at chosen local times."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

from kiosk.stats.store import Event, VisitKind, insert, local_offset, open_for_writing


def at(day: str, clock: str) -> float:
    """Unix time of `clock` ("14:05") on `day` ("2025-06-14"), this computer's local time."""
    moment = datetime.datetime.fromisoformat(f"{day}T{clock}")
    return time.mktime(moment.timetuple())


def visit(
    kiosk: str, start: float, length: float, panels: list[tuple[str, float]], language: str = "en"
) -> list[Event]:
    """A visit of `length` seconds viewing `panels` [(key, dwell seconds)] in order."""
    offset = local_offset(start)
    events = [Event(start, offset, kiosk, "v1", VisitKind.VISIT_START, language=language)]
    now = start
    for key, dwell in panels:
        now += dwell
        title = key.removesuffix(".md").split("-", 1)[-1].title()
        events.append(Event(now, offset, kiosk, "v1", VisitKind.PANEL_VIEW, key, title, language, dwell))
    events.append(Event(start + length, offset, kiosk, "v1", VisitKind.VISIT_END, language=language, seconds=length))
    return events


def write_events(path: Path, events: list[Event]) -> Path:
    connection = open_for_writing(path)
    try:
        insert(connection, events)
    finally:
        connection.close()
    return path
