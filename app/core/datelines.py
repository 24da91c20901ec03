"""A line that is only a date: an events calendar's entry date ("Torsdag 5. juni 2025, kl. 8.00-9.30") or a news
item's dateline ("Nørreå, 11. marts 2025"). It dates the entry under it, so ingest keeps it as text above that
entry rather than as a heading, and the answerer reads the entry's first line with it."""
from __future__ import annotations

import re

from app.core.words import MONTH_NAMES, WEEKDAYS

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
