"""Files -> chunks -> vectors -> Chroma (+ the BM25 index), idempotently.

Record keeping lives in the chunks' own metadata (source, content_hash), so Chroma is the one source of
truth, also when it is a server shared by several workers. Duplicate policy:
- a document whose content hash is unchanged is skipped without embedding;
- a changed document is replaced: its new chunks are written before its old ones are deleted, so a crash
  never leaves it missing; chunks whose text did not change keep their id and are not embedded again;
- a file gone from the corpus directory is removed from the index (only when the whole corpus is ingested);
- a file with the same bytes as another file is indexed once, under the first path; the other is reported;
- a file that fails to load keeps whatever was indexed for it before.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from app.core.config import Settings
from app.embeddings import RaadgiverEmbeddings, get_embeddings
from app.lexical import load_or_build
from app.store import IndexStore, chunk_metadata
from ingest.chunk import chunk_document
from ingest.clean import clean_document
from ingest.documents import Chunk, LoadedDocument, LoadError
from ingest.loaders import is_document_file, load_document

log = logging.getLogger(__name__)
EMBED_BATCH = 32


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (skipped source, indexed source)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    chunks_embedded: int = 0
    chunks_total: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [
            f"documents: {len(self.added)} added, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.duplicates)} duplicate, {len(self.failed)} failed",
            f"chunks: {self.chunks_embedded} embedded, {self.chunks_total} in the index; {self.seconds:.1f} s",
        ]
        if self.chunks_embedded == 0 and not self.failed:
            lines.append("nothing changed: 0 chunks embedded")
        lines += [f"duplicate: {skipped} has the same content as {kept}; not indexed" for skipped, kept in self.duplicates]
        lines += [f"FAILED: {source}: {reason}" for source, reason in self.failed]
        return "\n".join(lines)


@dataclass
class DocumentRecord:
    source: str
    title: str
    year: int | None
    chunks: int
    ingested_at: str
    content_hash: str


def bm25_dir(settings: Settings, collection: str | None = None) -> Path:
    return settings.data_dir / "bm25" / (collection or settings.collection)


def discover(paths: Sequence[Path], catalogue: str) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and is_document_file(p, catalogue_file=catalogue))
        else:
            files.append(path)
    return files


def _indexed(store: IndexStore) -> dict[str, dict]:
    """source -> {"hash": content hash, "ids": chunk ids} for everything in the collection."""
    records: dict[str, dict] = defaultdict(lambda: {"hash": None, "ids": []})
    for chunk_id, metadata in store.all_metadata():
        record = records[metadata["source"]]
        record["hash"] = metadata.get("content_hash")
        record["ids"].append(chunk_id)
    return dict(records)


def _embed(embeddings: RaadgiverEmbeddings, chunks: list[Chunk], show_progress: bool) -> list[list[float]]:
    from tqdm import tqdm

    vectors: list[list[float]] = []
    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not show_progress) as bar:
        for start in range(0, len(chunks), EMBED_BATCH):
            batch = chunks[start : start + EMBED_BATCH]
            vectors.extend(embeddings.embed_documents([chunk.embed_text for chunk in batch]))
            bar.update(len(batch))
    return vectors


def ingest(
    settings: Settings,
    paths: Sequence[Path] | None = None,
    *,
    rebuild: bool = False,
    embeddings: RaadgiverEmbeddings | None = None,
    show_progress: bool = False,
) -> IngestReport:
    """Ingest `paths` (files or folders), or the whole corpus directory when None."""
    started = time.perf_counter()
    report = IngestReport()
    embeddings = embeddings or get_embeddings(settings)
    corpus_root = settings.corpus_dir
    whole_corpus = paths is None
    files = discover([corpus_root] if whole_corpus else [Path(p) for p in paths], settings.catalogue_file)

    collection = f"{settings.collection}-rebuild" if rebuild else settings.collection
    if rebuild:
        _drop_collection(settings, collection)
    store = IndexStore(settings, embeddings, collection=collection)
    indexed = _indexed(store)

    documents: list[LoadedDocument] = []
    first_source_of_hash: dict[str, str] = {}
    for path in files:
        try:
            document = load_document(path, corpus_root)
        except LoadError as error:
            report.failed.append((error.source, error.reason))
            continue
        kept = first_source_of_hash.setdefault(document.content_hash, document.source)
        if kept != document.source:
            report.duplicates.append((document.source, kept))
            continue
        documents.append(document)

    ingested_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for document in documents:
        previous = indexed.get(document.source)
        if previous and previous["hash"] == document.content_hash:
            report.unchanged.append(document.source)
            continue
        chunks = chunk_document(document, settings.chunk_size, settings.chunk_overlap_sentences)
        if not chunks:
            report.failed.append((document.source, "no text left after cleaning; check that the file has text"))
            continue
        old_ids = set(previous["ids"]) if previous else set()
        new_chunks = [chunk for chunk in chunks if chunk.id not in old_ids]
        vectors = _embed(embeddings, new_chunks, show_progress)
        metadatas = [
            chunk_metadata(chunk, document.content_hash, ingested_at, document.metadata.publisher) for chunk in chunks
        ]
        # Unchanged chunks get their new metadata (hash, date) without a new vector.
        kept_chunks = [chunk for chunk in chunks if chunk.id in old_ids]
        if kept_chunks:
            store.collection.update(
                ids=[chunk.id for chunk in kept_chunks],
                metadatas=[m for chunk, m in zip(chunks, metadatas) if chunk.id in old_ids],
            )
        store.add(new_chunks, vectors, [m for chunk, m in zip(chunks, metadatas) if chunk.id not in old_ids])
        store.delete_ids(sorted(old_ids - {chunk.id for chunk in chunks}))
        report.chunks_embedded += len(new_chunks)
        (report.changed if previous else report.added).append(document.source)

    if whole_corpus:
        present = {document.source for document in documents} | {source for source, _ in report.failed}
        present |= {skipped for skipped, _ in report.duplicates}
        for source, record in indexed.items():
            if source not in present:
                store.delete_ids(record["ids"])
                report.removed.append(source)
        report.failed.extend(_validate_catalogue(settings, documents))

    if report.added or report.changed or report.removed or rebuild:
        store.bump_generation()
    if rebuild:
        store = _swap_in(settings, store)
    load_or_build(store, bm25_dir(settings))
    report.chunks_total = store.count()
    report.seconds = time.perf_counter() - started
    return report


def _validate_catalogue(settings: Settings, documents: list[LoadedDocument]) -> list[tuple[str, str]]:
    """Every quote in the programme catalogue must occur in a corpus document."""
    path = settings.corpus_dir / settings.catalogue_file
    if not path.exists():
        return []
    from app.programmes.catalogue import CatalogueError, load_catalogue, validate_quotes

    try:
        programmes = load_catalogue(path)
    except CatalogueError as error:
        return [(settings.catalogue_file, str(error))]
    texts = {doc.source: "\n\n".join(page.text for page in clean_document(doc.pages)) for doc in documents}
    return [(settings.catalogue_file, message) for message in validate_quotes(programmes, texts)]


def _drop_collection(settings: Settings, name: str) -> None:
    from app.store import chroma_client

    client = chroma_client(settings)
    if name in {c.name for c in client.list_collections()}:
        client.delete_collection(name)


def _swap_in(settings: Settings, rebuilt: IndexStore) -> IndexStore:
    """Replace the serving collection with the rebuilt one, keeping generations increasing."""
    client = rebuilt.client
    names = {c.name for c in client.list_collections()}
    if settings.collection in names:
        old = client.get_collection(settings.collection, embedding_function=None)
        rebuilt.set_generation(int(old.metadata.get("generation", 0)) + 1)
        client.delete_collection(settings.collection)
    rebuilt.collection.modify(name=settings.collection)
    return IndexStore(settings, rebuilt.embeddings)


def delete_document(settings: Settings, source: str, embeddings: RaadgiverEmbeddings | None = None) -> bool:
    store = IndexStore(settings, embeddings or get_embeddings(settings))
    ids = _indexed(store).get(source, {}).get("ids", [])
    if not ids:
        return False
    store.delete_ids(ids)
    store.bump_generation()
    load_or_build(store, bm25_dir(settings))
    return True


def list_documents(settings: Settings, embeddings: RaadgiverEmbeddings | None = None) -> list[DocumentRecord]:
    store = IndexStore(settings, embeddings or get_embeddings(settings))
    by_source: dict[str, list[dict]] = defaultdict(list)
    for _, metadata in store.all_metadata():
        by_source[metadata["source"]].append(metadata)
    return [
        DocumentRecord(
            source=source,
            title=metas[0].get("title", source),
            year=metas[0].get("year"),
            chunks=len(metas),
            ingested_at=max(m.get("ingested_at", "") for m in metas),
            content_hash=metas[0].get("content_hash", ""),
        )
        for source, metas in sorted(by_source.items())
    ]
