"""What a format module returns: the document's pages plus the title and year the file itself suggests."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from ingest.documents import Page


@dataclass
class Extracted:
    pages: list[Page]
    title_hint: str | None = None  # PDF /Title, DOCX core title, HTML <title>, Markdown first "# heading"
    year_hint: int | None = None  # PDF /CreationDate, DOCX created date
    date_hint: datetime.date | None = None  # a web page's date <meta> or "Senest opdateret" line, when a whole date
    heading_hint: str | None = None  # a plain-text file's first line when it reads as a heading, a page's <h1>
    # The headings the file's markup marks (Markdown "#", HTML <h1>-<h6>, Word's Heading styles): text -> level.
    # Empty for formats without markup (PDF, plain text), whose headings are recognised from their text alone.
    headings: dict[str, int] = field(default_factory=dict)
