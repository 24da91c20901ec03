"""Request and response bodies of the HTTP API, with the examples the OpenAPI page shows."""
from __future__ import annotations

import math
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from app.core.answer_types import MAX_HISTORY_ANSWER_CHARS, MAX_HISTORY_TURNS, Answer

# A character that is not Unicode White_Space, which the stripping removes, so the schema's pattern admits
# exactly the strings that are not blank after stripping (ECMA-262's \S would differ for U+0085 and U+FEFF).
NOT_ONLY_WHITESPACE = r"[^\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=NOT_ONLY_WHITESPACE)]
Identifier = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Language = Literal["da", "en"]


def _whole_number(value: Any) -> Any:
    """JSON has one number type, and JSON Schema's "integer" is any number without a fractional part, so 12.0
    is read as 12 (the OpenAPI schema promises as much). 12.5 is refused as a fraction; "12" and true stay
    errors of the strict int ("Input should be a valid integer")."""
    if isinstance(value, float) and math.isfinite(value):
        if not value.is_integer():
            raise PydanticCustomError(
                "int_from_float", "Input should be a whole number, got {value}; leave out the fractional part",
                {"value": value},
            )
        return int(value)
    return value


# Goes after the int's own constraints, e.g. Annotated[int, Field(ge=0), WHOLE_NUMBER]: placed before them, it
# keeps pydantic from writing them into the JSON Schema as minimum and maximum.
WHOLE_NUMBER = BeforeValidator(_whole_number)


SOURCE_EXAMPLE: dict[str, Any] = {
    "n": 1,
    "document": "status-evaluering-eksport-internationalisering-2010.txt",
    "title": "Status og evaluering af eksport- og internationaliseringsindsatsen",
    "year": 2010,
    "section": "2. Internationaliseringsrådgiver",
    "page": None,
    "text": "Internationaliseringsrådgiveren har siden starten haft 373 møder med virksomheder.",
    "score": 0.9123,
    "chunk_id": "3f2a9c0d1e8b4a7f9c2d5e6f7a8b9c0d",
    "quote": "Internationaliseringsrådgiveren har siden starten haft 373 møder med virksomheder.",
}


class Strict(BaseModel):
    """Requests are read strictly: an unknown field is an error, so a typo like "questoin" is reported instead
    of ignored, and a value of the wrong JSON type ("12" for a number, 0 for false) is refused, not converted."""

    model_config = ConfigDict(extra="forbid", strict=True)


# Requests ------------------------------------------------------------------------------------------------


class HistoryTurn(Strict):
    question: NonBlank = Field(description="An earlier question. At most RAADGIVER_MAX_QUESTION_CHARS characters.")
    answer: Annotated[str, StringConstraints(max_length=MAX_HISTORY_ANSWER_CHARS)] = Field(
        "", description="The answer it got (may be shortened or left out: follow-ups are read from the questions)."
    )


class AskRequest(Strict):
    question: NonBlank = Field(
        description="The question, in Danish or English. At most RAADGIVER_MAX_QUESTION_CHARS characters "
        "(default 2000).",
        examples=["Hvor mange møder har internationaliseringsrådgiveren haft?"],
    )
    conversation_id: Identifier | None = Field(
        None,
        description="Continue a conversation: its earlier questions give a follow-up its context. "
        "Leave out to start a new conversation; conversations expire after RAADGIVER_CONVERSATION_TTL_HOURS.",
    )
    history: Annotated[list[HistoryTurn], Field(max_length=MAX_HISTORY_TURNS)] | None = Field(
        None,
        description="For clients that keep the conversation themselves (e.g. a chat thread): the earlier turns, "
        f"oldest first, at most {MAX_HISTORY_TURNS}. The answer starts a new conversation holding them, so its "
        "conversation_id can be used from then on. Give either history or conversation_id, not both.",
        examples=[[{"question": "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?", "answer": "…"}]],
    )
    language: Language | None = Field(None, description="Answer language; detected from the question when left out.")

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [{"question": "Hvor mange møder har internationaliseringsrådgiveren haft?"}],
            # conversation_id and history exclude each other (the route answers 422 naming both fields); null
            # stands for left out, so only two non-null values together are refused.
            "not": {
                "required": ["conversation_id", "history"],
                "properties": {"conversation_id": {"type": "string"}, "history": {"type": "array"}},
            },
        },
    )


