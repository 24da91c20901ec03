"""Socket Mode: the bot opens a websocket to Slack instead of receiving HTTP requests, so it needs no
public URL (a laptop, or a server behind a firewall). Runs until interrupted."""
from __future__ import annotations

from slack_bolt.adapter.socket_mode import SocketModeHandler

from app.core.config import Settings
from app.storage.db import open_database
from app.storage.feedback import FeedbackStore
from bot.app import build_slack_app
from bot.asker import build_asker


def run_socket_mode(settings: Settings) -> None:
    if not settings.slack_app_token:
        raise ValueError(
            "SLACK_APP_TOKEN is empty: Socket Mode needs an app-level token (xapp-…) with the "
            "connections:write scope, made at api.slack.com/apps → your app → Basic Information → "
            "App-Level Tokens (see docs/slack.md)."
        )
    engine = None
    if not settings.slack_engine_url:
        from app.engine import Engine  # loads Chroma and the embedding model: only when answering here

        engine = Engine(settings)  # at start-up, so a missing index is reported now, not at the first question
    asker = build_asker(settings, lambda: engine)
    feedback_store = FeedbackStore(open_database(settings.sqlalchemy_url))
    slack_app = build_slack_app(settings, asker, feedback_store)
    SocketModeHandler(slack_app, settings.slack_app_token).start()
