"""`raadgiver report` run as staff run it (a subprocess over a data dir): the text summary, --json, --csv and
--html over questions the real engine answered and declined; --prune removes the rows older than the retention
setting (rows written on a fake clock months ago) and says how many; a mistyped --since changes nothing."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.database.db import open_database
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from tests.fixtures.server import REPO, hermetic_environment

MEETINGS = "Hvor mange møder har internationaliseringsrådgiveren haft?"
COURSES = "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
WEATHER = ("hvordan bliver vejret i aarhus i morgen", "Hvordan bliver vejret i Aarhus i weekenden?",
           "hvordan bliver vejret i Aarhus på lørdag")
PIZZA = "Hvad koster en pizza i Aarhus?"
ASKED = [(5, "web", MEETINGS), (5, "web", WEATHER[0]), (4, "widget", WEATHER[1]), (3, "api", PIZZA),
         (2, "slack", WEATHER[2]), (1, "api", COURSES)]


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def run_report(data_dir: Path, corpus_dir: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environment = hermetic_environment(RAADGIVER_DATA_DIR=str(data_dir), RAADGIVER_CORPUS_DIR=str(corpus_dir), **env)
    return subprocess.run([sys.executable, "-m", "app.cli", "report", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=300)


def question_log(data_dir: Path, clock: Clock) -> QuestionLog:
    return QuestionLog(open_database(f"sqlite:///{data_dir / 'raadgiver.sqlite3'}"), timedelta(days=180), clock=clock)


@pytest.fixture(scope="module")
def asked(ingested_seed, seed_engine, tmp_path_factory) -> tuple[Path, Path]:
    """(data_dir, corpus_dir): a copy of the ingested seed corpus whose question log holds ASKED, answered by the
    real engine, asked over the last days; the meetings answer got a thumbs down."""
    root = tmp_path_factory.mktemp("cli-report")
    corpus_dir, data_dir = root / "corpus", root / "data"
    shutil.copytree(ingested_seed[0], corpus_dir)
    shutil.copytree(ingested_seed[1], data_dir)
    now = datetime.now(timezone.utc)
    clock = Clock(now)
    log = question_log(data_dir, clock)
    for number, (days, channel, question) in enumerate(ASKED):
        clock.now = now - timedelta(days=days)
        log.record(question, seed_engine.ask(question), channel, f"conversation-{number}", f"message-{number}")
    FeedbackStore(open_database(f"sqlite:///{data_dir / 'raadgiver.sqlite3'}")).add(
        "conversation-0", "down", message_id="message-0", comment="Mangler tallet for 2011")
    return data_dir, corpus_dir


def test_json_counts_what_was_asked_and_groups_the_unanswered_by_theme(asked, tmp_path):
    run = run_report(*asked, "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["total"] == 6 and report["since"] is None
    channels = {c["channel"]: (c["total"], c["answered"], c["abstained"]) for c in report["by_channel"]}
    assert channels == {"web": (2, 1, 1), "widget": (1, 0, 1), "api": (2, 1, 1), "slack": (1, 0, 1)}
    assert {m["mode"]: m["count"] for m in report["by_mode"]} == {"answered": 2, "abstained": 4, "programmes": 0}
    themes = {frozenset(q["question"] for q in theme["questions"]) for theme in report["themes"]}
    assert themes == {frozenset(WEATHER), frozenset({PIZZA})}
    assert report["themes"][0]["size"] == 3 and "vejret" in report["themes"][0]["terms"]
    assert [(r["question"], r["comment"]) for r in report["thumbs_down"]] == [(MEETINGS, "Mangler tallet for 2011")]
    assert report["never_cited"] == []  # the one indexed document is cited
    assert report["most_cited"]["documents"][0]["count"] == 2


def test_the_text_summary_csv_and_html(asked, tmp_path):
    text = run_report(*asked, "--since", "30d", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "6 spørgsmål: besvaret 2 (33,3 %), ikke besvaret 4 (66,7 %)" in text.stdout
    assert "Ubesvarede spørgsmål: 4 (4 forskellige) i 2 temaer" in text.stdout
    assert all(f"- {question}" in text.stdout for question in (*WEATHER, PIZZA))

    table = run_report(*asked, "--csv", cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert {row["label"] for row in rows if row["section"] == "theme_question"} == {*WEATHER, PIZZA}
    assert sum(int(row["count"]) for row in rows if row["section"] == "channel") == 6

    page = tmp_path / "rapport.html"
    written = run_report(*asked, "--since", "2w", "--html", str(page), cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert written.stdout == f"wrote {page}: 6 questions, 2 themes of unanswered questions\n"
    html = page.read_text(encoding="utf-8")
    assert html.startswith('<!doctype html>\n<html lang="da">') and html.count('role="img"') == 3


def test_prune_removes_the_rows_older_than_the_retention_setting_and_says_how_many(seed_engine, tmp_path):
    data_dir, corpus_dir = tmp_path / "data", tmp_path / "corpus"
    corpus_dir.mkdir()
    now = datetime.now(timezone.utc)
    clock = Clock(now)
    log = question_log(data_dir, clock)
    answer = seed_engine.ask(PIZZA)
    for days in (200, 100, 10):  # written on a clock set back that far
        clock.now = now - timedelta(days=days)
        log.record(f"spurgt for {days} dage siden: {PIZZA}", answer, "api")

    kept = run_report(data_dir, corpus_dir, "--json", cwd=tmp_path, RAADGIVER_QUESTION_LOG_RETENTION_DAYS="90")
    assert json.loads(kept.stdout)["total"] == 3 and "removed" not in kept.stderr  # without --prune, nothing goes

    pruned = run_report(data_dir, corpus_dir, "--prune", "--json", cwd=tmp_path,
                        RAADGIVER_QUESTION_LOG_RETENTION_DAYS="90")
    assert pruned.returncode == 0, pruned.stderr
    assert "removed 2 logged questions older than 90 days" in pruned.stderr
    assert [q["question"] for theme in json.loads(pruned.stdout)["themes"] for q in theme["questions"]] == [
        f"spurgt for 10 dage siden: {PIZZA}"]
    assert log.count() == 1

    again = run_report(data_dir, corpus_dir, "--prune", cwd=tmp_path, RAADGIVER_QUESTION_LOG_RETENTION_DAYS="90")
    assert "removed 0 logged questions" in again.stderr


def test_a_mistyped_since_is_refused_and_prunes_nothing(seed_engine, tmp_path):
    data_dir, corpus_dir = tmp_path / "data", tmp_path / "corpus"
    corpus_dir.mkdir()
    clock = Clock(datetime.now(timezone.utc) - timedelta(days=400))
    log = question_log(data_dir, clock)
    log.record(PIZZA, seed_engine.ask(PIZZA), "web")

    run = run_report(data_dir, corpus_dir, "--prune", "--since", "30 dage", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.strip() == ("raadgiver report: since '30 dage' is not a number of days or weeks (30d, 12w), a "
                                  "date (2026-01-01), an ISO 8601 moment (2026-01-01T08:00:00Z) or 'all'")
    assert log.count() == 1


def test_the_command_is_documented_in_its_help():
    run = subprocess.run([sys.executable, "-m", "app.cli", "report", "--help"], cwd=REPO, capture_output=True,
                         text=True, env=hermetic_environment())
    assert run.returncode == 0
    assert all(option in run.stdout for option in ("--since", "--json", "--csv", "--html FILE", "--prune"))
