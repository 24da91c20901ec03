"""Names the documents give in both languages: an English summary's "Supplier Development Programme
(Leverandørprogrammet)", a Danish page's "Fødevarepuljen (Food Development Fund)". People who ask in English use the
English name, which the Danish passages never write; like the corpus glossary (corpus/glossary.yaml), such a pair
adds the Danish name to the English question's lexical search. Read from the indexed texts, so staff need not list
what the documents already say."""
from __future__ import annotations

import re
from collections.abc import Iterable

from wordfreq import zipf_frequency

from app.glossary import Glossary

# "Name (Navn)": the name before the brackets runs back to the line's start or a mark that ends a phrase.
_BRACKETED = re.compile(r"([^\n()]{2,120}?)\s*\(([^()\n\d]{3,60})\)")
_PHRASE_START = re.compile(r".*(?:^|[.:;!?–—•*#|>]\s|^\s*[-+]\s)", re.S)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CONNECTORS = {"of", "and", "for", "the", "&"}
MAX_WORDS = 5
LANGUAGE_MARGIN = 1.0  # zipf: a word this much commoner in one language is of that language
MIN_OWN_ZIPF = 3.0  # ... and common in it: a name is of neither


def _leaning(word: str) -> str | None:
    """"en" or "da" for a word of one language only ("programme", "puljen", any with æ, ø or å), else None."""
    lower = word.lower()
    if re.search(r"[æøå]", lower):
        return "da"
    english, danish = zipf_frequency(lower, "en"), zipf_frequency(lower, "da")
    if english >= MIN_OWN_ZIPF and english > danish + LANGUAGE_MARGIN:
        return "en"
    # A Danish word may be rare and still Danish ("Vestkyst"): commoner there than in English is enough.
    return "da" if danish > english + LANGUAGE_MARGIN else None


def _language(words: list[str]) -> str | None:
    """The one language a name's words lean to, None when they lean to none or both."""
    leanings = {_leaning(word) for word in words} - {None}
    return leanings.pop() if len(leanings) == 1 else None


def _named(words: list[str]) -> str | None:
    """"name" for capitalised words of no language ("Energiklynge Vestkyst"), else None."""
    return "name" if all(word[0].isupper() for word in words) and not any(map(_leaning, words)) else None


def _name_before(text: str) -> list[str]:
    """The words of the name before the brackets: the whole phrase when short, else its capitalised end
    ("... run the Export Pilot")."""
    phrase = _PHRASE_START.sub("", text)
    words = _WORD.findall(phrase)
    if len(words) <= MAX_WORDS:
        return words
    name: list[str] = []
    for word in reversed(words):
        if not (word[0].isupper() or (name and word.lower() in _CONNECTORS)) or len(name) == MAX_WORDS:
            break
        name.insert(0, word)
    while name and name[0].lower() in _CONNECTORS:
        name.pop(0)
    return name


def bilingual_names(texts: Iterable[str]) -> Glossary:
    """The English names the texts give a Danish name beside, either way round, as a glossary."""
    pairs: dict[str, list[str]] = {}
    for text in texts:
        for match in _BRACKETED.finditer(text):
            before, inside = _name_before(match.group(1)), _WORD.findall(match.group(2))
            if not before or not 1 <= len(inside) <= MAX_WORDS or not inside[0][0].isupper():
                continue
            # A name of no language ("Eksportpiloten (Export Pilot)") is the Danish one beside an English name; the
            # words both write ("Vestkyst" of "Energiklynge Vestkyst (Energy Cluster Vestkyst)") are of neither.
            shared = {word.lower() for word in before} & {word.lower() for word in inside}
            own = [[word for word in words if word.lower() not in shared] for words in (before, inside)]
            if not all(own):
                continue
            languages = (_language(own[0]) or _named(own[0]), _language(own[1]) or _named(own[1]))
            if languages in (("en", "da"), ("en", "name")):
                english, danish = " ".join(before), " ".join(inside)
            elif languages in (("da", "en"), ("name", "en")):
                english, danish = " ".join(inside), " ".join(before)
            else:
                continue
            if english.lower() not in (name.lower() for name in pairs.setdefault(danish, [])):
                pairs[danish].append(english)
    return Glossary.of(pairs)
