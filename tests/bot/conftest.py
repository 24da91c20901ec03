"""The bot as it runs: the real raadgiver service (tests/fixtures/server.py: uvicorn in a subprocess over the
ingested seed corpus) with the Slack credentials set, talking to a fake Slack Web API on loopback."""
from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from datetime import timedelta
from dataclasses import dataclass

import pytest

from app.core.config import Settings
from app.database.db import open_database
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from bot.http import EVENTS_PATH
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender
from tests.fixtures.server import LiveServer


@dataclass
class SlackService:
    server: LiveServer
    slack: SlackSender  # sends what Slack would send to this server

    @property
    def feedback(self) -> FeedbackStore:
        """The service's own feedback store (its database in its data dir), as the API reads it."""
        settings = Settings(_env_file=None, data_dir=self.server.data_dir)
        return FeedbackStore(open_database(settings.sqlalchemy_url))

    @property
    def questions(self) -> QuestionLog:
        """The service's question log, as `raadgiver report` reads it."""
        settings = Settings(_env_file=None, data_dir=self.server.data_dir)
        return QuestionLog(open_database(settings.sqlalchemy_url), retention=timedelta(days=180))

    def log_messages(self) -> list[str]:
        """The messages of the service's JSON log lines so far (a line still being written is left out)."""
        lines = self.server.logs().splitlines(keepends=True)
        return [json.loads(line)["message"] for line in lines if line.startswith("{") and line.endswith("\n")]

    def taken_up(self, channel: str) -> list[str]:
        """The ts of each message in `channel` the bot took up as a question, from its "taking up" log lines.

        The bot decides before it acknowledges a delivery and logs the line then, so once a delivery's HTTP
        response is back its line is here or never will be: a delivery it ignored (a duplicate, a retry, a
        bot's message, channel talk) has been handled completely, and left no line."""
        start = f"Slack: taking up {channel}/"
        return [message.removeprefix(start).split()[0] for message in self.log_messages() if message.startswith(start)]

    def wait_for_log(self, start: str, timeout: float = 60) -> str:
        """The first log message that starts with `start`, waiting for it up to `timeout` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.log_messages():
                if message.startswith(start):
                    return message
            time.sleep(0.05)
        raise AssertionError(f"no log message starting {start!r} within {timeout} s:\n{self.server.logs()[-5000:]}")


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def _slack_server(start_server, fake_slack: FakeSlack, **env: str) -> SlackService:
    server = start_server(
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        RAADGIVER_SLACK_API_URL=fake_slack.api_url,
        **env,
    )
    return SlackService(server, SlackSender(server.url + EVENTS_PATH))


# The seed corpus ships contact.example.yaml; pointing RAADGIVER_CONTACT_FILE at it configures the region's
# contact as a deployment's contact.yaml would (tests/bot/test_next_steps.py).
CONTACT_FILE = "contact.example.yaml"


@pytest.fixture(scope="session")
def slack_service(start_server, fake_slack) -> SlackService:
    """The bot answering with the service's own engine, the region's contact configured."""
    return _slack_server(start_server, fake_slack, RAADGIVER_CONTACT_FILE=CONTACT_FILE)


@pytest.fixture(scope="session")
def slack_over_http_service(start_server, fake_slack, slack_service) -> SlackService:
    """The bot asking another raadgiver service's API (RAADGIVER_SLACK_ENGINE_URL)."""
    return _slack_server(start_server, fake_slack, RAADGIVER_SLACK_ENGINE_URL=slack_service.server.url)


@pytest.fixture(scope="session")
def unreachable_engine_service(start_server, fake_slack) -> SlackService:
    """The bot asking a raadgiver API on a port where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    return _slack_server(start_server, fake_slack, RAADGIVER_SLACK_ENGINE_URL=f"http://127.0.0.1:{closed_port}")
