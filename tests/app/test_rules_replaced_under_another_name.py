"""Rules replaced by a version named otherwise, as a health cluster's test programme and a municipality's micro-loans
publish them: the 2026 guide says which rules it replaces, or both name the micro-loan; the older rules never write
the programme's short name. Written for these tests (fictional)."""
import datetime

import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

TEST_RULES_2024 = """---
title: Retningslinjer for testforløb 2024
year: 2024
---

# Retningslinjer for testforløb 2024

Gældende for ansøgningsrunden 2024.

## 3. Tilskuddets størrelse

Tilskuddet udgør 50 % af de støtteberettigede udgifter, dog højst 250.000 kr. pr. projekt. Den resterende del
finansieres af virksomheden selv.

## 6. Ansøgning og frist

Ansøgningsfristen er 15. april 2024 kl. 12.00. Ansøgningsskemaet hentes på hjemmesiden og sendes med bilag til
testforloeb@sundhedsinnovation.dk.

## 8. Erfaringer fra tidligere år

Tabel 1. Ansøgninger og bevillinger 2020-2023

| År | Ansøgninger | Bevilgede projekter | Samlet tilskud |
| --- | --- | --- | --- |
| 2020 | 31 | 12 | 2.310.000 kr. |
| 2021 | 38 | 14 | 2.870.000 kr. |
| 2022 | 44 | 15 | 3.120.000 kr. |
| 2023 | 52 | 17 | 3.640.000 kr. |
"""

TEST_GUIDE_2026 = """---
title: Vejledning til ansøgere, TVP 2026
year: 2026
---

# Test- og Valideringsprogrammet (TVP) – ansøgningsrunde 2026

Udgivet 5. januar 2026. Denne vejledning erstatter de tidligere retningslinjer for testforløb (2024 og 2025).

## Hvad er nyt i 2026?

- Det maksimale tilskud er hævet til 400.000 kr. for små virksomheder.
- Ansøgning sker via vores nye ansøgningsportal – ansøgninger pr. mail modtages ikke længere.

## 1. Om programmet

TVP giver tilskud til, at virksomheder kan afprøve sundhedsteknologiske produkter på de syddanske sygehuse.

## 6. Frist, pulje og behandling

Ansøgningsfristen er 12. marts 2026 kl. 12.00. Der søges via ansøgningsportalen på sundhedsinnovationsyd.dk/tvp.
Alle ansøgere får svar i uge 17.
"""

LOAN_RULES_2024 = """---
title: Retningslinjer for mikrolån (2024)
year: 2024
---

# 1. Formål

Vesterå Kommune tilbyder mikrolån til små og nystartede virksomheder, som har svært ved at opnå finansiering i et
pengeinstitut.

# 4. Lånets størrelse og vilkår

Lånebeløb: mindst 25.000 kr. og højst 150.000 kr.

Rente: fast rente på 4,5 % p.a. i hele løbetiden.
"""

LOAN_TERMS_2026 = """---
title: Vesterå Mikrolån
year: 2026
---

# Væsentlige ændringer i forhold til de tidligere retningslinjer

- Det maksimale lånebeløb er hævet.
- Afdrag betales månedligt.

# 1. Hvad er et Vesterå Mikrolån?

Vesterå Mikrolån er et kommunalt lån til små virksomheder, der ikke kan få den nødvendige finansiering i deres
pengeinstitut.

# 4. Lånebeløb, rente og gebyr

Der kan lånes mellem 25.000 kr. og 250.000 kr. Renten er fast i hele løbetiden og afhænger af lånets størrelse:

| Lånebeløb | Fast rente p.a. | Etableringsgebyr |
| --- | --- | --- |
| 25.000–100.000 kr. | 3,75 % | 1.500 kr. |
| 100.001–250.000 kr. | 4,25 % | 2.500 kr. |
"""

LAST_YEAR = datetime.date.today().year - 1
ANNUAL_REPORT = f"""Årsberetning {LAST_YEAR} – Vesterå Erhvervsservice

I {LAST_YEAR} bevilgede udvalget 14 mikrolån.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("replaced_rules"), {
        "retningslinjer_testforloeb_2024.md": TEST_RULES_2024, "Vejledning_ansoegere_TVP_2026_v3.md": TEST_GUIDE_2026,
        "Retningslinjer_mikrolaan_2024.md": LOAN_RULES_2024,
        "Vesteraa-Mikrolaan_vilkaar_gaeldende_fra_1-1-2026.md": LOAN_TERMS_2026,
        f"aarsberetning-{LAST_YEAR}.txt": ANNUAL_REPORT})


def test_a_year_before_the_replaced_rules_is_answered_from_their_table_though_they_never_write_the_name(engine):
    """"TVP" is the name the 2026 guide gives the programme whose 2024 rules it replaces: the 2024 table answers."""
    answer = engine.ask("hvor mange søgte tvp i 2022")
    assert not answer.abstained and "44" in where_a_reader_looks(answer.text), answer.text


def test_the_replaced_rules_answer_of_their_own_year_before_the_change(engine):
    answer = engine.ask("hvad var max tilskuddet i tvp i 2024 runden")
    assert where_a_reader_looks(answer.text).startswith("Kort svar: 250.000 kr."), answer.text


def test_the_rules_in_force_answer_of_now(engine):
    """... the 2026 portal, not the replaced rules' mail address."""
    answer = engine.ask("kan vi stadig sende vores tvp ansøgning på mail?")
    assert "ansøgningsportal" in where_a_reader_looks(answer.text), answer.text


def test_rules_naming_the_same_loan_are_versions_and_the_newest_gives_the_top_of_its_range(engine):
    answer = engine.ask("hvor meget kan man max laane som mikrolaan hos jer?")
    assert where_a_reader_looks(answer.text).startswith("Kort svar: 250.000 kr."), answer.text
    assert "150.000 kr." in answer.text  # the older rules, said to state otherwise


def test_the_askers_amount_finds_its_row_of_the_rates(engine):
    answer = engine.ask("vi skal bruge ca 180.000 til en brugt cnc-maskine. hvilken rente får vi så på mikrolånet")
    assert "4,25 %" in where_a_reader_looks(answer.text), answer.text


def test_what_changed_since_last_year_asks_what_holds_now_not_a_fact_of_last_year(engine):
    """"siden sidste år" is where the change is counted from, not the year the answer must be of: the list of changes
    answers, not last year's annual report."""
    answer = engine.ask("hvad er ændret ved mikrolaan siden sidste aar?")
    assert "lånebeløb er hævet" in where_a_reader_looks(answer.text), answer.text
