"""BM25 over the same chunks as Chroma, with Danish stemming and stop words. Chroma's local mode has no
lexical search, so this index is built after each ingest, saved next to Chroma's data, and loaded at start-up;
it is never rebuilt per query.

Figures are normalised so that the ways one number is written meet: "846.462" and "846462" (Danish
thousands separator), "38,5" and "38.5" (decimal comma or point), "%", "pct." and "procent"/"percent"."""
from __future__ import annotations

import json
import re
import shutil
import time
import uuid
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import bm25s
import Stemmer
from bm25s.stopwords import STOPWORDS_DANISH, STOPWORDS_EN, STOPWORDS_EN_PLUS
from wordfreq import zipf_frequency

from app.core.chunk import document_name
from app.core.sentences import split_sentences
from app.core.words import COUNT_WORDS, ENGLISH_MONTHS, GREETINGS, MONTH_ABBREVIATIONS, MONTH_NAMES, QUESTION_WORDS
from app.vector_index import StoredChunk

_STEMMER = Stemmer.Stemmer("danish")


def _english_function_words() -> frozenset[str]:
    """bm25s's longer English list (NLTK's: "should", "about", "during"), less the words Danish uses about as much
    as English ("haven" is a garden). Its short list has 33 words, so "What phone number should I call to ask about
    …" asked a Danish passage for "should"."""
    return frozenset(word for word in STOPWORDS_EN_PLUS if zipf_frequency(word, "en") > zipf_frequency(word, "da") + 1.0)


STOPWORDS = (frozenset(STOPWORDS_DANISH) | frozenset(STOPWORDS_EN) | _english_function_words()
             | {"jer", "jeres", "angående", "vedrørende", "ang", "vedr"} | QUESTION_WORDS  # "ang. cybertjek": about it
             # Adverbs adding to what is said ("nu hvor der er kommet fondspenge oveni"), of no topic.
             | {"oveni", "ovenikøbet", "tilmed", "ydermere", "endvidere", "herudover", "derudover", "desuden", "iøvrigt"}
             | GREETINGS)  # "hey whats the max export voucher in 2026": of no topic either
_PERCENT_WORDS = {"%", "pct", "procent", "percent", "procents", "procentpoint", "procentpoints"}
_CURRENCY_WORDS = {"dkk", "kroner", "eur", "euro", "euros"}  # any money counts as "kr"
# "pr. m²" is what "pr kvadratmeter" asks: one term for the square metre however it is written.
_SQUARE_METRE_WORDS = {"m²", "m2", "kvm", "kvadratmeter", "kvadratmeteren", "kvadratmetre", "kvadratmetrene", "sqm"}


def unit_spellings(word: str) -> set[str]:
    """The other ways a unit word is written: "kvadratmeter" -> {"m²", "m2", "kvm", ...}; other words: {word}."""
    for spellings in (_SQUARE_METRE_WORDS, _PERCENT_WORDS):
        if word.lower() in spellings:
            return set(spellings)
    return {word}


# A number with separators, a word (letters incl. æøå, may contain digits), or a percent sign.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_][\w]*|%", re.UNICODE)
_MONTHS = "|".join(MONTH_NAMES)
_MONTHS_EN = "|".join(month.capitalize() for month in ENGLISH_MONTHS)
SHORT_MONTHS = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))  # "sept" before "sep"
# A calendar's short dates: "11.02.26", and "19/3" where only a date stands ("19/3 kl. 9-12", "24/2 + 3/3", "senest
# 1/4"; not "2/3 af virksomhederne", "i alt 1/3").
SHORT_DATE = re.compile(r"(?<![\d.,/])\d{1,2}\.\d{1,2}\.\d{2}(?![\d]|[.,]\d)|"
                        r"(?:(?<=\bsenest )|(?<=\bden )|(?<=\bd\. )|(?<=\bfra )|(?<=\btil )|(?<=\binden )|(?<=\bindtil ))"
                        r"\d{1,2}/\d{1,2}(?![\d/]|-\d)|"
                        r"(?<![\w/.,])\d{1,2}/\d{1,2}(?![\d/])(?=\s*(?:kl\b|[-–+]\s*\d{1,2}/\d{1,2}\b))|"
                        r"(?<![\w/.,])\d{1,2}/\d{1,2}-\d{2}(?![\d/])",  # "7/5-26": Danish day/month-year of the century
                        re.I | re.M)
