"""A manufacturing centre's pages beside the seed corpus: an energy voucher's 2023 guidance and 2025 guidelines under
different file names, an FAQ, a test centre's page with a members' and a non-members' price column, a managers'
network whose description asks questions of its own, an overview page naming every offer with a general phone
number, an energy check's page with its adviser, loan terms and an English summary. Written for these tests
(fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

GUIDANCE_2023 = """---
title: Vejledning om energivoucher 2023
year: 2023
---

# Vejledning om energivoucher 2023

## Om ordningen

Med energivoucheren kan små produktionsvirksomheder i Sydvig Kommune få tilskud til ekstern rådgivning om
energibesparelser. Tilskuddet er 50 % af rådgiverens honorar, dog højst 40.000 kr.

## Sådan søger du

Ansøgningsskemaet hentes på hjemmesiden og sendes udfyldt pr. e-mail til energi@fremstillingshuset-sydvig.dk.
"""

GUIDELINES_2025 = """---
title: Retningslinjer for energivoucher 2025
year: 2025
---

# Retningslinjer for energivoucher 2025

## 2. Hvem kan søge

For at kunne søge skal virksomheden opfylde alle følgende betingelser:

- have mellem 5 og 99 ansatte,
- have produktion i Sydvig Kommune,
- ikke tidligere have modtaget energivoucher efter 2025-reglerne.

## 6. Sådan søger du

Ansøgning sker udelukkende via ansøgningsportalen på fremstillingshuset-sydvig.dk/ansog med MitID Erhverv.
Ansøgninger sendt pr. e-mail eller post behandles ikke.
"""

FAQ = """OFTE STILLEDE SPØRGSMÅL

Sp: Kan vi få udbetalt en del af tilskuddet på forhånd?
Sv: Nej, der udbetales ikke forskud. Tilskuddet udbetales bagud, når slutrapporten er godkendt. Udbetaling sker normalt inden for 20 dage efter godkendelsen.

Sp: Kan vi både få en energivoucher og et energilån?
Sv: Ja, men ikke til de samme udgifter.
"""

TEST_CENTRE = """<html><head><title>Testcenter | Fremstillingshuset Sydvig</title></head><body>
<h1>Testcenter – prøv før I investerer</h1>
<p>I Testcenteret kan I afprøve varmepumper og styringer på jeres egne processer.</p>
<h2>Priser</h2>
<table>
<tr><th>Ydelse</th><th>Medlemmer</th><th>Ikke-medlemmer</th></tr>
<tr><td>Hel dag</td><td>2.600 kr.</td><td>5.200 kr.</td></tr>
<tr><td>Teknikertime</td><td>700 kr.</td><td>1.000 kr.</td></tr>
</table>
<h2>Sådan booker du</h2>
<p>Booking skal ske senest 8 arbejdsdage før den ønskede testdag, så vi kan nå at forberede opstillingen.</p>
</body></html>
"""

NETWORK = """---
title: Ledernetværket 2025
---

##Ledernetværket

Som driftsleder står man ofte alene: Skal vi skifte til varmepumper? Hvordan får vi de nye operatører med? Hvad gør vi ved spildet på natholdet? I Ledernetværket mødes driftsledere fra andre virksomheder for at dele erfaringer.

##Hvem kan deltage?

Netværket er forbeholdt medlemsvirksomheder i Fremstillingshuset Sydvig.

Der er plads til højst 16 deltagere på holdet, og hver virksomhed kan kun have én deltager.
"""

OVERVIEW = """---
title: Om Fremstillingshuset Sydvig
year: 2025
---

# Om Fremstillingshuset Sydvig

Fremstillingshuset Sydvig tilbyder Energitjek, energivoucher, Testcenter, Ledernetværket og Energilånet.

## Nøgletal

I 2024 var 91,5 % af brugerne tilfredse eller meget tilfredse med vores kurser og rådgivning.

## Kontakt

Generelle henvendelser kan rettes til hovednummeret 75 10 20 00 eller info@fremstillingshuset-sydvig.dk.
"""

ENERGY_CHECK = """---
title: Energitjek – gratis gennemgang af jeres energiforbrug
year: 2025
---

# Energitjek

Energitjekket er en gratis gennemgang af jeres energiforbrug i produktionen.

## Kontakt

