"""The report's period as people write it, and ISO weeks."""
from datetime import date, datetime, timezone

import pytest

from app.report.period import iso_week, parse_since, week_start, weeks_between

NOW = datetime(2026, 3, 4, 12, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(("text", "expected"), [
    ("30d", datetime(2026, 2, 2, 12, 30, tzinfo=timezone.utc)),
    ("12w", datetime(2025, 12, 10, 12, 30, tzinfo=timezone.utc)),
    (" 7 D ", datetime(2026, 2, 25, 12, 30, tzinfo=timezone.utc)),
    ("2026-01-01", datetime(2026, 1, 1, tzinfo=timezone.utc)),
    ("2026-01-01T08:00:00Z", datetime(2026, 1, 1, 8, tzinfo=timezone.utc)),
    ("2026-01-01T09:00:00.250+01:00", datetime(2026, 1, 1, 8, 0, 0, 250000, tzinfo=timezone.utc)),
    ("all", None),
    ("", None),
    (None, None),
])
def test_since_is_read_as_days_weeks_a_date_or_a_moment(text, expected):
    assert parse_since(text, NOW) == expected


@pytest.mark.parametrize("text", ["30", "3x", "thirty days", "2026-13-01", "9999999d", "999999w"])
def test_an_unreadable_since_is_refused_naming_the_forms_it_can_be(text):
    with pytest.raises(ValueError, match=r"30d, 12w.*2026-01-01"):
        parse_since(text, NOW)


def test_weeks_are_iso_weeks_in_utc():
    assert iso_week(datetime(2026, 1, 1, tzinfo=timezone.utc)) == "2026-W01"  # a Thursday
    assert iso_week(datetime(2027, 1, 1, tzinfo=timezone.utc)) == "2026-W53"  # a Friday: still 2026's last week
    assert week_start(NOW) == date(2026, 3, 2)
    assert weeks_between(date(2026, 2, 18), NOW) == [date(2026, 2, 16), date(2026, 2, 23), date(2026, 3, 2)]
