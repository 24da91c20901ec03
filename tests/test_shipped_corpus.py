"""The shipped corpus/ itself (the rest of the suite asks the frozen copy in tests/fixtures/seed_corpus/):
what staff edit must still ingest, and its configuration files must load and agree with its documents."""
import shutil

from app.glossary import Glossary
from app.programmes.catalogue import load_catalogue, validate_quotes
from ingest.pipeline import ingest
from tests.conftest import SHIPPED_CORPUS, make_settings


def test_the_shipped_corpus_ingests_with_no_failure(tmp_path):
    settings = make_settings(tmp_path)
    shutil.copytree(SHIPPED_CORPUS, settings.corpus_dir)
    report = ingest(settings)
    assert report.ok and report.added, report.summary()


def test_the_shipped_catalogue_loads_and_quotes_its_documents_verbatim():
    programmes = load_catalogue(SHIPPED_CORPUS / "programmes.yaml")
    assert programmes
    texts = {p.source: (SHIPPED_CORPUS / p.source).read_text(encoding="utf-8") for p in programmes}
    assert validate_quotes(programmes, texts) == []


def test_the_shipped_glossary_loads():
    assert Glossary.load(SHIPPED_CORPUS / "glossary.yaml").danish_for("the Trade Council")
