"""Calendar dates a question names ("mødet den 2. december 2021", "i juni 2021") and the dates a document
holds, in any of the ways documents write them ("10. juni 2021", "10.06.2021", "2021-06-10", "June 2021"):
a meeting on a date no document has minutes of is not the meeting of another date."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from app.core.words import MONTH_ABBREVIATIONS, MONTH_NUMBERS
from app.lexical import SHORT_DATE, SHORT_MONTHS

_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
# "2. december 2021", "2 December 2021", "december 2021", "December 2, 2021"; the day and the year optional.
_NAMED = re.compile(rf"(?:\b(\d{{1,2}})\.?\s+)?\b({_MONTH})\b(?:\s+(\d{{1,2}}),)?(?:\s+((?:19|20)\d{{2}}))?", re.I)
# "2. dec. 2026", "30. nov.": a month written short, after its day.
_ABBREVIATED = re.compile(rf"(?<![\d.])(\d{{1,2}})\.\s*({SHORT_MONTHS})\."
                          r"(?:\s*((?:19|20)\d{2})(?!\d))?", re.I)
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})(?![\d])")
_NUMERIC_YMD = re.compile(r"(?<![\d.])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d])")
# "fra d. 16. august til d. 31. august", "16.-31. august 2026": a span, which holds every day in it.
_SPAN = re.compile(rf"(?<![\d.])(\d{{1,2}})\.?\s*(?:({_MONTH})\s*)?(?:[-–—]|\btil\b|\bto\b|\buntil\b)\s*"
                   rf"(?:(?:d\.|den|the)\s*)?(\d{{1,2}})\.?\s+({_MONTH})\b(?:\s+((?:19|20)\d{{2}}))?", re.I)
_LONGEST_SPAN = 62  # days: a span of two months at most; longer is a period, not days one may name


# "efter 1. januar 2025", "fra juni 2021": a bound, which a document may state otherwise ("fra 2025"), not a date
# the asked thing happened on.
_BOUND_BEFORE = re.compile(r"\b(?:efter|før|inden|fra|siden|til|indtil|senest|after|before|from|since|until|by)"
                           r"\s+(?:den\s+|the\s+)?$", re.I)


# ... but "referatet fra 20. november 2025", "the minutes from 3 May" name a document by its date: not a bound.
_DATED_DOCUMENT = re.compile(r"\b(?:referat|møde|brev|rapport|notat|nyhed|pressemeddelelse|artikel|opslag|mail|"
                             r"minutes|meeting|letter|report|press release)\w*\s+(?:fra|from)\s+(?:den\s+|the\s+)?$",
                             re.I)


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
        before = text[: m.start()]
        if not (day or m.group(4)) or (_BOUND_BEFORE.search(before) and not _DATED_DOCUMENT.search(before)):
            continue
        dates.append(CalendarDate(m.group().strip(), int(day) if day else None, MONTH_NUMBERS[m.group(2).lower()],
                                  int(m.group(4)) if m.group(4) else None))
    return dates


def dates_in(text: str) -> DocumentDates:
    """Every (day, month, year) `text` writes, named or in figures; day or year None where it gives none."""
    found: DocumentDates = set()
    for m in _NAMED.finditer(text):
        day = m.group(1) or m.group(3)
        if not (day or m.group(4)):  # "i juni", or the English verb "may"
            continue
        found.add((int(day) if day else None, MONTH_NUMBERS[m.group(2).lower()], int(m.group(4)) if m.group(4) else None))
    for day, month, year in _ABBREVIATED.findall(text):
        found.add((int(day), MONTH_ABBREVIATIONS[month.lower()], int(year) if year else None))
    for day, month, year in _NUMERIC_DMY.findall(text):
        if 1 <= int(month) <= 12:
            found.add((int(day), int(month), int(year)))
    for year, month, day in _NUMERIC_YMD.findall(text):
        if 1 <= int(month) <= 12:
            found.add((int(day), int(month), int(year)))
    for m in _SPAN.finditer(text):
        found |= _days_of_span(m)
    # A calendar's "19/3 kl. 9-12", "11.02.26": the day and month, and the year of the century.
    for m in SHORT_DATE.finditer(text):
        numbers = [int(n) for n in re.findall(r"\d+", m.group())]
        if 1 <= numbers[1] <= 12:
            found.add((numbers[0], numbers[1], 2000 + numbers[2] if len(numbers) > 2 else None))
    return found


def _days_of_span(m: re.Match[str]) -> DocumentDates:
    year = int(m.group(5)) if m.group(5) else None
    last_month = MONTH_NUMBERS[m.group(4).lower()]
    first_month = MONTH_NUMBERS[m.group(2).lower()] if m.group(2) else last_month
    try:
        # A leap year for a span without a year, so 29 February is in it
        first = datetime.date(year or 2024, first_month, int(m.group(1)))
        last = datetime.date(year or 2024, last_month, int(m.group(3)))
    except ValueError:  # "31. juni"
        return set()
    if first > last:
        first = first.replace(year=first.year - 1)  # "20. december til 5. januar"
    if (last - first).days > _LONGEST_SPAN:
        return set()
    days = (first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
    return {(day.day, day.month, year and day.year) for day in days}


def holds(found: DocumentDates, asked: CalendarDate) -> bool:
    """Does a document with these dates name the asked one (its day and year too, where the question gives them
    and the document's date does)?"""
    return any(month == asked.month
               and (asked.day is None or day == asked.day)
               and (asked.year is None or year is None or year == asked.year)
               for day, month, year in found)


# A time of the year a question asks about, with the Danish word a text may name it by and its months.
_TIMES_OF_YEAR: dict[str, tuple[str, frozenset[int]]] = {
    "forår": ("forår", frozenset({3, 4, 5})), "spring": ("forår", frozenset({3, 4, 5})),
    "sommer": ("sommer", frozenset({6, 7, 8})), "summer": ("sommer", frozenset({6, 7, 8})),
    "efterår": ("efterår", frozenset({9, 10, 11})), "autumn": ("efterår", frozenset({9, 10, 11})),
    "vinter": ("vinter", frozenset({12, 1, 2})), "winter": ("vinter", frozenset({12, 1, 2})),
    "jul": ("jul", frozenset({12})), "christmas": ("jul", frozenset({12})),
    "påske": ("påske", frozenset({3, 4})), "easter": ("påske", frozenset({3, 4})),
    "pinse": ("pinse", frozenset({5, 6})),
    "sommerferie": ("sommer", frozenset({6, 7, 8})), "efterårsferie": ("efterår", frozenset({10})),
    "vinterferie": ("vinter", frozenset({2})), "juleferie": ("jul", frozenset({12, 1})),
    "påskeferie": ("påske", frozenset({3, 4})),
}
# ... also as the first part of a class's name: "efterårsholdet" starts in the autumn; or of a closing:
# "sommerferielukket", "sommerlukning".
_TIME_OF_YEAR = re.compile(r"\b(" + "|".join(sorted(_TIMES_OF_YEAR, key=len, reverse=True)) +
                           r")(?:s?hold(?:et|ene)?|s?lukket|s?lukning(?:en)?|en|et|n|ens|ets|ns)?\b", re.I)


_MONTH_NAME = re.compile(rf"\b(?:{_MONTH})\b")


_AFTER = re.compile(r"\b(?:efter|after)\s+(?:the\s+)?$", re.I)
_BEFORE = re.compile(r"\b(?:før|inden|before)\s+(?:the\s+)?$", re.I)


def asked_times_of_year(text: str) -> list[tuple[str, str, frozenset[int]]]:
    """The times of year a question names, as (written, Danish root, months): "påsken" -> ("påsken", "påske",
    {3, 4}). "efter sommerferien" is its last month and the two after it, named "efter sommer" ("efter
    sommerferien" in a text); "før sommerferien" its first month and the two before it."""
    asked = []
    for m in _TIME_OF_YEAR.finditer(text):
        root, months = _TIMES_OF_YEAR[m.group(1).lower()]
        before_it = text[max(0, m.start() - 12):m.start()]
        if _AFTER.search(before_it):
            last = next(month for month in months if month % 12 + 1 not in months)  # {12, 1} ends in January
            root, months = f"efter {root}", frozenset((last - 1 + step) % 12 + 1 for step in range(3))
        elif _BEFORE.search(before_it):
            first = next(month for month in months if (month - 2) % 12 + 1 not in months)
            root, months = f"før {root}", frozenset((first - 1 - step) % 12 + 1 for step in range(3))
        asked.append((m.group(), root, months))
    return asked


def in_time_of_year(text: str, root: str, months: frozenset[int]) -> bool:
    """Does `text` name that time of year ("juleferielukket"), or date something in it ("22. december 2025")?"""
    words = _MONTH_NAME.sub(" ", text.lower())  # "juli" is no "jul"
    return root in words or bool(months & {month for _, month, _ in dates_in(text)})
