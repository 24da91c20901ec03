"""Scale figures (issue 17): ingest, start-up, memory, ask latency, worker throughput and answer quality at
1k, 10k (and 100k) chunks, over synthetic corpora made from the real corpus's sentences.

    .venv/bin/python -m benchmarks.scale --sizes 1000 10000 [100000] --keep DIR [--requests 36]

For each size (a size of 0 is the real corpus alone, as a baseline), in one run:
1. the corpus (benchmarks/_scale_corpus.py) is built once under DIR/n<size>/corpus and reused when it exists;
2. the embedder's raw throughput on a sample of 512 of the corpus's own chunk texts (batches of 32, in this
   process), a full `raadgiver ingest` into DIR/n<size>/data, the embedder's throughput again (the ingest is
   compared with the mean of both, as the load drifts), then an unchanged re-ingest. The index is kept too: on
   a later run the full ingest's figures come from DIR/n<size>/ingest.json, marked "kept", unless --reingest;
3. `raadgiver eval benchmarks/eval/dev.jsonl --json` against that index;
4. `raadgiver serve` (1 worker, embedded Chroma): time until /readyz is 200, the first ask of each question
   (cold caches), the worker's VmRSS after warm-up, one query embedding in this process, /v1/ask p50/p95 at 1
   and 8 concurrent clients over a fixed list of dev.jsonl questions (each as a multiple of one query
   embedding), the per-step timings the API reports, and "Hvor mange møder har internationaliseringsrådgiveren
   haft?" (is 373 in the first line, from which document);
5. a Chroma server (`chroma run`) over the same data: the time each step of Engine._load takes (the work
   every worker does at start and on every reload), the rank of each dev answer's chunk among the dense and
   the BM25 results (the engine fuses the first dense_candidates + bm25_candidates), requests/s at 8 clients
   with `--workers 1` and `--workers 2`, the latency of the first ask after an index change (a one-chunk
   document ingested and then removed again; the worker reloads in the background) and how long until the
   new index is served;
6. the load average at the start and end of the size.

Results go to DIR/results.json (one entry per size and run) and a table on stdout. No timing is asserted."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import httpx

from app.core.config import Settings
from benchmarks._scale_corpus import REPO, build_corpus, embed_sample
from benchmarks.api_latency import free_port, percentile, wait_until_ok

DEV = REPO / "benchmarks" / "eval" / "dev.jsonl"
MEETINGS = "Hvor mange møder har internationaliseringsrådgiveren haft?"
EMBED_BATCH = 32
MIN_SAMPLE = 512
PROBE_FILE = "zz-reload-probe.txt"
PROBE_TEXT = """---
title: "Reload-probe"
year: 2024
---
Reload-probe

Denne korte prøvetekst tilføjes og fjernes igen for at måle, hvad den første forespørgsel efter en ændring af indekset koster.
"""


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def dev_questions() -> list[str]:
    return [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def environment(root: Path, chroma_url: str = "") -> dict[str, str]:
    """This process's environment without any RAADGIVER_ setting of the caller, pointed at the size's corpus and data."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("RAADGIVER_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env.update(
        RAADGIVER_DATA_DIR=str(root / "data"), RAADGIVER_CORPUS_DIR=str(root / "corpus"),
        RAADGIVER_RATE_LIMIT_PER_MINUTE="1000000", RAADGIVER_CHROMA_URL=chroma_url,
    )
    return env


