"""Generators of real test files: one Danish sample document rendered as PDF (fpdf2), DOCX (python-docx)
and HTML, so the loaders are checked against files made the way real tools make them."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HEADING = "Eksport og internationalisering i Region Midtjylland"
PARAGRAPH_BEFORE_TABLE = (
    "Da det danske hjemmemarked i international sammenhæng er meget lille, er den danske økonomi helt "
    "afhængig af eksporten. I 2008 udgjorde den samlede danske eksportværdi 846.462 mio. kr., og andelen "
    "af små virksomheder med eksport var 38,5 % i Østjylland."
)
TABLE = [["Gennemførte forløb", "2008", "2009"], ["Region Midtjylland", "208", "288"]]
PARAGRAPH_AFTER_TABLE = "Tabellen viser, at flere virksomheder gik i gang med eksport, også på nye markeder i Asien."
TITLE = "Status for eksportindsatsen"

# The sample document as (kind, content) blocks, in reading order.
SAMPLE_BLOCKS: list[tuple[str, object]] = [
    ("heading", HEADING),
    ("paragraph", PARAGRAPH_BEFORE_TABLE),
    ("table", TABLE),
    ("paragraph", PARAGRAPH_AFTER_TABLE),
]


def collapsed(text: str) -> str:
    """Text with every run of whitespace turned into one space: how the formats are compared."""
    return " ".join(text.split())


def sample_text_collapsed() -> str:
    parts = []
    for kind, content in SAMPLE_BLOCKS:
        if kind == "table":
            parts.extend(cell for row in content for cell in row)
        else:
            parts.append(content)
    return collapsed(" ".join(parts))


def write_pdf(path: Path, blocks=SAMPLE_BLOCKS, *, extra_pages: list[str] = (), title: str | None = TITLE) -> Path:
    """The blocks on page 1, then one page per string in `extra_pages`. fpdf2's core Helvetica font is
    latin-1, which covers æ, ø and å."""
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    for kind, content in blocks:
        if kind == "heading":
            pdf.set_font("Helvetica", style="B", size=14)
            pdf.multi_cell(0, 8, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "paragraph":
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 6, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:  # a table: one cell per column, rows on their own lines
            pdf.set_font("Helvetica", size=11)
            for row in content:
                for width, cell in zip((70, 25, 25), row):
                    pdf.cell(width, 7, cell)
                pdf.ln(7)
        pdf.ln(4)
    for text in extra_pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.write_bytes(bytes(pdf.output()))
    return path


def write_docx(path: Path, blocks=SAMPLE_BLOCKS, *, title: str | None = TITLE) -> Path:
    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, content in blocks:
        if kind == "heading":
            document.add_heading(content, level=1)
        elif kind == "paragraph":
            document.add_paragraph(content)
        else:
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for row, values in zip(table.rows, content):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    document.save(str(path))
    return path


def sample_html(blocks=SAMPLE_BLOCKS, *, title: str = TITLE) -> str:
    body = []
    for kind, content in blocks:
        if kind == "heading":
            body.append(f"<h1>{content}</h1>")
        elif kind == "paragraph":
            body.append(f"<p>{content}</p>")
        else:
            header, *rows = content
            lines = ["<table>", "<tr>" + "".join(f"<th>{c}</th>" for c in header) + "</tr>"]
            lines += ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
            body.append("\n".join(lines + ["</table>"]))
    return (
        f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>{title}</title></head>\n'
        "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body></html>\n"
    )


def write_html(path: Path, blocks=SAMPLE_BLOCKS) -> Path:
    path.write_text(sample_html(blocks), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    return root
