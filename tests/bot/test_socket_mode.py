"""Socket Mode: `raadgiver slack --socket` connects out to Slack (here the fake) and answers the same way."""
import shutil
import subprocess
import sys
import time

import pytest
from fastapi import FastAPI

from app.core.config import Settings
from bot.http import mount_slack
from bot.socket_mode import run_socket_mode
from tests.bot.fake_slack import BOT_USER_ID
from tests.bot.fake_socket_mode import FakeSocketMode
from tests.bot.slack_requests import BOT_TOKEN, event_envelope
from tests.fixtures.server import hermetic_environment

APP_TOKEN = "xapp-test-app-token"
PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
START_TIMEOUT_SECONDS = 300


@pytest.fixture
def socket_mode_bot(ingested_seed, fake_slack, tmp_path):
    socket_mode = FakeSocketMode()
    fake_slack.socket_mode_url = socket_mode.url
    seed_corpus, seed_data = ingested_seed
    shutil.copytree(seed_corpus, tmp_path / "corpus")
    shutil.copytree(seed_data, tmp_path / "data")
    environment = hermetic_environment(
        RAADGIVER_DATA_DIR=str(tmp_path / "data"),
        RAADGIVER_CORPUS_DIR=str(tmp_path / "corpus"),
        RAADGIVER_SLACK_API_URL=fake_slack.api_url,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_APP_TOKEN=APP_TOKEN,
    )
    log_file = tmp_path / "bot.log"
    with log_file.open("wb") as log:
        bot = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "slack", "--socket"], cwd=tmp_path, env=environment,
            stdout=log, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not socket_mode.connected:
        if bot.poll() is not None or time.monotonic() > deadline:
            bot.kill()
            raise RuntimeError(f"the Socket Mode bot did not connect:\n{log_file.read_text()[-5000:]}")
        time.sleep(0.2)
    yield socket_mode
    bot.terminate()
    bot.wait(timeout=15)
    socket_mode.stop()


def test_socket_mode_acknowledges_a_mention_and_answers_it(socket_mode_bot, fake_slack):
    question = fake_slack.user_message(
        "C0SOCKET", f"<@{BOT_USER_ID}> Hvor mange møder har internationaliseringsrådgiveren haft?"
    )

    envelope_id = socket_mode_bot.send_event(event_envelope({**question, "type": "app_mention"}))

    socket_mode_bot.wait_for_ack(envelope_id)
    [reply] = fake_slack.wait_for_bot_replies("C0SOCKET", question["ts"], done=lambda m: m["text"] != PLACEHOLDER)
    assert "373" in reply["text"]
    assert {call.token for call in fake_slack.calls_to("apps.connections.open")} == {APP_TOKEN}
    answer_calls = [call for call in fake_slack.calls_to("chat.update") if call.params["channel"] == "C0SOCKET"]
    assert {call.token for call in answer_calls} == {BOT_TOKEN}


def test_socket_mode_without_an_app_token_says_which_variable_to_set(tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path, slack_bot_token=BOT_TOKEN)

    with pytest.raises(ValueError, match="SLACK_APP_TOKEN is empty.*xapp-"):
        run_socket_mode(settings)


def test_http_mode_without_a_signing_secret_says_which_variable_to_set(tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path, slack_bot_token=BOT_TOKEN)

    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET is empty.*Signing Secret"):
        mount_slack(FastAPI(), settings, get_engine=lambda: None, feedback_store=None, question_log=None,
                    seen_events=None)
