"""Timeline dates written for people in the language of their text: the bridge formats them (ui/dates.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import write_content

from kiosk.content.loader import load_deck
from kiosk.content.model import PartialDate
from kiosk.ui.dates import date_for_people
from kiosk.ui.models import panel_to_qml


@pytest.mark.parametrize(
    ("language", "month", "day"),
    [
        ("en", "May 1961", "February 12, 2002"),
        ("fr", "mai 1961", "12 février 2002"),
        ("ar", "مايو 1961", "12 فبراير 2002"),
    ],
)
def test_a_month_and_a_day_are_written_as_each_language_writes_them(language, month, day):
    assert date_for_people(PartialDate(1961, 5), "1961-05", language) == month
    assert date_for_people(PartialDate(2002, 2, 12), "2002-02-12", language) == day


@pytest.mark.parametrize("language", ["en", "fr", "ar", "ja", ""])
def test_a_year_alone_stays_as_written(language):
    assert date_for_people(PartialDate(1998), "1998", language) == "1998"


def test_arabic_digits_the_editor_wrote_stay_arabic():
    assert date_for_people(PartialDate(1961, 5), "١٩٦١-٠٥", "ar") == "مايو ١٩٦١"


def test_a_fallback_timeline_writes_its_dates_in_the_language_of_its_text(tmp_path: Path):
    history = "---\nlayout: timeline\n---\n## 1961-05 - A first step\n\n## 1998 - Founded\n"
    deck = load_deck(
        write_content(
            tmp_path,
            {
                "en/01-history.md": history,
                "fr/01-history.md": history.replace("A first step", "Un premier pas"),
                "en/02-more.md": history,
                "ar/01-history.md": history.replace("A first step", "خطوة أولى"),
            },
        )
    )
    labels = {
        (language.code, panel.key): [event["dateLabel"] for event in panel_to_qml(panel)["events"]]
        for language in deck.languages
        for panel in language.panels
    }
    assert labels[("fr", "01-history.md")] == ["mai 1961", "1998"]
    assert labels[("ar", "01-history.md")] == ["مايو 1961", "1998"]
    assert labels[("ar", "02-more.md")] == ["May 1961", "1998"]
