"""POST /v1/ask against a real server over the ingested seed corpus: JSON answers, streamed answers,
conversations."""
from datetime import timedelta

import pytest

from app.core.answer_types import Turn
from app.database.conversations import ConversationStore
from app.database.db import open_database
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, SEED_DOCUMENT, assert_problem, stream_events


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


def first_quote(answer_text: str) -> str:
    """The passage an extractive answer quotes first (each quote is a line of its own)."""
    return next(line for line in answer_text.splitlines() if line.startswith("“"))


def test_danish_question_gets_the_figure_with_a_cited_source(client):
    response = client.post(ASK, json={"question": MEETINGS_QUESTION})

    assert response.status_code == 200, response.text
    body = response.json()
    assert not body["abstained"]
    assert "373" in body["answer"]
    assert "[1]" in body["answer"]
    cited = body["sources"][0]
    assert cited["n"] == 1
    assert cited["document"] == SEED_DOCUMENT
    assert "373" in cited["text"]
    assert cited["year"] == 2010 and cited["title"]
    assert body["conversation_id"] and body["message_id"]
    assert body["timings"]["total"] > 0


def test_follow_up_in_the_same_conversation_keeps_the_conversation(client):
    first = client.post(ASK, json={"question": MEETINGS_QUESTION}).json()
    follow_up = client.post(
        ASK,
        json={
            "question": "Hvor stor en andel af dem har ført til konkret eksportfremmeassistance?",
            "conversation_id": first["conversation_id"],
        },
    )
    assert follow_up.status_code == 200, follow_up.text
    body = follow_up.json()
    assert body["conversation_id"] == first["conversation_id"]
    assert body["message_id"] != first["message_id"]
    assert "2/3" in body["answer"]


def test_unknown_conversation_says_to_start_a_new_one(client):
    response = client.post(ASK, json={"question": MEETINGS_QUESTION, "conversation_id": "no-such-conversation"})
    assert_problem(response, 404, "no-such-conversation", "without conversation_id")


def test_question_outside_the_documents_abstains_with_suggestions(client):
    body = client.post(ASK, json={"question": "Hvad koster en billet til månen i 2031?"}).json()
    assert body["abstained"] is True
    assert body["sources"] == []
    assert body["mode"] == "abstained"


def test_streamed_answer_sends_a_status_then_sources_then_each_line_then_the_full_answer(client):
    events = stream_events(client, "/v1/ask/stream", {"question": MEETINGS_QUESTION})

    names = [name for name, _ in events]
    assert names[:2] == ["status", "sources"] and events[0][1] == {"stage": "searching"}
    assert names[-1] == "done"
    assert names.count("token") > 1 and set(names[2:-1]) == {"token"}  # the answer's lines, one by one
    sources = events[1][1]
    assert sources["sources"][0]["document"] == SEED_DOCUMENT
    done = events[-1][1]
    assert "373" in done["answer"]
    assert "".join(data["text"] for name, data in events if name == "token") == done["answer"]
    assert done["sources"] == sources["sources"]
    assert (done["conversation_id"], done["message_id"]) == (sources["conversation_id"], sources["message_id"])


def test_accept_event_stream_on_ask_streams_too(client):
    events = stream_events(client, ASK, {"question": MEETINGS_QUESTION}, headers={"Accept": "text/event-stream"})
    assert [events[0][0], events[1][0], events[-1][0]] == ["status", "sources", "done"]
    assert "373" in events[-1][1]["answer"]


def test_both_ways_of_asking_record_the_turn_in_the_conversation(client, live_server):
    streamed = stream_events(client, "/v1/ask/stream", {"question": MEETINGS_QUESTION})[-1][1]
    plain = client.post(ASK, json={"question": MEETINGS_QUESTION}).json()

    store = ConversationStore(open_database(live_server.sqlalchemy_url), ttl=timedelta(hours=1))
    for answer in (streamed, plain):
        assert store.history(answer["conversation_id"]) == [Turn(MEETINGS_QUESTION, answer["answer"])]


def test_history_sent_with_a_follow_up_gives_it_its_context(client, live_server):
    # A client that keeps the conversation itself (the Slack bot asking over HTTP) sends the earlier turns.
    earlier = {"question": "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?", "answer": "…"}
    response = client.post(ASK, json={"question": "Og i 2008?", "history": [earlier]})

    assert response.status_code == 200, response.text
    body = response.json()
    assert not body["abstained"]
    assert "208" in first_quote(body["answer"])
    # The answer's conversation holds the sent turn, so it can be continued with its conversation_id.
    store = ConversationStore(open_database(live_server.sqlalchemy_url), ttl=timedelta(hours=1))
    assert store.history(body["conversation_id"]) == [
        Turn(earlier["question"], "…"),
        Turn("Og i 2008?", body["answer"]),
    ]


def test_history_decides_what_a_follow_up_is_about(client):
    # "Og i 2008?" alone leads with Region Midtjylland's figure (208); after a question about the other four
    # regions it must lead with theirs (702), so the history is what made the difference.
    earlier = {"question": "Hvor mange forløb blev gennemført i de øvrige fire regioner i 2009?"}
    body = client.post(ASK, json={"question": "Og i 2008?", "history": [earlier]}).json()
    assert "702" in first_quote(body["answer"]) and "208" not in first_quote(body["answer"]), body["answer"]


def test_the_readme_curl_command_works(live_server):
    """README: `curl --json '{...}' URL/v1/ask` (curl 7.82 and later send it as application/json)."""
    import shutil
    import subprocess

    body = '{"question": "Hvor mange møder har internationaliseringsrådgiveren haft?"}'
    if shutil.which("curl"):
        run = subprocess.run(["curl", "-s", "--json", body, f"{live_server.url}/v1/ask"], capture_output=True,
                             text=True, check=True)
        text = run.stdout
    else:  # the same request curl sends
        with live_server.client() as client:
            text = client.post(ASK, content=body, headers={"Content-Type": "application/json"}).text
    assert '"abstained":false' in text.replace(" ", "") and "373" in text and "[1]" in text


def test_a_form_post_is_not_read_as_a_question(live_server):
    """A cross-site HTML form can post text/plain or form-encoded bodies without a CORS preflight; the API
    reads only JSON, so such a post asks nothing."""
    body = '{"question": "Hvor mange møder har internationaliseringsrådgiveren haft?"}'
    with live_server.client() as client:
        for content_type in ("application/x-www-form-urlencoded", "text/plain"):
            response = client.post(ASK, content=body, headers={"Content-Type": content_type})
            assert response.status_code == 415, response.text
            assert "application/json" in response.json()["detail"]