"""The report computed from logged questions: volume per ISO week and per channel, the shares answered, not
answered and answered with programmes, the unanswered questions in themes, the answers rated thumbs down with
their comments, the documents and sections cited most (and the indexed documents never cited), the programmes
recommended most. The same rows, documents and `now` give the same report."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from langchain_core.embeddings import Embeddings

from app.core.answer_types import IndexedDocument
from app.database.question_log import CHANNELS, MODES, LoggedQuestion, QuestionLog
from app.report.period import iso_week, week_start, weeks_between
from app.report.themes import DEFAULT_THRESHOLD, MAX_QUESTIONS, Clustering, Theme, find_themes


@dataclass(frozen=True)
class Rates:
    answer_rate: float  # answered from the documents / all questions
    abstention_rate: float  # not answered / all questions
    programmes_rate: float  # answered by the programme finder / all questions


@dataclass(frozen=True)
class ModeCount:
    mode: str  # answered, abstained, programmes
    count: int
    share: float


@dataclass(frozen=True)
class ChannelVolume:
    channel: str  # web, widget, api, slack
    total: int
    answered: int
    abstained: int
    programmes: int
    abstention_rate: float


@dataclass(frozen=True)
class WeekVolume:
    week: str  # ISO week, "2026-W05" (UTC)
    starts: date  # its Monday
    total: int
    web: int
    widget: int
    api: int
    slack: int
    answered: int
    abstained: int
    programmes: int


@dataclass(frozen=True)
class LanguageCount:
    language: str
    count: int


@dataclass(frozen=True)
class FeedbackCounts:
    up: int
    down: int
    none: int  # answers nobody rated


@dataclass(frozen=True)
class Latency:
    p50: float | None  # milliseconds; None when no question had a timing
    p95: float | None


@dataclass(frozen=True)
class RatedAnswer:
    asked_at: datetime
    channel: str
    language: str
    question: str
    mode: str
    comment: str | None
    cited: list[str]  # "title — section" of each cited passage


@dataclass(frozen=True)
class CitedDocument:
    document: str  # the document's id, its path in the corpus
    title: str
    count: int  # answers citing it (once per answer)


@dataclass(frozen=True)
class CitedSection:
    document: str
    title: str
    section: str
    count: int


@dataclass(frozen=True)
class MostCited:
    documents: list[CitedDocument]
    sections: list[CitedSection]


@dataclass(frozen=True)
class UncitedDocument:
    document: str
    title: str
    year: int | None


@dataclass(frozen=True)
class ProgrammeCount:
    name: str
    count: int  # answers recommending it


@dataclass(frozen=True)
class Report:
    generated_at: datetime
    since: datetime | None  # None: the whole log
    until: datetime
    total: int
    rates: Rates
    by_mode: list[ModeCount]
    by_channel: list[ChannelVolume]
    by_week: list[WeekVolume]  # every week of the period, empty ones too
    languages: list[LanguageCount]
    feedback: FeedbackCounts
    latency_ms: Latency
    themes: list[Theme]  # the unanswered questions, largest theme first
    clustering: Clustering
    thumbs_down: list[RatedAnswer]  # newest first
    most_cited: MostCited
    never_cited: list[UncitedDocument] | None  # None when the index could not be read
    top_programmes: list[ProgrammeCount]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON values: moments in ISO 8601 UTC ("…Z"), dates as "2026-01-05"; the shape of the
        API's response (GET /v1/admin/report)."""
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def report_from_log(log: QuestionLog, embeddings: Embeddings, documents: Sequence[IndexedDocument] | None,
                    since: datetime | None, now: datetime, **options: Any) -> Report:
    """The report over the questions logged from `since` (None: all) until `now`."""
    return build_report(log.find(since=since, until=now), embeddings, documents, since, now, **options)