Jonas Kirk, energirådgiver
Tlf. 75 10 20 45 · jk@fremstillingshuset-sydvig.dk
"""

LOAN = """---
title: Lånevilkår for Energilånet 2025
year: 2025
---

# Lånevilkår for Energilånet

## § 3. Lånets størrelse

Der kan lånes mellem 100.000 kr. og 900.000 kr.

## § 9. Kontakt

Lånechef Mette Juhl, tlf. 75 10 20 60, mj@fremstillingshuset-sydvig.dk.
"""

SUMMARY = """---
title: Fremstillingshuset Sydvig – summary in English
language: en
---

# Fremstillingshuset Sydvig in brief

## What we offer

- **Energy voucher** – a grant for external consultancy on energy savings.
- **Energy loan** – co-financing of investments in energy-efficient equipment.
- **Test centre** – test heat pumps and controls before you invest.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("manufacturing"), {
        "Vejledning_energivoucher_2023.md": GUIDANCE_2023, "Retningslinjer_energivoucher_2025.md": GUIDELINES_2025,
        "FAQ.txt": FAQ, "testcenter.html": TEST_CENTRE, "ledernetvaerket.md": NETWORK, "om-os.md": OVERVIEW,
        "energitjek.md": ENERGY_CHECK, "laanevilkaar-energilaanet-2025.md": LOAN, "english-summary.md": SUMMARY})


ANSWERED = [
    # Guidance of 2023 and guidelines of 2025 are one series: the 2025 way to apply, under its own "Sådan søger du".
    ("hvordan søger man energivoucher", "ansøgningsportalen"),
    # A price asked by its noun; the non-members' column, not the members' named inside it.
    ("pris testcenter pr dag for ikke medlemmer?", "5.200 kr."),
    # How long in advance is a deadline counted back from the day.
    ("hvor lang tid i forvejen skal man booke testcentret", "8 arbejdsdage"),
    # "plads til højst 16 deltagere" counts places, however the stemmer cuts "pladser" and "plads".
    ("hvor mange pladser er der i ledernetværket", "16"),
    # Whoever handles the loan is its contact line; "ang." is only "about".
    ("hvem tager sig af energilånet", "Mette Juhl"),
    ("hvem skal jeg ringe til ang. energi tjek", "Jonas Kirk"),
    # Across languages: the English summary's line on the loan names no one; the Danish terms' contact line does.
    ("Who handles the energy loan?", "Mette Juhl"),
]


@pytest.mark.parametrize("question, expected", ANSWERED, ids=[question[:40] for question, _ in ANSWERED])
def test_answered_from_the_sentence_that_states_it(engine, question, expected):
    answer = engine.ask(question)
    assert not answer.abstained and expected in where_a_reader_looks(answer.text), answer.text


def test_a_later_sentence_of_an_faq_answer_is_quoted_with_the_answers_start_and_its_question(engine):
    """"Udbetaling sker normalt inden for 20 dage" answers when the grant is paid; the answer's start ("Nej, der
    udbetales ikke forskud") and its question come with it. And "efter 2025-reglerne" names rules, no date."""
    answer = engine.ask("hvornår bliver tilskuddet fra energivoucheren udbetalt")
    assert not answer.abstained, answer.text
    assert "20 dage" in answer.text and "der udbetales ikke forskud" in answer.text, answer.text


def test_or_before_a_question_word_and_a_yes_no_question_after_a_comma_start_parts_of_their_own(engine):
    answer = engine.ask("kan man sende ansøgningen om energivoucher på mail eller hvordan søger man")
    first, second = answer.text.split("2) ")
    assert "behandles ikke" in first and "ansøgningsportalen" in where_a_reader_looks(second.split("\n", 1)[1]), answer.text


def test_a_descriptions_own_questions_are_not_quoted_as_the_question_answered(engine):
    """"Hvad gør vi ved spildet på natholdet?" is what the network talks about, not a question the next sentence
    answers."""
    answer = engine.ask("hvad er ledernetværket")
    assert "spildet på natholdet" not in answer.text, answer.text


def test_a_share_of_a_kind_the_documents_do_not_count_is_declined(engine):
    """The share of satisfied users is no share of women."""
    assert not engine.ask("hvor stor en andel af brugerne var tilfredse i 2024").abstained
    answer = engine.ask("hvor stor en andel af brugerne var kvinder i 2024")
    assert answer.abstained, answer.text
