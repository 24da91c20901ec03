"""Hybrid retrieval: dense search in Chroma plus BM25 over the same chunks, fused by weighted reciprocal
rank fusion (dense weighted higher: measured on the dev eval, see README), optionally reranked."""
from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass

from app.core.answer_types import Source
from app.core.contact_details import PHONE_OR_EMAIL, is_contact_card
from app.core.config import Settings
from app.core.timing import ms_since
from app.embeddings import RaadgiverEmbeddings
from app.lexical import LexicalIndex, lexical_text, tokenize
from app.vector_index import IndexStore, StoredChunk


RESTATING_K = 8  # passages searched for another document's statement of an answer's fact
COUNTERPARTS = 2  # passages of the version in force searched for each of a superseded version: one may be a neighbour
NAMING_K = 1000  # passages searched for the documents naming what the question names
REACHING_K = 3  # passages writing a person's phone number or e-mail: their staff list row, a card
REACHING_SEARCHED = 100  # passages naming the person searched for those


@dataclass
class Retrieved:
    chunk: StoredChunk
    score: float  # fused score
    dense_score: float | None  # cosine similarity, when dense search found it

    def to_source(self, n: int) -> Source:
        metadata = self.chunk.metadata
        return Source(
            n=n,
            document=metadata.get("source", ""),
            title=metadata.get("title", ""),
            year=metadata.get("year"),
            section=metadata.get("section", ""),
            page=metadata.get("page"),
            text=self.chunk.text,
            score=round(self.dense_score if self.dense_score is not None else self.score, 4),
            chunk_id=self.chunk.id,
        )


class Retrieval(list):
    """The ranked results (a list of Retrieved), the best dense cosine among all candidates, and the best
    per document (so relevance can be judged on the documents an answer quotes)."""

    def __init__(self, results: list[Retrieved], top_dense_score: float, dense_by_source: dict[str, float] | None = None):
        super().__init__(results)
        self.top_dense_score = top_dense_score
        self.dense_by_source = dense_by_source or {}

    def top_dense_in(self, sources: set[str]) -> float:
        """The best dense cosine among the candidates from `sources` (the top one when none is known)."""
        scores = [self.dense_by_source[source] for source in sources if source in self.dense_by_source]
        return max(scores) if scores else self.top_dense_score


def sources_of(retrieved: list[Retrieved]) -> list[Source]:
    """Passages as sources numbered 1..k, in rank order."""
    return [result.to_source(n) for n, result in enumerate(retrieved, start=1)]


