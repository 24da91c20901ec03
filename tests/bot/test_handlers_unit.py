"""What the bot takes from Slack's events (bot/handlers.py), decided from the payloads alone: which messages
are questions and what text is asked, which deliveries are answered and which ignored (retries, duplicates,
other bots, channel talk), and what of a thread it remembers when a follow-up comes."""
from __future__ import annotations

import json
from typing import Any

import pytest
from slack_bolt import BoltContext, BoltRequest, BoltResponse

from app.core.answer_types import Turn
from app.database.db import open_database
from app.database.seen_events import SeenEvents
from bot.blocks import answer_metadata
from bot.handlers import SlackHandlers, question_in_event, question_text, thread_history

BOT = "U0RAADGIVER"
BOT_ID = "B0RAADGIVER"
TEAM = "T0REGION"
ANNE = "U0ANNE"
TS = "1700000100.000100"
THREAD = "1700000050.000100"
QUESTION = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def event_body(**event: Any) -> dict[str, Any]:
    """An Events API payload carrying a user's message; `event` overrides its fields (None removes one)."""
    message = {"type": "message", "user": ANNE, "text": QUESTION, "ts": TS, "channel": "C0GENERAL", **event}
    return {
        "type": "event_callback",
        "team_id": TEAM,
        "event_id": "Ev0001",
        "event": {key: value for key, value in message.items() if value is not None},
    }


# Which messages are questions, and what is asked.


def test_a_mention_in_a_channel_is_a_question_without_the_mention_answered_under_it():
    body = event_body(type="app_mention", text=f"<@{BOT}> {QUESTION}")

    question = question_in_event(body, BOT)

    assert question.text == QUESTION
    assert (question.team, question.channel, question.reply_thread) == (TEAM, "C0GENERAL", TS)
    assert not question.follow_up_only


def test_a_mention_inside_a_thread_is_answered_in_that_thread():
    question = question_in_event(event_body(type="app_mention", text=f"<@{BOT}> {QUESTION}", thread_ts=THREAD), BOT)

    assert question.reply_thread == THREAD and not question.follow_up_only


@pytest.mark.parametrize("thread_ts", [None, THREAD], ids=["top-level", "in-a-thread"])
@pytest.mark.parametrize("text", [QUESTION, f"<@{BOT}> {QUESTION}"], ids=["plain", "with-mention"])
def test_a_direct_message_is_always_a_question(thread_ts, text):
    question = question_in_event(event_body(channel="D0ANNE", channel_type="im", text=text, thread_ts=thread_ts), BOT)

    assert question.text == QUESTION
    assert question.reply_thread == (thread_ts or TS)
    assert not question.follow_up_only


def test_a_plain_reply_in_a_thread_is_answered_only_if_the_bot_is_in_that_thread():
    question = question_in_event(event_body(channel_type="channel", text="Og i 2008?", thread_ts=THREAD), BOT)

    assert (question.text, question.reply_thread) == ("Og i 2008?", THREAD)
    assert question.follow_up_only


@pytest.mark.parametrize("thread_ts", [None, THREAD], ids=["top-level", "in-a-thread"])
def test_a_channel_message_with_a_mention_is_left_to_its_app_mention_event(thread_ts):
    body = event_body(channel_type="channel", text=f"<@{BOT}> {QUESTION}", thread_ts=thread_ts)

    assert question_in_event(body, BOT) is None


def test_ordinary_channel_talk_is_no_question():
    assert question_in_event(event_body(channel_type="channel", text=QUESTION), BOT) is None


@pytest.mark.parametrize(
    "event",
    [
        {"subtype": "message_changed", "channel_type": "im"},  # an edit
        {"subtype": "message_deleted", "channel_type": "im"},
        {"subtype": "channel_join", "type": "message", "thread_ts": THREAD},
        {"subtype": "bot_message", "bot_id": "B0OTHER", "user": None, "channel_type": "im"},
        {"bot_id": BOT_ID, "user": BOT, "channel_type": "im"},  # the bot's own placeholder, echoed back
        {"bot_id": "B0OTHER", "type": "app_mention", "text": f"<@{BOT}> {QUESTION}"},  # another app mentions it
        {"user": None, "channel_type": "im"},
        {"type": "reaction_added", "channel_type": "im"},
        {"type": "app_home_opened"},
    ],
    ids=["edit", "deletion", "join", "bot-message", "own-message", "other-app-mentions", "no-user", "reaction",
         "home-opened"],
)
def test_edits_joins_bots_and_other_events_are_never_questions(event):
    assert question_in_event(event_body(**event), BOT) is None


