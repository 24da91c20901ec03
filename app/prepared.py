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
    retrieved: Retrieval  # the ranked passages, then the `restating` ones found by searching with the answer
    selection: Selection | None
    decision: Decision
    restating: int = 0  # passages of other documents that may state the answer's fact (app/conflict.py)

    @property
    def ranked(self) -> list[Retrieved]:
        """The passages the question retrieved, without those searched for with its answer: what a language
        model reads and the sources list shows."""
        return self.retrieved[: len(self.retrieved) - self.restating]


@dataclass
class Prepared:
    """A question analysed and retrieved, with the answer that needs no language model."""

    question: Question
    retrieved: list[Retrieved]
    answer: Answer  # programme, extractive or abstention
    timings: dict[str, float]
    started: float
    parts: list[Part] = field(default_factory=list)  # the question's parts and their decisions
