"""The report over a log the real engine wrote (tests/app/report/conftest.py): after a mix of answerable and
unanswerable questions through the four channels, the unanswered ones are listed grouped by theme, and the
counts per channel, mode and week match what was asked."""
import random
from collections import Counter
from dataclasses import replace
from datetime import date

from app.database.question_log import mode_of
from app.report.build import build_report
from tests.app.report.conftest import (
    ASKED,
    DEADLINES,
    MEETINGS,
    NOW,
    PIZZA,
    PROGRAMMES,
    SINCE,
    UNCITED,
    WEATHER,
)

SEED_DOCUMENT = "status-evaluering-eksport-internationalisering-2010.txt"


def test_the_engine_answered_and_declined_as_the_scenario_needs(asked_log):
    # The counts below are only meaningful if the engine did what each question was chosen for.
    assert [mode_of(asked_log.answers[question]) for _, _, question, _ in ASKED] == [mode for *_, mode in ASKED]


def test_the_counts_per_channel_and_mode_match_what_was_asked(report):
    asked = Counter((channel, mode) for _, channel, _, mode in ASKED)
    assert report.total == len(ASKED) == 9  # the question asked before the period is not counted
    for volume in report.by_channel:
        assert (volume.total, volume.answered, volume.abstained, volume.programmes) == (
            sum(n for (channel, _), n in asked.items() if channel == volume.channel),
            asked[(volume.channel, "answered")], asked[(volume.channel, "abstained")],
            asked[(volume.channel, "programmes")],
        ), volume.channel
    assert [(m.mode, m.count) for m in report.by_mode] == [("answered", 2), ("abstained", 6), ("programmes", 1)]
    assert (report.rates.answer_rate, report.rates.abstention_rate, report.rates.programmes_rate) == (0.2222, 0.6667, 0.1111)
    assert [c.channel for c in report.by_channel] == ["web", "widget", "api", "slack"]
    assert next(c for c in report.by_channel if c.channel == "widget").abstention_rate == 1.0


def test_volume_is_counted_per_iso_week_with_the_empty_weeks_of_the_period(report):
    assert [(w.week, w.starts, w.total) for w in report.by_week] == [
        ("2026-W08", date(2026, 2, 16), 0), ("2026-W09", date(2026, 2, 23), 4), ("2026-W10", date(2026, 3, 2), 5)]
    w09 = report.by_week[1]
    assert (w09.web, w09.widget, w09.api, w09.slack, w09.answered, w09.abstained) == (2, 1, 1, 0, 1, 3)


def test_the_unanswered_questions_are_listed_grouped_by_theme(report):
    themes = {frozenset(q.question for q in theme.questions): theme for theme in report.themes}
    assert set(themes) == {frozenset(WEATHER), frozenset(DEADLINES), frozenset({PIZZA})}
    weather = themes[frozenset(WEATHER)]
    assert report.themes[0] is weather  # the largest first
    assert weather.size == 3 and weather.central_question in WEATHER and "aarhus" in weather.terms
    assert weather.channels == {"slack": 1, "web": 1, "widget": 1} and weather.reasons == {"off_topic": 3}
    assert themes[frozenset(DEADLINES)].name.startswith("ansøgningsfristen")
    assert report.clustering.abstained == 6 and report.clustering.note is None


def test_thumbs_down_answers_come_with_their_comments(report):
    [rated] = report.thumbs_down
    assert (rated.question, rated.channel, rated.mode, rated.comment) == (MEETINGS, "web", "answered",
                                                                          "Mangler tallet for 2011")
    assert rated.cited and rated.cited[0].startswith("Status og evaluering")
    assert (report.feedback.up, report.feedback.down, report.feedback.none) == (0, 1, 8)


def test_cited_documents_and_sections_and_the_documents_never_cited(report, asked_log):
    citing = sum(any(s.document == SEED_DOCUMENT for s in asked_log.answers[question].sources) for *_, question, _ in ASKED)
    [document] = report.most_cited.documents
    assert (document.document, document.count) == (SEED_DOCUMENT, citing) and citing >= 2
    assert report.most_cited.sections and all(s.count >= 1 for s in report.most_cited.sections)
    assert [d.document for d in report.never_cited] == [UNCITED.source]


def test_programmes_recommended_most(report, asked_log):
    recommended = Counter(name for question in (PROGRAMMES, *DEADLINES) for name in dict.fromkeys(
        p["name"] for p in asked_log.answers[question].programmes or [] if p.get("verdict") != "no_fit"))
    assert recommended, "the programme question recommended nothing"
    assert [(p.name, p.count) for p in report.top_programmes] == sorted(recommended.items(), key=lambda i: (-i[1], i[0]))


def test_the_same_rows_in_any_order_give_the_same_report(report, asked_log, embeddings):
    rows = asked_log.log.find(since=SINCE, until=NOW)
    random.Random(16).shuffle(rows)
    again = build_report(rows, embeddings, list(reversed(asked_log.documents)), SINCE, NOW)
    assert again.to_dict() == report.to_dict()


def test_without_the_index_the_report_says_nothing_about_never_cited(asked_log, embeddings):
    rows = asked_log.log.find(since=SINCE, until=NOW)
    assert build_report(rows, embeddings, None, SINCE, NOW).never_cited is None


def test_an_empty_period_gives_an_empty_report(embeddings):
    empty = build_report([], embeddings, [], SINCE, NOW)
    assert empty.total == 0 and empty.themes == [] and empty.rates.answer_rate == 0.0
    assert [w.total for w in empty.by_week] == [0, 0, 0] and empty.latency_ms.p50 is None


def test_the_json_form_has_iso_moments_and_plain_values(report):
    data = report.to_dict()
    assert data["generated_at"] == "2026-03-04T12:00:00Z" and data["since"] == "2026-02-18T12:00:00Z"
    assert data["by_week"][0]["starts"] == "2026-02-16"
    assert data["themes"][0]["questions"][0]["last_asked_at"].endswith("Z")
    assert replace(report, since=None).to_dict()["since"] is None
