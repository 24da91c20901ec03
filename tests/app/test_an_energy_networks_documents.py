"""A suppliers' network's annual report, with its key figures by year, and its 2024 fee rules. Written for these tests
(fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

ANNUAL_REPORT = """---
title: Årsberetning 2025 – Energileverandørnetværket Vestkyst
year: 2025
---
# Årsberetning 2025

## Året i tal

Tabel 1 viser netværkets vigtigste nøgletal for de seneste fire år.

| Nøgletal | 2022 | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| Medlemsvirksomheder pr. 31. december | 86 | 112 | 139 | 164 |
| Ansøgninger til Leverandørpuljen | 19 | 34 | 46 | 58 |
| Bevilgede projekter i Leverandørpuljen | 14 | 22 | 31 | 37 |
| Bevilget tilskud fra Leverandørpuljen (kr.) | 912.000 | 1.587.500 | 2.356.000 | 2.871.250 |

Medlemstallet er næsten fordoblet på tre år. Medlemsundersøgelsen blev i 2025 besvaret af 117 medlemsvirksomheder
(svarprocent 71).
"""

ENGLISH_SUMMARY = """ELV Vestkyst - summary in English

THE NETWORK IN FIGURES (rounded)
- about 165 member companies at the end of 2025, some 80 of them with fewer than 10 employees
- almost DKK 2.9 million in grants from the Supplier Pool to 37 projects in 2025
"""

FEE_RULES_2024 = """---
title: Regler for kontingent og Leverandørpulje 2024
year: 2024
---
# Regler for kontingent og Leverandørpulje 2024

## 2. Medlemskab og kontingent

Kontingentet afhænger af antallet af ansatte.

| Medlemstype | Antal ansatte | Kontingent pr. år |
|---|---|---|
| Lille medlem | 1–9 | 2.500 kr. |
| Mellem medlem | 10–49 | 6.000 kr. |
| Stort medlem | 50–249 | 12.000 kr. |
"""

RULES_2026 = """---
title: Kontingent- og støtteregler 2026
year: 2026
---
# Kontingent- og støtteregler 2026

## 2. Leverandørpuljen

Leverandørpuljen medfinansierer medlemmernes udviklingsprojekter. For at søge skal virksomheden have været medlem i
mindst 3 måneder på ansøgningsfristen og være registreret i CVR i mindst 1 år.

| Runde | Ansøgningsfrist | Svar senest |
|---|---|---|
| Runde 2 | 1. maj 2026 | 12. juni 2026 |
| Runde 3 | 1. oktober 2026 | 13. november 2026 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("energy_network"), {
        "aarsberetning-2025.md": ANNUAL_REPORT, "kontingentregler-2024.md": FEE_RULES_2024,
        "stoetteregler-2026.md": RULES_2026, "elv_summary_in_english.txt": ENGLISH_SUMMARY})


def test_how_many_members_is_the_member_companies_row_not_a_fee_for_a_size_of_member(engine):
    answer = engine.ask("hvor mange medlemmer havde netvaerket ved udgangen af 2024")
    assert "139" in where_a_reader_looks(answer.text) and "12.000" not in where_a_reader_looks(answer.text), answer.text


def test_how_many_got_a_yes_after_how_many_applied_is_the_next_row_of_the_same_year(engine):
    """The row that answered the first part ("Ansøgninger ...: 2022: 19") does not answer the second; nor does the
    amount granted."""
    answer = engine.ask("hvor mange søgte leverandørpuljen i 2022 og hvor mange fik ja?")
    second = answer.text.split("2)")[1]
    assert "14" in where_a_reader_looks(second) and "912.000" not in where_a_reader_looks(second), answer.text


def test_asked_whether_the_company_may_apply_for_the_pool_the_documents_answer_not_the_programme_catalogue(engine):
    """"kan vi søge puljen": the pool the documents write of ("Leverandørpuljen"), not a recommendation among the
    corpus's catalogue of programmes for a company so described."""
    answer = engine.ask("vores cvr er 14 mdr gammelt og vi meldte os ind for 2 mdr siden. kan vi søge puljen i næste runde?")
    assert "bedste bud" not in answer.text and "mindst 3 måneder" in answer.text.split("\n")[1], answer.text


def test_asked_roughly_the_english_summarys_rounded_figure_answers(engine):
    """"roughly how many member companies": the summary's "about 165", not a Danish count of survey answers."""
    answer = engine.ask("roughly how many member companies does the network have?")
    assert "165" in where_a_reader_looks(answer.text), answer.text
