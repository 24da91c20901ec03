"""What a question asks for: its language, the kind of answer it expects, and, for a follow-up such as
"Og i 2008?", the fuller question retrieval should search for."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

from app.engine_types import Turn
from app.lexical import tokenize

AnswerType = Literal["quantity", "date", "who", "other"]

_DANISH_HINTS = set(
    "og i at er det en den til på af med for som har de ikke der var hvad hvor hvem hvilke hvilken hvilket "
    "hvordan hvornår hvorfor mange stor stort store kan skal vi jeg os blev om fra".split()
)
_ENGLISH_HINTS = set(
    "the and of to in is are was were what which who how when why many much does do did a an for with "
    "about from by can our we i you there this that".split()
)
_QUANTITY = re.compile(
    r"\b(hvor (mange|meget|stor|store|stort|høj|højt|lav|lavt)|hvilken andel|hvor stor en andel|hvad koster|"
    r"hvad er prisen|hvilket beløb|hvilket antal|how (many|much|large|big|high)|"
    r"what (share|percentage|proportion|amount|number)|what does .{1,40} cost)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b(hvornår|hvilket år|hvilken dato|when|what year|which year|what date)\b", re.IGNORECASE)
_WHO = re.compile(r"\b(hvem|hvilke (aktører|organisationer|operatører|parter)|who|which organi[sz]ations?)\b", re.I)
_FOLLOW_UP_START = re.compile(
    r"^(og|men|hvad med|hvad så med|også|end|and|but|what about|how about|same for|og hvad)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HOW_MANY = re.compile(r"\bhvor mange\s+([^\W\d_]+)", re.IGNORECASE)


@dataclass
class Question:
    text: str  # as asked
    search_text: str  # what retrieval searches: the question, completed from the conversation if needed
    language: Literal["da", "en"]  # detected from the words (and a follow-up's earlier question): sets the bars
    reply_language: Literal["da", "en"]  # what the answer is framed in: the user's choice, else `language`
    answer_type: AnswerType
    counted: str | None  # stemmed noun a Danish "hvor mange X" counts ("møder"); the figure must count it
    terms: list[str]  # stemmed content terms of the question itself
    follow_up: bool
    last_question: str = ""  # the conversation's previous question, follow-up or not


def detect_language(text: str) -> Literal["da", "en"]:
    """By function words; æ, ø, å only break a tie (English questions name Danish bodies too)."""
    words = [w.lower() for w in _WORD.findall(text)]
    danish = sum(w in _DANISH_HINTS for w in words)
    english = sum(w in _ENGLISH_HINTS for w in words)
    if english != danish:
        return "en" if english > danish else "da"
    return "en" if english and not any(ch in text.lower() for ch in "æøå") else "da"


def answer_type(text: str) -> AnswerType:
    if _QUANTITY.search(text):
        return "quantity"
    if _DATE.search(text):
        return "date"
    if _WHO.search(text):
        return "who"
    return "other"


def is_follow_up(text: str, history: Sequence[Turn]) -> bool:
    """Elliptical questions lean on the previous one: an "and ...?" opening, or no words of their own but
    figures ("2008?"). "Hvad er VITUS?" has its own subject and is a new question."""
    if not history:
        return False
    words = [t for t in tokenize(text) if not t[0].isdigit()]
    return bool(_FOLLOW_UP_START.match(text.strip())) or not words


def analyse(text: str, history: Sequence[Turn] = (), language: str | None = None) -> Question:
    follow_up = is_follow_up(text, history)
    last_question = history[-1].question if history else ""
    previous = last_question if follow_up else ""
    # A follow-up keeps the earlier question's kind of answer ("Og i 2008?" after "Hvor mange ...").
    kind = answer_type(text)
    if kind == "other" and previous:
        kind = answer_type(previous)
    detected = detect_language(previous + " " + text)
    how_many = _HOW_MANY.search(text) or (_HOW_MANY.search(previous) if previous else None)
    counted = tokenize(how_many.group(1)) if how_many else []
    return Question(
        text=text,
        search_text=f"{previous} {text}".strip(),
        language=detected,
        reply_language=language if language in ("da", "en") else detected,
        answer_type=kind,
        counted=counted[0] if counted else None,
        terms=tokenize(text),
        follow_up=follow_up,
        last_question=last_question,
    )
