"""HTTP mode: Slack's events, slash commands and button clicks arrive at POST /slack/events of the API.

The endpoint is open to the internet, so a request is checked before bolt sees it: its size (413), its Slack
signature (401), then whether bolt can parse it (400). Each refusal is one WARNING line, never a traceback."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk.signature import SignatureVerifier
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings
from app.core.problem_details import problem
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from app.database.seen_events import SeenEvents
from bot.app import build_slack_app
from bot.asker import build_asker

if TYPE_CHECKING:
    from app.engine import Engine

EVENTS_PATH = "/slack/events"
MAX_REQUEST_AGE_SECONDS = 5 * 60  # SignatureVerifier's window; checked here too, to say why a request is refused
SIGNED_BY_SLACK = "only requests Slack signed with this app's Signing Secret (SLACK_SIGNING_SECRET) are accepted"

log = logging.getLogger(__name__)


def mount_slack(
    app: FastAPI, settings: Settings, get_engine: Callable[[], Engine], feedback_store: FeedbackStore,
    question_log: QuestionLog, seen_events: SeenEvents,
) -> None:
    """Add POST /slack/events (events, interactivity and the slash command share it) to the API.

    `seen_events` lives in the service's database (RAADGIVER_DATABASE_URL), shared by every worker, so a
    message is answered once whichever worker its deliveries reach."""
    if not settings.slack_signing_secret.get_secret_value():
        raise ValueError(
            "SLACK_SIGNING_SECRET is empty: set it to the app's Signing Secret, found at api.slack.com/apps "
            "→ your app → Basic Information → App Credentials (see docs/slack.md)."
        )
    slack_app = build_slack_app(settings, build_asker(settings, get_engine), feedback_store, question_log, seen_events)
    verifier = SignatureVerifier(settings.slack_signing_secret.get_secret_value())
    body_limit = settings.slack_max_body_bytes

    @app.post(EVENTS_PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        raw_body = await read_body(request, body_limit)
        if raw_body is None:
            return refuse(
                413,
                f"the body is larger than the limit of {body_limit} bytes (RAADGIVER_SLACK_MAX_BODY_BYTES); "
                "Slack's own requests are a few KB",
            )
        try:
            text = raw_body.decode("utf-8")
        except UnicodeDecodeError:  # Slack signs and sends UTF-8 text; anything else cannot even be verified
            return refuse(400, "the body is not UTF-8 text, so it is not a Slack request")
        if (unsigned_reason := why_unsigned(verifier, text, request.headers)) and not is_ssl_check(text):
            return refuse(401, f"{unsigned_reason}: {SIGNED_BY_SLACK}")

        # The API's request id (RequestContextMiddleware) becomes the bot's, so the error id a user
        # quotes finds both the access log line and the bot's own log lines.
        context = {"request_id": getattr(request.state, "request_id", None)}
        try:
            bolt_request = to_bolt_request(request, raw_body, context)  # where bolt parses the body
        except (ValueError, AttributeError, TypeError) as error:
            # ValueError: broken JSON; the others: JSON that is not an object (bolt expects a dict).
            reason = str(error) if isinstance(error, ValueError) else "JSON, but not an object"
            return refuse(
                400,
                f"the body is not a Slack request ({reason}): Slack sends a JSON object (events), or a "
                "url-encoded form (slash commands; button clicks as a JSON `payload` field)",
            )
        # What bolt's FastAPI SlackRequestHandler does, except that App.dispatch (blocking: signature
        # check, auth.test on the first event, waiting for ack) runs in a worker thread instead of
        # holding up the event loop and every other API request with it.
        bolt_response = await run_in_threadpool(slack_app.dispatch, bolt_request)
        return to_starlette_response(bolt_response)


async def read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is over `limit` bytes: refused by its Content-Length when it declares one,
    else reading stops at the limit, so a huge (or endless, chunked) body is never held in memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def why_unsigned(verifier: SignatureVerifier, body: str, headers: Mapping[str, str]) -> str | None:
    """Why the request does not carry a valid Slack signature, or None when it does."""
    timestamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if not timestamp or not signature:
        return "the X-Slack-Signature or X-Slack-Request-Timestamp header is missing"
    # A replayed request carries an old but valid signature; the age check is what refuses it.
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_REQUEST_AGE_SECONDS:
        return (
            f"X-Slack-Request-Timestamp {timestamp[:20]!r} is not within {MAX_REQUEST_AGE_SECONDS // 60} minutes "
            "of this server's clock (a replayed request, or a clock that is off)"
        )
    if not verifier.is_valid(body=body, timestamp=timestamp, signature=signature):
        return "the X-Slack-Signature does not match the body"
    return None


def is_ssl_check(body: str) -> bool:
    """Slack's certificate probe of a slash command URL, `ssl_check=1&token=…`, comes unsigned; bolt answers it
    200 before its own signature check. Nothing else may be in the form, so no event rides along unsigned."""
    form = parse_qs(body, keep_blank_values=True)
    return form.get("ssl_check") == ["1"] and set(form) <= {"ssl_check", "token"}


def refuse(status: int, detail: str) -> Response:
    # One line, no traceback: anyone on the internet can send these, so they are not the service's errors.
    log.warning("refused POST %s with %d: %s", EVENTS_PATH, status, detail)
    return problem(status, detail)
