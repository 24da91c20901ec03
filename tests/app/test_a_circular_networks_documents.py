"""A circular-economy network's documents: a page on its free resource screening, a 2026 grant guide, an action plan
with goals for 2028 and an annual report on its materials exchange. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

SCREENING = """---
title: Gratis ressourcescreening – sådan foregår det
description: Sådan foregår en ressourcescreening hos Cirkulær Produktion Vest
date: 2025-03-04
keywords: [screening, ressourcer]
---

# Gratis ressourcescreening

##Hvad får I?

Screeningen er gratis for virksomheden og omfatter op til 15 konsulenttimer, hvilket svarer til en værdi af ca.
18.000 kr.

## Forløbet trin for trin

1. **Opstartsmøde (online, ca. 45 minutter).** Vi aftaler fokus for screeningen.
2. **Virksomhedsbesøg (ca. 3 timer).** Konsulenten går produktionen igennem.
3. **Rapport.** I modtager rapporten senest fire uger efter besøget, og vi gennemgår den sammen med jer.

Der er typisk 6–8 ugers ventetid fra henvendelse til besøg.
"""

GUIDE = """---
title: Vejledning til CirkulærBoost 2026
year: 2026
---

# Vejledning til CirkulærBoost 2026

CirkulærBoost dækker en del af regningen for ekstern konsulentbistand.

## 6. Vigtigste ændringer i forhold til 2024

- Tilskudsandelen er nu 50 % for virksomheder med 5–49 ansatte og 40 % for virksomheder med 50–249 ansatte
  (tidligere 50 % for alle).
- Ressourcescreeningen må nu være op til 18 måneder gammel (tidligere 12 måneder).
"""

PLAN = """---
title: Handlingsplan 2026-2028
year: 2026
---

# Handlingsplan 2026-2028

## Netværkets mål for perioden

- 450 medlemsvirksomheder ved udgangen af 2028
- 120 ressourcescreeninger om året
"""

REPORT = """---
title: Årsrapport 2025 for Cirkulær Produktion Vest
year: 2025
---

# Årsrapport 2025

## Materialebørsen Restlager Vest

På Materialebørsen blev der i løbet af året oprettet 214 annoncer, og 1.146 tons materialer skiftede ejer. Den estimerede
CO2-besparelse er 1.870 tons CO2e.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("circular"), {
        "ressourcescreening.md": SCREENING, "vejledning_cirkulaerboost_2026.md": GUIDE,
        "handlingsplan_2026-2028.md": PLAN, "aarsrapport_2025.md": REPORT})


def test_member_companies_answer_how_many_members(engine):
    answer = engine.ask("hvor mange medlemmer vil netværket gerne have i 2028")
    assert not answer.abstained
    assert "450 medlemsvirksomheder" in where_a_reader_looks(answer.text), answer.text


def test_a_time_in_words_after_the_visit_answers_how_long_after_it(engine):
    answer = engine.ask("hvor lang tid går der efter besøget før vi får screeningsrapporten")
    assert "senest fire uger efter besøget" in where_a_reader_looks(answer.text), answer.text


def test_whether_it_costs_anything_and_how_many_hours(engine):
    """Two parts: free (not its worth of 18.000 kr.), and 15 hours (not the 2026 guide's 18 months as an older
    figure's newer value)."""
    answer = engine.ask("koster ressourcescreeningen noget og hvor mange timer får man")
    first, second = answer.text.split("\n2) ")
    assert "Kort svar: gratis" in first, answer.text
    assert "Kort svar: 15 konsulenttimer" in second and "18 måneder" not in second, answer.text


def test_how_old_a_screening_may_be_is_answered_in_months(engine):
    answer = engine.ask("hvor gammel maa vores ressourcescreening vaere naar vi soeger tilskud nu, er det stadig 12 mdr?")
    assert answer.text.startswith("Kort svar: 18 måneder"), answer.text


def test_the_askers_size_picks_the_share(engine):
    answer = engine.ask("vi er en plastvirksomhed i brande med 120 ansatte, hvor mange procent af konsulentregningen "
                        "dækker cirkulærboost")
    assert answer.text.startswith("Kort svar: 40 %"), answer.text


def test_a_misspelt_name_without_its_danish_letters_and_a_verb_said_otherwise(engine):
    """"matrialeboersen" is the Materialebørsen; "handlet" is said as "skiftede ejer", and "det" of the second part is
    the exchange's trade, not something "handlet" names."""
    answer = engine.ask("hvor mange ton blev der handlet paa matrialeboersen i 2025 og hvor meget co2 sparede det")
    assert not answer.abstained
    assert "1.146 tons" in answer.text and "Kort svar: 1.870 tons" in answer.text, answer.text
