"""Several workers, one truth: `raadgiver serve --workers 2` behind one Chroma server, one Redis (rate limits)
and one PostgreSQL (Slack de-duplication, conversations), all real processes on loopback.

Which worker serves a request is not left to chance or guessed: a keep-alive connection stays with the worker
that accepted it, and the test asks the kernel which worker process holds the server end of each connection
(/proc/net/tcp and /proc/PID/fd), so every check says, per request, which worker answered it.

- 60 asks at a limit of 30 per minute from one client, 30 through each worker: 30 answered, 30 refused (with
  per-process limits both workers would answer all 30 of theirs).
- One Slack message delivered three times at once, to both workers: taken up once, answered once.
- Uploads and deletes at the same moment through both workers: every document listed once and findable, the
  removed ones gone, the BM25 index built from exactly the chunks Chroma holds."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from slack_sdk.signature import SignatureVerifier

from app.core.config import Settings
from tests.app.api.helpers import ASK, MEETINGS_QUESTION, SEED_DOCUMENT
from tests.bot.fake_slack import BOT_USER_ID, FakeSlack
from tests.bot.slack_requests import BOT_TOKEN, SIGNING_SECRET, event_envelope
from tests.conftest import CORPUS
from tests.fixtures.chroma import free_port, running_chroma
from tests.fixtures.server import hermetic_environment
from tests.fixtures.processes import stop_process

ADMIN = "shared-state-test-key-5d1e9b3a7c2f"
LIMIT = 30
START_TIMEOUT_SECONDS = 300


@dataclass
class Workers:
    url: str
    port: int
    process: subprocess.Popen
    log_file: Path
    settings: Settings  # what the workers were started with (for reading the index in-process)
    slack: FakeSlack

    def worker_pids(self) -> set[int]:
        """The uvicorn worker processes: the serve process's children started by multiprocessing's spawn."""
        pids = set()
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                command = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid and b"spawn_main" in command:
                pids.add(int(entry))
        return pids

    def serving_pid(self, response: httpx.Response) -> int:
        """The worker that holds the server end of the connection `response` came over."""
        client_port = response.extensions["network_stream"].get_extra_info("socket").getsockname()[1]
        inode = None
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].split(":")[1], 16) == self.port and int(fields[2].split(":")[1], 16) == client_port:
                inode = fields[9]
        assert inode, f"no server socket for client port {client_port}"
        for pid in self.worker_pids():
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    if os.readlink(f"/proc/{pid}/fd/{fd}") == f"socket:[{inode}]":
                        return pid
                except OSError:
                    continue
        raise AssertionError(f"no worker holds socket {inode}")

    def connections(self, per_worker: int) -> dict[int, list[httpx.Client]]:
        """`per_worker` open connections (one client each) to every worker, by worker pid."""
        pools: dict[int, list[httpx.Client]] = {pid: [] for pid in self.worker_pids()}
        assert len(pools) == 2, pools
        for _ in range(200):
            if all(len(clients) >= per_worker for clients in pools.values()):
                return pools
            client = httpx.Client(base_url=self.url, timeout=120, trust_env=False)
            pid = self.serving_pid(client.get("/healthz"))
            if len(pools[pid]) < per_worker:
                pools[pid].append(client)
            else:
                client.close()
        raise AssertionError(f"could not reach both workers: {({pid: len(c) for pid, c in pools.items()})}")

    def log_messages(self) -> list[str]:
        lines = self.log_file.read_text(errors="replace").splitlines(keepends=True)
        return [json.loads(line)["message"] for line in lines if line.startswith("{") and line.endswith("\n")]


@pytest.fixture(scope="module")
def workers(tmp_path_factory, redis_url, postgres_server) -> Iterator[Workers]:
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("shared-state")
    corpus, data = root / "corpus", root / "data"
    shutil.copytree(CORPUS, corpus)
    slack = FakeSlack().start()
    with running_chroma(root / "chroma-server") as (_, chroma_url):
        settings = Settings(_env_file=None, chroma_url=chroma_url, corpus_dir=corpus, data_dir=data)
        assert ingest(settings).ok
        port = free_port()
        env = hermetic_environment(
            RAADGIVER_CHROMA_URL=chroma_url,
            RAADGIVER_CORPUS_DIR=str(corpus),
            RAADGIVER_DATA_DIR=str(data),
            RAADGIVER_ADMIN_API_KEY=ADMIN,
            RAADGIVER_RATE_LIMIT_PER_MINUTE=str(LIMIT),
            RAADGIVER_RATE_LIMIT_STORAGE_URL=redis_url,
            RAADGIVER_DATABASE_URL=postgres_server.new_database(),
            # The test is the proxy: X-Forwarded-For names the client, so the checks can be different clients.
            RAADGIVER_TRUSTED_PROXIES="127.0.0.1",
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_BOT_TOKEN=BOT_TOKEN,
            RAADGIVER_SLACK_API_URL=slack.api_url,
        )
        log_file = root / "server.log"
        with log_file.open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", "2"],
                env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT,
            )
        running = Workers(f"http://127.0.0.1:{port}", port, process, log_file, settings, slack)
        try:
            _wait_until_both_ready(running)
            yield running
        finally:
            stop_process(process, timeout=30)
            slack.stop()


def _wait_until_both_ready(workers: Workers) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    ready: set[int] = set()
    while len(ready) < 2:
        assert workers.process.poll() is None, workers.log_file.read_text(errors="replace")[-5000:]
        assert time.monotonic() < deadline, "the workers were not ready in time:\n" + workers.log_file.read_text()[-5000:]
        try:
            with httpx.Client(base_url=workers.url, timeout=30, trust_env=False) as client:
                response = client.get("/readyz")
                if response.status_code == 200:
                    ready.add(workers.serving_pid(response))
        except httpx.HTTPError:
            pass
        time.sleep(0.2)


def _in_parallel(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs at the same moment, each in its own thread; their results in order."""
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []
    start = threading.Barrier(len(jobs))

    def run(index: int, job: Callable[[], Any]) -> None:
        start.wait()
        try:
            results[index] = job()
        except BaseException as error:  # re-raised in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    if errors:
        raise errors[0]
    return results


