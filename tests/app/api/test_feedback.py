"""POST /v1/feedback: stored against the answer it rates; refused for conversations we do not know."""
import pytest

from app.database.db import open_database
from app.database.feedback import FeedbackStore
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


@pytest.fixture(scope="module")
def answer(client):
    response = client.post(ASK, json={"question": MEETINGS_QUESTION})
    assert response.status_code == 200, response.text
    return response.json()


def test_feedback_on_an_answer_is_stored(client, answer, live_server):
    response = client.post(
        "/v1/feedback",
        json={
            "conversation_id": answer["conversation_id"],
            "message_id": answer["message_id"],
            "rating": "down",
            "comment": "Tallet for 2009 mangler – og æøå skal med.",
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["rating"], body["message_id"]) == ("down", answer["message_id"])

    stored = FeedbackStore(open_database(live_server.sqlalchemy_url)).find(answer["conversation_id"])
    assert [(f.id, f.rating, f.message_id, f.comment, f.origin) for f in stored] == [
        (body["id"], "down", answer["message_id"], "Tallet for 2009 mangler – og æøå skal med.", "api")
    ]


def test_feedback_without_message_id_rates_the_conversation(client, answer):
    response = client.post("/v1/feedback", json={"conversation_id": answer["conversation_id"], "rating": "up"})
    assert response.status_code == 201, response.text
    assert response.json()["message_id"] is None


def test_unknown_conversation_is_not_found(client):
    response = client.post("/v1/feedback", json={"conversation_id": "findes-ikke", "rating": "up"})
    assert_problem(response, 404, "findes-ikke")


def test_message_from_another_conversation_is_not_found(client, answer):
    other = client.post(ASK, json={"question": MEETINGS_QUESTION}).json()
    response = client.post(
        "/v1/feedback",
        json={"conversation_id": answer["conversation_id"], "message_id": other["message_id"], "rating": "up"},
    )
    assert_problem(response, 404, other["message_id"], answer["conversation_id"])


def test_rating_must_be_up_or_down(client, answer):
    response = client.post("/v1/feedback", json={"conversation_id": answer["conversation_id"], "rating": "meh"})
    problem = assert_problem(response, 422, "rating", "'up' or 'down'")
    assert [error["field"] for error in problem["errors"]] == ["rating"]
