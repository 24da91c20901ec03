"""The answer engine: one entry point for the API, the web chat and the Slack bot.

question (+ earlier turns) -> analyse -> hybrid retrieval -> programme finder or extractive answer
(or a guarded generated one) -> abstain when the evidence is weak -> Answer with sources and timings."""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from app.answer import Scorer, Selection, render_table_row, select
from app.core.config import Settings
from app.embeddings import RaadgiverEmbeddings, get_embeddings
from app.engine_types import STALE_AFTER_YEARS, Answer, Source, StreamEvent, Turn
from app.glossary import Glossary, GlossaryError
from app.lexical import load_or_build, tokenize
from app.question import Question, analyse
from app.retrieve import HybridRetriever, Retrieval, Retrieved, sources_of
from app.store import EngineUnavailable, IndexStore
from ingest.pipeline import bm25_dir

log = logging.getLogger(__name__)

__all__ = ["Engine", "EngineUnavailable", "Prepared"]

# A Danish question most of whose (rarity-weighted) terms never occur in the corpus is about something else.
MIN_KNOWN_TERMS = 0.5
PASSAGES_QUOTED_FROM = 3

TEXTS = {
    "da": {
        "abstain": "Det kan jeg ikke finde svar på i dokumenterne. De nærmeste afsnit er listet nedenfor; "
        "prøv evt. at omformulere spørgsmålet eller brug programfinderen.",
        "intro": "Fra dokumenterne:",
        "old": "Kilden er fra {year}; oplysningerne kan være forældede.",
    },
    "en": {
        "abstain": "I cannot find an answer to that in the documents. The nearest sections are listed below; "
        "try rephrasing the question or use the programme finder.",
        "intro": "The documents say (quoted in Danish):",
        "old": "The source is from {year}; the information may be out of date.",
    },
}


@dataclass(frozen=True)
class _IndexState:
    """Everything derived from one generation of the index."""

    generation: str
    retriever: HybridRetriever
    scorer: Scorer
    programme_finder: object | None  # app.programmes.matcher.ProgrammeFinder
    catalogue_error: str | None
    glossary: Glossary
    glossary_error: str | None


def _with_danish_terms(q: Question, glossary: Glossary) -> Question:
    """An English question naming "the Trade Council" also searches for "Eksportrådet"."""
    danish = glossary.danish_for(q.search_text) if q.language == "en" else []
    if not danish:
        return q
    extra = " ".join(danish)
    return replace(q, search_text=f"{q.search_text} ({extra})", terms=q.terms + tokenize(extra))


@dataclass
class Prepared:
    """A question analysed and retrieved, with the answer that needs no language model."""

    question: Question
    retrieved: list[Retrieved]
    answer: Answer  # programme, extractive or abstention
    timings: dict[str, float]
    started: float


