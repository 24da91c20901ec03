"""Query normalisation: the way people type meets the way the documents are written.

Every step is checked against the corpus vocabulary, so a rewrite happens only when it turns the question's
word into one the documents use:
- "vaeksthuset", "eksportraadet", "besoeg" (ae/oe/aa typed on a foreign keyboard) -> "væksthuset", ...;
- "DK", "ifht", "SMV" (abbreviations) -> the words the documents write;
- "eksporrt", "innovaton" (typing errors) -> the corpus word one or two edits away;
- "virksomhedsmøder", "eksportchef" (compounds the corpus writes apart) -> their parts, for the lexical
  query and the question's terms (the sentence scorer in turn finds a term inside the corpus's own
  compounds: app/quotes.py `Scorer.coverage`);
- everyday words no strategy document uses ("egentlig", "fremover", "reelt") weigh little when judging
  whether a question is about the documents at all: their weight falls with their frequency in general
  Danish (the `wordfreq` list, shipped offline).
"""
from __future__ import annotations

import bisect
import itertools
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from app.lexical import STOPWORDS, fold_accents, stem
from app.synonyms import synonyms_asked

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Abbreviations people type, written out as the documents write them. Keys are lower case without dots.
ABBREVIATIONS = {
    "dk": "Danmark",
    "kbh": "København",
    "ifht": "i forhold til",
    "ift": "i forhold til",
    "iht": "i henhold til",
    "smv": "små og mellemstore virksomheder",
    "smver": "små og mellemstore virksomheder",
    "sme": "små og mellemstore virksomheder",
    "smes": "små og mellemstore virksomheder",
    "een": "Europe Enterprise Network",
    "vs": "sammenlignet med",
    "approx": "ca.",
    "mill": "mio.",
    "ppl": "people",
    # Typed without the apostrophe: "whats the max total per apprentice" asks as "what's" does.
    "whats": "what is", "wheres": "where is", "whos": "who is", "hows": "how is",
    # Texted: "when r the buyer days and do u cover the hotel".
    "r": "are", "u": "you", "ur": "your",
}
# The other way: a word the question writes out, which documents abbreviate ("det maksimale tilskud": "maks. 75.000
# kr."). The abbreviation joins the lexical query when the documents write it.
WRITTEN_SHORT = {
    "maksimal": "maks", "maksimale": "maks", "maksimalt": "maks", "maksimum": "maks",
    "telefon": "tlf", "telefonnummer": "tlf", "telefonnummeret": "tlf",
    "nummer": "nr", "nummeret": "nr", "inklusive": "inkl", "eksklusive": "ekskl", "cirka": "ca",
}
# ae/oe/aa for æ/ø/å, and the capitals.
_FOLDS = {"ae": "æ", "oe": "ø", "aa": "å"}
_FOLDABLE = re.compile("ae|oe|aa", re.IGNORECASE)
MIN_DERIVED, MAX_DERIVATION = 5, 3  # "afmeld-e", "afmeld-ing": a shared stem of five letters, endings of three
MIN_COMPOUND = 8  # shorter words are rarely compounds, and splitting them finds chance parts
MIN_PART = 3
MIN_HELD_PART = 5  # a shorter word is inside many compounds by chance ("ting" in "betingelser")
MAX_INFLECTION = 4  # "billet" ends "returbilletter" but for "ter"
EVERYDAY_ZIPF = 3.5  # a word this common in Danish ("fremover" 4.4, "kommunalbestyrelsen" 4.0) is no made-up compound
MIN_FIRST_PART = 6  # a first part known only from corpus compounds ("klimatilpasnings-") must be word-long
_LINKS = ("s", "e")  # Danish linking letters: "virksomhed-s-møder", "børn-e-have"


@lru_cache(maxsize=50000)
def zipf(word: str, language: str = "da") -> float:
    """Frequency of a word in general Danish (or `language`), 0 (unknown) to ~7.5 ("og"), on the Zipf scale."""
    return zipf_frequency(word, language)


def commonness_weight(word: str, language: str = "da") -> float:
    """How much a word says about the question's topic: 1 for rare words and names, down to 0.1 for everyday
    words ("egentlig", "lige", "reelt"; "time", "good") of the question's language."""
    z = zipf(word.lower(), language)
    return max(0.1, min(1.0, (5.8 - z) / 2.5))


