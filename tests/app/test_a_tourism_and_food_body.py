"""A tourism and food business body's pages beside the seed corpus: an annual report with a key-figures table and
its accounts, an English summary of the same year, an action plan whose lists follow the sentence naming the
offer, loan-guarantee terms with a fee table, an FAQ, an application page, a network's page behind a cookie banner,
a quality label's fees, a seasonal grant's deadlines, a course catalogue, a news item and a grant's rules.
Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

REPORT = """---
title: Årsberetning 2025 for Skovlund Erhverv
year: 2025
---

# Årsberetning 2025

## Nøgletal

| Nøgletal | 2023 | 2024 | 2025 |
|---|---|---|---|
| Overnatninger i de tre kommuner | 1.488.000 | 1.532.000 | 1.604.000 |
| Lånegarantier stillet (antal) | 6 | 9 | 7 |
| Garantibeløb stillet | 2,9 mio. kr. | 4,4 mio. kr. | 3,6 mio. kr. |

## Økonomi

Skovlund Erhvervs samlede indtægter udgjorde 14,2 mio. kr. i 2025. Ejerkommunernes grundtilskud var 7,4 mio. kr.,
fondsmidler udgjorde 2,1 mio. kr. og brugerbetaling 1,3 mio. kr.
"""

SUMMARY = """---
title: Skovlund Erhverv in English
language: en
---

# Skovlund Erhverv in English

Skovlund Erhverv helps food producers, restaurants and hotels in the three municipalities grow. This page is a
short summary of our work; the Danish pages have the full rules.

## Key figures 2025

- 1,604,000 overnight stays were registered in the three municipalities
- 18 food companies received a development grant
"""

PLAN = """---
title: Handlingsplan 2026-2028
---

# Handlingsplan 2026-2028

## Indsats 3: Generationsskifte

Mange ejere af restauranter og gårdbutikker nærmer sig pensionsalderen. Derfor åbner vi Overdragelsespakken den
1. marts 2027.

- Målet er 30 gennemførte overdragelser i perioden.
- Ejere over 58 år kan få op til 8 timers gratis rådgivning hos en advokat om overdragelse.
- Vi opbygger en liste over mulige købere sammen med de lokale banker.
"""

GUARANTEE = """---
title: Skovlund Garanti – vilkår 2026
---

# Skovlund Garanti – vilkår 2026

Skovlund Garanti er en lånegaranti for virksomheder, som banken finder for små til et lån alene. Garantien dækker op til 70 % af lånets hovedstol, dog højst 1,2 mio. kr. pr. virksomhed.

## Provision og gebyrer

| Betaling | Sats | Bemærkning |
|---|---|---|
| Stiftelsesprovision | 0,6 % af garantibeløbet | Mindst 3.000 kr., betales én gang |
| Løbende garantiprovision | 1,4 % årligt | Af restgarantien |
| Ændring af vilkår | 1.200 kr. | Pr. ændring |
"""

FAQ = """OFTE STILLEDE SPØRGSMÅL

Sp: Hvornår bliver tilskuddet udbetalt?
Sv: Normalt udbetales tilskuddet, når projektet er afsluttet, og du har sendt et regnskab. Du kan søge om forskud
på op til 25 % af tilskuddet, når projektet er gået i gang.

Sp: Kan jeg melde mig ud af Smagsringen?
Sv: Medlemskabet løber et kalenderår ad gangen og skal opsiges skriftligt senest 1. november.
"""

APPLYING = """---
title: Sådan søger du
---

# Sådan søger du

Her kan du læse, hvordan du søger Skovlund Erhvervs puljer, og hvad ansøgningen skal indeholde.

## Ansøgning

Du søger i Skovlund Tilskudsportal med MitID Erhverv. Ansøgninger, der sendes pr. mail eller post, behandles ikke.

## Bestyrelse

