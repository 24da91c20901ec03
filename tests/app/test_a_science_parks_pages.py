"""A science park's pages beside the seed corpus: a plain-text staff list of cards under departments in capitals,
a loan fund's plain-text rules with a question in capitals as a heading, one programme's contact of two years, and
an undated price list beside another document's figure of a year. Written for these tests (fictional). Years are
this year and two before, so "i år" stays this year's whenever the tests run."""
import datetime
from pathlib import Path

import pytest

from tests.conftest import engine_beside_corpus

THIS_YEAR = datetime.date.today().year
EARLIER = THIS_YEAR - 2

STAFF = """INNOVATIONSHUS KRAGELUND – MEDARBEJDERE

Innovationshus Kragelund ledes af direktør Britta Holmgaard Vest og har 11 medarbejdere.

Reception
Tlf. 86 20 40 00 – post@innohus-kragelund.dk

LEDELSE

Britta Holmgaard Vest
Direktør
Tlf. 86 20 40 01 – bhv@innohus-kragelund.dk
Strategi, bestyrelse og presse.

DRIFT OG LABORATORIER

Torben Lysgaard
Driftschef
Tlf. 86 20 40 30 – tl@innohus-kragelund.dk
Leje af kontorer, nøglekort og fremvisninger.

Nanna Kirstine Bech
Laboratorieleder, cand.scient. Tlf. 86 20 40 33 – nkb@innohus-kragelund.dk
Laboratoriesikkerhed, kemikalier og affald.

Jesper Aagaard Lund
Erhvervskonsulent
Tlf. 86 20 40 17 – jal@innohus-kragelund.dk
Spirespor og sparring om forretningsplaner.
"""

FUND = """KRAGELUND LÅNEFOND
Lån til små virksomheder i Kragelund Kommune

Kragelund Lånefond blev oprettet i 2018 af kommunen og Innovationshus Kragelund.

HVEM KAN SØGE?

- Virksomheden skal have adresse i Kragelund Kommune og være under 10 år.
- Fonden yder ikke lån til fast ejendom eller til refinansiering af eksisterende gæld.

PRODUKTER

1) Spirelån

Lån på mellem 100.000 kr. og 800.000 kr. til udstyr og produktudvikling. Renten er fast 7 % p.a.
"""

SPIRESPOR_EARLIER = f"""---
title: Spirespor {EARLIER}
year: {EARLIER}
---

# Spirespor {EARLIER}

Spirespor er et forløb på fire måneder for virksomheder under tre år.

## Kontakt

Spørgsmål om Spirespor {EARLIER} rettes til konsulent Mikala Thorup, tlf. 86 20 40 12.
"""

SPIRESPOR_NOW = f"""---
title: Spirespor {THIS_YEAR}
year: {THIS_YEAR}
---

# Spirespor {THIS_YEAR}

Spirespor er et forløb på fire måneder for virksomheder under tre år. Forløbet er gratis.

## Kontakt

Fra {THIS_YEAR} står erhvervskonsulent Jesper Aagaard Lund for Spirespor, tlf. 86 20 40 17.
"""

PRICES = """---
title: Lokaler i Innovationshus Kragelund
---

# Lokaler

## Priser

- Kontorplads i fælleskontoret: 1.400 kr. pr. måned
- Eget kontor på 12 m²: 3.900 kr. pr. måned
"""

POOL = f"""---
title: Udviklingspuljen {EARLIER}
year: {EARLIER}
---

# Udviklingspuljen {EARLIER}

Puljens samlede ramme i {EARLIER} er 2 mio. kr., og der gives tilskud til kontorudstyr og prototyper.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("science_park"), {
        "medarbejdere.txt": STAFF, "laanefond.txt": FUND, f"spirespor-{EARLIER}.md": SPIRESPOR_EARLIER,
        f"spirespor-{THIS_YEAR}.md": SPIRESPOR_NOW, "lokaler.md": PRICES, "udviklingspuljen.md": POOL})


def quotes(answer) -> list[str]:
    return [line for line in answer.text.splitlines() if line.startswith("“")]


def test_an_offer_only_an_added_document_writes_is_asked_of_the_documents_not_the_catalogue(engine):
    """The catalogue lists the 2010 programmes; "spirelån" is the loan fund's, whose rules (under "HVEM KAN
    SØGE?") answer."""
    answer = engine.ask("kan vi bruge et spirelån til at refinansiere vores gamle banklån? vi er 6 aar og har 15 ansatte")
    assert answer.route == "documents" and not answer.abstained, answer.text
    assert {Path(source.document).name for source in answer.sources} == {"laanefond.txt"}, answer.text


def test_a_loan_verb_finds_the_noun_the_rules_write(engine):
    answer = engine.ask("kan man bruge et spirelån til at refinansiere gammel gæld?")
    assert quotes(answer)[0].startswith("“- Fonden yder ikke lån til fast ejendom eller til refinansiering"), answer.text


def test_this_years_contact_is_the_newer_documents(engine):
    answer = engine.ask("hvem skal jeg snakke med om spirespor i aar")
    assert not answer.abstained and "Jesper Aagaard Lund" in quotes(answer)[0], answer.text


def test_another_documents_year_beside_an_undated_price_does_not_date_it(engine):
    """The price list names no year; the pool's "ramme i <year>" beside it is no price of that year."""
    answer = engine.ask(f"hvad kostede en kontorplads i {EARLIER}")
    assert answer.abstained and str(EARLIER) in answer.text.split(".")[0], answer.text


@pytest.mark.parametrize(("question", "person", "number"), [
    ("who do i contact about chemicals and lab safety?", "Nanna Kirstine Bech", "86 20 40 33"),
    ("hvem skal jeg ringe til om nøglekort", "Torben Lysgaard", "86 20 40 30"),
])
def test_a_staff_lists_card_answers_for_what_its_own_lines_say(engine, question, person, number):
    """Each card of the list is about its own lines, the one under its number too; its name comes with it, though
    its post and number share a line ("Laboratorieleder, cand.scient. Tlf. ...")."""
    answer = engine.ask(question)
    assert not answer.abstained, answer.text
    assert person in answer.text and number in answer.text, answer.text


def test_a_fact_asked_after_the_companys_size_is_that_fact_not_a_size_rule(engine):
    """"hvad er renten" after "vi er 15 ansatte og 6 år gamle": the loan's rate, not the rule the age fits."""
    answer = engine.ask("vi er 15 ansatte og 6 år gamle og overvejer et spirelån, hvad er renten?")
    assert not answer.abstained and quotes(answer)[0] == "“Renten er fast 7 % p.a.” [1]", answer.text


def test_her_number_is_the_number_of_whom_the_first_part_named(engine):
    answer = engine.ask("hvem er direktør for innovationshuset og hvad er hendes tlf nr")
    first, second = answer.text.split("\n2) ")
    assert "Britta Holmgaard Vest" in first and "86 20 40 01" in second, answer.text
