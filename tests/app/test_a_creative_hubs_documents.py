"""A creative industries hub's price list, loan page, annual report and English page. Written for these tests
(fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

PRICES = """---
title: Lokaler og lydstudie – priser 2026
year: 2026
---
# Lokaler og lydstudie

## Lydstudiet

Studiet har et kontrolrum og en optagesal på 60 m² med 16 Neumann-mikrofoner.

- Nyhed: Lydstudiet er udvidet med 4 nye mikrofoner

## Priser 2026

| Ydelse | Enhed | Medlemmer | Ikke-medlemmer |
|---|---|---|---|
| Studie med kontrolrum | pr. time | 450 kr. | 700 kr. |
| Studie med kontrolrum | pr. dag (8 timer) | 3.100 kr. | 4.900 kr. |
| Tekniker til lydstudiet | pr. time | 380 kr. | 380 kr. |
| Mastering af lydfiler fra lydstudiet | pr. minut færdig lyd | 200 kr. | 320 kr. |
"""

LOAN = """---
title: Produktionslån til kreative virksomheder
year: 2026
---
# Produktionslån til kreative virksomheder

## Hvem kan låne?

For at kunne søge skal virksomheden:

- have færre end 20 ansatte og en årsomsætning på under 15 mio. kr.
- have mindst ét afsluttet regnskabsår

## Vilkår

Der kan lånes mellem 50.000 og 400.000 kr. pr. virksomhed. Renten er 5,25 % om året.
"""

ANNUAL_REPORT = """---
title: Årsberetning 2025 – Kreativt Hus Sønderå
year: 2025
---
# Årsberetning 2025

## Forord

Vi rådgav 173 virksomheder – flere end nogensinde – og de virksomheder, vi har arbejdet med, tiltrak tilsammen
31,5 mio. kr. i privat kapital.
"""

PLAN = """---
title: Handlingsplan 2026–2028
year: 2026
---
# Handlingsplan 2026–2028

## Status

Kun 22 % af de virksomheder, vi rådgav i 2025, lå uden for Sønderå by. Det skal ændres.
"""

ENGLISH = """For international companies – Kreativt Hus Sønderå

What we offer

- Sound studio for rent, from DKK 450 per hour for members
- Mentors for founders from abroad
- Help with finding an office in Sønderå
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("creative_hub"), {
        "lokaler-priser-2026.md": PRICES, "produktionslaan.md": LOAN, "aarsberetning-2025.md": ANNUAL_REPORT, "handlingsplan.md": PLAN,
        "international.txt": ENGLISH})


def test_the_price_for_a_whole_day_is_the_row_per_day_not_one_per_hour(engine):
    answer = engine.ask("hvad koster lydstudiet for en hel dag, vi er ikke medlemmer")
    assert "4.900 kr." in where_a_reader_looks(answer.text), answer.text


def test_the_most_one_may_borrow_is_no_limit_on_the_borrowers_turnover(engine):
    answer = engine.ask("hvor meget kan man max låne i produktionslånet")
    assert "400.000 kr." in where_a_reader_looks(answer.text) and "15 mio." not in where_a_reader_looks(answer.text), \
        answer.text


def test_how_many_were_helped_is_a_count_not_a_share_of_them(engine):
    answer = engine.ask("hvor mange virksomheder rådgav i i 2025?")
    assert "173" in where_a_reader_looks(answer.text) and "22 %" not in where_a_reader_looks(answer.text), answer.text


def test_how_many_there_are_is_not_how_many_were_added(engine):
    answer = engine.ask("hvor mange mikrofoner har i i lydstudiet")
    assert "16" in where_a_reader_looks(answer.text) and "4 nye" not in where_a_reader_looks(answer.text), answer.text


def test_a_part_asking_the_price_of_what_the_documents_do_not_offer_is_declined_with_it(engine):
    """"how much is it": "it" is the relocation grant the first part asks about, which the documents do not offer;
    the studio's hourly price is no answer."""
    answer = engine.ask("do you give relocation grants to foreign devs, and how much is it?")
    assert answer.abstained and "450" not in answer.text.split("[1]")[0], answer.text

