"""The file types raadgiver reads, by suffix: what ingest loads and what the API accepts as an upload."""
from __future__ import annotations

# suffix -> LoadedDocument.format
DOCUMENT_FORMATS = {".txt": "text", ".md": "text", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html",
                    ".csv": "csv"}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(DOCUMENT_FORMATS)
