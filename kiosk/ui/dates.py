"""Timeline dates written for people, in the language of the text they sit in: "May 1961", "mai 1961".

The content layer keeps the date as the editor wrote it (a PartialDate and its label);
the words for months and the order of day, month and year come from Qt's locale data
here, in the bridge. A year alone stays as written. Digits follow the editor's: a
locale that writes its own digits (Arabic in Egypt) gets the editor's Western digits
when the heading used them, so one timeline never mixes the two.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale

from kiosk.content.model import PartialDate

_WEEKDAY = re.compile(r"\s*dddd[\s,،、]*")
_ASCII_DIGITS = "0123456789"


def date_for_people(date: PartialDate, label: str, language: str) -> str:
    """`date` as the locale of `language` writes it; `label` (the editor's) for a year alone or an unknown date."""
    if date.month is None:
        return label
    locale = QLocale(language.replace("-", "_")) if language else QLocale.c()
    if date.day is None:
        written = _month_and_year(locale, date)
    else:
        pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
        written = locale.toString(QDate(date.year, date.month, date.day), pattern)
    return _in_the_editors_digits(written, locale, label) if written else label


def _month_and_year(locale: QLocale, date: PartialDate) -> str:
    """ "May 1961": the month as named on its own, and the year where the locale's long date puts it."""
    month = locale.standaloneMonthName(date.month)
    year = locale.toString(QDate(date.year, 1, 1), "yyyy")
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    year_first = 0 <= pattern.find("y") < pattern.find("M")
    return f"{year} {month}" if year_first else f"{month} {year}"


def _in_the_editors_digits(written: str, locale: QLocale, label: str) -> str:
    zero = locale.zeroDigit()
    if zero == "0" or not label.isascii() or len(zero) != 1:
        return written
    return written.translate({ord(zero) + value: digit for value, digit in enumerate(_ASCII_DIGITS)})
