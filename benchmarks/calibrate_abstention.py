"""Calibrates the abstention decision (app/decision.py) on one set of eval files and reports it on another.

    python -m benchmarks.calibrate_abstention [--calibrate F ...] [--held-out F ...]

For every question it records each part's signals once (best dense cosine, known share, coverage, and
whether the evidence lacks an asked year/name/figure type), then searches the weights of `known` and
`coverage` and one relevance bar per language for the best abstain accuracy on the calibration files, then
the English bar together with the least quote cosine a question needs when its quote is in another language.
Where several bars score the same, the middle of that range is taken (the largest margin). It prints the
chosen settings and the abstain accuracy on both halves: the held-out half was not looked at."""
from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.core.config import get_settings
from app.decision import typed_evidence
from app.engine import Engine
from app.evaluate import read_eval_file

CALIBRATE = ["benchmarks/eval/realistic-calibration.jsonl", "benchmarks/eval/dev.jsonl", "benchmarks/eval/seed-english-mix.jsonl",
             "benchmarks/eval/english-informal-calibration.jsonl"]
HELD_OUT = ["benchmarks/eval/realistic.jsonl", "benchmarks/eval/seed-extra.jsonl", "benchmarks/eval/english-informal.jsonl"]
KNOWN_WEIGHTS = [0.0, 0.05, 0.1, 0.15, 0.2]
COVERAGE_WEIGHTS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3]
MIN_COVERAGES = [0.0, 0.1, 0.15, 0.2, 0.25, 0.3]
BARS = [round(0.75 + 0.005 * i, 3) for i in range(70)]
QUOTE_SIMILARITIES = [round(0.7 + 0.005 * i, 3) for i in range(40)]


@dataclass
class PartSignals:
    language: str
    dense: float
    known: float
    coverage: float
    vetoed: bool  # answerable by relevance, but the evidence lacks what was asked (or has no quote)
    quote_similarity: float
    cross_language: bool  # the quote is in another language than the question
    typed_evidence: bool  # the quote names what the question names and holds the kind of answer asked for


def collect(engine: Engine, files: list[str]) -> list[tuple[bool, list[PartSignals]]]:
    """(unanswerable, signals of each part) for every question of the files."""
    lenient = engine.settings.model_copy(update={"abstain_bar": -10.0, "abstain_bar_en": -10.0,
                                                 "abstain_min_quote_similarity_cross": -10.0})
    rows = []
    for file in files:
        for item in read_eval_file(Path(file)):
            prepared = engine.prepare(item.question)
            if not prepared.parts:  # the programme finder answered: not an abstention question
                continue
            signals = []
            for part in prepared.parts:
                verdict = engine._state.decide(part.question, lenient, part.retrieved, part.selection)
                signals.append(PartSignals(
                    part.question.language, verdict.signals["dense"], verdict.signals["known"],
                    verdict.signals["coverage"], not verdict.answer, verdict.signals["quote_similarity"],
                    not verdict.signals["same_language"], typed_evidence(part.question, engine.settings, part.selection),
                ))
            rows.append((item.unanswerable, signals))
    return rows


def accuracy(rows, known_weight: float, coverage_weight: float, bars: dict[str, float], min_coverage: float,
             min_quote_similarity: float = -1.0, language: str | None = None) -> float:
    correct = total = 0
    for unanswerable, parts in rows:
        if language and parts[0].language != language:
            continue
        answers = any(
            not p.vetoed and p.dense + known_weight * p.known + coverage_weight * p.coverage >= bars[p.language]
            and (p.language == "en" or p.coverage >= min_coverage)
            and (not p.cross_language or p.typed_evidence or p.quote_similarity >= min_quote_similarity)
            for p in parts
        )
        correct += answers != unanswerable
        total += 1
    return correct / total if total else 1.0


def calibrate(rows) -> tuple[float, float, dict[str, float], float, float]:
    best = None
    for kw in KNOWN_WEIGHTS:
        for cw in COVERAGE_WEIGHTS:
            for mc in MIN_COVERAGES:
                bars = {}
                for language in ("da", "en"):
                    scores = [accuracy(rows, kw, cw, {"da": b, "en": b}, mc, language=language) for b in BARS]
                    top = max(scores)
                    winners = [b for b, s in zip(BARS, scores) if s == top]
                    bars[language] = winners[len(winners) // 2]
                score = accuracy(rows, kw, cw, bars, mc)
                if best is None or score > best[3]:
                    best = (kw, cw, bars, score, mc)
    kw, cw, bars, score, mc = best
    # The English bar and the quote cosine act together on English questions: search them as a pair.
    pairs = [(b, qs) for b in BARS for qs in QUOTE_SIMILARITIES]
    scores = [accuracy(rows, kw, cw, {"da": bars["da"], "en": b}, mc, qs, language="en") for b, qs in pairs]
    winners = [pair for pair, s in zip(pairs, scores) if s == max(scores)]
    bars["en"], min_quote_similarity = winners[len(winners) // 2]
    return kw, cw, bars, accuracy(rows, kw, cw, bars, mc, min_quote_similarity), mc, min_quote_similarity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calibrate", nargs="+", default=CALIBRATE)
    parser.add_argument("--held-out", nargs="+", default=HELD_OUT)
    parser.add_argument("--beside", type=Path, help="also collect every question from an index of the corpus with "
                        "the documents in this folder beside it, so the settings must hold for both")
    args = parser.parse_args()
    engines = [Engine(get_settings())]
    if args.beside:
        from benchmarks.stability import engine_over

        engines.append(engine_over(get_settings().corpus_dir, args.beside, Path(tempfile.mkdtemp())))
    calibration = [row for engine in engines for row in collect(engine, args.calibrate)]
    held_out = [row for engine in engines for row in collect(engine, args.held_out)]
    kw, cw, bars, score, mc, qs = calibrate(calibration)
    c = get_settings()
    now = (c.abstain_known_weight, c.abstain_coverage_weight, {"da": c.abstain_bar, "en": c.abstain_bar_en},
           c.abstain_min_coverage, c.abstain_min_quote_similarity_cross)
    print(f"calibrated on {len(calibration)} questions: known_weight {kw}, coverage_weight {cw}, "
          f"bar da {bars['da']}, bar en {bars['en']}, min coverage (da) {mc}, min quote similarity (cross) {qs}")
    print(f"abstain accuracy, calibration half: {score:.3f}; held-out half ({len(held_out)} questions): "
          f"{accuracy(held_out, kw, cw, bars, mc, qs):.3f}")
    print(f"with the current settings {now}: calibration {accuracy(calibration, *now):.3f}, "
          f"held-out {accuracy(held_out, *now):.3f}")


if __name__ == "__main__":
    main()
