"""DOCX: paragraphs and tables in the order they appear in the body, so a table stays between the
paragraphs that introduce and discuss it."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.table import Table

from ingest.documents import LoadError, Page
from ingest.loaders.extracted import Extracted


def extract(path: Path) -> Extracted:
    # python-docx raises zip, XML, KeyError and its own errors on damaged files; all mean the same to a user.
    try:
        document = docx.Document(str(path))
        blocks = _body_blocks(document)
        title = (document.core_properties.title or "").strip() or None
        created = document.core_properties.created
    except Exception as error:
        raise LoadError(
            str(path),
            f"is damaged or is not a Word document ({type(error).__name__}: {error}); "
            "open it in Word and save it again as .docx",
        ) from None
    return Extracted(
        pages=[Page(number=None, text="\n\n".join(blocks))],
        title_hint=title,
        year_hint=created.year if created else None,
    )


def _body_blocks(document: Document) -> list[str]:
    """One string per non-empty paragraph (headings included: each is its own paragraph) or table."""
    blocks = []
    for item in document.iter_inner_content():
        text = _table_text(item) if isinstance(item, Table) else item.text.strip()
        if text and not isinstance(item, Table) and _is_list_item(item):
            text = "- " + text  # marked, so cleaning keeps it a list item, not a heading
        if text:
            blocks.append(text)
    return blocks


def _is_list_item(paragraph) -> bool:
    """Word list paragraphs: a "List ..." style or numbering properties (w:numPr)."""
    style = paragraph.style.name if paragraph.style is not None else ""
    return style.startswith("List") or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None


def _table_text(table: Table) -> str:
    """One line per row, cells joined by two spaces. A merged cell is listed once per grid column by
    python-docx, so repeats of the same cell within a row are dropped."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if cell._tc in seen:  # _tc: the cell's XML element, the same object for every repeat
                continue
            seen.add(cell._tc)
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append("  ".join(cells))
    return "\n".join(lines)
