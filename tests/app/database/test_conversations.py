from datetime import datetime, timedelta, timezone

from app.core.answer_types import Turn
from app.database.conversations import ConversationStore
from app.database.db import open_database


class Clock:
    """A clock the test moves by hand, so expiry after 24 hours takes no waiting."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def make_store(tmp_path, clock, ttl_hours=24.0):
    db = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    return ConversationStore(db, ttl=timedelta(hours=ttl_hours), clock=clock)


def test_history_returns_turns_oldest_first(tmp_path):
    clock = Clock()
    store = make_store(tmp_path, clock)
    conversation = store.start()
    store.add_turn(conversation, "m1", "Hvor mange møder?", "373 møder [1].")
    clock.now += timedelta(minutes=1)
    store.add_turn(conversation, "m2", "Og hvor mange førte til assistance?", "2/3 af dem [1].")

    assert store.history(conversation) == [
        Turn("Hvor mange møder?", "373 møder [1]."),
        Turn("Og hvor mange førte til assistance?", "2/3 af dem [1]."),
    ]
    assert store.has_message(conversation, "m2")
    assert not store.has_message(conversation, "no-such-message")


def test_unknown_conversation_has_no_history(tmp_path):
    store = make_store(tmp_path, Clock())
    assert store.history("does-not-exist") is None
    assert not store.is_active("does-not-exist")


def test_conversation_expires_after_ttl_since_last_activity(tmp_path):
    clock = Clock()
    store = make_store(tmp_path, clock, ttl_hours=24)
    conversation = store.start()

    clock.now += timedelta(hours=23)
    store.add_turn(conversation, "m1", "Spørgsmål", "Svar")  # activity restarts the 24 hours
    clock.now += timedelta(hours=23)
    assert store.history(conversation) == [Turn("Spørgsmål", "Svar")]

    clock.now += timedelta(hours=1, seconds=1)
    assert store.history(conversation) is None
    assert not store.is_active(conversation)


def test_purge_removes_only_expired_conversations(tmp_path):
    clock = Clock()
    store = make_store(tmp_path, clock, ttl_hours=1)
    old = store.start()
    store.add_turn(old, "m-old", "gammelt", "svar")
    clock.now += timedelta(hours=2)
    fresh = store.start()

    assert store.purge_expired() == 1
    assert not store.has_message(old, "m-old")
    assert store.history(fresh) == []


def test_history_survives_reopening_the_database(tmp_path):
    clock = Clock()
    conversation = make_store(tmp_path, clock).start()
    make_store(tmp_path, clock).add_turn(conversation, "m1", "Hvad koster det?", "846.462 mio. kr.")
    assert make_store(tmp_path, clock).history(conversation) == [Turn("Hvad koster det?", "846.462 mio. kr.")]
