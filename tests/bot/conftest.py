"""The bot as it runs: a FastAPI service under uvicorn with the Slack routes mounted (mount_slack), the real
engine over the ingested seed corpus, the real feedback store, and a fake Slack Web API on loopback."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import uvicorn
from fastapi import FastAPI

from app.core.config import Settings
from app.storage.db import open_database
from app.storage.feedback import FeedbackStore
from bot.http import EVENTS_PATH, mount_slack
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender


@dataclass
class SlackService:
    url: str
    settings: Settings
    feedback: FeedbackStore
    slack: SlackSender


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(app: FastAPI) -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _service(settings: Settings, get_engine) -> Iterator[SlackService]:
    app = FastAPI()
    feedback = FeedbackStore(open_database(settings.sqlalchemy_url))
    mount_slack(app, settings, get_engine, feedback)
    for url in _serve(app):
        yield SlackService(url, settings, feedback, SlackSender(url + EVENTS_PATH))


def _slack_settings(base: Settings, fake: FakeSlack, tmp_path_factory, **overrides) -> Settings:
    database = tmp_path_factory.mktemp("slack-db") / "raadgiver.sqlite3"
    return base.model_copy(
        update={
            "slack_signing_secret": SIGNING_SECRET,
            "slack_bot_token": BOT_TOKEN,
            "slack_api_url": fake.api_url,
            "database_url": f"sqlite:///{database}",
            **overrides,
        }
    )


@pytest.fixture(scope="session")
def slack_service(seed_settings, seed_engine, fake_slack, tmp_path_factory) -> Iterator[SlackService]:
    """The bot answering with the in-process engine over the seed corpus."""
    settings = _slack_settings(seed_settings, fake_slack, tmp_path_factory)
    yield from _service(settings, lambda: seed_engine)


@pytest.fixture(scope="session")
def unreachable_engine_service(seed_settings, fake_slack, tmp_path_factory) -> Iterator[SlackService]:
    """The bot configured to ask a raadgiver API on a port where nothing listens."""
    settings = _slack_settings(
        seed_settings, fake_slack, tmp_path_factory, slack_engine_url=f"http://127.0.0.1:{_free_port()}"
    )

    def no_engine():
        raise AssertionError("with RAADGIVER_SLACK_ENGINE_URL set the bot must not use the in-process engine")

    yield from _service(settings, no_engine)

