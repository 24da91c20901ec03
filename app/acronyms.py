"""Short forms the documents define: "Digital Handel i Småbyer (DHS)", "Erhvervskontor Øst (EKØ)". People ask by
the short form ("hvor meget fik struer i dhs tilskud"), which a table or another document of the same scheme never
writes; the question then also searches for the long form. Read from the indexed texts, as app/bilingual_names.py
reads names given in both languages.

The long form is found as Schwartz and Hearst find it ("A simple algorithm for identifying abbreviation definitions
in biomedical text", 2003): each letter of the short form, from the last, is matched backwards in the words before
the brackets, and its first letter must start a word."""
from __future__ import annotations

import re
from collections.abc import Iterable

_SHORT_FORM = re.compile(r"\(([A-ZÆØÅ][A-ZÆØÅa-zæøå]{1,6})\)")
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
MIN_CAPITALS = 2  # "(DHS)", "(EKØ)", "(MDR)"; not "(Note)" or "(se)"
MAX_LONG_FORMS = 2  # a short form two documents define otherwise is searched as both; more is no definition


def _long_form(words: list[str], short: str) -> str | None:
    """The shortest run of `words`' last words that spells `short` as Schwartz and Hearst match it."""
    letters = [c.lower() for c in short if c.isalnum()]
    limit = min(len(letters) + 5, len(letters) * 2)
    for size in range(1, min(limit, len(words)) + 1):
        phrase = " ".join(words[-size:])
        if _spells(phrase.lower(), letters) and _a_name(words[-size:]):
            return phrase
    return None


# Small words a name may hold in lower case: "Digital Handel i Småbyer", "Enterprise Europe Network".
_CONNECTORS = {"i", "og", "for", "af", "til", "med", "på", "om", "the", "of", "and", "in", "on", "&"}


def _a_name(words: list[str]) -> bool:
    """A long form is a name: its words capitalised, small connectors aside. "EU's forordning om medicinsk udstyr
    (MDR)" describes the regulation; searched for, it would pull every sentence on medical devices."""
    return words[0][0].isupper() and all(word[0].isupper() or word.lower() in _CONNECTORS for word in words)


def _spells(phrase: str, letters: list[str]) -> bool:
    position = len(phrase) - 1
    for i in range(len(letters) - 1, -1, -1):
        # The first letter starts a word; the others may be anywhere before the one after them.
        while position >= 0 and (phrase[position] != letters[i] or (i == 0 and position > 0 and phrase[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def defined_acronyms(texts: Iterable[str], titles: Iterable[str] = ()) -> dict[str, list[str]]:
    """Short form (lower case) -> the long forms the texts give it: {"dhs": ["Digital Handel i Småbyer"]}. Not a
    short form a document's title or file name (`titles`) writes: "Vejledning til ansøgere, TVP 2026" names its
    programme by "TVP", which finds it and the older rules it replaces (app/series.py) as it is."""
    titled = {word.lower() for title in titles for word in re.findall(r"[^\W\d_]+", title)}
    found: dict[str, list[str]] = {}
    for text in texts:
        for match in _SHORT_FORM.finditer(text):
            short = match.group(1)
            if sum(c.isupper() for c in short) < MIN_CAPITALS or short.lower() in titled:
                continue
            before = text[max(0, match.start() - 200):match.start()]
            before = re.split(r"[.:;!?()\n\[\]]", before)[-1]  # the phrase runs back to a mark that ends one
            long = _long_form(_WORD.findall(before), short)
            if long and long.lower() != short.lower():
                forms = found.setdefault(short.lower(), [])
                if long.lower() not in {form.lower() for form in forms}:
                    forms.append(long)
    return {short: forms for short, forms in found.items() if len(forms) <= MAX_LONG_FORMS}
