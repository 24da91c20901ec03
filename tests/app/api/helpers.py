"""Small helpers the API tests share."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import httpx

ASK = "/v1/ask"
SEED_DOCUMENT = "status-evaluering-eksport-internationalisering-2010.txt"
MEETINGS_QUESTION = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def read_events(lines: Iterable[str]) -> list[tuple[str, dict]]:
    """Server-sent events as (event name, parsed JSON data), in arrival order."""
    events: list[tuple[str, dict]] = []
    name, data = None, []
    for line in lines:
        if line.startswith("event:"):
            name = line.removeprefix("event:").strip()
        elif line.startswith("data:"):
            data.append(line.removeprefix("data:").strip())
        elif line == "" and name is not None:
            events.append((name, json.loads("\n".join(data))))
            name, data = None, []
    if name is not None:
        events.append((name, json.loads("\n".join(data))))
    return events


def stream_events(client: httpx.Client, path: str, body: dict, headers: dict | None = None) -> list[tuple[str, dict]]:
    with client.stream("POST", path, json=body, headers=headers) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        return read_events(response.iter_lines())


def assert_problem(response: httpx.Response, status: int, *fragments: str) -> dict:
    """The response is a problem-details object with `status` whose detail mentions every fragment."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == status and problem["title"] and problem["type"]
    for fragment in fragments:
        assert fragment in problem["detail"], (fragment, problem["detail"])
    return problem


def docx_bytes(*paragraphs: str, heading: str | None = None) -> bytes:
    """A real DOCX document made with python-docx."""
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def indexed_sources(client: httpx.Client) -> list[str]:
    response = client.get("/v1/documents")
    assert response.status_code == 200, response.text
    return [document["source"] for document in response.json()["documents"]]


def metric_samples(prometheus_text: str) -> dict[str, float]:
    """Prometheus exposition text as {'name{labels}': value}."""
    samples = {}
    for line in prometheus_text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    return samples


CLI_TIMEOUT_SECONDS = 120  # a guard against a server that started after all, not a speed assertion


def serve_expecting_refusal(cwd: Path, environment: dict[str, str], *args: str) -> tuple[int, str]:
    """(exit code, stderr) of `raadgiver serve ARGS` that should refuse to start; fails the test if it starts.
    Run away from the repository's .env, in its own process group so uvicorn's workers stop with it."""
    from tests.fixtures.chroma import free_port

    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", *args, "--port", str(free_port())],
        cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        _, stderr = process.communicate(timeout=CLI_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise AssertionError(f"`raadgiver serve {' '.join(args)}` started instead of refusing") from None
    return process.returncode, stderr
