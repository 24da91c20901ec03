"""The report as a short text for a terminal (`raadgiver report`), in Danish like the staff who read it: the
figures, the largest themes of unanswered questions with their questions, the latest thumbs-down comments, what
is cited and what never is. The whole report is in --json, --csv and --html."""
from __future__ import annotations

from app.report.build import Report
from app.report.labels import CHANNEL_NAMES, MODE_NAMES, moment, number, percent, period

MAX_THEMES = 10
MAX_THEME_QUESTIONS = 5
MAX_ROWS = 10


def text_summary(report: Report) -> str:
    lines = [f"Spørgsmålsrapport, {period(report)}", ""]
    if not report.total:
        lines.append("Ingen spørgsmål er logget i perioden.")
        return "\n".join(lines) + "\n"
    lines.append(f"{number(report.total)} spørgsmål: " + ", ".join(
        f"{MODE_NAMES[item.mode]} {number(item.count)} ({percent(item.share)})" for item in report.by_mode))
    lines.append("Pr. kanal: " + ", ".join(
        f"{CHANNEL_NAMES[item.channel]} {number(item.total)}" for item in report.by_channel if item.total))
    feedback = report.feedback
    lines.append(f"Feedback: {number(feedback.up)} tommel op, {number(feedback.down)} tommel ned")
    latency = report.latency_ms
    if latency.p50 is not None and latency.p95 is not None:
        lines.append(f"Svartid: median {number(latency.p50)} ms, 95 % under {number(latency.p95)} ms")

    lines += ["", "Pr. uge:"]
    for week in report.by_week:
        channels = ", ".join(f"{CHANNEL_NAMES[c]} {getattr(week, c)}" for c in CHANNEL_NAMES if getattr(week, c))
        lines.append(f"  {week.week}  {number(week.total):>6}" + (f"  ({channels})" if channels else ""))

    clustering = report.clustering
    lines += ["", f"Ubesvarede spørgsmål: {number(clustering.abstained)} ({number(clustering.distinct)} forskellige) "
                  f"i {number(len(report.themes))} temaer"]
    if clustering.note:
        lines.append(f"  {clustering.note}")
    for rank, theme in enumerate(report.themes[:MAX_THEMES], start=1):
        lines.append(f"  {rank}. {theme.name} — {_times(theme.size)}")
        lines.append(f"     mest typisk: “{theme.central_question}”")
        for question in theme.questions[:MAX_THEME_QUESTIONS]:
            lines.append(f"     - {question.question}" + (f" ({question.count} gange)" if question.count > 1 else ""))
        if len(theme.questions) > MAX_THEME_QUESTIONS:
            lines.append(f"     … og {len(theme.questions) - MAX_THEME_QUESTIONS} spørgsmål mere")
    if len(report.themes) > MAX_THEMES:
        lines.append(f"  … og {len(report.themes) - MAX_THEMES} temaer mere (alle i --html, --json og --csv)")

    lines += ["", f"Svar med tommel ned: {number(len(report.thumbs_down))}"]
    for rated in report.thumbs_down[:MAX_ROWS]:
        comment = f" — kommentar: “{rated.comment}”" if rated.comment else ""
        lines.append(f"  {moment(rated.asked_at)} {CHANNEL_NAMES[rated.channel]}: “{rated.question}”{comment}")

    lines += ["", "Mest citerede dokumenter:"]
    lines += [f"  {number(item.count):>6}  {item.title} ({item.document})" for item in report.most_cited.documents[:MAX_ROWS]]
    if not report.most_cited.documents:
        lines.append("  ingen")
    lines += ["Mest citerede afsnit:"]
    lines += [f"  {number(item.count):>6}  {item.title}: {item.section}" for item in report.most_cited.sections[:MAX_ROWS]]
    if not report.most_cited.sections:
        lines.append("  ingen")
    if report.never_cited is None:
        lines.append("Aldrig citeret: ukendt (indekset kunne ikke læses)")
    else:
        lines.append(f"Aldrig citeret: {number(len(report.never_cited))} af de indekserede dokumenter")
        lines += [f"  {item.title} ({item.document})" for item in report.never_cited[:MAX_ROWS]]
        if len(report.never_cited) > MAX_ROWS:
            lines.append(f"  … og {len(report.never_cited) - MAX_ROWS} mere")

    lines += ["", "Mest anbefalede programmer:"]
    lines += [f"  {number(item.count):>6}  {item.name}" for item in report.top_programmes[:MAX_ROWS]]
    if not report.top_programmes:
        lines.append("  ingen")
    return "\n".join(lines) + "\n"


def _times(count: int) -> str:
    return "stillet 1 gang" if count == 1 else f"stillet {number(count)} gange"