# A web or e-mail address names no place and spells no word: "aarhus.dk/hoeringer" is not a text about
# Aarhus, and "affald@roerdal-forsyning.dk" does not make "roerdal" what "rordal" should be corrected to.
WEB_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w.-]+\.(?:dk|com|org|net|eu|info|nu)\b\S*", re.I)
# Nor does a code: "Oplys koden TOPMOEDE26" does not make "topmoedet" a word to leave unfolded; nor a file's path
# ("/img/thyboroen-kanal.jpg") or an identifier a spreadsheet's column goes by ("thyboroen_kr"), which spell the
# town as a keyboard without ø must.
_CODE = re.compile(r"\b[A-ZÆØÅ]{4,}\d+\b|\S*/\S*\.[A-Za-z]{2,4}\b|\b[^\W_]+(?:_[^\W_]+)+\b")


def _wordless(text: str) -> str:
    """`text` without web addresses, paths and codes, which spell no words."""
    return _CODE.sub(" ", WEB_ADDRESS.sub(" ", text))


def words_of(texts: Iterable[str]) -> set[str]:
    """The words of `texts`, lower case without accents ("café" is "cafe"), web and e-mail addresses and codes
    aside."""
    return {fold_accents(w.lower()) for text in texts for w in _WORD.findall(_wordless(text))}


# The word (or comma) just before, one space away: two spaces part a table's cells ("Projekt  Pris").
_AFTER_WORD = re.compile(r"([^\W\d_]+|,) $")


