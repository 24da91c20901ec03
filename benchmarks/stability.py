"""Do answers about the corpus stay the same when unrelated documents are indexed beside it?

    python benchmarks/stability.py [--extra DIR] [FILE.jsonl ...]

Ingests corpus/ alone and corpus/ plus the documents in DIR (default: the unrelated half of the many-document
fixture corpus), asks every question of the eval files of both, and prints each question whose answer
changed: abstained or not, the decision's reason, or the quoted sentences (citation numbers aside). A question
the corpus cannot answer that an added document answers, citing only added documents, is counted apart: the
new document is the answer, not a disturbance of the old ones."""
from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
from pathlib import Path

from app.core.config import Settings
from app.engine import Engine
from ingest.pipeline import ingest

REPO = Path(__file__).resolve().parent.parent
EVAL_FILES = sorted((REPO / "benchmarks" / "eval").glob("*.jsonl"))
UNRELATED = REPO / "tests" / "fixtures" / "many" / "unrelated"


def engine_over(corpus: Path, extra: Path | None, root: Path) -> Engine:
    shutil.copytree(corpus, root / "corpus")
    if extra is not None:
        shutil.copytree(extra, root / "corpus" / "extra")
    settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=root / "corpus")
    ingest(settings)
    return Engine(settings)


def outcome(answer, unanswerable: bool = False) -> dict:
    """What decides an answer for its reader: answered or not and why, the short answer, and the first quote
    (citation numbers aside: a new source may renumber them). Runners-up may change with rank, which BM25's
    corpus-wide statistics move. A question the corpus cannot answer is about no document: it must stay
    declined, but a new document may change what the reply says it lacks ("Dokumenterne nævner ikke Viborg"
    beside a library's opening hours)."""
    if unanswerable:
        return {"abstained": answer.abstained}
    text = re.sub(r"\s*\[\d+\]", "", answer.text)
    quotes = re.findall(r"“([^”]+)”", text)
    short = re.search(r"^(?:Kort svar|Short answer): (.+)$", text, re.M)
    return {
        "abstained": answer.abstained,
        "reason": (answer.decision or {}).get("reason"),
        "short_answer": short.group(1) if short else None,
        "first_quote": quotes[0] if quotes and not answer.abstained else None,
    }


def questions(files: list[Path]) -> dict[str, bool]:
    """Each question of the eval files, once, with whether the corpus cannot answer it."""
    items = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {item["question"]: bool(item.get("unanswerable")) for item in items}


def compare(alone: Engine, beside: Engine, asked: dict[str, bool]) -> tuple[list[tuple[str, dict, dict]], dict[str, str]]:
    """(changed: question, outcome alone, outcome beside; answered from added documents: question -> the cited)."""
    changed, answered_beside = [], {}
    for question, unanswerable in asked.items():
        answer = beside.ask(question)
        before, after = outcome(alone.ask(question), unanswerable), outcome(answer, unanswerable)
        cited = [source.document for source in answer.sources]
        if before == after:
            continue
        if unanswerable and cited and all(document.startswith("extra/") for document in cited):
            answered_beside[question] = ", ".join(dict.fromkeys(cited))
        else:
            changed.append((question, before, after))
    return changed, answered_beside


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extra", type=Path, default=UNRELATED)
    parser.add_argument("files", nargs="*", type=Path, default=EVAL_FILES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        alone = engine_over(REPO / "corpus", None, Path(tmp) / "alone")
        beside = engine_over(REPO / "corpus", args.extra, Path(tmp) / "beside")
        asked = questions(args.files)
        changed, answered_beside = compare(alone, beside, asked)
    for question, before, after in changed:
        fields = [key for key in before if before[key] != after[key]]
        print(f"CHANGED ({', '.join(fields)}): {question}")
        for key in fields:
            print(f"  alone  {key}: {json.dumps(before[key], ensure_ascii=False)[:400]}")
            print(f"  beside {key}: {json.dumps(after[key], ensure_ascii=False)[:400]}")
    for question, cited in answered_beside.items():
        print(f"ANSWERED FROM AN ADDED DOCUMENT: {question}\n  cites {cited}")
    unchanged = len(asked) - len(changed) - len(answered_beside)
    print(f"{unchanged}/{len(asked)} answers unchanged with {args.extra} indexed beside the corpus; "
          f"{len(answered_beside)} the corpus cannot answer answered from the added documents; {len(changed)} changed")


if __name__ == "__main__":
    main()
