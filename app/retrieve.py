"""Hybrid retrieval: dense search in Chroma plus BM25 over the same chunks, fused by weighted reciprocal
rank fusion (dense weighted higher: measured on the dev eval, see README), optionally reranked."""
from __future__ import annotations

import time
from dataclasses import dataclass

from app.core.config import Settings
from app.embeddings import RaadgiverEmbeddings
from app.lexical import LexicalIndex
from app.store import IndexStore, StoredChunk


@dataclass
class Retrieved:
    chunk: StoredChunk
    score: float  # fused score
    dense_score: float | None  # cosine similarity, when dense search found it
    dense_rank: int | None
    bm25_rank: int | None


def fuse(rankings: list[tuple[list[str], float]], rrf_k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: each ranking adds weight / (rrf_k + rank) to its items."""
    scores: dict[str, float] = {}
    for ids, weight in rankings:
        for rank, chunk_id in enumerate(ids, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + weight / (rrf_k + rank)
    return scores


class HybridRetriever:
    def __init__(self, settings: Settings, store: IndexStore, embeddings: RaadgiverEmbeddings, lexical: LexicalIndex):
        self.settings = settings
        self.store = store
        self.embeddings = embeddings
        self.lexical = lexical
        self._chunks: dict[str, StoredChunk] = {chunk.id: chunk for chunk in store.all_chunks()}
        self._reranker = None
        if settings.reranker_path:
            from app.rerank import CrossEncoderReranker

            self._reranker = CrossEncoderReranker(settings.reranker_path)

    def chunk(self, chunk_id: str) -> StoredChunk | None:
        return self._chunks.get(chunk_id)

    def neighbours(self, chunk: StoredChunk) -> list[StoredChunk]:
        """All chunks of the same document and section, in document order."""
        source, section = chunk.metadata.get("source"), chunk.metadata.get("section")
        return [
            c for c in self._chunks.values() if c.metadata.get("source") == source and c.metadata.get("section") == section
        ]

    def retrieve(self, query: str, k: int, timings: dict[str, float] | None = None) -> list[Retrieved]:
        timings = timings if timings is not None else {}
        started = time.perf_counter()
        vector = self.embeddings.embed_query(query)
        timings["embed"] = _ms(started)

        started = time.perf_counter()
        dense = self.store.dense_query(vector, self.settings.dense_candidates)
        timings["dense"] = _ms(started)

        started = time.perf_counter()
        lexical = self.lexical.query(query, self.settings.bm25_candidates)
        timings["bm25"] = _ms(started)

        started = time.perf_counter()
        dense_ids = [chunk.id for chunk in dense]
        lexical_ids = [chunk_id for chunk_id, _ in lexical if chunk_id in self._chunks]
        fused = fuse(
            [(dense_ids, self.settings.dense_weight), (lexical_ids, self.settings.bm25_weight)], self.settings.rrf_k
        )
        dense_by_id = {chunk.id: chunk for chunk in dense}
        results = [
            Retrieved(
                chunk=dense_by_id.get(chunk_id) or self._chunks[chunk_id],
                score=score,
                dense_score=dense_by_id[chunk_id].score if chunk_id in dense_by_id else None,
                dense_rank=dense_ids.index(chunk_id) + 1 if chunk_id in dense_by_id else None,
                bm25_rank=lexical_ids.index(chunk_id) + 1 if chunk_id in lexical_ids else None,
            )
            for chunk_id, score in sorted(fused.items(), key=lambda item: -item[1])
        ]
        timings["fuse"] = _ms(started)

        if self._reranker is not None:
            started = time.perf_counter()
            results = self._reranker.rerank(query, results)
            timings["rerank"] = _ms(started)
        return results[:k]

    def dense_similarity(self, query_vector: list[float], texts: list[str]) -> list[float]:
        import numpy as np

        if not texts:
            return []
        matrix = np.asarray(self.embeddings.embed_documents(texts))
        return (matrix @ np.asarray(query_vector)).tolist()


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