def fuse(rankings: list[tuple[list[str], float]], rrf_k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: each ranking adds weight / (rrf_k + rank) to its items."""
    scores: dict[str, float] = {}
    for ids, weight in rankings:
        for rank, chunk_id in enumerate(ids, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + weight / (rrf_k + rank)
    return scores


def promote_evidence(retrieval: Retrieval, evidence: list[float], k: int, most: int = 2) -> Retrieval:
    """The top k, where up to `most` of the weakest give way to deeper candidates whose `evidence` (one value per
    candidate) beats every one of the top k's, best first. With many near-duplicate documents the passage
    holding the fact is often fused below the top k, under passages that share its words but not the fact.
    The passage closest in meaning comes first of those, when it shares a word with the question: its cosine
    does not depend on the other documents, BM25's term weights do (beside later reports on the same topic,
    the 2010 plan's passage, first by cosine, was fused 18th)."""
    top = list(range(min(k, len(retrieval))))
    bar = max(evidence[:k], default=0.0)
    deeper = sorted((i for i in range(k, len(retrieval)) if evidence[i] > bar), key=lambda i: (-evidence[i], i))
    dense_best = max(range(len(retrieval)), key=lambda i: retrieval[i].dense_score or 0.0, default=0)
    if dense_best >= k and evidence[dense_best] > 0:
        deeper = [dense_best] + [i for i in deeper if i != dense_best]
    # Those giving way hold the least evidence (the lowest ranked of equals); the fused best and the dense best
    # stay unless k is small.
    open_to_yield = [i for i in top if i not in (0, dense_best)] if k > most else top
    yielding = sorted(open_to_yield, key=lambda i: (evidence[i], -i))[:min(most, len(deeper))]
    deeper = deeper[:len(yielding)]
    kept = [i for i in top if i not in yielding]
    return Retrieval([retrieval[i] for i in kept + deeper], retrieval.top_dense_score, retrieval.dense_by_source)


def with_newest_versions(top: Retrieval, pool: Retrieval, evidence: list[float], superseded: dict[str, str]) -> Retrieval:
    """`top` with, after it, the best passage (by `evidence`, one value per `pool` candidate) of the newest version
    of each superseded document in it, when `top` lacks that passage: the 2023 rules' deadline is weighed against
    the 2025 rules' (app/series.py)."""
    held = {r.chunk.id for r in top}
    wanted = {superseded[source] for r in top if (source := r.chunk.metadata.get("source", "")) in superseded}
    added = []
    for newest in sorted(wanted):
        candidates = [i for i, r in enumerate(pool) if r.chunk.metadata.get("source") == newest]
        best = max(candidates, key=lambda i: (evidence[i], -i), default=None)
        if best is not None and pool[best].chunk.id not in held:
            added.append(pool[best])
    return Retrieval(list(top) + added, top.top_dense_score, top.dense_by_source) if added else top


def names_all(names: list[str], chunk: StoredChunk) -> bool:
    """Does the passage, its section heading or its document's title write every word of each of `names`, in
    any inflection?"""
    words = set(tokenize(lexical_text(chunk)))
    return all(set(tokenize(name)) <= words for name in names)


class HybridRetriever:
    def __init__(
        self,
        settings: Settings,
        store: IndexStore,
        embeddings: RaadgiverEmbeddings,
        lexical: LexicalIndex,
        chunks: list[StoredChunk],
        reranker=None,
    ):
        self.settings = settings
        self.store = store
        self.embeddings = embeddings
        self.lexical = lexical
        self.chunks: dict[str, StoredChunk] = {chunk.id: chunk for chunk in chunks}
        self._reranker = reranker  # app.rerank.CrossEncoderReranker, or None
        self._cards: dict[str, list[str]] = {}  # source -> its contact cards' chunk ids
        for chunk in chunks:
            if is_contact_card(chunk.metadata.get("section", ""), chunk.text):
                self._cards.setdefault(chunk.metadata.get("source", ""), []).append(chunk.id)

    def contact_cards(self, retrieval: "Retrieval", documents: int) -> "Retrieval":
        """`retrieval` with the contact cards of its first `documents` documents after it: "hvem skal jeg ringe til om
        jeres eksportforløb" is answered by the export programme's card ("Eksportrådgiver Hanne Søgaard Lund,
        Telefon: ..."), which shares no word with the question but the document's."""
        held = {r.chunk.id for r in retrieval}
        sources = list(dict.fromkeys(r.chunk.metadata.get("source", "") for r in retrieval))[:documents]
        cards = [Retrieved(self.chunks[chunk_id], 0.0, None) for source in sources for chunk_id in self._cards.get(source, [])
                 if chunk_id not in held]
        return Retrieval(list(retrieval) + cards, retrieval.top_dense_score, retrieval.dense_by_source)

    def restating(self, vector: list[float], source: str, known: set[str]) -> list[Retrieved]:
        """The passages of other documents than `source` nearest to `vector` (a quote's), not among `known`:
        where another document may state the same fact, perhaps with another figure or date."""
        # Unfiltered and deeper: a metadata filter makes Chroma scan every chunk (24 ms at 10k against 4 ms).
        nearest = self.store.dense_query(vector, 4 * RESTATING_K)
        return [Retrieved(self.chunks[chunk.id], 0.0, chunk.score) for chunk in nearest
                if chunk.id in self.chunks and chunk.id not in known and chunk.metadata.get("source") != source][:RESTATING_K]

    def with_counterparts(self, retrieval: "Retrieval", superseded: dict[str, str],
                          asked_versions: Collection[str] = ()) -> "Retrieval":
        """`retrieval` with, after it, the passage of the version in force nearest to each passage of a version it
        supersedes, when `retrieval` lacks it: where the newer rules state the older ones' matter. And the other way,
        of the superseded versions the question asks of by their year (`asked_versions`)."""
        searched_in: dict[str, list[str]] = {}  # a version -> the other version's passages to search it by, in rank order
        for r in retrieval:
            source = r.chunk.metadata.get("source", "")
            if (newest := superseded.get(source)) is not None:
                searched_in.setdefault(newest, []).append(r.chunk.id)
            for older in asked_versions:
                if superseded.get(older) == source:
                    searched_in.setdefault(older, []).append(r.chunk.id)
        vectors = self.store.vectors_of([chunk_id for ids in searched_in.values() for chunk_id in ids]) if searched_in else {}
        held = {r.chunk.id for r in retrieval}
        added = []
        for version, ids in searched_in.items():
            searched = [vectors[chunk_id] for chunk_id in ids if chunk_id in vectors]
            for nearest in self.store.dense_queries(searched, COUNTERPARTS, {version}):
                for chunk in nearest:
                    if chunk.id in self.chunks and chunk.id not in held:
                        held.add(chunk.id)
                        added.append(Retrieved(self.chunks[chunk.id], 0.0, chunk.score))
        return Retrieval(list(retrieval) + added, retrieval.top_dense_score, retrieval.dense_by_source) if added else retrieval

    def embed(self, query: str, timings: dict[str, float]) -> list[float]:
        started = time.perf_counter()
        vector = self.embeddings.embed_query(query)
        timings["embed"] = ms_since(started)
        return vector

    def reaching(self, name: str, known: set[str]) -> list[Retrieved]:
        """The passages, not among `known`, writing `name` beside a phone number or an e-mail address: the staff
        list's row of the person a sentence sends one to ("..., så kontakt Sanne Ebbesen")."""
        found = [self.chunks[chunk_id] for chunk_id, _ in self.lexical.query(name, REACHING_SEARCHED)
                 if chunk_id in self.chunks and chunk_id not in known]
        return [Retrieved(chunk, 0.0, None) for chunk in found
                if name in " ".join(chunk.text.split()) and PHONE_OR_EMAIL.search(chunk.text)][:REACHING_K]

    def naming(self, names: list[str]) -> set[str]:
        """The documents that write each of `names` (every word of it, in any inflection) in one passage, its
        section heading or its document's title."""
        found: set[str] | None = None
        for name in names:
            # A name is rare: a thousand passages is more than any name the best quote's document lacks is in.
            hits = {self.chunks[chunk_id].metadata.get("source", "") for chunk_id, _ in self.lexical.query(name, NAMING_K)
                    if chunk_id in self.chunks and names_all([name], self.chunks[chunk_id])}
            found = hits if found is None else found & hits
        return found or set()

    def retrieve(
        self, query: str, vector: list[float], k: int, timings: dict[str, float], counted: str | None = None,
        sources: set[str] | None = None,
    ) -> "Retrieval":
        """The k best chunks for `query`, whose embedding is `vector`; `counted` is what a "hvor mange" question
        counts (app.question.Question.counted); `sources`, when given, the only documents searched.
        `top_dense_score` keeps the best cosine of all dense candidates, also when fusion ranks that chunk below k."""
        started = time.perf_counter()
        # Chroma answers from its current chunks; while a reload is pending this retriever serves the previous
        # generation, so a chunk it does not hold (written since) waits for the reload: no answer mixes the two.
        dense = [chunk for chunk in self.store.dense_query(vector, self.settings.dense_candidates, sources)
                 if chunk.id in self.chunks]
        timings["dense"] = ms_since(started)

        started = time.perf_counter()
        if sources is None:
            lexical = self.lexical.query(query, self.settings.bm25_candidates, counted)
        else:  # the few documents' passages may rank anywhere among all
            lexical = [(chunk_id, score) for chunk_id, score in self.lexical.query(query, len(self.chunks), counted)
                       if chunk_id in self.chunks and self.chunks[chunk_id].metadata.get("source") in sources]
            lexical = lexical[: self.settings.bm25_candidates]
        timings["bm25"] = ms_since(started)

        started = time.perf_counter()
        dense_ids = [chunk.id for chunk in dense]
        lexical_ids = [chunk_id for chunk_id, _ in lexical if chunk_id in self.chunks]
        fused = fuse(
            [(dense_ids, self.settings.dense_weight), (lexical_ids, self.settings.bm25_weight)], self.settings.rrf_k
        )
        dense_by_id = {chunk.id: chunk for chunk in dense}
        results = [
            Retrieved(
                chunk=self.chunks[chunk_id],  # the served generation's text and metadata (a year may have changed)
                score=score,
                dense_score=dense_by_id[chunk_id].score if chunk_id in dense_by_id else None,
            )
            for chunk_id, score in sorted(fused.items(), key=lambda item: -item[1])
        ]
        timings["fuse"] = ms_since(started)

        if self._reranker is not None:
            started = time.perf_counter()
            results = self._reranker.rerank(query, results)
            timings["rerank"] = ms_since(started)
        best_by_source: dict[str, float] = {}
        for chunk in dense:  # best first
            best_by_source.setdefault(chunk.metadata.get("source", ""), chunk.score)
        return Retrieval(results[:k], top_dense_score=dense[0].score if dense else 0.0, dense_by_source=best_by_source)