# "19. januar 2027", "januar 2027", "19/1-2027" (Danish day/month-year), "19.01.2027" (a calendar's), "2027".
DATE = re.compile(rf"\b\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?|\b\d{{1,2}}\.\s*(?:{SHORT_MONTHS})\.(?:\s*(?:19|20)\d{{2}}\b)?|\b(?:{_MONTHS})\s+\d{{4}}|\b\d{{1,2}}/\d{{1,2}}-(?:19|20)\d{{2}}\b|"
                  r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|"
                  # An English document's "2 March 2026", "March 2, 2026" (capitalised: "5 may" is no date).
                  rf"\b\d{{1,2}}\s+(?-i:{_MONTHS_EN})(?:\s+(?:19|20)\d{{2}})?\b|\b(?-i:{_MONTHS_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+(?:19|20)\d{{2}}\b|"
                  # "fra uge 24", "in week 41": a week of the year
                  r"\b(?:uge|week)\s+\d{1,2}\b(?![.,]\d)|"
                  # "2. kvartal 2027", "1. halvår 2026", "Q3 2026": a quarter or half of the year
                  r"\b[1-4]\.\s*(?:kvartal|halvår)\s+(?:19|20)\d{2}\b|\bQ[1-4]\s+(?:19|20)\d{2}\b|"
                  # A calendar file's ISO date, "dato: 2026-06-11", or day first: "21-04-2026".
                  r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b|"
                  r"(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d{2}\b|"
                  rf"\b(?:19|20)\d{{2}}\b|{SHORT_DATE.pattern}", re.I | re.M)
NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(COUNT_WORDS)})\b(?!-)", re.I)  # (?!-): "tre-årig" is a duration
COUNT_WINDOW = 3  # "373 møder", "2/3 af disse tilfælde", "Antal møder: 373"
# Index term "#mød" = "this passage counts meetings" (a figure within COUNT_WINDOW words of "møder"). A "hvor
# mange møder" question searches for it too: among thousands of passages that mention meetings, the few that
# count them are the ones that can answer (predictive annotation, as in classic question answering). No typed
# word yields "#", so a question cannot ask for it by accident.
COUNT_MARK = "#"
INDEX_FORMAT = 17  # part of the saved index's directory name: a release that changes what is indexed rebuilds it


# A term's weight comes from general Danish (wordfreq), not from the corpus: the answer to a question about
# one document must not change because unrelated documents were indexed beside it.
RARE_WEIGHT = 7.5  # zipf of a term general Danish never uses (a name, a rare compound): the most telling
COMMON_WEIGHT = 0.3  # floor for the most common words
_stem_zipf: dict[str, float] | None = None


def term_weight(term: str) -> float:
    """How much a stemmed term says about a question's topic: 7.5 minus its Danish zipf frequency (the most
    common word with that stem), so "virksom" (5.1) weighs 2.4 and "vækstmidt" (unknown) 7.5. Numbers weigh
    as rare terms: a figure is exactly what a question looks for."""
    global _stem_zipf
    if _stem_zipf is None:
        from wordfreq import top_n_list, zipf_frequency

        table: dict[str, float] = {}
        for word in top_n_list("da", 1_000_000):
            zipf = zipf_frequency(word, "da")
            key = stem(word)
            if zipf > table.get(key, 0.0):
                table[key] = zipf
        _stem_zipf = table
    return max(COMMON_WEIGHT, RARE_WEIGHT - _stem_zipf.get(term, 0.0))


def number_forms(raw: str) -> list[str]:
    """Canonical forms of one written number: thousands separators dropped, decimal mark as 'd'."""
    parts = re.split(r"[.,]", raw)
    if len(parts) == 1:
        return [raw]
    seps = re.findall(r"[.,]", raw)
    if all(len(part) == 3 for part in parts[1:]):
        if seps[0] == "," and len(parts) == 2:
            # "846,462": Danish decimal or English thousands; index both readings.
            return [f"{parts[0]}d{parts[1]}", "".join(parts)]
        return ["".join(parts)]  # "846.462", "1.000.000", "1,000,000"
    if len(parts) == 2:
        return [f"{parts[0]}d{parts[1]}"]  # "38,5", "38.5"
    return ["".join(parts)]  # dates like "1.8.2011": keep digits together


