"""Questions asked in the chat page and in the widget's frame reach the question log under their own channel
(issue 16), in real Chromium against a real server."""
from datetime import timedelta

from app.database.db import open_database
from app.database.question_log import QuestionLog
from tests.app.web.test_chat_browser import ask

ANSWERABLE = "Hvor mange møder har internationaliseringsrådgiveren haft?"
OFF_TOPIC = "Hvad koster en pizza i Aarhus?"


def test_the_chat_page_logs_web_and_the_widget_logs_widget(start_server, new_page):
    server = start_server()
    page = new_page()
    page.goto(server.url + "/")
    ask(page, ANSWERABLE)
    ask(page, OFF_TOPIC)
    page.goto(server.url + "/?embed=1")  # what the widget's iframe loads
    ask(page, OFF_TOPIC)

    log = QuestionLog(open_database(server.sqlalchemy_url), retention=timedelta(days=180))
    assert sorted((row.channel, row.mode, row.question) for row in log.find()) == sorted([
        ("web", "answered", ANSWERABLE), ("web", "abstained", OFF_TOPIC), ("widget", "abstained", OFF_TOPIC),
    ])
