"""Uploads and deletes hold the data dir's ingest lock (ingest/lock.py), an OS file lock, so they exclude each
other across processes: here another process holds it, as another worker's upload or a CLI ingest would."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

import ingest.library
from app.api.main import create_app
from tests.app.api.helpers import assert_problem
from tests.conftest import REPO, make_settings

ADMIN = "upload-lock-test-key-8b2d6f0a4c1e"
HEADERS = {"Authorization": f"Bearer {ADMIN}"}
NOTE = ("notat.txt", "Regionen har åbnet et kontor i Hamborg med tre eksportrådgivere.".encode(), "text/plain")

_HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.core.config import Settings
    from ingest.lock import ingest_lock
    with ingest_lock(Settings(_env_file=None, data_dir=Path(sys.argv[1]))):
        print("held", flush=True)
        sys.stdin.read()  # until the test closes stdin
    """
)


@contextmanager
def lock_held_by_another_process(data_dir) -> Iterator[subprocess.Popen]:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(data_dir)], cwd=REPO, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        if holder.poll() is None:
            holder.stdin.close()
            holder.wait(timeout=30)


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:
    settings = make_settings(tmp_path, admin_api_key=ADMIN)
    settings.corpus_dir.mkdir(parents=True)
    with TestClient(create_app(settings)) as test_client:
        test_client.settings = settings  # type: ignore[attr-defined]
        yield test_client


def test_an_upload_waits_for_another_process_that_holds_the_data_dir_then_goes_through(client):
    settings = client.settings
    with lock_held_by_another_process(settings.data_dir) as holder:
        result: list = []
        upload = threading.Thread(target=lambda: result.append(client.post("/v1/documents", files={"file": NOTE},
                                                                           headers=HEADERS)))
        upload.start()
        time.sleep(1.5)
        assert upload.is_alive() and not (settings.corpus_dir / "notat.txt").exists()  # waiting, nothing written
        holder.stdin.close()
        upload.join(timeout=120)

    assert result[0].status_code == 201, result[0].text
    assert [d["source"] for d in client.get("/v1/documents").json()["documents"]] == ["notat.txt"]


def test_a_delete_waits_for_the_lock_too(client):
    assert client.post("/v1/documents", files={"file": NOTE}, headers=HEADERS).status_code == 201
    settings = client.settings
    with lock_held_by_another_process(settings.data_dir) as holder:
        result: list = []
        delete = threading.Thread(target=lambda: result.append(client.delete("/v1/documents/notat.txt", headers=HEADERS)))
        delete.start()
        time.sleep(1.5)
        assert delete.is_alive() and (settings.corpus_dir / "notat.txt").exists()
        holder.stdin.close()
        delete.join(timeout=120)

    assert result[0].status_code == 200, result[0].text
    assert client.get("/v1/documents").json()["documents"] == []


def test_an_upload_that_waited_long_enough_is_refused_with_409_and_leaves_the_corpus_alone(client, monkeypatch):
    monkeypatch.setattr(ingest.library, "CHANGE_WAIT_SECONDS", 0.5)
    with lock_held_by_another_process(client.settings.data_dir):
        response = client.post("/v1/documents", files={"file": NOTE}, headers=HEADERS)

    assert_problem(response, 409, "notat.txt was not added", "another ingest is running", "try again", "request id")
    assert response.headers["Retry-After"] == "60"
    assert not (client.settings.corpus_dir / "notat.txt").exists()
