"""The report's charts, drawn by matplotlib offline (its Agg canvas, no display, no network) as SVG to put inline
in the HTML page: questions per week by channel, per week by result, and the largest themes of unanswered
questions. Each SVG is an image with a title and a description for screen readers; its element ids are
prefixed with the chart's name, so several charts in one page never share an id; the same data give the same
bytes (fixed hash salt, no date)."""
from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence
from typing import Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from app.report.build import Report
from app.report.labels import CHANNEL_NAMES, MODE_NAMES, percent

# Okabe-Ito colours: told apart with the common colour-vision deficiencies.
CHANNEL_COLOURS = {"web": "#0072B2", "widget": "#56B4E9", "api": "#E69F00", "slack": "#009E73"}
MODE_COLOURS = {"answered": "#009E73", "abstained": "#D55E00", "programmes": "#0072B2"}
MAX_THEMES = 10
_RC: dict[Any, Any] = {"svg.fonttype": "none", "font.family": "sans-serif", "font.size": 10,
                       "axes.spines.top": False, "axes.spines.right": False}


def weeks_by_channel(report: Report) -> str | None:
    """Stacked bars: questions per ISO week, one colour per channel. None when nothing was asked."""
    if not report.total:
        return None
    series = {CHANNEL_NAMES[c]: ([getattr(w, c) for w in report.by_week], CHANNEL_COLOURS[c]) for c in CHANNEL_NAMES}
    busiest = max(report.by_week, key=lambda week: (week.total, week.week))
    return _weekly_bars(
        "uger-kanal", report, series,
        title="Spørgsmål pr. uge og kanal",
        description=f"Søjlediagram over {len(report.by_week)} uger; flest spørgsmål i uge {busiest.week} "
                    f"({busiest.total}). Tallene står i tabellen under diagrammet.",
    )


def weeks_by_mode(report: Report) -> str | None:
    """Stacked bars: questions per ISO week, answered, not answered and answered with programmes."""
    if not report.total:
        return None
    series = {MODE_NAMES[m]: ([getattr(w, m) for w in report.by_week], MODE_COLOURS[m]) for m in MODE_NAMES}
    return _weekly_bars(
        "uger-resultat", report, series,
        title="Besvarede og ubesvarede spørgsmål pr. uge",
        description=f"Søjlediagram over {len(report.by_week)} uger, delt i besvaret, ikke besvaret og "
                    f"programforslag; {percent(report.rates.abstention_rate)} af alle spørgsmål blev ikke "
                    "besvaret. Tallene står i tabellen under diagrammet.",
    )


def largest_themes(report: Report) -> str | None:
    """Horizontal bars: how often the largest themes of unanswered questions were asked."""
    themes = report.themes[:MAX_THEMES]
    if not themes:
        return None
    with matplotlib.rc_context({**_RC, "svg.hashsalt": "temaer"}):
        figure = Figure(figsize=(8, 0.45 * len(themes) + 1.0))
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        positions = list(range(len(themes)))[::-1]
        axes.barh(positions, [theme.size for theme in themes], color=MODE_COLOURS["abstained"])
        axes.set_yticks(positions, [_shorten(f"{rank}. {theme.name}") for rank, theme in enumerate(themes, 1)],
                        parse_math=False)
        axes.set_xlabel("Antal gange spurgt", parse_math=False)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        figure.tight_layout()
        return _svg(figure, "temaer", "De største temaer blandt de ubesvarede spørgsmål",
                    f"Vandrette søjler for de {len(themes)} største temaer; størst er “{themes[0].name}” "
                    f"med {themes[0].size} spørgsmål. Temaerne står også i tabellen.")


def _weekly_bars(name: str, report: Report, series: dict[str, tuple[list[int], str]], title: str,
                 description: str) -> str:
    weeks = report.by_week
    with matplotlib.rc_context({**_RC, "svg.hashsalt": name}):
        figure = Figure(figsize=(8, 3.2))
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        positions = list(range(len(weeks)))
        bottom = [0] * len(weeks)
        for label, (values, colour) in series.items():
            axes.bar(positions, values, bottom=bottom, color=colour, label=label, width=0.8)
            bottom = [b + v for b, v in zip(bottom, values)]
        step = max(1, len(weeks) // 26 + 1) if len(weeks) > 26 else 1
        shown = positions[::step]
        axes.set_xticks(shown, [_week_label(weeks, i) for i in shown], parse_math=False)
        axes.set_xlabel("ISO-uge", parse_math=False)
        axes.set_ylabel("Spørgsmål", parse_math=False)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(loc="upper left", frameon=False, ncols=len(series), fontsize=9)
        axes.set_ylim(0, max(max(bottom), 1) * 1.25)
        figure.tight_layout()
        return _svg(figure, name, title, description)


def _week_label(weeks: Sequence, index: int) -> str:
    year, week = weeks[index].week.split("-W")
    first_of_year = index == 0 or weeks[index - 1].week.split("-W")[0] != year
    return f"{int(week)}\n{year}" if first_of_year else str(int(week))


def _shorten(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _svg(figure: Figure, name: str, title: str, description: str) -> str:
    """The figure as an inline <svg> image: no XML prolog or metadata, ids prefixed with `name`, scaled to the
    page's width, a <title> and <desc> that name it for screen readers."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{name}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{name}-\1)", svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{name}-\1"', svg)
    svg = re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"',
                 rf'<svg \1role="img" aria-labelledby="{name}-title {name}-desc" class="chart"', svg, count=1)
    opening = svg.index(">") + 1
    return (f'{svg[:opening]}\n <title id="{name}-title">{html.escape(title)}</title>\n'
            f' <desc id="{name}-desc">{html.escape(description)}</desc>{svg[opening:]}')
