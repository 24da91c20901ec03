"""Which lines are only a date: a calendar entry's date line or a news item's dateline; and the date a document's
opening lines date it by."""
import datetime

import pytest

from app.core.datelines import date_in, is_dateline, publication_date


@pytest.mark.parametrize("line", ["Torsdag 5. juni 2025, kl. 8.00-9.30", "Nørreå, 11. marts 2025", "13.03.2025",
                                  "Torsdag den 27. februar 2025 kl. 15.00", "Fredag 25. april 2025, kl. 19.00"])
def test_a_date_with_its_weekday_time_or_place_is_a_date_line(line):
    assert is_dateline(line)


@pytest.mark.parametrize("line", ["Tilmelding senest 10. april 2025.", "Eksportdag 2025", "Møde 12. marts 2025",
                                  "Ansøgningsfristen er 1. marts 2025, og svar gives senest 12. april 2025."])
def test_a_line_saying_more_than_when_is_no_date_line(line):
    assert not is_dateline(line)


@pytest.mark.parametrize("opening, date", [
    ("NYHED\n=====\n\nLemvig, 3. marts 2026\n\nFRISTEN RYKKES", datetime.date(2026, 3, 3)),
    ("REFERAT\n\nDato:     Tirsdag den 24. februar 2026, kl. 14.00-16.30\nSted: Rådhuset", datetime.date(2026, 2, 24)),
    ("# Nyhed\n\n19. februar 2026 · Af Camilla Skårup\n", datetime.date(2026, 2, 19)),
    ("Published: March 3, 2026", datetime.date(2026, 3, 3)),
    ("Puljen 2026\n\nAnsøgningsfristen er 1. april 2026.", None),  # a deadline in a sentence dates no document
])
def test_the_opening_lines_date_a_document_by_its_dateline_byline_or_date_line(opening, date):
    assert publication_date(opening) == date


def test_a_date_that_is_no_day_of_the_calendar_is_skipped():
    assert date_in("2026-02-30 eller 2026-03-01") == datetime.date(2026, 3, 1)