def build_report(rows: Iterable[LoggedQuestion], embeddings: Embeddings, documents: Sequence[IndexedDocument] | None,
                 since: datetime | None, now: datetime, threshold: float = DEFAULT_THRESHOLD,
                 max_questions: int = MAX_QUESTIONS) -> Report:
    """The report over `rows`; `documents` are the indexed ones (Engine.documents()), for "never cited"."""
    rows = sorted(rows, key=lambda row: (row.asked_at, row.id))
    total = len(rows)
    modes = Counter(row.mode for row in rows)
    themes, clustering = find_themes([row for row in rows if row.mode == "abstained"], embeddings, threshold,
                                     max_questions)
    return Report(
        generated_at=now,
        since=since,
        until=now,
        total=total,
        rates=Rates(answer_rate=_share(modes["answered"], total), abstention_rate=_share(modes["abstained"], total),
                    programmes_rate=_share(modes["programmes"], total)),
        by_mode=[ModeCount(mode, modes[mode], _share(modes[mode], total)) for mode in MODES],
        by_channel=_by_channel(rows),
        by_week=_by_week(rows, since, now),
        languages=[LanguageCount(language, count) for language, count in _ranked(Counter(r.language for r in rows))],
        feedback=FeedbackCounts(up=sum(row.rating == "up" for row in rows),
                                down=sum(row.rating == "down" for row in rows),
                                none=sum(row.rating is None for row in rows)),
        latency_ms=_latency([row.latency_ms for row in rows if row.latency_ms is not None]),
        themes=themes,
        clustering=clustering,
        thumbs_down=[
            RatedAnswer(asked_at=row.asked_at, channel=row.channel, language=row.language, question=row.question,
                        mode=row.mode, comment=row.comment, cited=_citations(row))
            for row in reversed(rows) if row.rating == "down"
        ],
        most_cited=_most_cited(rows),
        never_cited=None if documents is None else _never_cited(rows, documents),
        top_programmes=[ProgrammeCount(name, count) for name, count in
                        _ranked(Counter(name for row in rows for name in dict.fromkeys(row.programmes)))],
    )


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _ranked(counts: Counter) -> list[tuple[Any, int]]:
    """Most first; equal counts in their natural order, so the report does not depend on the rows' order."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _by_channel(rows: list[LoggedQuestion]) -> list[ChannelVolume]:
    volumes = []
    for channel in CHANNELS:
        modes = Counter(row.mode for row in rows if row.channel == channel)
        count = sum(modes.values())
        volumes.append(ChannelVolume(channel, count, modes["answered"], modes["abstained"], modes["programmes"],
                                     _share(modes["abstained"], count)))
    return volumes


def _by_week(rows: list[LoggedQuestion], since: datetime | None, now: datetime) -> list[WeekVolume]:
    first = rows[0].asked_at if rows else now
    if since is not None:  # the period's weeks before its first question show as empty, a year of them at most
        first = min(first, max(since, now - timedelta(weeks=52)))
    per_week: dict[date, list[LoggedQuestion]] = {monday: [] for monday in weeks_between(first, now)}
    for row in rows:
        per_week.setdefault(week_start(row.asked_at), []).append(row)
    volumes = []
    for monday in sorted(per_week):
        week_rows = per_week[monday]
        channels = Counter(row.channel for row in week_rows)
        modes = Counter(row.mode for row in week_rows)
        volumes.append(WeekVolume(
            week=iso_week(monday), starts=monday, total=len(week_rows), web=channels["web"],
            widget=channels["widget"], api=channels["api"], slack=channels["slack"], answered=modes["answered"],
            abstained=modes["abstained"], programmes=modes["programmes"],
        ))
    return volumes


def _latency(values: list[float]) -> Latency:
    if not values:
        return Latency(None, None)
    ordered = sorted(values)

    def percentile(p: float) -> float:  # nearest rank
        return round(ordered[max(0, math.ceil(p * len(ordered)) - 1)], 1)

    return Latency(percentile(0.5), percentile(0.95))


def _citations(row: LoggedQuestion) -> list[str]:
    return list(dict.fromkeys(
        " — ".join(part for part in (cited.get("title") or cited.get("document", ""), cited.get("section", "")) if part)
        for cited in row.cited
    ))


def _most_cited(rows: list[LoggedQuestion]) -> MostCited:
    documents: Counter[str] = Counter()
    sections: Counter[tuple[str, str]] = Counter()
    titles: dict[str, str] = {}
    for row in rows:
        for cited in row.cited:
            titles.setdefault(cited.get("document", ""), cited.get("title") or cited.get("document", ""))
        documents.update({cited.get("document", "") for cited in row.cited})
        sections.update({(cited.get("document", ""), cited.get("section", "")) for cited in row.cited})
    return MostCited(
        documents=[CitedDocument(document, titles[document], count) for document, count in _ranked(documents)],
        sections=[CitedSection(document, titles[document], section, count)
                  for (document, section), count in _ranked(sections)],
    )


def _never_cited(rows: list[LoggedQuestion], documents: Sequence[IndexedDocument]) -> list[UncitedDocument]:
    cited = {cited.get("document") for row in rows for cited in row.cited}
    return sorted((UncitedDocument(document.source, document.title, document.year)
                   for document in documents if document.source not in cited),
                  key=lambda document: (document.title.casefold(), document.document))
