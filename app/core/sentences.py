"""A Danish sentence splitter.

General-purpose splitters break Danish text after abbreviations ("f.eks.", "ift.", "d.") and inside dates
("d. 3. maj", "pr. 1. januar 2010"). This one splits only where a full stop, "!" or "?" is followed by a
space and a word that can start a sentence, and then rules out the Danish cases where that is not a
sentence end. Each sentence is a slice of the input (trimmed), so callers can find it again in the text.
"""
from __future__ import annotations

import re

from app.core.words import MONTHS

# Abbreviations that never end a sentence: they are always followed by more of the same sentence
# ("f.eks. Region Midtjylland", "jf. FN", "St. Petersborg").
NEVER_FINAL = frozenset(
    {
        "ca.", "bl.a.", "f.eks.", "fx.", "jf.", "jvf.", "ift.", "iht.", "ifm.", "d.", "kl.", "nr.", "pr.",
        "dvs.", "evt.", "inkl.", "ekskl.", "pga.", "vedr.", "mht.", "hhv.", "stk.", "tlf.", "ang.", "kap.",
        "st.", "sml.", "vha.", "el.", "gl.", "hr.", "fr.", "dr.", "prof.", "ref.", "afs.", "min.", "max.",
        "m.h.t.", "f.x.", "t.o.m.", "a.h.t.", "m.v.h.", "e.g.", "i.e.", "vs.", "no.", "maks.", "iflg.", "gns.",
        "tidl.", "adr.", "att.", "vejl.", "medl.", "approx.", "incl.", "excl.", "tel.", "mr.", "mrs.",
    }
)
# Abbreviations that often end a sentence ("... praktikpladser mv. Der er ..."), but not before a number
# or an acronym ("5 mio. DKK").
MAY_BE_FINAL = frozenset({"mv.", "m.v.", "osv.", "etc.", "m.fl.", "m.m.", "o.l.", "mio.", "mia.", "pct.", "kr.", "mm.",
                          "mdr.", "md."})


# A candidate boundary: sentence punctuation, optional closing quotes/brackets, then whitespace.
_CANDIDATE = re.compile(r"[.!?]+[\"'”’»)\]]*\s+")
_OPENING = "\"'“„«(["
_ENUMERATOR = re.compile(r"^(?:[-•*]\s+)?\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Za-z]|[ivxIVX]{1,4})[.)]$")
_NUMBER = re.compile(r"^\d{1,2}\.$")
_LETTERED_ITEM = re.compile(r"[a-hA-H]\)\s+[A-ZÆØÅ]")  # "b) Sprøjtetørreren": an item of a lettered list
_DOTTED_ABBREVIATION = re.compile(r"^(?:[a-zæøå]{1,3}\.){2,}$")


def never_ends_sentence(token: str) -> bool:
    """True for a word ending in "." that cannot end a sentence: "f.eks.", "jf.", "pr.", an initial "H."."""
    token = token.lstrip(_OPENING).lower()
    if token.rpartition("-")[2] in NEVER_FINAL:  # "Ikke-medl. 450 kr."
        return True
    if token in MAY_BE_FINAL:
        return False
    return (len(token) == 2 and token[0].isalpha()) or bool(_DOTTED_ABBREVIATION.match(token))


def split_sentences(text: str) -> list[str]:
    """Split Danish text into sentences. Line breaks always end a sentence (a table row or list item is
    never joined to the next line); each returned sentence is the input's own text, trimmed."""
    sentences: list[str] = []
    for line in text.split("\n"):
        start = 0
        for match in _CANDIDATE.finditer(line):
            end = match.end()
            if end >= len(line):
                break
            # Marks alone end no sentence: "!! AFLYST - flyttes til efteråret !!" is one.
            if _is_boundary(line, start, match.start(), end) and re.search(r"\w", line[start:end]):
                sentence = line[start:end].strip()
                if sentence:
                    sentences.append(sentence)
                start = end
        rest = line[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


def _is_boundary(line: str, start: int, punct: int, next_start: int) -> bool:
    """Whether the punctuation at `punct` ends the sentence that began at `start`."""
    following = line[next_start:]
    next_word = following.split(maxsplit=1)[0]
    first = next_word.lstrip(_OPENING)[:1] or next_word[:1]
    # Danish sentences start with a capital or a digit; "den 19. oktober", "ca. 49 %" continue. So does a lettered
    # item after a full stop: "... fra uge 24. b) Sprøjtetørreren ...".
    if _LETTERED_ITEM.match(following) and line[punct] == "." and not never_ends_sentence(line[:punct + 1].split()[-1]):
        return True
    if not (first.isupper() or first.isdigit()):
        return False
    if line[punct] in "!?":
        return True
    token = line[:punct + 1].split()[-1]  # the word the full stop belongs to, e.g. "f.eks." or "2011."
    if line[punct:punct + 3] == "...":
        return True
    if never_ends_sentence(token):
        return False
    if token.lstrip(_OPENING).lower() in MAY_BE_FINAL:
        # "5 mio. DKK", "mv. 2010": a number or an acronym continues; "mv. Der er" starts a sentence.
        return first.isupper() and not next_word.isupper() and not first.isdigit()
    if _ENUMERATOR.match(line[start:punct + 1].strip()):
        return False  # "2. Vækstforum ..." at the start of a line is a numbered item, not a sentence
    if _NUMBER.match(token) and _month_follows(next_word):
        return False  # "den 3. Maj" with a capitalised month
    before = line[start:punct + 1].split()
    if _NUMBER.match(token) and len(before) == 2 and before[0].lower() in _NUMBERED_PART:
        return False  # "Stk. 1. Ved klinisk evidens forstås ...": opening with its number; "i § 3. Ansøgningen" ends
    return True


# A part of a rule or a document numbered by the figure after it: "Stk. 1.", "§ 3.", "kapitel 2."
_NUMBERED_PART = {"stk.", "§", "§§", "kap.", "kapitel", "afsnit", "punkt", "bilag", "section"}


def _month_follows(word: str) -> bool:
    return word.lower().rstrip(",") in MONTHS
