"""Grid tables in plain text: rows drawn between "+----+----+" lines, each row's cells wrapped over as many lines as
its longest cell needs (the style of reStructuredText, pandoc and many exports). Each row becomes one line of
pipe-separated cells, "| uge 11 (10.-12/3) | HACCP og egenkontrol ... | 4.200 kr. |", as a pipe table's rows are
written, so cleaning reads it as a table like any other (ingest/clean.py). Pipe tables are read as people type them
too: a cell spanning columns, a header over two lines, a cell wrapped onto a line of its own with the first cell blank
("              |       | og Prototypestøtten (Teams) |")."""
from __future__ import annotations

import re

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # "+------+-----+", "+======+=====+" under the header
_ROW_LINE = re.compile(r"^\s*\|.*\|\s*$")


def rows_of_typed_tables(text: str) -> str:
    """`text` with its grid tables' and pipe tables' rows one per line, each under its own columns."""
    text = rows_of_grid_tables(text)
    return rows_of_wrapped_pipe_rows(rows_of_stacked_pipe_headers(rows_of_spanning_pipe_cells(text)))


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
    """`text` with each pipe-table line whose first cell is blank joined to the row above it, cell by cell: when
    both have as many cells, or when the line's pipes stand under some of the row's (a note wrapped across the
    columns right of the first: "    | (undervisning på dansk, materialer på tysk)      |          |")."""
    out: list[str] = []
    row_pipes: list[int] = []  # where the pipes of the row above stand, as typed
    for line in text.split("\n"):
        cells = line.split("|")
        above = out[-1].split("|") if out and _PIPE_ROW.match(out[-1]) and not _PIPE_RULE.match(out[-1]) else []
        # A table drawn with pipes at both ends has its first cell after the first pipe; a line of it continues the
        # row above only with words ("|   |   | Odense |   |"): "|   | 2025 | 120 |" is a row of its own.
        first = 1 if _ROW_LINE.match(line) and above and not above[0].strip() else 0
        of_words = not (first and any(_FIGURE_CELL.fullmatch(cell.strip()) for cell in cells))
        if of_words and _PIPE_ROW.match(line) and not cells[first].strip() and any(cell.strip() for cell in cells) \
                and not _PIPE_RULE.match(line) and len(above) > first and above[first].strip():
            columns = _aligned(_pipes(line), row_pipes) if len(above) != len(cells) else list(range(len(cells) - 1))
            if columns is not None:
                spread = [""] * len(above)
                for column, cell in zip([-1, *columns], cells):
                    spread[column + 1] = cell  # a cell's text in the first column it spans
                out[-1] = " | ".join(_joined(pair) for pair in zip(above, spread)).strip()
                continue
        out.append(line)
        row_pipes = _pipes(line)
    return "\n".join(out)


_FIGURE_CELL = re.compile(r"[-–+]?\d[\d.,]*(?:\s?(?:%|kr\.?))?")


def _aligned(pipes: list[int], reference: list[int]) -> list[int] | None:
    """Which of `reference`'s pipes each of `pipes` stands under (one character off at most, as hand-typed tables
    are); None when one stands under none."""
    columns = []
    for pipe in pipes:
        near = [i for i, other in enumerate(reference) if abs(other - pipe) <= 1]
        if not near:
            return None
        columns.append(near[0])
    return columns


def rows_of_spanning_pipe_cells(text: str) -> str:
    """`text` with a pipe table's cell that spans columns ("| Tilmeldingsfrist            | 13. februar |" under
    "| Modul | Emne | Hold A |") written once in each column it spans, as an HTML table's colspan is read, so each
    value stands under its own column. A cell spans the columns whose pipes its own pipes leave out."""
    lines = text.split("\n")
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _ROW_LINE.match(lines[end]):
            end += 1
        if end - start >= 2:
            lines[start:end] = _spread(lines[start:end])
        start = end + 1
    return "\n".join(lines)


def _pipes(line: str) -> list[int]:
    return [i for i, char in enumerate(line) if char == "|"]


def _spread(block: list[str]) -> list[str]:
    widest = max((_pipes(line) for line in block), key=len)
    out = []
    for line in block:
        pipes = _pipes(line)
        columns = _aligned(pipes, widest) if len(pipes) < len(widest) and not _PIPE_RULE.match(line) else None
        if columns is not None:
            cells = []
            for left, right, (first, after) in zip(pipes, pipes[1:], zip(columns, columns[1:])):
                cells += [" ".join(line[left + 1:right].split())] * (after - first)
            line = "| " + " | ".join(cells) + " |"
        out.append(line)
    return out


_PIPE_RULE = re.compile(r"^\s*\|[-=:| ]*[-=][-=:| ]*\|\s*$")  # "|-------|------|" under a pipe table's header


def rows_of_stacked_pipe_headers(text: str) -> str:
    """`text` with a pipe table's header written over two or three lines ("| Hold B |" over "|  Skive |", the
    lines below with blank cells) joined to one line of cells ("| Hold B Skive |"), as a grid's header is. Only
    the lines above the rule under the header, at the table's top."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = _header_run(lines, i)
        if run:
            out.extend(_one_row(lines[i:i + run]))  # the lines below the first have blank cells: they continue it
            i += run
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


_MAX_HEADER_LINES = 3


def _header_run(lines: list[str], start: int) -> int:
    """How many lines from `start` make a stacked header: two or three pipe rows at a table's top (no row above,
    though maybe a border), with as many cells each and a blank cell in each line after the first, then a rule."""
    above = start - 1
    if above >= 0 and _PIPE_RULE.match(lines[above]):
        above -= 1  # a rule over the header is the table's top border
    if above >= 0 and _ROW_LINE.match(lines[above]):
        return 0
    for run in range(2, _MAX_HEADER_LINES + 1):
        block = lines[start:start + run]
        if len(block) < run or start + run >= len(lines) or not all(
                _ROW_LINE.match(line) and not _PIPE_RULE.match(line) for line in block):
            return 0
        cells = [line.strip()[1:-1].split("|") for line in block]
        if len({len(row) for row in cells}) != 1 or not all(any(not c.strip() for c in row) for row in cells[1:]):
            return 0
        if _PIPE_RULE.match(lines[start + run]):
            return run
    return 0


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
