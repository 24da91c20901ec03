"""How the bot asks (bot/asker.py): a raadgiver API elsewhere (RAADGIVER_SLACK_ENGINE_URL) gets the question with
the thread's earlier turns, within the API's limits, and its answer comes back whole; without that setting the
bot asks the engine of its own process. The API here is a small fake on loopback that records what it gets."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.core.answer_types import MAX_HISTORY_ANSWER_CHARS, MAX_HISTORY_TURNS, Answer, Source, Turn
from app.core.config import Settings
from bot.asker import HttpAsker, answer_from_json, build_asker

SOURCE = {
    "n": 1, "document": "status-evaluering-eksport-internationalisering-2010.txt", "title": "Status og evaluering",
    "year": 2010, "section": "2. Internationaliseringsrådgiver", "page": 6, "text": "… haft 373 møder …",
    "score": 0.91, "chunk_id": "c1",
}
ASK_RESPONSE = {
    "answer": "“… haft 373 møder …” [1]", "abstained": False, "sources": [SOURCE], "language": "da",
    "mode": "extractive", "suggestions": [], "conversation_id": "c-1", "route": "documents", "contact": None,
}


class FakeApi:
    """POST /v1/ask on loopback: records each request's path and JSON body, answers `status` with `answer`."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.status = 200
        self.answer: dict[str, Any] = ASK_RESPONSE
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append((self.path, body))
                data = json.dumps(fake.answer if fake.status == 200 else {"detail": "engine down"}).encode()
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def api() -> Iterator[FakeApi]:
    fake = FakeApi()
    yield fake
    fake.stop()


def test_a_first_question_is_sent_alone_and_its_answer_comes_back_with_its_sources(api):
    answer = HttpAsker(api.url, timeout_s=10).ask("Hvor mange møder har rådgiveren haft?", [])

    assert api.requests == [("/v1/ask", {"question": "Hvor mange møder har rådgiveren haft?"})]
    assert answer.text == ASK_RESPONSE["answer"] and not answer.abstained
    assert answer.sources == [Source(**SOURCE)]


def test_a_follow_up_carries_the_threads_earlier_turns_oldest_first(api):
    history = [Turn("Hvor mange forløb i 2009?", "288 forløb [1]"), Turn("Og i 2008?", "208 forløb [1]")]

    HttpAsker(api.url, timeout_s=10).ask("Og i 2007?", history)

    [(_, sent)] = api.requests
    assert sent == {
        "question": "Og i 2007?",
        "history": [
            {"question": "Hvor mange forløb i 2009?", "answer": "288 forløb [1]"},
            {"question": "Og i 2008?", "answer": "208 forløb [1]"},
        ],
    }


def test_the_history_sent_stays_within_what_the_api_accepts(api):
    """Answers whose question the thread does not tell (e.g. from before answers carried it) are left out, then
    the latest turns the API takes, each answer cut to the API's limit."""
    history = [Turn(f"Spørgsmål {n}", f"Svar {n}") for n in range(MAX_HISTORY_TURNS + 5)]
    history.insert(-1, Turn("  ", "an answer without its question"))
    history[-1] = Turn("Det seneste spørgsmål", "x" * (MAX_HISTORY_ANSWER_CHARS + 100))

    HttpAsker(api.url, timeout_s=10).ask("Og så?", history)

    [(_, sent)] = api.requests
    turns = sent["history"]
    assert len(turns) == MAX_HISTORY_TURNS
    assert [turn["question"] for turn in turns[:-1]] == [f"Spørgsmål {n}" for n in range(5, MAX_HISTORY_TURNS + 4)]
    assert turns[-1] == {"question": "Det seneste spørgsmål", "answer": "x" * MAX_HISTORY_ANSWER_CHARS}


def test_a_history_of_answers_without_questions_is_sent_as_no_history(api):
    HttpAsker(api.url, timeout_s=10).ask("Og så?", [Turn("", "et svar")])

    assert api.requests == [("/v1/ask", {"question": "Og så?"})]


def test_an_engine_url_ending_in_a_slash_is_fine(api):
    HttpAsker(api.url + "/", timeout_s=10).ask("Hej?", [])

    assert [path for path, _ in api.requests] == ["/v1/ask"]


def test_an_api_error_names_the_api_its_status_and_the_setting(api):
    api.status = 503

    with pytest.raises(RuntimeError) as raised:
        HttpAsker(api.url, timeout_s=10).ask("Hej?", [])

    message = str(raised.value)
    assert f"{api.url}/v1/ask" in message and "HTTP 503" in message and "engine down" in message
    assert "RAADGIVER_SLACK_ENGINE_URL" in message


def test_an_answer_from_a_newer_api_with_fields_the_bot_does_not_know_still_reads():
    data = {
        **ASK_RESPONSE,
        "a_future_field": {"x": 1},
        "sources": [{**SOURCE, "a_future_source_field": True}],
        "suggestions": [{**SOURCE, "n": 2}],
    }

    answer = answer_from_json(data)

    assert answer.sources == [Source(**SOURCE)]
    assert answer.suggestions == [Source(**{**SOURCE, "n": 2})]
    assert answer.text == ASK_RESPONSE["answer"]


def test_a_contact_that_is_not_an_object_is_no_contact():
    assert answer_from_json({**ASK_RESPONSE, "contact": "Ring til os"}).contact is None


def test_with_an_engine_url_the_bot_asks_that_api(api, tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path, slack_engine_url=api.url)

    asker = build_asker(settings, get_engine=lambda: pytest.fail("the local engine was used"))
    answer = asker.ask("Hvor mange møder?", [])

    assert [body["question"] for _, body in api.requests] == ["Hvor mange møder?"]
    assert answer.text == ASK_RESPONSE["answer"]


class FakeEngine:
    def __init__(self, ready: bool = True):
        self.ready = ready
        self.asked: list[tuple[str, list[Turn]]] = []

    def check_ready(self) -> None:
        if not self.ready:
            raise RuntimeError("the index is empty")

    def ask(self, question: str, history) -> Answer:
        self.asked.append((question, list(history)))
        return Answer(text="svar", abstained=False, sources=[])


def test_without_an_engine_url_the_bot_asks_the_engine_there_is_when_the_question_comes(tmp_path):
    # Socket Mode builds the asker before it loads the engine, and the API builds its engine on first use.
    engine = None
    asker = build_asker(Settings(_env_file=None, data_dir=tmp_path), lambda: engine)
    engine = FakeEngine()
    history = [Turn("Første?", "første svar")]

    assert asker.ask("Og så?", history).text == "svar"
    assert engine.asked == [("Og så?", history)]


def test_an_engine_that_is_not_ready_is_an_error_not_an_answer(tmp_path):
    # Over an empty index the user gets the apology, not "the documents do not say".
    engine = FakeEngine(ready=False)
    asker = build_asker(Settings(_env_file=None, data_dir=tmp_path), lambda: engine)

    with pytest.raises(RuntimeError, match="index is empty"):
        asker.ask("Hej?", [])
    assert engine.asked == []
