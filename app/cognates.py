"""The documents' Danish compounds an English question names word by word: "climate chamber" is "Klimakammer",
"robot lab" "Robotlab", "automation loan" "Automatiseringslånet". Danish builds one word of what English writes
apart, mostly of words the two languages share (cognates, spelt the Danish way: c as k, ch as k or tj). The
embedding model bridges the languages for the question as a whole, but a row of a price table is found by its name;
so an English question is also searched for the corpus compounds whose parts are, in order, its words' cognates or
the Danish words a glossary gives for them ("camera package" is "Kamerapakke": "package" is "pakke"). Only words the
documents write are added."""
from __future__ import annotations

import os
import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from app.lexical import STOPWORDS
from app.normalise import Vocabulary

# Spellings the two languages write one sound with, each side brought to one form ("check" and "tjek" to "kek").
_SOUNDS = (("æ", "e"), ("ø", "o"), ("å", "a"), ("ck", "k"), ("ch", "k"), ("tj", "k"), ("ph", "f"), ("th", "t"),
           ("qu", "kv"), ("c", "k"), ("y", "i"), ("w", "v"), ("z", "s"))
MIN_PART = 3  # "lab", "lån"
MIN_COMPOUND = 6
MIN_SHARED = 6  # a shared beginning this long ...
SHARED_SHARE = 0.6  # ... and this much of the shorter word: "digitalis-ation", "digitalis-ering"
MAX_ADDED = 2  # "climate" is "klima": English may add a letter or two
_LINKS = ("s", "e", "-", "")  # Danish linking letters: "automatisering-s-lån"
_ENDINGS = ("", "s", "e", "en", "et", "er", "ne", "ene", "erne", "ets", "ens", "es", "t")  # "klimakammer-et"
MAX_PHRASE = 3  # words
_WORD = re.compile(r"[^\W\d_]+")


def sound(word: str) -> str:
    word = word.lower()
    for written, said in _SOUNDS:
        word = word.replace(written, said)
    return word


def cognate(english: str, danish: str) -> bool:
    """Do the two words look like one word in two spellings: "chamber" and "kammer", "loan" and "lån"?"""
    said, written = sound(english), sound(danish)
    if min(len(said), len(written)) < MIN_PART or said[0] != written[0]:
        return False
    if said == written or OSA.distance(said, written) <= (1 if min(len(said), len(written)) < 7 else 2):
        return True
    short, long = sorted((said, written), key=len)
    if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= MAX_ADDED:
        return True
    shared = len(os.path.commonprefix([said, written]))
    return shared >= MIN_SHARED and shared >= SHARED_SHARE * len(short)


def _made_of(word: str, english: list[tuple[str, set[str]]]) -> bool:
    """Is the Danish `word` the English words' cognates (or translations) in order, linked and inflected as Danish
    does? Each English word comes with the Danish words for it, which must be written as they are: "eksportk" is no
    "eksport" (nor "voten" "worth")."""
    if not english:
        return word in _ENDINGS
    first, danish = english[0]
    for cut in range(MIN_PART, len(word) + 1):
        part = word[:cut]
        if not (part in danish or cognate(first, part) or (first.endswith("s") and cognate(first[:-1], part))):  # "managers"
            continue
        rest = word[cut:]
        if len(english) == 1 and rest in _ENDINGS:
            return True
        if len(english) > 1 and any(rest.startswith(link) and _made_of(rest[len(link):], english[1:])
                                    for link in _LINKS):
            return True
    return False


_by_sound: tuple[Vocabulary, dict[str, list[str]]] | None = None


def _words_by_first_sounds(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """The corpus's long words by their first two sounds, for the one vocabulary in use (built once per index)."""
    global _by_sound
    if _by_sound is None or _by_sound[0] is not vocabulary:
        index: dict[str, list[str]] = {}
        for word in vocabulary.words:
            if len(word) >= MIN_COMPOUND:
                index.setdefault(sound(word)[:2], []).append(word)
        _by_sound = (vocabulary, index)
    return _by_sound[1]


def danish_compounds(text: str, vocabulary: Vocabulary,
                     translations: Callable[[str], list[str]] = lambda word: []) -> list[str]:
    """The corpus words that join two or three adjacent words of the English `text`: "klimakammer",
    "klimakammeret" for "the climate chamber"; `translations` gives an English word's Danish words."""
    words = [word.lower() for word in _WORD.findall(text)]
    index = _words_by_first_sounds(vocabulary)
    found: list[str] = []
    for start in range(len(words)):
        for size in range(2, MAX_PHRASE + 1):
            phrase = words[start : start + size]
            if len(phrase) < size or any(word in STOPWORDS for word in phrase):
                break
            spellings = [(word, {danish.lower() for words in translations(word) for danish in words.split()})
                         for word in phrase]
            first, danish = spellings[0]
            candidates = dict.fromkeys(word for start in [first, *danish] for word in index.get(sound(start)[:2], []))
            found += [word for word in candidates if word not in found and _made_of(word, spellings)]
    return found
