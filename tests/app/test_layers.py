"""The query side does not load the ingest side (issue 14): an API worker or `raadgiver ask` that imports the
engine has no use for pypdf, BeautifulSoup, lxml or python-docx, nor for any module of ingest/. What both
sides share (settings, Chunk, the Danish sentence splitter, the index) lives in app/."""
import subprocess
import sys

from tests.conftest import REPO

PARSERS = ("pypdf", "bs4", "lxml", "docx")


def test_importing_the_engine_loads_no_document_parser_and_no_ingest_module():
    code = (f"import sys, app.engine; print(' '.join(m for m in sys.modules "
            f"if m in {PARSERS!r} or m == 'ingest' or m.startswith('ingest.')))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                            check=True).stdout.split()
    assert loaded == []


def test_the_api_loads_a_document_parser_only_when_a_document_of_its_kind_is_uploaded():
    code = f"import sys, app.api.main; print(' '.join(m for m in sys.modules if m in {PARSERS!r}))"
    loaded = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                            check=True).stdout.split()
    assert loaded == []
