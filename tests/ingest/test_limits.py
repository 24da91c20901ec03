"""Hostile or runaway input (issue 13): a link out of the corpus, text without full stops, a document far too
long. Each is refused by name and reason, or chunked within the chunk size in linear time, while the rest of
the corpus ingests."""
import os
import random
import time

import pytest

from ingest.chunk import chunk_document
from ingest.documents import DocumentMetadata, LoadedDocument, Page
from ingest.pipeline import ingest, list_documents
from tests.conftest import make_settings

WORDS = "eksport virksomhed region midtjylland rådgiver marked vækst program netværk tilskud".split()


def paragraphs_without_full_stops(count: int, seed: int = 1) -> str:
    """Paragraphs that start in lower case and never end a sentence: cleaning joins them into one."""
    rng = random.Random(seed)
    return "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(30)) for _ in range(count))


def document(text: str) -> LoadedDocument:
    return LoadedDocument("x.txt", "text", [Page(None, text)], DocumentMetadata(title="x"), "hash")


@pytest.mark.parametrize("text", [
    paragraphs_without_full_stops(800),  # was one chunk of 201,298 characters
    "a" * 141_000,  # a single 141k-character line (one "word")
    "Ordet " + "langt " * 30_000 + "slutter.",  # one sentence of 180k characters
    "\n".join(["Kommune  Beløb  Andel"] + [f"Kommune {i}  {i * 1000}  {i % 100} %" for i in range(2000)]),  # a table
], ids=["no-full-stops", "one-long-word", "one-long-sentence", "long-table"])
def test_no_chunk_is_ever_longer_than_the_chunk_size(text):
    chunks = chunk_document(document(text), chunk_size=900)
    assert len(chunks) > 10
    assert max(len(chunk.text) for chunk in chunks) <= 900


def test_a_long_table_is_cut_between_rows_and_each_part_keeps_its_header():
    table = "\n".join(["Kommune  Beløb  Andel"] + [f"Kommune {i}  {i * 1000}  {i % 100} %" for i in range(300)])
    chunks = chunk_document(document(table), chunk_size=900)
    assert all(chunk.text.startswith("Kommune  Beløb  Andel\n") for chunk in chunks)
    rows = [line for chunk in chunks for line in chunk.text.split("\n")[1:]]
    assert rows == table.split("\n")[1:]  # every row once, in order


def test_chunking_time_grows_linearly_with_the_text():
    """1,000 paragraphs without full stops against 100, in one run: linear is a ratio near 10, the quadratic
    joining this replaced was near 100 (3.8 s for 800). Best of three, to ride out a busy machine."""
    def seconds(count: int) -> float:
        text = paragraphs_without_full_stops(count)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            chunk_document(document(text), chunk_size=900)
            best = min(best, time.perf_counter() - started)
        return best

    seconds(100)  # warm-up: imports and regex compilation
    ratio = seconds(1000) / seconds(100)
    assert ratio < 30, f"1,000 paragraphs took {ratio:.1f} times as long as 100"


@pytest.fixture
def corpus_with_a_link_out(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Adgangskoden til lønsystemet er hemmelig-ged-42.", encoding="utf-8")
    settings = make_settings(tmp_path / "service")
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "notat.txt").write_text("Regionen har et kontor i Shanghai.", encoding="utf-8")
    os.symlink(outside / "secret.txt", settings.corpus_dir / "x.txt")
    (settings.corpus_dir / "ud").symlink_to(outside, target_is_directory=True)  # a linked folder too
    return settings


def test_a_link_that_leaves_the_corpus_is_refused_by_name(corpus_with_a_link_out):
    settings = corpus_with_a_link_out
    report = ingest(settings)
    failed = dict(report.failed)
    assert "links may not leave the corpus" in failed["x.txt"] and "copy the file" in failed["x.txt"]
    assert [d.source for d in list_documents(settings)] == ["notat.txt"]  # no absolute path, no secret


def test_a_link_named_on_the_command_line_is_refused_too(corpus_with_a_link_out):
    settings = corpus_with_a_link_out
    report = ingest(settings, [settings.corpus_dir / "x.txt"])
    assert [source for source, _ in report.failed] == ["x.txt"]
    assert list_documents(settings) == []


def test_a_document_over_the_character_limit_is_refused_and_the_rest_ingests(tmp_path):
    settings = make_settings(tmp_path, max_document_chars=20_000)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "lang.txt").write_text("Et langt notat. " * 5_000, encoding="utf-8")  # 80,000 characters
    (settings.corpus_dir / "kort.txt").write_text("Regionen har et kontor i Shanghai.", encoding="utf-8")
    report = ingest(settings)
    reason = dict(report.failed)["lang.txt"]
    assert "80,000 characters" in reason and "RAADGIVER_MAX_DOCUMENT_CHARS" in reason and "split it" in reason
    assert report.added == ["kort.txt"]


def test_a_text_file_far_over_the_limit_is_refused_before_it_is_parsed(tmp_path):
    settings = make_settings(tmp_path, max_document_chars=1_000)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "dump.md").write_bytes(b"# Log\n\n" + b"linje uden punktum\n" * 10_000)
    reason = dict(ingest(settings).failed)["dump.md"]
    assert "bytes of text" in reason and "RAADGIVER_MAX_DOCUMENT_CHARS" in reason


def test_a_document_over_the_chunk_limit_is_refused(tmp_path):
    settings = make_settings(tmp_path, max_document_chunks=5, chunk_size=300)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "mange.txt").write_text("Afsnit om eksport og vækst i regionen.\n\n" * 200, encoding="utf-8")
    reason = dict(ingest(settings).failed)["mange.txt"]
    assert "more than the limit of 5 per document" in reason and "RAADGIVER_MAX_DOCUMENT_CHUNKS" in reason


def test_a_second_ingest_on_the_same_data_dir_says_that_one_is_running(tmp_settings):
    """While one ingest holds the data dir (here: this test holds its lock, as a running ingest does),
    `raadgiver ingest` refuses at once, naming the data dir, and indexes nothing."""
    import subprocess
    import sys

    from ingest.lock import ingest_lock
    from tests.conftest import REPO

    (tmp_settings.corpus_dir / "notat.txt").write_text("Regionen har et kontor i Shanghai.", encoding="utf-8")
    env = {**os.environ, "RAADGIVER_DATA_DIR": str(tmp_settings.data_dir), "RAADGIVER_CORPUS_DIR": str(tmp_settings.corpus_dir)}
    with ingest_lock(tmp_settings):
        run = subprocess.run([sys.executable, "-m", "app.cli", "ingest"], cwd=REPO, env=env, capture_output=True,
                             text=True, timeout=300)
    assert run.returncode == 2
    assert "another ingest is running on RAADGIVER_DATA_DIR=" in run.stderr and "wait for it to finish" in run.stderr
    assert "Traceback" not in run.stderr
    assert ingest(tmp_settings).added == ["notat.txt"]  # and once it is done, the next one runs