def _close(pools: dict[int, list[httpx.Client]]) -> None:
    for clients in pools.values():
        for client in clients:
            client.close()


# 1. The rate limit counts once for all workers.


def test_sixty_asks_from_one_client_through_both_workers_get_thirty_answers(workers):
    pools = workers.connections(per_worker=1)
    client_address = {"X-Forwarded-For": "203.0.113.7"}

    def ask_thirty_times(client: httpx.Client) -> list[tuple[int, httpx.Response]]:
        results = []
        for _ in range(LIMIT):
            response = client.post(ASK, json={"question": MEETINGS_QUESTION}, headers=client_address)
            results.append((workers.serving_pid(response), response))
        return results

    try:
        served = [item for batch in _in_parallel(*(lambda c=clients[0]: ask_thirty_times(c) for clients in pools.values()))
                  for item in batch]
        other_client = next(iter(pools.values()))[0].post(
            ASK, json={"question": MEETINGS_QUESTION}, headers={"X-Forwarded-For": "203.0.113.8"})
    finally:
        _close(pools)

    by_worker = {pid: [r.status_code for p, r in served if p == pid] for pid in pools}
    assert [len(statuses) for statuses in by_worker.values()] == [LIMIT, LIMIT], by_worker  # 30 through each
    answered = [r for _, r in served if r.status_code == 200]
    refused = [r for _, r in served if r.status_code == 429]
    assert (len(answered), len(refused)) == (LIMIT, LIMIT), by_worker
    assert all("373" in r.json()["answer"] for r in answered)
    for response in refused:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert 1 <= int(response.headers["Retry-After"]) <= 60
        assert f"rate limit of {LIMIT} requests per minute exceeded" in response.json()["detail"]
    assert other_client.status_code == 200  # the limit is the client's, not everyone's
    print("answered/refused by worker:", {pid: (s.count(200), s.count(429)) for pid, s in by_worker.items()})


