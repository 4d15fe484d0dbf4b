"""What the events say, for funders: visits per day and hour, visit lengths, attention per panel, languages.

Days and hours are the kiosk's own local time (each event carries its offset), so
several kiosks' files read together each count their own opening hours.
"""

from __future__ import annotations

import csv
import datetime
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.languages import language_name
from kiosk.stats.store import COLUMNS, Event, VisitKind, read_events

#: The dates a report can write (a year from 1 to 9999), and the longest visit or view that can be real.
_EARLIEST = datetime.datetime(1, 1, 2, tzinfo=datetime.UTC).timestamp()
_LATEST = datetime.datetime(9999, 12, 30, tzinfo=datetime.UTC).timestamp()
_LONGEST = 366 * 86_400.0
_WIDEST_OFFSET = 18 * 3600
#: An opened item as recorded: "timeline event 3: Founded", "card 2: Integrity" (older files: no number).
_NUMBERED_ITEM = re.compile(r"^((timeline event|card) \d+): ")


def local_datetime(event: Event) -> datetime.datetime:
    """When `event` happened, on the kiosk's clock."""
    return datetime.datetime.fromtimestamp(event.local_time, datetime.UTC).replace(tzinfo=None)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of `values` lie (nearest rank); 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass(frozen=True)
class PanelAttention:
    """How one panel held visitors: the views, and the seconds spent on it."""

    panel: str
    title: str
    views: int
    median_seconds: float
    total_seconds: float


@dataclass(frozen=True)
class Summary:
    """Everything `kiosk stats` reports, from the events of one or more kiosks."""

    kiosks: tuple[str, ...]
    events: int
    visits_per_day: dict[datetime.date, int]
    visits_per_hour: dict[datetime.date, list[int]]
    visits_per_kiosk: dict[str, int]
    visit_lengths: tuple[float, ...]
    panels: tuple[PanelAttention, ...]
    #: Visits per language they were read in: the language on screen when the visitor left (every visit
    #: starts in the deck's first language, as the idle return resets it).
    languages_read: dict[str, int]
    languages_chosen: dict[str, int]
    codes_shown: dict[tuple[str, str], int]
    items_opened: dict[tuple[str, str], int]
    admin_actions: dict[str, int]
    content_versions: tuple[str, ...] = field(default=())
    #: Visits that began and never ended (the kiosk lost power or was stopped mid-visit, or the visit was still
    #: under way): they count as visits but have no length, so they are left out of the lengths.
    unfinished_visits: int = 0

    @property
    def visits(self) -> int:
        return sum(self.visits_per_day.values())

    @property
    def median_visit(self) -> float:
        return statistics.median(self.visit_lengths) if self.visit_lengths else 0.0

    @property
    def p90_visit(self) -> float:
        return percentile(self.visit_lengths, 0.9)


def in_days(events: Iterable[Event], since: datetime.date | None, until: datetime.date | None) -> list[Event]:
    """The events from the start of `since` to the end of `until` (both the kiosk's local days, both kept)."""
    kept = []
    for event in events:
        day = local_datetime(event).date()
        if (since is None or day >= since) and (until is None or day <= until):
            kept.append(event)
    return kept


@dataclass(frozen=True)
class Loaded:
    """The events to report, and how many events of each file were left out as impossible."""

    events: list[Event]
    impossible: dict[Path, int]


def load(paths: Sequence[Path], since: datetime.date | None = None, until: datetime.date | None = None) -> Loaded:
    """The events of every file in `paths`, oldest first; raises StatisticsUnusable for a file it cannot read.

    An event found in several files (a file named twice, a kiosk's synced copy beside the one brought on a
    stick) counts once: two real events never agree to the microsecond in every field. An event with an
    impossible time or length (a kiosk's clock gone wrong, a damaged file) is left out and counted.
    """
    found: dict[Event, None] = {}
    impossible: dict[Path, int] = {}
    for path in paths:
        for event in read_events(path):
            if _possible(event):
                found[event] = None
            else:
                impossible[path] = impossible.get(path, 0) + 1
    events = sorted(found, key=lambda event: (event.at, event.kiosk))
    return Loaded(in_days(events, since, until), impossible)