Formand er Lene Aagaard (Risted Kommune), og næstformand er Per Holt (Smagsringen).
"""

NETWORK = """<html><head><title>Smagsringen – bliv medlem</title></head><body>
<div class="cookie-consent">Denne side bruger cookies. <a href="/cookies">Læs mere</a></div>
<h1>Smagsringen</h1>
<p>Smagsringen er et netværk for fødevareproducenter og spisesteder i Bækby, Risted og Hedemark.</p>
<h2>Kontingent 2026</h2>
<table>
<tr><th>Virksomhedens størrelse</th><th>Årligt kontingent</th></tr>
<tr><td>1-9 ansatte</td><td>1.500 kr.</td></tr>
<tr><td>10-49 ansatte</td><td>3.000 kr.</td></tr>
<tr><td>50 ansatte eller flere</td><td>5.000 kr.</td></tr>
</table>
<p>Nye medlemmer, der melder sig ind efter 1. juli, betaler halvt kontingent det første år.</p>
<h2>Arrangementer 2026</h2>
<ul>
<li>26. februar 2026 – Netværksmøde og generalforsamling, Bækby Kro</li>
<li>16. april 2026 – Erfa-gruppe for spisesteder om menukort i skuldersæsonen, Risted</li>
<li>24. september 2026 – Høstmøde hos Hedemark Mejeri om fælles distribution</li>
</ul>
</body></html>
"""

LABEL = """---
title: Skovlund Kvalitet – mærkeordning
---

# Skovlund Kvalitet

Kvalitetsmærket viser gæsterne, at en virksomhed bruger lokale råvarer.

## Gebyrer

- Årligt licensgebyr for virksomheder med 1-9 ansatte: 1.100 kr.
- Årligt licensgebyr for virksomheder med 10-49 ansatte: 2.400 kr.

Medlemmer af Smagsringen får 20 % rabat på licensgebyret, og medlemskab af ringen er ikke et krav for mærket.
"""

SEASON = """#Sæsonforlængelsespuljen 2026

Sæsonforlængelsespuljen støtter projekter, der holder virksomheder åbne uden for højsæsonen.

##Formål

Eksempler på projekter, der tidligere har fået støtte:
- en kro i Bækby, der holdt åbent om vinteren med vildtmenuer og julefrokoster
- en campingplads ved Risted, der isolerede fire hytter, så de kan lejes ud om vinteren

##Støtte

Tilskuddet udgør op til 50 % af udgifterne, dog højst 60.000 kr. pr. virksomhed.

##Ansøgningsfrister 2026

1. **15. april 2026 kl. 12.00**
2. **30. oktober 2026 kl. 12.00**
"""

NEWS = """NYHED

Bækby, 3. februar 2026

Vækstlånefonden vokser

Byrådet har tilført Vækstlån Skovlund yderligere 4 mio. kr. Siden starten i 2020 er der bevilget 27 lån for i alt
9,8 mio. kr.

Samtidig har Madpuljen haft rekordmange ansøgere, og efterårsrunden for Madpuljen har frist den 10. september 2026.
"""

COURSES = """KURSUSKATALOG FORÅR 2026

KURSER

4. marts 2026  Hygiejne for små producenter  Bækby  900 kr.
15. april 2026  Prissætning  Risted  750 kr.

TILMELDING

Tilmelding sker senest 10 dage før kursusstart til kurser@skovlund-erhverv.dk.
"""

RULES = """---
title: Regler for Madpuljen 2026
year: 2026
---

# Regler for Madpuljen 2026

## Tilskud

Tilskuddet udgør 40 % af de støtteberettigede udgifter, og virksomheden skal selv finansiere de resterende 60 %.
Der kan højst gives 180.000 kr. i tilskud pr. projekt. Puljens samlede ramme for 2026 er 2,6 mio. kr.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("tourism_food"), {
        "aarsberetning-2025.md": REPORT, "english-summary.md": SUMMARY, "handlingsplan-2026-2028.md": PLAN,
        "garanti-vilkaar-2026.md": GUARANTEE, "faq.txt": FAQ, "ansoegning.md": APPLYING, "smagsringen.html": NETWORK,
        "kvalitetsmaerke.md": LABEL, "saesonforlaengelsespuljen.md": SEASON, "nyhed-vaekstlaan.txt": NEWS,
        "kursuskatalog-foraar-2026.txt": COURSES, "madpuljen-regler-2026.md": RULES})


