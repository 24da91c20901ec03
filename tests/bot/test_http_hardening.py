"""POST /slack/events is open to the internet: a body that is too large, unsigned or malformed gets a 4xx
problem (413, 401, 400) and at most one WARNING line, never a 500 with an ERROR traceback.

The real API (create_app with the Slack credentials) runs in this process through FastAPI's TestClient; its
start-up (the engine) is not run: none of these requests reaches a listener."""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import time

import pytest
from fastapi.testclient import TestClient
from slack_sdk.signature import SignatureVerifier

from app.api.main import create_app
from bot.http import EVENTS_PATH
from tests.app.api.helpers import assert_problem
from tests.bot.slack_requests import BOT_TOKEN, SIGNING_SECRET
from tests.conftest import make_settings

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MAX_BODY_BYTES = 64 * 1024  # below the default, so the "too large" bodies stay quick to build and sign


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    root = tmp_path_factory.mktemp("slack-hardening")
    settings = make_settings(
        root,
        slack_signing_secret=SIGNING_SECRET,
        slack_bot_token=BOT_TOKEN,
        slack_api_url="http://127.0.0.1:9/api/",  # never called: no request here gets past the checks
        slack_max_body_bytes=MAX_BODY_BYTES,
    )
    settings.data_dir.mkdir(parents=True)
    return TestClient(create_app(settings))


def signed_headers(
    body: bytes, content_type: str = JSON, *, secret: str = SIGNING_SECRET, age_seconds: int = 0
) -> dict[str, str]:
    timestamp = str(int(time.time()) - age_seconds)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body),
    }


def post_signed(client: TestClient, body: bytes, content_type: str = JSON, **signing):
    return client.post(EVENTS_PATH, content=body, headers=signed_headers(body, content_type, **signing))


def assert_no_traceback(caplog) -> None:
    # Not asyncio's note that a task of an earlier test's event loop (a browser test's) was garbage-collected here.
    assert not [r for r in caplog.records if (r.levelno >= logging.ERROR or r.exc_info)
                and not (r.name == "asyncio" and r.getMessage().startswith("Task was destroyed but it is pending"))], \
        caplog.text


URL_VERIFICATION = json.dumps({"token": "legacy", "challenge": "the-challenge", "type": "url_verification"}).encode()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", JSON),
        (b"xxxx", JSON),
        (b"payload=%7Bnot", FORM),
        (b"[1, 2]", JSON),  # JSON, but not an object
    ],
    ids=["broken-json", "not-json", "form-payload-not-json", "json-array"],
)
def test_a_signed_body_slack_would_never_send_is_400_with_one_warning(client, caplog, body, content_type):
    caplog.set_level(logging.INFO)

    response = post_signed(client, body, content_type)

    assert_problem(response, 400, "Slack")
    assert_no_traceback(caplog)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "bot.http"]
    assert len(warnings) == 1, caplog.text


def test_a_body_that_is_not_utf8_is_400(client, caplog):
    response = client.post(EVENTS_PATH, content=b'{"type": "\xff"}', headers={"Content-Type": JSON})

    assert_problem(response, 400, "UTF-8")
    assert_no_traceback(caplog)


NOW = "now"  # the time the request is sent, not the time the tests were collected (minutes earlier in a full run)


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({}, "header is missing"),
        (
            {"X-Slack-Request-Timestamp": NOW, "X-Slack-Signature": "v0=not-a-signature"},
            "X-Slack-Signature does not match",
        ),
        ({"X-Slack-Request-Timestamp": "yesterday", "X-Slack-Signature": "v0=1"}, "X-Slack-Request-Timestamp"),
    ],
    ids=["unsigned", "bad-signature", "timestamp-not-a-number"],
)
def test_an_unsigned_request_is_401_before_its_body_is_parsed(client, caplog, headers, named):
    headers = {name: str(int(time.time())) if value == NOW else value for name, value in headers.items()}
    response = client.post(EVENTS_PATH, content=b"{not json", headers={"Content-Type": JSON, **headers})

    assert_problem(response, 401, named, "SLACK_SIGNING_SECRET")
    assert_no_traceback(caplog)


def test_slacks_unsigned_ssl_check_is_answered_but_nothing_rides_along_with_it(client):
    # Slack probes a slash command URL's certificate with an unsigned `ssl_check=1&token=…` form.
    ssl_check = client.post(EVENTS_PATH, content=b"ssl_check=1&token=legacy", headers={"Content-Type": FORM})
    assert ssl_check.status_code == 200, ssl_check.text

    smuggled = b"ssl_check=1&command=%2Fraadgiver&text=hej"
    assert_problem(client.post(EVENTS_PATH, content=smuggled, headers={"Content-Type": FORM}), 401, "X-Slack-Signature")


def test_a_request_signed_with_another_secret_is_401(client, caplog):
    response = post_signed(client, URL_VERIFICATION, secret="someone-elses-secret")

    assert_problem(response, 401, "X-Slack-Signature does not match", "SLACK_SIGNING_SECRET")
    assert_no_traceback(caplog)


def test_a_replayed_request_with_a_stale_timestamp_is_401(client, caplog):
    response = post_signed(client, URL_VERIFICATION, age_seconds=10 * 60)

    assert_problem(response, 401, "X-Slack-Request-Timestamp", "not within 5 minutes")
    assert_no_traceback(caplog)


def test_a_signed_body_over_the_limit_is_413_naming_the_limit_and_the_setting(client, caplog):
    body = b"payload=" + b"x" * (2 * 1024 * 1024)

    response = post_signed(client, body, FORM)

    assert_problem(response, 413, str(MAX_BODY_BYTES), "RAADGIVER_SLACK_MAX_BODY_BYTES")
    assert_no_traceback(caplog)


def test_a_streamed_body_without_content_length_is_not_read_past_the_limit(client, caplog):
    # TestClient reads a request body whole before the app sees it, so this drives the same app as an ASGI
    # server would: chunk by chunk, with no Content-Length to refuse the body by.
    chunk = b"x" * 4096
    chunks_read = 0
    sent: list[dict] = []

    async def receive() -> dict:
        nonlocal chunks_read
        chunks_read += 1
        return {"type": "http.request", "body": chunk, "more_body": chunks_read < 1000}

    async def send(message: dict) -> None:
        sent.append(message)

    headers = signed_headers(b"", JSON)
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": EVENTS_PATH, "raw_path": EVENTS_PATH.encode(), "root_path": "", "query_string": b"",
        "headers": [(name.lower().encode(), value.encode()) for name, value in headers.items()],
        "client": ("127.0.0.1", 50000), "server": ("testserver", 80),
    }
    # In a thread of its own: a browser test earlier in the session may leave an event loop on this one.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, client.app(scope, receive, send)).result(timeout=60)

    assert sent[0]["status"] == 413
    assert "RAADGIVER_SLACK_MAX_BODY_BYTES" in json.loads(sent[1]["body"])["detail"]
    assert chunks_read <= MAX_BODY_BYTES // len(chunk) + 1  # stopped at the limit, not at the 1000th chunk
    assert_no_traceback(caplog)


def test_a_signed_url_verification_still_gets_its_challenge_back(client):
    response = post_signed(client, URL_VERIFICATION)

    assert response.status_code == 200, response.text
    assert response.json() == {"challenge": "the-challenge"}
