"""Scores an evaluation file (one JSON object a line):
{"id", "question", "context_contains": [str], "answer_contains": [str], "unanswerable": bool}

Matching is case-insensitive after collapsing whitespace runs. A question's context hits at rank r when
every context_contains string occurs in one of the top-k chunks, the first such chunk having rank r. Its
answer hits when every answer_contains string occurs in the answer text. An unanswerable question is
correct when the engine abstains; an answerable one is wrong when it does."""
from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class EvalItem:
    id: str
    question: str
    context_contains: list[str]
    answer_contains: list[str]
    unanswerable: bool


def read_eval_file(path: Path) -> list[EvalItem]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            items.append(
                EvalItem(
                    id=str(raw["id"]),
                    question=str(raw["question"]),
                    context_contains=list(raw.get("context_contains", [])),
                    answer_contains=list(raw.get("answer_contains", [])),
                    unanswerable=bool(raw.get("unanswerable", False)),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not an eval item ({exc}); each line needs at least id and question") from exc
    return items


def context_rank(needles: list[str], chunks: list[str]) -> int | None:
    wanted = [normalise(n) for n in needles]
    for rank, chunk in enumerate(chunks, start=1):
        text = normalise(chunk)
        if all(n in text for n in wanted):
            return rank
    return None


def evaluate(items: list[EvalItem], answer_fn: Callable[[str], tuple[str, bool, list[str]]], k: int) -> dict:
    """answer_fn(question) -> (answer text, abstained, retrieved chunk texts best first)."""
    results, latencies = [], []
    for item in items:
        started = time.perf_counter()
        answer, abstained, chunks = answer_fn(item.question)
        latencies.append((time.perf_counter() - started) * 1000)
        rank = context_rank(item.context_contains, chunks[:k]) if item.context_contains else None
        answer_hit = (
            all(normalise(a) in normalise(answer) for a in item.answer_contains) and not abstained
            if not item.unanswerable
            else None
        )
        results.append(
            {
                "id": item.id,
                "question": item.question,
                "context_rank": rank,
                "answer_hit": answer_hit,
                "abstained": abstained,
                "unanswerable": item.unanswerable,
                "correct_abstention": abstained == item.unanswerable,
                "answer": answer,
            }
        )
    with_context = [r for r, i in zip(results, items) if i.context_contains]
    answerable = [r for r in results if not r["unanswerable"]]
    return {
        "questions": len(items),
        "k": k,
        "context_recall_at_k": _mean([r["context_rank"] is not None for r in with_context]),
        "mrr": _mean([1 / int(r["context_rank"]) if r["context_rank"] else 0.0 for r in with_context]),
        "answer_hit_rate": _mean([bool(r["answer_hit"]) for r in answerable]),
        "abstain_accuracy": _mean([r["correct_abstention"] for r in results]),
        "latency_ms": {
            "p50": round(statistics.median(latencies), 1) if latencies else None,
            "p95": round(_percentile(latencies, 95), 1) if latencies else None,
        },
        "results": results,
    }


def _mean(values: list) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(percent / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def format_table(report: dict) -> str:
    lines = [f"{'id':<8} {'ctx rank':>8} {'answer':>7} {'abstain':>8}  question"]
    for r in report["results"]:
        rank = "-" if r["context_rank"] is None else str(r["context_rank"])
        hit = "-" if r["answer_hit"] is None else ("yes" if r["answer_hit"] else "NO")
        abstain = ("yes" if r["abstained"] else "no") + ("" if r["correct_abstention"] else "!")
        lines.append(f"{r['id']:<8} {rank:>8} {hit:>7} {abstain:>8}  {r['question'][:70]}")
    lines.append("")
    lines.append(
        f"questions {report['questions']}  k={report['k']}  context_recall@k {report['context_recall_at_k']}  "
        f"MRR {report['mrr']}  answer_hit_rate {report['answer_hit_rate']}  "
        f"abstain_accuracy {report['abstain_accuracy']}  latency p50 {report['latency_ms']['p50']} ms  "
        f"p95 {report['latency_ms']['p95']} ms"
    )
    return "\n".join(lines)
