"""The bot's listeners: mentions, direct messages, thread follow-ups, the slash command and the buttons.

Every listener acknowledges Slack at once and does its work in a bolt lazy listener (a thread of bolt's
executor): Slack wants its HTTP 200 within 3 seconds and an answer can take longer. A global middleware
decides, before any listener runs, which events are questions for the bot, so that retries, edits, bot
messages and the double delivery of a mention (app_mention + message) never give a second answer: a message
is taken up once in the database (app/database/seen_events.py), so also when a retry reaches another worker
or arrives after a restart."""
from __future__ import annotations

import html
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltRequest, BoltResponse, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from app.core.answer_types import Answer, Turn
from app.database.errors import StorageUnavailable
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from app.database.seen_events import SeenEvents
from bot import blocks
from bot.asker import Asker

log = logging.getLogger(__name__)

# Slack's reasons for a retry when the first delivery did reach us; anything else (http_error,
# connection_failed, ...) may mean it never did, so such a retry is answered unless already seen.
RETRY_REASONS_ALREADY_RECEIVED = {"http_timeout"}
UNREACHABLE_CHANNEL_ERRORS = {"not_in_channel", "channel_not_found", "is_archived"}


@dataclass
class SlackMessage:
    """A user's message that the bot should answer."""

    team: str
    channel: str
    ts: str
    thread_ts: str | None  # the thread it was written in, None for a top-level message
    text: str
    follow_up_only: bool  # a plain thread message: answer only if the bot already answered in that thread

    @property
    def reply_thread(self) -> str:
        return self.thread_ts or self.ts

    @property
    def key(self) -> str:
        """What makes it one message, whichever event and delivery carries it."""
        return f"{self.team}/{self.channel}/{self.ts}"


def question_text(slack_text: str, bot_user_id: str | None) -> str:
    """The question as the user wrote it: without the bot's mention, links and entities made plain."""
    if bot_user_id:
        slack_text = slack_text.replace(f"<@{bot_user_id}>", " ")
    slack_text = re.sub(r"<([^<>|]+)\|([^<>]+)>", r"\2", slack_text)  # <url|label> -> label
    slack_text = re.sub(r"<([^<>]+)>", r"\1", slack_text)
    return " ".join(html.unescape(slack_text).split())


def question_in_event(body: dict[str, Any], bot_user_id: str | None) -> SlackMessage | None:
    """The question an Events API payload carries, or None when the bot should stay quiet."""
    event = body.get("event") or {}
    kind = event.get("type")
    if kind not in ("app_mention", "message"):
        return None
    # Edits, deletions, joins and every bot's messages (our own placeholders and answers included).
    if event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return None
    text = event.get("text") or ""
    thread_ts = event.get("thread_ts")
    direct = event.get("channel_type") == "im"
    if kind == "message" and not direct:
        if bot_user_id and f"<@{bot_user_id}>" in text:
            return None  # the app_mention event for the same message answers it
        if not thread_ts:
            return None  # ordinary channel talk
    return SlackMessage(
        team=body.get("team_id", ""),
        channel=event["channel"],
        ts=event["ts"],
        thread_ts=thread_ts,
        text=question_text(text, bot_user_id),
        follow_up_only=kind == "message" and not direct,
    )


def thread_history(
    client: WebClient, channel: str, thread_ts: str, before_ts: str, bot_user_id: str | None, bot_id: str | None
) -> tuple[bool, list[Turn]]:
    """Whether the bot has written in the thread, and its earlier answers as turns (oldest first).

    Read from Slack rather than kept in memory, so any worker can continue any thread. Each answer
    carries its question in the message metadata (blocks.answer_metadata)."""
    participated = False
    turns: list[Turn] = []
    pages = client.conversations_replies(channel=channel, ts=thread_ts, include_all_metadata=True, limit=200)
    for page in pages:
        for message in page.get("messages", []):
            if _ts_key(message["ts"]) >= _ts_key(before_ts):
                continue
            if not (message.get("user") == bot_user_id or (bot_id and message.get("bot_id") == bot_id)):
                continue
            participated = True
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == blocks.ANSWER_EVENT_TYPE:
                question = metadata.get("event_payload", {}).get("question", "")
                turns.append(Turn(question=question, answer=html.unescape(message.get("text", ""))))
    return participated, turns


def _ts_key(ts: str) -> tuple[int, int]:
    # Slack timestamps are "seconds.micros" strings; floats would lose the micros.
    seconds, _, micros = ts.partition(".")
    return int(seconds), int(micros or 0)


class _RequestLog(logging.LoggerAdapter):
    """Tags each line with the request id: in its text, and as the `request_id` field of the JSON logs."""

    def process(self, msg: Any, kwargs: Any) -> tuple[Any, Any]:
        request_id = self.extra["request_id"]
        kwargs["extra"] = {**kwargs.get("extra", {}), "request_id": request_id}
        return f"{msg} (request id {request_id})", kwargs