class FeedbackRequest(Strict):
    conversation_id: Identifier = Field(description="The conversation_id an answer came with.")
    message_id: Identifier | None = Field(None, description="The message_id of the answer the feedback is about.")
    rating: Literal["up", "down"]
    comment: Annotated[str, StringConstraints(max_length=2000)] | None = None

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {
                    "conversation_id": "0b6f3c2e9d4a4a57a1f0c2d3e4f5a6b7",
                    "message_id": "5e1c8a2b7f3d4c6e9a0b1c2d3e4f5a6b",
                    "rating": "down",
                    "comment": "Tallet for 2009 mangler.",
                }
            ]
        },
    )


class ProgrammeMatchRequest(Strict):
    employees: Annotated[int, Field(ge=0, le=10_000_000), WHOLE_NUMBER] | None = Field(
        None, description="Number of employees."
    )
    new_company: bool | None = Field(None, description="True for a newly started company.")
    founded_year: Annotated[int, Field(ge=1800, le=2200), WHOLE_NUMBER] | None = None
    goal: Annotated[str, StringConstraints(max_length=2000)] = Field(
        "", description="What the company wants, in its own words."
    )
    markets: list[Annotated[str, StringConstraints(max_length=100)]] = Field(
        default_factory=list, max_length=50, description="Target markets as written, e.g. Tyskland, China, Europa."
    )
    sector: Annotated[str, StringConstraints(max_length=200)] = ""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [{"employees": 12, "new_company": False, "goal": "eksport til Tyskland", "markets": ["Tyskland"]}]
        },
    )


# Responses -----------------------------------------------------------------------------------------------


class FromEngine(BaseModel):
    """A response read from the engine's own record (a dataclass or model) by attribute, so that the engine
    type is the one definition: it may carry more than the API shows, and no code copies it field by field."""

    model_config = ConfigDict(from_attributes=True)


class FromPair(FromEngine):
    """Also read from a (source, text) pair, the form in which an IngestReport lists failures and warnings."""

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        return dict(zip(cls.model_fields, data)) if isinstance(data, tuple) else data


def _iso_8601(moment: Any) -> Any:
    return moment.isoformat() if isinstance(moment, datetime) else moment


class SourceOut(FromEngine):
    n: int = Field(description="The number the answer cites as [n].")
    document: str = Field(description="The document's id (its path in the corpus).")
    title: str
    year: int | None
    section: str = Field(description="Heading path of the passage.")
    page: int | None = Field(description="1-based page for paged formats (PDF), else null.")
    text: str = Field(description="The quoted passage.")
    score: float
    chunk_id: str = Field(description="The passage's id: GET /v1/passages/{chunk_id}/context shows it in its document.")
    quote: str = Field(description="The sentences of `text` the answer cites; empty when it cites the passage as a whole.")

    model_config = ConfigDict(json_schema_extra={"examples": [SOURCE_EXAMPLE]})


class Citation(FromEngine):
    quote: str = Field(description="Verbatim from the document.")
    document: str
    year: int | None
    fact: str = Field(description="The programme fact the quote supports, e.g. max_employees.")


class Check(FromEngine):
    kind: Literal["met", "open", "mismatch", "goal"]
    fact: str = Field(description="The catalogue fact the check rests on; empty for none.")
    da: str
    en: str
    quote: str | None = Field(description="Verbatim from the document; always given for a mismatch.")


class ContactOut(FromEngine):
    """The region's human contact (corpus/contact.yaml)."""

    name: str | None
    phone: str | None
    email: str | None
    url: str | None
    opening_hours: str | None


