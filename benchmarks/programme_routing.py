"""How company questions are routed: the phrasing table (tests/app/programmes/company_phrasings.yaml)
asked of the engine, scored for route, first programme and eligibility verdict.

    python benchmarks/programme_routing.py [--table FILE] [--corpus DIR] [--json]

Uses only the engine's public API, so it also measures an older checkout: run it with that checkout's
directory as PYTHONPATH and its corpus/ as --corpus (issue 11's "before" figures were taken that way)."""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

from app.core.config import Settings
from app.engine import Engine
from ingest.pipeline import ingest

HERE = Path(__file__).resolve().parent.parent
VERDICTS = {"fits": "yes", "may_fit": "depends", "no_fit": "no"}


def route_of(answer) -> str:
    """The route an answer took; older engines without `Answer.route` only had finder or documents."""
    return getattr(answer, "route", None) or ("finder" if answer.mode == "programmes" else "documents")


def verdict_of(programme: dict) -> str:
    if "verdict" in programme:
        return VERDICTS[programme["verdict"]]
    return "yes" if programme.get("fits") else "no"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--table", type=Path, default=HERE / "tests/app/programmes/company_phrasings.yaml")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--json", action="store_true", help="print every row, not only the summary")
    args = parser.parse_args()
    rows = yaml.safe_load(args.table.read_text(encoding="utf-8"))
    root = Path(tempfile.mkdtemp(prefix="raadgiver-routing-"))
    shutil.copytree(args.corpus, root / "corpus")
    settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=root / "corpus")
    ingest(settings)
    engine = Engine(settings)

    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    results = []
    for row in rows:
        answer = engine.ask(row["text"])
        route = route_of(answer)
        first = (answer.programmes or [{}])[0]
        result = {"text": row["text"], "expected": row["route"], "route": route, "first": first.get("id")}
        scores = {"route": route == row["route"], f"route/{row['style']}": route == row["route"]}
        if row.get("top"):
            scores["first programme"] = first.get("id") in row["top"]
        if row["route"] == "eligibility":
            result["verdict"] = verdict_of(first) if first else None
            scores["eligibility verdict"] = route == "eligibility" and first.get("id") == row["programme"] \
                and result["verdict"] == row["verdict"]
        for name, ok in scores.items():
            totals[name][0] += int(ok)
            totals[name][1] += 1
        results.append(result)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
    for name in sorted(totals, key=lambda n: ("/" in n, n)):
        hits, count = totals[name]
        print(f"{name:24} {hits:3}/{count:<3} {hits / count:.3f}")
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