def cli(args: list[str], env: dict[str, str], log: Path) -> tuple[float, subprocess.CompletedProcess]:
    """Run `raadgiver ARGS` to completion; (wall seconds, the result). Its output is appended to `log`."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ raadgiver {' '.join(args)}  ({seconds:.1f} s, exit {result.returncode})\n{result.stdout}\n{result.stderr}\n")
    return seconds, result


# In-process embedding -------------------------------------------------------------------------------------
_embeddings = None


def embeddings():
    global _embeddings
    if _embeddings is None:
        from app.embeddings import get_embeddings

        _embeddings = get_embeddings(Settings(_env_file=None))
    return _embeddings


def raw_embed_throughput(texts: list[str]) -> dict:
    """Chunks/s of the embedder alone on `texts` (cycled to at least 512), in batches of 32, after one warm-up batch."""
    sample = (texts * (MIN_SAMPLE // max(1, len(texts)) + 1))[:max(MIN_SAMPLE, len(texts))]
    model = embeddings()
    model.embed_documents(sample[:EMBED_BATCH])
    started = time.perf_counter()
    for start in range(0, len(sample), EMBED_BATCH):
        model.embed_documents(sample[start:start + EMBED_BATCH])
    seconds = time.perf_counter() - started
    return {"texts": len(sample), "seconds": round(seconds, 2), "chunks_per_s": round(len(sample) / seconds, 2)}


def query_embedding_ms(questions: list[str], rounds: int = 3) -> float:
    """Median milliseconds of one query embedding, over the benchmark's questions."""
    model = embeddings()
    model.embed_query(questions[0])
    times = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            model.embed_query(question)
            times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


# Engine._load, step by step -----------------------------------------------------------------------------
def load_breakdown(root: Path, chroma_url: str) -> dict:
    """Seconds of each step Engine._load does at start-up and on every reload, in the order it does them
    (app/engine.py), against the size's index served by the Chroma server at `chroma_url` (as each of several
    workers reads it), in this process."""
    from app.embeddings.cache import CachedEmbeddings
    from app.engine import _headings_by_document, _texts_by_document
    from app.glossary import Glossary
    from app.lexical import bm25_dir, load_or_build
    from app.normalise import QueryNormaliser, Vocabulary
    from app.programmes.catalogue import load_catalogue
    from app.programmes.matcher import ProgrammeFinder
    from app.quotes import Scorer
    from app.vector_index import IndexStore

    settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=root / "corpus", chroma_url=chroma_url)
    model = embeddings()
    steps: dict[str, float] = {}

    def timed(name, function):
        started = time.perf_counter()
        value = function()
        steps[name] = round(time.perf_counter() - started, 3)
        return value

    store = timed("open store", lambda: IndexStore(settings, model))
    generation, chunks = timed("snapshot (read every chunk)", store.snapshot)
    timed("BM25 load", lambda: load_or_build(store, bm25_dir(settings), (generation, chunks)))
    glossary = timed("glossary", lambda: Glossary.load(settings.corpus_dir / settings.glossary_file))
    years = {c.metadata.get("source"): c.metadata.get("year") for c in chunks}
    # The catalogue's vectors come from the data dir's vector cache (app/embeddings/cache.py) once a worker
    # has embedded them: this is what every later start and reload pays.
    catalogue_vectors = CachedEmbeddings(model, path=settings.data_dir / "vector_cache" / "catalogue.npz")
    timed("programme catalogue (vectors cached on disk)",
          lambda: ProgrammeFinder(load_catalogue(settings.corpus_dir / settings.catalogue_file), catalogue_vectors, years, glossary))
    texts = timed("texts and headings by document",
                  lambda: (_texts_by_document(chunks), _headings_by_document(chunks))[0])
    vocabulary = timed("Vocabulary.of(all chunks)", lambda: Vocabulary.of(c.text for c in chunks))
    timed("QueryNormaliser", lambda: QueryNormaliser(vocabulary))
    timed("Scorer (term statistics per document)", lambda: Scorer(texts, model.embed_documents))
    result = {"chunks": len(chunks), "vocabulary_words": len(vocabulary.words), "tails": len(vocabulary.tails),
              "steps_s": steps, "total_s": round(sum(steps.values()), 2)}
    from app.engine import Engine

    started = time.perf_counter()
    engine = Engine(settings, model)
    result["engine_init_s"] = round(time.perf_counter() - started, 2)
    some_id = chunks[len(chunks) // 2].id
    # Work a request does whatever it asks: the generation check (every request), and the endpoints that walk
    # every chunk (/v1/about, /v1/documents; /v1/passages/{id}/context), and the question normaliser (typos).
    result["per_call_ms"] = {
        "reload_if_stale (no change)": _median_ms(engine.reload_if_stale, 20),
        "documents()": _median_ms(engine.documents, 5),
        "passage_context(id)": _median_ms(lambda: engine.passage_context(some_id), 5),
        "normalise (typos, ae/oe/aa)": _median_ms(lambda: engine._state.normaliser.normalise(TYPED_QUESTION), 5),
    }
    return result


def answer_ranks(root: Path, chroma_url: str, depth: int = 2000) -> dict:
    """For each dev question with a `context_contains` (and the meetings question), the rank of the first chunk
    holding it, searched as the engine searches (normalised question, the glossary's Danish terms and a "hvor
    mange" question's counted noun on the lexical side): (dense, nearly exact: a query for `depth` results makes
    Chroma's HNSW search with ef >= depth; dense as the engine queries it: its dense_candidates results, searched with RAADGIVER_DENSE_SEARCH_EF;
    BM25). The engine fuses only the first dense_candidates + bm25_candidates; None = not found."""
    from app.engine import Engine, _with_danish_terms
    from app.evaluate import normalise

    settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=root / "corpus", chroma_url=chroma_url)
    engine = Engine(settings, embeddings())
    state = engine._state
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = [(item["id"], item["question"], item["context_contains"]) for item in items if item.get("context_contains")]
    wanted.append(("meetings", MEETINGS, ["373 møder"]))

    def rank(texts: list[str], needles: list[str]) -> int | None:
        needles = [normalise(needle) for needle in needles]
        return next((n for n, text in enumerate(texts, start=1) if all(needle in normalise(text) for needle in needles)), None)

    ranks = {}
    for name, question, needles in wanted:
        q = engine._analyse(question, (), None, state)
        vector = state.retriever.embed(q.search_text, {})
        lexical_q = _with_danish_terms(q, state.glossary)
        dense = [chunk.text for chunk in engine.store.dense_query(vector, depth)]
        served = [chunk.text for chunk in engine.store.dense_query(vector, settings.dense_candidates)]
        lexical = [state.retriever.chunks[chunk_id].text
                   for chunk_id, _ in state.retriever.lexical.query(" ".join([lexical_q.search_text, *lexical_q.expansions]), depth,
                                                                   q.counted)
                   if chunk_id in state.retriever.chunks]
        ranks[name] = (rank(dense, needles), rank(served, needles), rank(lexical, needles))
    return {"candidates": f"{settings.dense_candidates} + {settings.bm25_candidates}", "depth": depth, "ranks": ranks}


