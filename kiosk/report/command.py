"""`kiosk stats`: read one or more statistics files and report them, never with a traceback.

With no file it reads this computer's. Several files (from several kiosks) are
read together; each event keeps the name of the kiosk that recorded it.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.locations import kiosk_command
from kiosk.stats.report import load, summarise, summary_text, write_csv
from kiosk.stats.store import StatisticsUnusable


def _say(message: str) -> None:
    print(f"kiosk stats: {message}", file=sys.stderr)


def _write(path: Path, data: str | bytes) -> bool:
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as problem:
        _say(f"cannot write {path} ({problem.strerror}).")
        return False
    print(f"Wrote {path}")
    return True


def run_stats(
    databases: Sequence[Path],
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    csv: Path | None = None,
    chart: Path | None = None,
    html: Path | None = None,
) -> int:
    """Print the summary and write what was asked for; 0 when done, 1 when a file could not be used."""
    if since and until and since > until:
        _say(f"--since {since} is after --until {until}: nothing can be in between.")
        return 1
    paths = list(databases)
    if not paths:
        from kiosk.ui.visits import statistics_file

        own = statistics_file()
        if not own.exists():
            _say(
                f"this computer has no statistics yet ({own} does not exist). The kiosk writes it once a visitor "
                "touches the screen, unless kiosk.toml turns statistics off ([stats] enabled = false). "
                f"To read other kiosks' files, name them: {kiosk_command('stats', 'FILE.sqlite')}"
            )
            return 1
        paths = [own]
    try:
        loaded = load(paths, since, until)
    except StatisticsUnusable as problem:
        _say(str(problem))
        return 1
    except OSError as problem:
        _say(f"cannot read {problem.filename} ({problem.strerror}).")
        return 1
    for path, count in loaded.impossible.items():
        _say(
            f"{count} event(s) in {path} left out: their time or length is impossible (the kiosk's clock was "
            "wrong, or the file is damaged)."
        )
    events = loaded.events
    if not events:
        between = f" between {since or 'the start'} and {until or 'today'}" if since or until else ""
        _say(f"no visits recorded{between} in {', '.join(str(path) for path in paths)}. Nothing to report.")
        return 0
    summary = summarise(events)
    sys.stdout.write(summary_text(summary))
    written = True
    if csv is not None:
        written = _write_csv(events, csv) and written
    if chart is not None or html is not None:
        from kiosk.report.chart import draw_chart, png_bytes
        from kiosk.report.html import html_report
        from kiosk.ui.qt_app import application, prepare_environment

        prepare_environment(offscreen=True)
        application()
        png = png_bytes(draw_chart(summary))
        if chart is not None:
            written = _write(chart, png) and written
        if html is not None:
            written = _write(html, html_report(summary, png)) and written
    return 0 if written else 1


def _write_csv(events, path: Path) -> bool:  # type: ignore[no-untyped-def]
    try:
        write_csv(events, path)
    except OSError as problem:
        _say(f"cannot write {path} ({problem.strerror}).")
        return False
    print(f"Wrote {path}")
    return True
