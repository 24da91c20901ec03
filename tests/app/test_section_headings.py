"""A passage's section heading is part of what it says: "Etableret i 1953." under the heading
"Hvidbjerg Sejlklub" answers "hvornår blev Hvidbjerg Sejlklub grundlagt?" (issue 12)."""
import pytest

from tests.conftest import make_settings

CLUB = ("---\ntitle: Hvidbjerg Sejlklub\ndescription: Om klubben\n---\n# Hvidbjerg Sejlklub\n\n"
        "Etableret i 1953. Klubben har i dag 240 medlemmer og en havn med 80 bådpladser.\n\n"
        "##Aktiviteter\nVi sejler kapsejlads hver onsdag fra maj til september.\n")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from app.engine import Engine
    from ingest.pipeline import ingest

    settings = make_settings(tmp_path_factory.mktemp("club"))
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "sejlklub.md").write_text(CLUB, encoding="utf-8")
    assert ingest(settings).failed == []
    return Engine(settings)


@pytest.mark.parametrize("question", ["Hvornår blev Hvidbjerg Sejlklub grundlagt?", "When was the sailing club founded?"])
def test_a_name_in_the_heading_counts_as_evidence(engine, question):
    answer = engine.ask(question)
    assert not answer.abstained, answer.decision
    assert answer.text.splitlines()[0] in ("Kort svar: 1953 [1]", "Short answer: 1953 [1]")


def test_a_name_neither_heading_nor_text_has_is_still_missing(engine):
    """Said whole: the documents name "Hvidbjerg Sejlklub", a sailing club, but not Lemvig's."""
    answer = engine.ask("Hvornår blev Lemvig Sejlklub grundlagt?")
    assert answer.decision["missing"] == ["Lemvig Sejlklub"], answer.decision
    assert answer.text.startswith("Dokumenterne nævner ikke Lemvig Sejlklub."), answer.text
