"""What a format module returns: the document's pages plus the title and year the file itself suggests."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.documents import Page


@dataclass
class Extracted:
    pages: list[Page]
    title_hint: str | None = None  # PDF /Title, DOCX core title, HTML <title>, Markdown first "# heading"
    year_hint: int | None = None  # PDF /CreationDate, DOCX created date
    heading_hint: str | None = None  # a plain-text file's first line, when it reads as a heading
