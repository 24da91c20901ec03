"""How long the question-log report takes over a 10,000-row log (issue 16).

    python -m benchmarks.report_10k [--rows 10000] [--seed 16]

Fills a temporary SQLite database with realistic rows: the questions of benchmarks/eval/*.jsonl as people
type them again and again (lower case, no question mark, "hej", "tak", ae/oe/aa, a typing error), over 26 weeks
and the four channels, about 20 % not answered (the eval files' unanswerable questions, and some answerable ones
asked about a year the documents do not cover), some answered by the programme finder, about 5 % rated.
The rows are written in one transaction in the shape QuestionLog.record writes (row by row it would take
longer than the report); the report reads them through QuestionLog.find like `raadgiver report`.

Prints the time to read the log and build the report (cold: every distinct unanswered question embedded once;
then warm: the embeddings cached, as for the admin page's live report) and to render HTML, text, CSV and JSON.
The clustering covers the most asked distinct questions up to app.report.themes.MAX_QUESTIONS; the report says
how many were left out."""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.core.answer_types import IndexedDocument
from app.core.config import Settings
from app.database.db import feedback, open_database, question_log
from app.database.question_log import QuestionLog
from app.embeddings import get_embeddings
from app.report.build import report_from_log
from app.report.csv_export import report_csv
from app.report.html_page import report_html
from app.report.text_summary import text_summary
from app.report.themes import MAX_QUESTIONS

EVAL = Path(__file__).resolve().parent / "eval"
NOW = datetime(2026, 6, 29, 12, 0, tzinfo=timezone.utc)
WEEKS = 26
CHANNELS = (("web", 0.45), ("widget", 0.15), ("api", 0.25), ("slack", 0.15))
SEED_DOCUMENT = "status-evaluering-eksport-internationalisering-2010.txt"
SEED_TITLE = ("Status og evaluering for den hidtidige indsats i forhold til eksport og internationalisering samt "
              "perspektiver for den fremtidige indsats")
SECTIONS = ("1. Det strategiske samarbejde med Udenrigsministeriet, Eksportrådet", "2 Vækstforum initiativ vedr. Shanghai",
            "3. Vækstforums iværksætter- og virksomhedsudviklingsprogrammer", "4. Region Midtjyllands udenlandske kontorer",
            "5. Europe Enterprise Network")
# Documents a deployment would also have indexed; nobody's answer cites the last two.
OTHER_DOCUMENTS = (("handlingsplan-erhvervsudvikling-2012.pdf", "Handlingsplan for erhvervsudvikling 2012", 2012),
                   ("vaekstforum-aarsrapport-2011.docx", "Vækstforums årsrapport 2011", 2011),
                   ("klyngestrategi-2013.md", "Klyngestrategi 2013", 2013),
                   ("turismeplan-2014.pdf", "Turismeplan 2014", 2014))
PROGRAMMES = ("Eksportrådets tilskudsordninger", "De regionale virksomhedsprogrammer", "VækstMidt Accelerator",
              "StartMidt", "VITUS", "Europe Enterprise Network (EEN)", "KlyngeMidt (netværksprogrammet)")
PROGRAMME_QUESTIONS = ("vi er {n} ansatte og vil gerne eksportere til {market}, hvilke programmer passer til os",
                       "hvilken ordning kan hjælpe en ny virksomhed med {n} ansatte",
                       "we are {n} people and want to sell in {market}, which programme fits us")
MARKETS = ("Tyskland", "Kina", "Sverige", "USA", "Norge")
COMMENTS = ("Tallet for 2011 mangler", "Svaret handler om noget andet", "For langt svar", "Kilden er for gammel",
            "Jeg ville gerne have et telefonnummer", None)


def eval_questions() -> tuple[list[str], list[str]]:
    """(answerable, unanswerable) questions of every eval file."""
    answerable, unanswerable = [], []
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                (unanswerable if item.get("unanswerable") else answerable).append(item["question"])
    return answerable, unanswerable


def as_typed(question: str, rng: random.Random) -> str:
    """The question the way another person might type it."""
    text = question
    if rng.random() < 0.5:
        text = text.lower()
    if rng.random() < 0.4:
        text = text.rstrip("?").rstrip()
    if rng.random() < 0.15:
        text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    if rng.random() < 0.15 and len(text) > 12:  # two neighbouring letters swapped
        at = rng.randrange(4, len(text) - 2)
        text = text[:at] + text[at + 1] + text[at] + text[at + 2:]
    if rng.random() < 0.15:
        text = rng.choice(("hej, ", "Hej ", "hej ")) + text[0].lower() + text[1:]
    if rng.random() < 0.08:
        text += rng.choice((" tak", " på forhånd tak", "??"))
    return text


