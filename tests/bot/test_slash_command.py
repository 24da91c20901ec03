"""/raadgiver: an answer only the asker sees, with a button that shares it in the channel."""
from tests.bot.fake_slack import USER_ID
from tests.bot.slack_requests import block_text, buttons

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
QUESTION = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def response_to(fake_slack, name: str):
    return fake_slack.wait_for("response_url", lambda call: call.path == f"/response/{name}")


def test_the_command_answers_ephemerally_and_sharing_posts_the_answer_in_the_channel(slack_service, fake_slack):
    channel = "C0COMMAND"
    response = slack_service.slack.command("/raadgiver", QUESTION, channel, fake_slack.response_url("command"))
    assert response.status_code == 200
    assert PLACEHOLDER in response.text  # the acknowledgement, shown at once to the asker only

    ephemeral = response_to(fake_slack, "command").params
    assert ephemeral["response_type"] == "ephemeral"
    assert "373" in ephemeral["text"] and "373" in block_text(ephemeral["blocks"])
    assert "Status og evaluering" in block_text(ephemeral["blocks"])
    assert not [call for call in fake_slack.calls if call.params.get("channel") == channel]  # nobody else saw it

    share = buttons(ephemeral["blocks"])["share_answer"]
    assert share["text"]["text"] == "Del i kanalen"
    slack_service.slack.click(share, channel=channel, response_url=fake_slack.response_url("share"))

    assert response_to(fake_slack, "share").params.get("delete_original") is True  # the private copy goes
    [shared] = [call for call in fake_slack.calls_to("chat.postMessage") if call.params["channel"] == channel]
    assert "thread_ts" not in shared.params  # in the channel itself, for everyone
    [message] = fake_slack.messages[channel]
    assert "373" in message["text"]
    shown = block_text(message["blocks"])
    assert f"<@{USER_ID}> spurgte" in shown and "373" in shown
    assert {"feedback_up", "feedback_down"} <= set(buttons(message["blocks"]))


def test_sharing_in_a_channel_the_bot_is_not_in_explains_how_to_invite_it(slack_service, fake_slack):
    channel = "C0NOBOT"
    fake_slack.channels_without_bot.add(channel)
    slack_service.slack.command("/raadgiver", QUESTION, channel, fake_slack.response_url("nobot-command"))
    share = buttons(response_to(fake_slack, "nobot-command").params["blocks"])["share_answer"]

    slack_service.slack.click(share, channel=channel, response_url=fake_slack.response_url("nobot-share"))

    reply = response_to(fake_slack, "nobot-share").params
    assert reply["response_type"] == "ephemeral"
    assert "/invite" in reply["text"]


def test_the_command_without_a_question_explains_how_to_ask(slack_service, fake_slack):
    response = slack_service.slack.command("/raadgiver", "  ", "C0EMPTY", fake_slack.response_url("empty"))

    assert response.status_code == 200
    assert "Stil mig et spørgsmål" in response.text
