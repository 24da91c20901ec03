"""/v1/admin/questions and /v1/admin/status: the logged questions, paged and filtered, and the last ingest with
the catalogue and glossary checks; admin key required. A real server over the seed corpus."""
import pytest

from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem

OFF_TOPIC = "Hvad koster en pizza i Aarhus?"


@pytest.fixture(scope="module")
def server(start_server):
    return start_server()


@pytest.fixture(scope="module")
def client(server):
    with server.client() as client:
        yield client


def test_the_logged_questions_come_newest_first_filtered_and_paged(client, server):
    asked = client.post(ASK, json={"question": MEETINGS_QUESTION}, headers={"X-Raadgiver-Channel": "web"}).json()
    client.post(ASK, json={"question": OFF_TOPIC})
    client.post("/v1/feedback", json={"conversation_id": asked["conversation_id"], "message_id": asked["message_id"],
                                      "rating": "down", "comment": "Mangler tallet for 2011"})

    page = client.get("/v1/admin/questions", headers=server.admin_headers).json()
    assert [q["question"] for q in page["questions"]][:2] == [OFF_TOPIC, MEETINGS_QUESTION] and not page["more"]
    first = client.get("/v1/admin/questions?limit=1", headers=server.admin_headers).json()
    assert [q["question"] for q in first["questions"]] == [OFF_TOPIC] and first["more"]
    declined = client.get("/v1/admin/questions?mode=abstained", headers=server.admin_headers).json()["questions"]
    assert [q["question"] for q in declined] == [OFF_TOPIC] and declined[0]["channel"] == "api"
    [rated] = client.get("/v1/admin/questions?feedback=down", headers=server.admin_headers).json()["questions"]
    assert (rated["question"], rated["channel"], rated["comment"]) == (MEETINGS_QUESTION, "web", "Mangler tallet for 2011")
    assert rated["cited"][0]["document"].startswith("status-evaluering")


def test_the_status_shows_the_last_ingest_and_the_checks(client, server):
    status = client.get("/v1/admin/status", headers=server.admin_headers).json()
    assert status["documents"] == 1 and status["question_log"] is True
    assert status["last_ingest"]["ok"] and status["last_ingest"]["finished_at"]
    assert status["catalogue"] == {"ok": True, "problem": None} and status["glossary"]["ok"]


@pytest.mark.parametrize("path", ["/v1/admin/questions", "/v1/admin/status"])
def test_without_the_admin_key_nothing_is_shown(client, path):
    assert_problem(client.get(path), 401)
    assert_problem(client.get(path, headers={"Authorization": "Bearer not-the-key"}), 401, "admin key wrong")
