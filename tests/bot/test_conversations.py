"""Questions in Slack get cited answers: a mention in a channel, a direct message, a thread follow-up."""
from tests.bot.fake_slack import BOT_USER_ID
from tests.bot.slack_requests import block_text, buttons

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"


def first_quote(answer_text: str) -> str:
    """The first passage an extractive answer quotes (the engine puts each quote on a line of its own)."""
    return next(line for line in answer_text.splitlines() if line.startswith("“"))


def answered(message: dict) -> bool:
    return message["text"] != PLACEHOLDER


def test_a_mention_is_answered_in_its_thread_with_the_figure_and_its_source(slack_service, fake_slack):
    question = fake_slack.user_message(
        "C0MENTION", f"<@{BOT_USER_ID}> Hvor mange møder har internationaliseringsrådgiveren haft?"
    )
    response, _ = slack_service.slack.event({**question, "type": "app_mention"})
    assert response.status_code == 200

    [reply] = fake_slack.wait_for_bot_replies("C0MENTION", question["ts"], done=answered)
    # First the placeholder in the thread, then the answer in its place.
    [posted] = [call for call in fake_slack.calls_to("chat.postMessage") if call.params["channel"] == "C0MENTION"]
    assert (posted.params["text"], posted.params["thread_ts"]) == (PLACEHOLDER, question["ts"])
    shown = block_text(reply["blocks"])
    assert "373" in reply["text"] and "373" in shown
    assert "[1]" in shown
    assert "*[1]* Status og evaluering for den hidtidige indsats" in shown  # the cited document, by title
    assert "(2010)" in shown
    assert set(buttons(reply["blocks"])) == {"feedback_up", "feedback_down"}


def test_a_direct_message_is_answered(slack_service, fake_slack):
    question = fake_slack.user_message("D0DIRECT", "Hvor mange møder har internationaliseringsrådgiveren haft?")
    slack_service.slack.event({**question, "channel_type": "im"})

    [reply] = fake_slack.wait_for_bot_replies("D0DIRECT", question["ts"], done=answered)
    assert "373" in reply["text"]


def test_a_follow_up_in_the_thread_is_answered_in_the_context_of_the_earlier_question(slack_service, fake_slack):
    channel = "C0FOLLOWUP"
    first = fake_slack.user_message(
        channel, f"<@{BOT_USER_ID}> Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
    )
    slack_service.slack.event({**first, "type": "app_mention"})
    [reply] = fake_slack.wait_for_bot_replies(channel, first["ts"], done=answered)
    assert "288" in reply["text"]

    # A plain reply in the thread, without a mention, as Slack delivers it (message.channels).
    follow_up = fake_slack.user_message(channel, "Og i 2008?", thread_ts=first["ts"])
    slack_service.slack.event({**follow_up, "channel_type": "channel"})

    replies = fake_slack.wait_for_bot_replies(channel, first["ts"], count=2, done=answered)
    # The answer leads with Region Midtjylland's 2008 figure; asked without the thread's earlier question,
    # "Og i 2008?" leads with some other 2008 fact.
    assert "208" in first_quote(replies[1]["text"])


def test_people_talking_in_a_thread_without_the_bot_get_no_answer(slack_service, fake_slack):
    channel = "C0CHATTER"
    root = fake_slack.user_message(channel, "Skal vi tage frokost kl. 12?")
    reply = fake_slack.user_message(channel, "Hvor mange møder har rådgiveren haft?", thread_ts=root["ts"])
    slack_service.slack.event({**reply, "channel_type": "channel"})

    # The bot reads the thread, sees it has not answered there, and stays out of it: its log says so when
    # it is done with the message.
    slack_service.wait_for_log(f"Slack: not answering {channel}/{reply['ts']}:")
    assert [call.params["ts"] for call in fake_slack.calls_to("conversations.replies")
            if call.params["channel"] == channel] == [root["ts"]]
    assert not [call for call in fake_slack.calls_to("chat.postMessage") if call.params["channel"] == channel]


def test_ordinary_channel_messages_and_bot_messages_get_no_answer(slack_service, fake_slack):
    channel = "C0QUIET"
    plain = fake_slack.user_message(channel, "Hvor mange møder har internationaliseringsrådgiveren haft?")
    slack_service.slack.event({**plain, "channel_type": "channel"})
    from_a_bot = {**fake_slack.user_message(channel, "Deploy færdig"), "bot_id": "B0OTHER", "subtype": "bot_message"}
    slack_service.slack.event({**from_a_bot, "channel_type": "channel"})
    # Then a mention in the same channel, which the bot does take up and answer.
    mention = fake_slack.user_message(channel, f"<@{BOT_USER_ID}> Hvor mange møder har rådgiveren haft?")
    slack_service.slack.event({**mention, "type": "app_mention"})
    fake_slack.wait_for_bot_replies(channel, mention["ts"], done=answered)

    # Each delivery was decided on before its response came back: only the mention was taken up, and the
    # bot's only calls in the channel are the mention's placeholder and its answer.
    assert slack_service.taken_up(channel) == [mention["ts"]]
    calls = [call for call in fake_slack.calls if call.params.get("channel") == channel]
    assert [call.method for call in calls] == ["chat.postMessage", "chat.update"]
    assert calls[0].params["thread_ts"] == mention["ts"]


def test_a_programme_question_gets_the_programme_finders_answer(slack_service, fake_slack):
    question = fake_slack.user_message(
        "D0PROGRAMME",
        "Vi er en nystartet virksomhed med 5 ansatte og vil eksportere til Kina. Hvilket program passer til os?",
    )
    slack_service.slack.event({**question, "channel_type": "im"})

    [reply] = fake_slack.wait_for_bot_replies("D0PROGRAMME", question["ts"], done=answered)
    shown = block_text(reply["blocks"])
    assert "StartMidt" in shown  # the programme for newly started companies, with why it fits
    assert "nystartet" in shown
    assert "> de nystartede virksomheder kan opnå støtte til eksport og globalisering" in shown  # its evidence
    assert "*Andre tilbud, der også kan passe:*" in shown


def test_a_mention_in_a_thread_the_bot_may_not_read_is_still_answered(slack_service, fake_slack):
    channel = "C0NOHISTORY"
    fake_slack.channels_without_history.add(channel)  # installed without channels:history
    root = fake_slack.user_message(channel, "Nogen der ved det?")
    question = fake_slack.user_message(
        channel, f"<@{BOT_USER_ID}> Hvor mange møder har internationaliseringsrådgiveren haft?", thread_ts=root["ts"]
    )
    slack_service.slack.event({**question, "type": "app_mention"})

    [reply] = fake_slack.wait_for_bot_replies(channel, root["ts"], done=answered)
    assert "373" in reply["text"]