def names_of(texts: Iterable[str]) -> set[str]:
    """Words `texts` write only as names: capitalised after a lower-case word or a comma ("from Aarhus"; not a
    table's header cell), never in lower case, web addresses and codes aside. Lower case."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        text = _wordless(text)
        for match in _WORD.finditer(text):
            word = match.group()
            if not word[0].isupper():
                lower.add(word.lower())
                continue
            previous = _AFTER_WORD.search(text[max(0, match.start() - 40) : match.start()])
            if previous and (previous.group(1)[0].islower() or previous.group(1) == ","):
                capitalised.add(word.lower())
    return capitalised - lower


# A verb and its particle: "flytte ind", "melde sig til", "betale tilbage"; in the present tense with its subject
# between them: "følger i op", "melder vi os til"; as a participle: "blev der betalt ud".
_PARTICLE_VERB = re.compile(r"\b([^\W\d_]{3,}e|[^\W\d_]{3,}t(?=\s+(?:ud|ind|op|af|tilbage)\b))r?\s+"
                            r"(?:(?:i|vi|du|man|de|jeg|han|hun|[^\W\d_]{3,}(?:en|et|erne))\s+)?"
                            r"(?:(?:sig|mig|os|dig|jer)\s+)?"
                            r"(ind|ud|op|ned|til|fra|af|tilbage)\b", re.I)
# Loan verbs in -ere and their nouns in -ering: "refinansiere(r/t)" / "refinansiering(en)".
_VERB_IN_ERE = re.compile(r"^([^\W\d_]{4,}er)(?:e|er|et|ede|es)$")
_NOUN_IN_ERING = re.compile(r"^([^\W\d_]{4,}er)ing(?:en|er|erne|ens)?$")
_ENGLISH_ENDINGS = ("s", "es", "ed", "ing")
_LATIN_INFLECTED = re.compile(r"^([^\W\d_]{3,}[^aeiouyæøå])(?:et|ets|er|erne|ernes)$")
_SYNCOPE = re.compile(r"^(.{3,}[^aeiouyæøå])r(?:e|et|ets|es|ene|enes)$")


_PLURAL_ENDINGS = ("er", "erne", "e", "ene")
# A noun's definite and plural endings; not the genitive's s: "Mejeriets Café" is a name of its own, not the
# "Andelsmejeriet" a local history writes about.
_NOUN_ENDINGS = (*_PLURAL_ENDINGS, "en", "et")
MIN_INFLECTED = 5  # letters of a singular known by its plural: not "aller" of "allergener"


@dataclass
class Vocabulary:
    """The words of the corpus, as written (lower case) and as stems: the reference for every rewrite."""

    words: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)

    tails: set[str] = field(default_factory=set)  # endings of corpus compounds: "rådgiveren" of "...rådgiveren"
    sorted_words: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # words the texts write only as names ("aarhus"): see names_of
    _splits: dict[str, list[str] | None] = field(default_factory=dict, repr=False)  # questions repeat words
    _parts: dict[str, bool] = field(default_factory=dict, repr=False)  # holds_as_part, likewise

    @classmethod
    def of(cls, texts: Iterable[str]) -> "Vocabulary":
        texts = list(texts)
        vocabulary = cls.of_words(words_of(texts))
        vocabulary.names = names_of(texts)
        return vocabulary

    @classmethod
    def of_words(cls, words: set[str]) -> "Vocabulary":
        tails = {w[i:] for w in words if len(w) >= MIN_COMPOUND for i in range(MIN_PART, len(w) - 4)}
        return cls(words, {stem(w) for w in words}, tails, sorted(words))

    @cached_property
    def plain_words(self) -> list[str]:
        """sorted_words as a keyboard without æ, ø and å writes them, in the same order."""
        return [_plain(word) for word in self.sorted_words]

    def recognises(self, word: str) -> bool:
        """Known, or the tail of a corpus compound, or a compound of corpus words, or of a corpus compound's
        first part and a corpus word ("klimatilpasningsprojekterne": "Klimatilpasningsplan", "projekterne"), or a
        corpus word with an inflection's ending."""
        # ... or a corpus word inflected: "virksomhederne" of "virksomheder", whose stems the stemmer makes differ.
        return (self.knows(word) or self._is_a_tail(word.lower()) or self.split_compound(word) is not None
                or self._joins_a_first_part(word.lower())
                or any(self.knows(base) for base in inflection_bases(word.lower())[1:]))

    def _is_a_tail(self, word: str) -> bool:
        """The end of a corpus compound, inflected or not: "innovationsforløbene" of "Vandinnovationsforløb"."""
        return word in self.tails or any(
            word.endswith(ending) and {word[: -len(ending)], _undoubled(word[: -len(ending)])} & self.tails
            for ending in _NOUN_ENDINGS)

    def _joins_a_first_part(self, word: str) -> bool:
        if len(word) < MIN_COMPOUND:
            return False
        for cut in range(len(word) - MIN_PART, MIN_FIRST_PART - 1, -1):
            first, tail = word[:cut], word[cut:]
            if self._part_known(tail):
                at = bisect.bisect_left(self.sorted_words, first)
                if at < len(self.sorted_words) and self.sorted_words[at].startswith(first) \
                        and len(self.sorted_words[at]) >= cut + MIN_PART:
                    return True
        return False

    def writes_a_word_starting(self, prefix: str) -> bool:
        """Does a corpus word start with `prefix` ("analyse" of "analyseret", "udstille" of "udstillere")?"""
        at = bisect.bisect_left(self.sorted_words, prefix.lower())
        return at < len(self.sorted_words) and self.sorted_words[at].startswith(prefix.lower())

    def holds_as_part(self, word: str) -> bool:
        """A part of a corpus compound, first or last (with an inflection after it): "retur" and "billet" of
        "returbilletter". The documents know the thing, only never write it alone."""
        word = word.lower()
        if len(word) < MIN_HELD_PART:
            return False
        if word not in self._parts:
            self._parts[word] = any(
                len(other) >= len(word) + MIN_PART and (
                    other.startswith(word)
                    or (other.rfind(word) >= MIN_PART and len(other) - other.rfind(word) - len(word) <= MAX_INFLECTION))
                for other in self.sorted_words)
        return self._parts[word]

    def starts_a_compound(self, word: str) -> bool:
        """The first part of a corpus compound, with a word of its own after it: "prototype" of "prototypestøtten"."""
        word = word.lower()
        if len(word) < MIN_HELD_PART:
            return False
        after = itertools.islice(self.sorted_words, bisect.bisect_left(self.sorted_words, word), None)
        return any(len(other) >= len(word) + MIN_PART for other in itertools.takewhile(lambda other: other.startswith(word), after))

    def knows(self, word: str) -> bool:
        word = word.lower()
        if word in self.words or stem(word) in self.stems:
            return True
        # The corpus's words are read apart at hyphens: "ikke-medlemmer" is known when "ikke" and "medlemmer" are.
        if "-" in word.strip("-"):
            return all(self.knows(part) for part in word.split("-") if part)
        # "eksportcentret", "teatrets", "centrene": a noun in -er drops its e before an ending ("Eksportcenter").
        syncope = _SYNCOPE.match(word)
        if syncope is not None and stem(f"{syncope.group(1)}er") in self.stems:
            return True
        if self._inflects_in_us(word):
            return True
        # "allergen" of the documents' "allergener": the stemmer cuts the singular more than the plural.
        if len(word) >= MIN_INFLECTED and any(f"{word}{ending}" in self.words for ending in _PLURAL_ENDINGS):
            return True
        # ... and "chair" of an English page's "The board is chaired by ...".
        if len(word) >= MIN_INFLECTED and any(f"{word}{ending}" in self.words for ending in _ENGLISH_ENDINGS):
            return True
        # "refinansiere" is what "refinansiering af gæld" names, and the other way round.
        verb, noun = _VERB_IN_ERE.match(word), _NOUN_IN_ERING.match(word)
        return (verb is not None and stem(f"{verb.group(1)}ing") in self.stems) or (
            noun is not None and any(stem(f"{noun.group(1)}{ending}") in self.stems for ending in ("e", "er", "et")))

    def split_compound(self, word: str, depth: int = 2) -> list[str] | None:
        """A compound the corpus writes apart, as its parts ("eksportchef" -> ["eksport", "chef"]), or None.
        The parts must each be corpus words (the last part may itself be split once more); the longest first
        part wins, since Danish compounds put the head last."""
        word = word.lower()
        if len(word) < MIN_COMPOUND or depth == 0:
            return None
        key = f"{depth}:{word}"
        if key not in self._splits:
            if len(self._splits) > 50000:
                self._splits.clear()
            self._splits[key] = self._split(word, depth)
        return self._splits[key]

    def _split(self, word: str, depth: int) -> list[str] | None:
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:]
            heads = [head] + [head[: -len(link)] for link in _LINKS if head.endswith(link) and len(head) > MIN_PART]
            first = next((h for h in heads if self._part_known(h)), None)
            if first is None:
                continue
            # The head may be known only as the head of a document's compound: "billet" of "Enkeltbilletter"
            # for the "svømmehalsbillet" people ask for. A word, though: "rvice" of "erhvervsservice" is no head
            # of "erhvervservice", typed one letter short.
            if self._part_known(tail) or (len(tail) >= MIN_HELD_PART and tail in self.tails and zipf(tail) > 0):
                return [first, tail]
            rest = self.split_compound(tail, depth - 1)
            if rest:
                return [first, *rest]
        return None

    def long_form(self, word: str) -> str | None:
        """"sæsonpuljen" for the documents' "Sæsonforlængelsespuljen": a compound of a corpus compound's first part
        and its head, said short. The one corpus word that begins with that first part and ends with that head, as
        inflected, or None."""
        word = word.lower()
        if len(word) < MIN_COMPOUND or self.knows(word):
            return None
        found = set()
        for cut in range(len(word) - MIN_HELD_PART, MIN_HELD_PART - 1, -1):
            first, head = word[:cut], word[cut:]
            if not self._part_known(head):
                continue
            at = bisect.bisect_left(self.sorted_words, first)
            while at < len(self.sorted_words) and self.sorted_words[at].startswith(first):
                other = self.sorted_words[at]
                if other.endswith(head) and len(other) >= len(word) + MIN_PART:
                    found.add(other)
                at += 1
        return found.pop() if len(found) == 1 else None

    def head(self, word: str) -> str:
        """The longest corpus word a compound ends in: "rådgivningsmøder" -> "møder" (Danish compounds
        put the head last); the word itself when none."""
        word = word.lower()
        for start in range(1, len(word) - 3):
            if word[start:] in self.words:
                return word[start:]
        return word

    def _part_known(self, part: str) -> bool:
        # A part is a corpus word ("eksport", "chef") or an inflection of one ("virksomhed"); short stems
        # alone would match fragments.
        return part in self.words or (len(part) >= 5 and stem(part) in self.stems) or self._inflects_in_us(part)

    def _inflects_in_us(self, word: str) -> bool:
        """"kurset", "kurserne" of the documents' "Kursus": a noun in -us drops it before an ending."""
        latin = _LATIN_INFLECTED.match(word)
        return latin is not None and f"{latin.group(1)}us" in self.words


