"""A health-tech incubator's and a digitalisation programme's documents: an FAQ whose askers tell of themselves, an
accelerator guide, an English fact sheet, a course calendar exported as CSV, a staff list saying whom to contact about
what, steering-group minutes sharing a pool between municipalities, a news item raising it, an action plan and an
annual report. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

FAQ = """---
title: Ofte stillede spørgsmål om ansøgning
year: 2026
---

# Ofte stillede spørgsmål om ansøgning

## Om at søge

**Vores virksomhed ligger i Aarhus. Kan vi søge?**
Kun hvis virksomheden har adresse eller en registreret produktionsenhed (P-nummer) i Region Syddanmark på
ansøgningstidspunktet.

**Kan en virksomhed søge til flere projekter på én gang?**
Nej, en virksomhed kan kun have ét aktivt projekt i SundTek Accelerator ad gangen.
"""

GUIDE = """---
title: SundTek Accelerator 2026 – vejledning
year: 2026
---

# SundTek Accelerator 2026

## Hvem kan søge

Virksomheden skal være registreret i CVR, have mindst én fuldtidsansat og må højst være 7 år gammel på
ansøgningsfristen. Projektet skal have en klinisk eller kommunal partner.

## Tilskud

Der kan søges mellem 100.000 kr. og 650.000 kr. pr. projekt, og virksomheden skal selv finansiere mindst 40 %.

## Kurser i regulatoriske krav

Eksempel: En virksomhed sender tre udviklere på et kursus i MDR-dokumentation, der koster 8.000 kr. pr. deltager.
Tilskuddet er 60 % af 8.000 kr. = 4.800 kr. pr. deltager, i alt 14.400 kr.
"""

FACT_SHEET = """---
title: SundTek Fyn – Fact Sheet 2026
year: 2026
language: en
---

# SundTek Fyn – Fact Sheet 2026

## Who we are

SundTek Fyn is a health-tech incubator in Odense, owned by Odense Municipality and the Region of Southern Denmark.
The board is chaired by Birgitte Lund Hvid. The incubator has a staff of 12.

## Deadlines 2026

- Round 1: 2 March 2026 at 12:00
- Round 2: 14 September 2026 at 12:00
"""

CALENDAR = """Startdato;Kursus;Type;Sted;Timer i alt;Pris medlem (kr.);Pris ikke-medlem (kr.);Pladser;Status
22-01-2026;Kom godt i gang med cybersikkerhed;Halvdagsworkshop;Kalundborg, Værftsvej 12;3,5;0,00;450,00;25;Afholdt
05-02-2026;NIS2 for underleverandører;Heldagsworkshop;Mødecenter Holbæk Havn;6,5;2.100,00;2.900,00;24;Afholdt
07-04-2026;Kaffe og barista, grundkursus;Kursus;Svaneke, Café Lunden;6,0;1.450,00;1.950,00;8;Åben
23-04-2026;AI i den lille virksomhed;Halvdagsworkshop;Nykøbing Sj., Havnevej 3;3,5;1.200,00;1.800,00;20;Aflyst
10-09-2026;NIS2-forløb, modul 1: Risikovurdering;Heldagsworkshop;Kalundborg, Værftsvej 12;6,5;2.100,00;2.900,00;12;Åben
"""

STAFF = """SEKRETARIATET – MEDARBEJDERE
Værftsvej 12, 4400 Kalundborg · Hovednummer 59 53 41 00

Camilla Dahl           Programleder               59 53 41 10    cada@vaekstnordvest.dk
Søren Kjeldgaard       Cybersikkerhedsrådgiver    59 53 41 15    sokj@vaekstnordvest.dk
Line Østergaard        Digitaliseringskonsulent   59 53 41 16    lioe@vaekstnordvest.dk
Hanne Funch            Økonomi                    59 53 41 11    hafu@vaekstnordvest.dk

