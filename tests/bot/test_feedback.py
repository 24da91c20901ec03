"""The thumbs under an answer store feedback in the same store the API uses, and thank the user."""
from tests.bot.fake_slack import BOT_USER_ID, TEAM_ID
from tests.bot.slack_requests import buttons

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"


def test_a_thumbs_down_is_stored_for_that_answer_and_acknowledged(slack_service, fake_slack):
    channel = "C0FEEDBACK"
    question = fake_slack.user_message(
        channel, f"<@{BOT_USER_ID}> Hvor mange møder har internationaliseringsrådgiveren haft?"
    )
    slack_service.slack.event({**question, "type": "app_mention"})
    [answer] = fake_slack.wait_for_bot_replies(channel, question["ts"], done=lambda m: m["text"] != PLACEHOLDER)

    thumbs_down = buttons(answer["blocks"])["feedback_down"]
    response = slack_service.slack.click(
        thumbs_down, channel=channel, response_url=fake_slack.response_url("feedback"), message=answer
    )
    assert response.status_code == 200

    thanks = fake_slack.wait_for("response_url", lambda call: call.path == "/response/feedback").params
    assert thanks["text"] == "Tak for din feedback"
    assert thanks["response_type"] == "ephemeral" and thanks["replace_original"] is False  # the answer stays
    [record] = slack_service.feedback.find(f"slack:{TEAM_ID}:{channel}:{question['ts']}")
    assert (record.rating, record.message_id, record.origin) == ("down", answer["ts"], "slack")
