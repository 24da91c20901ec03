"""A question analysed and retrieved, before any language model: what the engine hands the generative step."""
from __future__ import annotations

from dataclasses import dataclass, field

from app.core.answer_types import Answer
from app.decision import Decision
from app.question import Question
from app.quotes import Selection
from app.retrieve import Retrieval, Retrieved


@dataclass
class Part:
    """One question (or one part of a multi-part question), retrieved, with its evidence and decision."""

    question: Question
    retrieved: Retrieval
    selection: Selection | None
    decision: Decision


@dataclass
class Prepared:
    """A question analysed and retrieved, with the answer that needs no language model."""

    question: Question
    retrieved: list[Retrieved]
    answer: Answer  # programme, extractive or abstention
    timings: dict[str, float]
    started: float
    parts: list[Part] = field(default_factory=list)  # the question's parts and their decisions
