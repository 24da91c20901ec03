"""Footnotes: a quoted sentence's mark ("… hjælp til at skrive ansøgningen (1).", "6.800 kr.¹") and the note its
document gives for it ("(1) Medlemmer kan få op til 4 timers gratis sparring på ansøgningen."). The note qualifies
the answer (how much help, what a price includes), so it is quoted with the sentence."""
from __future__ import annotations

import re

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # footnote marks set as superscript digits ("6.800 kr.¹")
# A mark after the word or figure it qualifies: "(1)", "(a)" or "(*)" before the sentence goes on (so not "(1) budget"
# of an enumeration; "(*)" anywhere: "højst 49 ansatte (*) og ..."), a superscript digit (not the "²" of "m²"), an
# asterisk on a word ("kr.*").
_MARK_IN_TEXT = re.compile(
    r"(?<=[\w.%])\s{0,2}(\((?:\d{1,2}|[a-e]|\*{1,3})\))(?=[.,;:!?)]|\s*$)|(?<=[\w.%])\s(\(\*{1,3}\))(?=\s)"
    rf"|(?<=[\w.%])([{SUPERSCRIPTS}])"
    r"|(?<=[\w.%])(\*{1,3})(?=[\s.,;:)]|$)"
    # A superscript a PDF's text gives as a plain digit on the word ("pilotlinjerne3", "(8 timer)1"): a note for it
    # must open a line of the document (see note_for).
    r"|(?:(?<=[a-zæøå]{3})|(?<=\)))(\d)(?=[\s,;:]|$)"
)
_UNIT = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}$")  # "m" of "m²", "km" of "km²": a power, no mark

# A note: its mark opening a line or following a sentence's end, then its text ("² Ekstruderlinjen forventes ...").
_NOTE = re.compile(rf"(?:^|(?<=[.!?)]\s)|(?<=[.!?)]\s\s))(\((?:\d{{1,2}}|[a-e]|\*{{1,3}})\)|[{SUPERSCRIPTS}]|\*{{1,3}}\))\s*"
                   r"(?=[A-ZÆØÅa-zæøå\d])", re.MULTILINE)


def marks_in(text: str) -> list[str]:
    """The footnote marks `text` puts after its words, in order: "(1)", "¹", "*"."""
    marks = []
    for match in _MARK_IN_TEXT.finditer(text):
        mark = next(group for group in match.groups() if group)
        if mark in SUPERSCRIPTS and _UNIT.search(text[: match.start()]):
            continue
        marks.append(mark)
    return list(dict.fromkeys(marks))


def notes_in(text: str) -> dict[str, str]:
    """The notes `text` gives, by mark, each as written with its mark: {"(1)": "(1) Medlemmer kan få …"}. A note
    runs to the next note or its line's end. An asterisk note is written "*)" ("*) Ekskl. moms") or opens its line."""
    notes: dict[str, str] = {}
    for line in text.splitlines():
        starts = list(_NOTE.finditer(line))
        for match, following in zip(starts, [*starts[1:], None]):
            note = line[match.start(): following.start() if following else len(line)].strip()
            mark = match.group(1)
            notes.setdefault(mark.rstrip(")") if mark.startswith("*") else mark, note)
        # "* Ekskl. moms" opening a line of its own.
        star = re.match(r"(\*{1,3})\s+(?=\S)", line.strip())
        if star and not starts:
            notes.setdefault(star.group(1), line.strip())
    return notes


def note_for(mark: str, sentence: str, texts: list[str]) -> tuple[int, str] | None:
    """The note for `mark` of `sentence`, in the document's texts (its chunks in order): the first after the sentence
    in its own text, else the first in a later one, else any; as (index of the text, the note). None: no note."""
    own = next((i for i, text in enumerate(texts) if sentence in text), None)
    order = list(range(len(texts))) if own is None else [own, *range(own + 1, len(texts)), *range(own)]
    for i in order:
        text = texts[i]
        after = text[text.index(sentence) + len(sentence):] if i == own else text
        if mark.isdigit():  # "3 Der afregnes minimum 2 timers teknikerbistand." opening a line or after a note
            line = re.search(rf"(?:^|(?<=[.!?] )){mark}\s+[A-ZÆØÅ].*?(?=\s+\d{{1,2}}\s+[A-ZÆØÅ]|$)", after, re.MULTILINE)
            note = line.group().strip() if line else None
        else:
            note = notes_in(after).get(mark)
        if note is not None and note not in sentence:
            return i, note
    return None
