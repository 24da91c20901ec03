"""Which lines are only a date: a calendar entry's date line or a news item's dateline."""
import pytest

from app.core.datelines import is_dateline


@pytest.mark.parametrize("line", ["Torsdag 5. juni 2025, kl. 8.00-9.30", "Nørreå, 11. marts 2025", "13.03.2025",
                                  "Torsdag den 27. februar 2025 kl. 15.00", "Fredag 25. april 2025, kl. 19.00"])
def test_a_date_with_its_weekday_time_or_place_is_a_date_line(line):
    assert is_dateline(line)


@pytest.mark.parametrize("line", ["Tilmelding senest 10. april 2025.", "Eksportdag 2025", "Møde 12. marts 2025",
                                  "Ansøgningsfristen er 1. marts 2025, og svar gives senest 12. april 2025."])
def test_a_line_saying_more_than_when_is_no_date_line(line):
    assert not is_dateline(line)
