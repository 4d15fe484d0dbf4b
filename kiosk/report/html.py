"""The one-file HTML report of `kiosk stats --html`: the figures in plain tables, the chart embedded.

Nothing is linked: the chart is a base64 PNG inside the page and the style is in
it, so the file can be mailed to a funder and opened anywhere, also offline.
"""

from __future__ import annotations

import base64
from html import escape

from kiosk import __version__
from kiosk.stats.report import Summary, duration, language_label, period, unfinished_note, visit_length

_STYLE = """
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d0d0d0; }
.lead { font-size: 1.1rem; color: #3c3c3c; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1.2rem 0; }
.figure { border: 1px solid #d0d0d0; border-radius: 0.4rem; padding: 0.6rem 1rem; min-width: 9rem; }
.figure b { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { padding: 0.25rem 0.8rem 0.25rem 0; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
img { width: 100%; height: auto; border: 1px solid #d0d0d0; }
.note { color: #5c5c5c; font-size: 0.9rem; }
@media print { body { margin: 0; } h2 { break-after: avoid; } img { break-inside: avoid; } }
"""


def _table(headings: tuple[str, ...], rows: list[tuple[str, ...]], numeric: tuple[bool, ...]) -> str:
    def cell(tag: str, text: str, number: bool) -> str:
        return f"<{tag}{' class=n' if number else ''}>{escape(text)}</{tag}>"

    head = "".join(cell("th", text, number) for text, number in zip(headings, numeric, strict=True))
    body = "".join(
        "<tr>" + "".join(cell("td", text, number) for text, number in zip(row, numeric, strict=True)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_report(summary: Summary, chart_png: bytes) -> str:
    """The whole report as one HTML document."""
    kiosks = ", ".join(summary.kiosks)
    days = len(summary.visits_per_day)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Visitor statistics, {escape(period(summary))}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Visitor statistics, {escape(period(summary))}</h1>",
        f'<p class="lead">How many people stopped at the kiosk{"s" if len(summary.kiosks) > 1 else ""} '
        f"({escape(kiosks)}), how long they stayed, what held their attention and which languages they read.</p>",
        '<div class="figures">',
        f'<div class="figure"><b>{summary.visits}</b>visits</div>',
        *(
            [f'<div class="figure"><b>{round(summary.visits / days)}</b>visits a day on average</div>']
            if days > 1
            else []
        ),
        f'<div class="figure"><b>{escape(visit_length(summary, summary.median_visit))}</b>median visit</div>',
        f'<div class="figure"><b>{escape(visit_length(summary, summary.p90_visit))}</b>'
        "9 in 10 visits were shorter</div>",
        f'<div class="figure"><b>{sum(summary.codes_shown.values())}</b>QR codes shown</div>',
        "</div>",
        '<p class="note">A visit begins when someone touches the resting screen and ends when nobody has '
        "touched it for the kiosk's idle time; its length runs to the last touch. Nothing about the visitors "
        "themselves is recorded: no camera, no names, no text they typed.</p>",
        *([f'<p class="note">{escape(unfinished_note(summary))}</p>'] if summary.unfinished_visits else []),
        "<h2>Chart</h2>",
        f'<img alt="Visits per hour of each day, and the time spent on each panel" '
        f'src="data:image/png;base64,{base64.b64encode(chart_png).decode("ascii")}">',
        "<h2>Visits per day</h2>",
        _table(
            ("day", "visits"),
            [(day.strftime("%A %d %B %Y"), str(count)) for day, count in summary.visits_per_day.items()],
            (False, True),
        ),
    ]
    if len(summary.kiosks) > 1:
        parts += ["<h2>Visits per kiosk</h2>"]
        rows = [(kiosk, str(count)) for kiosk, count in summary.visits_per_kiosk.items()]
        parts += [_table(("kiosk", "visits"), rows, (False, True))]
    parts += ["<h2>Attention per panel</h2>"]
    rows = [
        (panel.title, str(panel.views), duration(panel.median_seconds), duration(panel.total_seconds))
        for panel in summary.panels
    ]
    parts += [_table(("panel", "views", "median time on it", "total time"), rows, (False, True, True, True))]
    parts += ["<h2>Languages</h2>"]
    codes = dict.fromkeys([*summary.languages_read, *summary.languages_chosen])
    rows = [
        (language_label(code), str(summary.languages_read.get(code, 0)), str(summary.languages_chosen.get(code, 0)))
        for code in codes
    ]
    parts += [
        '<p class="note">A visit is counted in the language on screen when the visitor left: every visit starts in '
        "the kiosk's first language.</p>",
        _table(("language", "visits read in it", "times a visitor chose it"), rows, (False, True, True)),
    ]
    if summary.codes_shown:
        parts += [
            "<h2>QR codes shown</h2>",
            '<p class="note">A visitor tapped a link and the kiosk showed its QR code.</p>',
        ]
        rows = [(title, url, str(count)) for (title, url), count in summary.codes_shown.items()]
        parts += [_table(("panel", "link", "times"), rows, (False, False, True))]
    if summary.items_opened:
        parts += ["<h2>Timeline events and cards tapped</h2>"]
        rows = [(title, item, str(count)) for (title, item), count in summary.items_opened.items()]
        parts += [_table(("panel", "what", "times"), rows, (False, False, True))]
    parts += [
        f'<p class="note">Made by kiosk {escape(__version__)} from {summary.events} recorded events; '
        f"content versions: {escape(', '.join(summary.content_versions))}.</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