FRAVÆR OG STEDFORTRÆDERE

Søren Kjeldgaard er på forældreorlov til og med 31. juli 2026. I perioden tager Line Østergaard sig af
sikkerhedstjek og cyberrådgivning.

HVEM KONTAKTER JEG OM ...?

- Ansøgning, frister og ansøgningsportalen:  Camilla Dahl
- Udbetaling af tilskud, fakturaer, NemKonto:  Hanne Funch

BEMÆRK

- Kontoret holder lukket mellem jul og nytår samt i uge 29 og 30.
"""

MINUTES = """---
title: Referat af styregruppemøde 3. december 2025
year: 2025
---

# Referat af styregruppemøde 3. december 2025

## Pkt. 4. Fordeling af puljen for 2026 mellem kommunerne

Puljen for 2026 udgør 5.200.000 kr. Styregruppen besluttede at fordele den efter antallet af virksomheder:

- Holbæk Kommune: 2.080.000 kr. (40 %)
- Kalundborg Kommune: 1.820.000 kr. (35 %)
- Odsherred Kommune: 1.300.000 kr. (25 %)
"""

NEWS = """---
title: Puljen til Digital Robusthed hæves
year: 2026
---

# Puljen til Digital Robusthed hæves

Første skridt er stadig et gratis basis-sikkerhedstjek: book det hos sekretariatet på tlf. 59 53 41 00.

For at imødekomme den store efterspørgsel tilføres ordningen 1.250.000 kr. ekstra. Dermed hæves den samlede pulje for
2026 fra 5.200.000 kr. til 6.450.000 kr.
"""

PLAN = """---
title: Handlingsplan 2026–2027
year: 2026
---

# Handlingsplan 2026–2027

## Faciliteter

Mange virksomheder i Kalundborg leverer til procesindustrien og møder nye krav fra kunder, der er omfattet af NIS2.
Vi udvider TestLab med et klimakammer i 2026. Samtidig åbner vi et satellitkontor med et mindre testmiljø i
Sønderborg den 1. februar 2027, så virksomheder i den sydlige del af regionen får kortere vej til vores tilbud.
"""

CONSULTANTS = """---
title: Godkendte rådgivere
year: 2026
---

# Godkendte rådgivere

Tilskud til rådgivning forudsætter, at rådgiveren er godkendt af sekretariatet.

| Rådgiver | Kompetenceområder | Kommune | Kontaktperson | Telefon |
|---|---|---|---|---|
| Kystnet IT ApS | Cybersikkerhed, backup, netværk | Odsherred | Pernille Skou | 22 41 87 90 |
| SikkerBund ApS | NIS2, risikovurdering, beredskabsplaner | Kalundborg | Ali Demir | 31 77 05 48 |
| Fjordlys Digital | E-handel, webshop, digital markedsføring | Holbæk | Sara Winther | 28 90 14 36 |
"""

REPORT = """Årsrapport 2025

Hovedtal

Nøgletal  2024  2025
Virksomheder, vi har været i kontakt med  212  247
Nye helårsstillinger i støttede virksomheder  31  57
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("incubator"), {
        "faq-ansoegning.md": FAQ, "sundtek-accelerator-2026.md": GUIDE, "fact-sheet-en.md": FACT_SHEET,
        "kursuskalender-2026.csv": CALENDAR, "medarbejdere.txt": STAFF, "referat-styregruppe-2025-12-03.md": MINUTES,
        "nyhed-puljen-haeves.md": NEWS, "handlingsplan-2026-2027.md": PLAN, "aarsrapport-2025.txt": REPORT,
        "godkendte-raadgivere.md": CONSULTANTS})


def test_an_faqs_question_that_tells_of_its_asker_is_quoted_with_its_answer(engine):
    """"Vores virksomhed ligger i Aarhus." is the FAQ's question, not an answer; the line under it answers. The
    catalogue's 2010 programmes for Central Denmark are not what the asker means."""
    answer = engine.ask("vores firma ligger i aarhus, kan vi overhovedet soege")
    assert "Region Syddanmark" in answer.text, answer.text
    assert "Vækstforum" not in answer.text, answer.text


