"""A municipal start-up house's pages: a 2023 news item naming the bank's contact for the micro-loan, and the loan's
2026 page naming the contact now, without naming the one before. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

NEWS_2023 = """---
title: "Nyt mikrolån til iværksættere: Kvistlånet åbner 1. september"
year: 2023
---
# Nyt mikrolån til iværksættere

Fra 1. september 2023 kan nye virksomheder i Hjortebro Kommune søge om lån på op til 100.000 kr.

"De virksomheder, der starter i dag, er vores erhvervskunder om ti år," siger erhvervsrådgiver Poul Erik Damgaard,
Ådalens Sparekasse, som er sparekassens kontaktperson for ordningen.
"""

LOAN_2026 = """---
title: Kvistlånet – mikrolån til nye virksomheder
year: 2026
---
# Kvistlånet

Kvistlånet er et mikrolån på op til 150.000 kr. til virksomheder, der er højst 3 år gamle.

## Kontakt

I Ådalens Sparekasse: Erhvervsrådgiver Henriette Lund Krog, tlf. 96 14 20 37, hlk@aadalens-sparekasse.dk.
"""

COURSE_PAGE = """<html><head><title>Eksportparat 2026 – tilmelding</title></head><body>
<h1>Eksportparat 2026 – tilmelding og praktisk information</h1>
<p><strong>Ny kontaktperson:</strong> Line Kjærgaard er på barsel fra 1. februar 2026 og resten af året.
I perioden er Mads Holmgaard Ravn kontaktperson for Eksportparat, tlf. 96 14 22 87, mhr@hjortebro.dk.</p>
<h2>Om forløbet</h2>
<p>Eksportparat er et forløb på 6 moduler for virksomheder, der vil i gang med at eksportere.</p>
</body></html>"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("startup_house"), {
        "nyhed-2023-kvistlaanet.md": NEWS_2023, "kvistlaanet.md": LOAN_2026, "eksportparat-tilmelding.html": COURSE_PAGE})


def test_whom_to_ask_when_the_named_contact_has_retired_is_the_one_the_newer_page_names(engine):
    """No document says who took over from Poul Erik: the page that does not name him names the contact now."""
    answer = engine.ask("hvem er kontaktperson i sparekassen for kvistlaan nu hvor poul erik er gået på pension")
    assert "Henriette Lund Krog" in where_a_reader_looks(answer.text), answer.text


def test_whom_to_call_while_the_contact_is_on_leave_is_whoever_the_page_names_for_the_time_being(engine):
    """"I perioden er Mads ... kontaktperson for Eksportparat" answers, though the page never writes "eksportforløbet"."""
    answer = engine.ask("nu hvor line er gaaet paa barsel, hvem skal jeg ringe til om eksportforloebet")
    assert "Mads Holmgaard Ravn" in where_a_reader_looks(answer.text) and "nævner ikke" not in answer.text, answer.text
