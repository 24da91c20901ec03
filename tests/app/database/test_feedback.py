import pytest

from app.database.db import open_database
from app.database.feedback import FeedbackStore


def test_feedback_is_stored_and_read_back(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    store = FeedbackStore(open_database(url))
    first = store.add("conv-1", "up", message_id="m1")
    store.add("conv-2", "down", comment="Tallet 38,5 % mangler")
    store.add("C123:1700000000.1", "down", origin="slack")

    reopened = FeedbackStore(open_database(url))
    assert [(f.conversation_id, f.rating, f.comment, f.origin) for f in reopened.find()] == [
        ("conv-1", "up", None, "api"),
        ("conv-2", "down", "Tallet 38,5 % mangler", "api"),
        ("C123:1700000000.1", "down", None, "slack"),
    ]
    only_first = reopened.find("conv-1")
    assert [(f.id, f.message_id) for f in only_first] == [(first.id, "m1")]
    assert only_first[0].created_at.tzinfo is not None


def test_unknown_rating_is_refused_with_the_allowed_values(tmp_path):
    store = FeedbackStore(open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}"))
    with pytest.raises(ValueError, match="'meh'.*'up' or 'down'"):
        store.add("conv-1", "meh")
    assert store.find() == []
