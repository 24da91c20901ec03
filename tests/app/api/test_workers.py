"""`raadgiver serve --workers 2` over a real Chroma server: both workers answer, and a document uploaded
through one is found by whichever worker answers next (they reload on the collection's generation)."""
import shutil
import subprocess
import sys
import time

import httpx

from app.core.config import Settings
from ingest.pipeline import ingest
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, docx_bytes
from tests.conftest import CORPUS
from tests.fixtures.chroma import free_port
from tests.fixtures.server import hermetic_environment

ADMIN = "workers-test-key-0c5e9a7d2b4f"


def test_two_workers_share_one_chroma_server(tmp_path, chroma_server):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    shutil.copytree(CORPUS, corpus)
    env = {
        "RAADGIVER_CHROMA_URL": chroma_server,
        "RAADGIVER_CORPUS_DIR": str(corpus),
        "RAADGIVER_DATA_DIR": str(data),
        "RAADGIVER_ADMIN_API_KEY": ADMIN,
        "RAADGIVER_RATE_LIMIT_PER_MINUTE": "100000",
    }
    assert ingest(Settings(_env_file=None, chroma_url=chroma_server, corpus_dir=corpus, data_dir=data)).ok
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", "2"],
        env=hermetic_environment(**env), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=120, trust_env=False) as client:
            deadline = time.monotonic() + 300
            while True:
                try:
                    if client.get("/readyz").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert server.poll() is None and time.monotonic() < deadline, "server did not become ready"
                time.sleep(0.5)
            assert "373" in client.post(ASK, json={"question": MEETINGS_QUESTION}).json()["answer"]

            upload = client.post(
                "/v1/documents",
                files={"file": ("fjordbro.docx", docx_bytes("Fjordbro-ordningen har givet 4.711 virksomheder adgang til risikovillig kapital."), "application/octet-stream")},
                headers={"Authorization": f"Bearer {ADMIN}"},
            )
            assert upload.status_code == 201, upload.text
            # New connections each time, so the kernel spreads them over both workers. The worker that took the
            # upload reloaded before answering it; the other reloads in the background and answers from the
            # previous index until then: within seconds, 8 answers in a row come from the new document.
            in_a_row, deadline = 0, time.monotonic() + 120
            while in_a_row < 8:
                with httpx.Client(base_url=url, timeout=120, trust_env=False) as fresh:
                    body = fresh.post(ASK, json={"question": "Hvor mange virksomheder har Fjordbro-ordningen givet adgang til kapital?"}).json()
                if "4.711" in body["answer"]:
                    assert body["sources"][0]["document"] == "fjordbro.docx", body
                    in_a_row += 1
                else:
                    assert time.monotonic() < deadline, f"a worker still answers from the old index: {body}"
                    in_a_row = 0
                    time.sleep(0.2)
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode(errors="replace")
    pids = {line.split("[")[1].split("]")[0] for line in output.splitlines() if "Started server process" in line}
    assert len(pids) == 2, output[-3000:]
