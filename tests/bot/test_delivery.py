"""Slack's delivery rules: only signed, fresh requests are accepted, and a message is answered once however
often Slack delivers it (retries, and a mention arriving both as app_mention and as message).

No test waits and hopes: the bot decides whether to take a delivery up before it acknowledges it, and logs
each message it takes up (SlackService.taken_up), so once the deliveries' responses are back and the one
answer is in, nothing else can still come."""
import json
import time

from tests.bot.fake_slack import BOT_USER_ID
from tests.bot.slack_requests import SlackSender, event_envelope

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
QUESTION = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def placeholders_in(fake_slack, channel: str) -> list:
    return [
        call
        for call in fake_slack.calls_to("chat.postMessage")
        if call.params["channel"] == channel and call.params["text"] == PLACEHOLDER
    ]


def answered(message: dict) -> bool:
    return message["text"] != PLACEHOLDER


def test_a_request_with_a_wrong_signature_is_rejected(slack_service, fake_slack):
    question = fake_slack.user_message("C0FORGED", f"<@{BOT_USER_ID}> {QUESTION}")
    forger = SlackSender(slack_service.slack.events_url, signing_secret="not-the-signing-secret")

    response, _ = forger.event({**question, "type": "app_mention"})

    assert response.status_code == 401
    assert not slack_service.taken_up("C0FORGED") and not placeholders_in(fake_slack, "C0FORGED")
    # The refused request left no trace: Slack's own delivery of the same message is answered, once.
    slack_service.slack.event({**question, "type": "app_mention"})
    fake_slack.wait_for_bot_replies("C0FORGED", question["ts"], done=answered)
    assert len(placeholders_in(fake_slack, "C0FORGED")) == 1


def test_a_request_signed_more_than_five_minutes_ago_is_rejected(slack_service, fake_slack):
    question = fake_slack.user_message("C0REPLAY", f"<@{BOT_USER_ID}> {QUESTION}")
    body = json.dumps(event_envelope({**question, "type": "app_mention"}))

    response = slack_service.slack.post(body, "application/json", timestamp=int(time.time()) - 11 * 60)

    assert response.status_code == 401
    assert not slack_service.taken_up("C0REPLAY") and not placeholders_in(fake_slack, "C0REPLAY")
    # The refused request left no trace: a fresh delivery of the same message is answered, once.
    slack_service.slack.post(body, "application/json")
    fake_slack.wait_for_bot_replies("C0REPLAY", question["ts"], done=answered)
    assert len(placeholders_in(fake_slack, "C0REPLAY")) == 1


def test_a_retried_event_is_answered_once(slack_service, fake_slack):
    question = fake_slack.user_message("C0RETRY", f"<@{BOT_USER_ID}> {QUESTION}")
    first, body = slack_service.slack.event({**question, "type": "app_mention"})
    # Slack resends the same event (same body) when it thinks the first delivery failed.
    retries = [
        slack_service.slack.post(
            body, "application/json", headers={"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": reason}
        )
        for n, reason in ((1, "http_timeout"), (2, "http_error"))
    ]

    assert [r.status_code for r in (first, *retries)] == [200, 200, 200]
    assert slack_service.taken_up("C0RETRY") == [question["ts"]]  # all three decided on: the first delivery taken up
    fake_slack.wait_for_bot_replies("C0RETRY", question["ts"], done=answered)
    assert len(placeholders_in(fake_slack, "C0RETRY")) == 1


def test_a_retry_of_a_delivery_that_never_arrived_is_answered(slack_service, fake_slack):
    question = fake_slack.user_message("C0LOST", f"<@{BOT_USER_ID}> {QUESTION}")
    body = json.dumps(event_envelope({**question, "type": "app_mention"}))

    slack_service.slack.post(
        body, "application/json", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    )

    [reply] = fake_slack.wait_for_bot_replies("C0LOST", question["ts"], done=answered)
    assert "373" in reply["text"]


def test_a_mention_delivered_as_app_mention_and_as_message_is_answered_once(slack_service, fake_slack):
    question = fake_slack.user_message("C0TWICE", f"<@{BOT_USER_ID}> {QUESTION}")
    slack_service.slack.event({**question, "channel_type": "channel"})  # message.channels
    slack_service.slack.event({**question, "type": "app_mention"})  # app_mention

    assert slack_service.taken_up("C0TWICE") == [question["ts"]]
    fake_slack.wait_for_bot_replies("C0TWICE", question["ts"], done=answered)
    assert len(placeholders_in(fake_slack, "C0TWICE")) == 1


def test_a_direct_message_delivered_twice_is_answered_once(slack_service, fake_slack):
    question = fake_slack.user_message("D0TWICE", QUESTION)
    slack_service.slack.event({**question, "channel_type": "im"})
    slack_service.slack.event({**question, "channel_type": "im"})  # a new event id, the same message

    assert slack_service.taken_up("D0TWICE") == [question["ts"]]
    fake_slack.wait_for_bot_replies("D0TWICE", question["ts"], done=answered)
    assert len(placeholders_in(fake_slack, "D0TWICE")) == 1


def test_the_bots_own_messages_never_start_an_answer(slack_service, fake_slack):
    question = fake_slack.user_message("D0SELF", QUESTION)
    slack_service.slack.event({**question, "channel_type": "im"})
    [reply] = fake_slack.wait_for_bot_replies("D0SELF", question["ts"], done=answered)

    # Slack echoes the bot's placeholder and its edit back as message events.
    slack_service.slack.event({**reply, "channel": "D0SELF", "channel_type": "im"})
    edited = {"type": "message", "subtype": "message_changed", "channel": "D0SELF", "channel_type": "im",
              "message": reply, "ts": f"{time.time():.6f}", "hidden": True}
    slack_service.slack.event(edited)

    assert slack_service.taken_up("D0SELF") == [question["ts"]]  # the echoes decided on, and ignored
    assert len(placeholders_in(fake_slack, "D0SELF")) == 1


def test_slacks_url_verification_is_answered_with_its_challenge(slack_service):
    body = json.dumps({"token": "legacy", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})

    response = slack_service.slack.post(body, "application/json")

    assert response.status_code == 200
    assert response.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}