ANSWERED = [
    # The list after the sentence naming the offer is the offer's; what one gets, not its goal.
    ("hvad får man med overdragelsespakken", "8 timers"),
    # A fee charged as a share is what the guarantee costs a year.
    ("hvad koster lånegarantien i provision om aaret", "1,4 % årligt"),
    # "lån" counts the growth loans where the news item is about the growth-loan fund.
    ("hvor mange vækstlån er der givet siden starten", "27 lån"),
    # "maksbeløbet", and "det max man kan få": the limit, not the pool's total.
    ("hvad er maksbeløbet i madpuljen", "180.000 kr."),
    ("hvad er det max man kan faa fra madpuljen", "180.000 kr."),
    # An abbreviated compound is the documents' long name: "sæsonpuljen" is Sæsonforlængelsespuljen, not Madpuljen.
    ("hvornaar er fristen for saesonpuljen i efteraaret 2026", "30. oktober 2026"),
    # The asker's description pulls the pool's examples up; the sentence with the limit answers what they ask.
    ("vi er en campingplads ved risted og vil gerne have aabent om vinteren, hvor meget kan vi max faa fra "
     "saesonforlaengelsespuljen", "60.000 kr."),
    # A time counted from the course's start is the deadline asked for.
    ("hvornaar skal man senest tilmelde sig jeres kurser", "10 dage før kursusstart"),
    # Sending by mail is how, not an e-mail address asked for.
    ("kan jeg bare sende min ansøgning på mail til jer?", "behandles ikke"),
    # The network's own fee table, not the quality label's fee for the same size; "medlemskab" is being a member.
    ("hvad koster medlemskab af smagsringen for os, vi er et bryggeri med 14 ansatte", "3.000 kr."),
    # The body the application page's introduction names as its owner.
    ("hvem er formand for bestyrelsen i skovlund erhverv", "Lene Aagaard"),
    # The English summary has 2025 only; the Danish table row has 2024.
    ("How many overnight stays were there in the three municipalities in 2024?", "1.532.000"),
    ("What was Skovlund Erhverv's total income in 2025?", "14,2 mio. kr."),
]


@pytest.mark.parametrize("question, expected", ANSWERED, ids=[question[:40] for question, _ in ANSWERED])
def test_answered_from_the_sentence_that_states_it(engine, question, expected):
    answer = engine.ask(question)
    assert not answer.abstained and expected in where_a_reader_looks(answer.text), answer.text


def test_an_account_the_documents_do_not_give_for_the_asked_year_is_declined(engine):
    """Across languages any amount of 2023 ("Garantibeløb stillet: 2,9 mio. kr.") is no income."""
    answer = engine.ask("What was Skovlund Erhverv's total income in 2023?")
    assert answer.abstained, answer.text


def test_a_later_part_keeps_the_first_parts_year_and_account(engine):
    """"... i 2024 og for hvor mange penge i alt": 2024's guarantee amount; "... og hvor meget kom fra kommunerne":
    the municipalities' share of the income, not the total the first part quoted."""
    answer = engine.ask("hvor mange laanegarantier blev der stillet i 2024 og for hvor mange penge i alt")
    assert "4,4 mio. kr." in answer.text.split("2) ")[-1], answer.text
    accounts = engine.ask("hvad var skovlund erhvervs samlede indtaegter i 2025 og hvor meget kom fra kommunerne")
    first, second = accounts.text.split("2) ")
    assert "14,2 mio. kr." in first and "7,4 mio. kr." in where_a_reader_looks(second.split("\n", 1)[1]), accounts.text


def test_a_yes_no_question_after_a_question_is_a_part_of_its_own(engine):
    """"hvad koster mærket?? får vi rabat ...": two questions, each answered."""
    answer = engine.ask("hvad koster kvalitetsmaerket om aaret for en kro med 5 ansatte?? faar vi rabat hvis vi er med i smagsringen")
    assert "1) " in answer.text and "2) " in answer.text, answer.text
    assert "1.100 kr." in answer.text.split("2) ")[0] and "20 %" in answer.text.split("2) ")[1], answer.text
    # After a bare "og" as well: the fee is not lost to the maximum.
    guarantee = engine.ask("hvad koster laanegarantien i provision om aaret og er der et max pr virksomhed")
    assert "2) " in guarantee.text, guarantee.text
    first, second = guarantee.text.split("2) ")
    assert "1,4 % årligt" in first and "1,2 mio. kr." in where_a_reader_looks(second.split("\n", 1)[1]), guarantee.text


def test_part_of_a_grant_paid_in_advance_is_asked_of_the_documents_and_the_faq_answer_quoted_whole(engine):
    answer = engine.ask("kan vi faa noget af tilskuddet udbetalt paa forhaand?")
    assert answer.route == "documents" and "25 %" in answer.text, answer.text


def test_which_things_in_a_season_are_those_dated_in_it(engine):
    """"i efteråret": the network's September meeting, not its spring ones; a spring catalogue lists no autumn
    courses."""
    events = engine.ask("hvilke arrangementer holder smagsringen i efteraaret 2026")
    assert not events.abstained and "24. september 2026" in where_a_reader_looks(events.text), events.text
    courses = engine.ask("which courses are you running in autumn 2026?")
    assert courses.abstained, courses.text
