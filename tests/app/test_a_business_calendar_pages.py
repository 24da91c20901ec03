"""A municipal business service's pages beside the seed corpus: a plain-text events calendar whose entries are parted
by drawn rules, each a date line over its title and its "Sted:"/"Pris:" lines; an FAQ pricing land per m²; a grant
page with a table of numbered rounds; an action plan with a budget table by year; an evaluation whose goals table
says "Ja"/"Nej"; a scheme's rules in two versions; a mentor scheme the region's programme catalogue does not list; a news item whose "I dag" is dated by its dateline.
Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus

CALENDAR = """ERHVERVSKONTOR VESTMOSE
ARRANGEMENTER EFTERÅR 2026

Alle arrangementer er åbne for virksomheder i Vestmose Kommune.

------------------------------------------------------------
Tirsdag 8. september 2026, kl. 8.00-9.30
Morgenmøde: Kunstig intelligens i bogholderiet
Sted: Vestmose Bibliotek, Torvet 3, Vestmose
Pris: 60 kr. (gratis for medlemmer)
Oplæg ved en revisor om værktøjer, der sparer tid.

------------------------------------------------------------
Torsdag 15. oktober 2026, kl. 9.00-15.00
Handelsdag 2026
Sted: Lindved Forsamlingshus, Skovvej 2, Lindved
Pris: 350 kr. inkl. frokost
Workshop om de nordiske markeder og møder med rådgivere.

------------------------------------------------------------
Fredag 20. november 2026, kl. 18.30
Uddeling af Vestmose Iværksætterpris 2026
Sted: Hotel Mosegaard
Pris: 425 kr. inkl. middag
Tilmelding senest 6. november 2026.
Prisen på 20.000 kr. gives til en ny virksomhed, der har skabt arbejdspladser.

------------------------------------------------------------
TILMELDING

Tilmelding sker på vestmose.dk/arrangementer.
"""

FAQ = """---
title: Spørgsmål og svar om erhverv i Vestmose
---

# Spørgsmål og svar

## Kan I hjælpe med at finde en erhvervsgrund?

Ja. Kommunens erhvervsgrunde i Vestmose Øst sælges fra 240 kr. pr. m² ekskl. moms.
"""

GRANT = """---
title: Vestmose Udviklingspulje 2026
---

# Vestmose Udviklingspulje 2026

Puljen giver tilskud til udviklingsprojekter i små virksomheder.

## Ansøgningsrunder

| Runde | Ansøgningsfrist | Status |
|---|---|---|
| Runde 1 | 1. marts 2026 | Afsluttet – 14 ansøgninger, 6 fik tilsagn |
| Runde 2 | 1. september 2026 | Åben for ansøgning |

## Sådan søger du

- 1. Udfyld skemaet på vestmose.dk.
- 2. Send ansøgningen senest kl. 12.00 på fristdagen.
"""

PLAN = """---
title: Erhvervsplan Vestmose 2026-2028
---

# Erhvervsplan Vestmose 2026-2028

## Budget

Planen finansieres inden for følgende forventede budgetter.

| År | Samlet budget | Heraf kommunen |
|---|---|---|
| 2026 | 6,2 mio. kr. | 4,0 mio. kr. |
| 2027 | 6,8 mio. kr. | 4,3 mio. kr. |
| 2028 | 7,1 mio. kr. | 4,5 mio. kr. |
"""


EVALUATION = """---
title: Evaluering af Erhvervskontor Vestmose 2025
---

# Evaluering 2025

## Mål og resultater

| Indikator | Mål 2025 | Resultat 2025 | Mål nået? |
|---|---|---|---|
| Antal vejledningsforløb | 200 | 214 | Ja |
| Andel af iværksættere, der overlever 2 år | 80 % | 71 % | Nej |
| Tilfredshed (1-5) | 4,2 | 4,5 | Ja |
"""

RULES_2024 = """---
title: Regler for Vestmose Energipulje 2024
year: 2024
---

# Regler for Vestmose Energipulje 2024

## Tilskud

Tilskuddet udgør 40 % af udgifterne, dog højst 150.000 kr. pr. projekt.

## Hvem kan søge

Puljen er for virksomheder med under 50 ansatte og en adresse i Vestmose Kommune. Landbrug kan ikke søge.
"""

RULES_2026 = """---
title: Regler for Vestmose Energipulje 2026
year: 2026
---

# Regler for Vestmose Energipulje 2026

## Tilskud

Tilskuddet udgør 40 % af udgifterne, dog højst 200.000 kr. pr. projekt.

## Hvem kan søge

Puljen er for virksomheder med under 75 ansatte og en adresse i Vestmose Kommune.

Primærlandbrug kan fra 2026 søge tilskud til energiprojekter i driftsbygninger, men ikke til maskiner.
"""

MENTOR = """---
title: Mentorordningen Vestmose
---

# Mentorordningen Vestmose

Frivillige erhvervsfolk hjælper ejere af små virksomheder i seks måneder. Ordningen har i dag 31 aktive mentorer.

## Hvem kan få en mentor?

Du kan få en mentor, hvis din virksomhed har et CVR-nummer, der er mindst to år gammelt.

Er din virksomhed yngre end to år, kan du i stedet bruge iværksættervejledningen.
"""


NEWS = """---
title: Nyt partnerskab om grøn energi
---