class ProgrammeMatchOut(FromEngine):
    """One programme assessed for a company (app.programmes.matcher.ProgrammeMatch)."""

    id: str
    name: str
    name_en: str = Field(description="The name in English (the Danish name where it is a proper name).")
    operator: str
    operator_en: str
    offers: str
    offers_en: str
    audience: str
    verdict: Literal["fits", "may_fit", "no_fit"] = Field(
        description="fits: every stated condition met; may_fit: a fact the company has not given (see ask_for) "
        "or the operator decides; no_fit: a stated rule excludes it (the reason quotes it)."
    )
    fits: bool = Field(description='verdict == "fits".')
    score: float
    reasons: list[str] = Field(description="Danish reasons, consistent with the verdict.")
    reasons_en: list[str]
    checks: list[Check]
    ask_for: list[str] = Field(description="Facts (employees, company_age, markets) that would settle a may_fit.")
    citations: list[Citation]
    year: int | None = Field(description="Year of the source document.")
    caveat: str | None
    caveat_en: str | None
    period: str | None
    status: str | None


class AskResponse(FromEngine):
    answer: str = Field(validation_alias="text", description="The answer text, citing sources as [n].")
    abstained: bool = Field(description="True when the documents do not answer the question.")
    sources: list[SourceOut]
    conversation_id: str
    message_id: str = Field(description="Identifies this answer for POST /v1/feedback.")
    language: Language
    mode: Literal["extractive", "generative", "programmes", "abstained"]
    timings: dict[str, float] = Field(description="Milliseconds per step, and total.")
    suggestions: list[SourceOut] = Field(description="Nearest sections when the answer abstains.")
    programmes: list[ProgrammeMatchOut] | None = Field(
        description="Programme-finder results when the question asks which programme fits."
    )
    profile_hints: list[str] = Field(description="Facts about the company that would sharpen a programme answer.")
    fallback_reason: str | None = Field(description="Why a generated answer was replaced by the extractive one.")
    decision: dict[str, Any] | None = Field(
        None, description="Why it answered or abstained: the signals, the thresholds and what the evidence lacks."
    )
    route: Literal["finder", "finder+facts", "eligibility", "programme_detail", "contact", "documents"] = Field(
        "documents",
        description="finder: programmes for a company; finder+facts: that and a fact from the documents; "
        "eligibility: yes/no/depends for one programme; programme_detail: its cost, application, contact or "
        "deadline; contact: who to talk to; documents: an answer (or abstention) from the documents.",
    )
    contact: ContactOut | None = Field(
        None, description="The region's human contact, on abstentions and company answers, when configured."
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "answer": "Fra dokumenterne:\n“Internationaliseringsrådgiveren har siden starten haft 373 møder "
                    "med virksomheder.” [1]",
                    "abstained": False,
                    "sources": [SOURCE_EXAMPLE],
                    "conversation_id": "0b6f3c2e9d4a4a57a1f0c2d3e4f5a6b7",
                    "message_id": "5e1c8a2b7f3d4c6e9a0b1c2d3e4f5a6b",
                    "language": "da",
                    "mode": "extractive",
                    "timings": {"retrieve": 31.2, "answer": 12.5, "total": 44.1},
                    "suggestions": [],
                    "programmes": None,
                    "profile_hints": [],
                    "fallback_reason": None,
                }
            ]
        }
    )

    @classmethod
    def of(cls, answer: Answer, conversation_id: str, message_id: str) -> AskResponse:
        """The answer with the ids of the conversation and the message it is in."""
        return cls.model_validate({**vars(answer), "conversation_id": conversation_id, "message_id": message_id})


class SearchResponse(BaseModel):
    query: str
    results: list[SourceOut] = Field(description="Passages, best first; `n` is the rank.")