def _log(request_id: str) -> logging.LoggerAdapter:
    return _RequestLog(log, {"request_id": request_id})


def _request_id(context: BoltContext) -> str:
    """The HTTP request's id when the API assigned one (it is in the access log and the X-Request-ID
    header), otherwise a new one; the logs and the user's apology both show it."""
    return context.get("request_id") or uuid.uuid4().hex[:12]


def _acknowledge(ack: Ack) -> None:
    ack()


class SlackHandlers:
    def __init__(self, asker: Asker, feedback_store: FeedbackStore, question_log: QuestionLog, seen_events: SeenEvents):
        self._asker = asker
        self._feedback = feedback_store
        self._questions = question_log
        self._seen = seen_events
        self._command = "/raadgiver"  # named in an abstention's usage hint; register() sets the configured one

    def register(self, app: App, command: str) -> None:
        self._command = command
        app.use(self.keep_questions_only)
        app.event("app_mention")(ack=_acknowledge, lazy=[self.answer_event])
        app.event("message")(ack=_acknowledge, lazy=[self.answer_event])
        app.command(command)(ack=self.acknowledge_command, lazy=[self.answer_command])
        app.action(blocks.SHARE_ACTION)(ack=_acknowledge, lazy=[self.share_answer])
        app.action(re.compile("^(" + "|".join(blocks.FEEDBACK_ACTIONS) + ")$"))(
            ack=_acknowledge, lazy=[self.record_feedback]
        )

    # Events: mentions, direct messages, thread follow-ups.

    def keep_questions_only(
        self, body: dict[str, Any], context: BoltContext, request: BoltRequest, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        """Global middleware: lets an event through only if it is a new question for the bot."""
        if body.get("type") != "event_callback":
            return next()
        retry_reason = (request.headers.get("x-slack-retry-reason") or [""])[0]
        if retry_reason in RETRY_REASONS_ALREADY_RECEIVED:
            return BoltResponse(status=200, body="")
        question = question_in_event(body, context.bot_user_id)
        if question is None:
            return BoltResponse(status=200, body="")
        request_id = _request_id(context)
        if not self._first_sighting(question, request_id):
            return BoltResponse(status=200, body="")
        context["question"] = question
        # One line per message taken up, logged before Slack gets its 200: every later line about the
        # message (answered, not answered, failed) carries the same request id, also in Socket Mode.
        context["request_id"] = request_id
        _log(request_id).info("Slack: taking up %s/%s", question.channel, question.ts)
        return next()

    def _first_sighting(self, question: SlackMessage, request_id: str) -> bool:
        """Whether no delivery of this message was taken up before, by any worker. A database that fails
        cannot say: the message is answered then, as a second answer is better than none."""
        try:
            return self._seen.first_sighting(question.key)
        except StorageUnavailable as error:
            _log(request_id).warning(
                "Slack: cannot check whether %s/%s was answered already (%s); answering it", question.channel,
                question.ts, error,
            )
            return True

    def answer_event(self, context: BoltContext, client: WebClient) -> None:
        question: SlackMessage = context["question"]
        request_id = _request_id(context)
        try:
            history: list[Turn] = []
            if question.thread_ts:
                try:
                    participated, history = thread_history(
                        client, question.channel, question.thread_ts, question.ts, context.bot_user_id, context.bot_id
                    )
                except SlackApiError as error:
                    # Typically missing_scope: the app was installed without the *:history scopes of
                    # slack-app-manifest.yaml. A mention is still answered, without the thread's context.
                    _log(request_id).warning(
                        "Slack: cannot read thread %s/%s (%s)", question.channel, question.thread_ts,
                        error.response.get("error"),
                    )
                    participated = False
                if question.follow_up_only and not participated:
                    # People talking in a thread the bot is not part of.
                    _log(request_id).info(
                        "Slack: not answering %s/%s: the bot has not answered in its thread",
                        question.channel, question.ts,
                    )
                    return
            if not question.text:
                client.chat_postMessage(
                    channel=question.channel, thread_ts=question.reply_thread, text=blocks.EMPTY_QUESTION
                )
                return
            self._answer_in_thread(
                client,
                request_id=request_id,
                team=question.team,
                channel=question.channel,
                thread_ts=question.reply_thread,
                question=question.text,
                history=history,
            )
        except Exception:
            _log(request_id).exception("Slack: answering %s/%s failed", question.channel, question.ts)
            _post_quietly(client, question.channel, question.reply_thread, request_id)

    def _answer_in_thread(
        self,
        client: WebClient,
        *,
        request_id: str,
        team: str,
        channel: str,
        thread_ts: str | None,
        question: str,
        history: list[Turn],
        asked_by: str | None = None,
    ) -> None:
        """Post the placeholder, ask, and put the answer (or an apology) in the placeholder's place.

        thread_ts None posts at the top of the channel; the answer then starts its own thread."""
        placeholder = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=blocks.PLACEHOLDER)
        ts = placeholder["ts"]
        conversation_id = f"slack:{team}:{channel}:{thread_ts or ts}"
        try:
            answer = self._asker.ask(question, history)
            self._log_question(question, answer, conversation_id, ts, request_id)
            client.chat_update(
                channel=channel,
                ts=ts,
                text=blocks.fallback_text(answer),
                blocks=blocks.answer_blocks(
                    answer,
                    feedback=blocks.feedback_value(conversation_id, ts),
                    asked_by=(asked_by, question) if asked_by else None,
                    command=self._command,
                ),
                metadata=blocks.answer_metadata(question),
            )
        except Exception:
            _log(request_id).exception("Slack: answering %s failed", conversation_id)
            try:
                client.chat_update(channel=channel, ts=ts, text=blocks.apology(request_id), blocks=[])
            except Exception:
                _log(request_id).exception("Slack: could not put the apology in %s", conversation_id)
            return
        _log(request_id).info("Slack: answered %s (mode %s)", conversation_id, answer.mode)

    def _log_question(self, question: str, answer: Answer, conversation_id: str, message_ts: str | None,
                      request_id: str) -> None:
        """The question log gets the question and the thread its feedback will name; never the Slack user."""
        try:
            self._questions.record(question, answer, "slack", conversation_id, message_ts)
        except Exception:  # the answer matters more than its record
            _log(request_id).exception("Slack: logging the question of %s failed", conversation_id)

    # The slash command: an answer only the asker sees, with a button to share it.

    def acknowledge_command(self, ack: Ack, command: dict[str, Any]) -> None:
        if command.get("text", "").strip():
            ack(blocks.PLACEHOLDER)
        else:
            ack(blocks.command_usage(command.get("command", "")))

    def answer_command(self, command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        question = question_text(command.get("text", ""), None)
        if not question:
            return  # the acknowledgement already explained how to ask
        request_id = _request_id(context)
        # The ephemeral answer has no message ts; the trigger id names this one exchange.
        exchange = command.get("trigger_id", request_id)
        conversation_id = f"slack:{command.get('team_id', '')}:{command.get('channel_id', '')}:{exchange}"
        try:
            answer = self._asker.ask(question, [])
            self._log_question(question, answer, conversation_id, None, request_id)
            respond(
                text=blocks.fallback_text(answer),
                blocks=blocks.answer_blocks(
                    answer,
                    feedback=blocks.feedback_value(conversation_id, None),
                    share_question=question,
                    command=self._command,
                ),
                response_type="ephemeral",
            )
        except Exception:
            _log(request_id).exception("Slack: the command failed for %s", conversation_id)
            respond(text=blocks.apology(request_id), response_type="ephemeral")

    def share_answer(
        self, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient, respond: Respond
    ) -> None:
        """Post the question's answer in the channel for everyone (the ephemeral one cannot be read back:
        Slack does not send an ephemeral message's content with its button click), then remove the
        ephemeral copy."""
        channel = body["channel"]["id"]
        request_id = _request_id(context)
        try:
            self._answer_in_thread(
                client,
                request_id=request_id,
                team=body["team"]["id"],
                channel=channel,
                thread_ts=None,
                question=action["value"],
                history=[],
                asked_by=body["user"]["id"],
            )
        except Exception as error:  # only the placeholder's post gets here: _answer_in_thread handles the rest
            if isinstance(error, SlackApiError) and error.response.get("error") in UNREACHABLE_CHANNEL_ERRORS:
                respond(text=blocks.NOT_IN_CHANNEL, response_type="ephemeral", replace_original=False)
            else:
                _log(request_id).exception("Slack: sharing in %s failed", channel)
                respond(text=blocks.apology(request_id), response_type="ephemeral", replace_original=False)
            return
        respond(delete_original=True)

    # Feedback buttons.

    def record_feedback(self, action: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        conversation_id, message_ts = blocks.parse_feedback_value(action["value"])
        rating = blocks.FEEDBACK_ACTIONS[action["action_id"]]
        request_id = _request_id(context)
        try:
            self._feedback.add(conversation_id, rating, message_id=message_ts, origin="slack")
        except Exception:
            _log(request_id).exception("Slack: storing feedback for %s failed", conversation_id)
            respond(text=blocks.apology(request_id), response_type="ephemeral", replace_original=False)
            return
        respond(text=blocks.FEEDBACK_THANKS, response_type="ephemeral", replace_original=False)


def _post_quietly(client: WebClient, channel: str, thread_ts: str, request_id: str) -> None:
    """The apology after an error; if even this fails, the log has the request id."""
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=blocks.apology(request_id))
    except Exception:
        _log(request_id).exception("Slack: could not post the apology in %s", channel)