def fill(url: str, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    answerable, unanswerable = eval_questions()
    # Like real logs: a few questions are asked very often, most rarely.
    popular_answerable = [q for q in answerable for _ in range(rng.choice((1, 1, 2, 5, 12)))]
    popular_unanswerable = [q for q in unanswerable for _ in range(rng.choice((1, 1, 2, 4, 10)))]
    channels, weights = zip(*CHANNELS)
    log_rows, feedback_rows = [], []
    for _ in range(rows):
        asked_at = NOW - timedelta(seconds=rng.randrange(WEEKS * 7 * 24 * 3600))
        channel = rng.choices(channels, weights)[0]
        draw = rng.random()
        cited: list[dict[str, str]] = []
        programmes: list[str] = []
        reason = "answered"
        if draw < 0.16:
            mode, question, reason = "abstained", as_typed(rng.choice(popular_unanswerable), rng), "off_topic"
        elif draw < 0.20:  # an answerable question about a year the documents do not cover
            year = rng.choice(("2014", "2015", "2016"))
            mode, reason = "abstained", "missing"
            question = as_typed(rng.choice(popular_answerable).rstrip("?") + f" i {year}?", rng)
        elif draw < 0.28:
            mode, reason = "programmes", "programmes"
            question = rng.choice(PROGRAMME_QUESTIONS).format(n=rng.choice((3, 8, 12, 40, 120)), market=rng.choice(MARKETS))
            programmes = rng.sample(PROGRAMMES, rng.randint(1, 3))
        else:
            mode, question = "answered", as_typed(rng.choice(popular_answerable), rng)
            documents = [(SEED_DOCUMENT, SEED_TITLE)] * 4 + [OTHER_DOCUMENTS[0][:2], OTHER_DOCUMENTS[1][:2]]
            for document, title in rng.sample(documents, rng.randint(1, 3)):
                cited.append({"document": document, "title": title, "section": rng.choice(SECTIONS)})
        conversation, message = uuid.UUID(int=rng.getrandbits(128)).hex, uuid.UUID(int=rng.getrandbits(128)).hex
        log_rows.append({
            "id": uuid.UUID(int=rng.getrandbits(128)).hex, "asked_at": asked_at, "channel": channel,
            "language": "en" if question.lower().startswith(("what", "how", "who", "when", "where", "can", "we ",
                                                             "is ", "by ", "which")) else "da",
            "question": question, "mode": mode, "reason": reason,
            "signals": json.dumps({"dense": round(rng.uniform(0.7, 0.9), 3)}), "cited": json.dumps(cited),
            "programmes": json.dumps(programmes), "latency_ms": round(rng.lognormvariate(5.5, 0.5), 1),
            "conversation_id": conversation, "message_id": message,
        })
        if rng.random() < 0.05:
            rating = "down" if rng.random() < 0.4 else "up"
            feedback_rows.append({
                "id": uuid.UUID(int=rng.getrandbits(128)).hex, "conversation_id": conversation, "message_id": message,
                "rating": rating, "comment": rng.choice(COMMENTS) if rating == "down" else None, "origin": "api",
                "created_at": asked_at + timedelta(minutes=1),
            })
    db = open_database(url)
    with db.begin() as connection:
        connection.execute(question_log.insert(), log_rows)
        if feedback_rows:
            connection.execute(feedback.insert(), feedback_rows)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="raadgiver-report-"))
    try:
        settings = Settings(_env_file=None, data_dir=root / "data", corpus_dir=root / "corpus")
        started = time.perf_counter()
        fill(settings.sqlalchemy_url, args.rows, args.seed)
        filled = time.perf_counter() - started

        log = QuestionLog(open_database(settings.sqlalchemy_url), retention=timedelta(days=180))
        embeddings = get_embeddings(settings)
        embeddings.embed_documents(["opvarmning"])  # load the model: its start-up is not the report's
        documents = [IndexedDocument(SEED_DOCUMENT, SEED_TITLE, 2010, None)] + [
            IndexedDocument(source, title, year, None) for source, title, year in OTHER_DOCUMENTS]

        timings: dict[str, float] = {}
        started = time.perf_counter()
        rows = log.find(since=NOW - timedelta(weeks=WEEKS), until=NOW)
        timings["read the log"] = time.perf_counter() - started
        started = time.perf_counter()
        report = report_from_log(log, embeddings, documents, NOW - timedelta(weeks=WEEKS), NOW)
        timings["read + build (cold: embeds the unanswered)"] = time.perf_counter() - started
        started = time.perf_counter()
        report = report_from_log(log, embeddings, documents, NOW - timedelta(weeks=WEEKS), NOW)
        timings["read + build (warm: embeddings cached)"] = time.perf_counter() - started
        for name, render in (("render HTML (charts incl.)", report_html), ("render text", text_summary),
                             ("render CSV", report_csv), ("render JSON", lambda r: json.dumps(r.to_dict()))):
            started = time.perf_counter()
            output = render(report)
            timings[name] = time.perf_counter() - started
            if name.startswith("render HTML"):
                html_bytes = len(output.encode())

        clustering = report.clustering
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other processes slow the "
              "embedding down)")
        print(f"{len(rows)} logged questions over {WEEKS} weeks (filled in {filled:.2f} s); "
              f"{clustering.abstained} not answered, {clustering.distinct} distinct; "
              f"{clustering.clustered} clustered (cap {MAX_QUESTIONS}) into {len(report.themes)} themes, "
              f"{sum(theme.distinct > 1 for theme in report.themes)} of them with several questions")
        if clustering.note:
            print(f"note in the report: {clustering.note}")
        for name, seconds in timings.items():
            print(f"  {name:<45} {seconds:6.2f} s")
        print(f"  HTML page: {html_bytes / 1024:.0f} KiB; thumbs down: {len(report.thumbs_down)}; "
              f"never cited: {len(report.never_cited or [])}")
        print("largest themes:")
        for theme in report.themes[:5]:
            print(f"  {theme.size:5d}  {theme.name}  — “{theme.central_question}”")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
