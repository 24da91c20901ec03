"""A server configured strictly: nothing ingested yet, no admin key, a low rate limit, one CORS origin."""
import json

import pytest

from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem

RATE_LIMIT = 5
ALLOWED_ORIGIN = "https://kommune.example"


@pytest.fixture(scope="module")
def server(start_server):
    return start_server(
        ingested=False,
        RAADGIVER_ADMIN_API_KEY="",
        RAADGIVER_RATE_LIMIT_PER_MINUTE=str(RATE_LIMIT),
        RAADGIVER_CORS_ORIGINS=json.dumps([ALLOWED_ORIGIN]),
    )


@pytest.fixture(scope="module")
def client(server):
    with server.client() as client:
        yield client


def test_empty_index_is_alive_but_not_ready(client):
    assert client.get("/healthz").status_code == 200
    response = client.get("/readyz")
    assert_problem(response, 503, "index is empty", "ingest")
    assert int(response.headers["Retry-After"]) > 0


def test_questions_get_503_with_the_reason_until_something_is_ingested(client):
    response = client.post(ASK, json={"question": MEETINGS_QUESTION})
    assert_problem(response, 503, "index is empty")
    assert int(response.headers["Retry-After"]) > 0


def test_admin_endpoints_are_off_without_a_configured_key(client):
    for response in (
        client.post("/v1/documents", files={"file": ("a.txt", b"Tekst")}, headers={"Authorization": "Bearer x"}),
        client.post("/v1/documents", files={"file": ("a.txt", b"Tekst")}),
        client.delete("/v1/documents/a.txt", headers={"Authorization": "Bearer anything"}),
    ):
        assert_problem(response, 403, "admin endpoints are disabled", "RAADGIVER_ADMIN_API_KEY")


def test_cors_allows_only_the_configured_origin(client):
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = client.options(ASK, headers={"Origin": ALLOWED_ORIGIN, **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    refused = client.options(ASK, headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in refused.headers
    simple = client.get("/healthz", headers={"Origin": ALLOWED_ORIGIN})
    assert simple.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "X-Request-ID" in simple.headers["access-control-expose-headers"]


def test_rate_limit_answers_429_with_retry_after(client):
    # Last in this module: afterwards this client is limited for up to a minute.
    statuses = [client.get("/v1/documents").status_code for _ in range(RATE_LIMIT + 1)]
    assert statuses[-1] == 429 and 429 not in statuses[: RATE_LIMIT - 2]  # earlier tests used up to 2 requests
    response = client.get("/v1/documents")
    problem = assert_problem(response, 429, "rate limit of 5 requests per minute", "RAADGIVER_RATE_LIMIT_PER_MINUTE")
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert problem["status"] == 429
    assert client.get("/healthz").status_code == 200  # probes are never limited
