"""Questions in Slack get cited answers: a mention in a channel, a direct message, a thread follow-up."""
from tests.bot.fake_slack import BOT_USER_ID
from tests.bot.slack_requests import block_text, buttons

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"


def answer_to(fake_slack, question_ts: str, channel: str):
    """The bot's answer for a question: its placeholder, posted in the question's thread, then updated."""
    placeholder = fake_slack.wait_for(
        "chat.postMessage",
        lambda call: call.params["channel"] == channel and call.params.get("thread_ts") == question_ts,
    )
    assert placeholder.params["text"] == PLACEHOLDER
    ts = next(m["ts"] for m in fake_slack.messages[channel] if m.get("thread_ts") == question_ts and m["user"] == BOT_USER_ID)
    return fake_slack.wait_for("chat.update", lambda call: call.params["channel"] == channel and call.params["ts"] == ts)


def test_a_mention_is_answered_in_its_thread_with_the_figure_and_its_source(slack_service, fake_slack):
    question = fake_slack.user_message(
        "C0MENTION", f"<@{BOT_USER_ID}> Hvor mange møder har internationaliseringsrådgiveren haft?"
    )
    response, _ = slack_service.slack.event({**question, "type": "app_mention"})
    assert response.status_code == 200

    update = answer_to(fake_slack, question["ts"], "C0MENTION")
    shown = block_text(update.params["blocks"])
    assert "373" in update.params["text"] and "373" in shown
    assert "[1]" in shown
    assert "Status og evaluering" in shown  # the source's title, under the answer
    assert set(buttons(update.params["blocks"])) == {"feedback_up", "feedback_down"}


def test_a_direct_message_is_answered(slack_service, fake_slack):
    question = fake_slack.user_message("D0DIRECT", "Hvor mange møder har internationaliseringsrådgiveren haft?")
    slack_service.slack.event({**question, "channel_type": "im"})

    update = answer_to(fake_slack, question["ts"], "D0DIRECT")
    assert "373" in update.params["text"]


def test_a_follow_up_in_the_thread_continues_the_conversation(slack_service, fake_slack):
    channel = "C0FOLLOWUP"
    first = fake_slack.user_message(
        channel, f"<@{BOT_USER_ID}> Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
    )
    slack_service.slack.event({**first, "type": "app_mention"})
    assert "288" in answer_to(fake_slack, first["ts"], channel).params["text"]

    # A plain reply in the thread, without mentioning the bot, as Slack delivers it (message.channels).
    follow_up = fake_slack.user_message(channel, "Og i 2008?", thread_ts=first["ts"])
    slack_service.slack.event({**follow_up, "channel_type": "channel"})

    replies = [
        call for call in fake_slack.calls_to("conversations.replies") if call.params["channel"] == channel
    ]
    update = fake_slack.wait_for(
        "chat.update",
        lambda call: call.params["channel"] == channel and "2008" in call.params["text"] or "208" in call.params["text"],
    )
    assert "208" in update.params["text"]
    assert replies or fake_slack.calls_to("conversations.replies")


def test_a_thread_the_bot_is_not_part_of_gets_no_answer(slack_service, fake_slack):
    channel = "C0CHATTER"
    root = fake_slack.user_message(channel, "Frokost kl. 12?")
    reply = fake_slack.user_message(channel, "Hvor mange møder har internationaliseringsrådgiveren haft?", thread_ts=root["ts"])
    slack_service.slack.event({**reply, "channel_type": "channel"})
    # The bot reads the thread, sees it has not answered there, and stays quiet.
    fake_slack.wait_for("conversations.replies", lambda call: call.params["channel"] == channel)
    marker = fake_slack.user_message("D0MARKER", "Hvor mange møder har internationaliseringsrådgiveren haft?")
    slack_service.slack.event({**marker, "channel_type": "im"})
    answer_to(fake_slack, marker["ts"], "D0MARKER")
    assert not [call for call in fake_slack.calls_to("chat.postMessage") if call.params["channel"] == channel]
