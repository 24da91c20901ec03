"""`raadgiver` command line: ingest, search, ask, eval, serve, programmes, slack, report."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.core.config import Settings, get_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="raadgiver", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("ingest", help="ingest the corpus (or the given files/folders) into the index")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders; default: RAADGIVER_CORPUS_DIR")
    p.add_argument("--rebuild", action="store_true", help="re-embed everything into a fresh collection")

    p = commands.add_parser("search", help="ranked passages for a query")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("ask", help="a cited answer to a question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="the whole answer, with its `decision`")
    p.add_argument("--explain", action="store_true", help="why it answered or abstained: signals and thresholds")

    p = commands.add_parser("eval", help="score an evaluation file (JSON lines)")
    p.add_argument("file", type=Path)
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("serve", help="serve the HTTP API and the web chat")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--workers", type=int, default=1)

    p = commands.add_parser("programmes", help="which programmes fit a company")
    p.add_argument("--employees", type=int)
    p.add_argument("--new", action="store_true", help="a newly started company")
    p.add_argument("--founded", type=int, help="year the company was founded")
    p.add_argument("--goal", default="")
    p.add_argument("--market", action="append", default=[], help="target market; repeat for several")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("slack", help="run the Slack bot")
    p.add_argument("--socket", action="store_true", help="Socket Mode (needs SLACK_APP_TOKEN)")

    p = commands.add_parser("report", help="the report on the logged questions: volume, themes of unanswered "
                            "questions, thumbs down, citations, programmes")
    p.add_argument("--since", default="all",
                   help="30d, 12w, a date (2026-01-01) or an ISO 8601 moment; default: all (the whole log)")
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="the whole report as JSON (as GET /v1/admin/report)")
    output.add_argument("--csv", action="store_true", help="the whole report as one CSV table in long form")
    output.add_argument("--html", type=Path, metavar="FILE", help="write a self-contained HTML page with charts")
    p.add_argument("--prune", action="store_true",
                   help="first remove logged questions older than RAADGIVER_QUESTION_LOG_RETENTION_DAYS")

    args = parser.parse_args(argv)
    settings = get_settings()
    try:
        return COMMANDS[args.command](settings, args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one readable line instead of a trace for expected failures
        from app.database.errors import StorageUnavailable
        from app.vector_index import EngineUnavailable, IndexMismatch
        from ingest.lock import IngestRunning

        # StorageUnavailable: RAADGIVER_DATA_DIR full, read-only or unopenable; its message says what to do.
        expected = (EngineUnavailable, IndexMismatch, IngestRunning, StorageUnavailable, ValueError, FileNotFoundError)
        if isinstance(exc, expected):
            print(f"raadgiver {args.command}: {exc}", file=sys.stderr)
            return 2
        raise


def cmd_ingest(settings: Settings, args) -> int:
    from ingest.pipeline import ingest

    report = ingest(settings, args.paths or None, rebuild=args.rebuild, show_progress=sys.stderr.isatty())
    print(report.summary())
    return 0 if report.ok else 1


def cmd_search(settings: Settings, args) -> int:
    from app.engine import Engine

    sources = Engine(settings).search(args.query, args.k)
    if args.json:
        rows = [
            {"rank": s.n, "score": s.score, "text": s.text, "document": s.document, "title": s.title,
             "year": s.year, "section": s.section, "page": s.page, "chunk_id": s.chunk_id}
            for s in sources
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for s in sources:
        page = f", p. {s.page}" if s.page else ""
        print(f"#{s.n}  {s.score:.3f}  {s.document}{page}  [{s.section}]\n{s.text}\n")
    return 0


def cmd_ask(settings: Settings, args) -> int:
    from app.engine import Engine

    answer = Engine(settings).ask(args.question)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(answer.text)
    for s in answer.sources or answer.suggestions:
        print(f"[{s.n}] {s.citation()}")
    if answer.contact:
        from app.contact import Contact

        print(("Tal med en person: " if answer.language == "da" else "Talk to a person: ")
              + " · ".join(Contact(**answer.contact).lines(answer.language)))
    if args.explain:
        print("\n" + explain(answer.decision))
    return 0


def explain(decision: dict | None) -> str:
    """The decision as staff read it: verdict, reason, each signal, the thresholds, and what is missing."""
    if decision is None:
        return "decision: the programme finder answered (no abstention decision)"
    if "parts" in decision:
        return "\n\n".join(f"part: {part['question']}\n{explain(part)}" for part in decision["parts"])
    lines = [f"decision: {'answer' if decision['answer'] else 'abstain'} ({decision['reason']})",
             f"why: {decision['explanation']}"]
    lines += [f"  signal {name} = {value}" for name, value in decision["signals"].items()]
    lines += [f"  threshold {name} = {value}" for name, value in decision["thresholds"].items()]
    if decision["missing"]:
        lines.append(f"  missing from the evidence: {', '.join(decision['missing'])}")
    lines += [f"  searched '{typed}' as '{searched}'" for typed, searched in decision["rewrites"]]
    return "\n".join(lines)


def cmd_eval(settings: Settings, args) -> int:
    from app.engine import Engine
    from app.evaluate import evaluate, format_table, read_eval_file

    items = read_eval_file(args.file)
    engine = Engine(settings.model_copy(update={"top_k": args.k}))
    engine.ask("opvarmning")  # warm caches so latency is the steady state

    def answer_fn(question: str):
        answer, retrieved = engine.answer_with_context(question)
        return answer.text, answer.abstained, [r.chunk.text for r in retrieved]

    report = evaluate(items, answer_fn, args.k)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_table(report))
    return 0


def cmd_serve(settings: Settings, args) -> int:
    from app.serve import serve

    serve(settings, host=args.host or settings.host, port=args.port or settings.port, workers=args.workers)
    return 0


def cmd_programmes(settings: Settings, args) -> int:
    from app.engine import Engine
    from app.programmes.profile import CompanyProfile

    finder = Engine(settings).programme_finder
    if finder is None:
        print(f"no programme catalogue at {settings.corpus_dir / settings.catalogue_file}", file=sys.stderr)
        return 2
    profile = CompanyProfile(
        employees=args.employees, new_company=True if args.new else None, founded_year=args.founded,
        goal=args.goal, markets=args.market, sector="",
    )
    matches = [m.to_dict() for m in finder.match(profile)]
    if args.json:
        print(json.dumps(matches, ensure_ascii=False, indent=2))
        return 0
    for rank, m in enumerate(matches, start=1):
        verdict = {"fits": "passer", "may_fit": "passer måske", "no_fit": "passer ikke"}[m["verdict"]]
        print(f"{rank}. {m['name']} — {verdict}")
        for reason in m["reasons"]:
            print(f"   - {reason}")
    return 0


def cmd_slack(settings: Settings, args) -> int:
    if not args.socket:
        print("HTTP mode runs inside `raadgiver serve` (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN); "
              "use `raadgiver slack --socket` for Socket Mode", file=sys.stderr)
        return 2
    from bot.socket_mode import run_socket_mode

    run_socket_mode(settings)
    return 0


def cmd_report(settings: Settings, args) -> int:
    from app.database.db import open_database, utc_now
    from app.database.question_log import question_log_of
    from app.embeddings import get_embeddings
    from app.report.build import report_from_log
    from app.report.period import parse_since

    now = utc_now()
    since = parse_since(args.since, now)  # before pruning: a mistyped --since changes nothing
    log = question_log_of(settings, open_database(settings.sqlalchemy_url))
    if args.prune:
        removed = log.prune()
        print(f"removed {removed} logged questions older than {settings.question_log_retention_days} days "
              "(RAADGIVER_QUESTION_LOG_RETENTION_DAYS)", file=sys.stderr)
    embeddings = get_embeddings(settings)
    report = report_from_log(log, embeddings, _indexed_documents(settings, embeddings), since, now)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif args.csv:
        from app.report.csv_export import report_csv

        sys.stdout.write(report_csv(report))
    elif args.html:
        from app.report.html_page import report_html

        args.html.write_text(report_html(report), encoding="utf-8")
        print(f"wrote {args.html}: {report.total} questions, {len(report.themes)} themes of unanswered questions")
    else:
        from app.report.text_summary import text_summary

        sys.stdout.write(text_summary(report))
    return 0


def _indexed_documents(settings: Settings, embeddings):
    """The indexed documents, for the report's "never cited"; None (and a warning) when the index cannot be read."""
    from app.engine import Engine
    from app.vector_index import EngineUnavailable, IndexMismatch

    try:
        return Engine(settings, embeddings).documents()
    except (EngineUnavailable, IndexMismatch) as exc:
        print(f"raadgiver report: the index could not be read ({exc}); documents never cited are not listed",
              file=sys.stderr)
        return None


COMMANDS = {
    "ingest": cmd_ingest, "search": cmd_search, "ask": cmd_ask, "eval": cmd_eval,
    "serve": cmd_serve, "programmes": cmd_programmes, "slack": cmd_slack, "report": cmd_report,
}

if __name__ == "__main__":
    sys.exit(main())