# Nyheder

Vestmose, 4. februar 2026

Kommunen og Vestmose Forsyning indgår partnerskab om overskudsvarme

I dag har Vestmose Kommune og Vestmose Forsyning indgået et partnerskab om at udnytte overskudsvarme fra
virksomhederne i Vestmose Øst. Partnerskabet løber i fem år.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("business_calendar"), {
        "arrangementer-efteraar-2026.txt": CALENDAR, "faq.md": FAQ, "udviklingspulje-2026.md": GRANT,
        "erhvervsplan-2026-2028.md": PLAN, "evaluering-2025.md": EVALUATION, "energipulje-regler-2024.md": RULES_2024,
        "energipulje-regler-2026.md": RULES_2026, "mentorordning.md": MENTOR,
        "nyhed-partnerskab.md": NEWS})


def test_a_calendar_entry_is_dated_by_the_line_above_its_title(engine):
    """"Handelsdag 2026" under "Torsdag 15. oktober 2026, kl. 9.00-15.00", the entries parted by a drawn rule: the
    date is the entry's, not a heading the title hides nor a line glued to the rule."""
    answer = engine.ask("hvornaar er handelsdagen")
    assert not answer.abstained and "15. oktober 2026" in answer.text, answer.text
    first = engine.ask("hvornår er der morgenmøde om kunstig intelligens")
    assert not first.abstained and "8. september 2026" in first.text, first.text
    assert "------" not in first.text, first.text


ANSWERED = [
    # "Pris: 60 kr." says nothing of the morning meeting; the title line above it does.
    ("hvad koster morgenmødet om kunstig intelligens hvis man ikke er medlem", "60 kr."),
    # "Tilmelding senest 6. november 2026." ends in a full stop and states a deadline: it is text, no heading.
    ("hvornår er sidste frist for tilmelding til iværksætterprisen", "6. november 2026"),
    ("hvad koster en erhvervsgrund i Vestmose Øst pr kvadratmeter", "240 kr."),  # "pr. m²"
    ("hvad er det forventede budget for 2027", "6,8 mio. kr."),
    # The row saying "Nej" in the column "Mål nået?".
    ("hvilket af målene for 2025 blev ikke nået", "71 %"),
    # 2024 is what the asker knew; the rules of 2026 answer.
    ("i 2024 kunne man max faa 150.000 kr i tilskud fra energipuljen, er det stadig det beløb der gælder?", "200.000 kr."),
    # The asker's own town is no name the rule must write, nor are the examples they give.
    ("Vi har ca 60 ansatte i vores værksted i Lindved. Kan vi overhovedet søge energipuljen?", "75 ansatte"),
    ("kan landbrug søge energipuljen nu? fx til en ny traktor eller et hønsehus", "driftsbygninger"),
    # "i seks måneder" counts months, so the sentence with 31 mentors answers.
    ("How many volunteer mentors are there in the mentor scheme", "31"),
    # A news item's "I dag" is the day of its dateline.
    ("hvornår blev partnerskabet om overskudsvarme lavet", "4. februar 2026"),
]


@pytest.mark.parametrize("question, expected", ANSWERED, ids=[question[:40] for question, _ in ANSWERED])
def test_answered_from_the_passage_that_states_it(engine, question, expected):
    """The fact is in the short answer or the first quote, not merely somewhere among the runners-up."""
    answer = engine.ask(question)
    lines = answer.text.split("\n")
    first_quote = next((line for line in lines if line.startswith("“")), "")
    assert not answer.abstained and expected in f"{lines[0]} {first_quote}", answer.text


def test_the_price_of_an_event_dated_in_another_time_of_year_is_no_price_for_the_asked_one(engine):
    """The autumn calendar's morning meeting (8 September) is not the spring's: asked for spring, it is declined;
    asked for autumn, its price is the answer. A price whose quote dates nothing is not held to it."""
    spring = engine.ask("hvad koster morgenmødet om kunstig intelligens i foråret 2026")
    assert spring.abstained, spring.text
    autumn = engine.ask("hvad koster morgenmødet om kunstig intelligens i efteråret")
    assert not autumn.abstained and "60 kr." in autumn.text, autumn.text


def test_a_numbered_rounds_figures_do_not_answer_for_another_round(engine):
    """Round 1's 14 applications are no count of round 2's; a time of day ("kl. 12.00") counts nothing."""
    answer = engine.ask("hvor mange ansøgninger kom der i runde 2 af udviklingspuljen")
    assert answer.abstained, answer.text
    first = engine.ask("hvor mange ansøgninger kom der i runde 1 af udviklingspuljen")
    assert not first.abstained and "14 ansøgninger" in first.text, first.text


def test_an_offer_only_an_uncatalogued_document_names_is_asked_of_the_documents_and_if_not_leans_on_it(engine):
    """The region's catalogue has no mentor programme: "kan vi få en mentor" is asked of the documents, and "hvis ikke,
    hvad kan vi så bruge" asks instead of the same."""
    answer = engine.ask("vores firma er 8 mdr gammelt kan vi få en mentor? hvis ikke hvad kan vi så bruge")
    assert answer.route == "documents", answer.text
    assert "to år gammelt" in answer.text and "iværksættervejledningen" in answer.text.split("2) ")[-1], answer.text

