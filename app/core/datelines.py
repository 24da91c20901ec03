"""A line that is only a date: an events calendar's entry date ("Torsdag 5. juni 2025, kl. 8.00-9.30") or a news
item's dateline ("Nørreå, 11. marts 2025"). It dates the entry under it, so ingest keeps it as text above that
entry rather than as a heading, and the answerer reads the entry's first line with it."""
from __future__ import annotations

import datetime
import re

from app.core.words import MONTH_NAMES, MONTH_NUMBERS, WEEKDAYS

_DAY_MONTH = rf"\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})(?:\s+(?:19|20)\d\d)?|\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)?\d\d"
_PLACE = r"[A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ][\wæøå-]+)?,\s*"
_TIME = r"(?:,?\s*(?:kl\.?|fra|from|at)?\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?(?:\s*\w{0,3})?)?"
DATELINE = re.compile(rf"^(?:{_PLACE})?(?:(?:{WEEKDAYS})(?:\s+den)?\s+|den\s+)?(?:{_DAY_MONTH}){_TIME}\s*[.:]?$", re.I)


# A news item's byline: "19. februar 2026 · Af Camilla Skårup", "12. maj 2025 | By Jens Holm". It dates the item's
# publication, no event the item tells of.
BYLINE = re.compile(rf"^(?:{_DAY_MONTH})\s*[·|•–-]\s*(?:af|by|skrevet af|written by)\s+[A-ZÆØÅ]", re.I)


def is_dateline(line: str) -> bool:
    return len(line) <= 60 and DATELINE.match(line.strip()) is not None


# A calendar's entry line starts with its date: "11.02.26 kl. 9-15 ...", "19/3 kl. 9-12 ...", "24/2 + 3/3 ...",
# "12.03.2026 ..."; not a figure ("2.14", "2/3 af", "1/4 %").
ENTRY_DATE = re.compile(r"\d{1,2}[./]\d{1,2}(?:[./](?:19|20)?\d\d)?\b(?![.,]?\d|\s*(?:%|af\b))")


# The date a document was written or published on, as its opening lines state it: a dateline ("Lemvig, 3. marts
# 2026"), a byline, a labelled line ("Dato: Tirsdag den 24. februar 2026, kl. 14.00", "Published: 2026-03-03").
# Documents of one year are ordered by it: a news item of March changes the page the year began with.
_LABEL = re.compile(r"^(?:dato|date|udgivet|publiceret|offentliggjort|opdateret|senest opdateret|published|updated|"
                    r"last updated|mødedato|meeting date)\s*[:.]?\s*", re.I)
_MONTHS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_WRITTEN_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTHS})\s+((?:19|20)\d\d)(?!\d)"  # "3. marts 2026"
                           rf"|\b({_MONTHS})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)(?!\d)"  # "March 3, 2026"
                           r"|(?<![\d.])((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"  # "2026-03-03"
                           r"|(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)(?!\d)", re.I)  # "03.03.2026"
OPENING_LINES = 12  # a title, a letterhead, a dateline: the body starts after them


def date_in(text: str) -> datetime.date | None:
    """The first whole calendar date the text writes, in any of the ways Danish and English documents write one."""
    for match in _WRITTEN_DATE.finditer(text):
        groups = match.groups()
        if groups[0]:
            day, month, year = int(groups[0]), MONTH_NUMBERS[groups[1].lower()], int(groups[2])
        elif groups[3]:
            day, month, year = int(groups[4]), MONTH_NUMBERS[groups[3].lower()], int(groups[5])
        elif groups[6]:
            day, month, year = int(groups[8]), int(groups[7]), int(groups[6])
        else:
            day, month, year = int(groups[9]), int(groups[10]), int(groups[11])
        try:
            return datetime.date(year, month, day)
        except ValueError:  # "31.02.2026" is no day of the calendar
            continue
    return None


def publication_date(opening: str) -> datetime.date | None:
    """The date the document's opening lines date it by: the first dateline, byline or labelled date line."""
    for line in opening.splitlines()[:OPENING_LINES]:
        line = line.strip().lstrip("#*_> ").strip()
        unlabelled = _LABEL.sub("", line)
        if (unlabelled != line and len(unlabelled) <= 60) or is_dateline(unlabelled) or BYLINE.match(line):
            found = date_in(unlabelled)
            if found is not None:
                return found
    return None
