"""Bad requests get a problem-details answer that names what is wrong, and change nothing."""
import pytest

from tests.app.api.helpers import ASK, assert_problem, indexed_sources


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


@pytest.fixture(scope="module", autouse=True)
def index_is_unchanged(client):
    before = indexed_sources(client)
    yield
    assert indexed_sources(client) == before


@pytest.mark.parametrize("question", ["", "   \n "])
def test_empty_question(client, question):
    problem = assert_problem(client.post(ASK, json={"question": question}), 422, "question")
    assert problem["errors"] == [
        {"field": "question", "location": "body", "message": "String should have at least 1 character",
         "type": "string_too_short"}
    ]


def test_question_over_the_length_limit_names_field_and_limit(client):
    problem = assert_problem(client.post(ASK, json={"question": "møder " * 1667}), 422, "question", "2000")
    assert [error["field"] for error in problem["errors"]] == ["question"]
    assert "RAADGIVER_MAX_QUESTION_CHARS" in problem["errors"][0]["message"]


def test_same_limit_on_the_streaming_endpoint_and_search(client):
    assert_problem(client.post("/v1/ask/stream", json={"question": "x" * 10_000}), 422, "question", "2000")
    assert_problem(client.get("/v1/search", params={"q": "x" * 10_000}), 422, "q", "2000")


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"question": 42}, "question", "valid string"),
        ({"question": ["a", "b"]}, "question", "valid string"),
        ({"question": "Hej", "language": "de"}, "language", "'da' or 'en'"),
        ({"question": "Hej", "conversation_id": 7}, "conversation_id", "valid string"),
        ({"questoin": "Hej"}, "questoin", "Extra inputs are not permitted"),
        ({}, "question", "Field required"),
    ],
)
def test_wrong_json_types_name_the_field(client, body, field, message):
    problem = assert_problem(client.post(ASK, json=body), 422, field, message)
    assert field in [error["field"] for error in problem["errors"]]


def test_body_that_is_not_json(client):
    response = client.post(ASK, content=b'{"question": ', headers={"Content-Type": "application/json"})
    problem = assert_problem(response, 422, "JSON")
    assert problem["errors"][0]["location"] == "body"


def test_search_parameters_out_of_range(client):
    assert_problem(client.get("/v1/search", params={"q": "møder", "k": 0}), 422, "k", "greater than or equal to 1")
    assert_problem(client.get("/v1/search", params={"q": "møder", "k": 51}), 422, "k", "less than or equal to 50")
    assert_problem(client.get("/v1/search"), 422, "q", "Field required")


def test_unknown_path_and_wrong_method_are_problems_too(client):
    assert_problem(client.get("/v1/nothing-here"), 404, "/v1/nothing-here")
    problem = assert_problem(client.get(ASK), 405, "GET", "POST")
    assert problem["status"] == 405


def test_programme_match_with_wrong_types(client):
    response = client.post("/v1/programmes/match", json={"employees": "mange", "markets": "Tyskland"})
    problem = assert_problem(response, 422, "employees", "markets")
    assert {error["field"] for error in problem["errors"]} == {"employees", "markets"}


def test_history_and_conversation_id_together_name_both_fields(client):
    body = {"question": "Og i 2008?", "conversation_id": "abc", "history": [{"question": "Hvor mange forløb?"}]}
    problem = assert_problem(client.post(ASK, json=body), 422, "conversation_id", "history", "not both")
    assert [error["field"] for error in problem["errors"]] == ["conversation_id", "history"]


@pytest.mark.parametrize(
    ("history", "field", "message"),
    [
        ([{"question": "Hvor mange forløb?"}] * 21, "history", "at most 20 items"),
        ([{"question": " "}], "history.0.question", "at least 1 character"),
        ([{"question": "Hvor mange forløb?", "answer": "x" * 8001}], "history.0.answer", "at most 8000 characters"),
        ([{"question": "Hvor?"}, {"question": "møder " * 1667}], "history.1.question", "2000"),
        ([{"question": "Hvor?", "svar": "…"}], "history.0.svar", "Extra inputs are not permitted"),
    ],
)
def test_bad_history_names_the_turn_and_field(client, history, field, message):
    problem = assert_problem(client.post(ASK, json={"question": "Og i 2008?", "history": history}), 422, message)
    assert [error["field"] for error in problem["errors"]] == [field]


def test_headers_of_100_kb_are_refused_with_431_naming_the_limit(client):
    """Through the real uvicorn server: its parser accepts any header size, the API does not."""
    response = client.get("/healthz", headers={"Cookie": "x=" + "a" * 100_000})
    assert_problem(response, 431, "RAADGIVER_MAX_HEADER_BYTES", "16384")
    assert client.get("/healthz", headers={"Cookie": "x=" + "a" * 4_000}).status_code == 200