# Metrics: any worker's /metrics has the totals of both.


def test_metrics_from_either_worker_count_the_requests_both_served(workers):
    def requests_counted(client: httpx.Client) -> float:
        from prometheus_client.parser import text_string_to_metric_families

        text = client.get("/metrics").text
        return sum(sample.value for family in text_string_to_metric_families(text)
                   for sample in family.samples
                   if sample.name == "raadgiver_http_requests_total" and sample.labels["route"] == "/v1/programmes")

    pools = workers.connections(per_worker=1)
    (a,), (b,) = pools.values()
    try:
        before = requests_counted(a)
        assert requests_counted(b) == before
        for client, times in ((a, 3), (b, 2)):
            for _ in range(times):
                assert client.get("/v1/programmes", headers={"X-Forwarded-For": "192.0.2.44"}).status_code == 200
        assert requests_counted(a) == requests_counted(b) == before + 5
    finally:
        _close(pools)


# 2. A Slack message is answered once, whichever workers its deliveries reach.


def test_one_slack_message_delivered_three_times_to_both_workers_is_answered_once(workers):
    channel = "C0SHARED"
    message = workers.slack.user_message(channel, f"<@{BOT_USER_ID}> {MEETINGS_QUESTION}")
    body = json.dumps(event_envelope({**message, "type": "app_mention"}))
    verifier = SignatureVerifier(SIGNING_SECRET)

    def deliver(client: httpx.Client, retry: int) -> tuple[int, int]:
        timestamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
                   "X-Slack-Signature": verifier.generate_signature(timestamp=timestamp, body=body)}
        if retry:  # a retry of a delivery that may not have arrived: answered unless already seen
            headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_error"}
        response = client.post("/slack/events", content=body.encode(), headers=headers)
        return workers.serving_pid(response), response.status_code

    pools = workers.connections(per_worker=2)
    (first, second), (third, _) = pools.values()
    try:
        delivered = _in_parallel(lambda: deliver(first, 0), lambda: deliver(third, 1), lambda: deliver(second, 2))
    finally:
        _close(pools)

    assert [status for _, status in delivered] == [200, 200, 200]
    print("deliveries by worker:", delivered)
    assert {pid for pid, _ in delivered} == set(pools), delivered  # both workers got it
    replies = workers.slack.wait_for_bot_replies(channel, message["ts"], done=lambda m: "373" in m.get("text", ""))
    # Each delivery is decided (and a taken-up one logged) before its 200, so all three are decided by now.
    taken_up = [m for m in workers.log_messages() if m.startswith(f"Slack: taking up {channel}/{message['ts']}")]
    assert len(taken_up) == 1, taken_up
    assert len(replies) == 1, replies
    posted = [c for c in workers.slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]
    assert len(posted) == 1, posted


# 3. Uploads and deletes through both workers at once leave one consistent index.

