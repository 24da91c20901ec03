"""The database under RAADGIVER_DATA_DIR fails: questions are still answered (the log says the conversation was
not saved), feedback is refused with a 503 that names the setting and the fix, and `raadgiver serve` over a
database it cannot open stops with one readable paragraph instead of a traceback.

The app runs in this process (TestClient) over the real SQLite database and a real ingested index. Tests run as
root here, where a read-only chmod stops no write, so the full disk is made at the one place SQLite reports it:
each commit fails with the sqlite3.OperationalError("database or disk is full") SQLite raises on ENOSPC.
Everything above the DB-API connection (SQLAlchemy, the stores, FastAPI) is the real thing."""
from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.core.answer_types import Turn
from app.database.conversations import ConversationStore
from app.database.db import open_database
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem, serve_expecting_refusal, stream_events
from tests.conftest import CORPUS, make_settings
from tests.fixtures.server import hermetic_environment

FULL = "database or disk is full"


class _FullDiskConnection(sqlite3.Connection):
    """A SQLite connection on a disk that has just filled up: reads work, every commit fails."""

    def commit(self) -> None:
        raise sqlite3.OperationalError(FULL)


def fill_disk(client: TestClient) -> None:
    db: sa.Engine = client.app.state.services.conversations._db  # the app's one engine; feedback shares it
    sa.event.listen(db, "do_connect", lambda _dialect, _record, _args, params: params.update(factory=_FullDiskConnection))
    db.dispose()  # the pooled connections were opened before the disk filled


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """The seed corpus ingested once for this module; each test works on its own copy."""
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("storage-failures")
    shutil.copytree(CORPUS, root / "corpus")
    report = ingest(make_settings(root))
    assert report.ok, report.summary()
    return root


@pytest.fixture
def settings(ingested, tmp_path):
    shutil.copytree(ingested, tmp_path, dirs_exist_ok=True)
    return make_settings(tmp_path)


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings)) as client:  # `with`: the start-up loads the engine
        yield client


def not_saved_warnings(caplog, settings) -> list[str]:
    """The warnings that say a conversation was not saved, naming the failure, the setting and the database file."""
    database = str(settings.data_dir.resolve() / "raadgiver.sqlite3")
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING
        and "not saved" in record.getMessage()
        and all(part in record.getMessage() for part in (FULL, "RAADGIVER_DATA_DIR", database, "free space"))
    ]


def test_a_full_disk_still_answers_and_warns_that_the_conversation_was_not_saved(client, settings, caplog):
    fill_disk(client)

    response = client.post(ASK, json={"question": MEETINGS_QUESTION})

    assert response.status_code == 200, response.text
    body = response.json()
    assert not body["abstained"] and "373" in body["answer"]
    assert body["conversation_id"] and body["message_id"]
    assert len(not_saved_warnings(caplog, settings)) == 1, caplog.text
    # The conversation_id was never stored: a follow-up with it is told to start a new conversation (the web chat
    # then does so by itself), as after an expired conversation.
    follow_up = client.post(ASK, json={"question": MEETINGS_QUESTION, "conversation_id": body["conversation_id"]})
    assert_problem(follow_up, 404, body["conversation_id"], "without conversation_id")


@pytest.mark.parametrize(
    "path, headers", [(ASK, {"Accept": "text/event-stream"}), ("/v1/ask/stream", None)], ids=["accept", "stream"]
)
def test_a_full_disk_still_streams_the_answer(client, settings, caplog, path, headers):
    fill_disk(client)

    events = stream_events(client, path, {"question": MEETINGS_QUESTION}, headers)

    assert [name for name, _ in events if name != "token"] == ["status", "sources", "done"], events
    done = events[-1][1]
    assert "373" in done["answer"] and done["conversation_id"]
    assert len(not_saved_warnings(caplog, settings)) == 1, caplog.text


def test_a_full_disk_in_a_running_conversation_answers_and_keeps_the_earlier_turns(client, settings, caplog):
    first = client.post(ASK, json={"question": MEETINGS_QUESTION}).json()
    fill_disk(client)

    follow_up = client.post(
        ASK,
        json={
            "question": "Hvor stor en andel af dem har ført til konkret eksportfremmeassistance?",
            "conversation_id": first["conversation_id"],
        },
    )

    assert follow_up.status_code == 200, follow_up.text
    assert follow_up.json()["conversation_id"] == first["conversation_id"]
    assert "2/3" in follow_up.json()["answer"]  # the earlier turn, read from the full disk, gave it its context
    assert len(not_saved_warnings(caplog, settings)) == 1, caplog.text
    # The next follow-up continues from the turns saved before the disk filled.
    store = ConversationStore(open_database(settings.sqlalchemy_url), ttl=timedelta(hours=1))
    assert store.history(first["conversation_id"]) == [Turn(MEETINGS_QUESTION, first["answer"])]


def test_feedback_on_a_full_disk_is_503_and_the_log_names_the_file_the_setting_and_the_fix(client, settings, caplog):
    answer = client.post(ASK, json={"question": MEETINGS_QUESTION}).json()
    fill_disk(client)

    response = client.post(
        "/v1/feedback",
        json={"conversation_id": answer["conversation_id"], "message_id": answer["message_id"], "rating": "up"},
    )

    database = str(settings.data_dir.resolve() / "raadgiver.sqlite3")
    detail = assert_problem(response, 503, "cannot store data now", "request id")["detail"]
    assert database not in detail and str(settings.data_dir) not in detail  # no path reaches the client
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert all(fragment in logged for fragment in (FULL, database, "RAADGIVER_DATA_DIR", "free space")), logged


@pytest.mark.parametrize("broken", ["not-a-database", "data-dir-is-a-file"])
def test_serve_over_a_database_it_cannot_open_stops_with_one_paragraph(tmp_path, broken):
    data_dir = tmp_path / "data"
    if broken == "not-a-database":
        data_dir.mkdir()
        (data_dir / "raadgiver.sqlite3").write_text("these are notes, not a SQLite database\n" * 100)
        at_fault = str(data_dir / "raadgiver.sqlite3")
    else:
        data_dir.write_text("a file where the data folder should be\n")
        at_fault = str(data_dir)
    environment = hermetic_environment(RAADGIVER_DATA_DIR=str(data_dir), RAADGIVER_CORPUS_DIR=str(CORPUS))
    returncode, stderr = serve_expecting_refusal(tmp_path, environment)

    assert returncode != 0
    assert "Traceback" not in stderr, stderr
    message = stderr.strip().splitlines()[-1]
    assert message.startswith("raadgiver serve: ") and len(stderr.strip().splitlines()) == 1, stderr
    assert at_fault in message and "RAADGIVER_DATA_DIR" in message, message
