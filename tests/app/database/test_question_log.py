"""The question log: one row per question with what it got, its feedback joined, pruned by age, and nothing
written when it is switched off."""
from datetime import datetime, timedelta, timezone

import pytest

from app.core.answer_types import Answer, Source
from app.database.db import open_database
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog

SOURCE = Source(1, "plan.md", "Handlingsplan", 2012, "3. Eksport", None, "Tekst.", 0.9, chunk_id="c1")
ANSWERED = Answer(text="Kort svar [1]", abstained=False, sources=[SOURCE], decision={"reason": "answered"},
                  timings={"total": 42.0})
DECLINED = Answer(text="Det kan jeg ikke finde", abstained=True, sources=[], mode="abstained",
                  decision={"reason": "off_topic", "signals": {"dense": 0.7}})
FINDER = Answer(text="StartMidt passer", abstained=False, sources=[], mode="programmes", language="da",
                programmes=[{"name": "StartMidt", "verdict": "fits"}, {"name": "VITUS", "verdict": "no_fit"}])


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(tmp_path):
    return open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")


def test_each_question_is_logged_with_what_it_got_and_its_feedback(db):
    log = QuestionLog(db, retention=timedelta(days=180))
    log.record("hvad planlægger regionen?", ANSWERED, "web", "conv-1", "m1")
    log.record("hvad koster en pizza?", DECLINED, "api", "conv-2", "m2")
    log.record("vi er 12 ansatte", FINDER, "slack", "slack:T:C:1.0", None)
    feedback = FeedbackStore(db)
    feedback.add("conv-2", "up", message_id="m2")
    feedback.add("conv-2", "down", message_id="m2", comment="Det burde I vide")  # the latest counts
    feedback.add("slack:T:C:1.0", "up", origin="slack")  # a Slack command's answer has no message id

    rows = {row.question: row for row in log.find()}
    assert rows["hvad planlægger regionen?"].mode == "answered"
    assert rows["hvad planlægger regionen?"].cited == [{"document": "plan.md", "title": "Handlingsplan",
                                                       "section": "3. Eksport"}]
    assert rows["hvad planlægger regionen?"].latency_ms == 42.0 and rows["hvad planlægger regionen?"].rating is None
    declined = rows["hvad koster en pizza?"]
    assert (declined.mode, declined.reason, declined.signals) == ("abstained", "off_topic", {"dense": 0.7})
    assert (declined.rating, declined.comment) == ("down", "Det burde I vide")
    finder = rows["vi er 12 ansatte"]
    assert (finder.mode, finder.channel, finder.programmes, finder.rating) == ("programmes", "slack", ["StartMidt"], "up")
    assert [row.question for row in log.find(mode="abstained")] == ["hvad koster en pizza?"]
    assert [row.question for row in log.find(channel="slack")] == ["vi er 12 ansatte"]
    assert [row.question for row in log.find(rating="down")] == ["hvad koster en pizza?"]


def test_rows_older_than_the_retention_are_pruned(db):
    clock = Clock(datetime(2026, 1, 1, tzinfo=timezone.utc))
    log = QuestionLog(db, retention=timedelta(days=180), clock=clock)
    log.record("gammelt spørgsmål", ANSWERED, "api")
    clock.now += timedelta(days=100)
    log.record("nyere spørgsmål", ANSWERED, "api")
    clock.now += timedelta(days=81)  # the first is 181 days old, the second 81

    assert log.prune() == 1
    assert [row.question for row in log.find()] == ["nyere spørgsmål"]
    assert log.prune() == 0


def test_with_logging_off_nothing_is_written(db):
    log = QuestionLog(db, retention=timedelta(days=180), enabled=False)
    assert log.record("hvad planlægger regionen?", ANSWERED, "web") is None
    assert log.count() == 0


def test_an_unknown_channel_is_refused_by_name(db):
    with pytest.raises(ValueError, match="'fax'.*web, widget, api, slack"):
        QuestionLog(db, retention=timedelta(days=1)).record("?", ANSWERED, "fax")
