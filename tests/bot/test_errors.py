"""When the answer cannot be had, the user gets a short apology with an id that the service's logs carry."""
import json
import re

from tests.bot.fake_slack import BOT_USER_ID

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
QUESTION = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def logged_errors(service) -> list[dict]:
    lines = [json.loads(line) for line in service.server.logs().splitlines() if line.startswith("{")]
    return [line for line in lines if line["level"] == "error"]


def test_an_unreachable_engine_gives_an_apology_in_the_thread(unreachable_engine_service, fake_slack):
    channel = "C0BROKEN"
    question = fake_slack.user_message(channel, f"<@{BOT_USER_ID}> {QUESTION}")

    response, _ = unreachable_engine_service.slack.event({**question, "type": "app_mention"})

    [reply] = fake_slack.wait_for_bot_replies(channel, question["ts"], done=lambda m: m["text"] != PLACEHOLDER)
    assert reply["text"].startswith("Beklager, noget gik galt")
    request_id = re.search(r"fejl-id: (\w+)", reply["text"]).group(1)
    assert request_id == response.headers["X-Request-ID"]  # the same id as the delivery's access log line
    [error] = [line for line in logged_errors(unreachable_engine_service) if line["request_id"] == request_id]
    assert "ConnectError" in error["trace"]  # the cause is in the log, not in the user's face


def test_an_unreachable_engine_gives_an_apology_to_the_slash_command(unreachable_engine_service, fake_slack):
    unreachable_engine_service.slack.command("/raadgiver", QUESTION, "C0BROKEN2", fake_slack.response_url("broken"))

    reply = fake_slack.wait_for("response_url", lambda call: call.path == "/response/broken").params
    assert reply["response_type"] == "ephemeral"
    assert reply["text"].startswith("Beklager, noget gik galt") and "fejl-id:" in reply["text"]