class DocumentOut(FromEngine):
    source: str = Field(description="The document's id: its path in the corpus. Use it to delete the document.")
    title: str
    year: int | None
    chunks: int = Field(description="How many passages the document was split into.")
    ingested_at: str = Field(description="When the document was last (re)indexed, ISO 8601.")
    content_hash: str

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": "status-evaluering-eksport-internationalisering-2010.txt",
                    "title": "Status og evaluering af eksport- og internationaliseringsindsatsen",
                    "year": 2010,
                    "chunks": 31,
                    "ingested_at": "2026-11-27T09:00:00+00:00",
                    "content_hash": "5f1c0e…",
                }
            ]
        }
    )


class DocumentList(BaseModel):
    documents: list[DocumentOut]


class FailedDocument(FromPair):
    source: str
    reason: str


class DocumentWarning(FromPair):
    source: str
    problem: str = Field(description="A metadata problem; the document was ingested without that value.")


class IngestReportOut(FromEngine):
    added: list[str]
    changed: list[str]
    unchanged: list[str]
    removed: list[str]
    failed: list[FailedDocument]
    warnings: list[DocumentWarning] = Field(default_factory=list)
    chunks_embedded: int
    seconds: Annotated[float, AfterValidator(lambda seconds: round(seconds, 3))]
    ok: bool


class DeletedDocument(BaseModel):
    source: str
    deleted: Literal[True] = True


class FeedbackOut(FromEngine):
    id: str
    conversation_id: str
    message_id: str | None
    rating: Literal["up", "down"]
    comment: str | None
    created_at: Annotated[str, BeforeValidator(_iso_8601)] = Field(description="ISO 8601, UTC.")


class ProgrammeMatches(BaseModel):
    programmes: list[ProgrammeMatchOut] = Field(
        description="Best first: those that fit or may fit, then those that do not fit."
    )
    contact: ContactOut | None = Field(None, description="The region's human contact, when configured.")


class Evidence(FromEngine):
    fact: str
    quote: str


class ProgrammeOut(FromEngine):
    """A catalogue entry (corpus/programmes.yaml)."""

    id: str
    name: str
    operator: str
    offers: str
    offers_en: str
    audience: str
    max_employees: int | None
    max_employees_exceptional: int | None
    company_age: Literal["new", "any"]
    markets: list[str]
    goals: list[str]
    goals_en: list[str]
    sme_only: bool
    name_en: str | None
    operator_en: str | None
    aliases: list[str]
    cost: str | None
    how_to_apply: str | None
    contact: str | None
    deadline: str | None
    period: str | None
    status: str | None
    source: str
    evidence: list[Evidence]


class ProgrammeCatalogue(BaseModel):
    programmes: list[ProgrammeOut]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"


