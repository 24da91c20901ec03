"""Calendar dates a question names ("mødet den 2. december 2021", "i juni 2021") and the dates a document
holds, in any of the ways documents write them ("10. juni 2021", "10.06.2021", "2021-06-10", "June 2021"):
a meeting on a date no document has minutes of is not the meeting of another date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.words import MONTH_NAMES

ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
_MONTH_NUMBER = {name: n for names in (MONTH_NAMES, ENGLISH_MONTHS) for n, name in enumerate(names, start=1)}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# "2. december 2021", "2 December 2021", "december 2021", "December 2, 2021"; the day and the year optional.
_NAMED = re.compile(rf"(?:\b(\d{{1,2}})\.?\s+)?\b({_MONTH})\b(?:\s+(\d{{1,2}}),)?(?:\s+((?:19|20)\d{{2}}))?", re.I)
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})(?![\d])")
_NUMERIC_YMD = re.compile(r"(?<![\d.])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d])")
# "efter 1. januar 2025", "fra juni 2021": a bound, which a document may state otherwise ("fra 2025"), not a date
# the asked thing happened on.
_BOUND_BEFORE = re.compile(r"\b(?:efter|før|inden|fra|siden|til|indtil|senest|after|before|from|since|until|by)"
                           r"\s+(?:den\s+|the\s+)?$", re.I)


DocumentDates = set[tuple[int | None, int, int | None]]  # (day, month, year); day or year None where not given


@dataclass(frozen=True)
class CalendarDate:
    text: str  # as the question writes it
    day: int | None
    month: int
    year: int | None


def asked_dates(text: str) -> list[CalendarDate]:
    """The dates a question names with a month ("den 2. december 2021", "i juni 2021"), not bounds ("efter 1.
    januar"); a month without a day or a year ("efter juni") says too little."""
    dates = []
    for m in _NAMED.finditer(text):
        day = m.group(1) or m.group(3)
        if not (day or m.group(4)) or _BOUND_BEFORE.search(text[: m.start()]):
            continue
        dates.append(CalendarDate(m.group().strip(), int(day) if day else None, _MONTH_NUMBER[m.group(2).lower()],
                                  int(m.group(4)) if m.group(4) else None))
    return dates


def dates_in(text: str) -> DocumentDates:
    """Every (day, month, year) `text` writes, named or in figures; day or year None where it gives none."""
    found: DocumentDates = set()
    for m in _NAMED.finditer(text):
        day = m.group(1) or m.group(3)
        if not (day or m.group(4)):  # "i juni", or the English verb "may"
            continue
        found.add((int(day) if day else None, _MONTH_NUMBER[m.group(2).lower()], int(m.group(4)) if m.group(4) else None))
    for day, month, year in _NUMERIC_DMY.findall(text):
        if 1 <= int(month) <= 12:
            found.add((int(day), int(month), int(year)))
    for year, month, day in _NUMERIC_YMD.findall(text):
        if 1 <= int(month) <= 12:
            found.add((int(day), int(month), int(year)))
    return found


def holds(found: DocumentDates, asked: CalendarDate) -> bool:
    """Does a document with these dates name the asked one (its day and year too, where the question gives them
    and the document's date does)?"""
    return any(month == asked.month
               and (asked.day is None or day == asked.day)
               and (asked.year is None or year is None or year == asked.year)
               for day, month, year in found)
