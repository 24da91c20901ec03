"""Each Slack message is taken up once (app/database/seen_events.py), over SQLite (one host) and a real PostgreSQL
(several workers or hosts): across store objects (workers), across a restart (a new engine on the same database),
and when many workers insert the same key at the same moment."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from app.database.db import open_database, slack_seen_events
from app.database.errors import StorageUnavailable
from app.database.seen_events import PRUNE_EVERY, SeenEvents

KEY = "T0REGION/C0GENERAL/1700000100.000100"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'raadgiver.sqlite3'}"
    return request.getfixturevalue("postgres_url")


def test_a_message_is_recognised_when_seen_again(database_url):
    seen = SeenEvents(open_database(database_url))

    assert seen.first_sighting(KEY)
    assert not seen.first_sighting(KEY)
    assert seen.first_sighting("T0REGION/C0OTHER/1700000100.000100")  # the same ts in another channel


def test_another_worker_and_a_restarted_one_see_what_the_first_recorded(database_url):
    first_worker = SeenEvents(open_database(database_url))
    assert first_worker.first_sighting(KEY)

    other_worker = SeenEvents(open_database(database_url))
    assert not other_worker.first_sighting(KEY)

    first_worker._db.dispose()  # a restart: the process and its connections are gone
    restarted = SeenEvents(open_database(database_url))
    assert not restarted.first_sighting(KEY)


def test_many_workers_racing_for_one_message_let_exactly_one_answer(database_url):
    stores = [SeenEvents(open_database(database_url)) for _ in range(4)]
    start = threading.Barrier(len(stores) * 2)
    won: list[bool] = []

    def deliver(store: SeenEvents) -> None:
        start.wait()
        won.append(store.first_sighting(KEY))

    threads = [threading.Thread(target=deliver, args=(store,)) for store in stores * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(won) == [False] * 7 + [True]


def test_old_keys_are_pruned_and_recent_ones_kept(database_url):
    now = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
    db = open_database(database_url)
    seen = SeenEvents(db, retention=timedelta(hours=24), clock=lambda: now)
    assert seen.first_sighting("old")

    now += timedelta(hours=23)
    assert seen.first_sighting("recent")
    now += timedelta(hours=2)  # "old" is 25 hours old, "recent" 2; more than PRUNE_EVERY since the last prune
    assert now - timedelta(hours=2) > datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc) + PRUNE_EVERY
    assert seen.first_sighting("newest")  # prunes on the way

    with db.connect() as connection:
        keys = set(connection.execute(sa.select(slack_seen_events.c.key)).scalars())
    assert keys == {"recent", "newest"}
    assert not seen.first_sighting("recent")
    assert seen.first_sighting("old")  # forgotten after the retention: Slack stopped retrying long before


def test_a_database_that_is_gone_is_said_as_such(tmp_path):
    path = tmp_path / "raadgiver.sqlite3"
    seen = SeenEvents(open_database(f"sqlite:///{path}"))
    path.unlink()
    path.mkdir()  # the file is now a folder: SQLite cannot open it

    seen._db.dispose()
    with pytest.raises(StorageUnavailable):
        seen.first_sighting(KEY)


def test_the_bot_answers_a_message_when_the_database_cannot_say_whether_it_was_answered(tmp_path, caplog):
    """A second answer is better than none: the middleware passes the message on and logs why."""
    import json

    from slack_bolt import BoltContext, BoltRequest, BoltResponse

    from bot.handlers import SlackHandlers
    from tests.bot.test_handlers_unit import BOT, QUESTION, event_body

    path = tmp_path / "raadgiver.sqlite3"
    seen = SeenEvents(open_database(f"sqlite:///{path}"))
    seen._db.dispose()
    path.unlink()
    path.mkdir()
    handlers = SlackHandlers(asker=None, feedback_store=None, question_log=None, seen_events=seen)
    body = event_body(type="app_mention", text=f"<@{BOT}> {QUESTION}")
    context = BoltContext({"bot_user_id": BOT})
    passed = []

    def next() -> BoltResponse:
        passed.append(context["question"].text)
        return BoltResponse(status=200, body="listeners")

    handlers.keep_questions_only(body=body, context=context, request=BoltRequest(body=json.dumps(body)), next=next)

    assert passed == [QUESTION]
    assert any("cannot check whether" in r.getMessage() and "answering it" in r.getMessage() for r in caplog.records)