def _undoubled(stem_: str) -> str:
    """"workshopp" of "workshoppen" -> "workshop": a short vowel's consonant doubles before an ending."""
    return stem_[:-1] if len(stem_) > 3 and stem_[-1] == stem_[-2] and stem_[-1] not in "aeiouyæøå" else stem_


def fold_all_danish_letters(word: str) -> str:
    """Every ae/oe/aa as æ/ø/å: "pengepraemien" -> "pengepræmien"."""
    return _FOLDABLE.sub(lambda match: _FOLDS[match.group().lower()], word)


_PART_ZIPF = 3.0  # "måned" 4.6, "basis" 4.1: each part an everyday Danish word


def _of_danish_words(word: str) -> bool:
    """Is `word` two everyday Danish words joined, with or without a linking "s": "månedsbasis" = "måned" + "basis"?"""
    for at in range(3, len(word) - 2):
        left, right = word[:at], word[at:]
        if zipf(right) >= _PART_ZIPF and (zipf(left) >= _PART_ZIPF or (left.endswith("s") and zipf(left[:-1]) >= _PART_ZIPF)):
            return True
    return False


def fold_danish_letters(word: str, vocabulary: Vocabulary) -> str:
    """"vaeksthuset" -> "væksthuset" when the folded form is a corpus word (or a part of a corpus compound,
    or a Danish word the plain form is not); otherwise the word unchanged ("Aarhus" is written so in the
    documents)."""
    if not _FOLDABLE.search(word):
        return word
    if vocabulary.knows(word):
        # Both ways, the Danish letters win: a spreadsheet's column "thyboroen kr" beside the text's "Thyborøn".
        danish = fold_all_danish_letters(word)
        return danish if danish.lower() in vocabulary.words else word
    pieces, pairs = _FOLDABLE.split(word), _FOLDABLE.findall(word)
    best, best_rank = word, (False, _of_danish_words(word.lower()), zipf(word.lower()))
    for choice in itertools.product((False, True), repeat=min(len(pairs), 4)):  # 2^4 candidates at most
        if not any(choice):
            continue
        out = [pieces[0]]
        for i, pair in enumerate(pairs):
            letter = _FOLDS[pair.lower()]
            folded = i < len(choice) and choice[i]
            out += [(letter.upper() if pair[0].isupper() else letter) if folded else pair, pieces[i + 1]]
        candidate = "".join(out)
        # ... or the first part of one: "klimalaan" is the "klimalån" of "Klimalånefonden"; or a compound of Danish
        # words: "maanedsbasis" is "månedsbasis", which no word list holds whole.
        rank = (vocabulary.recognises(candidate) or vocabulary.holds_as_part(candidate), _of_danish_words(candidate.lower()),
                zipf(candidate.lower()))
        if rank > best_rank:
            best, best_rank = candidate, rank
    return best


