"""The dates editors write on timeline headings: a year, a year and month, or a full date, then the title.

"## 1998 - Founded", "## 2002-02 - The treaty", "## 2002-02-12: Signed": the date is
checked as a calendar would (no month 13, no 30 February) and kept as precise as
written, so the kiosk shows "1998" rather than "1 January 1998".
"""

from __future__ import annotations

import re
from datetime import date

from kiosk.content.model import PartialDate

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DATE_SEPARATORS = (" - ", " – ", " — ", ": ")


def parse_event_heading(text: str) -> tuple[PartialDate, str, str] | None:
    """ "2002-02 - The treaty" -> (PartialDate(2002, 2), "2002-02", "The treaty"); None if no valid date."""
    cuts = [(text.find(separator), separator) for separator in _DATE_SEPARATORS if separator in text]
    if cuts:
        position, separator = min(cuts)
        label, title = text[:position].strip(), text[position + len(separator) :].strip()
    else:
        label, title = text.strip(), ""
    match = _DATE.match(label)
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            date(year, month or 1, day)  # no 30 February
        except ValueError:
            return None
    return PartialDate(year, month, day), label, title
