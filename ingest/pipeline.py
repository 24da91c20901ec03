"""Files -> chunks -> vectors -> Chroma (+ the BM25 index), idempotently.

Record keeping lives in the chunks' own metadata (source, content_hash), so Chroma is the one source of
truth, also when it is a server shared by several workers. Duplicate policy:
- a document whose content hash is unchanged is skipped without embedding;
- a changed document is replaced: its new chunks are written before its old ones are deleted, so a crash
  never leaves it missing; chunks with the same text at the same position keep their vector;
- a file gone from the corpus directory is removed from the index (only when the whole corpus is ingested);
- a file with the same bytes as another is indexed once: under the path already indexed, else the first
  path in sorted order; the other is reported (and its chunks removed if it was indexed before);
- a file that fails to load keeps whatever was indexed for it before.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from app.core.chunk import Chunk
from app.core.config import Settings
from app.core.ingest_report import DocumentRecord, IngestReport, write_last_report
from app.database.errors import data_dir_problem
from app.embeddings import RaadgiverEmbeddings, get_embeddings
from app.lexical import bm25_dir, load_or_build
from app.vector_index import IndexMismatch, IndexStore, chroma_client, chunk_metadata
from ingest.chunk import chunk_document
from ingest.clean import clean_document
from ingest.documents import DocumentLimits, LoadedDocument, LoadError
from ingest.loaders import is_document_file, load_document
from ingest.lock import ingest_lock

log = logging.getLogger(__name__)
EMBED_BATCH = 32


def discover(paths: Sequence[Path], config_files: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and is_document_file(p, config_files=config_files))
        else:
            files.append(path)
    return files


def _indexed(store: IndexStore) -> dict[str, dict]:
    """source -> {"hash": content hash, "ids": chunk ids} for everything in the collection. A document whose
    chunks disagree on the hash (a replacement that crashed half-way) gets hash None: it is re-ingested."""
    records: dict[str, dict] = defaultdict(lambda: {"hashes": set(), "ids": []})
    for chunk_id, metadata in store.all_metadata():
        record = records[metadata["source"]]
        record["hashes"].add(metadata.get("content_hash"))
        record["ids"].append(chunk_id)
    return {
        source: {"hash": next(iter(r["hashes"])) if len(r["hashes"]) == 1 else None, "ids": r["ids"]}
        for source, r in records.items()
    }


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
    """Ingest `paths` (files or folders), or the whole corpus directory when None. Raises IngestRunning
    when another ingest works on the same data dir, StorageUnavailable when the data dir cannot be written."""
    try:
        with ingest_lock(settings):
            report = _ingest(settings, paths, rebuild=rebuild, embeddings=embeddings, show_progress=show_progress)
            write_last_report(settings, report)
            return report
    except Exception as exc:
        # A full disk or a read-only data dir fails deep inside the lock, Chroma or the BM25 writer: replace that
        # with StorageUnavailable, which names RAADGIVER_DATA_DIR, the path and what to do.
        problem = data_dir_problem(exc, settings)
        if problem is None:
            raise
        raise problem from exc


def _ingest(
    settings: Settings,
    paths: Sequence[Path] | None,
    *,
    rebuild: bool,
    embeddings: RaadgiverEmbeddings | None,
    show_progress: bool,
) -> IngestReport:
    started = time.perf_counter()
    if rebuild and paths is not None:
        raise ValueError("--rebuild re-embeds the whole corpus: run it without file arguments")
    whole_corpus = paths is None
    if whole_corpus and not settings.corpus_dir.is_dir():
        # Checked first: an empty listing of a missing folder would otherwise remove every indexed document.
        raise ValueError(f"RAADGIVER_CORPUS_DIR={settings.corpus_dir} is not a folder; point it at the documents")
    report = IngestReport()
    embeddings = embeddings or get_embeddings(settings)
    config_files = (settings.catalogue_file, settings.glossary_file, settings.contact_file, "contact.example.yaml")
    files = discover([settings.corpus_dir] if whole_corpus else [Path(p) for p in paths], config_files)

    collection = f"{settings.collection}-rebuild" if rebuild else settings.collection
    if rebuild:
        _drop_collection(settings, collection)
    store = IndexStore(settings, embeddings, collection=collection)
    indexed = _indexed(store)

    loaded: list[LoadedDocument] = []
    limits = DocumentLimits(chars=settings.max_document_chars, unpacked_bytes=settings.max_unpacked_bytes)
    for path in files:
        try:
            document = load_document(path, settings.corpus_dir, limits)
        except LoadError as error:
            report.failed.append((error.source, error.reason))
            continue
        loaded.append(document)
        report.warnings.extend((document.source, problem) for problem in document.metadata.warnings)
    # Duplicate policy: a source already indexed with these bytes keeps them; otherwise the first path wins.
    # A whole-corpus run knows which indexed files are still there; a run over some files trusts the index.
    if whole_corpus:
        owner = {d.content_hash: d.source for d in loaded if indexed.get(d.source, {}).get("hash") == d.content_hash}
    else:
        owner = {record["hash"]: source for source, record in sorted(indexed.items()) if record["hash"]}
    documents: list[LoadedDocument] = []
    for document in loaded:
        kept = owner.setdefault(document.content_hash, document.source)
        if kept == document.source:
            documents.append(document)
        else:
            report.duplicates.append((document.source, kept))

    changed_index = False
    try:
        for document in documents:
            changed_index |= _write_document(settings, store, embeddings, document, indexed.get(document.source), report, show_progress)
        if whole_corpus:
            present = {document.source for document in documents} | {source for source, _ in report.failed}
            for source, record in sorted(indexed.items()):
                if source not in present:  # deleted from the corpus, or now a duplicate of another file
                    store.delete_ids(record["ids"])
                    report.removed.append(source)
                    changed_index = True
            report.failed.extend(_validate_catalogue(settings, documents))
            report.failed.extend(_validate_glossary(settings))
            report.failed.extend(_validate_contact(settings))
    finally:
        # Also after a crash half-way: what was written must reach the workers' BM25 indexes.
        if changed_index or rebuild:
            store.bump_generation()

    if rebuild:
        # A file that fails now but that the old index holds would be lost by the swap: the old index keeps serving
        # and the rebuild is thrown away. A failing file the old index never held (a new upload, a first rebuild)
        # loses nothing, so the rebuild goes ahead without it and the failure is reported.
        # An old index of another embedding model cannot serve under these settings: the rebuild replaces it whole.
        try:
            held = set(_indexed(IndexStore(settings, embeddings)))
        except IndexMismatch:
            held = set()
        lost = sorted({source for source, _ in report.failed} & held)
        if lost:
            _drop_collection(settings, collection)
            report.failed.append((collection, (
                f"rebuild abandoned: the old index holds {', '.join(lost)}, which failed above and would be lost; "
                "the old index still serves. Fix or remove those files and rebuild again")))
            store = IndexStore(settings, embeddings)
        else:
            store = _swap_in(settings, store)
    load_or_build(store, bm25_dir(settings))
    report.chunks_total = store.count()
    report.seconds = time.perf_counter() - started
    return report


def _write_document(
    settings: Settings,
    store: IndexStore,
    embeddings: RaadgiverEmbeddings,
    document: LoadedDocument,
    previous: dict | None,
    report: IngestReport,
    show_progress: bool,
) -> bool:
    """Index one document; True when the index changed. New chunks are written before old ones are
    deleted, so a crash never leaves the document missing."""
    if previous and previous["hash"] == document.content_hash:
        report.unchanged.append(document.source)
        return False
    chunks = chunk_document(document, settings.chunk_size, settings.chunk_overlap_sentences)
    if not chunks:
        report.failed.append((document.source, "no text left after cleaning; check that the file has text"))
        return False
    if len(chunks) > settings.max_document_chunks:
        report.failed.append((document.source, (
            f"makes {len(chunks):,} chunks, more than the limit of {settings.max_document_chunks:,} per document "
            "(RAADGIVER_MAX_DOCUMENT_CHUNKS); split it into smaller documents or raise the limit")))
        return False
    ingested_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    kept = _kept_metadata(document.metadata.extra)
    if document.metadata.dated:
        kept["dated"] = document.metadata.dated
    metadatas = {chunk.id: {**kept, **chunk_metadata(chunk, document.content_hash, ingested_at, document.metadata.publisher)}
                 for chunk in chunks}
    old_ids = set(previous["ids"]) if previous else set()
    new_chunks = [chunk for chunk in chunks if chunk.id not in old_ids]
    vectors = _embed(embeddings, new_chunks, show_progress)
    try:
        store.add(new_chunks, vectors, [metadatas[c.id] for c in new_chunks])
        # Chunks with the same embedded text at the same position keep their vector; they get the new hash
        # after the new chunks are in, so an interruption leaves hashes that disagree and a retry next time.
        store.update_metadata([(chunk.id, metadatas[chunk.id]) for chunk in chunks if chunk.id in old_ids])
        store.delete_ids(sorted(old_ids - set(metadatas)))
    except Exception:
        # Back to what was there before (the old chunks are untouched until the last step), then report.
        store.delete_ids([chunk.id for chunk in new_chunks])
        raise
    report.chunks_embedded += len(new_chunks)
    (report.changed if previous else report.added).append(document.source)
    return True


def _kept_metadata(extra: dict[str, str]) -> dict[str, str]:
    """The document's other metadata keys for its chunks; one that clashes with raadgiver's own chunk
    fields (a front matter `source: Wikipedia`) is kept as `meta_source`."""
    reserved = {"source", "title", "year", "dated", "section", "page", "ordinal", "content_hash", "ingested_at",
                "publisher", "language", "kind"}
    return {f"meta_{key}" if key in reserved else key: value for key, value in extra.items()}


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


def _validate_glossary(settings: Settings) -> list[tuple[str, str]]:
    from app.glossary import Glossary, GlossaryError

    try:
        Glossary.load(settings.corpus_dir / settings.glossary_file)
    except GlossaryError as error:
        return [(settings.glossary_file, str(error))]
    return []


def _validate_contact(settings: Settings) -> list[tuple[str, str]]:
    from app.contact import ContactError, load_contact

    try:
        load_contact(settings.corpus_dir / settings.contact_file)
    except ContactError as error:
        return [(settings.contact_file, str(error))]
    return []


def _drop_collection(settings: Settings, name: str) -> None:
    client = chroma_client(settings)
    if name in {c.name for c in client.list_collections()}:
        client.delete_collection(name)


def _swap_in(settings: Settings, rebuilt: IndexStore) -> IndexStore:
    """Replace the serving collection with the rebuilt one: the old one is renamed aside, the rebuilt one
    takes its name, and the old one is deleted last. If the second rename fails, the old one is put back."""
    client = rebuilt.client
    names = {c.name for c in client.list_collections()}
    retired = f"{settings.collection}-retired"
    if retired in names:
        client.delete_collection(retired)
    old = client.get_collection(settings.collection, embedding_function=None) if settings.collection in names else None
    if old is not None:
        old.modify(name=retired)
    try:
        rebuilt.collection.modify(name=settings.collection)
    except Exception:
        if old is not None:
            old.modify(name=settings.collection)
        raise
    if old is not None:
        client.delete_collection(retired)
    return IndexStore(settings, rebuilt.embeddings)


def delete_document(settings: Settings, source: str, store: IndexStore | None = None) -> bool:
    store = store or IndexStore(settings, get_embeddings(settings))
    ids = _indexed(store).get(source, {}).get("ids", [])
    if not ids:
        return False
    store.delete_ids(ids)
    store.bump_generation()
    load_or_build(store, bm25_dir(settings))
    return True


def list_documents(settings: Settings, store: IndexStore | None = None) -> list[DocumentRecord]:
    store = store or IndexStore(settings, get_embeddings(settings))
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
