"""The report as one CSV table in long form, for a spreadsheet's pivot table: one row per counted thing, in the
columns section, key, label, count, share, detail.

| section | key | label | count | share | detail |
| --- | --- | --- | --- | --- | --- |
| period | since / until | | | | ISO 8601 moment ("" for the whole log) |
| total | questions | | all questions | | |
| mode | answered, abstained, programmes | Danish name | questions | share of all | |
| channel | web, widget, api, slack | Danish name | questions | share not answered | |
| week_channel / week_mode | ISO week (2026-W05) | channel / mode | questions | | the week's Monday |
| language | da, en | | questions | | |
| feedback | up, down, none | | answers | | |
| latency_ms | p50, p95 | | | | milliseconds |
| clustering | abstained, distinct, clustered, left_out | | questions | | the note on what was left out |
| theme | its rank | its name (frequent terms) | times asked | | its most central question |
| theme_question | the theme's rank | the question | times asked | | language |
| thumbs_down | asked at (ISO 8601) | the question | | | the comment |
| cited_document | document id | title | answers citing it | | |
| cited_section | document id | title | answers citing it | | section |
| never_cited | document id | title | | | year |
| programme | | name | answers recommending it | | |

Text people typed that a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe."""
from __future__ import annotations

import csv
import io
from typing import Any

from app.report.build import Report
from app.report.labels import CHANNEL_NAMES, MODE_NAMES

COLUMNS = ("section", "key", "label", "count", "share", "detail")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in _rows(report):
        writer.writerow([_safe(value) for value in row])
    return buffer.getvalue()


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _iso(value) -> str:
    return "" if value is None else value.isoformat()


def _rows(report: Report):
    yield "period", "since", "", "", "", _iso(report.since)
    yield "period", "until", "", "", "", _iso(report.until)
    yield "total", "questions", "", report.total, "", ""
    for mode in report.by_mode:
        yield "mode", mode.mode, MODE_NAMES[mode.mode], mode.count, mode.share, ""
    for channel in report.by_channel:
        yield "channel", channel.channel, CHANNEL_NAMES[channel.channel], channel.total, channel.abstention_rate, ""
    for week in report.by_week:
        for name in CHANNEL_NAMES:
            yield "week_channel", week.week, name, getattr(week, name), "", week.starts.isoformat()
        for name in MODE_NAMES:
            yield "week_mode", week.week, name, getattr(week, name), "", week.starts.isoformat()
    for language in report.languages:
        yield "language", language.language, "", language.count, "", ""
    for name in ("up", "down", "none"):
        yield "feedback", name, "", getattr(report.feedback, name), "", ""
    yield "latency_ms", "p50", "", "", "", report.latency_ms.p50
    yield "latency_ms", "p95", "", "", "", report.latency_ms.p95
    clustering = report.clustering
    for name in ("abstained", "distinct", "clustered", "left_out"):
        yield "clustering", name, "", getattr(clustering, name), "", clustering.note if name == "left_out" else ""
    for rank, theme in enumerate(report.themes, start=1):
        yield "theme", rank, theme.name, theme.size, "", theme.central_question
        for question in theme.questions:
            yield "theme_question", rank, question.question, question.count, "", question.language
    for rated in report.thumbs_down:
        yield "thumbs_down", _iso(rated.asked_at), rated.question, "", "", rated.comment
    for document in report.most_cited.documents:
        yield "cited_document", document.document, document.title, document.count, "", ""
    for section in report.most_cited.sections:
        yield "cited_section", section.document, section.title, section.count, "", section.section
    for uncited in report.never_cited or []:
        yield "never_cited", uncited.document, uncited.title, "", "", uncited.year
    for programme in report.top_programmes:
        yield "programme", "", programme.name, programme.count, "", ""