_PLAIN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_TYPED_PLAIN = (("aa", "a"), ("oe", "o"))


def _plain(word: str) -> str:
    """A word as a keyboard without æ, ø and å writes it: "lindå" and "lindaa" -> "linda"."""
    word = word.translate(_PLAIN_LETTERS)
    for typed, letter in _TYPED_PLAIN:
        word = word.replace(typed, letter)
    return word


def typed_alike(word: str, words: set[str]) -> bool:
    """Is `word` one of `words` as typed without æ, ø and å, or one slip from it when long ("erhvervservice
    linda" for "Erhvervsservice Lindå")?"""
    plain = _plain(word)
    return any(_plain(known) == plain or (len(plain) >= 8 and OSA.distance(_plain(known), plain, score_cutoff=1) <= 1)
               for known in words)


def correct_typo(word: str, vocabulary: Vocabulary) -> str:
    """"eksporrt" -> "eksport", "innovaton" -> "innovation": a word neither the corpus nor general Danish
    knows, one edit (two for long words) from a corpus word, becomes that word."""
    lower = word.lower()
    # Only the start of a corpus word joined to a corpus word ("midtjy" + "land") is no reason to keep a word one
    # edit from a corpus word ("midtjylland"); a compound of whole corpus words is.
    # Nor the head of a corpus compound in another inflection: "teknologen" of the documents' "Fødevareteknolog".
    known = vocabulary.knows(lower) or lower in vocabulary.tails or vocabulary.split_compound(lower) is not None \
        or any(base in vocabulary.tails for base in inflection_bases(lower)[1:])
    if len(lower) < 5 or known or zipf(lower) > 0 or zipf_frequency(lower, "en") > 0 or _inflects_a_danish_word(lower):
        return word
    limit = 1 if len(lower) < 8 else 2
    match = process.extractOne(lower, vocabulary.sorted_words, scorer=OSA.distance, score_cutoff=limit)
    if match:
        return match[0]
    if _FOLDABLE.search(lower):
        # A slip and no æ, ø, å at once: "matrialeboersen" is "Materialebørsen" as typed without ø, one letter short.
        match = process.extractOne(_plain(lower), vocabulary.plain_words, scorer=OSA.distance, score_cutoff=limit)
        if match:
            return vocabulary.sorted_words[match[2]]
    # Inflected, as the documents write only the base form: "spilaccelleratoren" is their "Spilaccelerator" + "en".
    for base in inflection_bases(lower)[1:]:
        match = process.extractOne(base, vocabulary.sorted_words, scorer=OSA.distance, score_cutoff=limit)
        if match and OSA.distance(base, match[0]) > 0:
            return match[0] + lower[len(base):]
    # A compound of a Danish word and a corpus word typed with a slip: "fondsansogning" is "fonds" + "ansøgning".
    for at in range(MIN_PART + 1, len(lower) - MIN_TYPED_TAIL + 1):
        head, tail = lower[:at], lower[at:]
        if (zipf(head) > 0 or (head[-1] in "se" and zipf(head[:-1]) > 0)) and zipf(tail) == 0.0:  # "ansogning": no word
            match = process.extractOne(tail, vocabulary.sorted_words, scorer=OSA.distance, score_cutoff=1)
            if match:
                return head + match[0]
    return word