class FieldError(BaseModel):
    field: str = Field(description="The field at fault, e.g. question or markets.0.")
    location: str = Field(description="body, query, path or header.")
    message: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details, sent as application/problem+json."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = Field(None, description="Only on 422: one entry per field at fault.")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "Unprocessable Content",
                    "status": 422,
                    "detail": "invalid request: question: String should have at least 1 character",
                    "errors": [
                        {
                            "field": "question",
                            "location": "body",
                            "message": "String should have at least 1 character",
                            "type": "string_too_short",
                        }
                    ],
                }
            ]
        }
    )


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI documentation of the error statuses an endpoint can answer (all of them problem details)."""
    descriptions = {
        400: "The body could not be parsed (not UTF-8 text).",
        401: "Missing or wrong admin key.",
        403: "Admin endpoints are disabled on this server.",
        404: "Not found.",
        409: "Another ingest is running on the data dir; try again after Retry-After.",
        413: "Upload larger than RAADGIVER_MAX_UPLOAD_BYTES.",
        415: "The body's type is not accepted: JSON (Content-Type: application/json) for questions and feedback; for "
        "an upload, a supported file type whose bytes match its name.",
        422: "Invalid request; `errors` names each field at fault.",
        429: "Too many requests (or wrong admin keys) from this client; see Retry-After.",
        503: "The answer engine is not ready (Chroma unreachable or too slow, nothing ingested, or the index was "
        "built with another embedding model), the data dir cannot be written (full or read-only), or the programme "
        "catalogue is invalid; `detail` says which.",
    }
    return {status: {"model": Problem, "description": descriptions[status]} for status in statuses}


class IndexedDocumentOut(FromEngine):
    source: str = Field(description="The document's id (its path in the corpus).")
    title: str
    year: int | None
    url: str | None = Field(description="Where the region publishes the original, when its metadata says.")


class About(BaseModel):
    documents: list[IndexedDocumentOut] = Field(description="Newest first.")
    years: list[int] = Field(description="The first and the last year the documents are from; empty when none says.")
    contact: ContactOut | None = Field(description="The region's human contact (corpus/contact.yaml), when configured.")


class PassageContextOut(FromEngine):
    chunk_id: str
    document: str = Field(description="The document's id (its path in the corpus).")
    title: str
    year: int | None
    section: str
    page: int | None
    url: str | None = Field(description="Where the region publishes the original, when its metadata says.")
    before: str = Field(description="The document's previous passage; empty at its start.")
    passage: str = Field(description="The cited passage.")
    after: str = Field(description="The document's next passage; empty at its end.")


class LoggedQuestionOut(FromEngine):
    """One logged question (app/database/question_log.py) with the latest feedback on its answer."""

    id: str
    asked_at: datetime
    channel: Literal["web", "widget", "api", "slack"]
    language: str
    question: str = Field(description="As typed.")
    mode: Literal["answered", "abstained", "programmes"]
    reason: str | None = Field(description="Why it answered or abstained (off_topic, missing, ...).")
    cited: list[dict[str, str]] = Field(description="The cited documents and sections.")
    programmes: list[str] = Field(description="The recommended programmes, best first.")
    latency_ms: float | None
    rating: Literal["up", "down"] | None = Field(description="The latest thumbs on the answer, if any.")
    comment: str | None


class QuestionPage(BaseModel):
    questions: list[LoggedQuestionOut] = Field(description="Newest first.")
    offset: int
    limit: int
    more: bool = Field(description="True when a later page has more questions.")


class CheckResult(BaseModel):
    ok: bool
    problem: str | None = Field(description="What is wrong and where, when not ok.")


class AdminStatus(BaseModel):
    documents: int = Field(description="Documents in the index.")
    last_ingest: dict[str, Any] | None = Field(description="The last ingest's report (added, changed, failed with "
                                               "reasons, warnings, finished_at); null before the first.")
    catalogue: CheckResult = Field(description="The programme catalogue (corpus/programmes.yaml) as loaded.")
    glossary: CheckResult = Field(description="The glossary (corpus/glossary.yaml) as loaded.")
    index: CheckResult = Field(description="Whether this worker serves the index's newest generation: after a "
                               "change it reloads in the background, and a reload that fails is named here.")
    question_log: bool = Field(description="Whether questions are logged (RAADGIVER_QUESTION_LOG_ENABLED).")


# The report on the question log (app/report/build.py; GET /v1/admin/report, `raadgiver report --json`) ------


class ReportRates(FromEngine):
    answer_rate: float = Field(description="Share of the questions answered from the documents.")
    abstention_rate: float = Field(description="Share the documents did not answer.")
    programmes_rate: float = Field(description="Share answered by the programme finder.")


class ReportModeCount(FromEngine):
    mode: Literal["answered", "abstained", "programmes"]
    count: int
    share: float


class ReportChannelVolume(FromEngine):
    channel: Literal["web", "widget", "api", "slack"]
    total: int
    answered: int
    abstained: int
    programmes: int
    abstention_rate: float = Field(description="Share of the channel's questions not answered.")


class ReportWeekVolume(FromEngine):
    week: str = Field(description="ISO week in UTC, e.g. 2026-W05.", examples=["2026-W05"])
    starts: date = Field(description="The week's Monday.")
    total: int
    web: int
    widget: int
    api: int
    slack: int
    answered: int
    abstained: int
    programmes: int


class ReportLanguageCount(FromEngine):
    language: str
    count: int


class ReportFeedback(FromEngine):
    up: int
    down: int
    none: int = Field(description="Answers nobody rated.")


class ReportLatency(FromEngine):
    p50: float | None = Field(description="Milliseconds; null when no question was timed.")
    p95: float | None


class ReportThemeQuestion(FromEngine):
    question: str = Field(description="As most often typed.")
    count: int = Field(description="Times asked (written alike up to case, spacing and end punctuation).")
    language: str
    last_asked_at: datetime


class ReportTheme(FromEngine):
    """Unanswered questions that mean much the same (clustered by the embedding model)."""

    name: str = Field(description="Its most frequent terms, stop words left out.", examples=["vejret, aarhus, morgen"])
    central_question: str = Field(description="The question nearest the theme's centre.")
    terms: list[str]
    size: int = Field(description="Times its questions were asked.")
    distinct: int = Field(description="Different questions in it.")
    channels: dict[str, int]
    reasons: dict[str, int] = Field(description="Why they were not answered (off_topic, missing, ...), with counts.")
    last_asked_at: datetime
    questions: list[ReportThemeQuestion] = Field(description="Most asked first.")


class ReportClustering(FromEngine):
    abstained: int = Field(description="Unanswered questions in the period, repeats included.")
    distinct: int = Field(description="Different questions among them.")
    clustered: int = Field(description="Different questions grouped into themes: the most asked, at most max_questions.")
    left_out: int = Field(description="Times the questions beyond max_questions were asked; in no theme.")
    threshold: float = Field(description="Mean cosine similarity at which questions form one theme.")
    max_questions: int
    note: str | None = Field(description="What was left out, in Danish, when something was.")


class ReportRatedAnswer(FromEngine):
    asked_at: datetime
    channel: Literal["web", "widget", "api", "slack"]
    language: str
    question: str
    mode: Literal["answered", "abstained", "programmes"]
    comment: str | None
    cited: list[str] = Field(description="Title and section of each cited passage.")


class ReportCitedDocument(FromEngine):
    document: str = Field(description="The document's id (its path in the corpus).")
    title: str
    count: int = Field(description="Answers citing it.")


class ReportCitedSection(FromEngine):
    document: str
    title: str
    section: str
    count: int = Field(description="Answers citing it.")


class ReportMostCited(FromEngine):
    documents: list[ReportCitedDocument]
    sections: list[ReportCitedSection]


class ReportUncitedDocument(FromEngine):
    document: str
    title: str
    year: int | None


class ReportProgrammeCount(FromEngine):
    name: str
    count: int = Field(description="Answers recommending it.")


class QuestionReport(FromEngine):
    """What was asked and what the documents did not answer, for the staff who own the documents."""

    generated_at: datetime
    since: datetime | None = Field(description="Start of the period; null for the whole log.")
    until: datetime
    total: int = Field(description="Questions in the period.")
    rates: ReportRates
    by_mode: list[ReportModeCount]
    by_channel: list[ReportChannelVolume]
    by_week: list[ReportWeekVolume] = Field(description="Every ISO week of the period, empty ones too.")
    languages: list[ReportLanguageCount]
    feedback: ReportFeedback
    latency_ms: ReportLatency
    themes: list[ReportTheme] = Field(description="The unanswered questions in themes, largest first.")
    clustering: ReportClustering
    thumbs_down: list[ReportRatedAnswer] = Field(description="Answers rated thumbs down, newest first.")
    most_cited: ReportMostCited
    never_cited: list[ReportUncitedDocument] | None = Field(
        description="Indexed documents no answer in the period cited; null when the index could not be read."
    )
    top_programmes: list[ReportProgrammeCount]
