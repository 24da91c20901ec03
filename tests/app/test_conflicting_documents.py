"""Two documents of different years give different figures for the same thing: the answer gives the newest
first, says that an older document states otherwise, and cites both with their years."""
import re
import shutil

import pytest

from tests.conftest import CORPUS, REPO, make_settings

STATUS_2013 = REPO / "tests" / "fixtures" / "many" / "related" / "status-2013.html"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from app.engine import Engine
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("conflict")
    settings = make_settings(root)
    shutil.copytree(CORPUS, settings.corpus_dir)
    shutil.copy(STATUS_2013, settings.corpus_dir / STATUS_2013.name)
    assert ingest(settings).failed == []
    return Engine(settings)


@pytest.mark.parametrize("question", [
    "Hvad var eksportværdien i Region Midtjylland i 2008?",
    "hvor stor var eksportværdien i region midtjylland i 2008",
])
def test_the_newer_figure_comes_first_and_the_older_is_cited_too(engine, question):
    answer = engine.ask(question)
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kort svar: 179.850 mio. kr. [1] (det nyeste dokument, 2013)"), answer.text
    older = lines.index("Ældre dokumenter oplyser noget andet:")
    assert "183.332 mio. kr." in " ".join(lines[older + 1:]) and "(2010)" in lines[older + 1]
    cited = {answer.sources[int(n) - 1].document for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert cited == {"status-2013.html", "status-evaluering-eksport-internationalisering-2010.txt"}
    assert {s.year for s in answer.sources} == {2013, 2010}


@pytest.fixture(scope="module")
def four_years(tmp_path_factory):
    """The 2010 evaluation plus three later reports that each count the advisor's meetings anew."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    related = REPO / "tests" / "fixtures" / "many" / "related"
    settings = make_settings(tmp_path_factory.mktemp("four"))
    shutil.copytree(CORPUS, settings.corpus_dir)
    for name in ("handlingsplan-eksport-2012.md", "eksportraadet-samarbejde-slutrapport-2011.pdf",
                 "udenlandske-kontorer-status-2016.txt"):
        shutil.copy(related / name, settings.corpus_dir / name)
    assert ingest(settings).failed == []
    return Engine(settings)


def test_every_document_with_a_figure_is_cited_newest_first(four_years):
    answer = four_years.ask("hvor mange virksomhedsmøder har internationaliseringsraadgiveren haft")
    lines = answer.text.splitlines()
    assert lines[0] == "Kort svar: 1.140 møder [1] (det nyeste dokument, 2016)", answer.text
    quoted_years = [int(y) for y in re.findall(r"” \[\d+\] \((\d{4})\)$", answer.text, re.M)]
    assert quoted_years == [2016, 2012, 2011, 2010], answer.text
    assert all(figure in answer.text for figure in ("1.140 møder", "512 møder", "446 møder", "373 møder"))
    # The reader is warned about the age of what the answer leads with, not of the oldest document quoted.
    assert "Kilden er fra 2016" in answer.text