DOCUMENTS = {
    "kvistholm.txt": "Kvistholm-ordningen gav i 2024 hele 4.117 virksomheder rådgivning om eksport til Norge.",
    "lyngmose.txt": "Lyngmose-puljen støttede 2.903 iværksættere med sparring om digital markedsføring.",
    "tangbjerg.txt": "Tangbjerg-netværket samlede 611 produktionsvirksomheder om grøn omstilling i 2023.",
    "raevekaer.txt": "Rævekær-programmet uddannede 1.358 ledere i salg til Tyskland og Østrig.",
    "skovbrynet.txt": "Skovbrynet-forløbet hjalp 827 fødevarevirksomheder med certificering til eksport.",
    "stenhoej.txt": "Stenhøj-initiativet gav 3.442 små virksomheder adgang til mentorer fra erhvervslivet.",
}
# A longer new version (a dozen chunks to embed), so that its upload is still running when the delete arrives.
SECTORS = ("fødevarer", "møbler", "software", "maskiner", "medicoudstyr", "vindenergi", "tekstiler", "emballage")
REUPLOADED = "\n\n".join(
    f"Kvistholm-fonden gav i {2000 + i % 25} lån til {100 + 37 * i} virksomheder inden for {SECTORS[i % 8]}. "
    f"Lånene udgjorde i alt {3 + i % 9},{i % 10} mio. kr. og blev brugt til eksport til {8 + i % 5} nye markeder."
    for i in range(80)
)
SAME_NAME = "faelles.txt"  # uploaded twice at once, in two versions, one through each worker
VERSIONS = {
    "Birkelund": "Birkelund-ordningen gav 5.021 virksomheder hjælp til patentering af nye produkter.",
    "Mølleåen": "Mølleåen-ordningen gav 6.134 virksomheder hjælp til automatisering af produktionen.",
}


def test_uploads_and_deletes_through_both_workers_at_once_leave_one_consistent_index(workers):
    admin = {"Authorization": f"Bearer {ADMIN}"}

    def upload(client: httpx.Client, name: str, text: str) -> tuple[int, int]:
        response = client.post("/v1/documents", files={"file": (name, text.encode(), "text/plain")}, headers=admin)
        assert response.status_code in (200, 201), response.text
        return workers.serving_pid(response), response.status_code

    def delete(client: httpx.Client, name: str) -> tuple[int, int]:
        response = client.delete(f"/v1/documents/{name}", headers=admin)
        assert response.status_code == 200, response.text
        return workers.serving_pid(response), response.status_code

    names = list(DOCUMENTS)
    a, b = names[0::2], names[1::2]  # three documents for each worker
    versions_a, versions_b = VERSIONS.values()
    started = time.monotonic()
    # Four new documents and two versions of one name, three uploads through each worker at the same moment.
    pools = workers.connections(per_worker=3)
    (one, two, three), (four, five, six) = pools.values()
    try:
        first_round = _in_parallel(
            lambda: upload(one, a[0], DOCUMENTS[a[0]]), lambda: upload(two, a[1], DOCUMENTS[a[1]]),
            lambda: upload(three, SAME_NAME, versions_a),
            lambda: upload(four, b[0], DOCUMENTS[b[0]]), lambda: upload(five, b[1], DOCUMENTS[b[1]]),
            lambda: upload(six, SAME_NAME, versions_b),
        )
    finally:
        _close(pools)
    # Then two deletes and three uploads at once, again through both workers (fresh connections: the server
    # closes idle ones); one document is deleted through one worker while a new version of it is uploaded
    # through the other.
    pools = workers.connections(per_worker=3)
    (one, two, _), (four, five, six) = pools.values()
    try:
        second_round = _in_parallel(
            lambda: delete(one, a[0]), lambda: upload(four, a[0], REUPLOADED),
            lambda: delete(five, b[0]), lambda: upload(two, a[2], DOCUMENTS[a[2]]),
            lambda: upload(six, b[2], DOCUMENTS[b[2]]),
        )
    finally:
        _close(pools)
    took = time.monotonic() - started

    assert second_round[0][0] != second_round[1][0]  # the delete and the new version went to different workers
    assert {pid for pid, _ in first_round} == {pid for pid, _ in second_round} == set(pools)
    statuses = [status for _, status in first_round]
    assert statuses[:2] + statuses[3:5] == [201] * 4
    assert sorted([statuses[2], statuses[5]]) == [200, 201]  # one added the name, the other replaced it
    # Delete first, then the upload adds it anew (201); or the upload replaces it (200), then the delete removes it.
    reuploaded_last = second_round[1][1] == 201
    assert [status for _, status in second_round[2:]] == [200, 201, 201]
    removed, kept = {b[0]}, {a[1], a[2], b[1], b[2]}
    (kept if reuploaded_last else removed).add(a[0])
    texts = {**DOCUMENTS, a[0]: REUPLOADED}

    # Every worker lists every kept document once and finds each by its own words: at once for the list (read
    # from Chroma), within seconds for the answers (a worker reloads in the background after another's change,
    # answering from the previous index until then).
    def consistent(pid: int, client: httpx.Client) -> set[str]:
        listed = [d["source"] for d in client.get("/v1/documents").json()["documents"]]
        assert sorted(listed) == sorted(kept | {SAME_NAME, SEED_DOCUMENT}), (pid, listed)
        for name in kept:
            top = search(client, _own_word(texts[name]), 1)[0]
            assert top["document"] == name and _own_word(texts[name]) in top["text"], (pid, name, top)
        for name in removed:
            assert name not in {r["document"] for r in search(client, _own_word(texts[name]), 10)}, (pid, name)
        # One version of the shared name is indexed, not both, nor a mix.
        found = {word for word in VERSIONS if word in search(client, word, 1)[0]["text"]}
        assert len(found) == 1, (pid, found)
        assert all(search(client, word, 1)[0]["document"] == SAME_NAME for word in found)
        return found

    for pid, clients in workers.connections(per_worker=1).items():
        client = clients[0]
        client.headers["X-Forwarded-For"] = f"198.51.100.{pid % 250}"
        deadline = time.monotonic() + 120
        try:
            while True:
                try:
                    found = consistent(pid, client)
                    break
                except AssertionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
        finally:
            client.close()
    assert (workers.settings.corpus_dir / SAME_NAME).read_text(encoding="utf-8") == VERSIONS[found.pop()]
    _assert_one_consistent_index(workers.settings, kept | {SAME_NAME, SEED_DOCUMENT})
    print(f"11 changes through 2 workers in {took:.1f} s; the re-uploaded document {'stayed' if reuploaded_last else 'went'}")


