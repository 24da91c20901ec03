"""GET /v1/about (what the assistant knows, for the chat's welcome) and GET /v1/passages/{id}/context (a cited
passage in its document), against a real server over the ingested seed corpus."""
import pytest

from tests.app.api.helpers import ASK, MEETINGS_QUESTION, SEED_DOCUMENT, assert_problem


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


def test_about_names_the_indexed_documents_and_their_years(client):
    about = client.get("/v1/about").json()
    assert [d["source"] for d in about["documents"]] == [SEED_DOCUMENT]
    assert about["documents"][0]["title"].startswith("Status og evaluering") and about["documents"][0]["year"] == 2010
    assert about["years"] == [2010, 2010]
    assert about["contact"] is None  # the seed corpus has only contact.example.yaml


def test_a_cited_passage_comes_with_the_text_around_it(client):
    answer = client.post(ASK, json={"question": MEETINGS_QUESTION}).json()
    cited = answer["sources"][0]
    assert "373 møder" in cited["quote"] and cited["quote"] in cited["text"]

    context = client.get(f"/v1/passages/{cited['chunk_id']}/context").json()
    assert context["passage"] == cited["text"] and context["document"] == SEED_DOCUMENT
    assert context["before"] and context["after"]  # the passage is in the middle of its document
    assert context["before"] != context["passage"] != context["after"]
    assert (context["section"], context["year"]) == (cited["section"], 2010)


def test_an_unknown_passage_is_a_404_that_says_what_to_do(client):
    response = client.get("/v1/passages/0000/context")
    assert_problem(response, 404)
    assert "'0000'" in response.json()["detail"] and "chunk_id" in response.json()["detail"]
