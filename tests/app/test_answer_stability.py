"""An answer about the corpus must not change because unrelated documents are indexed beside it (issue 12):
every question of the project's eval files, asked with the corpus alone and with the 19 unrelated documents
of tests/fixtures/many/unrelated beside it, gets the same outcome (answered or not and why, the short answer,
the first quote). `python benchmarks/stability.py` prints the same comparison."""
import shutil

import pytest

from benchmarks.stability import EVAL_FILES, UNRELATED, outcome, questions
from tests.conftest import make_settings

# Measured exceptions (13 of 152), strict xfail so that a fix shows up here:
# - off-topic questions that the seed corpus rightly declines now find a nearby unrelated passage (Aarhus,
#   a phone number, a recipe) above the abstention bar, which was calibrated on one document;
# - the normaliser splits compounds against the whole corpus's vocabulary, so a word an unrelated document
#   uses ("fremover") changes the question's terms;
# - BM25's corpus-wide statistics reorder the corpus's own passages (rank changes), which moves a runner-up.
KNOWN_UNSTABLE = {
    "Hvilke nye innovationscentre og initiativer fik ekstra statslige midler?",
    "Hvad er åbningstiderne for Rådhuset i Viborg?",
    "when does the export council projekt end?",
    "hvad er telefonnummeret til væksthus midtjylland",
    "what's the weather going to be like in aarhus tomorrow",
    "hvordan søger jeg om boligstøtte",
    "hvad er planen fremover med eksportraadet",
    "hvordan bliver vejret i aarhus i morgen",
    "what's a good recipe for smørrebrød",
    "Hvornår blev kontoret i St. Petersborg lukket?",
    "What is the weather like in Aarhus?",
    "Hvad er budgettet for Shanghai-initiativet?",
    "Hvem er borgmester i Aarhus?",
}
ASKED = list(dict.fromkeys(questions(EVAL_FILES)))


@pytest.fixture(scope="module")
def beside_engine(tmp_path_factory):
    from app.engine import Engine
    from ingest.pipeline import ingest
    from tests.conftest import CORPUS

    root = tmp_path_factory.mktemp("beside")
    settings = make_settings(root)
    shutil.copytree(CORPUS, settings.corpus_dir)
    shutil.copytree(UNRELATED, settings.corpus_dir / "unrelated")
    report = ingest(settings)
    assert report.failed == [], report.summary()
    return Engine(settings)


@pytest.mark.parametrize("question", [
    pytest.param(q, marks=pytest.mark.xfail(strict=True, reason="measured instability")) if q in KNOWN_UNSTABLE else q
    for q in ASKED
], ids=[q[:50] for q in ASKED])
def test_an_answer_stays_the_same_with_unrelated_documents_beside_the_corpus(seed_engine, beside_engine, question):
    assert outcome(beside_engine.ask(question)) == outcome(seed_engine.ask(question))
