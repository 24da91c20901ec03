"""A Chroma server that stops answering (SIGSTOP: the process lives and its port accepts connections, but nothing
replies) costs a request about RAADGIVER_CHROMA_TIMEOUT_S and then a 503 with Retry-After, instead of hanging until
the server comes back. A real `chroma run` server, a real ingest and the real app; nothing is mocked."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from ingest.pipeline import ingest
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem
from tests.conftest import CORPUS, make_settings
from tests.fixtures.chroma import running_chroma

TIMEOUT_S = 2
HANG_LIMIT_S = 30  # far above the timeout, far below the ~100 s the defect took: a hang guard, not a speed test
RESUME_AFTER_S = 60  # watchdog: without the fix a request ends (as a failed assertion) instead of hanging the run


@pytest.fixture(scope="module")
def chroma(tmp_path_factory):
    """(settings for the app, the `chroma run` process) with the seed corpus ingested into the server."""
    root = tmp_path_factory.mktemp("chroma-timeout")
    with running_chroma(root / "chroma-server") as (process, url):
        shutil.copytree(CORPUS, root / "corpus")
        settings = make_settings(root, chroma_url=url, chroma_timeout_s=TIMEOUT_S)
        report = ingest(settings)
        assert report.ok, report.summary()
        yield settings, process


@contextmanager
def stopped(process: subprocess.Popen):
    """The server hangs (SIGSTOP) for the duration, and always runs again afterwards."""
    os.kill(process.pid, signal.SIGSTOP)
    watchdog = threading.Timer(RESUME_AFTER_S, os.kill, (process.pid, signal.SIGCONT))
    watchdog.start()
    try:
        yield
    finally:
        watchdog.cancel()
        os.kill(process.pid, signal.SIGCONT)


def assert_fast_503(call) -> None:
    started = time.monotonic()
    response = call()
    elapsed = time.monotonic() - started
    detail = assert_problem(response, 503, "answer engine is unavailable", "request id")["detail"]
    assert "http" not in detail and "127.0.0.1" not in detail  # the Chroma URL and the cause go to the log only
    assert int(response.headers["Retry-After"]) > 0
    assert elapsed < HANG_LIMIT_S, f"took {elapsed:.0f} s"


def test_a_hung_chroma_server_gives_503_with_retry_after_and_the_service_recovers(chroma):
    settings, process = chroma
    with TestClient(create_app(settings)) as client:
        assert client.get("/readyz").status_code == 200
        with stopped(process):
            assert_fast_503(lambda: client.get("/readyz"))
            assert_fast_503(lambda: client.post(ASK, json={"question": MEETINGS_QUESTION}))
        assert client.get("/readyz").status_code == 200
        assert "373" in client.post(ASK, json={"question": MEETINGS_QUESTION}).json()["answer"]


def test_a_worker_started_while_chroma_hangs_starts_and_answers_503(chroma):
    settings, process = chroma
    with stopped(process):
        # The start-up tries to load the engine (a new Chroma client): it must give up, not block the worker.
        with TestClient(create_app(settings)) as client:
            assert client.get("/healthz").status_code == 200
            assert_fast_503(lambda: client.get("/readyz"))
