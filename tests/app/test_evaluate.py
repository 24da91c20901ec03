"""`raadgiver eval`: the scoring rules, and the project's quality bar on the dev questions."""
import json
import os
import subprocess
import sys

from app.evaluate import context_rank, evaluate, read_eval_file
from tests.conftest import REPO


def test_context_hits_at_the_first_chunk_holding_every_string_case_and_space_insensitively(tmp_path):
    chunks = ["Eksporten faldt.", "Region  Midtjylland\n208   288", "region midtjylland 208 288 og mere"]
    assert context_rank(["region midtjylland 208 288"], chunks) == 2
    assert context_rank(["208 288", "og mere"], chunks) == 3
    assert context_rank(["findes ikke"], chunks) is None

    path = tmp_path / "e.jsonl"
    path.write_text(
        '{"id": "a", "question": "q1", "context_contains": ["208 288"], "answer_contains": ["208"]}\n'
        '{"id": "b", "question": "q2", "unanswerable": true}\n',
        encoding="utf-8",
    )
    answers = {"q1": ("Der var 208 forløb [1]", False, chunks), "q2": ("Det kan jeg ikke finde", True, [])}
    report = evaluate(read_eval_file(path), lambda q: answers[q], k=5)
    assert report["context_recall_at_k"] == 1.0 and report["mrr"] == 0.5
    assert report["answer_hit_rate"] == 1.0 and report["abstain_accuracy"] == 1.0
    assert [r["context_rank"] for r in report["results"]] == [2, None]


def test_dev_questions_meet_the_quality_bar(seed_settings):
    env = {**os.environ, "RAADGIVER_DATA_DIR": str(seed_settings.data_dir), "RAADGIVER_CORPUS_DIR": str(seed_settings.corpus_dir)}
    run = subprocess.run(
        [sys.executable, "-m", "app.cli", "eval", str(REPO / "benchmarks/eval/dev.jsonl"), "--k", "5", "--json"],
        env=env, capture_output=True, text=True, cwd=REPO, check=True,
    )
    report = json.loads(run.stdout)
    assert report["questions"] == 18 and report["k"] == 5
    assert report["context_recall_at_k"] >= 0.95
    assert report["answer_hit_rate"] >= 0.90
    assert report["abstain_accuracy"] == 1.0
    assert set(report["latency_ms"]) == {"p50", "p95"}
    assert {"id", "context_rank", "answer_hit", "abstained"} <= set(report["results"][0])
