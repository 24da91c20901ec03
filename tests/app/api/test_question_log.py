"""The question log through the API (issue 16): each question asked is logged under the channel it came
through (the chat page says web or widget; anything else is api), once, with its mode; switched off, nothing
is written. Real servers over the seed corpus."""
from datetime import timedelta

from app.database.db import open_database
from app.database.question_log import QuestionLog
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, stream_events

OFF_TOPIC = "Hvad koster en pizza i Aarhus?"


def logged(server) -> QuestionLog:
    return QuestionLog(open_database(server.sqlalchemy_url), retention=timedelta(days=180))


def test_questions_are_logged_under_their_channel_with_their_mode(start_server):
    server = start_server()
    with server.client() as client:
        client.post(ASK, json={"question": MEETINGS_QUESTION}, headers={"X-Raadgiver-Channel": "web"})
        stream_events(client, "/v1/ask/stream", {"question": OFF_TOPIC}, {"X-Raadgiver-Channel": "widget"})
        client.post(ASK, json={"question": OFF_TOPIC})
        client.post(ASK, json={"question": MEETINGS_QUESTION}, headers={"X-Raadgiver-Channel": "fax"})  # unknown: api
        client.post(ASK, json={"question": MEETINGS_QUESTION}, headers={"X-Raadgiver-Channel": "slack"})  # the bot logs it

    rows = sorted((row.channel, row.mode, row.question) for row in logged(server).find())
    assert rows == sorted([
        ("web", "answered", MEETINGS_QUESTION),
        ("widget", "abstained", OFF_TOPIC),
        ("api", "abstained", OFF_TOPIC),
        ("api", "answered", MEETINGS_QUESTION),
    ])
    answered = next(row for row in logged(server).find(channel="web"))
    assert answered.cited and answered.cited[0]["document"].startswith("status-evaluering")
    assert answered.latency_ms and answered.conversation_id and answered.message_id


def test_with_the_log_switched_off_nothing_is_written(start_server):
    server = start_server(RAADGIVER_QUESTION_LOG_ENABLED="false")
    with server.client() as client:
        assert client.post(ASK, json={"question": MEETINGS_QUESTION}).status_code == 200
        stream_events(client, "/v1/ask/stream", {"question": OFF_TOPIC})

    assert logged(server).count() == 0
