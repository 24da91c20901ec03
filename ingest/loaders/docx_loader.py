"""DOCX: paragraphs and tables in the order they appear in the body, so a table stays between the
paragraphs that introduce and discuss it."""
from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.table import Table

from ingest.documents import LoadError, Page
from ingest.loaders.extracted import Extracted

# python-docx's built-in template carries this creation date; documents it writes keep it unless set.
_PYTHON_DOCX_TEMPLATE_CREATED = datetime.datetime(2013, 12, 23, 23, 15)


def check_unpacked_size(path: Path, limit: int) -> None:
    """Refuse a DOCX that unpacks to more than `limit` bytes before python-docx parses it: a few KB of ZIP
    can hold hundreds of MB of XML, which would hold ingest (and memory) for minutes or hours."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise LoadError(str(path), f"is damaged or is not a Word document ({error}); open it in Word and save it "
                                   "again as .docx") from None
    if unpacked > limit:
        raise LoadError(
            str(path),
            f"unpacks to {unpacked / 1048576:,.0f} MB, more than the limit of {limit / 1048576:,.0f} MB "
            "(RAADGIVER_MAX_UNPACKED_BYTES); save it again from Word (that drops padding), split it, or raise the limit",
        )


def extract(path: Path) -> Extracted:
    # python-docx raises zip, XML, KeyError and its own errors on damaged files; all mean the same to a user.
    try:
        document = docx.Document(str(path))
        blocks, headings = _body_blocks(document)
        properties = document.core_properties
        title = (properties.title or "").strip() or _title_paragraph(document)
        created = properties.created
        if created is not None and created.replace(tzinfo=None) == _PYTHON_DOCX_TEMPLATE_CREATED:
            created = None  # a template's date, not the document's
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
        headings=headings,
    )


def _title_paragraph(document: Document) -> str | None:
    """The text of the first paragraph styled "Title", Word's title line, for a file whose properties name none."""
    for paragraph in document.paragraphs[:10]:
        if paragraph.style is not None and paragraph.style.name == "Title" and paragraph.text.strip():
            return " ".join(paragraph.text.split())
    return None


def _body_blocks(document: Document) -> tuple[list[str], dict[str, int]]:
    """One string per non-empty paragraph (headings included: each is its own paragraph) or table, and the
    paragraphs styled as headings ("Heading 2", Word's built-in names whatever the user's language) with levels."""
    blocks = []
    headings: dict[str, int] = {}
    for item in document.iter_inner_content():
        text = _table_text(item) if isinstance(item, Table) else item.text.strip()
        if text and not isinstance(item, Table) and _is_list_item(item):
            text = "- " + text  # marked, so cleaning keeps it a list item, not a heading
        elif text and not isinstance(item, Table) and (level := _heading_level(item)):
            headings.setdefault(" ".join(text.split()), level)
        if text:
            blocks.append(text)
    return blocks, headings


_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*([1-9])$", re.IGNORECASE)


def _heading_level(paragraph) -> int | None:
    """1 for a "Heading 1" paragraph, 2 for "Heading 2" …; None for any other style."""
    style = paragraph.style.name if paragraph.style is not None else ""
    match = _HEADING_STYLE.match(style or "")
    return int(match.group(1)) if match else None


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
