"""Measures chunk size and fusion weights on an eval file, so the defaults are chosen by numbers.

    .venv/bin/python benchmarks/tune_retrieval.py ../shared/eval/dev.jsonl [--corpus corpus]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from app.engine import Engine
from app.evaluate import evaluate, read_eval_file
from benchmarks._common import REPO, fresh_index


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("eval_file", type=Path)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--sizes", default="400,600,900,1200,1500")
    parser.add_argument("--weights", default="1:0,1:1,2:1,3:1,0:1", help="dense:bm25 pairs")
    args = parser.parse_args()
    items = read_eval_file(args.eval_file)
    print(f"{'chunk':>6} {'dense:bm25':>10} {'recall@5':>9} {'MRR':>6} {'answer':>7} {'abstain':>8}")
    for size in [int(s) for s in args.sizes.split(",")]:
        settings = fresh_index(args.corpus, chunk_size=size)
        for pair in args.weights.split(","):
            dense, bm25 = (float(w) for w in pair.split(":"))
            engine = Engine(settings.model_copy(update={"dense_weight": dense, "bm25_weight": bm25}))

            def answer_fn(question: str):
                answer, retrieved = engine.answer_with_context(question)
                return answer.text, answer.abstained, [r.chunk.text for r in retrieved]

            r = evaluate(items, answer_fn, k=5)
            print(
                f"{size:>6} {pair:>10} {r['context_recall_at_k']:>9.3f} {r['mrr']:>6.3f} "
                f"{r['answer_hit_rate']:>7.3f} {r['abstain_accuracy']:>8.3f}"
            )


if __name__ == "__main__":
    main()