class Engine:
    def __init__(self, settings: Settings, embeddings: RaadgiverEmbeddings | None = None):
        self.settings = settings
        self.embeddings = embeddings or get_embeddings(settings)
        self._lock = threading.Lock()
        self.store = IndexStore(settings, self.embeddings)
        self._reranker = None
        if settings.reranker_path:
            from app.rerank import CrossEncoderReranker

            self._reranker = CrossEncoderReranker(settings.reranker_path)
        self._state = self._load()
        self._generator = None
        if settings.llm_base_url:
            from app.generate import GenerativeAnswerer

            self._generator = GenerativeAnswerer(settings)

    # Loading -------------------------------------------------------------------------------------------
    # Request threads share the engine; a reload builds a complete new _IndexState and swaps it in with one
    # assignment, and each request reads self._state once, so no request sees half of a reload.
    def _load(self) -> "_IndexState":
        generation, chunks = self.store.snapshot()
        lexical = load_or_build(self.store, bm25_dir(self.settings), (generation, chunks))
        years = {c.metadata.get("source"): c.metadata.get("year") for c in chunks}
        finder, catalogue_error = self._load_programme_finder(years)
        glossary, glossary_error = self._load_glossary()
        return _IndexState(
            generation=generation,
            retriever=HybridRetriever(self.settings, self.store, self.embeddings, lexical, chunks, self._reranker),
            scorer=Scorer([c.text for c in chunks], self.embeddings.embed_documents),
            programme_finder=finder,
            catalogue_error=catalogue_error,
            glossary=glossary,
            glossary_error=glossary_error,
        )

    def _load_programme_finder(self, document_years: dict):
        """(finder, error). A broken catalogue is reported (API: 503 on /v1/programmes), never fatal."""
        path = self.settings.corpus_dir / self.settings.catalogue_file
        if not path.exists():
            return None, None
        from app.programmes.catalogue import CatalogueError, load_catalogue
        from app.programmes.matcher import ProgrammeFinder

        try:
            return ProgrammeFinder(load_catalogue(path), self.embeddings, document_years), None
        except CatalogueError as error:
            log.error("programme catalogue not loaded: %s", error)
            return None, str(error)

    def _load_glossary(self) -> tuple[Glossary, str | None]:
        """(glossary, error). A broken glossary only costs English questions their Danish terms."""
        try:
            return Glossary.load(self.settings.corpus_dir / self.settings.glossary_file), None
        except GlossaryError as error:
            log.error("glossary not loaded: %s", error)
            return Glossary([]), str(error)

    @property
    def retriever(self) -> HybridRetriever:
        return self._state.retriever

    @property
    def programme_finder(self):
        return self._state.programme_finder

    @property
    def catalogue_error(self) -> str | None:
        return self._state.catalogue_error

    def reload_if_stale(self) -> None:
        generation = self.store.generation()  # EngineUnavailable when Chroma cannot be read
        if generation != self._state.generation:
            with self._lock:
                if generation != self._state.generation:
                    log.info("index generation %s -> %s: reloading", self._state.generation, generation)
                    self._state = self._load()

    def check_ready(self) -> None:
        self.reload_if_stale()
        if not self._state.retriever.chunks:
            raise EngineUnavailable("the index is empty: run `raadgiver ingest` first")

    # Search --------------------------------------------------------------------------------------------
    def search(self, query: str, k: int = 5) -> list[Source]:
        self.reload_if_stale()
        retriever, timings = self._state.retriever, {}
        vector = retriever.embed(query, timings)
        return sources_of(retriever.retrieve(query, vector, k, timings))

    # Answers -------------------------------------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Turn] = (), language: str | None = None) -> Answer:
        answer, _ = self.answer_with_context(question, history, language)
        return answer

    def answer_with_context(
        self, question: str, history: Sequence[Turn] = (), language: str | None = None
    ) -> tuple[Answer, list[Retrieved]]:
        """The answer and the passages retrieval returned (the eval scores both)."""
        prepared = self.prepare(question, history, language)
        answer = prepared.answer
        if self._generator is not None and answer.mode == "extractive":
            step = time.perf_counter()
            answer = self._generator.answer(prepared.question, prepared.retrieved, fallback=answer)
            prepared.timings["generate"] = _ms(step)
        prepared.timings["total"] = _ms(prepared.started)
        answer.timings = prepared.timings
        return answer, prepared.retrieved

    def stream(self, question: str, history: Sequence[Turn] = (), language: str | None = None) -> Iterator[StreamEvent]:
        """Sources first, then tokens, then the complete Answer (the only authoritative text)."""
        if self._generator is not None:
            yield from self._generator.stream(self.prepare(question, history, language))
            return
        answer = self.ask(question, history, language)
        yield StreamEvent("sources", answer.sources)
        for piece in _pieces(answer.text):
            yield StreamEvent("token", piece)
        yield StreamEvent("done", answer)

    def prepare(self, question: str, history: Sequence[Turn] = (), language: str | None = None) -> Prepared:
        started = time.perf_counter()
        self.reload_if_stale()
        state = self._state
        q = analyse(question, history, language)
        timings: dict[str, float] = {}
        vector = state.retriever.embed(q.search_text, timings)
        # Danish names for an English question's terms go to the lexical side only: the embedding model
        # bridges the languages itself, and its scores calibrate abstention.
        q = _with_danish_terms(q, state.glossary)
        retrieved = state.retriever.retrieve(q.search_text, vector, self.settings.top_k, timings)
        step = time.perf_counter()
        answer = self._programme_answer(q, state) or self._extractive_answer(q, vector, retrieved, state.scorer)
        timings["answer"] = _ms(step)
        return Prepared(q, retrieved, answer, timings, started)

    def _programme_answer(self, q: Question, state: "_IndexState") -> Answer | None:
        if state.programme_finder is None:
            return None
        from app.programmes.answer import programme_answer

        return programme_answer(state.programme_finder, q)

    def _extractive_answer(self, q: Question, vector: list[float], retrieved: Retrieval, scorer: Scorer) -> Answer:
        passages = [r.chunk.text for r in retrieved[:PASSAGES_QUOTED_FROM]]
        selection = select(q, vector, passages, scorer) if passages else None
        if selection is None or self._too_weak(q, retrieved, selection, scorer):
            return self._abstain(q, retrieved)
        return self._compose(q, retrieved, selection)

    def _too_weak(self, q: Question, retrieved: Retrieval, selection: Selection, scorer: Scorer) -> bool:
        top_dense = retrieved.top_dense_score
        # English questions against Danish passages score lower across the board, hence their own bar.
        bar = self.settings.min_dense_score_en if q.language == "en" else self.settings.min_dense_score
        if top_dense < bar:
            return True
        # A "how many" question whose best evidence has no figure, a "when" question without a date. ("Who"
        # only ranks: a name can hide in a lower-case word.)
        if not selection.fits_type and q.answer_type in ("quantity", "date"):
            return True
        # A Danish question about things the corpus never mentions. A follow-up is judged on its own words
        # ("Og hvad med Bitcoin?"), unless it has none but figures ("Og i 2008?").
        words = [t for t in q.terms if not t[0].isdigit()]
        if q.language == "da" and words and scorer.known_fraction(words) < MIN_KNOWN_TERMS:
            return True
        return False

    def _compose(self, q: Question, retrieved: list[Retrieved], selection: Selection) -> Answer:
        texts = TEXTS[q.reply_language]
        cited = list(dict.fromkeys(u.passage_rank for u in selection.units))  # in the order quoted
        number = {rank: n for n, rank in enumerate(cited, start=1)}
        lines = [texts["intro"]]
        for unit in selection.units:
            quote = render_table_row(unit, q) if unit.table_header is not None else unit.text
            lines.append(f"“{quote}” [{number[unit.passage_rank]}]")
        sources = [retrieved[rank].to_source(number[rank]) for rank in cited]
        years = sorted({s.year for s in sources if s.year})
        if years and years[0] <= time.localtime().tm_year - STALE_AFTER_YEARS:
            lines.append(texts["old"].format(year=years[0]))
        return Answer(
            text="\n".join(lines), abstained=False, sources=sources, language=q.reply_language, mode="extractive"
        )

    def _abstain(self, q: Question, retrieved: list[Retrieved]) -> Answer:
        return Answer(
            text=TEXTS[q.reply_language]["abstain"],
            abstained=True,
            sources=[],
            language=q.reply_language,
            mode="abstained",
            suggestions=sources_of(retrieved[:3]),
        )


def _pieces(text: str, size: int = 3) -> Iterator[str]:
    """An extractive answer is complete at once; stream it in word groups so clients render the same way."""
    words = text.split(" ")
    for start in range(0, len(words), size):
        yield " ".join(words[start : start + size]) + (" " if start + size < len(words) else "")


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
