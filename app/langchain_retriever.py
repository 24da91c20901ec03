"""raadgiver's retrieval as a LangChain retriever, to plug into a chain of your own:

    from app.engine import Engine
    from app.langchain_retriever import RaadgiverRetriever

    retriever = RaadgiverRetriever(engine=Engine(get_settings()), k=5)
    retriever.invoke("hvor mange møder har rådgiveren haft?")  # -> [Document, ...], best first

The question is read the way the engine reads it (ae/oe/aa, typos, compounds, English names of Danish
bodies from the glossary), then searched with BM25 and the embedding model and fused. Each Document's
metadata carries what a citation needs: source, title, year, section, page, chunk_id, score and a
ready-made `citation` ("Title (2010), Section, s. 3 — file.txt")."""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from app.core.answer_types import Source


class RaadgiverRetriever(BaseRetriever):
    engine: Any = Field(description="an app.engine.Engine over an ingested index")
    k: int = Field(5, ge=1, description="how many passages to return")

    model_config = ConfigDict(arbitrary_types_allowed=True)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None
    ) -> list[Document]:
        return [to_document(source) for source in self.engine.passages(query, k or self.k)]


def to_document(source: Source) -> Document:
    """A passage as a LangChain Document, with its citation metadata (None values left out: Chroma-safe)."""
    metadata = {
        "source": source.document,
        "title": source.title,
        "year": source.year,
        "section": source.section,
        "page": source.page,
        "chunk_id": source.chunk_id,
        "score": source.score,
        "citation": source.citation(),
    }
    return Document(page_content=source.text, id=source.chunk_id,
                    metadata={key: value for key, value in metadata.items() if value is not None})
