"""The report as one self-contained HTML page (`raadgiver report --html FILE`): opened from disk in any browser,
no server, no network: the CSS is in the page and the charts are inline SVG (app/report/charts.py). In Danish
(lang="da"), with headings for each part, tables with captions and column headers, a title and a description
on each chart and its figures in a table beside it. Everything people typed is escaped."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from app.report import charts
from app.report.build import Report
from app.report.labels import CHANNEL_NAMES, MODE_NAMES, REASON_NAMES, moment, number, percent, period

_CSS = """
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5560; --line: #c9d1d9; --head: #eef2f6; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: #fff; }
main { max-width: 76rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
.lead { color: var(--muted); margin: 0 0 1rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: 1rem 0; list-style: none; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 1rem 0; }
dl.figures div { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; }
dl.figures dt { color: var(--muted); font-size: .9rem; }
dl.figures dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
.table-scroll { overflow-x: auto; margin: .5rem 0 1.25rem; }
table { border-collapse: collapse; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f7f9fb; }
figure { margin: 1rem 0; }
figcaption { color: var(--muted); font-size: .95rem; }
svg.chart { width: 100%; max-width: 52rem; height: auto; display: block; }
.note { border-left: 4px solid #b26b00; background: #fff7e6; padding: .5rem .75rem; }
details summary { cursor: pointer; color: var(--accent); }
ul.questions { margin: .25rem 0 0; padding-left: 1.2rem; }
.empty { color: var(--muted); font-style: italic; }
"""

_SECTIONS = (("overblik", "Overblik"), ("uger", "Spørgsmål pr. uge"), ("temaer", "Ubesvarede spørgsmål efter tema"),
             ("tommel-ned", "Svar med tommel ned"), ("citeret", "Citerede og aldrig citerede dokumenter"),
             ("programmer", "Mest anbefalede programmer"))


def report_html(report: Report) -> str:
    parts = [
        '<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Spørgsmålsrapport – raadgiver – {escape(period(report))}</title>\n<style>{_CSS}</style>\n</head>\n"
        "<body>\n<main>\n<h1>Spørgsmålsrapport</h1>\n"
        f'<p class="lead">Hvad der er spurgt om, og hvad dokumenterne ikke svarer på. Periode: {escape(period(report))}. '
        f"Dannet {escape(moment(report.generated_at))}.</p>\n",
        '<nav aria-label="Rapportens dele"><ul>'
        + "".join(f'<li><a href="#{anchor}">{escape(title)}</a></li>' for anchor, title in _SECTIONS)
        + "</ul></nav>\n",
        _overview(report), _weeks(report), _themes(report), _thumbs_down(report), _cited(report), _programmes(report),
        "</main>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _section(anchor: str, body: str) -> str:
    title = dict(_SECTIONS)[anchor]
    return f'<section id="{anchor}" aria-labelledby="{anchor}-h">\n<h2 id="{anchor}-h">{escape(title)}</h2>\n{body}</section>\n'


def _table(caption: str, headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    """A table; cells are HTML already escaped by the caller, columns at the `numeric` indices right-aligned."""
    aligned = [' class="num"' if i in numeric else "" for i in range(len(headers))]
    head = "".join(f'<th scope="col"{aligned[i]}>{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{aligned[i]}>{cell}</td>" for i, cell in enumerate(row)) + "</tr>\n"
        for row in rows
    )
    if not body:
        return f'<p class="empty">{escape(caption)}: ingen.</p>\n'
    return (f'<div class="table-scroll" role="region" aria-label="{escape(caption)}" tabindex="0">\n'
            f"<table>\n<caption>{escape(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n"
            "</table>\n</div>\n")


def _figure(svg: str | None, caption: str) -> str:
    return f"<figure>\n{svg}\n<figcaption>{escape(caption)}</figcaption>\n</figure>\n" if svg else ""


def _quoted(text: str, language: str = "da") -> str:
    attribute = f' lang="{escape(language)}"' if language != "da" else ""
    return f"<q{attribute}>{escape(text)}</q>"


def _overview(report: Report) -> str:
    figures = [("Spørgsmål i alt", number(report.total)),
               ("Besvaret", percent(report.rates.answer_rate)),
               ("Ikke besvaret", percent(report.rates.abstention_rate)),
               ("Programforslag", percent(report.rates.programmes_rate)),
               ("Tommel op", number(report.feedback.up)),
               ("Tommel ned", number(report.feedback.down))]
    if report.latency_ms.p50 is not None and report.latency_ms.p95 is not None:
        figures += [("Svartid, median", f"{number(report.latency_ms.p50)} ms"),
                    ("Svartid, 95 %", f"{number(report.latency_ms.p95)} ms")]
    body = ('<dl class="figures">' + "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in figures)
            + "</dl>\n")
    body += _table("Spørgsmål efter resultat", ("Resultat", "Antal", "Andel"),
                   [(escape(MODE_NAMES[m.mode]), number(m.count), percent(m.share)) for m in report.by_mode], (1, 2))
    body += _table("Spørgsmål pr. kanal", ("Kanal", "I alt", "Besvaret", "Ikke besvaret", "Programforslag",
                                           "Andel ikke besvaret"),
                   [(escape(CHANNEL_NAMES[c.channel]), number(c.total), number(c.answered), number(c.abstained),
                     number(c.programmes), percent(c.abstention_rate)) for c in report.by_channel], (1, 2, 3, 4, 5))
    body += _table("Spørgsmål pr. sprog", ("Sprog", "Antal"),
                   [(escape({"da": "dansk", "en": "engelsk"}.get(item.language, item.language)), number(item.count))
                    for item in report.languages], (1,))
    return _section("overblik", body)


def _weeks(report: Report) -> str:
    body = _figure(charts.weeks_by_channel(report), "Spørgsmål pr. ISO-uge, fordelt på kanal.")
    body += _figure(charts.weeks_by_mode(report), "Spørgsmål pr. ISO-uge, fordelt på resultat.")
    headers = ("Uge", "Mandag", "I alt", *(CHANNEL_NAMES[c] for c in CHANNEL_NAMES), *(MODE_NAMES[m] for m in MODE_NAMES))
    rows = [(escape(w.week), w.starts.isoformat(), number(w.total), *(number(getattr(w, c)) for c in CHANNEL_NAMES),
             *(number(getattr(w, m)) for m in MODE_NAMES)) for w in report.by_week]
    body += _table("Spørgsmål pr. uge, kanal og resultat", headers, rows, tuple(range(2, len(headers))))
    return _section("uger", body)


def _themes(report: Report) -> str:
    clustering = report.clustering
    body = (f"<p>{number(clustering.abstained)} spørgsmål blev ikke besvaret ({number(clustering.distinct)} forskellige). "
            f"De er grupperet i {number(len(report.themes))} temaer efter betydning, med den samme sprogmodel som "
            "søgningen bruger; hvert tema er navngivet efter sine hyppigste ord og sit mest typiske spørgsmål.</p>\n")
    if clustering.note:
        body += f'<p class="note">{escape(clustering.note)}</p>\n'
    body += _figure(charts.largest_themes(report), "De største temaer: antal gange spurgt.")
    rows = []
    for rank, theme in enumerate(report.themes, start=1):
        questions = "".join(
            f"<li>{_quoted(q.question, q.language)}" + (f" ({number(q.count)} gange)" if q.count > 1 else "") + "</li>"
            for q in theme.questions
        )
        listed = (f"<details><summary>{number(theme.distinct)} spørgsmål</summary><ul class='questions'>{questions}</ul>"
                  "</details>") if theme.distinct > 1 else ""
        rows.append((
            str(rank), escape(theme.name), _quoted(theme.central_question, next(
                (q.language for q in theme.questions if q.question == theme.central_question), "da")),
            number(theme.size), listed,
            escape(", ".join(f"{CHANNEL_NAMES.get(c, c)} {n}" for c, n in theme.channels.items())),
            escape(", ".join(f"{REASON_NAMES.get(r, r)} {n}" for r, n in theme.reasons.items())),
            escape(moment(theme.last_asked_at)),
        ))
    body += _table("Temaer blandt de ubesvarede spørgsmål, størst først",
                   ("Nr.", "Tema (hyppigste ord)", "Mest typiske spørgsmål", "Spurgt", "Spørgsmålene", "Kanaler",
                    "Hvorfor ikke besvaret", "Senest spurgt"), rows, (0, 3))
    return _section("temaer", body)


def _thumbs_down(report: Report) -> str:
    rows = [(escape(moment(r.asked_at)), escape(CHANNEL_NAMES.get(r.channel, r.channel)), _quoted(r.question, r.language),
             escape(MODE_NAMES.get(r.mode, r.mode)), escape(r.comment) if r.comment else '<span class="empty">ingen</span>',
             "<br>".join(escape(c) for c in r.cited))
            for r in report.thumbs_down]
    body = f"<p>{number(len(rows))} svar fik tommel ned, nyeste først.</p>\n"
    body += _table("Svar med tommel ned og kommentarer", ("Tidspunkt", "Kanal", "Spørgsmål", "Resultat", "Kommentar",
                                                           "Citerede kilder"), rows)
    return _section("tommel-ned", body)


def _cited(report: Report) -> str:
    body = _table("Mest citerede dokumenter (antal svar der citerer dem)", ("Dokument", "Fil", "Svar"),
                  [(escape(d.title), escape(d.document), number(d.count)) for d in report.most_cited.documents], (2,))
    body += _table("Mest citerede afsnit", ("Dokument", "Afsnit", "Svar"),
                   [(escape(s.title), escape(s.section), number(s.count)) for s in report.most_cited.sections], (2,))
    body += '<h3 id="aldrig-citeret">Aldrig citeret</h3>\n'
    if report.never_cited is None:
        body += '<p class="empty">Ukendt: indekset kunne ikke læses, da rapporten blev dannet.</p>\n'
    else:
        body += "<p>Indekserede dokumenter, som intet svar i perioden har citeret.</p>\n"
        body += _table("Dokumenter der aldrig er citeret", ("Dokument", "Fil", "År"),
                       [(escape(d.title), escape(d.document), str(d.year or "")) for d in report.never_cited], (2,))
    return _section("citeret", body)


def _programmes(report: Report) -> str:
    body = _table("Programmer efter hvor mange svar der anbefalede dem", ("Program", "Svar"),
                  [(escape(p.name), number(p.count)) for p in report.top_programmes], (1,))
    return _section("programmer", body)
