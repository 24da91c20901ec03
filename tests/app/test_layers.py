"""The query side does not load the document parsers (issue 14): an API worker or `raadgiver ask` that
imports the engine has no use for pypdf, BeautifulSoup, lxml or python-docx, nor for the ingest pipeline."""
import subprocess
import sys

from tests.conftest import REPO

PARSERS = ("pypdf", "bs4", "lxml", "docx", "ingest.pipeline", "ingest.loaders")


def test_importing_the_engine_loads_no_document_parser():
    loaded = subprocess.run(
        [sys.executable, "-c", f"import sys, app.engine; print(' '.join(m for m in {PARSERS!r} if m in sys.modules))"],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=True,
    ).stdout.split()
    assert loaded == []
