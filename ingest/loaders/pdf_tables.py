"""Tables in PDF text, with their columns.

pypdf's plain text loses a table's columns: a row's cells run together ("Lyngsø Strand 8 Udmærket Ja") or stand
one per line. Its layout mode keeps them, aligned by spaces, but it also spreads out justified lines and
headings ("Badevandskvalitet       i       Rørdal"). So only the tables are taken from the layout text: each is put
in place of the same words in the plain text, its cells separated by two spaces, as a text table is written.
Where the same words are not found in order, the plain text stays as it is."""
from __future__ import annotations

import re

from app.core.words import SUSPENSION_WORDS

_CELL = re.compile(r"\S+(?: {1,2}\S+)*")  # words apart by at most two spaces: one cell
_MIN_ROWS = 2
_ALIGNED = 3  # how many characters a column's cells may start apart
_FIGURE = re.compile(r"[-–+(]?\d")  # a cell of a figure, a price or a year


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of a layout line: its runs of words apart by three spaces or more."""
    return [(match.start(), match.group()) for match in _CELL.finditer(line)]


def _aligned(row: list[tuple[int, str]], other: list[tuple[int, str]]) -> bool:
    """Cells starting, or ending, at the same columns: figures are set flush right ("148" over "71,6 %"). A header
    line may lack the row labels' cell ("2008  2009  2010"); a row may leave its last cells empty ("Teknikerassistance
    pr. påbegyndt time  720 kr.  980 kr." under a header ending in "Note")."""
    if len(row) == len(other) and all(map(_same_column, row, other)):
        return True
    shorter, longer = sorted((row, other), key=len)
    if len(longer) == len(shorter) + 1 and all(map(_same_column, longer[1:], shorter)):
        return True  # a header line without the labels' cell
    return len(shorter) >= 2 and _same_column(shorter[0], longer[0]) and all(
        any(_same_column(cell, column) for column in longer) for cell in shorter)


def _same_column(a: tuple[int, str], b: tuple[int, str]) -> bool:
    return abs(a[0] - b[0]) <= _ALIGNED or abs(a[0] + len(a[1]) - b[0] - len(b[1])) <= _ALIGNED


def table_rows(layout: str, lenient: bool = False, trailing: bool = False) -> list[list[list[str]]]:
    """The tables of a page's layout text: runs of at least two lines of two or more cells each, their cells
    starting at the same columns (blank lines between rows are spacing, not the table's end). A line of one cell
    between two such rows labels the group of rows under it ("Leverandørprogrammet") and is a row of the table."""
    tables: list[list[list[str]]] = []
    run: list[list[tuple[int, str]]] = []
    label: list[tuple[int, str]] | None = None
    for cells in _marks_lowered([_cells(line) for line in layout.splitlines() if line.strip()]):
        if run and label is None and _continues(cells, run[-1], lenient):
            run[-1] = _joined(run[-1], cells)
            continue
        if len(cells) >= 2 and (not run or _aligned(cells, _last_row(run))):
            run += [label, cells] if label else [cells]
            label = None
            continue
        if len(cells) == 1 and run and label is None and cells[0][0] <= _first_cell(run) + _ALIGNED:
            label = cells
            continue
        if len(cells) == 1 and label is not None and abs(cells[0][0] - label[0][0]) <= _ALIGNED \
                and max(_end(cells[0]), _end(label[0])) < _labels_end(run):
            # A row label wrapped over two more lines, within the labels' column: "(24 Vicon-kameraer, optageareal 8
            # x 10" / "m) inkl. tekniker¹" (not a note under the table, as wide as the page).
            label = [(label[0][0], f"{label[0][1]} {cells[0][1]}")]
            continue
        if len(run) >= _MIN_ROWS:
            tables.append(_texts(run, label if trailing else None))
        run, label = ([cells] if len(cells) >= 2 else []), None
    if len(run) >= _MIN_ROWS:
        tables.append(_texts(run, label if trailing else None))
    return tables


