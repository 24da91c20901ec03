"""The query side does not load the ingest side (issue 14): an API worker or `raadgiver ask` that imports the
engine has no use for pypdf, BeautifulSoup, lxml or python-docx, nor for any module of ingest/. What both
sides share (settings, Chunk, the Danish sentence splitter, the index) lives in app/. The layer contracts
(pyproject.toml [tool.importlinter]) hold, and break on a deliberate violation."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

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


def _lint_imports(root) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_layer_contracts_hold():
    run = _lint_imports(REPO)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_a_deliberate_violation_breaks_its_contract(tmp_path):
    """The engine importing the ingest pipeline: the contract names the import."""
    for name in ("app", "bot", "ingest"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "static"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    engine = tmp_path / "app" / "engine.py"
    engine.write_text(engine.read_text(encoding="utf-8") + "\nimport ingest.pipeline  # noqa: E402, F401\n", encoding="utf-8")
    run = _lint_imports(tmp_path)
    assert run.returncode != 0
    assert "The query side never imports ingest/ BROKEN" in run.stdout
    assert "app.engine -> ingest.pipeline" in run.stdout
