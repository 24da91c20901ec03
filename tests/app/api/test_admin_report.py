"""GET /v1/admin/report (issue 16): after a mix of answerable and unanswerable questions through the web chat, the
widget, the plain API and Slack, the report counts each channel and mode as asked and lists the unanswered
questions grouped by theme; it is the report `raadgiver report --json` prints; admin key required.

A real server over the seed corpus with Slack configured against a fake Slack Web API (tests/bot/fake_slack.py):
the Slack questions are direct messages signed as Slack signs them, answered and logged by the bot."""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from bot.http import EVENTS_PATH
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem, stream_events
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender
from tests.fixtures.server import hermetic_environment

REPORT = "/v1/admin/report"
COURSES = "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
WEATHER = ("hvordan bliver vejret i aarhus i morgen", "Hvordan bliver vejret i Aarhus i weekenden?",
           "hvordan bliver vejret i Aarhus på lørdag")
PIZZA = "Hvad koster en pizza i Aarhus?"
PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
# (channel, question, mode): what the tests ask and what each should get.
ASKED = [("web", MEETINGS_QUESTION, "answered"), ("web", WEATHER[0], "abstained"), ("widget", WEATHER[1], "abstained"),
         ("api", PIZZA, "abstained"), ("api", COURSES, "answered"), ("slack", WEATHER[2], "abstained"),
         ("slack", MEETINGS_QUESTION, "answered")]


@pytest.fixture(scope="module")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def server(start_server, fake_slack):
    server = start_server(SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_BOT_TOKEN=BOT_TOKEN,
                          RAADGIVER_SLACK_API_URL=fake_slack.api_url)
    slack = SlackSender(server.url + EVENTS_PATH)
    with server.client() as client:
        for channel, question, _ in ASKED:
            if channel == "slack":
                message = fake_slack.user_message("D0REPORT", question)
                assert slack.event({**message, "channel_type": "im"})[0].status_code == 200
                # The bot logs the question before it puts the answer in place of its placeholder.
                fake_slack.wait_for_bot_replies("D0REPORT", message["ts"], done=lambda m: m["text"] != PLACEHOLDER)
            elif channel == "widget":
                stream_events(client, "/v1/ask/stream", {"question": question}, {"X-Raadgiver-Channel": "widget"})
            else:
                headers = {"X-Raadgiver-Channel": channel} if channel == "web" else {}
                answer = client.post(ASK, json={"question": question}, headers=headers).json()
                if question == MEETINGS_QUESTION:
                    client.post("/v1/feedback", json={"conversation_id": answer["conversation_id"],
                                                      "message_id": answer["message_id"], "rating": "down",
                                                      "comment": "Mangler tallet for 2011"})
    return server


@pytest.fixture(scope="module")
def report(server) -> dict:
    with server.client() as client:
        response = client.get(REPORT, headers=server.admin_headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_report_counts_each_channel_and_mode_as_asked(report):
    assert report["total"] == len(ASKED) and report["since"] is None
    for volume in report["by_channel"]:
        asked = [mode for channel, _, mode in ASKED if channel == volume["channel"]]
        assert (volume["total"], volume["answered"], volume["abstained"], volume["programmes"]) == (
            len(asked), asked.count("answered"), asked.count("abstained"), asked.count("programmes")), volume
    assert {m["mode"]: m["count"] for m in report["by_mode"]} == {"answered": 3, "abstained": 4, "programmes": 0}
    assert sum(week["total"] for week in report["by_week"]) == len(ASKED)
    assert report["rates"]["abstention_rate"] == round(4 / 7, 4)


def test_the_unanswered_questions_are_grouped_by_theme(report):
    themes = [frozenset(q["question"] for q in theme["questions"]) for theme in report["themes"]]
    assert themes == [frozenset(WEATHER), frozenset({PIZZA})]  # the largest first
    weather = report["themes"][0]
    assert weather["channels"] == {"slack": 1, "web": 1, "widget": 1} and weather["central_question"] in WEATHER
    assert {"aarhus", "vejret"} <= set(weather["terms"]) and weather["name"].startswith(("aarhus", "vejret"))


def test_thumbs_down_citations_and_the_documents_never_cited(report):
    assert [(r["question"], r["channel"], r["comment"]) for r in report["thumbs_down"]] == [
        (MEETINGS_QUESTION, "web", "Mangler tallet for 2011")]
    [cited] = report["most_cited"]["documents"]
    assert cited["document"].startswith("status-evaluering") and cited["count"] >= 3
    assert report["never_cited"] == []


def test_the_report_is_the_one_the_cli_prints_as_json(server, report, tmp_path):
    environment = hermetic_environment(RAADGIVER_DATA_DIR=str(server.data_dir),
                                       RAADGIVER_CORPUS_DIR=str(server.corpus_dir))
    run = subprocess.run([sys.executable, "-m", "app.cli", "report", "--json"], cwd=tmp_path, env=environment,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    for moment in ("generated_at", "until"):  # when each was made
        printed.pop(moment), report.pop(moment)
    assert printed == report


def test_since_narrows_the_period_and_a_mistyped_one_is_refused_by_name(server):
    with server.client() as client:
        recent = client.get(REPORT, params={"since": "30d"}, headers=server.admin_headers).json()
        assert recent["total"] == len(ASKED) and recent["since"].endswith("Z")
        # What the admin page sends: an ISO 8601 moment with milliseconds.
        future = client.get(REPORT, params={"since": "2999-01-01T00:00:00.000Z"}, headers=server.admin_headers)
        assert future.status_code == 200 and future.json()["total"] == 0 and future.json()["themes"] == []
        problem = assert_problem(client.get(REPORT, params={"since": "forleden"}, headers=server.admin_headers), 422)
        assert problem["errors"][0]["field"] == "since" and "30d, 12w" in problem["errors"][0]["message"]


def test_without_the_admin_key_the_report_is_refused(server):
    with server.client() as client:
        assert_problem(client.get(REPORT), 401)
        assert_problem(client.get(REPORT, headers={"Authorization": "Bearer not-the-key"}), 401, "admin key wrong")