def _marks_lowered(lines: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """The lines with a header line's raised footnote mark put onto the line under it: "1  2023  2024  2025" over
    "Nøgletal  2022" is the header "Nøgletal  2022  2023  2024  2025" (the mark held to find the plain text's "20221",
    then left out)."""
    lowered: list[list[tuple[int, str]]] = []
    for line in lines:
        above = lowered[-1] if lowered else []
        if len(above) >= 2 and len(line) >= 2 and _FOOTNOTE_MARK.fullmatch(above[0][1]) and line[0][0] < above[0][0] \
                and (marked := _under(*above[0], line[1:])) is not None \
                and not any(_same_column(cell, other) for cell in above[1:] for other in line):
            start, text = line[1 + marked]
            line = sorted([*line[: 1 + marked], (start, f"{text}{_RAISED}{above[0][1]}"), *line[2 + marked:], *above[1:]])
            lowered[-1] = line
        else:
            lowered.append(line)
    return lowered


_RAISED = "\x01"  # before a header cell's footnote mark: kept to find the cell's words, left out of the table


def _texts(run: list[list[tuple[int, str]]], label: list[tuple[int, str]] | None) -> list[list[str]]:
    """The rows' cell texts, and a line of one cell after the last row, which may be that row's label's last line
    ("Østersøregionen" under "Virksomheder, der har fået eksport til et nyt land i") or a heading after the table:
    with_tables tries it where the table without it is not found, and the plain text's word order says which."""
    within = label is not None and _end(label[0]) < _labels_end(run)  # not a note as wide as the page
    return [[_cell_text(text) for _, text in row] for row in (run + [label] if label and within else run)]


def _labels_end(run: list[list[tuple[int, str]]]) -> int:
    """Where the row labels' column ends: the nearest second cell of any row."""
    return min(row[1][0] for row in run if len(row) >= 2)


def _continues(cells: list[tuple[int, str]], row: list[tuple[int, str]], lenient: bool = False) -> bool:
    """A narrow column wraps its cells: "homogenisator og 500 l ostekar" under "Mejerilinje: pasteur, separator,",
    "dag  hel dag" under "Medlem, hel  Ikke-medlem,". Such a line goes on in lower case, each cell under one of the
    row's, and fewer than the row has (a group's label starts with a capital: "Testhallen"; a line of a two-column
    page's prose beside a table's row fills every cell)."""
    under = [row[i][1] if (i := _under(start, cell, row)) is not None else None for start, cell in cells]
    if len(row) <= len(cells) or None in under:
        return False
    # Or it leaves the row labels' column empty, each of its cells under a cell of words: "10 stk." under "pr.
    # prøveserie à". Under a figure it is the next row of a group labelled once ("2025  600 kr." under "2024  500 kr.").
    # Leniently, a line of words in capitals too ("Region Sydøst  B2B-matchmaking ..." under "Eksportfremme Sydøst,
    # Danmark  Leadpartner, ...  4.350"), which may as well be a row with its figures left out: the plain text's word
    # order decides (with_tables).
    # A footnote mark raised onto a line of its own under the row's label ("1" between "med tilskud fra" and
    # "netværket") goes on it too: held to the label's end (_wrapped).
    if len(cells) == 1 and _FOOTNOTE_MARK.fullmatch(cells[0][1]) and under[0] == row[0][1]:
        return True
    return cells[0][1][0].islower() or (cells[0][0] > row[0][0] + _ALIGNED and not any(
        _FIGURE.match(text) for text in under if text is not None)) or (
        lenient and len(cells) >= 2 and not any(_FIGURE.match(text) for _, text in cells))


def _under(start: int, text: str, row: list[tuple[int, str]]) -> int | None:
    """Which cell of `row` a wrapped line's cell stands under: the one starting where it starts, else the one its
    width meets, give or take a few columns (a header centred or set flush right: "virksomheder" / "2024" under
    "Nye")."""
    starting = [i for i, (other, _) in enumerate(row) if abs(start - other) <= _ALIGNED]
    if starting:
        return starting[0]
    meeting = [i for i, (other, cell) in enumerate(row)
               if start < other + len(cell) + _ALIGNED and other < start + len(text) + _ALIGNED]
    return meeting[0] if len(meeting) == 1 else None


def _joined(row: list[tuple[int, str]], cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`row` with each wrapped cell's text added to the cell it stands under."""
    more = {row[i][0]: text for start, text in cells if (i := _under(start, text, row)) is not None}
    return [(start, _wrapped(text, more[start]) if start in more else text) for start, text in row]


def _wrapped(text: str, more: str) -> str:
    """A cell's text and its next line: a word parted at its hyphen is one word again ("Ikke-" "medlem"), "energi-"
    before "og" is a suspended compound. A footnote mark raised onto a line of its own ("1" between "og 4" and "timers
    mødelokale pr. måned") is held to end the cell, where the plain text has it ("måned1")."""
    if _FOOTNOTE_MARK.fullmatch(more):
        return f"{text}{_HELD}{more}{_HELD}"
    held = re.fullmatch(rf"(.*){_HELD}(.+?){_HELD}", text, re.S)
    if held:
        return f"{_wrapped(held.group(1), more)}{held.group(2)}"
    if text.endswith("-") and more[:1].isalpha() and more.split()[0].lower() not in SUSPENSION_WORDS:
        return text + more
    return f"{text} {more}"


_HELD = "\x00"  # around a footnote mark held for the cell's end


def _cell_text(text: str) -> str:
    """A finished cell: a mark still held, the cell's last line, stays where it stood."""
    return text.replace(_HELD, " ", 1).replace(_HELD, "")


def _end(cell: tuple[int, str]) -> int:
    return cell[0] + len(cell[1])


def _last_row(run: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    return next(row for row in reversed(run) if len(row) >= 2)


def _first_cell(run: list[list[tuple[int, str]]]) -> int:
    """Where the table's row labels start: a group's label stands there too, not out in a column of figures."""
    return min(row[0][0] for row in run)


_GUTTER = 3  # how many blank character columns part two columns of text
_MIN_BESIDE = 4  # lines with text on both sides of the gutter: two columns, not a ragged right edge
_MAX_ACROSS = 0.15  # share of lines that may cross the gutter (a heading over both columns)


def _gutter(lines: list[str]) -> int | None:
    """Where a page of two text columns parts (the first character column of the right one), or None. pypdf's
    layout text puts a leaflet's columns side by side, so a table in the right column shares its lines with the
    left column's prose; its plain text gives the left column first."""
    lines = [line for line in lines if line.strip()]
    width = max((len(line) for line in lines), default=0)
    best, most = None, _MIN_BESIDE - 1
    for start in range(width // 4, width * 3 // 4):
        gap = slice(start - _GUTTER, start)
        across = sum(1 for line in lines if line[gap].strip())
        # Lines with text on both sides whose right-hand text starts there (or an indent further): the right column's
        # left edge, not a gap in a table of the left column ("141" and "168" of a row of figures).
        beside = sum(1 for line in lines
                     if not line[gap].strip() and line[:gap.start].strip() and line[start:start + 2 * _ALIGNED].strip())
        if beside > most and across <= _MAX_ACROSS * len(lines):
            best, most = start, beside
    return best


def _tables_by_column(layout: str) -> list[list[list[str]]]:
    """The tables of each column of a two-column page (none when the page has one column)."""
    lines = layout.splitlines()
    start = _gutter(lines)
    if start is None:
        return []
    left = "\n".join(line[:start] for line in lines)
    right = "\n".join(line[start:] for line in lines)
    return table_rows(left) + table_rows(right)


def with_tables(plain: str, layout: str) -> str:
    """`plain` with each table of `layout` written row by row in place of its words; when a table's words are not
    found in order (its lines also hold the other column's prose), the tables of each column instead."""
    tables = table_rows(layout)
    variants = [[table] for table in tables]
    if any(_find_words(plain, _words(table)) is None for table in tables):
        variants = [[table, extended] for table, extended in zip(tables, table_rows(layout, trailing=True))]
        variants += [[table] for table in _tables_by_column(layout)]
        variants += [[table] for table in table_rows(layout, lenient=True) if table not in tables]
    for candidates in variants:
        table, span = next((found for found in (_placed(candidate, plain) for candidate in candidates) if found[1]),
                           (candidates[0], None))
        if span is None:
            for candidate in (table, _wrapped_labels_joined(table)):
                trimmed, span = _without_trailing_lines(candidate, plain)
                if span is not None:
                    table = trimmed
                    break
        if span is None:
            continue
        rows = "\n".join("  ".join(" ".join(re.sub(f"{_RAISED}.*", "", cell).split()) for cell in row) for row in table)
        # On lines of their own, without blank lines around: a page of pypdf text has none, and the cleaning step
        # reads that as a page of wrapped lines.
        before, after = plain[:span[0]].rstrip(" "), plain[span[1]:].lstrip(" ")
        if any(_FIGURE.match(cell) for cell in table[0][1:]):  # no row names the columns: the lines over it may
            before = _header_joined(before, max(len(row) for row in table))
        plain = f"{before}{'' if not before or before.endswith(chr(10)) else chr(10)}{rows}{'' if after.startswith(chr(10)) or not after else chr(10)}{after}"
    return plain


def _placed(table: list[list[str]], plain: str) -> tuple[list[list[str]], tuple[int, int] | None]:
    """`table` and where its words stand in `plain`; else, with each row label wrapped onto a line of its own joined
    to its row: it reads as a group's label ("Cirkulær Byg Vest" under "LCA-beregninger med tilskud fra  19  37"),
    and the plain text, which gives the label's words before the row's figures, says it goes on the row above."""
    span = _find_words(plain, _words(table))
    if span is not None:
        return table, span
    joined = _wrapped_labels_joined(table)
    return joined, _find_words(plain, _words(joined))


_MIN_HEADER_WIDTH = 3  # two short lines over a table are as often a heading and a caption as its column names
_MAX_HEADER_CELL = 40


def _header_joined(before: str, width: int) -> str:
    """`before` (the text over a table without a header row) with its last `width` lines joined as that row, when
    they are column names one per line: "Pladstype / Pris pr. måned¹ / Depositum²" over "Flexplads  950  1.900"."""
    lines = before.rstrip("\n").split("\n")
    cells = [line.strip() for line in lines[-width:]]
    if width < _MIN_HEADER_WIDTH or len(lines) < width or any(
            not cell or len(cell) > _MAX_HEADER_CELL or cell.endswith((".", ":", ",")) or _FIGURE.match(cell) for cell in cells):
        return before
    return "\n".join([*lines[:-width], "  ".join(cells)]) + "\n"


_MAX_TRAILING = 3  # lines under a table at the page's end that may be the page's footer, not rows


def _without_trailing_lines(table: list[list[str]], plain: str) -> tuple[list[list[str]], tuple[int, int] | None]:
    """`table` without the last lines that keep its words from being found in order, and where it stands: the page's
    footer ("Energiklynge Vestkyst – Årsrapport 2025" and its page number, flush right as the figures above it) lines
    up with the rows in the layout text, and pypdf's plain text gives it first."""
    for end in range(len(table) - 1, max(len(table) - _MAX_TRAILING, _MIN_ROWS) - 1, -1):
        span = _find_words(plain, _words(table[:end]))
        if span is not None:
            return table[:end], span
    return table, None


_FOOTNOTE_MARK = re.compile(r"\d{1,2}|[*¹²³⁴⁵⁶⁷⁸⁹]")


def _wrapped_labels_joined(table: list[list[str]]) -> list[list[str]]:
    """`table` with each row of one cell joined to the first cell of the row above. A footnote mark raised above its
    label stands on the row above alone ("2  71 %  78 %" over "Belægningsgrad, Kvist Cowork"): it ends the label, as
    the plain text writes it ("Cowork2")."""
    joined: list[list[str]] = []
    for row in table:
        if len(row) == 1 and joined and len(joined[-1]) >= 2:
            above = joined[-1][0]
            label = f"{row[0]}{above}" if _FOOTNOTE_MARK.fullmatch(above) else f"{above} {row[0]}"
            joined[-1] = [label, *joined[-1][1:]]
        else:
            joined.append(row)
    return joined


def _words(table: list[list[str]]) -> str:
    return " ".join(" ".join(cell.replace(_RAISED, "").split()) for row in table for cell in row)


def _find_words(text: str, words: str) -> tuple[int, int] | None:
    """Where in `text` the words of `words` stand in order, whatever whitespace is between them: (start, end)."""
    # A word the table joins at its hyphen ("Ikke-medlem") the plain text may part at the line's end ("Ikke-\nmedlem").
    pattern = r"\s+".join(re.escape(word).replace(r"\-", r"-\s*") for word in words.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None
