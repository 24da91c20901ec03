"""Feedback on answers: a thumbs up or down, optionally with a comment, from the API, web chat or Slack."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import sqlalchemy as sa

from app.database.db import as_utc, feedback, utc_now

Rating = Literal["up", "down"]


@dataclass(frozen=True)
class FeedbackRecord:
    id: str
    conversation_id: str
    message_id: str | None
    rating: Rating
    comment: str | None
    origin: str  # "api" or "slack": where the feedback was given
    created_at: datetime


class FeedbackStore:
    """Stores feedback as given. Whether the conversation exists is the caller's check: Slack threads are not
    API conversations."""

    def __init__(self, db: sa.Engine, clock: Callable[[], datetime] = utc_now):
        self._db = db
        self._clock = clock

    def add(
        self,
        conversation_id: str,
        rating: Rating,
        message_id: str | None = None,
        comment: str | None = None,
        origin: str = "api",
    ) -> FeedbackRecord:
        if rating not in ("up", "down"):
            raise ValueError(f"rating {rating!r} is not allowed: use 'up' or 'down'")
        record = FeedbackRecord(
            id=uuid.uuid4().hex,
            conversation_id=conversation_id,
            message_id=message_id,
            rating=rating,
            comment=comment,
            origin=origin,
            created_at=self._clock(),
        )
        with self._db.begin() as connection:
            connection.execute(feedback.insert().values(**record.__dict__))
        return record

    def find(self, conversation_id: str | None = None) -> list[FeedbackRecord]:
        """All feedback, oldest first; only one conversation's when `conversation_id` is given."""
        query = sa.select(feedback).order_by(feedback.c.created_at, feedback.c.id)
        if conversation_id is not None:
            query = query.where(feedback.c.conversation_id == conversation_id)
        with self._db.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [FeedbackRecord(**{**row, "created_at": as_utc(row["created_at"])}) for row in rows]
