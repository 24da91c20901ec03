"""The bolt App: Slack credentials from Settings, a Web API client (Slack's or RAADGIVER_SLACK_API_URL),
and the bot's listeners."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient

from app.core.config import Settings
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from app.database.seen_events import SeenEvents
from bot.asker import Asker
from bot.handlers import SlackHandlers

# Bolt runs the slash command's and the buttons' acknowledgements in the same thread pool as the
# (slow) lazy answers; enough threads keep those acknowledgements inside Slack's 3 seconds.
LISTENER_THREADS = 16


def build_slack_app(
    settings: Settings, asker: Asker, feedback_store: FeedbackStore, question_log: QuestionLog, seen_events: SeenEvents
) -> App:
    if not settings.slack_bot_token.get_secret_value():
        raise ValueError(
            "SLACK_BOT_TOKEN is empty: set it to the app's Bot User OAuth Token (xoxb-…), found at "
            "api.slack.com/apps → your app → OAuth & Permissions (see docs/slack.md)."
        )
    # Our own client, for RAADGIVER_SLACK_API_URL. With SLACK_BOT_TOKEN in the environment bolt also finds
    # the token there and logs "As you gave `client` as well, `token` will be unused": harmless, the
    # client carries that same token.
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), base_url=settings.slack_api_url or WebClient.BASE_URL)
    app = App(
        name="raadgiver",
        signing_secret=settings.slack_signing_secret.get_secret_value(),
        client=client,
        # auth.test runs on the first event instead of at start-up, so the service starts even while
        # Slack is unreachable; bolt caches the bot's user id from it.
        token_verification_enabled=False,
        # Acknowledge first, answer afterwards in lazy listeners (process_before_response=True is for
        # FaaS, where nothing may run after the HTTP response).
        process_before_response=False,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="slack"),
    )
    SlackHandlers(asker, feedback_store, question_log, seen_events).register(app, settings.slack_command)
    return app
