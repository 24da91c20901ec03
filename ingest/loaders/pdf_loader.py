"""PDF: one Page per PDF page, text from pypdf, its tables with their columns (ingest/loaders/pdf_tables.py).
Line breaks stay as pypdf gives them; the cleaning step joins wrapped lines later."""
from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError

from ingest.documents import LoadError, Page
from ingest.loaders.extracted import Extracted
from ingest.loaders.pdf_tables import with_tables

_NEEDS_CRYPTOGRAPHY = (
    "is encrypted with AES, which needs the Python package 'cryptography' to read; install it "
    "(pip install cryptography) or save the PDF again without encryption"
)


def extract(path: Path) -> Extracted:
    # pypdf raises many exception types on malformed files (its own, KeyError, ValueError, ...), so every
    # failure while parsing is reported as a damaged file.
    try:
        reader = PdfReader(path)
    except Exception as error:
        raise _damaged(path, error) from None
    if reader.is_encrypted:
        _decrypt(reader, path)
    pages = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            pages.append(Page(number=number, text=with_tables(page.extract_text(), page.extract_text(extraction_mode="layout"))))
    except DependencyError:
        raise LoadError(str(path), _NEEDS_CRYPTOGRAPHY) from None
    except Exception as error:
        raise _damaged(path, error, page=len(pages) + 1) from None
    title, year = _hints(reader)
    return Extracted(pages=pages, title_hint=title, year_hint=year)


def _decrypt(reader: PdfReader, path: Path) -> None:
    """Open an encrypted PDF with the empty user password: many PDFs are encrypted only to restrict
    printing or copying, and open without a password."""
    try:
        opened = reader.decrypt("")
    except DependencyError:
        raise LoadError(str(path), _NEEDS_CRYPTOGRAPHY) from None
    except Exception as error:
        raise _damaged(path, error) from None
    if not opened:
        raise LoadError(str(path), "is password-protected; remove the password and ingest again")


def _damaged(path: Path, error: Exception, page: int | None = None) -> LoadError:
    where = f" on page {page}" if page else ""
    return LoadError(
        str(path),
        f"is damaged and cannot be read as a PDF{where} ({type(error).__name__}: {error}); "
        "re-export it from the program that made it, or download it again",
    )


def _hints(reader: PdfReader) -> tuple[str | None, int | None]:
    """Title and creation year from the document information; absent or malformed values give None,
    because hints are optional and must never fail a load."""
    try:
        info = reader.metadata
        raw_title = info.get("/Title") if info else None
        raw_date = info.get("/CreationDate") if info else None
    except Exception:
        return None, None
    title = str(raw_title).strip() if raw_title is not None else ""
    date = re.match(r"(?:D:)?(\d{4})", str(raw_date)) if raw_date is not None else None
    return title or None, int(date.group(1)) if date else None
