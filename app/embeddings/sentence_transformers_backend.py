"""Any sentence-transformers model by name or local path (e.g. multilingual-e5-base/large where a deployment
can fetch them). e5 models need "query: " / "passage: " prefixes; they are added when the name says e5."""
from pathlib import Path

from app.embeddings import RaadgiverEmbeddings


class SentenceTransformerEmbeddings(RaadgiverEmbeddings):
    backend = "sentence-transformers"

    def __init__(self, model_name_or_path: str):
        from sentence_transformers import SentenceTransformer

        if not model_name_or_path:
            raise ValueError("RAADGIVER_EMBEDDING_MODEL is empty: set it to a sentence-transformers model name or path")
        try:
            self._model = SentenceTransformer(model_name_or_path, device="cpu")
        except Exception as exc:  # the library's own errors do not say which setting to change
            raise ValueError(
                f"RAADGIVER_EMBEDDING_MODEL={model_name_or_path!r} could not be loaded ({exc}); "
                "give a local model directory or a model this machine can reach"
            ) from exc
        self.model = Path(model_name_or_path).name if Path(model_name_or_path).exists() else model_name_or_path
        dimension = self._model.get_embedding_dimension()
        if dimension is None:
            raise ValueError(f"RAADGIVER_EMBEDDING_MODEL={model_name_or_path!r} does not say its embedding dimension; "
                             "use a sentence-transformers embedding model")
        self.dimension = int(dimension)
        is_e5 = "e5" in self.model.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        prefixed = [self._passage_prefix + text for text in texts]
        return self._model.encode(prefixed, normalize_embeddings=True, batch_size=32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode([self._query_prefix + text], normalize_embeddings=True)[0].tolist()