MIN_TYPED_TAIL = 6  # a shorter tail is one slip from too many corpus words


# Danish inflections the frequency list often lacks: definite ("ledigheden"), plural, genitive.
_ENDINGS = ("erne", "ene", "ens", "ets", "en", "et", "er", "ne", "e", "s")
COMMON_WORD_ZIPF = 5.0  # "hjælp", "hjælpe": words of every text, which no document's silence says anything about
INFLECTED_BASE_ZIPF = 2.5  # the base form is a real word, not a rare accident of stripping letters


def inflection_bases(word: str) -> list[str]:
    """The word and the forms it may inflect ("spørgeskemaet" -> "spørgeskema", ...)."""
    return [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]


def is_everyday(word: str, language: str = "da") -> bool:
    """A word of general Danish (or English), as written or inflected ("projektets", "højst")."""
    return any(zipf(form, language) >= EVERYDAY_ZIPF for form in inflection_bases(word))


def _inflects_a_danish_word(word: str) -> bool:
    """"ledigheden" is "ledighed" inflected, no typo of the documents' "lejligheden"; "omsatte" is the past of
    "omsat", no typo of "omfatte"."""
    past = [word[:-2]] if word.endswith(("te", "de")) else []
    return any(zipf(base) >= INFLECTED_BASE_ZIPF for base in [*inflection_bases(word)[1:], *past])


def _derived(word: str, other: str) -> bool:
    """One word made of the other, as far as their shared beginning shows: "afmelde" and "afmelding"."""
    shared = len(os.path.commonprefix([word, other]))
    return shared >= max(MIN_DERIVED, min(len(word), len(other)) - MAX_DERIVATION)


@dataclass
class NormalisedQuery:
    text: str  # the question with letters folded and abbreviations written out: what dense search embeds
    expansions: list[str]  # compound parts the corpus writes apart: added to the lexical query
    split_text: str  # `text` with those compounds written as their parts: the question's terms
    changes: list[tuple[str, str]]  # (as typed, as searched), for --explain
    said_otherwise: list[str] = field(default_factory=list)  # words also searched as the documents' synonyms


# A compound typed as two words ("skatte procenten") is joined when the documents write it as one: both parts
# word-long, and the whole long enough not to be two function words that spell something ("for at").
MIN_JOINED_PART = 3
MIN_JOINED = 9
_LETTERS = re.compile(rf"\b[^\W\d_]{{{MIN_JOINED_PART},}}\b")


