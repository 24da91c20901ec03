"""Grid tables in plain text: rows drawn between "+----+----+" lines, each row's cells wrapped over as many lines as
its longest cell needs (the style of reStructuredText, pandoc and many exports). Each row becomes one line of
pipe-separated cells, "| uge 11 (10.-12/3) | HACCP og egenkontrol ... | 4.200 kr. |", as a pipe table's rows are
written, so cleaning reads it as a table like any other (ingest/clean.py). So does a pipe table's row whose cell
wraps onto a line of its own with the first cell blank ("              |       | og Prototypestøtten (Teams) |")."""
from __future__ import annotations

import re

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # "+------+-----+", "+======+=====+" under the header
_ROW_LINE = re.compile(r"^\s*\|.*\|\s*$")


def rows_of_grid_tables(text: str) -> str:
    """`text` with each grid table's rows written one per line, its border lines left out. A row whose lines do not
    have the same number of cells (a spanned cell) keeps its lines as they are."""
    lines = text.split("\n")
    out: list[str] = []
    row: list[str] = []
    in_grid = False
    for line in lines:
        if _BORDER.match(line):
            out.extend(_one_row(row))
            row, in_grid = [], True
        elif in_grid and _ROW_LINE.match(line):
            row.append(line)
        else:
            out.extend(_one_row(row) if in_grid else [])
            row, in_grid = [], False
            out.append(line)
    out.extend(_one_row(row))
    return "\n".join(out)


_PIPE_ROW = re.compile(r"^[^|\n]*(?:\|[^|\n]*){2,}$")  # two pipes or more: a pipe table's row


def rows_of_wrapped_pipe_rows(text: str) -> str:
    """`text` with each pipe-table line whose first cell is blank joined to the row above it, cell by cell, when
    both have as many cells."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = line.split("|")
        above = out[-1].split("|") if out and _PIPE_ROW.match(out[-1]) else []
        if _PIPE_ROW.match(line) and not cells[0].strip() and any(cell.strip() for cell in cells) \
                and len(above) == len(cells) and above[0].strip():
            out[-1] = " | ".join(_joined(pair) for pair in zip(above, cells)).strip()
        else:
            out.append(line)
    return "\n".join(out)


def _one_row(lines: list[str]) -> list[str]:
    """The rows between two borders. A grid drawn with borders only under the header and at the end has a row a
    line: a line with every cell filled starts a row, and a line with empty cells continues the one above."""
    if not lines:
        return []
    split = [line.strip()[1:-1].split("|") for line in lines]
    if len({len(cells) for cells in split}) != 1:
        return lines
    rows: list[list[list[str]]] = []
    for cells in split:
        if not rows or all(cell.strip() for cell in cells):
            rows.append([cells])
        else:
            rows[-1].append(cells)
    return ["| " + " | ".join(_joined(parts) for parts in zip(*row)) + " |" for row in rows]


def _joined(parts: tuple[str, ...]) -> str:
    """A cell's text over its lines: "Ikke-" and "medlem" are "Ikke-medlem", other lines run on with a space."""
    text = ""
    for part in (" ".join(part.split()) for part in parts):
        if not part:
            continue
        text = f"{text}{part}" if text.endswith("-") and part[:1].islower() else f"{text} {part}".strip()
    return text
