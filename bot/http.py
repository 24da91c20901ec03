"""HTTP mode: Slack's events, slash commands and button clicks arrive at POST /slack/events of the API."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings
from app.storage.feedback import FeedbackStore
from bot.app import build_slack_app
from bot.asker import build_asker

if TYPE_CHECKING:
    from app.engine import Engine

EVENTS_PATH = "/slack/events"


def mount_slack(
    app: FastAPI, settings: Settings, get_engine: Callable[[], Engine], feedback_store: FeedbackStore
) -> None:
    """Add POST /slack/events (events, interactivity and the slash command share it) to the API."""
    if not settings.slack_signing_secret:
        raise ValueError(
            "SLACK_SIGNING_SECRET is empty: set it to the app's Signing Secret, found at api.slack.com/apps "
            "→ your app → Basic Information → App Credentials (see docs/slack.md)."
        )
    slack_app = build_slack_app(settings, build_asker(settings, get_engine), feedback_store)

    @app.post(EVENTS_PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        # What bolt's FastAPI SlackRequestHandler does, except that App.dispatch (blocking: signature
        # check, auth.test on the first event, waiting for ack) runs in a worker thread instead of
        # holding up the event loop and every other API request with it.
        body = await request.body()
        # The API's request id (RequestContextMiddleware) becomes the bot's, so the error id a user
        # quotes finds both the access log line and the bot's own log lines.
        context = {"request_id": getattr(request.state, "request_id", None)}
        bolt_response = await run_in_threadpool(slack_app.dispatch, to_bolt_request(request, body, context))
        return to_starlette_response(bolt_response)