# "billet", "budget", "toilet": a base form ending in -et, which the stemmer strips as if definite ("bil", the
# car). Its inflections ("billetten", "billetter") are everyday words; those of "huset" ("husetten") are none.
BASE_FORM_ZIPF = 2.5


# "voksne", "regler", "cykler": an inflection that drops the e of its base form ("voksen", "regel", "cykel"),
# which the stemmer does not undo. Only as common as the base form: "bedre" is no form of "beder".
_DROPPED_E_ENDINGS = ("erne", "er", "es", "e")  # longest first: "reglerne" is "regl" + "erne"
_VOWELS = "aeiouyæøå"
DROPPED_E_MARGIN = 0.3
MIN_BASE_ZIPF = 1.0


# Accents people may or may not type: "café" and "cafe", "idé" and "ide" are one word. Not æ, ø and å: letters
# of their own.
_ACCENTS = str.maketrans("éèêëáàâíìîóòôúùûü", "eeeeaaaiiiooouuuu")
# "cafeen", "ideer": a word ending in a stressed e keeps it when inflected, and the stemmer then leaves it ("cafe"
# of "cafeen") though it takes it from the word itself ("caf" of "cafe").
_STRESSED_E_ENDINGS = ("eerne", "eens", "een", "eer")


def fold_accents(text: str) -> str:
    return text.translate(_ACCENTS)


MIN_LATIN_NOUN = 6  # "medium"; not "ium" alone


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = fold_accents(word.lower())
    ending = next((e for e in _STRESSED_E_ENDINGS if word.endswith(e) and len(word) - len(e) >= 2), None)
    if ending:
        word = word[: -len(ending)] + "e"
    if word.endswith("et") and len(word) >= 5 and max(
            zipf_frequency(word + ending, "da") for ending in ("ten", "tet", "ter")) >= BASE_FORM_ZIPF:
        return _STEMMER.stemWord(word + "ter")
    for ending in _DROPPED_E_ENDINGS:
        body = word[: -len(ending)]
        if word.endswith(ending) and len(body) >= 3 and body[-1] in "nlr" and body[-2] not in _VOWELS:
            base = f"{body[:-1]}e{body[-1]}"
            # Not where general Danish knows neither: "afbestille" is no "afbestilel".
            if zipf_frequency(base, "da") >= max(zipf_frequency(word, "da") - DROPPED_E_MARGIN, MIN_BASE_ZIPF):
                return _STEMMER.stemWord(base)
            break
    # A Latin noun's singular in -ium inflects as its other forms do: "laboratorium" is "laboratoriet", "kriterium"
    # "kriterier"; the stemmer cuts only the Danish endings. (Not "museum": "muse" of "museet" is cut to "mus".)
    if word.endswith("ium") and len(word) >= MIN_LATIN_NOUN:
        word = word[:-2]
    stemmed = _STEMMER.stemWord(word)
    # "ledigheden", "billigste", "Bruttoledighed": the stemmer takes -ig off as a suffix, leaving "led" (a joint),
    # "bil" (the car) and "bruttoled". Kept, every form of the adjective meets: "ledig", "billig", "bruttoledig".
    # (The stemmer also undoubles the consonant before it: "billig" -> "bil".)
    return next((stemmed + tail for tail in ("ig", stemmed[-1:] + "ig") if word.startswith(stemmed + tail)), stemmed)


# "Ikke-medlemmer: 2.450 kr." is no price for members: a non-member is one term, however written ("ikke medlem",
# "hvis man ikke er medlem", "Ikke-medl.", "non-members"), so "for medlemmer" does not find the non-members' row.
NON_MEMBER = "ikkemedlem"
_NON_MEMBER = re.compile(r"\b(?:ikke|non|not)(?:-|\s+(?:er\s+|var\s+|endnu\s+|a\s+)?)(?:medl|member)\w*")


