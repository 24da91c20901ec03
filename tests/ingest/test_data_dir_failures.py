"""`raadgiver ingest` into a data directory it cannot write stops with one paragraph that names
RAADGIVER_DATA_DIR, the path and what to do, and a non-zero exit: not a traceback from deep inside Chroma.

The full disk and the read-only folder are real: a tmpfs mounted in a private user and mount namespace
(`unshare -rm`), so nothing outside the test's process sees it. Where that is not allowed those two tests are
skipped; the data directory that cannot be created needs nothing special and always runs."""
from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.fixtures.server import hermetic_environment

TIMEOUT_SECONDS = 300
NO_NAMESPACE = 99  # the exit status of the script below when it may not mount its tmpfs


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Region Midtjylland har kontorer i Shanghai og Bruxelles.\n", encoding="utf-8")
    return corpus


def ingest_cli(data_dir: Path, corpus: Path, before: str = "") -> subprocess.CompletedProcess:
    """`raadgiver ingest`, after the shell commands `before` (run in a private mount namespace when given)."""
    environment = hermetic_environment(RAADGIVER_DATA_DIR=str(data_dir), RAADGIVER_CORPUS_DIR=str(corpus))
    ingest = f"{shlex.quote(sys.executable)} -m app.cli ingest"
    command = [sys.executable, "-m", "app.cli", "ingest"]
    if before:
        command = ["unshare", "-rm", "sh", "-c", f"{before}\nexec {ingest}"]
    return subprocess.run(command, env=environment, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)


def assert_one_paragraph_naming(run: subprocess.CompletedProcess, *fragments: str) -> str:
    if run.returncode == NO_NAMESPACE:
        pytest.skip(f"no private mount namespace with a tmpfs here: {run.stderr.strip()}")
    assert run.returncode != 0, run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("raadgiver ingest: "), run.stderr
    for fragment in ("RAADGIVER_DATA_DIR", *fragments):
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def mount_tmpfs(data_dir: Path, options: str) -> str:
    return f"mount -t tmpfs -o {options} tmpfs {shlex.quote(str(data_dir))} || exit {NO_NAMESPACE}"


def test_a_data_dir_that_cannot_be_created_is_named(tmp_path):
    corpus = write_corpus(tmp_path)
    blocker = tmp_path / "notes.txt"  # a file where a folder of the data directory's path should be
    blocker.write_text("not a folder\n")

    run = ingest_cli(blocker / "data", corpus)

    assert_one_paragraph_naming(run, str(blocker))


def test_a_read_only_data_dir_is_named_with_the_fix(tmp_path):
    corpus = write_corpus(tmp_path)
    data_dir = tmp_path / "data"
    data_dir.mkdir()

    run = ingest_cli(data_dir, corpus, before=mount_tmpfs(data_dir, "ro,size=1m"))

    assert_one_paragraph_naming(run, str(data_dir), "writable")


def test_a_full_disk_during_ingest_is_named_with_the_fix(tmp_path):
    corpus = write_corpus(tmp_path)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # An index that was ingested fine; then the disk fills up, and a new document arrives.
    before = "\n".join([
        mount_tmpfs(data_dir, "size=2m"),
        f"{shlex.quote(sys.executable)} -m app.cli ingest >/dev/null || exit 98",
        f"dd if=/dev/zero of={shlex.quote(str(data_dir / 'filler'))} bs=64k 2>/dev/null",
        f"echo 'VITUS hjælper små virksomheder ind på nye eksportmarkeder.' > {shlex.quote(str(corpus / 'b.txt'))}",
    ])

    run = ingest_cli(data_dir, corpus, before=before)

    assert run.returncode != 98, run.stderr  # the first ingest, before the disk filled, must work
    assert_one_paragraph_naming(run, str(data_dir), "disk is full", "free space")