def test_a_payload_without_an_event_is_no_question():
    assert question_in_event({"type": "event_callback", "team_id": TEAM}, BOT) is None


def test_a_mention_without_a_question_is_still_taken_up_so_the_bot_can_say_how_to_ask():
    question = question_in_event(event_body(type="app_mention", text=f"  <@{BOT}>  "), BOT)

    assert question is not None and question.text == ""


def test_the_question_is_the_text_a_user_sees_without_slacks_markup():
    slack_text = (
        f"<@{BOT}>  Hvad står der på <https://www.rm.dk/erhverv|regionens side> og <https://example.dk>\n"
        "om udgifter &lt; 5 mio. &amp; mere &gt; 2 %? Spørg <@U0OTHER> i <#C0GENERAL|general>"
    )

    assert question_text(slack_text, BOT) == (
        "Hvad står der på regionens side og https://example.dk om udgifter < 5 mio. & mere > 2 %? "
        "Spørg @U0OTHER i general"
    )


def test_the_bots_mention_is_removed_wherever_it_stands():
    assert question_text(f"Hvor mange møder<@{BOT}>har rådgiveren haft? <@{BOT}>", BOT) == (
        "Hvor mange møder har rådgiveren haft?"
    )


def test_a_slash_commands_text_is_unescaped_too():
    assert question_text("  Udgifter &lt; 5 mio.  ", None) == "Udgifter < 5 mio."


# Each message is answered once (the store itself, over SQLite and PostgreSQL: tests/bot/test_seen_events.py).


class Delivery:
    """Runs the bot's global middleware on one delivery, as bolt does before any listener."""

    def __init__(self) -> None:
        # The middleware asks nothing; it records the messages it takes up in the (here in-memory) database.
        seen = SeenEvents(open_database("sqlite://"))
        self.handlers = SlackHandlers(asker=None, feedback_store=None, question_log=None, seen_events=seen)

    def __call__(self, body: dict[str, Any], retry: tuple[int, str] | None = None) -> tuple[BoltResponse, Any]:
        """(the response, the question passed on to the listeners or None when the delivery stops here)"""
        headers = {"X-Slack-Retry-Num": str(retry[0]), "X-Slack-Retry-Reason": retry[1]} if retry else {}
        request = BoltRequest(body=json.dumps(body), headers=headers)
        context = BoltContext({"bot_user_id": BOT, "bot_id": BOT_ID})
        passed: list[Any] = []

        def next() -> BoltResponse:
            passed.append(context.get("question"))
            return BoltResponse(status=200, body="listeners")

        response = self.handlers.keep_questions_only(body=body, context=context, request=request, next=next)
        return response, (passed[0] if passed else None)


def test_the_first_delivery_of_a_question_reaches_the_listeners():
    response, question = Delivery()(event_body(type="app_mention", text=f"<@{BOT}> {QUESTION}"))

    assert question.text == QUESTION and response.body == "listeners"


def test_a_second_delivery_of_the_same_message_is_acknowledged_and_dropped():
    deliver = Delivery()
    mention = event_body(type="app_mention", text=f"<@{BOT}> {QUESTION}")
    deliver(mention)

    again = {**mention, "event_id": "Ev0002"}  # a new event id, the same message
    for response, question in (deliver(again), deliver(mention, retry=(1, "http_error"))):
        assert question is None
        assert response.status == 200  # anything else makes Slack retry


def test_a_retry_sent_because_the_bot_acknowledged_late_is_dropped_even_when_first_seen():
    # http_timeout: the first delivery did arrive, this process is answering it (Slack's 3 s passed).
    response, question = Delivery()(event_body(type="app_mention"), retry=(1, "http_timeout"))

    assert question is None and response.status == 200


@pytest.mark.parametrize("reason", ["http_error", "connection_failed", "unknown_error"])
def test_a_retry_of_a_delivery_that_may_never_have_arrived_is_answered(reason):
    _, question = Delivery()(event_body(type="app_mention", text=f"<@{BOT}> {QUESTION}"), retry=(1, reason))

    assert question.text == QUESTION


def test_commands_and_button_clicks_pass_the_middleware_untouched():
    command = {"command": "/raadgiver", "text": QUESTION, "team_id": TEAM}
    response, question = Delivery()(command, retry=(1, "http_timeout"))

    assert response.body == "listeners" and question is None