def _possible(event: Event) -> bool:
    """Its times can be written as dates, its offset from UTC is one a clock can have, and a length is from 0
    to a year."""
    times = (event.at, event.local_time)
    if abs(event.utc_offset) > _WIDEST_OFFSET or not all(
        math.isfinite(moment) and _EARLIEST <= moment <= _LATEST for moment in times
    ):
        return False
    return event.seconds is None or (math.isfinite(event.seconds) and 0 <= event.seconds <= _LONGEST)


def unfinished_visits(events: Sequence[Event]) -> int:
    """How many visits in `events` (oldest first) began and never ended: a kiosk's visit is unfinished when its
    next visit begins, or the events end, before its end."""
    open_visit: dict[str, bool] = defaultdict(bool)
    unfinished = 0
    for event in events:
        if event.kind == VisitKind.VISIT_START:
            unfinished += open_visit[event.kiosk]
            open_visit[event.kiosk] = True
        elif event.kind == VisitKind.VISIT_END:
            open_visit[event.kiosk] = False
    return unfinished + sum(open_visit.values())


def summarise(events: Sequence[Event]) -> Summary:
    per_day: Counter[datetime.date] = Counter()
    per_hour: dict[datetime.date, list[int]] = defaultdict(lambda: [0] * 24)
    per_kiosk: Counter[str] = Counter()
    lengths: list[float] = []
    dwell: dict[str, list[float]] = defaultdict(list)
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    read_in: Counter[str] = Counter()
    chosen: Counter[str] = Counter()
    codes: Counter[tuple[str, str]] = Counter()
    opened: Counter[tuple[str, str]] = Counter()
    item_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin: Counter[str] = Counter()
    for event in events:
        kind = event.kind
        if event.panel and event.title:
            titles[event.panel][event.title] += 1
        if kind == VisitKind.VISIT_START:
            moment = local_datetime(event)
            per_day[moment.date()] += 1
            per_hour[moment.date()][moment.hour] += 1
            per_kiosk[event.kiosk] += 1
        elif kind == VisitKind.VISIT_END and event.seconds is not None:
            lengths.append(event.seconds)
            read_in[event.language] += 1
        elif kind == VisitKind.PANEL_VIEW and event.seconds is not None:
            dwell[event.panel].append(event.seconds)
        elif kind == VisitKind.LANGUAGE:
            chosen[event.language] += 1
        elif kind == VisitKind.QR_CODE:
            codes[(event.panel, event.detail)] += 1
        elif kind == VisitKind.ITEM_OPENED:
            item = (event.panel, _item_number(event.detail))
            opened[item] += 1
            item_names[item][event.detail] += 1
        elif kind == VisitKind.ADMIN:
            admin[event.detail] += 1
    panels = tuple(
        sorted(
            (
                PanelAttention(
                    panel, _most_seen(titles[panel], panel), len(times), statistics.median(times), sum(times)
                )
                for panel, times in dwell.items()
            ),
            key=lambda attention: (-attention.total_seconds, attention.panel),
        )
    )
    return Summary(
        kiosks=tuple(sorted({event.kiosk for event in events})),
        events=len(events),
        visits_per_day=dict(sorted(per_day.items())),
        visits_per_hour={day: per_hour[day] for day in sorted(per_hour)},
        visits_per_kiosk=dict(sorted(per_kiosk.items())),
        visit_lengths=tuple(lengths),
        panels=panels,
        languages_read=dict(read_in.most_common()),
        languages_chosen=dict(chosen.most_common()),
        codes_shown={(_most_seen(titles[panel], panel), url): count for (panel, url), count in codes.most_common()},
        items_opened={
            (_most_seen(titles[item[0]], item[0]), _without_number(_most_seen(item_names[item], item[1]))): count
            for item, count in opened.most_common()
        },
        admin_actions=dict(admin.most_common()),
        content_versions=tuple(dict.fromkeys(event.content for event in events)),
        unfinished_visits=unfinished_visits(events),
    )


def visit_length(summary: Summary, seconds: float) -> str:
    """`seconds` (the median or the 90th percentile of the visit lengths) as a funder reads it: 'not known'
    when no visit has ended, rather than a length of 0 s."""
    return duration(seconds) if summary.visit_lengths else "not known"


def unfinished_note(summary: Summary) -> str:
    """What the summary, the chart and the HTML report say about visits that never ended ('' when none)."""
    count = summary.unfinished_visits
    if not count:
        return ""
    visits, verb = ("1 visit", "is") if count == 1 else (f"{count} visits", "are")
    return (
        f"{visits} did not end (the kiosk lost power or was stopped mid-visit, or the visit was still under way) "
        f"and {verb} left out of the visit lengths."
    )


