"""The report's period and its weeks: `since` as people write it (30d, 12w, 2026-01-01, an ISO 8601 moment), and
the ISO week (2026-W05) of a moment, in UTC."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

SINCE_FORMS = ("a number of days or weeks (30d, 12w), a date (2026-01-01), an ISO 8601 moment "
               "(2026-01-01T08:00:00Z) or 'all'")
_RELATIVE = re.compile(r"(\d{1,6})\s*([dw])")


def parse_since(text: str | None, now: datetime) -> datetime | None:
    """The moment `text` means, counted back from `now`; None for the whole log ('all' or nothing).

    A date is its midnight in UTC; a moment without a time zone is read as UTC. Raises ValueError naming the
    accepted forms."""
    if text is None or text.strip().lower() in ("", "all"):
        return None
    text = text.strip()
    relative = _RELATIVE.fullmatch(text.lower())
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2)
        try:
            return now - timedelta(days=amount * (7 if unit == "w" else 1))
        except OverflowError:
            raise ValueError(f"since {text!r} reaches back before the year 1; give {SINCE_FORMS}") from None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"since {text!r} is not {SINCE_FORMS}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def iso_week(moment: datetime | date) -> str:
    """'2026-W05': the ISO year and week of `moment` (a datetime is taken in UTC)."""
    day = moment.astimezone(timezone.utc).date() if isinstance(moment, datetime) else moment
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(moment: datetime | date) -> date:
    """The Monday that starts the ISO week of `moment` (UTC)."""
    day = moment.astimezone(timezone.utc).date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def weeks_between(first: datetime | date, last: datetime | date) -> list[date]:
    """The Mondays of every week from the week of `first` to the week of `last`, both included."""
    start, end = week_start(first), week_start(last)
    weeks = []
    while start <= end:
        weeks.append(start)
        start += timedelta(days=7)
    return weeks
