"""Which Slack messages the bot has already taken up, so each is answered once.

Slack delivers a message more than once: a retry when the first delivery was not acknowledged in time, an
app_mention and a message event for the same mention, a new event id for the same message. The bot keys a
message on its team, channel and ts; the first worker to insert that key answers, every later delivery (to
any worker, also after a restart) finds the key taken. The check is the database's unique key, not a read
before a write, so two workers receiving the same message at the same moment cannot both win.

Rows older than the retention are deleted now and then (Slack gives up retrying after minutes)."""
from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa

from app.database.db import slack_seen_events, utc_now

RETENTION = timedelta(days=1)
PRUNE_EVERY = timedelta(minutes=10)
MAX_KEY_CHARS = 255


class SeenEvents:
    def __init__(self, db: sa.Engine, retention: timedelta = RETENTION, clock: Callable[[], datetime] = utc_now):
        self._db = db
        self.retention = retention
        self._clock = clock  # injectable, so the pruning test need not wait a day
        self._pruned_at: datetime | None = None
        self._prune_lock = threading.Lock()

    def first_sighting(self, key: str) -> bool:
        """Record `key`; True if no one recorded it before (answer it), False if it was seen already.

        Raises StorageUnavailable when the database fails as such (the caller decides whether to answer)."""
        if len(key) > MAX_KEY_CHARS:
            raise ValueError(f"a seen-event key is at most {MAX_KEY_CHARS} characters: {key[:80]!r}…")
        now = self._clock()
        try:
            with self._db.begin() as connection:
                connection.execute(slack_seen_events.insert().values(key=key, seen_at=now))
        except sa.exc.IntegrityError:  # the primary key is taken: another delivery (or worker) was first
            return False
        self._prune_now_and_then(now)
        return True

    def prune(self) -> int:
        """Delete the keys older than the retention; how many were deleted."""
        cutoff = self._clock() - self.retention
        with self._db.begin() as connection:
            result = connection.execute(slack_seen_events.delete().where(slack_seen_events.c.seen_at < cutoff))
        return result.rowcount or 0

    def _prune_now_and_then(self, now: datetime) -> None:
        with self._prune_lock:
            if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
                return
            self._pruned_at = now
        self.prune()