def _item_number(detail: str) -> str:
    """ "timeline event 3" of "timeline event 3: Founded": the same event whatever language its name was in."""
    found = _NUMBERED_ITEM.match(detail)
    return found.group(1) if found else detail


def _without_number(detail: str) -> str:
    """ "timeline event: Founded", as a funder reads it (the number only told languages apart)."""
    return _NUMBERED_ITEM.sub(lambda found: f"{found.group(2)}: ", detail)


def _most_seen(names: Counter[str], fallback: str) -> str:
    """The name most visitors saw a panel or an item under (in the language most of them read)."""
    return names.most_common(1)[0][0] if names else fallback


def language_label(code: str) -> str:
    """'Français (fr)': the language's own name, and the code the kiosk's folders use."""
    return f"{language_name(code)} ({code})" if code else "-"


def duration(seconds: float) -> str:
    """'45 s', '3 min 20 s', '1 h 05 min': a length a funder reads at a glance."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def period(summary: Summary) -> str:
    days = list(summary.visits_per_day)
    if not days:
        return "no visits"
    first, last = days[0], days[-1]
    if first == last:
        return first.strftime("%A %d %B %Y")
    return f"{first.strftime('%d %B %Y')} to {last.strftime('%d %B %Y')}"


def _table(rows: Sequence[Sequence[str]], right: Sequence[bool]) -> list[str]:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(width) if align else cell.ljust(width)
            for cell, width, align in zip(row, widths, right, strict=True)
        ]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


def summary_text(summary: Summary) -> str:
    """The terminal summary: plain text, aligned, one section per question a funder asks."""
    lines = [
        f"Visitor statistics, {period(summary)}: {summary.visits} visit(s) at {len(summary.kiosks)} kiosk(s)",
        "",
        f"Visit length: median {visit_length(summary, summary.median_visit)}, "
        f"9 in 10 visits under {visit_length(summary, summary.p90_visit)} (the 90th percentile)",
        *([unfinished_note(summary)] if summary.unfinished_visits else []),
        "",
        "Visits per day",
    ]
    lines += _table(
        [(day.strftime("%a %Y-%m-%d"), str(count)) for day, count in summary.visits_per_day.items()], (False, True)
    )
    if len(summary.kiosks) > 1:
        lines += ["", "Visits per kiosk"]
        lines += _table([(kiosk, str(count)) for kiosk, count in summary.visits_per_kiosk.items()], (False, True))
    if summary.panels:
        lines += ["", "Attention per panel (most time first)"]
        rows = [("panel", "views", "median time", "total time")]
        rows += [
            (panel.title, str(panel.views), duration(panel.median_seconds), duration(panel.total_seconds))
            for panel in summary.panels
        ]
        lines += _table(rows, (False, True, True, True))
    if summary.languages_read or summary.languages_chosen:
        lines += ["", "Languages"]
        rows = [("language", "visits read in it", "times chosen")]
        codes = dict.fromkeys([*summary.languages_read, *summary.languages_chosen])
        rows += [
            (
                language_label(code),
                str(summary.languages_read.get(code, 0)),
                str(summary.languages_chosen.get(code, 0)),
            )
            for code in codes
        ]
        lines += _table(rows, (False, True, True))
    lines += ["", f"QR codes shown (a visitor tapped a link): {sum(summary.codes_shown.values())}"]
    lines += (
        _table([(f"{title}: {url}", str(count)) for (title, url), count in summary.codes_shown.items()], (False, True))
        if summary.codes_shown
        else []
    )
    if summary.items_opened:
        lines += ["", "Timeline events and cards tapped"]
        lines += _table(
            [(f"{title}: {item}", str(count)) for (title, item), count in summary.items_opened.items()], (False, True)
        )
    if summary.admin_actions:
        lines += [
            "",
            "Staff actions: " + ", ".join(f"{action} {count}x" for action, count in summary.admin_actions.items()),
        ]
    return "\n".join(lines) + "\n"


def write_csv(events: Iterable[Event], path: Path) -> None:
    """The raw events, one row each, with the kiosk's local time beside the Unix time."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["local_time", *COLUMNS])
        for event in events:
            writer.writerow([local_datetime(event).isoformat(sep=" "), *(getattr(event, name) for name in COLUMNS)])
