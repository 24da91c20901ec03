"""A local business house's pages: two years of one programme's rules, another programme worded alike, contact
cards under "Kontakt" headings that name no programme, an evaluation whose sentences lean on the one before
("Året gav et overskud på ..."), and an action plan's table of results. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus

EXPORT_2024 = """---
title: Eksportløft – programbeskrivelse 2024
year: 2024
---

# Eksportløft

Eksportløft er Erhvervshus Vesterbys program for virksomheder, der vil i gang med eksport.

## Tilskud

Tilskud 50 %, maks. 60.000 kr. til eksterne rådgivere.
"""

EXPORT_2026 = """---
title: Eksportløft 2026
date: 2026-01-15
keywords: [eksport, tilskud]
---

# Eksportløft – vejledning 2026

Eksportløft hjælper små og mellemstore virksomheder i Vesterby Kommune med at komme i gang med eksport. Forløbet
varer 8 måneder.

## Tilskud og egenbetaling

- Tilskud 40 %, maks. 90.000 kr. til eksterne rådgivere og markedsbesøg
- Virksomheden betaler selv resten

## Kontakt

Mads Brink Holm

Eksportkonsulent

Telefon: 71 20 30 41

E-mail: mbh@erhvervshus-vesterby.dk
"""

WORKSHOP = """---
title: Digitalt Værksted
---

# Digitalt Værksted

Digitalt Værksted er en voucherordning for håndværkere og butikker, der vil have en webshop eller styr på
lagerstyringen.

## Tilskud

Tilskud 50 %, maks. 70.000 kr. til eksterne rådgivere.

## Kontakt

Digitaliseringskonsulent Sara Lind tlf. 71 20 30 55 · sl@erhvervshus-vesterby.dk

## Medlemskab

For virksomheder med under 10 ansatte er medlemskabet gratis. Har virksomheden 10 ansatte eller flere, koster det
2.000 kr. årligt.
"""

EVALUATION = """---
title: Evaluering af Erhvervshus Vesterby 2025
year: 2025
---

# Evaluering 2025

## Aktiviteter

Erhvervshus Vesterby vejledte i 2025 i alt 388 virksomheder mod 341 i 2024.

## Økonomi

Erhvervshusets samlede udgifter udgjorde 5.100.000 kr. i 2025. Året gav et overskud på 212.400 kr. Det kommunale
tilskud udgjorde 3.900.000 kr.
"""

FAQ = """Ofte stillede spørgsmål – Erhvervshus Vesterby

Har I noget for turismevirksomheder?
Vi har ikke et fast program for turismevirksomheder i øjeblikket. I efteråret 2026 starter vi et netværk for
overnatnings- og spisesteder. Kontakt direktør Lene Fog på lf@erhvervshus-vesterby.dk, hvis du vil skrives op.
"""

PLAN = """---
title: Handlingsplan 2026
year: 2026
---

# Handlingsplan 2026

## Mål for 2026

| Indsats | Resultat 2025 | Mål 2026 |
|---|---|---|
| Vejledte virksomheder i alt | 388 | 420 |
| Deltagere i Eksportløft | 12 | 18 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("business_house"), {
        "eksportloeft-2024.md": EXPORT_2024, "eksportloeft-2026.md": EXPORT_2026, "digitalt-vaerksted.md": WORKSHOP,
        "evaluering-2025.md": EVALUATION, "handlingsplan-2026.md": PLAN, "faq.txt": FAQ})


@pytest.mark.parametrize("question", [
    "Hvad er det maksimale tilskud, man kan få i Eksportløft?",
    "hvor meget kan man max faa i tilskud fra eksportloeft",
])
def test_the_newest_limit_leads_and_another_programmes_alike_sentence_is_no_older_statement(engine, question):
    """"maks. 90.000 kr." is one sentence (no full stop after "maks."); the undated Digitalt Værksted's "maks.
    70.000 kr. til eksterne rådgivere" is worded alike but is another programme's limit."""
    answer = engine.ask(question)
    assert answer.text.startswith("Kort svar: 90.000 kr."), answer.text
    assert "60.000 kr." in answer.text and "70.000" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "person"), [
    ("hvem skal jeg ringe til hvis jeg vil høre mere om jeres eksportforløb?", "Mads Brink Holm"),
    ("hvem skal jeg snakke med om webshop og lagerstyring?", "Sara Lind"),
    # Not a card: a contact line is about what its passage says.
    ("vi har et lille hotel og overvejer noget med turisme, hvem skal jeg snakke med hos jer?", "Lene Fog"),
])
def test_the_contact_card_of_the_document_on_the_topic_answers_who_to_call(engine, question, person):
    """The card ("Mads Brink Holm / Eksportkonsulent / Telefon: ...") shares no word with the question; its document
    does. The number comes with the name two lines above it."""
    answer = engine.ask(question)
    assert not answer.abstained and person in answer.text, answer.text


def test_that_year_and_the_year_before_lean_on_the_first_question(engine):
    """"Året gav et overskud" is 2025's, as the sentence before says; "det år" in the second part is 2025 too."""
    answer = engine.ask("Hvor stort var Erhvervshusets overskud i 2025, og hvor meget udgjorde det kommunale tilskud det år?")
    first, second = answer.text.split("2) ")
    assert "212.400 kr." in first and "3.900.000 kr." in second, answer.text


def test_a_limit_asked_of_an_earlier_year_is_that_years_documents(engine):
    """Asked of 2024, the 2024 description's limit leads; the 2026 guide's may follow as another document's."""
    answer = engine.ask("hvad var det maksimale tilskud i eksportløft i 2024?")
    first_quote = next(line for line in answer.text.splitlines() if line.startswith("“"))
    assert not answer.abstained and "60.000 kr." in first_quote, answer.text