def test_an_ignored_copy_of_a_mention_does_not_use_up_the_message():
    """A mention in a channel arrives twice, as a message event and as app_mention: ignoring the first must not
    mark the message as seen, or the second would be dropped too and the mention never answered."""
    deliver = Delivery()
    text = f"<@{BOT}> {QUESTION}"
    assert deliver(event_body(channel_type="channel", text=text))[1] is None

    assert deliver(event_body(type="app_mention", text=text))[1].text == QUESTION


# What the bot remembers of a thread: its own earlier answers, read back from Slack.


class FakeClient:
    """conversations.replies as slack_sdk's paginated response: an iterable of pages."""

    def __init__(self, *pages: list[dict[str, Any]]):
        self.pages = pages
        self.asked: list[dict[str, Any]] = []

    def conversations_replies(self, **params: Any) -> list[dict[str, Any]]:
        self.asked.append(params)
        return [{"ok": True, "messages": messages} for messages in self.pages]


def user(ts: str, text: str) -> dict[str, Any]:
    return {"type": "message", "user": ANNE, "text": text, "ts": ts}


def bot_answer(ts: str, question: str, text: str) -> dict[str, Any]:
    """One of the bot's answers as Slack lists it: text escaped for mrkdwn, the question in its metadata."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return {"type": "message", "user": BOT, "bot_id": BOT_ID, "text": escaped, "ts": ts,
            "metadata": answer_metadata(question)}


def history(client: FakeClient, before: str) -> tuple[bool, list[Turn]]:
    return thread_history(client, "C0GENERAL", "1700000001.000100", before, BOT, BOT_ID)


def test_the_bots_earlier_answers_are_the_threads_history_oldest_first_as_the_user_read_them():
    client = FakeClient(
        [
            user("1700000001.000100", f"<@{BOT}> Hvor mange forløb i 2009?"),
            bot_answer("1700000002.000100", "Hvor mange forløb i 2009?", "288 forløb & flere < 300 [1]"),
            user("1700000003.000100", "Og i 2008?"),
        ],
        [
            bot_answer("1700000004.000100", "Og i 2008?", "208 forløb [1]"),
            user("1700000005.000100", "Tak!"),
        ],
    )

    participated, turns = history(client, before="1700000006.000100")

    assert participated
    assert turns == [
        Turn(question="Hvor mange forløb i 2009?", answer="288 forløb & flere < 300 [1]"),
        Turn(question="Og i 2008?", answer="208 forløb [1]"),
    ]
    [asked] = client.asked
    assert asked["include_all_metadata"] in (True, 1, "1", "true")  # else Slack leaves the questions out


def test_the_message_being_answered_and_anything_after_it_are_not_history():
    client = FakeClient(
        [
            bot_answer("1700000002.000099", "Første", "svar 1"),
            bot_answer("1700000002.000100", "Anden", "svar 2"),  # the same second, one microsecond later
            bot_answer("1700000003.000000", "Tredje", "svar 3"),
        ]
    )

    assert history(client, before="1700000002.000100") == (True, [Turn(question="Første", answer="svar 1")])
    assert history(client, before="1700000002.000099") == (False, [])


def test_a_thread_where_the_bot_only_apologised_is_one_it_takes_part_in():
    apology = {"type": "message", "user": BOT, "bot_id": BOT_ID, "text": "Beklager, noget gik galt",
               "ts": "1700000002.000100"}

    assert history(FakeClient([user("1700000001.000100", "?"), apology]), before="1700000003.000100") == (True, [])


def test_the_bot_is_recognised_by_its_bot_id_too():
    message = {"type": "message", "bot_id": BOT_ID, "text": "svar", "ts": "1700000002.000100",
               "metadata": answer_metadata("Spørgsmål")}

    assert history(FakeClient([message]), before="1700000003.000100") == (
        True, [Turn(question="Spørgsmål", answer="svar")]
    )


def test_people_and_other_apps_in_a_thread_are_not_the_bot():
    other_app = {"type": "message", "user": "U0OTHERBOT", "bot_id": "B0OTHER", "text": "svar",
                 "ts": "1700000002.000100", "metadata": answer_metadata("Spørgsmål")}

    assert history(FakeClient([user("1700000001.000100", "Frokost?"), other_app]), before="1700000003.000100") == (
        False, []
    )