TYPED_QUESTION = "hvor mange virksomhedsmoeder har internationaliseringsraadgiveren haft i midtjylland ifht eksporrt"


def _median_ms(function, times: int) -> float:
    values = []
    for _ in range(times):
        started = time.perf_counter()
        function()
        values.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(values), 2)


# Servers ----------------------------------------------------------------------------------------------------
class Server:
    def __init__(self, env: dict[str, str], workers: int, log: Path, timeout: float = 3600):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("a", encoding="utf-8")
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--port", str(self.port), "--workers", str(workers)],
            env=env, cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT,
        )
        if not wait_until_ok(f"{self.url}/readyz", self.process, timeout):
            self.stop()
            raise RuntimeError(f"raadgiver serve --workers {workers} did not become ready (see {log})")
        self.ready_seconds = round(time.perf_counter() - started, 2)

    def worker_pids(self) -> list[int]:
        """The uvicorn worker processes: the server itself with one worker, its spawned children with several."""
        children = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except (OSError, IndexError, ValueError):
                continue
            if ppid == self.process.pid and "multiprocessing-fork" in command:
                children.append(int(entry.name))
        return children or [self.process.pid]

    def stop(self) -> None:
        children = self.worker_pids() if self.process.poll() is None else []
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            for pid in children:
                if pid != self.process.pid:
                    try:
                        os.kill(pid, 9)
                    except OSError:
                        pass
            self.process.kill()
            self.process.wait()
        self.log.close()


