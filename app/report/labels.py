"""How the report's values read in Danish, shared by the text, CSV and HTML outputs: the names of channels and
modes, numbers with Danish separators ("10.000", "12,5 %"), moments and the period."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.report.build import Report

CHANNEL_NAMES = {"web": "web-chat", "widget": "widget", "api": "API", "slack": "Slack"}
MODE_NAMES = {"answered": "besvaret", "abstained": "ikke besvaret", "programmes": "programforslag"}
# The decision's reasons (app/decision.py) for not answering.
REASON_NAMES = {
    "off_topic": "ikke emnet for dokumenterne", "missing": "et årstal eller navn mangler i dokumenterne",
    "not_available": "tallet er ikke opgjort", "wrong_type": "dokumenterne har ikke den slags svar", "unknown": "ukendt",
}


def number(value: float | int) -> str:
    """10000 -> "10.000", 12.5 -> "12,5"."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{int(value):,}".replace(",", ".")


def percent(share: float) -> str:
    """0.1234 -> "12,3 %"."""
    return f"{share * 100:.1f}".replace(".", ",") + " %"


def moment(value: datetime) -> str:
    """"2026-01-05 14:03 UTC"."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def period(report: Report) -> str:
    start = "loggens begyndelse" if report.since is None else moment(report.since)
    return f"{start} – {moment(report.until)}"
