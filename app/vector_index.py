"""The Chroma collection that holds every chunk: embedded PersistentClient by default, a Chroma server when
RAADGIVER_CHROMA_URL is set. Chroma's own embedding function is never used (it downloads a model): we always
pass vectors. The collection's metadata records which embedding model made its vectors and a generation
number that every ingest bumps, so API workers sharing a server notice a newer ingest and reload."""
from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Collection, Mapping
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlparse

import chromadb
import httpx

from app.core.chunk import Chunk
from app.core.config import Settings
from app.embeddings import RaadgiverEmbeddings

READ_PAGE = 5000  # chunks per get() when every chunk is read
ADD_BATCH = 1000


log = logging.getLogger(__name__)
SNAPSHOT_ATTEMPTS = 5

class IndexMismatch(Exception):
    """The collection was built with another embedding model than the one configured."""


class EngineUnavailable(Exception):
    """The index cannot serve: Chroma unreachable, or nothing ingested. Maps to HTTP 503.

    `reason` is for the administrator (the log, the CLI): it names the server, the setting and the cause.
    `public` is what an API client is told: what happened and what to do, never a URL, path or exception text."""

    def __init__(self, reason: str, public: str = "the document index cannot be read right now; try again shortly"):
        super().__init__(reason)
        self.reason = reason
        self.public = public


@dataclass
class StoredChunk:
    id: str
    text: str
    metadata: dict
    score: float = 0.0


def unreachable(settings: Settings, exc: Exception) -> EngineUnavailable:
    """Why the Chroma server cannot serve, and what to do about it."""
    server = f"the Chroma server at RAADGIVER_CHROMA_URL={settings.chroma_url}"
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return EngineUnavailable(
            f"{server} did not answer within RAADGIVER_CHROMA_TIMEOUT_S={settings.chroma_timeout_s:g} s: check that "
            "it is running and answering; if it is only slow, raise RAADGIVER_CHROMA_TIMEOUT_S"
        )
    return EngineUnavailable(f"{server} is unreachable ({exc}): check that it is running at that address")


