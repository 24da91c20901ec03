"""Socket Mode: the bot opens a websocket to Slack instead of receiving HTTP requests, so it needs no
public URL (a laptop, or a server behind a firewall). Runs until interrupted."""
from __future__ import annotations

from slack_bolt.adapter.socket_mode import SocketModeHandler

from app.core.config import Settings
from app.core.log_setup import configure_logging
from app.database.db import open_database
from app.database.feedback import FeedbackStore
from app.database.question_log import question_log_of
from app.database.seen_events import SeenEvents
from bot.app import build_slack_app
from bot.asker import build_asker


def run_socket_mode(settings: Settings) -> None:
    if not settings.slack_app_token.get_secret_value():
        raise ValueError(
            "SLACK_APP_TOKEN is empty: Socket Mode needs an app-level token (xapp-…) with the "
            "connections:write scope, made at api.slack.com/apps → your app → Basic Information → "
            "App-Level Tokens (see docs/slack.md)."
        )
    configure_logging()  # the service's JSON log lines on stderr, with the request ids of errors
    engine = None
    asker = build_asker(settings, lambda: engine)
    # Built before the engine so that a missing SLACK_BOT_TOKEN is reported at once.
    db = open_database(settings.sqlalchemy_url)
    slack_app = build_slack_app(settings, asker, FeedbackStore(db), question_log_of(settings, db), SeenEvents(db))
    if not settings.slack_engine_url:
        from app.engine import Engine  # loads Chroma and the embedding model: only when answering here

        engine = Engine(settings)  # now, so a missing index is reported at start-up, not at the first question
    SocketModeHandler(slack_app, settings.slack_app_token.get_secret_value()).start()
