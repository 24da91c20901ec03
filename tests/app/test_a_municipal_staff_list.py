"""A municipal business service's staff list as a text file typed in columns: each name unindented, its card indented
under it, someone on leave and who covers, and an annual report naming the business council's chair. Written for
these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

STAFF_LIST = """VESTERÅ ERHVERVSSERVICE – MEDARBEJDERE OG KONTAKTOPLYSNINGER
=============================================================
Opdateret: 26. januar 2026

Adresse:    Rådhuset, Torvet 1, 7391 Vesterå
Hovednr.:   96 14 20 00

-------------------------------------------------------------
KONSULENTER
-------------------------------------------------------------
Sanne Østergaard
    Erhvervskonsulent, finansiering
    Mikrolån, kontakt til banker og investorer, kreditudvalget
    Tlf. 96 14 20 14
    saos@vesteraa.dk
    *** PÅ BARSELSORLOV fra 1. februar 2026 til og med 31. august 2026 ***
    *** Henvendelser om mikrolån i perioden: Kasper Thygesen      ***

Kasper Thygesen
    Seniorkonsulent
    Vesterå Udviklingsfond, EU-midler og nationale puljer,
    grøn omstilling. Dækker mikrolån under Sannes orlov.
    Tlf. 96 14 20 16
    kath@vesteraa.dk

Henrik Møller-Jørgensen
    Byggesagskoordinator, "Én indgang"
    Byggetilladelser, miljøgodkendelser, lokalplaner for virksomheder
    Tlf. 96 14 20 40 (telefontid man-tors 8.30-10.00)
    hmj@vesteraa.dk

Lærke Ågaard
    Virksomhedskonsulent, rekruttering
    Rekrutteringsservice, jobopslag, løntilskud og fleksjob (i samarbejde
    med Jobcentret), jobmessen "Job i Vesterå". Taler også tysk.
    Tlf. 96 14 20 22
    laag@vesteraa.dk

-------------------------------------------------------------
ADMINISTRATION
-------------------------------------------------------------
Pia Holm
    Administrativ medarbejder / reception
    Fakturering (kurser, morgenmad, husleje), mødebooking, post
    Tlf. 96 14 20 00
    piho@vesteraa.dk
"""

RECRUITMENT_FAQ = """---
title: Ofte stillede spørgsmål – rekruttering
year: 2026
---

## Kan I hjælpe os med at finde nye medarbejdere?

Ja, vores rekrutteringsservice er gratis for virksomheder i kommunen. Kontakt virksomhedskonsulent Lærke Ågaard.
"""

ANNUAL_REPORT = """Årsberetning 2025 – Vesterå Erhvervsservice

Organisering

Erhvervsservice refererer politisk til Udvalget for Erhverv og Beskæftigelse. Udvalget har 7 medlemmer, og formand er
Lone Bech Kristiansen. Vesterå Erhvervsråd er et rådgivende organ med 11 medlemmer. Formand for Erhvervsrådet er
direktør Torben Adelsteen, Adelsteen Stål A/S.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("staff_list"), {
        "medarbejdere_og_kontakt_2026.txt": STAFF_LIST, "faq-rekruttering.md": RECRUITMENT_FAQ,
        "aarsberetning-2025.txt": ANNUAL_REPORT})


def test_when_someone_is_back_from_leave_is_the_end_of_the_leave(engine):
    answer = engine.ask("hvornår er sanne østergaard tilbage fra barsel")
    assert where_a_reader_looks(answer.text).startswith("Kort svar: 31. august 2026"), answer.text


def test_her_in_a_later_part_is_the_person_the_first_part_named(engine):
    """"whats her email" is Lærke Ågaard's: her card, not the receptionist's."""
    answer = engine.ask("who do i talk to about recruiting staff and whats her email")
    second = answer.text.split("2)")[1]
    assert "laag@vesteraa.dk" in second and "piho@" not in second, answer.text


def test_the_card_of_whom_to_call_answers_whatever_the_askers_project(engine):
    answer = engine.ask("hvem skal jeg ringe til om en miljøgodkendlse til vores nye produktionshal")
    assert not answer.abstained and "96 14 20 40" in where_a_reader_looks(answer.text), answer.text


def test_the_chair_of_a_body_is_named_after_the_post_and_the_body(engine):
    """"Formand for Erhvervsrådet er direktør Torben Adelsteen", not the committee's chair before it."""
    answer = engine.ask("hvem er formand for erhvervsraadet")
    assert "Torben Adelsteen" in where_a_reader_looks(answer.text), answer.text
