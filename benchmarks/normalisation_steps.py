"""What each query-normalisation step adds: the eval files scored with the steps switched on one by one.

    python -m benchmarks.normalisation_steps [FILE.jsonl ...]

Steps (app/normalise.py): ae/oe/aa folding, typo correction, abbreviations, compound splitting."""
from __future__ import annotations

import argparse
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

import app.normalise as normalise
from app.core.config import get_settings
from app.engine import Engine
from app.evaluate import evaluate, read_eval_file

FILES = ["benchmarks/eval/realistic-calibration.jsonl", "benchmarks/eval/realistic.jsonl", "benchmarks/eval/dev.jsonl"]
OFF = {
    "fold": mock.patch.object(normalise, "fold_danish_letters", lambda word, vocabulary: word),
    "typos": mock.patch.object(normalise, "correct_typo", lambda word, vocabulary: word),
    "abbreviations": mock.patch.object(normalise, "ABBREVIATIONS", {}),
    "compounds": mock.patch.object(normalise.Vocabulary, "split_compound", lambda self, word, depth=2: None),
}
ORDER = ["fold", "typos", "abbreviations", "compounds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", default=FILES)
    args = parser.parse_args()
    print(f"{'steps on':<40} " + " ".join(f"{Path(f).stem[:22]:>24}" for f in args.files))
    for count in range(len(ORDER) + 1):
        on = ORDER[:count]
        with ExitStack() as stack:
            for step in ORDER[count:]:
                stack.enter_context(OFF[step])
            engine = Engine(get_settings())
            cells = []
            for file in args.files:
                report = evaluate(read_eval_file(Path(file)), lambda q: _answer(engine, q), 5)
                cells.append(f"MRR {report['mrr']:.3f} hit {report['answer_hit_rate']:.3f}")
        print(f"{' + '.join(on) or 'none':<40} " + " ".join(f"{c:>24}" for c in cells))


def _answer(engine: Engine, question: str):
    answer, retrieved = engine.answer_with_context(question)
    return answer.text, answer.abstained, [r.chunk.text for r in retrieved]


if __name__ == "__main__":
    main()
