"""Helpers shared by the benchmark scripts: a throw-away index over a corpus, and the eval runner."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.core.config import Settings
from ingest.pipeline import ingest

REPO = Path(__file__).resolve().parent.parent


def fresh_index(corpus: Path, **overrides) -> Settings:
    """Copy `corpus` to a temporary folder and ingest it with the given settings."""
    root = Path(tempfile.mkdtemp(prefix="raadgiver-bench-"))
    shutil.copytree(corpus, root / "corpus")
    settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=root / "corpus", **overrides)
    report = ingest(settings)
    if not report.ok:
        print(report.summary())
    return settings
