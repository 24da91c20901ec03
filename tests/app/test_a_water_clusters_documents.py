"""A water-technology cluster's documents: a 2025 price list for its test hall (a table without "kr."), the 2026
prices on its web page, its 2026 programme guide, a news item moving a deadline and raising the pool, board minutes
sharing out an extra grant, an annual report, a staff list and an events calendar. Written for these tests
(fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

# As a PDF's text gives a table drawn in cells: the header in single spaces, the cells apart by two.
PRICE_LIST_2025 = """Prisliste 2025 – Testhallen Vejle

Priser

Ydelse Enhed Ikke-medlem Medlem
Testbane, halv dag  pr. booking  3.900  3.315
Testbane, hel dag  pr. dag  6.900  5.865
Testbane, uge (5 hverdage)  pr. uge  27.500  23.375
Vandanalyse, standard  pr. prøve  1.250  1.250
"""

PRICES_2026 = """---
title: Testhallen – priser 2026
year: 2026
---

# Testhallen Vejle

## Priser 2026

Fra 1. januar 2026 er priserne for leje af testbane reguleret. En hel dag koster nu 7.200 kr., en halv dag 4.100 kr.
og en uge 28.900 kr. ekskl. moms. Medlemmer får fortsat 15 % rabat.
"""

GUIDE = """---
title: Retningslinjer for Vandteknologiforløb 2026
year: 2026
---

# Retningslinjer for Vandteknologiforløb 2026

## Hvem kan søge

Virksomheder, der tidligere har fået en Vandkupon, kan godt søge, dog tidligst 12 måneder efter datoen for den seneste
bevilling.

## Ansøgningsfrister 2026

- Runde 1: 16. marts 2026 kl. 12.00
- Runde 2: 14. september 2026 kl. 12.00

## Tilskud

Der kan højst gives 150.000 kr. pr. virksomhed pr. kalenderår i tilskud til et Vandteknologiforløb.

## Screening

En virksomhed kan få én gratis vandscreening hvert tredje år.
"""

NEWS = """---
title: Fristen flyttes – og puljen vokser
year: 2026
---

# Fristen flyttes – og puljen vokser

## Mere tid til første runde

Virksomheder, der vil søge Vandteknologiforløb i første runde, får mere tid. Fristen for 1. runde flyttes fra 16. marts 2026 til 8. april 2026 kl. 12.00. Fristen for 2. runde er uændret.

## Flere penge

Den samlede pulje for 2026 stiger dermed fra 2.800.000 kr. til 3.400.000 kr.

## Ekstra penge fra kommunerne

Baggrunden er, at Vejle, Kolding og Fredericia Kommuner har givet en ekstrabevilling på i alt 1.500.000 kr. til
ordningen.
"""

MINUTES = """---
title: Referat af bestyrelsesmøde 12. maj 2026
year: 2026
---

# Referat af bestyrelsesmøde 12. maj 2026

Deltagere: Karen Bøgh Lassen (formand), Ole Kjær (næstformand), Vibeke Friis, Anders Lyng

## Pkt. 2. Status på 1. ansøgningsrunde

Der kom 64 ansøgninger, og det faglige udvalg har givet tilsagn til 41 virksomheder. Udvalget holder møde den første
tirsdag i hver måned undtagen i juli.

## Pkt. 3. Ekstrabevilling

Direktøren oplyste, at tre kommuner har givet en ekstrabevilling på i alt 1.500.000 kr. til Vandteknologiforløb,
fordelt med 700.000 kr. fra Vejle, 500.000 kr. fra Kolding og 300.000 kr. fra Fredericia.
"""

REPORT = """---
title: Årsrapport 2025 for Vandklynge Sydvest
year: 2025
---

# Årsrapport 2025

## Økonomi

Klyngens samlede udgifter var 6.400.000 kr. i 2025. Heraf gik 3.900.000 kr. til udbetalte tilskud, 1.600.000 kr. til
testhallen og 900.000 kr. til administration. Administrationsandelen udgjorde dermed 14,1 % af de samlede udgifter.
"""

STAFF = """VANDKLYNGE SYDVEST – MEDARBEJDERE
Havnevej 3, 7100 Vejle · Hovednummer 75 80 12 00 · info@vandsydvest.dk

Telefontid på hovednummeret: mandag–torsdag 9.00–15.00, fredag 9.00–13.00.

Lene Dahl Krogh
  Programleder, Vandteknologiforløb
  Tlf. 75 80 12 01 · ldk@vandsydvest.dk

Mikkel Holt Vang
  Driftsleder, Testhallen
  Tlf. 75 80 12 05 · mhv@vandsydvest.dk
  Mobil: 21 43 65 87 (også vagttelefon ved akutte hændelser i hallen)
