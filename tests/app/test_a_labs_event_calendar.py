"""A health cluster's events calendar exported as CSV (prices by label, without "kr.") beside its lab's rules. Written
for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

CALENDAR = """dato;tid;arrangement;type;sted;pris medlem;pris ikke medlem;pladser;bemaerkning
29.01.2026;13:00-16:00;SydLab introduktionskursus;kursus;SydLab, Odense M;1500;1500;8;obligatorisk før selvstændig brug af laboratoriet
18.03.2026;09:00-12:00;Mød Hospitalet: OUH;matchmaking;Odense;0;500;40;
15.10.2026-16.10.2026;09:00-16:00;Regulatorisk bootcamp: fra idé til CE-mærke (2 dage);kursus;SydLab, Odense M;4500;6500;20;
"""

LAB_PAGE = """---
title: SydLab – fælleslaboratorium
year: 2026
---

# SydLab

SydLab er et fælleslaboratorium i Odense, hvor medlemmer kan booke laboratorieplads og renrum pr. time.

## Booking

Booking sker i bookingsystemet. Timeprisen for laboratorieplads er 350 kr. for medlemmer.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("lab_calendar"), {
        "arrangementer_2026.csv": CALENDAR, "sydlab.md": LAB_PAGE})


def test_a_labelled_price_for_non_members_is_the_short_answer(engine):
    answer = engine.ask("hvad koster regulatorisk bootcamp i oktober hvis man ikke er medlem")
    assert where_a_reader_looks(answer.text).startswith("Kort svar: 6500"), answer.text


def test_what_it_costs_after_a_first_part_is_priced_by_the_first_parts_answer(engine):
    """"og hvad koster det": the course the first part's calendar row names, whose row gives its price."""
    answer = engine.ask("skal vi på kursus før vi maa bruge laboratoriet, og hvad koster det")
    second = answer.text.split("2)")[1]
    assert "1500" in second and "kan jeg ikke finde" not in second, answer.text
