"""What the answer engine returns. The API, the web chat and the Slack bot all speak these shapes."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

# A source this many years old or more is flagged as possibly out of date (engine, programme finder, web chat).
STALE_AFTER_YEARS = 2


# Earlier turns a question may carry (the API's history, a Slack thread); the service keeps as many itself.
MAX_HISTORY_TURNS = 20
MAX_HISTORY_ANSWER_CHARS = 8000


@dataclass
class Turn:
    """One earlier exchange in a conversation, oldest first."""

    question: str
    answer: str = ""


@dataclass
class Source:
    """A cited passage. `n` is the number used as [n] in the answer text."""

    n: int
    document: str  # source path, the document id
    title: str
    year: int | None
    section: str
    page: int | None
    text: str  # the quoted passage
    score: float
    chunk_id: str = ""
    quote: str = ""  # the sentences of `text` the answer cites ("" when it cites the passage as a whole)

    def citation(self) -> str:
        """"Title (2010), Section, s. 3 — file.txt": how a reader finds the passage."""
        year = f" ({self.year})" if self.year else ""
        page = f", s. {self.page}" if self.page else ""
        return f"{self.title}{year}, {self.section}{page} — {self.document}"


@dataclass
class PassageContext:
    """A passage with the text around it in its document, for a reader who wants to check a citation."""

    chunk_id: str
    document: str
    title: str
    year: int | None
    section: str
    page: int | None
    url: str | None  # where the region publishes the original (the document's `url` metadata)
    before: str  # the document's previous passage, "" at its start
    passage: str
    after: str  # the next passage, "" at its end


@dataclass
class IndexedDocument:
    """What the welcome says the assistant knows: one document of the index."""

    source: str
    title: str
    year: int | None
    url: str | None


@dataclass
class Answer:
    text: str
    abstained: bool
    sources: list[Source]
    language: Literal["da", "en"] = "da"
    mode: Literal["extractive", "generative", "programmes", "abstained"] = "extractive"
    suggestions: list[Source] = field(default_factory=list)  # nearest sections when abstaining
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per step, and "total"
    fallback_reason: str | None = None  # why a generated answer was replaced by the extractive one
    programmes: list[dict[str, Any]] | None = None  # programme-finder results for "which programme fits" questions
    profile_hints: list[str] = field(default_factory=list)  # facts that would sharpen a programme answer
    decision: dict[str, Any] | None = None  # why it answered or abstained: signals and thresholds (app/decision.py)
    # finder | finder+facts | eligibility | programme_detail | contact | documents (app/programmes/answer.py)
    route: str = "documents"
    contact: dict[str, Any] | None = None  # the region's human contact (app/contact.py), when configured

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def concatenate(first: Answer, second: Answer, heading: str = "") -> Answer:
    """`first` followed by `second` (under `heading`), one reply: the second's [n] markers and sources are
    numbered on after the first's."""
    offset = len(first.sources)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", second.text)
    sources = [replace(source, n=source.n + offset) for source in second.sources]
    joined = f"{first.text}\n\n{heading}\n{text}" if heading else f"{first.text}\n{text}"
    return replace(first, text=joined, sources=first.sources + sources)


@dataclass
class StreamEvent:
    """Streaming: a "status" event at once (what the engine is doing), then one "sources" event, then "token"
    events, then one "done" carrying the Answer."""

    type: Literal["status", "sources", "token", "done"]
    data: Any
