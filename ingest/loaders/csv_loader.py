"""CSV: a spreadsheet export (a list of grants, a price list) as a list, an item per row, each cell named by its column
("- virksomhed: Thy Fiskeeksport ApS, tilsagn kr: 62.500, …"): a row quoted alone still says what each figure is.
Danish exports separate cells with ";" (the comma is the decimal sign), others with "," or a tab: the separator is
sniffed, and so is whether the first row names the columns. Comment lines ("# Note: Fristen var 2. juni 2025.")
are text."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ingest.documents import LoadError, Page
from ingest.loaders.extracted import Extracted
from ingest.loaders.text_loader import decode_text

_SEPARATORS = ";,\t|"
_SNIFFED_CHARS = 8192
_FIGURE = re.compile(r"[\d\s.,:;%/+-]*\d[\d\s.,:;%/+-]*")


def extract(path: Path) -> Extracted:
    lines = decode_text(path.read_bytes(), path).splitlines()
    first_row = next((i for i, line in enumerate(lines) if line.strip() and not _is_comment(line)), len(lines))
    before = [_comment_text(line) for line in lines[:first_row] if line.strip()]
    records = [line for line in lines[first_row:] if line.strip() and not _is_comment(line)]
    after = [_comment_text(line) for line in lines[first_row:] if _is_comment(line)]
    paragraphs = [*before, "\n".join(f"- {row}" for row in _rows(records, path)), *after]
    return Extracted(pages=[Page(number=None, text="\n\n".join(p for p in paragraphs if p))])


def _rows(records: list[str], path: Path) -> list[str]:
    sample = "\n".join(records)[:_SNIFFED_CHARS]
    sniffer = csv.Sniffer()
    try:
        dialect: type[csv.Dialect] | csv.Dialect = sniffer.sniff(sample, delimiters=_SEPARATORS)
        sniffed_header = sniffer.has_header(sample)
    except csv.Error:  # one column, or no separator the sniffer is sure of
        dialect, sniffed_header = csv.excel, False
        separator = _steady_separator(records)
        if separator is not None:
            dialect = type("Sniffed", (csv.excel,), {"delimiter": separator})
    try:
        rows = [[" ".join(cell.split()) for cell in row] for row in csv.reader(records, dialect)]
    except csv.Error as error:
        raise LoadError(str(path), f"is not a readable CSV file ({error}); save it again as CSV (UTF-8)") from None
    rows = [row for row in rows if any(row)]
    # Column names hold no figures ("sagsnr", "tilsagn_kr"); a first row with a number, date or phone is data. The
    # sniffer alone takes the first of two rows of text for a header.
    has_header = len(rows) > 1 and not any(_FIGURE.fullmatch(cell) for cell in rows[0]) and (
        sniffed_header or not any(character.isdigit() for cell in rows[0] for character in cell))
    if not has_header:
        return [", ".join(cell for cell in row if cell) for row in rows]
    # "tilsagn_kr" is how a column is named in code; "tilsagn kr" is how people search for it.
    columns = [column.replace("_", " ").strip() for column in rows.pop(0)]
    # A separator typed in the last cell's text ("Pris er pr. deltager; lærlinge under 25 år gratis") is the text's.
    separator = getattr(dialect, "delimiter", ",")
    rows = [row[:len(columns) - 1] + [f"{separator} ".join(row[len(columns) - 1:])] if len(row) > len(columns) else row
            for row in rows]
    return [", ".join(f"{column}: {cell}" if column else cell for column, cell in zip(columns, row) if cell)
            for row in rows]


def _steady_separator(records: list[str]) -> str | None:
    """The separator the first row has and most rows have as often: ";" of "Dato;Arrangement;...;Beskrivelse" over rows
    whose descriptions hold commas ("Gennemgang af den nye tilskudsordning, frister og krav."), which the sniffer
    cannot choose between."""
    sample = records[:_STEADY_ROWS]
    best, steadiest = None, 0
    for separator in _SEPARATORS:
        count = sample[0].count(separator) if sample else 0
        steady = sum(line.count(separator) == count for line in sample) if count else 0
        if steady > steadiest and steady * 2 > len(sample):
            best, steadiest = separator, steady
    return best


_STEADY_ROWS = 50


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _comment_text(line: str) -> str:
    return line.strip().lstrip("#").strip()