def memory_mb(pid: int) -> dict:
    """VmRSS (now) and VmHWM (peak) of a process, in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = round(int(rest.split()[0]) / 1024)
    return values


@contextmanager
def chroma_server(path: Path, log: Path, timeout: float = 600) -> Iterator[str]:
    """`chroma run` over `path` on a free port; its URL while the block runs."""
    port = free_port()
    out = log.open("a", encoding="utf-8")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=out, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_until_ok(f"{url}/api/v2/heartbeat", process, timeout):
            raise RuntimeError(f"chroma run did not answer its heartbeat (see {log})")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        out.close()


# Load ---------------------------------------------------------------------------------------------------------
def ask(client: httpx.Client, url: str, question: str) -> tuple[float, dict | None]:
    started = time.perf_counter()
    response = client.post(f"{url}/v1/ask", json={"question": question})
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, response.json() if response.status_code == 200 else None


def run_load(url: str, questions: list[str], clients: int, requests: int) -> dict:
    """`requests` asks, `clients` at a time, cycling through `questions`: latencies, requests/s, failures and
    the median of each step the API reports in `timings`."""
    with httpx.Client(timeout=600, trust_env=False, limits=httpx.Limits(max_connections=clients)) as client:
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda i: ask(client, url, questions[i % len(questions)]), range(requests)))
        wall = time.perf_counter() - started
    latencies = [ms for ms, body in results if body is not None]
    steps: dict[str, list[float]] = {}
    for _, body in results:
        for step, ms in ((body or {}).get("timings") or {}).items():
            steps.setdefault(step, []).append(ms)
    return {
        "clients": clients, "requests": requests, "failed": requests - len(latencies),
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
        "requests_per_s": round(requests / wall, 2),
        "steps_p50_ms": {step: round(statistics.median(values), 1) for step, values in sorted(steps.items())},
    }


def meetings_answer(url: str) -> dict:
    """Whether the meetings question is answered with 373 first, and from which document."""
    with httpx.Client(timeout=600, trust_env=False) as client:
        _, body = ask(client, url, MEETINGS)
    if body is None:
        return {"answered": False, "error": True}
    first_line = body["answer"].splitlines()[0] if body["answer"] else ""
    sources = body.get("sources") or []
    return {
        "answered": not body["abstained"], "373_first": "373" in first_line and not body["abstained"],
        "first_line": first_line[:160], "first_source": sources[0]["document"] if sources else None,
    }


# One size -------------------------------------------------------------------------------------------------
def measure(size: int, keep: Path, requests: int, throughput_requests: int, reingest: bool, questions: list[str]) -> dict:
    root = keep / f"n{size}"
    root.mkdir(parents=True, exist_ok=True)
    log = root / "run.log"
    row: dict = {"size": size, "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 "load_start": load_average()}

    def say(text: str) -> None:
        print(f"[n={size} {time.strftime('%H:%M:%S')} load {load_average()}] {text}", flush=True)

    say("start")
    env = environment(root)

    row["corpus"] = build_corpus(root, size, Settings(_env_file=None))
    say(f"corpus: {row['corpus']}")

    row["embed_raw"] = raw_embed_throughput(embed_sample(root))
    say(f"embedder raw (before the ingest): {row['embed_raw']}")

    kept_ingest = root / "ingest.json"
    if reingest:
        shutil.rmtree(root / "data", ignore_errors=True)
        kept_ingest.unlink(missing_ok=True)
    if not (root / "data").is_dir():
        kept_ingest.unlink(missing_ok=True)  # the index it describes is gone
    if not kept_ingest.exists():
        # An ingest that was stopped (a 100k build outlives a session) is carried on, not started again:
        # `raadgiver ingest` skips the documents already indexed. Its seconds are then this run's only.
        resumed_at = _indexed_chunks(root)
        load_before = load_average()
        seconds, result = cli(["ingest"], env, log)
        report = json.loads((root / "data" / "last_ingest.json").read_text(encoding="utf-8"))
        load_after = load_average()
        # The embedder again after the ingest: the load on a shared machine drifts over a long ingest, so the
        # ingest is compared with the mean of the embedder's throughput before and after it.
        after = raw_embed_throughput(embed_sample(root))
        mean = round((row["embed_raw"]["chunks_per_s"] + after["chunks_per_s"]) / 2, 2)
        full = {"seconds": round(seconds, 1), "report_seconds": round(report["seconds"], 1), "exit": result.returncode,
                "chunks_embedded": report["chunks_embedded"], "chunks_total": report["chunks_total"],
                "failed": report["failed"], "load_before": load_before, "load_after": load_after,
                "embed_raw_same_run": {"before": row["embed_raw"], "after": after, "chunks_per_s": mean}, "kept": False,
                "resumed_at_chunks": resumed_at}
        kept_ingest.write_text(json.dumps(full, indent=2), encoding="utf-8")
    else:
        full = {**json.loads(kept_ingest.read_text(encoding="utf-8")), "kept": True}
    full["chunks_per_s"] = round(full["chunks_embedded"] / full["seconds"], 2)
    full["vs_raw"] = round(full["chunks_per_s"] / full["embed_raw_same_run"]["chunks_per_s"], 2)
    row["ingest"] = full
    say(f"full ingest: {full}")

    seconds, result = cli(["ingest"], env, log)
    row["reingest"] = {"seconds": round(seconds, 1), "exit": result.returncode,
                       "share_of_full": round(seconds / full["seconds"], 3)}
    say(f"unchanged re-ingest: {row['reingest']}")

    seconds, result = cli(["eval", str(DEV), "--json"], env, log)
    try:
        report = json.loads(result.stdout)
        row["eval"] = {key: report[key] for key in ("answer_hit_rate", "context_recall_at_k", "mrr", "abstain_accuracy", "latency_ms")}
        row["eval"]["missed"] = [r["id"] for r in report["results"] if r["answer_hit"] is False]
        row["eval"]["wrong_abstention"] = [r["id"] for r in report["results"] if not r["correct_abstention"]]
    except (ValueError, KeyError):
        row["eval"] = {"error": f"exit {result.returncode}, see {log}"}
    row["eval"]["seconds"] = round(seconds, 1)
    say(f"eval: {row['eval']}")

    # One worker over the embedded Chroma: the default deployment.
    server = Server(env, 1, log)
    try:
        row["ready_s"] = server.ready_seconds
        say(f"ready in {server.ready_seconds} s")
        with httpx.Client(timeout=600, trust_env=False) as client:
            cold = [ask(client, server.url, question)[0] for question in questions]
        row["first_ask_p50_ms"] = round(statistics.median(cold), 1)
        row["first_ask_max_ms"] = round(max(cold), 1)
        row["memory_mb"] = memory_mb(server.worker_pids()[0])
        row["query_embed_ms"] = query_embedding_ms(questions)
        say(f"first asks p50 {row['first_ask_p50_ms']} ms, memory {row['memory_mb']}, query embedding {row['query_embed_ms']} ms")
        for clients in (1, 8):
            result_ = run_load(server.url, questions, clients, requests)
            result_["p50_x_embed"] = round(result_["p50_ms"] / row["query_embed_ms"], 1) if result_["p50_ms"] else None
            result_["p95_x_embed"] = round(result_["p95_ms"] / row["query_embed_ms"], 1) if result_["p95_ms"] else None
            row[f"ask_{clients}"] = result_
            say(f"{clients} client(s): {result_}")
        row["memory_after_load_mb"] = memory_mb(server.worker_pids()[0])
        row["meetings"] = meetings_answer(server.url)
        say(f"meetings question: {row['meetings']}")
    finally:
        server.stop()

    # A Chroma server over the same data: one worker against two, and a reload inside a request.
    with chroma_server(root / "data" / "chroma", log) as chroma_url:
        served = environment(root, chroma_url)
        row["load_breakdown"] = load_breakdown(root, chroma_url)
        say(f"Engine._load steps: {row['load_breakdown']}")
        row["answer_ranks"] = answer_ranks(root, chroma_url)
        say(f"rank of the answering chunk (dense exact, dense as queried, BM25; candidates fused: "
            f"{row['answer_ranks']['candidates']}): "
            f"{row['answer_ranks']['ranks']}")
        for workers in (1, 2):
            server = Server(served, workers, log)
            try:
                # Each worker has its own sentence-vector cache: enough rounds that both have seen every question.
                warm = run_load(server.url, questions, 8, len(questions) * (6 if workers > 1 else 1))
                result_ = run_load(server.url, questions, 8, throughput_requests)
                result_["ready_s"] = server.ready_seconds
                result_["warm_up_failed"] = warm["failed"]
                result_["memory_mb"] = [memory_mb(pid) for pid in server.worker_pids()]
                row[f"workers_{workers}"] = result_
                say(f"--workers {workers}: {result_}")
                if workers == 1:
                    row["reload_in_request"] = reload_probe(root, served, server.url, questions, log)
                    say(f"first ask after an index change: {row['reload_in_request']}")
            finally:
                server.stop()
    row["workers_2_vs_1"] = round(row["workers_2"]["requests_per_s"] / row["workers_1"]["requests_per_s"], 2)
    row["load_end"] = load_average()
    say("end")
    return row


def _indexed_chunks(root: Path) -> int:
    """Chunks a stopped ingest left in the size's embedded Chroma (0 for none), read from its SQLite file."""
    import sqlite3

    database = root / "data" / "chroma" / "chroma.sqlite3"
    if not database.exists():
        return 0
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM embeddings").fetchone()[0]


