"""A service whose set-up is wrong keeps running and says what is wrong: an index built with another embedding
model, a broken programme catalogue, someone guessing the admin key, several workers without a Chroma server.

The app runs in this process (FastAPI's TestClient drives the real app without a socket), or the CLI in a
subprocess: each case needs its own data directory, and a uvicorn server per case would cost far more."""
from __future__ import annotations

import chromadb
import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, assert_problem, serve_expecting_refusal
from tests.conftest import make_settings
from tests.fixtures.server import hermetic_environment

ADMIN_KEY = "the-right-key-4711-f3b9c2d1e8a7"


def test_an_index_built_with_another_model_gives_503_with_the_fix_and_the_worker_stays_up(tmp_path):
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    other_model = {"embedding_backend": "sentence-transformers", "embedding_model": "other-model", "embedding_dim": 768}
    chromadb.PersistentClient(path=str(settings.chroma_path)).create_collection(
        settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine", "generation": 0, **other_model}
    )

    with TestClient(create_app(settings)) as client:  # runs the start-up, which must not fail
        assert client.get("/healthz").status_code == 200
        assert_problem(client.get("/readyz"), 503, "another embedding model", "raadgiver ingest --rebuild")
        assert_problem(client.post(ASK, json={"question": MEETINGS_QUESTION}), 503, "another embedding model",
                       "--rebuild", "request id")


def test_a_broken_programme_catalogue_gives_503_naming_the_file(tmp_path):
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / settings.catalogue_file).write_text("- id: eksport\n  name: [ikke lukket\n", encoding="utf-8")

    with TestClient(create_app(settings)) as client:
        for response in (
            client.get("/v1/programmes"),
            client.post("/v1/programmes/match", json={"employees": 12, "goal": "eksport"}),
        ):
            detail = assert_problem(response, 503, "programme catalogue (programmes.yaml) is invalid", "request id")["detail"]
            assert str(tmp_path) not in detail and "YAML" not in detail  # the path and the parser's words: the log


def test_without_a_catalogue_the_programmes_are_not_found(tmp_path):
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)

    with TestClient(create_app(settings)) as client:
        assert_problem(client.get("/v1/programmes"), 404, "no programme catalogue", "programmes.yaml")


def test_guessing_the_admin_key_is_throttled(tmp_path):
    settings = make_settings(tmp_path, admin_api_key=ADMIN_KEY, admin_key_failures_per_minute=10)
    # No start-up (no `with`): the admin check comes before anything that needs the engine.
    client = TestClient(create_app(settings))

    def upload_without_file(key: str | None):
        headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
        return client.post("/v1/documents", data={"other": "x"}, headers=headers)

    # A request without a key guesses nothing and is not counted.
    for _ in range(settings.admin_key_failures_per_minute + 2):
        assert_problem(upload_without_file(None), 401, "admin key missing")
    assert_problem(upload_without_file(ADMIN_KEY), 422, "'file'")  # the right key gets through to the upload

    for _ in range(settings.admin_key_failures_per_minute):
        assert_problem(upload_without_file("guess"), 401, "admin key wrong")
    refused = upload_without_file("another-guess")
    assert_problem(refused, 429, "too many wrong admin keys", str(settings.admin_key_failures_per_minute))
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    # The right key still works from the same address: an admin is never locked out by a guesser. It is at
    # least 24 characters (checked at start-up), so being able to try it changes nothing for the guesser.
    assert_problem(upload_without_file(ADMIN_KEY), 422, "'file'")
    assert_problem(upload_without_file("third-guess"), 429, "too many wrong admin keys")
    assert client.get("/healthz").status_code == 200


def test_several_workers_without_a_chroma_server_are_refused_at_once(tmp_path):
    environment = hermetic_environment(
        RAADGIVER_DATA_DIR=str(tmp_path / "data"), RAADGIVER_CORPUS_DIR=str(tmp_path / "corpus")
    )
    returncode, stderr = serve_expecting_refusal(tmp_path, environment, "--workers", "2")

    assert returncode != 0
    assert stderr.strip() == (
        "raadgiver serve: --workers 2 needs a Chroma server: set RAADGIVER_CHROMA_URL "
        "(embedded Chroma is single-process)"
    )
    assert not (tmp_path / "data").exists()  # refused before anything was written


def test_an_admin_key_short_enough_to_guess_is_refused_at_start_up(tmp_path):
    with pytest.raises(ValueError, match="RAADGIVER_ADMIN_API_KEY is 6 characters; use at least 24 random"):
        make_settings(tmp_path, admin_api_key="hemmel")
