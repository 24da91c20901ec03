"""An automation centre's documents as people ask about them: an action plan with a lab opening in a quarter of a
year, an FAQ answering yes or no, a programme page with its price and an annual report whose accounts name the same
programme. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

ACTION_PLAN = """---
title: Handlingsplan 2026-2028 for Robothuset Vest
year: 2025
---

# Handlingsplan 2026-2028

Samtidig går arbejdet med handlingsplanen 2026–2028 i gang, herunder forberedelserne til AI-visionlaboratoriet og
udlånsordningen.

## Indsatsområde 1: AI-visionlaboratorium

Vi etablerer et AI-visionlaboratorium, hvor virksomheder kan afprøve kamerabaseret kvalitetskontrol.

- Laboratoriet indrettes i den eksisterende bygning i Holstebro
- Forventet åbning: 2. kvartal 2027

## Indsatsområde 2: Udlånsordning for cobots

Fra 2027 vil vi afprøve en udlånsordning, hvor fire cobots kan lånes i op til 4 uger ad gangen af virksomheder, der
har gennemført et robottjek.
"""

FAQ = """---
title: Ofte stillede spørgsmål om testhallen
year: 2026
---

# Ofte stillede spørgsmål

##Kan vi låne en cobot med hjem?

Nej, robotter og udstyr må ikke forlade testhallen. I kan til gengæld booke hallen i op til 10 sammenhængende dage.

##Hvem deltager i robottjekket?

Produktionschefen eller ejeren deltager i besøget, som tager ca. 3 timer.

##Kan enkeltmandsvirksomheder få hjælp?

Ja, men ikke til alt. Enkeltmandsvirksomheder og andre virksomheder med færre end 5 ansatte kan ikke få et fuldt
robottjek. I kan til gengæld få en gratis vejledningssamtale på op til 1 time.

##Hvem ejer resultaterne?

Det gør I. Rapporten fra robottjekket og testresultater fra hallen tilhører virksomheden.
"""

MENTOR_PAGE = """---
title: Mentorprogrammet 2026
year: 2026
---

# Mentorprogrammet

I mentorprogrammet bliver I koblet med en erfaren produktionsleder fra en anden virksomhed.

## Pris

Egenbetalingen er 4.000 kr. ekskl. moms for hele forløbet. Mentorens tid er gratis for jer.
"""

ANNUAL_REPORT = """Årsberetning 2025 – Robothuset Vest

Økonomi

Driften gav i 2025 et overskud på 30.000 kr.

Indtægter  Beløb
Kommunale bidrag  4.250.000 kr.
Deltagerbetaling, kurser og mentorprogram  960.000 kr.
Indtægter i alt  5.210.000 kr.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("automation_centre"), {
        "handlingsplan-2026-2028.md": ACTION_PLAN, "faq-testhal.md": FAQ, "mentorprogram.md": MENTOR_PAGE,
        "aarsberetning-2025.txt": ANNUAL_REPORT})


def test_a_lab_opening_in_a_quarter_is_answered_with_the_quarter_not_the_plans_years(engine):
    """"hvornår åbner ..." of a lab that does not exist yet asks a date, not opening hours; "handlingsplanen 2026–2028"
    names the plan, and "AI-visionlaboratorium" in the heading is the question's "laboratoriet"."""
    answer = engine.ask("hvornår åbner ai vision laboratoriet?")
    assert where_a_reader_looks(answer.text).startswith("Kort svar: 2. kvartal 2027"), answer.text


def test_the_faqs_own_no_answers_before_a_plan_to_lend_cobots_later(engine):
    """... quoted whole: what one may do instead follows the "Nej"."""
    answer = engine.ask("kan vi låne en cobot med hjem en uges tid?")
    assert "Nej, robotter og udstyr må ikke forlade testhallen." in where_a_reader_looks(answer.text), answer.text
    assert "I kan til gengæld booke hallen" in answer.text, answer.text


def test_the_faqs_answer_is_quoted_from_its_yes_or_no(engine):
    """The FAQ's answer whole: its "Ja, men ikke til alt.", the rule, and what one may have instead."""
    answer = engine.ask("jeg har en enkeltmandsvirksomhed, kan i overhovedet hjælpe mig med noget?")
    assert "Ja, men ikke til alt." in answer.text and "op til 1 time" in answer.text, answer.text


def test_the_faqs_answer_to_who_owns_the_results_answers_though_it_names_no_one(engine):
    """"Det gør I. ... tilhører virksomheden" under "Hvem ejer resultaterne?", not "Produktionschefen eller ejeren
    deltager" under another question."""
    answer = engine.ask("hvem ejer rapporten og resultaterne fra tjekket, jer eller os?")
    assert "tilhører virksomheden" in where_a_reader_looks(answer.text), answer.text


def test_a_price_asked_short_is_the_programmes_price_not_the_income_in_the_accounts(engine):
    """"mentorprogram pris + varighed?" asks two things; the price is what a participant pays, not what the body took
    in from participants ("Deltagerbetaling, kurser og mentorprogram  960.000 kr.")."""
    answer = engine.ask("mentorprogram pris + varighed?")
    first_part = answer.text.split("2)")[0]
    assert "4.000 kr." in where_a_reader_looks(first_part.split("\n", 1)[1]), answer.text
    assert "960.000 kr." not in answer.text, answer.text