def reload_probe(root: Path, env: dict[str, str], url: str, questions: list[str], log: Path) -> dict:
    """Ingest a one-chunk document beside the corpus, ask once (the worker notices the change and reloads in
    the background, answering from the previous index meanwhile), ask again, and time how long until
    /v1/documents lists the new document (the reload is done); then remove the document again with a
    whole-corpus ingest, so the kept corpus is unchanged."""
    probe = root / "corpus" / PROBE_FILE
    probe.write_text(PROBE_TEXT, encoding="utf-8")
    try:
        ingest_seconds, _ = cli(["ingest", str(probe)], env, log)
        with httpx.Client(timeout=600, trust_env=False) as client:
            changed = time.perf_counter()
            after_change = ask(client, url, questions[0])[0]
            warm = ask(client, url, questions[0])[0]
            # /v1/about lists the documents of the index the worker serves (/v1/documents reads Chroma itself).
            served: float | None = None
            while time.perf_counter() - changed < 600:
                if PROBE_FILE in client.get(f"{url}/v1/about").text:
                    served = round(time.perf_counter() - changed, 2)
                    break
                time.sleep(0.05)
    finally:
        probe.unlink(missing_ok=True)
        removal_seconds, _ = cli(["ingest"], env, log)
    return {"ingest_one_chunk_s": round(ingest_seconds, 1), "first_ask_ms": round(after_change, 1),
            "same_ask_warm_ms": round(warm, 1), "new_index_served_after_s": served,
            "removal_ingest_s": round(removal_seconds, 1)}