# "Arkitekt- og ingeniørvirksomheder", "bygge- og anlægsbranchen": compounds sharing the last one's head.
_SHARED_HEAD = re.compile(r"(?<![\w-])([^\W\d_]{3,})-\s+(?:og|eller|samt|&)\s+([^\W\d_]{6,})")
HEAD_ZIPF = 3.0  # the shared head is a common word: "virksomheder", "branchen", "indsatsen"
_MIN_HEAD = 4


@lru_cache(maxsize=4096)
def _head(compound: str) -> str | None:
    """The longest end of `compound` that is a common Danish word ("virksomheder" of "ingeniørvirksomheder"), or None."""
    return next((compound[i:] for i in range(2, len(compound) - _MIN_HEAD + 1)
                 if zipf_frequency(compound[i:], "da") >= HEAD_ZIPF), None)


def _with_shared_heads(text: str) -> str:
    """`text` with each compound whose head it shares with the next written whole after it: "Arkitekt- og
    ingeniørvirksomheder" also as "arkitektvirksomheder", so a question naming an architects' firm finds it."""
    wholes = [f"{m.group(1)}{head}" for m in _SHARED_HEAD.finditer(text) if (head := _head(m.group(2)))]
    return f"{text} {' '.join(wholes)}" if wholes else text


def tokenize(text: str, keep_stopwords: bool = False) -> list[str]:
    tokens: list[str] = []
    text = _with_shared_heads(text.lower()) if "- " in text else text.lower()
    for match in _TOKEN.finditer(_NON_MEMBER.sub(NON_MEMBER, fold_accents(text))):
        token = match.group()
        if token[0].isdigit():
            tokens.extend(number_forms(token))
        elif token in _PERCENT_WORDS:
            tokens.append("pct")
        elif token in _SQUARE_METRE_WORDS:
            tokens.append("kvm")
        elif keep_stopwords or (token not in STOPWORDS and len(token) > 1):
            tokens.append(stem(token))
    return tokens


_YEAR_UNITS = {"år", "års", "years", "year"}
_DURATION_UNITS = {"måned", "måneder", "month", "months", "uge", "uger", "week", "weeks", "dage", "days", "gange", "times"}
_PER = {"pr", "per"}


def counted_words(text: str, window: int = COUNT_WINDOW) -> set[str]:
    """The words within `window` words of a figure in `text` (dates are not figures), as written and without
    stop words: what its figures count ("møder" for "373 møder")."""
    words = [match.group().lower() for match in _TOKEN.finditer(DATE.sub(" ", text))]
    # "25,4 %" counts per cent, as "pct"; "DKK 340", "340 kroner" and "EUR 350" are an amount of money, as "kr".
    words = ["pct" if word in _PERCENT_WORDS else "kr" if word in _CURRENCY_WORDS else word for word in words]
    figures = [i for i, word in enumerate(words) if word[0].isdigit() or word == "pct" or NUMBER_WORD.fullmatch(word)]
    # A figure of years ("8-12 år", "fyldt 15 år") is an age or a duration: it counts years, not the children or
    # the choir beside it.
    years = {i for i in figures if any(words[j] in _YEAR_UNITS for j in range(i + 1, min(len(words), i + 3))
                                       if j == i + 1 or words[j - 1][0].isdigit())}
    # So is "six months", "6 uger", "fire gange": "a volunteer mentor for six months" counts no mentors.
    years |= {i for i in figures if i + 1 < len(words) and words[i + 1] in _DURATION_UNITS}
    # "24.000 kr. pr. virksomhed" is a price per company: the word after "pr."/"per" is no count.
    return content_words(words[j] for i in figures for j in range(max(0, i - window), min(len(words), i + window + 1))
                         if i not in years and not (j > 0 and words[j - 1] in _PER)) \
        | {word for i in years for word in words[i + 1:i + 3] if word in _YEAR_UNITS | _DURATION_UNITS}


def counted_phrases(text: str, window: int = COUNT_WINDOW) -> set[str]:
    """The adjective-noun pairs within `window` words of a figure in `text`: "nystartede virksomheder" of
    "Antallet af nystartede virksomheder nåede 264". A Danish adjective before its noun ends in -e."""
    words = [match.group().lower() for match in _TOKEN.finditer(DATE.sub(" ", text))]
    figures = [i for i, word in enumerate(words) if word[0].isdigit() or NUMBER_WORD.fullmatch(word)]
    near = sorted({j for i in figures for j in range(max(0, i - window), min(len(words), i + window + 1))})
    return {f"{words[j]} {words[j + 1]}" for j in near
            if j + 1 in near and words[j].endswith("e") and content_words([words[j], words[j + 1]]) == {words[j], words[j + 1]}}


