"""The records that flow through ingestion: a loaded document and its structural blocks (chunks: app/core/chunk.py)."""
from __future__ import annotations

from dataclasses import dataclass, field


class LoadError(Exception):
    """A file that cannot be ingested. The message names the file and says what to do."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class DocumentLimits:
    """How large one document may be (settings max_document_chars, max_unpacked_bytes); above that it is
    refused by name and reason instead of stalling ingest."""

    chars: int = 3_000_000
    unpacked_bytes: int = 100 * 1024 * 1024


@dataclass(frozen=True)
class DocumentMetadata:
    title: str
    year: int | None = None
    publisher: str | None = None
    language: str = "da"
    kind: str | None = None
    extra: dict[str, str] = field(default_factory=dict)  # other keys the file's metadata has (description, url)
    dated: str | None = None  # ISO date within `year` the document states (front matter, dateline), for ordering
    warnings: tuple[str, ...] = ()  # metadata problems the ingest report lists; the document still ingests


@dataclass
class Page:
    """Text of one page; `number` is 1-based, None for formats without pages (DOCX, HTML, text)."""

    number: int | None
    text: str


@dataclass
class LoadedDocument:
    source: str  # path relative to the corpus directory, POSIX style: the document's id
    format: str  # "pdf" | "docx" | "html" | "text" | "csv"
    pages: list[Page]
    metadata: DocumentMetadata
    content_hash: str  # sha256 of the file's bytes and its metadata sidecar
    headings: dict[str, int] = field(default_factory=dict)  # marked by the file's markup: text -> level


@dataclass
class Block:
    """A unit of structure: a paragraph, a list item, or a whole table with its header rows."""

    text: str
    section: str  # heading path, e.g. "1. Det strategiske samarbejde > 1.1 Den internationale platform"
    page: int | None
    kind: str = "paragraph"  # "paragraph" | "table" | "list"
