"""The default answerer needs no language model: it quotes the one to three sentences (or table rows) of
the top passages that best answer the question, each with its citation [n].

A candidate is scored on its meaning (cosine with the question), the question's terms it contains
(weighted by rarity), the rank of its passage, and whether it holds the kind of answer asked for: a
"how many" question needs a figure, a "when" question a date. A sentence that ends in ":" brings the list
after it; one that points back ("dette program", "disse") brings the sentence before it."""
from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass

import numpy as np

from app.lexical import tokenize
from app.question import Question
from ingest.sentences import split_sentences

_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
_DATE = re.compile(rf"\b\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?|\b(?:{_MONTHS})\s+\d{{4}}|\b(?:19|20)\d{{2}}\b", re.I)
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][\wæøå]+")
_POINTS_BACK = re.compile(
    r"\b(dette|denne|disse|heraf|herpå|hermed|ovennævnte|sidstnævnte|førstnævnte)\b", re.I
)


@dataclass
class Unit:
    """One quotable piece of a passage: a sentence, a list item, or a table row with its header."""

    text: str
    passage_rank: int  # 0-based rank of the passage it came from
    table_header: list[str] | None = None
    antecedent: str = ""  # the sentence before, when this one points back to it ("sidstnævnte", "dette")


# "bilag 2 side 6", "kap. 3", "nr. 4": numbers that point somewhere rather than count something.
_REFERENCE = re.compile(r"\b(?:side|s\.|bilag|kap\.|kapitel|afsnit|nr\.|punkt|§|page|annex|chapter)\s*\d+", re.I)
CACHE_SIZE = 20000  # sentence vectors kept
RUNNER_UP_MARGIN = 0.05  # a candidate this close to the best is quoted too: the evidence is ambiguous
MAX_UNITS = 3


# Counts written as words ("i alt tre innovationscentre"). "en"/"et" are left out: they are mostly articles.
_NUMBER_WORDS = re.compile(
    r"\b(?:ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|tredive|fyrre|halvtreds|hundrede|tusind|"
    r"halvdelen|halvdel|tredjedel|fjerdedel|dobbelt|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|hundred|thousand|half|third|quarter)\b(?!-)",  # (?!-): "tre-årig" is a duration
    re.I,
)


def has_quantity(text: str) -> bool:
    without_dates = _REFERENCE.sub(" ", _DATE.sub(" ", text))
    return bool(_NUMBER.search(without_dates) or _NUMBER_WORDS.search(without_dates))


def has_date(text: str) -> bool:
    return bool(_DATE.search(text))


def fits_answer_type(question: Question, text: str, header: str = "") -> bool:
    if question.answer_type == "quantity":
        return has_quantity(text) and counts(question.counted, text, header)
    if question.answer_type == "date":
        return has_date(text)
    if question.answer_type == "who":
        return names_someone_new(question, text)
    return True


def names_someone_new(question: Question, text: str) -> bool:
    """A "who" answer names someone: a capitalised word inside the sentence that the question lacks."""
    asked = {word.lower() for word in _CAPITALISED.findall(question.search_text)}
    return any(word.lower() not in asked for word in _CAPITALISED.findall(text.split(" ", 1)[-1]))


def counts(noun: str | None, text: str, header: str = "", window: int = 3) -> bool:
    """Does a figure in `text` count `noun`? "373 møder" does; "to tilbud ... til virksomhederne" does not
    count companies. A table counts what its header names ("Gennemførte forløb")."""
    if noun is None or noun in tokenize(header):
        return True
    tokens = tokenize(_DATE.sub(" ", text), keep_stopwords=True)  # keeps "to" (two)
    numbers = [i for i, token in enumerate(tokens) if token[0].isdigit() or token == "pct" or _NUMBER_WORDS.fullmatch(token)]
    return any(tokens[j] == noun for i in numbers for j in range(max(0, i - window), min(len(tokens), i + window + 1)))


def split_units(text: str, passage_rank: int) -> list[Unit]:
    units: list[Unit] = []
    for paragraph in re.split(r"\n\s*\n|\n(?=[-•*] )", text):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if any(_is_data_row(line) for line in lines):  # a table: quote a row with its header
            header = [line for line in lines if not _is_data_row(line)]
            units += [Unit(row, passage_rank, header) for row in filter(_is_data_row, lines)]
            continue
        for sentence in split_sentences(" ".join(lines)):
            points_back = _POINTS_BACK.search(sentence) and units and units[-1].table_header is None
            units.append(Unit(sentence, passage_rank, antecedent=units[-1].text if points_back else ""))
    return units


def _is_data_row(line: str) -> bool:
    cells = re.split(r"\s{2,}", line)
    return len(cells) >= 2 and bool(re.search(r"[^\W\d_]", cells[0])) and all(_NUMBER.fullmatch(c.replace(" ", "")) for c in cells[1:])