def content_words(words: Iterable[str]) -> set[str]:
    """The words (lower case) that say something: no figures, single letters or stop words."""
    return {word for word in words if word[0].isalpha() and len(word) > 1 and word not in STOPWORDS}


def counted_nouns(text: str) -> set[str]:
    """counted_words, stemmed as the index stems ("mød")."""
    return {stem(word) for word in counted_words(text)}


def count_marks(text: str) -> list[str]:
    """The index terms for what `text` counts, sentence by sentence ("ca. 10 %. På Vækstforums møde" counts no
    meetings)."""
    return sorted({COUNT_MARK + noun for sentence in split_sentences(text) for noun in counted_nouns(sentence)})


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25 | None, ids: list[str]):
        self._retriever = retriever
        self.ids = ids

    @classmethod
    def build(cls, chunks: list[StoredChunk]) -> "LexicalIndex":
        corpus = [tokenize(lexical_text(chunk)) + count_marks(chunk.text) for chunk in chunks]
        if not corpus:
            return cls(None, [])
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        return cls(retriever, [chunk.id for chunk in chunks])

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        if self._retriever is not None:
            self._retriever.save(str(directory))
        (directory / "ids.json").write_text(json.dumps(self.ids))

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        ids = json.loads((directory / "ids.json").read_text())
        return cls(bm25s.BM25.load(str(directory)) if ids else None, ids)

    def query(self, text: str, k: int, counted: str | None = None) -> list[tuple[str, float]]:
        """The k best chunks for `text`; `counted` (a question's stemmed "hvor mange X") also searches for
        passages with a figure counting X."""
        tokens = tokenize(text) + ([COUNT_MARK + counted] if counted else [])
        if self._retriever is None or not tokens:
            return []
        k = min(k, len(self.ids))
        docs, scores = self._retriever.retrieve([tokens], k=k, show_progress=False)
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]


def lexical_text(chunk: StoredChunk) -> str:
    # Title (with the page's heading) and section carry words a question uses ("evaluering", "Shanghai") that the
    # body may not.
    return f"{document_name(chunk.metadata)}\n{chunk.metadata.get('section', '')}\n{chunk.text}"


def bm25_dir(settings) -> Path:
    """Where the keyword index of the configured collection is saved (app.core.config.Settings)."""
    return settings.data_dir / "bm25" / settings.collection


def generation_dir(base_dir: Path, generation: str) -> Path:
    safe = re.sub(r"[^\w.-]", "_", generation)
    return base_dir / f"{safe}.v{INDEX_FORMAT}"


def load_or_build(store, base_dir: Path, snapshot: tuple[str, list[StoredChunk]] | None = None) -> LexicalIndex:
    """The saved index for the store's generation, or a fresh one built from its chunks and saved.
    `snapshot` is (generation, chunks) when the caller has read them already (IndexStore.snapshot).
    Each generation has its own directory, written under a temporary name and renamed into place, so
    several workers can race here without reading a half-written index."""
    generation, chunks = snapshot or store.snapshot()
    directory = generation_dir(base_dir, generation)
    if (directory / "ids.json").exists():
        try:
            return LexicalIndex.load(directory)
        except (OSError, ValueError):  # removed or damaged under us: build it again
            pass
    index = LexicalIndex.build(chunks)
    scratch = base_dir / f".building-{uuid.uuid4().hex}"
    index.save(scratch)
    try:
        scratch.rename(directory)
    except OSError:  # another worker saved this generation first, from the same chunks
        shutil.rmtree(scratch, ignore_errors=True)
    _remove_old(base_dir, keep=directory)
    return index


def _remove_old(base_dir: Path, keep: Path, grace_seconds: float = 600) -> None:
    """Older generations' indexes, once no worker can still be loading them."""
    cutoff = time.time() - grace_seconds
    for old in base_dir.iterdir():
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
