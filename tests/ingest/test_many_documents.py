"""The many-document test corpus (tests/fixtures/many, 26 documents written for the tests in every format,
with front matter and sidecars as found in the wild) ingests completely, with its titles, years and the
metadata keys raadgiver has no field for, and its facts are answerable."""
from pathlib import Path

import pytest
import yaml

from ingest.pipeline import ingest, list_documents
from tests.conftest import REPO, make_settings

MANY = REPO / "tests" / "fixtures" / "many"
QUESTIONS = yaml.safe_load((MANY / "questions.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    import shutil

    root = tmp_path_factory.mktemp("many")
    settings = make_settings(root)
    shutil.copytree(MANY / "related", settings.corpus_dir / "related")
    shutil.copytree(MANY / "unrelated", settings.corpus_dir / "unrelated")
    return settings, ingest(settings)


def test_every_document_ingests_with_its_title_and_year(many):
    settings, report = many
    assert report.failed == [], report.summary()
    documents = {Path(d.source).name: d for d in list_documents(settings)}
    formats = {Path(name).suffix for name in documents}
    assert len(documents) == 26 and formats == {".md", ".html", ".txt", ".docx", ".pdf", ".csv"}
    assert documents["handlingsplan-eksport-2012.md"].year == 2012
    assert documents["ventetider-sygehus-2019.txt"].title != "Ventetider sygehus 2019"  # from its sidecar
    # From the Danish key "titel:" in its front matter, not from the file name or its first heading.
    assert documents["skolemadpolitik-2014.md"].title == "Mad- og måltidspolitik for skolerne i Rørdal Kommune"
    # A year wherever the file states one: in its name, front matter, sidecar or properties.
    dated = [name for name in documents if any(str(year) in name for year in range(2000, 2030))]
    assert all(documents[name].year for name in dated), [n for n in dated if not documents[n].year]


def test_metadata_problems_are_warnings_that_name_file_and_key(many):
    _, report = many
    problems = {Path(source).name: problem for source, problem in report.warnings}
    assert "not valid YAML" in problems["klimatilpasning-2016.md"]
    assert "'tolv'" in problems["lokalhistorie-andelsmejeriet.md"]
    assert "unknown key 'yaer'" in problems["affaldssortering-2022.md"]


@pytest.fixture(scope="module")
def many_engine(many):
    from app.engine import Engine

    return Engine(many[0])


# b12, the PDF route table, is answered since a row that heads nothing but the next row is text, not a heading.
# b06, the top scorer, is answered since a quote naming no year counts as of its document's year.
@pytest.mark.parametrize("case", QUESTIONS["questions"], ids=[c["id"] for c in QUESTIONS["questions"]])
def test_a_fact_in_any_format_is_answered_from_its_document(many_engine, case):
    answer = many_engine.ask(case["question"])
    assert not answer.abstained, answer.decision
    flat = " ".join(answer.text.split())
    assert case["expected"] in flat, answer.text
    assert Path(answer.sources[0].document).name == case["document"]


def test_a_waiting_time_is_a_duration_read_from_its_table(many_engine):
    """"hvor lang ventetid" asks for a time, not a length: the hospital's weeks table answers."""
    answer = many_engine.ask("hvor lang ventetid er der paa en ny hofte")
    assert not answer.abstained and "Forventet ventetid i uger, Nyt hofte: Rørdal: 14" in answer.text, answer.text


def test_how_often_is_answered_by_the_sentence_saying_how_often(many_engine):
    """Asked in English of a Danish strategy, "how often" finds the group that "mødes to gange om året"."""
    answer = many_engine.ask("how often does the tourism partnership meet")
    assert not answer.abstained and "mødes to gange om året" in answer.text, answer.text


def test_when_something_new_opens_is_a_date_not_opening_hours(many_engine):
    answer = many_engine.ask("hvornaar aabner den nye bro")
    assert answer.text.startswith("Kort svar: 4. december 2021"), answer.text