# Output -------------------------------------------------------------------------------------------------------
COLUMNS = [
    ("chunks", lambda r: f"{r['ingest']['chunks_total']:,}"),
    ("docs", lambda r: f"{r['corpus']['synthetic_documents'] + 1:,}"),
    ("corpus build s", lambda r: f"{r['corpus']['build_seconds']}{' (kept)' if r['corpus']['reused'] else ''}"),
    ("full ingest s", lambda r: f"{r['ingest']['seconds']}{' (kept)' if r['ingest']['kept'] else ''}"),
    ("ingest chunks/s", lambda r: r["ingest"]["chunks_per_s"]),
    ("embedder raw chunks/s (before/after)", lambda r: _raw(r["ingest"]["embed_raw_same_run"])),
    ("ingest / raw", lambda r: r["ingest"]["vs_raw"]),
    ("unchanged re-ingest s (share)", lambda r: f"{r['reingest']['seconds']} ({100 * r['reingest']['share_of_full']:.1f} %)"),
    ("ready s", lambda r: r["ready_s"]),
    ("RSS MB (1 worker, warm)", lambda r: r["memory_mb"]["VmRSS"]),
    ("query embed ms", lambda r: r["query_embed_ms"]),
    ("first ask p50 ms", lambda r: r["first_ask_p50_ms"]),
    ("1 client p50/p95 ms (x embed)", lambda r: _latency(r["ask_1"])),
    ("8 clients p50/p95 ms (x embed)", lambda r: _latency(r["ask_8"])),
    ("req/s 1 worker", lambda r: r["workers_1"]["requests_per_s"]),
    ("req/s 2 workers (x)", lambda r: f"{r['workers_2']['requests_per_s']} ({r['workers_2_vs_1']})"),
    ("first ask after change ms", lambda r: r["reload_in_request"]["first_ask_ms"]),
    ("new index served after s", lambda r: r["reload_in_request"].get("new_index_served_after_s", "-")),
    ("dev answer hit", lambda r: r["eval"].get("answer_hit_rate")),
    ("dev recall@5 / MRR", lambda r: f"{r['eval'].get('context_recall_at_k')} / {r['eval'].get('mrr')}"),
    ("dev abstain acc.", lambda r: r["eval"].get("abstain_accuracy")),
    ("373 chunk rank dense exact/as queried/BM25", lambda r: "/".join(str(x) for x in r["answer_ranks"]["ranks"]["meetings"])),
    ("373 first", lambda r: ("yes" if r["meetings"].get("373_first") else "NO")
     + ("" if "status-evaluering" in str(r["meetings"].get("first_source")) else " (not the real document)")),
    ("load start → end", lambda r: f"{r['load_start']} → {r['load_end']}"),
]


