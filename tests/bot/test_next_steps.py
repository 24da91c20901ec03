"""Issue 11 in Slack, over the real service: an abstention points to what Slack has (the slash command with
a description of the company, and the region's contact), never to the web chat's programme finder; answers
that route to programmes or to a person carry the contact, with links."""
import re

import yaml

from tests.bot.conftest import CONTACT_FILE
from tests.bot.fake_slack import BOT_USER_ID
from tests.bot.slack_requests import block_text

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
UNANSWERABLE = "Hvad er hovedstaden i Frankrig?"
PROGRAMME_FINDER = re.compile(r"programfinder|programme[ -]?finder|program finder", re.IGNORECASE)


def answered(message: dict) -> bool:
    return message["text"] != PLACEHOLDER


def contact_of(service) -> dict:
    return yaml.safe_load((service.server.corpus_dir / CONTACT_FILE).read_text(encoding="utf-8"))


def ask_in_channel(service, fake_slack, channel: str, question: str) -> dict:
    message = fake_slack.user_message(channel, f"<@{BOT_USER_ID}> {question}")
    service.slack.event({**message, "type": "app_mention"})
    [reply] = fake_slack.wait_for_bot_replies(channel, message["ts"], done=answered)
    return reply


def assert_shows_contact(shown: str, contact: dict) -> None:
    digits = re.sub(r"[^\d+]", "", contact["phone"])
    assert f"*Tal med en person:* {contact['name']}" in shown
    assert f"<tel:{digits}|{contact['phone']}>" in shown
    assert f"<mailto:{contact['email']}|{contact['email']}>" in shown
    assert f"<{contact['url']}|" in shown
    assert contact["opening_hours"] in shown


def test_an_abstention_in_a_thread_offers_the_command_and_the_contact_not_the_programme_finder(
    slack_service, fake_slack
):
    reply = ask_in_channel(slack_service, fake_slack, "C0ABSTAIN", UNANSWERABLE)

    shown = block_text(reply["blocks"])
    assert "ikke finde svar" in shown
    assert not PROGRAMME_FINDER.search(shown) and not PROGRAMME_FINDER.search(reply["text"])
    assert "`/raadgiver &lt;spørgsmål&gt;`" in shown and "antal ansatte" in shown
    assert_shows_contact(shown, contact_of(slack_service))
    assert "*Nærmeste afsnit i dokumenterne*" in shown


def test_an_abstention_to_the_command_offers_the_same_next_steps(slack_service, fake_slack):
    slack_service.slack.command("/raadgiver", UNANSWERABLE, "C0ABSTAIN2", fake_slack.response_url("abstain"))

    reply = fake_slack.wait_for("response_url", lambda call: call.path == "/response/abstain").params
    shown = block_text(reply["blocks"])
    assert not PROGRAMME_FINDER.search(shown)
    assert "`/raadgiver &lt;spørgsmål&gt;`" in shown
    assert_shows_contact(shown, contact_of(slack_service))


def test_an_english_abstention_explains_the_command_in_english(slack_service, fake_slack):
    reply = ask_in_channel(slack_service, fake_slack, "C0ABSTAINEN", "What is the capital of France?")

    shown = block_text(reply["blocks"])
    assert not PROGRAMME_FINDER.search(shown)
    assert "`/raadgiver &lt;question&gt;`" in shown and "employees" in shown
    assert "*Talk to a person:*" in shown


def test_a_programme_answer_carries_the_contact_and_only_fitting_further_programmes(slack_service, fake_slack):
    question = "Vi er en nystartet virksomhed med 5 ansatte. Hvilke tilbud passer til os?"
    reply = ask_in_channel(slack_service, fake_slack, "C0FINDER", question)

    shown = block_text(reply["blocks"])
    assert_shows_contact(shown, contact_of(slack_service))
    assert not PROGRAMME_FINDER.search(shown)
    assert "&lt;spørgsmål&gt;" not in shown  # the usage hint belongs to abstentions
    # The further programmes: the API's own ranking for the same question, minus no_fit and those named.
    with slack_service.server.client() as api:
        programmes = api.post("/v1/ask", json={"question": question}).json()["programmes"]
    further = next((line for line in shown.splitlines() if line.startswith("*Andre tilbud")), "")
    candidates = [p for p in programmes if p["verdict"] != "no_fit" and p["name"] not in reply["text"]]
    for programme in programmes:
        listed = programme["name"].replace("&", "&amp;") in further.split(":*", 1)[-1]
        if programme in candidates[:3]:  # the best three further ones, then a count
            assert listed, programme
            assert (programme["verdict"] == "may_fit") == (f"{programme['name']} (passer måske)" in further)
        else:
            assert not listed, programme
    if len(candidates) > 3:
        assert further.endswith(f"og {len(candidates) - 3} flere")


def test_asking_who_to_talk_to_gets_the_contact_with_links(slack_service, fake_slack):
    reply = ask_in_channel(slack_service, fake_slack, "C0WHO", "Hvem kan jeg tale med?")

    assert_shows_contact(block_text(reply["blocks"]), contact_of(slack_service))


def test_a_document_answer_has_no_contact(slack_service, fake_slack):
    reply = ask_in_channel(
        slack_service, fake_slack, "C0FACTS", "Hvor mange møder har internationaliseringsrådgiveren haft?"
    )

    shown = block_text(reply["blocks"])
    assert "373" in shown and "Tal med en person" not in shown


def test_the_contact_reaches_a_bot_that_asks_the_api_over_http(slack_over_http_service, slack_service, fake_slack):
    reply = ask_in_channel(slack_over_http_service, fake_slack, "C0REMOTEABSTAIN", UNANSWERABLE)

    shown = block_text(reply["blocks"])
    assert not PROGRAMME_FINDER.search(shown)
    assert_shows_contact(shown, contact_of(slack_service))
