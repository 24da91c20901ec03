"""A bot process may ask another raadgiver service's API (RAADGIVER_SLACK_ENGINE_URL) instead of holding
the index itself; answers and thread follow-ups work the same."""
import json

from tests.bot.fake_slack import BOT_USER_ID
from tests.bot.slack_requests import block_text

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"


def first_quote(answer_text: str) -> str:
    """The first passage an extractive answer quotes (the engine puts each quote on a line of its own)."""
    return next(line for line in answer_text.splitlines() if line.startswith("“"))


def answered(message: dict) -> bool:
    return message["text"] != PLACEHOLDER


def ask_requests(service) -> int:
    """How many POST /v1/ask the service's API has answered (its JSON access log)."""
    lines = [json.loads(line) for line in service.server.logs().splitlines() if line.startswith("{")]
    return sum(1 for line in lines if line.get("path") == "/v1/ask" and line.get("method") == "POST")


def test_answers_and_follow_ups_come_from_the_remote_api(slack_over_http_service, slack_service, fake_slack):
    channel = "C0REMOTE"
    asked_before = ask_requests(slack_service)
    first = fake_slack.user_message(
        channel, f"<@{BOT_USER_ID}> Hvor mange forløb blev gennemført i de øvrige fire regioner i 2009?"
    )
    slack_over_http_service.slack.event({**first, "type": "app_mention"})
    [reply] = fake_slack.wait_for_bot_replies(channel, first["ts"], done=answered)
    assert "630" in reply["text"]
    assert "Status og evaluering" in block_text(reply["blocks"])

    follow_up = fake_slack.user_message(channel, "Og i 2008?", thread_ts=first["ts"])
    slack_over_http_service.slack.event({**follow_up, "channel_type": "channel"})

    replies = fake_slack.wait_for_bot_replies(channel, first["ts"], count=2, done=answered)
    # The answer leads with the other four regions' 2008 figure (702); asked without the thread's earlier
    # question, "Og i 2008?" leads with Region Midtjylland's (208).
    assert "702" in first_quote(replies[1]["text"])
    # One API request per question: the follow-up carried the thread's history instead of replaying it.
    assert ask_requests(slack_service) - asked_before == 2


def test_a_slack_question_is_logged_once_as_slack_by_the_bot_not_again_by_the_api_it_asks(
        slack_over_http_service, slack_service, fake_slack):
    channel = "C0LOGGED"
    question = "Hvor mange møder har internationaliseringsrådgiveren haft?"
    message = fake_slack.user_message(channel, f"<@{BOT_USER_ID}> {question}")
    slack_over_http_service.slack.event({**message, "type": "app_mention"})
    fake_slack.wait_for_bot_replies(channel, message["ts"], done=answered)

    [row] = [row for row in slack_over_http_service.questions.find(channel="slack")
             if row.conversation_id.endswith(f":{channel}:{message['ts']}")]
    assert (row.channel, row.mode, row.question) == ("slack", "answered", question)
    assert row.conversation_id.startswith("slack:") and row.message_id  # what its thumbs will name
    # The API it asked (RAADGIVER_SLACK_ENGINE_URL) logs no second copy under "api".
    assert not [r for r in slack_service.questions.find() if r.question == question and r.channel != "slack"]
