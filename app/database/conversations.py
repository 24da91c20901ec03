"""Conversations: the earlier questions and answers that give a follow-up question its context.

A conversation expires `ttl` after its last message; an expired conversation behaves exactly like an unknown one
(the caller starts a new conversation), and `purge_expired` removes the rows.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa

from app.core.answer_types import Turn
from app.database.db import as_utc, conversations, messages, utc_now


class ConversationStore:
    def __init__(self, db: sa.Engine, ttl: timedelta, clock: Callable[[], datetime] = utc_now):
        self._db = db
        self._ttl = ttl
        self._clock = clock  # injectable so the expiry test need not wait a day

    def start(self) -> str:
        """Create a conversation and return its id."""
        conversation_id = uuid.uuid4().hex
        now = self._clock()
        with self._db.begin() as connection:
            connection.execute(
                conversations.insert().values(id=conversation_id, created_at=now, last_active_at=now)
            )
        return conversation_id

    def is_active(self, conversation_id: str) -> bool:
        """True if the conversation exists and has not expired."""
        with self._db.connect() as connection:
            last_active = connection.execute(
                sa.select(conversations.c.last_active_at).where(conversations.c.id == conversation_id)
            ).scalar_one_or_none()
        return last_active is not None and as_utc(last_active) + self._ttl > self._clock()

    def history(self, conversation_id: str, last: int = 20) -> list[Turn] | None:
        """The conversation's latest `last` turns, oldest first; None if it is unknown or expired."""
        if not self.is_active(conversation_id):
            return None
        with self._db.connect() as connection:
            rows = connection.execute(
                sa.select(messages.c.question, messages.c.answer)
                .where(messages.c.conversation_id == conversation_id)
                .order_by(messages.c.created_at.desc(), messages.c.id.desc())
                .limit(last)
            ).all()
        return [Turn(question=row.question, answer=row.answer) for row in reversed(rows)]

    def has_message(self, conversation_id: str, message_id: str) -> bool:
        with self._db.connect() as connection:
            found = connection.execute(
                sa.select(messages.c.id).where(
                    messages.c.id == message_id, messages.c.conversation_id == conversation_id
                )
            ).first()
        return found is not None

    def add_turn(self, conversation_id: str, message_id: str, question: str, answer: str) -> None:
        """Record one answered question; it also keeps the conversation alive for another `ttl`."""
        now = self._clock()
        with self._db.begin() as connection:
            connection.execute(
                messages.insert().values(
                    id=message_id, conversation_id=conversation_id, question=question, answer=answer, created_at=now
                )
            )
            connection.execute(
                conversations.update().where(conversations.c.id == conversation_id).values(last_active_at=now)
            )

    def purge_expired(self) -> int:
        """Delete expired conversations and their messages; returns how many conversations went."""
        cutoff = self._clock() - self._ttl
        with self._db.begin() as connection:
            expired = sa.select(conversations.c.id).where(conversations.c.last_active_at <= cutoff)
            connection.execute(messages.delete().where(messages.c.conversation_id.in_(expired)))
            return connection.execute(conversations.delete().where(conversations.c.last_active_at <= cutoff)).rowcount
