"""The report shown three ways: a Danish text summary, one long CSV table, one self-contained HTML page with
inline SVG charts (readable: lang, headings, captions, chart titles; nothing fetched; what people typed escaped);
the same report gives the same bytes."""
import csv
import io
import re
from datetime import datetime, timedelta, timezone

from app.database.question_log import LoggedQuestion
from app.report.build import build_report
from app.report.csv_export import COLUMNS, report_csv
from app.report.html_page import report_html
from app.report.text_summary import text_summary
from tests.app.report.conftest import DEADLINES, MEETINGS, NOW, PIZZA, SINCE, WEATHER

HOSTILE = '<script>alert("x")</script> hvad koster $5$ & mere'
FORMULA = '=HYPERLINK("http://example.com","klik")'


def test_the_text_summary_gives_the_figures_and_the_themes_with_their_questions(report):
    text = text_summary(report)
    assert text.startswith("Spørgsmålsrapport, 2026-02-18 12:00 UTC – 2026-03-04 12:00 UTC")
    assert "9 spørgsmål: besvaret 2 (22,2 %), ikke besvaret 6 (66,7 %), programforslag 1 (11,1 %)" in text
    assert "Pr. kanal: web-chat 3, widget 1, API 3, Slack 2" in text
    assert "  2026-W09       4  (web-chat 2, widget 1, API 1)" in text
    assert "Ubesvarede spørgsmål: 6 (6 forskellige) i 3 temaer" in text
    themes = text[text.index("Ubesvarede"):text.index("Svar med tommel ned")]
    assert all(f"- {question}" in themes for question in (*WEATHER, *DEADLINES, PIZZA))
    assert f"“{MEETINGS}” — kommentar: “Mangler tallet for 2011”" in text
    assert "Aldrig citeret: 1 af de indekserede dokumenter\n  Turismeplan 2014 (turismeplan-2014.pdf)" in text


def test_the_csv_is_one_long_table_a_spreadsheet_can_pivot(report):
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    assert tuple(rows[0]) == COLUMNS
    by = {(row["section"], row["key"], row["label"]): row for row in rows}
    assert by[("total", "questions", "")]["count"] == "9"
    assert by[("mode", "abstained", "ikke besvaret")]["count"] == "6"
    assert by[("channel", "slack", "Slack")]["count"] == "2"
    assert by[("week_channel", "2026-W09", "web")]["count"] == "2"
    themes = [row for row in rows if row["section"] == "theme_question"]
    assert {row["label"] for row in themes} == {*WEATHER, *DEADLINES, PIZZA}
    assert [row["detail"] for row in rows if row["section"] == "thumbs_down"] == ["Mangler tallet for 2011"]
    assert [row["key"] for row in rows if row["section"] == "never_cited"] == ["turismeplan-2014.pdf"]


def test_the_html_page_is_danish_structured_and_self_contained(report):
    page = report_html(report)
    assert page.startswith('<!doctype html>\n<html lang="da">') and "<title>Spørgsmålsrapport" in page
    assert page.count("<h1>") == 1 and page.count("<h2 ") == 6
    assert page.count("<table>") == page.count("<caption>") >= 8 and 'scope="col"' in page
    # Three charts, each an image with a title and a description, its ids its own.
    charts = re.findall(r'<svg [^>]*role="img" aria-labelledby="([\w-]+)-title \1-desc"', page)
    assert charts == ["uger-kanal", "uger-resultat", "temaer"]
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert '<title id="temaer-title">De største temaer blandt de ubesvarede spørgsmål</title>' in page
    # Nothing to fetch: no scripts, stylesheets, images or fonts from anywhere.
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\((?!#)|src=", page)
    assert all(f"<q>{question}</q>" in page or f"{question}</q>" in page for question in (*WEATHER, *DEADLINES, PIZZA))
    assert "Mangler tallet for 2011" in page and "Turismeplan 2014" in page


def test_the_same_report_renders_to_the_same_bytes(report):
    assert report_html(report) == report_html(report)
    assert report_csv(report) == report_csv(report) and text_summary(report) == text_summary(report)


def rows_typed_by(*questions: str) -> list[LoggedQuestion]:
    return [LoggedQuestion(id=str(i), asked_at=NOW - timedelta(hours=i + 1), channel="api", language="da",
                           question=question, mode="abstained", reason="off_topic", signals={}, cited=[],
                           programmes=[], latency_ms=12.0, conversation_id=None, message_id=None, rating="down",
                           comment=question)
            for i, question in enumerate(questions)]


def test_what_people_typed_is_shown_as_text_never_run(embeddings):
    hostile = build_report(rows_typed_by(HOSTILE, FORMULA), embeddings, [], SINCE, NOW)
    page = report_html(hostile)
    assert "<script" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    cells = [cell for row in csv.reader(io.StringIO(report_csv(hostile))) for cell in row]
    assert "'" + FORMULA in cells and FORMULA not in cells  # a spreadsheet shows it, does not run it
    assert HOSTILE in text_summary(hostile)


def test_an_empty_report_renders_without_charts(embeddings):
    empty = build_report([], embeddings, [], None, datetime(2026, 3, 4, tzinfo=timezone.utc))
    page = report_html(empty)
    assert "<svg" not in page and "ingen." in page
    assert "Ingen spørgsmål er logget i perioden." in text_summary(empty)
    assert report_csv(empty).startswith("section,key,label,count,share,detail\nperiod,since,,,,\n")