def render_table_row(unit: Unit, question: Question) -> str:
    """"Region Midtjylland  208  288" under "2008  2009" -> "Region Midtjylland: 2008: 208, 2009: 288"."""
    cells = re.split(r"\s{2,}", unit.text)
    column_line = next((h for h in reversed(unit.table_header or []) if len(re.split(r"\s{2,}", h)) == len(cells) - 1), None)
    if not column_line:
        return unit.text
    columns = re.split(r"\s{2,}", column_line)
    pairs = list(zip(columns, cells[1:]))
    asked = [pair for pair in pairs if pair[0].lower() in question.text.lower()]
    shown = asked or pairs
    caption = next((h for h in (unit.table_header or []) if h != column_line), "")
    body = ", ".join(f"{column}: {value}" for column, value in shown)
    return f"{caption + ', ' if caption else ''}{cells[0]}: {body}"


class Scorer:
    """Scores units against a question. Term weights are inverse document frequencies over the corpus."""

    def __init__(self, chunk_texts: list[str], embed_passages):
        frequencies: dict[str, int] = {}
        for text in chunk_texts:
            for term in set(tokenize(text)):
                frequencies[term] = frequencies.get(term, 0) + 1
        self._df = frequencies
        self._n = max(len(chunk_texts), 1)
        self._embed_passages = embed_passages
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def idf(self, term: str) -> float:
        return math.log(1 + self._n / (1 + self._df.get(term, 0)))

    def known_fraction(self, terms: list[str]) -> float:
        """Share of the question's term weight that occurs anywhere in the corpus."""
        if not terms:
            return 1.0
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if t in self._df) / total

    def coverage(self, terms: list[str], text: str) -> float:
        if not terms:
            return 0.0
        present = set(tokenize(text))
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if t in present) / total

    def similarities(self, query_vector: list[float], texts: list[str]) -> list[float]:
        """Cosine of each text with the query. Sentence vectors are cached: the same passages come back
        for related questions. Several request threads share the cache, hence the lock."""
        with self._lock:
            vectors = {text: self._cache.get(text) for text in dict.fromkeys(texts)}
        missing = [text for text, vector in vectors.items() if vector is None]
        if missing:
            vectors.update(zip(missing, np.asarray(self._embed_passages(missing))))
            with self._lock:
                self._cache.update((text, vectors[text]) for text in missing)
                while len(self._cache) > CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))  # oldest first
        query = np.asarray(query_vector)
        return [float(np.dot(vectors[text], query)) for text in texts]


@dataclass
class Selection:
    units: list[Unit]  # the best quote (with what it needs around it) first, then close runners-up
    fits_type: bool  # the best quote holds the kind of answer asked for


def select(question: Question, query_vector: list[float], passages: list[str], scorer: Scorer) -> Selection | None:
    """passages: texts of the top passages, best first."""
    units = [u for rank, text in enumerate(passages) for u in split_units(text, rank)]
    candidates = [u for u in units if len(u.text) > 15]  # fragments are quoted only as part of a list
    if not candidates:
        return None
    # Question terms (plus, for a follow-up, the earlier question's) decide lexical fit.
    terms = tokenize(question.search_text) if question.follow_up else question.terms
    similarities = scorer.similarities(query_vector, [_context(u) for u in candidates])
    scored = []
    for unit, similarity in zip(candidates, similarities):
        fits = fits_answer_type(question, unit.text, " ".join(unit.table_header or []))
        score = similarity + 0.25 * scorer.coverage(terms, _context(unit)) - 0.02 * unit.passage_rank
        score += 0.0 if fits else -0.15
        if question.follow_up:  # the new detail ("2008") must be in the answer
            score += 0.1 * scorer.coverage(question.terms, unit.text)
        scored.append((score, unit, fits))
    scored.sort(key=lambda item: -item[0])
    score, best, fits = scored[0]
    index = units.index(best)
    chosen = [best]
    if best.antecedent:
        chosen.insert(0, units[index - 1])
    if best.text.rstrip().endswith(":"):  # a lead-in brings its list
        for unit in units[index + 1 : index + 9]:
            if not unit.text.startswith("- "):
                break
            chosen.append(unit)
        return Selection(chosen, fits)
    for runner_score, unit, unit_fits in scored[1:]:
        if len(chosen) >= MAX_UNITS or runner_score < score - RUNNER_UP_MARGIN:
            break
        if unit_fits and unit not in chosen:
            chosen.append(unit)
    return Selection(chosen, fits)


def _context(unit: Unit) -> str:
    """What a unit means: a table row with its header, a pointing sentence with what it points to."""
    return " ".join((unit.table_header or []) + [unit.antecedent, unit.text]).strip()