def _own_word(text: str) -> str:
    """The made-up name a document alone uses ("Kvistholm" of "Kvistholm-ordningen gav ...")."""
    return text.split("-")[0]


def search(client: httpx.Client, query: str, k: int) -> list[dict[str, Any]]:
    response = client.get("/v1/search", params={"q": query, "k": k})
    assert response.status_code == 200, response.text
    return response.json()["results"]


def _assert_one_consistent_index(settings: Settings, sources: set[str]) -> None:
    """The corpus folder, Chroma's chunks and the BM25 index agree: the corpus holds exactly the indexed documents,
    each indexed in the version its file has now (no chunks of another version), and the BM25 index saved for
    the collection's current generation is built from exactly Chroma's chunks."""
    from app.embeddings import get_embeddings
    from app.lexical import bm25_dir, generation_dir
    from app.vector_index import IndexStore
    from ingest.loaders import load_document
    from ingest.pipeline import discover

    store = IndexStore(settings, get_embeddings(settings))
    generation, chunks = store.snapshot()
    assert {chunk.metadata["source"] for chunk in chunks} == sources
    config = (settings.catalogue_file, settings.glossary_file, settings.contact_file, "contact.example.yaml")
    files = {load_document(p, settings.corpus_dir).source: p for p in discover([settings.corpus_dir], config)}
    assert set(files) == sources, f"corpus {sorted(files)} but index {sorted(sources)}"
    for source in sources:
        hashes = {chunk.metadata["content_hash"] for chunk in chunks if chunk.metadata["source"] == source}
        assert hashes == {load_document(files[source], settings.corpus_dir).content_hash}, source
    saved = generation_dir(bm25_dir(settings), generation) / "ids.json"
    assert saved.exists(), f"no BM25 index for generation {generation}"
    assert sorted(json.loads(saved.read_text())) == sorted(chunk.id for chunk in chunks)