"""

CALENDAR = """dato;titel;beskrivelse;pris kr ekskl moms;varighed timer;max deltagere
24-03-2026;Morgenmøde om Vandteknologiforløb;Gennemgang af de nye regler i Vandteknologiforløb og gode råd til ansøgningen;0,00;1,5;40
09-09-2026;Vandnetværk Fødevarer – opstartsmøde;Første møde i det nye netværk for mejerier og bryggerier. Inkl. frokost;750,00;6;24
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("water"), {
        "prisliste-testhallen-2025.txt": PRICE_LIST_2025, "testhallen-priser-2026.md": PRICES_2026,
        "retningslinjer-vandteknologiforloeb-2026.md": GUIDE, "nyhed-fristen-flyttes.md": NEWS,
        "referat-bestyrelsesmoede-2026-05-12.md": MINUTES, "aarsrapport-2025.md": REPORT,
        "medarbejdere.txt": STAFF, "arrangementer-2026.csv": CALENDAR})


def test_a_price_list_row_without_kroner_prices_the_asked_year(engine):
    """A price list's bare figures are amounts of money, its unit column no figure; "en uges leje" asks of the rent."""
    answer = engine.ask("hvad kostede en uges leje af testbane i 2025 hvis man ikke er medlem")
    assert not answer.abstained
    assert "27.500" in where_a_reader_looks(answer.text), answer.text


def test_asked_now_the_newer_prices_come_before_the_older_list(engine):
    answer = engine.ask("hvad koster det at leje testbane i testhallen en hel dag nu")
    assert answer.text.startswith("Kort svar: 7.200 kr."), answer.text


def test_a_pool_that_rises_gives_its_new_figure_and_an_inflected_name_is_a_compounds_tail(engine):
    """"teknologiforløbene" is the end of "Vandteknologiforløb"; "stiger fra ... til" is a change."""
    answer = engine.ask("hvor mange penge er der i alt i puljen til teknologiforløbene i år (2026)")
    assert answer.text.startswith("Kort svar: 3.400.000 kr."), answer.text


def test_when_the_asker_had_something_is_no_date_the_documents_must_name(engine):
    answer = engine.ask("vi fik en vandkupon i juni 2025, hvornaar kan vi tidligst soege det nye forloeb?")
    assert not answer.abstained
    assert "12 måneder" in where_a_reader_looks(answer.text), answer.text


def test_every_third_year_answers_how_often(engine):
    answer = engine.ask("hvor tit kan vi faa en gratis vandscreening, vi fik en i 2023")
    assert not answer.abstained
    assert "hvert tredje år" in where_a_reader_looks(answer.text), answer.text


@pytest.mark.parametrize("question, moved", [
    ("when is the deadline for the first 2026 application round? the guide says march", "8. april 2026"),
    ("whats the deadline for the second application round in 2026", "14. september 2026"),
])
def test_an_english_ordinal_round_is_the_documents_numbered_round(engine, question, moved):
    answer = engine.ask(question)
    assert not answer.abstained
    assert moved in where_a_reader_looks(answer.text), answer.text


def test_the_asked_partys_share_of_a_grant(engine):
    answer = engine.ask("hvor meget har kolding kommune givet i ekstrabevilling til vandteknologiforløb")
    assert "500.000 kr." in where_a_reader_looks(answer.text), answer.text
    assert answer.text.startswith("Kort svar: 500.000 kr."), answer.text


def test_both_the_amount_and_the_share(engine):
    answer = engine.ask("hvor meget brugte klyngen på administration i 2025, både kr og procent?")
    first, second = answer.text.split("\n2) ")
    assert "Kort svar: 900.000 kr." in first, answer.text
    assert "Kort svar: 14,1 %" in second, answer.text


def test_a_calendar_rows_price_is_no_grant(engine):
    answer = engine.ask("hvad er max tilskud man kan faa fra vandteknologiforloeb")
    assert "0,00" not in answer.text, answer.text


@pytest.mark.parametrize("question, number", [("what is the main phone number of the water cluster", "75 80 12 00"),
                                              ("what is the emergency phone number for the test hall", "21 43 65 87")])
def test_the_main_and_the_emergency_number_asked_in_english(engine, question, number):
    answer = engine.ask(question)
    assert number in answer.text, answer.text


def test_a_calendar_row_with_a_full_stop_in_its_description_is_one_quote(engine):
    answer = engine.ask("vi er et mejeri, hvad koster opstartsmødet i det nye fødevarenetværk")
    assert not answer.abstained
    assert "750,00" in where_a_reader_looks(answer.text), answer.text


def test_the_boards_chair_is_not_the_committees(engine):
    assert "Karen Bøgh Lassen" in where_a_reader_looks(engine.ask("hvem er formand for bestyrelsen").text)
    answer = engine.ask("hvem er formand for det faglige udvalg der vurderer ansøgningerne")
    assert answer.abstained, answer.text


def test_who_sits_on_a_committee_the_documents_name_no_member_of(engine):
    answer = engine.ask("hvem sidder egentlig i det faglige udvalg?")
    assert answer.abstained, answer.text


def test_a_count_of_the_first_round_is_no_count_of_the_second(engine):
    assert "64 ansøgninger" in engine.ask("hvor mange ansøgninger kom der i første runde").text
    answer = engine.ask("hvor mange ansøgninger kom der i anden runde 2026")
    assert answer.abstained, answer.text


def test_a_summer_closing_the_documents_do_not_mention(engine):
    answer = engine.ask("holder klyngen sommerlukket i juli?")
    assert answer.abstained, answer.text