def _within(seconds: float, function):
    """function() in a daemon thread, given up on (TimeoutError) after `seconds`. A thread left hanging on a server
    that stopped answering ends when the server answers or dies, and never holds up the process's exit."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="chroma-connect", daemon=True).start()
    return future.result(timeout=seconds)


def chroma_client(settings: Settings):
    if not settings.chroma_url:
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path))
    url = urlparse(settings.chroma_url)
    if not url.hostname:
        raise ValueError(f"RAADGIVER_CHROMA_URL={settings.chroma_url!r} is not a URL like http://127.0.0.1:8001")

    def connect():
        return chromadb.HttpClient(
            host=url.hostname, port=url.port or (443 if url.scheme == "https" else 8000), ssl=url.scheme == "https"
        )

    # chromadb 1.5.9 has no timeout setting: its httpx session is made with timeout=None, so a server that accepts
    # connections but never answers (stopped, overloaded) would block a request for good. The client already
    # talks to the server while it is made, hence the thread; every later call gets the session's timeout.
    try:
        client = _within(settings.chroma_timeout_s, connect)
    except Exception as exc:  # timeout, connection refused, DNS, TLS
        raise unreachable(settings, exc) from exc
    client._server._session.timeout = httpx.Timeout(settings.chroma_timeout_s)
    return client


def chunk_metadata(chunk: Chunk, content_hash: str, ingested_at: str, publisher: str | None) -> dict:
    """Chroma metadata values cannot be None, so absent fields are left out."""
    values = {
        "source": chunk.source,
        "title": chunk.title,
        "year": chunk.year,
        "section": chunk.section,
        "page": chunk.page,
        "ordinal": chunk.ordinal,
        "content_hash": content_hash,
        "ingested_at": ingested_at,
        "publisher": publisher,
        **chunk.metadata,
    }
    return {key: value for key, value in values.items() if value is not None}


class IndexStore:
    def __init__(self, settings: Settings, embeddings: RaadgiverEmbeddings, collection: str | None = None):
        self.settings = settings
        self.embeddings = embeddings
        self.name = collection or settings.collection
        self.client = chroma_client(settings)  # a malformed URL is a ValueError naming the setting
        try:
            self.collection = self.client.get_or_create_collection(
                self.name,
                embedding_function=None,
                metadata={"hnsw:space": "cosine", "generation": 0, **embeddings.identity},
            )
        except httpx.TransportError as exc:
            raise unreachable(settings, exc) from exc
        except Exception as exc:  # server errors
            raise EngineUnavailable(f"Chroma at {settings.chroma_url or settings.chroma_path} is unreachable: {exc}") from exc
        self.check_identity()
        self._follow_search_ef()

    def _follow_search_ef(self) -> None:
        """HNSW search breadth as settings say (a query-time value Chroma keeps with the collection). With many
        near-duplicate chunks Chroma's default (100) misses close ones: at 10k synthetic chunks (benchmarks/scale.py)
        4 % of the exact top 30, among them answers' chunks; 300 misses 1 %, 1000 none, at 4.0 and 4.5 ms a query."""
        hnsw = (self.collection.configuration or {}).get("hnsw") or {}
        if hnsw and hnsw.get("ef_search") != self.settings.dense_search_ef:
            try:
                with self._served():
                    self.collection.modify(configuration={"hnsw": {"ef_search": self.settings.dense_search_ef}})
            except EngineUnavailable:
                raise
            except Exception as error:  # noqa: BLE001 - a read-only index still answers, only less widely searched
                log.warning("RAADGIVER_DENSE_SEARCH_EF=%s not applied to collection '%s' (%s); it searches with "
                            "ef_search %s", self.settings.dense_search_ef, self.name, error, hnsw.get("ef_search"))

    @contextmanager
    def _served(self):
        """A Chroma server that times out or drops the connection makes the engine unavailable (503 with
        Retry-After), not an internal error. Only a server raises these: the embedded client has no network."""
        try:
            yield
        except httpx.TransportError as exc:
            raise unreachable(self.settings, exc) from exc

    def check_identity(self) -> None:
        recorded = {key: self.collection.metadata.get(key) for key in self.embeddings.identity}
        if recorded != self.embeddings.identity:
            raise IndexMismatch(
                f"The index in collection '{self.name}' was built with {recorded}, but the configured embedding is "
                f"{self.embeddings.identity}. Re-ingest with `raadgiver ingest --rebuild` (or set "
                "RAADGIVER_EMBEDDING_BACKEND/RAADGIVER_EMBEDDING_MODEL back to what built it)."
            )

    # Generation: a fresh random token after every change, read by workers to decide whether to reload. A
    # token rather than a counter, so two writers never both write "N+1" and hide each other's change. The
    # collection's id is part of the key because a rebuild swaps in a new collection under the same name.
    def generation(self) -> str:
        try:
            self.collection = self.client.get_collection(self.name, embedding_function=None)
        except httpx.TransportError as exc:
            raise unreachable(self.settings, exc) from exc
        except Exception as exc:  # no such collection
            raise EngineUnavailable(
                f"collection '{self.name}' cannot be read from Chroma at "
                f"{self.settings.chroma_url or self.settings.chroma_path} ({exc}); run `raadgiver ingest`"
            ) from exc
        # The chunk count too: an ingest killed before it bumps the generation has still changed the chunks,
        # and the workers' keyword index must follow them.
        return f"{self.collection.id}:{self.collection.metadata.get('generation', 0)}:{self.count()}"

    # Writes (ingest, uploads) too: a hung server then fails them with the same advice instead of a traceback.
    def bump_generation(self) -> None:
        with self._served():
            self.collection = self.client.get_collection(self.name, embedding_function=None)
            # Chroma refuses "hnsw:*" keys in modify(), even unchanged ones.
            kept = {k: v for k, v in self.collection.metadata.items() if not k.startswith("hnsw:")}
            self.collection.modify(metadata={**kept, "generation": uuid.uuid4().hex})

    def count(self) -> int:
        with self._served():
            return self.collection.count()

    def add(self, chunks: list[Chunk], vectors: list[list[float]], metadatas: list[dict]) -> None:
        for start in range(0, len(chunks), ADD_BATCH):
            end = start + ADD_BATCH
            with self._served():
                self.collection.upsert(
                    ids=[chunk.id for chunk in chunks[start:end]],
                    embeddings=vectors[start:end],
                    documents=[chunk.text for chunk in chunks[start:end]],
                    metadatas=metadatas[start:end],
                )

    def update_metadata(self, items: list[tuple[str, dict]]) -> None:
        for start in range(0, len(items), ADD_BATCH):
            batch = items[start : start + ADD_BATCH]
            with self._served():
                self.collection.update(ids=[i for i, _ in batch], metadatas=[m for _, m in batch])

    def delete_ids(self, ids: list[str]) -> None:
        for start in range(0, len(ids), ADD_BATCH):
            with self._served():
                self.collection.delete(ids=ids[start : start + ADD_BATCH])

    def all_metadata(self) -> list[tuple[str, dict]]:
        return [(i, m) for i, _, m in self._read_all(["metadatas"])]

    def _read_all(self, include: list) -> list[tuple[str, str | None, dict]]:
        """(id, text, metadata) of every chunk, read a page at a time: one get() of 100k chunks makes Chroma's
        SQLite refuse it ("too many SQL variables")."""
        rows: list[tuple[str, str | None, dict]] = []
        while True:
            with self._served():
                page = self.collection.get(include=include, limit=READ_PAGE, offset=len(rows))
            texts = page.get("documents") or [None] * len(page["ids"])
            rows += zip(page["ids"], texts, page["metadatas"])
            if len(page["ids"]) < READ_PAGE:
                return rows

    def snapshot(self, known: Mapping[str, StoredChunk] | None = None) -> tuple[str, list[StoredChunk]]:
        """The generation and every chunk, read so that the chunks belong to that generation (a writer
        that bumps it in between makes us read again). An index that keeps changing (an ingest writing) is
        served as last read, under the generation from before that read: it is not the store's current one,
        so the next request reloads, and the log says so. `known`: chunks read before, by id (a reload's)."""
        for _ in range(SNAPSHOT_ATTEMPTS):
            generation = self.generation()
            chunks = self.all_chunks(known)
            if self.generation() == generation:
                return generation, chunks
        log.warning("the index changed while it was read %d times (an ingest is writing); serving what was read "
                    "until the next request reloads it", SNAPSHOT_ATTEMPTS)
        return generation, chunks

    def all_chunks(self, known: Mapping[str, StoredChunk] | None = None) -> list[StoredChunk]:
        """Every chunk. With `known` only the texts of chunks not in it are read: a chunk's id is a hash of its
        document, position, section and text (app.core.chunk.Chunk.id), so a known id has the known text.
        Metadata is read for every chunk: a document's year or title may change while its text does not."""
        if known:
            rows = self._read_all(["metadatas"])
            unknown = [i for i, _, _ in rows if i not in known]
            texts = self._texts_of(unknown)
            if len(texts) < len(unknown):  # removed between the two reads (an ingest writing): read all at once
                return self.all_chunks()
            chunks = [StoredChunk(i, known[i].text if i in known else texts[i], m) for i, _, m in rows]
        else:
            chunks = [StoredChunk(i, d or "", m) for i, d, m in self._read_all(["documents", "metadatas"])]
        chunks.sort(key=lambda chunk: (chunk.metadata.get("source", ""), chunk.metadata.get("ordinal", 0)))
        return chunks

    def _texts_of(self, ids: list[str]) -> dict[str, str]:
        texts: dict[str, str] = {}
        for start in range(0, len(ids), READ_PAGE):
            with self._served():
                page = self.collection.get(ids=ids[start : start + READ_PAGE], include=["documents"])
            texts.update(zip(page["ids"], (text or "" for text in page["documents"] or [])))
        return texts

    def vectors_of(self, ids: list[str]) -> dict[str, list[float]]:
        """The stored embedding of each chunk of `ids` still in the collection."""
        with self._served():
            page = self.collection.get(ids=ids, include=["embeddings"])
        return {i: list(vector) for i, vector in zip(page["ids"], page["embeddings"])}

    def dense_query(self, vector: list[float], k: int, sources: Collection[str] | None = None) -> list[StoredChunk]:
        """The k nearest chunks (fewer when the collection is smaller), of the documents `sources` when given."""
        return self.dense_queries([vector], k, sources)[0]

    def dense_queries(self, vectors: list[list[float]], k: int, sources: Collection[str] | None = None) -> list[list[StoredChunk]]:
        """dense_query for each of `vectors`, in one request."""
        if k <= 0 or not vectors:
            return [[] for _ in vectors]
        where = {"source": {"$in": sorted(sources)}} if sources is not None else None
        with self._served():
            result = self.collection.query(
                query_embeddings=vectors, n_results=k, where=where, include=["documents", "metadatas", "distances"]
            )
        return [
            [StoredChunk(i, d, m, 1.0 - dist)  # cosine distance -> similarity
             for i, d, m, dist in zip(ids, documents, metadatas, distances)]
            for ids, documents, metadatas, distances in zip(
                result["ids"], result["documents"], result["metadatas"], result["distances"]
            )
        ]