def test_an_inflected_latin_noun_is_the_documents_word(engine):
    """"baristakurset" is "barista" and "kurset", the definite of the calendar's "Kursus"."""
    answer = engine.ask("hvor bliver baristakurset holdt henne")
    assert not answer.abstained, answer.text
    assert "Svaneke" in where_a_reader_looks(answer.text), answer.text


def test_a_records_field_named_by_the_asked_unit(engine):
    answer = engine.ask("hvor mange timer varer baristakurset")
    assert answer.text.startswith("Kort svar: 6,0 timer"), answer.text


def test_a_records_count_beside_its_prices(engine):
    """"Pris medlem (kr.): 2.100,00" labels one field of the record; "Pladser: 24" counts."""
    answer = engine.ask("hvor mange pladser er der på nis2 heldagsworkshoppen i holbaek i februar")
    assert "Pladser: 24" in where_a_reader_looks(answer.text), answer.text


def test_an_inflected_tail_with_a_doubled_consonant(engine):
    """"workshoppen" is the end of "Halvdagsworkshop", inflected."""
    answer = engine.ask("bliver ai-workshoppen i april til noget?")
    assert not answer.abstained, answer.text
    assert "Aflyst" in where_a_reader_looks(answer.text), answer.text


def test_whom_to_contact_about_what(engine):
    answer = engine.ask("hvem skal jeg kontakte om udbetalingen af vores tilskud")
    assert "Hanne Funch" in where_a_reader_looks(answer.text), answer.text
    assert "::" not in answer.text, answer.text


def test_who_stands_in_while_someone_is_away(engine):
    answer = engine.ask("hvem skal jeg ringe til om sikkerhedstjek nu hvor søren er på barsel")
    assert not answer.abstained, answer.text
    assert "Line Østergaard" in where_a_reader_looks(answer.text), answer.text


def test_an_office_opening_on_a_date_far_into_the_sentence(engine):
    answer = engine.ask("hvornår åbner i kontor i sønderborg")
    assert "1. februar 2027" in where_a_reader_looks(answer.text), answer.text


def test_the_asked_municipalitys_share_is_not_replaced_by_the_raised_pool(engine):
    answer = engine.ask("hvor mange penge har odsherred faaet af puljen for 2026")
    assert "1.300.000 kr." in where_a_reader_looks(answer.text), answer.text
    assert "6.450.000" not in answer.text.split("\n")[0], answer.text


def test_which_consultant_is_a_row_of_the_consultants_table(engine):
    answer = engine.ask("which approved consultant in kalundborg can help us with nis2 requirements")
    assert "SikkerBund ApS" in where_a_reader_looks(answer.text), answer.text


def test_asked_the_grant_a_worked_example_gives_its_result_not_the_price(engine):
    answer = engine.ask("hvor meget faar man i tilskud hvis udviklerne skal paa kursus i mdr dokumentation")
    looked_at = where_a_reader_looks(answer.text)
    assert "= 4.800 kr." in looked_at and "der koster" not in looked_at and "Kort svar: 8.000" not in looked_at, answer.text


@pytest.mark.parametrize("question", [
    "hvor mange nye helårsjob blev der skabt i 2025 i de virksomheder i har støttet",
    "how many new year-round jobs were created in the supported businesses in 2025?",
])
def test_jobs_are_counted_as_the_documents_positions(engine, question):
    """"helårsjob" is counted as "helårsstillinger" (synonyms job/stilling, as a compound's head too); "year-round
    jobs" counts jobs, not years."""
    answer = engine.ask(question)
    assert not answer.abstained, answer.text
    assert "57" in where_a_reader_looks(answer.text), answer.text
