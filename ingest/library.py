"""The corpus folder and the index kept in agreement, one document at a time: what the API's document routes
call (the app factory builds it; the routes never import the pipeline).

An added file is saved into the corpus and ingested; if ingestion fails, the file is taken out again (or the
earlier version put back), so the next full `raadgiver ingest` does not trip over it. A replaced version is
kept under the data dir. A removed document leaves the index, the corpus and its sidecar.

Adds and removes both rewrite the BM25 index, so each holds the data dir's ingest lock (ingest/lock.py), an OS
file lock: one at a time across all API workers and the CLI. One that finds the lock held waits for it (an
upload takes seconds) up to CHANGE_WAIT_SECONDS, then raises IngestRunning (a long CLI ingest)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from app.core.config import Settings
from app.core.document_formats import SUPPORTED_SUFFIXES
from app.core.ingest_report import DocumentRecord, IngestReport, UnsupportedDocument
from app.embeddings import RaadgiverEmbeddings
from app.vector_index import IndexStore
from ingest.documents import LoadError
from ingest.loaders import check_signature
from ingest.lock import ingest_lock
from ingest.metadata import sidecar_path
from ingest.pipeline import delete_document, ingest, list_documents

CHANGE_WAIT_SECONDS = 60.0


class DocumentLibrary:
    def __init__(self, settings: Settings):
        self.settings = settings

    def check_type(self, name: str, content: bytes) -> None:
        """The same suffix and signature rules as ingest, checked before anything is written."""
        allowed = ", ".join(sorted(SUPPORTED_SUFFIXES))
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise UnsupportedDocument(f"{name}: file type '{suffix or '(none)'}' is not supported; allowed types: {allowed}")
        try:
            check_signature(content, suffix, name)
        except LoadError as error:
            raise UnsupportedDocument(f"{error}. Allowed types: {allowed}") from error

    def list(self, store: IndexStore) -> list[DocumentRecord]:
        return list_documents(self.settings, store=store)

    def add(self, name: str, content: bytes, embeddings: RaadgiverEmbeddings) -> IngestReport:
        """Save `content` as corpus/`name` and ingest it; raises IngestRunning when another ingest holds the
        data dir for longer than CHANGE_WAIT_SECONDS (the corpus is then as it was)."""
        settings = self.settings
        target = settings.corpus_dir / name
        with ingest_lock(settings, wait=CHANGE_WAIT_SECONDS):
            settings.corpus_dir.mkdir(parents=True, exist_ok=True)
            previous = target.read_bytes() if target.exists() else None
            target.write_bytes(content)
            report: IngestReport | None = None
            try:
                report = ingest(settings, [target], embeddings=embeddings)
            finally:
                if report is None or report.failed:  # put the corpus back as it was; the index was not touched
                    if previous is None:
                        target.unlink(missing_ok=True)
                    else:
                        target.write_bytes(previous)
            if previous is not None and name in report.changed:
                self._keep_replaced(name, previous)
        return report

    def remove(self, source: str, store: IndexStore) -> bool:
        """Take `source` out of the index and the corpus; False when it is not indexed. Raises IngestRunning
        when another ingest holds the data dir for longer than CHANGE_WAIT_SECONDS."""
        settings = self.settings
        with ingest_lock(settings, wait=CHANGE_WAIT_SECONDS):
            if not delete_document(settings, source, store=store):
                return False
            # The file goes too, or the next full ingest would index it again. Only files inside the corpus.
            corpus = settings.corpus_dir.resolve()
            path = (corpus / source).resolve()
            if path.is_relative_to(corpus) and path != corpus:
                path.unlink(missing_ok=True)
                sidecar_path(path).unlink(missing_ok=True)
        return True

    def _keep_replaced(self, name: str, previous: bytes) -> None:
        """The replaced version, kept under the data dir (not the corpus, which would index it again), so a
        mistaken upload can be undone by uploading the old file back."""
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        folder = self.settings.data_dir / "replaced"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{stamp}-{name}").write_bytes(previous)
