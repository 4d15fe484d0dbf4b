"""A realistic day of visitor statistics, to look at what `kiosk stats` makes of it.

    python benchmarks/stats_day.py OUT.sqlite [--visits 400] [--kiosk NAME] [--day 2025-06-14] [--seed 1]
    kiosk stats OUT.sqlite --chart day.png --html day.html

Visits come as a fair's do: few in the morning, a peak after lunch, a smaller one
late in the afternoon; most last under a minute, a few several minutes. Visitors
view a few panels in order, some change language, some tap a link for its QR code.
The events go through the real store, as the kiosk's recorder writes them.
"""

from __future__ import annotations

import argparse
import datetime
import random
import time
from pathlib import Path

from kiosk.stats.store import Event, VisitKind, insert, local_offset, open_for_writing

PANELS = (
    ("01-welcome.md", "Welcome"),
    ("02-vision.md", "Our vision"),
    ("03-history.md", "Forty years of history"),
    ("04-values.md", "What we stand for"),
    ("05-projects.md", "Projects near you"),
    ("06-join.md", "Join us"),
)
LANGUAGES = (("en", 0.62), ("fr", 0.25), ("ar", 0.13))
LINKS = {"05-projects.md": "https://example.org/projects", "06-join.md": "https://example.org/join"}
HOURS = {9: 8, 10: 22, 11: 38, 12: 30, 13: 46, 14: 70, 15: 62, 16: 48, 17: 44, 18: 24, 19: 8}


def visit(chance: random.Random, start: float, kiosk: str, content: str) -> list[Event]:
    """One visit's events, starting at `start` (Unix time)."""
    reading = chance.choices([code for code, _ in LANGUAGES], [weight for _, weight in LANGUAGES])[0]
    offset = local_offset(start)
    language = LANGUAGES[0][0]  # every visit starts in the kiosk's first language; the visitor picks theirs
    events = [Event(start, offset, kiosk, content, VisitKind.VISIT_START, language=language)]
    if reading != language:
        language = reading
        events.append(Event(start + 1, offset, kiosk, content, VisitKind.LANGUAGE, language=language))
    now = start
    panels = 1 + min(len(PANELS) - 1, int(chance.expovariate(0.45)))
    for index in range(panels):
        key, title = PANELS[index]
        dwell = chance.lognormvariate(2.6, 0.7) * (1.6 if key == "03-history.md" else 1.0)
        if index == 0 and chance.random() < 0.12:
            language = chance.choice([code for code, _ in LANGUAGES if code != language])
            events.append(Event(now + 2, offset, kiosk, content, VisitKind.LANGUAGE, language=language))
        if key in LINKS and chance.random() < 0.3:
            at = now + dwell / 2
            events.append(Event(at, offset, kiosk, content, VisitKind.QR_CODE, key, title, language, None, LINKS[key]))
        if key == "03-history.md" and chance.random() < 0.4:
            what = chance.choice(("timeline event 1: 1985, the first workshop", "timeline event 2: 2004, a new home"))
            events.append(
                Event(now + 3, offset, kiosk, content, VisitKind.ITEM_OPENED, key, title, language, None, what)
            )
        now += dwell
        events.append(Event(now, offset, kiosk, content, VisitKind.PANEL_VIEW, key, title, language, dwell))
    events.append(Event(now + 60, offset, kiosk, content, VisitKind.VISIT_END, language=language, seconds=now - start))
    return events


def generate(path: Path, visits: int, kiosk: str, day: datetime.date, seed: int) -> int:
    chance = random.Random(seed)
    hours = chance.choices(list(HOURS), list(HOURS.values()), k=visits)
    midnight = time.mktime((day.year, day.month, day.day, 0, 0, 0, 0, 0, -1))
    events = []
    for hour in sorted(hours):
        events += visit(chance, midnight + hour * 3600 + chance.uniform(0, 3600), kiosk, "3f9a1c0d7e21")
    connection = open_for_writing(path)
    try:
        insert(connection, sorted(events, key=lambda event: event.at))
    finally:
        connection.close()
    return len(events)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--visits", type=int, default=400)
    parser.add_argument("--kiosk", default="Entrance hall")
    parser.add_argument("--day", type=datetime.date.fromisoformat, default=datetime.date(2025, 6, 14))
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    count = generate(arguments.out, arguments.visits, arguments.kiosk, arguments.day, arguments.seed)
    print(f"{arguments.out}: {arguments.visits} visits, {count} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