def _english(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") > zipf(word.lower())


class QueryNormaliser:
    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary

    def _join_compounds(self, text: str, changes: list[tuple[str, str]]) -> str:
        words = list(_LETTERS.finditer(text))
        joined, at = [], 0
        while at < len(words) - 1:
            # Two words, else three: "kvalitets certificerings tilskud" is the documents' "Kvalitetscertificeringstilskud".
            for group in (words[at : at + 2], words[at : at + 3]):
                whole = "".join(word.group() for word in group).lower()
                if len(group) < 2 or any(text[a.end() : b.start()] != " " for a, b in zip(group, group[1:])):
                    continue
                # In any inflection: "iværksætter cafeen" for the documents' "Iværksættercafé"; not an English word
                # the Danish stemmer cuts alike ("the vækstmidt programme" is no "VækstMidtprogrammet").
                known = whole in self.vocabulary.words or (self.vocabulary.knows(whole) and not _english(group[-1].group()))
                # No part a function word: "tilskud det år" is no "tilskuddet".
                if len(whole) >= MIN_JOINED and known and not any(word.group().lower() in STOPWORDS for word in group):
                    joined.append((group[0].start(), group[-1].end(), whole))
                    changes.append((text[group[0].start() : group[-1].end()], whole))
                    at += len(group)
                    break
            else:
                at += 1
        for start, stop, whole in reversed(joined):
            text = text[:start] + whole + text[stop:]
        return text

    def normalise(self, text: str) -> NormalisedQuery:
        changes: list[tuple[str, str]] = []
        typed_as_written: list[str] = []  # words the documents write both ways: searched as typed too

        def rewrite(match: re.Match) -> str:
            word = match.group()
            key = word.lower()
            # An abbreviation is only expanded when it is not a corpus word itself.
            if key in ABBREVIATIONS and not self.vocabulary.knows(key):
                changes.append((word, ABBREVIATIONS[key]))
                return ABBREVIATIONS[key]
            folded = correct_typo(fold_danish_letters(word, self.vocabulary), self.vocabulary)
            if folded != word and self.vocabulary.knows(word):
                typed_as_written.append(word.lower())  # "thyboroen" of a CSV column beside the text's "Thyborøn"
            long = self.vocabulary.long_form(folded) or self.vocabulary.long_form(fold_all_danish_letters(folded))
            if long is not None:
                folded = long if word[:1].islower() else long.capitalize()
            if folded != word:
                changes.append((word, folded))
            return folded

        normalised = self._join_compounds(_WORD.sub(rewrite, text), changes)
        expansions: list[str] = list(dict.fromkeys(typed_as_written))

        def split(match: re.Match) -> str:
            word = match.group()
            noun = self._noun_written(word.lower())
            if noun:  # "refinansiere" asks about, and finds, the documents' "refinansiering af eksisterende gæld"
                changes.append((word, noun))
                expansions.append(noun)
                return noun
            # A corpus word stays whole: whether its parts are corpus words too would otherwise depend on
            # which other documents are indexed ("innovationscentre" and another document's "centre").
            # Nor is an everyday word split, known to the documents or not ("fremover": "frem" + "over").
            if self.vocabulary.knows(word) or zipf(word.lower()) >= EVERYDAY_ZIPF:
                return word
            parts = self.vocabulary.split_compound(word)
            if not parts:
                return word
            expansions.extend(parts)
            changes.append((word, " + ".join(parts)))
            return " ".join(parts)

        split_text = " ".join([_WORD.sub(split, normalised), *dict.fromkeys(typed_as_written)])
        expansions += [short for word in _WORD.findall(normalised) for short in [WRITTEN_SHORT.get(word.lower())]
                       if short and self.vocabulary.knows(short) and short not in expansions]
        # "flytte ind" finds "indflytningen forventes ...", "melde til" "tilmelding": the particle verb's noun.
        particle_nouns = [noun for verb, particle in _PARTICLE_VERB.findall(normalised)
                          for noun in self._particle_nouns(verb.lower(), particle.lower())]
        if particle_nouns:
            expansions += [noun for noun in particle_nouns if noun not in expansions]
            split_text = " ".join([split_text, *particle_nouns])
            changes += [(noun, noun) for noun in particle_nouns]
        # "hvad hvis vi aflyser" finds "Ved afbestilling ...": the group's other words the documents write
        # (app/danish_synonyms.yaml), where the documents never write the asker's word. Not phrases: "ikke møder
        # op" would search for meetings.
        # Typed without æ, ø and å ("teknikerhjaelp"), the word is found as the group's ("hjælp"), and the other
        # words as the documents write them ("spraytorreren": "sprøjtetørreren").
        said_otherwise = []
        typed_as = {fold_all_danish_letters(word).lower(): word.lower() for word in _WORD.findall(normalised)}
        for folded, others in synonyms_asked(_WORD.sub(lambda match: fold_all_danish_letters(match.group()), normalised)):
            asked = " ".join(typed_as.get(word, word) for word in folded.split())
            # A phrase ("nye virksomheder" for "nystartede") when the documents write each of its words.
            written = [self._written(other) if " " not in other
                       else other if all(self._written(word) == word for word in other.split()) else None for other in others]
            known = [other for other in written if other is not None and other not in expansions]
            # The documents write the asker's word ("tilsagn" beside another's "bevilling"), or a derivation of it
            # ("afmelde" of "Afmelding"): it finds their passages; another word would pull others up.
            # Nor is a word everyone writes ("hjælp") one the documents say otherwise, whatever they write instead.
            # So do they when they write it in a compound: "assistance" of "Teknikerassistance".
            if not known or all(self.vocabulary.knows(word) or self.vocabulary.holds_as_part(word) for word in asked.split()) \
                    or any(_derived(folded, other) for other in known) \
                    or (" " not in folded and zipf(folded) >= COMMON_WORD_ZIPF):  # a phrase's frequency is its words'
                continue
            expansions += known
            changes.append((asked, " / ".join(known)))
            # A word the documents never write is asked in theirs only: it would weigh as a term no passage has, and
            # the question is embedded as if it said theirs ("etableringsgebyret"), as a typo is corrected.
            split_text = " ".join([re.sub(rf"(?i)\b{re.escape(asked)}\b", " ", split_text), *known])
            if " " not in asked:
                normalised = re.sub(rf"(?i)\b{re.escape(asked)}\b", known[0], normalised)
            said_otherwise += [asked, *asked.split()] if " " in asked else [asked]  # "klump" of "i en klump"
        return NormalisedQuery(normalised, expansions, split_text, changes, said_otherwise)

    def _written(self, word: str) -> str | None:
        """`word` as the documents write it: as it is, or as typed without æ, ø and å ("sprøjtetorreren" is their
        "sprøjtetørreren"); None when they never do."""
        if all(self.vocabulary.knows(part) for part in word.split("-")):
            return word
        plain = _plain(word)
        return next((known for known in self.vocabulary.sorted_words if _plain(known) == plain), None)

    def _particle_nouns(self, verb: str, particle: str) -> list[str]:
        """The nouns the documents write for a verb with its particle: "flytte ind" -> "indflytning"; and its
        participle as they write it before a noun: "følge op" -> "opfølgning", "Opfølgende samtale"."""
        base = verb[:-1] if verb.endswith("e") else verb
        base = base[:-1] if len(base) > 3 and base[-1] == base[-2] else base  # "flytte": "flytning"
        nouns = [f"{particle}{base}ning", f"{particle}{base}ing", f"{particle}{base}else", f"{particle}{base}ende"]
        if verb.endswith("t") and not verb.endswith("te"):
            # The participle: "betalt ud" is the documents' "Udbetalt tilskud i alt", "udbetaling".
            nouns = [f"{particle}{verb}", f"{particle}{verb[:-1]}ing", f"{particle}{verb[:-1]}ning"]
        elif verb.endswith(("te", "de")) and len(verb) > 4:
            # The past tense: "lånte kommunen ud" is the key figures' "Udlånt i alt", "udlån".
            past = verb[:-2]
            nouns += [f"{particle}{past}t", f"{particle}{past}", f"{particle}{past}ning", f"{particle}{past}ing"]
        # The forms the documents write as they are; else the first known in any inflection ("Indflytningen").
        return [noun for noun in nouns if noun in self.vocabulary.words] \
            or [noun for noun in nouns if self.vocabulary.knows(noun)][:1]

    def _noun_written(self, word: str) -> str | None:
        """The documents' noun in -ering of a loan verb in -ere the documents never write in that form, or the plural
        of a noun they write only so."""
        verb = _VERB_IN_ERE.match(word)
        noun = f"{verb.group(1)}ing" if verb else ""
        if verb and noun in self.vocabulary.words and stem(word) not in self.vocabulary.stems:
            return noun
        # ... or their plural of a singular the stemmer cuts further: "allergen" is searched as "allergener".
        if len(word) >= MIN_INFLECTED and word not in self.vocabulary.words and stem(word) not in self.vocabulary.stems:
            return next((f"{word}{ending}" for ending in _PLURAL_ENDINGS if f"{word}{ending}" in self.vocabulary.words), None)
        return None