def _raw(raw: dict) -> str:
    if "before" not in raw:
        return str(raw["chunks_per_s"])
    return f"{raw['chunks_per_s']} ({raw['before']['chunks_per_s']}/{raw['after']['chunks_per_s']})"


def _latency(result: dict) -> str:
    return f"{result['p50_ms']:.0f}/{result['p95_ms']:.0f} ({result['p50_x_embed']}x/{result['p95_x_embed']}x)"


def table(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(name for name, _ in COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    for row in rows:
        cells = []
        for _, cell in COLUMNS:
            try:
                cells.append(str(cell(row)))
            except (KeyError, TypeError):
                cells.append("?")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="chunks per corpus; 0 = the real corpus alone")
    parser.add_argument("--keep", type=Path, required=True, help="where each size's corpus and index are built once and kept")
    parser.add_argument("--requests", type=int, default=36, help="asks per concurrency level (1 and 8 clients)")
    parser.add_argument("--throughput-requests", type=int, default=48, help="asks at 8 clients for --workers 1 and 2")
    parser.add_argument("--questions", type=int, default=18, help="how many dev.jsonl questions (in file order) are asked")
    parser.add_argument("--reingest", action="store_true", help="ingest again even when the size's index is kept")
    args = parser.parse_args()
    keep = args.keep.resolve()
    keep.mkdir(parents=True, exist_ok=True)
    questions = dev_questions()[: args.questions]
    print(f"load average at start: {load_average()}  ({os.cpu_count()} cores)  keep: {keep}", flush=True)
    rows = []
    for size in args.sizes:
        row = measure(size, keep, args.requests, args.throughput_requests, args.reingest, questions)
        rows.append(row)
        results = keep / "results.json"
        history = json.loads(results.read_text(encoding="utf-8")) if results.exists() else []
        results.write_text(json.dumps([*history, row], ensure_ascii=False, indent=2), encoding="utf-8")
        print(table(rows), flush=True)
    print(f"\nload average at end: {load_average()}")
    print(table(rows))


if __name__ == "__main__":
    main()
