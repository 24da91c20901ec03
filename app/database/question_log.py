"""The question log: what was asked through each channel and what it got, so the people who own the documents
can see what the documents do not answer (the report, `raadgiver report`, /admin).

One row per question: time, channel (web, widget, api, slack), language, the question as typed, the mode
(answered, abstained, programmes), the decision's reason and signals, the cited documents and sections, the
recommended programmes, the latency. Nothing else about the person: no Slack user, no IP address. Feedback is
kept where it always was (the feedback table) and joined by conversation and message id. Rows older than the
retention are removed by `prune` (at start-up and by `raadgiver report --prune`); `question_log_enabled=false`
writes nothing."""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa

from app.core.answer_types import Answer
from app.core.config import Settings
from app.database.db import as_utc, feedback, question_log, utc_now

Channel = Literal["web", "widget", "api", "slack"]
CHANNELS: tuple[str, ...] = ("web", "widget", "api", "slack")
MODES: tuple[str, ...] = ("answered", "abstained", "programmes")


@dataclass(frozen=True)
class LoggedQuestion:
    id: str
    asked_at: datetime
    channel: str
    language: str
    question: str
    mode: str
    reason: str | None
    signals: dict[str, Any]
    cited: list[dict[str, str]]
    programmes: list[str]
    latency_ms: float | None
    conversation_id: str | None
    message_id: str | None
    rating: str | None = None  # the latest feedback on the answer: "up", "down" or None
    comment: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def mode_of(answer: Answer) -> str:
    if answer.abstained or answer.mode == "abstained":
        return "abstained"
    return "programmes" if answer.mode == "programmes" else "answered"


class QuestionLog:
    def __init__(self, db: sa.Engine, retention: timedelta, enabled: bool = True,
                 clock: Callable[[], datetime] = utc_now):
        self._db = db
        self.retention = retention
        self.enabled = enabled
        self._clock = clock  # injectable, so the retention test need not wait half a year

    def record(self, question: str, answer: Answer, channel: str, conversation_id: str | None = None,
               message_id: str | None = None) -> str | None:
        """Log one answered (or declined) question; the row's id, or None when logging is off."""
        if not self.enabled:
            return None
        if channel not in CHANNELS:
            raise ValueError(f"channel {channel!r} is not one of {', '.join(CHANNELS)}")
        decision = answer.decision or {}
        row = {
            "id": uuid.uuid4().hex,
            "asked_at": self._clock(),
            "channel": channel,
            "language": answer.language,
            "question": question,
            "mode": mode_of(answer),
            "reason": decision.get("reason"),
            "signals": json.dumps(decision.get("signals") or {}),
            "cited": json.dumps([{"document": s.document, "title": s.title, "section": s.section}
                                 for s in answer.sources]),
            "programmes": json.dumps([p.get("name", "") for p in answer.programmes or []
                                      if p.get("verdict", "fits" if p.get("fits") else "no_fit") != "no_fit"]),
            "latency_ms": answer.timings.get("total"),
            "conversation_id": conversation_id,
            "message_id": message_id,
        }
        with self._db.begin() as connection:
            connection.execute(question_log.insert().values(**row))
        return str(row["id"])

    def prune(self) -> int:
        """Remove the rows older than the retention; how many were removed."""
        cutoff = self._clock() - self.retention
        with self._db.begin() as connection:
            return connection.execute(question_log.delete().where(question_log.c.asked_at < cutoff)).rowcount

    def find(self, since: datetime | None = None, until: datetime | None = None, channel: str | None = None,
             mode: str | None = None, rating: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[LoggedQuestion]:
        """Logged questions, newest first, each with the latest feedback on its answer."""
        latest = (
            sa.select(feedback.c.conversation_id, feedback.c.message_id, feedback.c.rating, feedback.c.comment,
                      sa.func.row_number().over(partition_by=(feedback.c.conversation_id, feedback.c.message_id),
                                                order_by=feedback.c.created_at.desc()).label("rank"))
            .subquery()
        )
        query = (
            sa.select(question_log, latest.c.rating, latest.c.comment)
            .select_from(question_log.outerjoin(latest, sa.and_(
                latest.c.conversation_id == question_log.c.conversation_id,
                # A Slack command's answer has no message id, and neither has its feedback.
                sa.func.coalesce(latest.c.message_id, "") == sa.func.coalesce(question_log.c.message_id, ""),
                latest.c.rank == 1,
            )))
            .order_by(question_log.c.asked_at.desc(), question_log.c.id)
        )
        if since is not None:
            query = query.where(question_log.c.asked_at >= since)
        if until is not None:
            query = query.where(question_log.c.asked_at < until)
        if channel is not None:
            query = query.where(question_log.c.channel == channel)
        if mode is not None:
            query = query.where(question_log.c.mode == mode)
        if rating == "none":
            query = query.where(latest.c.rating.is_(None))
        elif rating is not None:
            query = query.where(latest.c.rating == rating)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self._db.connect() as connection:
            return [_logged(row) for row in connection.execute(query).mappings()]

    def count(self) -> int:
        with self._db.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(question_log)).scalar_one()

    def iter_all(self) -> Iterator[LoggedQuestion]:
        yield from self.find()


def _logged(row) -> LoggedQuestion:
    return LoggedQuestion(
        id=row["id"], asked_at=as_utc(row["asked_at"]), channel=row["channel"], language=row["language"],
        question=row["question"], mode=row["mode"], reason=row["reason"],
        signals=json.loads(row["signals"] or "{}"), cited=json.loads(row["cited"]),
        programmes=json.loads(row["programmes"]), latency_ms=row["latency_ms"],
        conversation_id=row["conversation_id"], message_id=row["message_id"],
        rating=row["rating"], comment=row["comment"],
    )


def question_log_of(settings: Settings, db: sa.Engine) -> QuestionLog:
    """The question log the settings ask for (retention, on or off)."""
    return QuestionLog(db, timedelta(days=settings.question_log_retention_days), settings.question_log_enabled)
