"""Ask latency of this checkout next to an earlier revision, in the same run on the same machine.

    python -m benchmarks.ask_latency [--baseline REV] [FILE.jsonl ...]

Checks the baseline out into a temporary git worktree, ingests each side's own corpus/ (the catalogue format
may differ between them) into a fresh data dir, and runs `raadgiver eval` (warm: it asks one question
first) over the eval files, alternating sides so machine noise hits both. Prints p50/p95 of the whole ask
per file and the ratio of the p50s."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FILES = ["benchmarks/eval/realistic.jsonl", "benchmarks/eval/dev.jsonl", "benchmarks/eval/seed-extra.jsonl"]


def run(cwd: Path, data: Path, *args: str) -> str:
    env = {**os.environ, "RAADGIVER_DATA_DIR": str(data), "RAADGIVER_CORPUS_DIR": str(cwd / "corpus"), "PYTHONPATH": str(cwd)}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=cwd, env=env, check=True,
                          capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", default="HEAD~3", help="git revision to compare with")
    parser.add_argument("files", nargs="*", default=FILES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", str(base), args.baseline], cwd=REPO, check=True,
                       capture_output=True)
        try:
            sides = {"baseline": (base, Path(tmp) / "data-baseline"), "current": (REPO, Path(tmp) / "data-current")}
            for cwd, data in sides.values():
                run(cwd, data, "ingest")
            print(f"{'file':<40} {'baseline p50/p95 ms':>20} {'current p50/p95 ms':>20} {'p50 ratio':>10}")
            for file in args.files:
                latency = {}
                for name, (cwd, data) in sides.items():
                    report = json.loads(run(cwd, data, "eval", str(REPO / file), "--json"))
                    latency[name] = report["latency_ms"]
                b, c = latency["baseline"], latency["current"]
                print(f"{file:<40} {b['p50']:>9} / {b['p95']:<8} {c['p50']:>9} / {c['p95']:<8} {c['p50'] / b['p50']:>9.2f}")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=REPO, check=False)


if __name__ == "__main__":
    main()
