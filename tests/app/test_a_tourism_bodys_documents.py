"""A west-coast tourism body's annual statistics (tables by nationality and by kind of stay, a change column), its
course programme, contact page and board minutes naming who takes over from a retiring coordinator. Written for
these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

STATISTICS = """---
title: Turismen på Vestkysten – Årsrapport 2025
year: 2025
---
# Turismen på Vestkysten – Årsrapport 2025

## 1. Overnatninger efter nationalitet

Tabellen viser alle registrerede overnatninger i de fire kommuner, fordelt på gæsternes bopælsland.

| Nationalitet | 2022 | 2023 | 2024 | 2025 | Ændring 2024–25 |
|---|---|---|---|---|---|
| Danmark | 1.912.400 | 1.874.300 | 1.903.800 | 1.951.200 | +2,5 % |
| Tyskland | 2.104.600 | 2.187.900 | 2.241.500 | 2.298.700 | +2,6 % |
| Nederlandene | 298.300 | 312.800 | 327.400 | 341.900 | +4,4 % |
| Overnatninger i alt | 4.600.100 | 4.664.900 | 4.767.800 | 4.899.000 | +2,8 % |

## 2. Overnatningsformer

| Overnatningsform | 2024 | 2025 | Andel 2025 |
|---|---|---|---|
| Feriehuse (udlejet via bureau) | 2.561.300 | 2.612.400 | 53,3 % |
| Campingpladser | 1.279.500 | 1.318.900 | 26,9 % |
| Hoteller og feriecentre | 712.400 | 742.600 | 15,2 % |

## 3. Beskæftigelse

Turismen skabte 6.585 fuldtidsårsværk i 2025, hvoraf ca. 38 % er sæsonbeskæftigelse.

## 4. Digital booking

- 104 virksomheder fik tilsagn om bookingtilskud.
"""

MINUTES = """Referat af bestyrelsesmøde i Turisme Vestkysten, 24. februar 2026

Ad 2. Orientering fra direktøren

Der var 4.899.000 overnatninger i 2025 (+2,8 % i forhold til 2024).

Kursuskoordinator Anders Lyngbo Pedersen går på pension den 30. april 2026.
Fra 1. maj 2026 overtager Line Bæk Jørgensen koordineringen af kompetenceforløbene (lbj@turismevestkysten.dk, tlf. 97 41 22 15).
"""

COURSE = """Kompetenceforløb for sæsonpersonale 2026

Om forløbet

Forløbet består af 7 moduler, der alle holdes om tirsdagen kl. 9.00–13.00 i Hvidesand Kulturhavn. I 2025 deltog i
alt 314 medarbejdere fordelt på forårs- og efterårsholdene.

Kontakt

Kursuskoordinator Anders Lyngbo Pedersen, alp@turismevestkysten.dk, tlf. 97 41 22 05.
"""

CONTACT = """Kontakt og medarbejdere

Turisme Vestkysten, Havnepladsen 4, 6980 Hvidesand. Tlf. 97 41 22 00 · kontakt@turismevestkysten.dk

Telefonen er åben mandag–torsdag kl. 9.00–15.00 og fredag kl. 9.00–13.00.
"""


NEWS_2022 = """Nyhed, 15. august 2022: Pakhuset åbner

Nye lejere med et CVR-nummer under 2 år kan desuden deltage i kommunens iværksætterforløb og få tilknyttet en frivillig
mentor.
"""

COUNCIL_2026 = """Byrådets beslutningsprotokol, 29. januar 2026

Punkt 7. Iværksætterforløbet

Prisen for iværksætterforløbet sænkes fra 2.000 kr. til 1.000 kr. Adgangskravet ændres fra et CVR-nummer på højst 2 år
til højst 3 år.
"""

PARTNERS_EN = """Working with the Danish West Coast – information for German and Dutch partners

WHO WE ARE

Turisme Vestkysten was founded in 2009 by the four west coast municipalities to market the coast abroad.

ASSOCIATED PARTNERSHIP FOR FOREIGN COMPANIES

Tour operators and travel agencies based outside Denmark can join as associated partners for EUR 350 per year (excl.
VAT). Associated partners get our product manual and a listing on our B2B page.

THE WEST COAST IN NUMBERS (2025)

- German guests account for close to half of all nights – about 2.3 million.
- Dutch guests: around 340,000 nights, up more than 4% on 2024.
- 58 companies were trained in our hosting courses in 2025.
"""

BOOKING_GRANT = """Tilskud til digital booking og markedsføring 2026

Hvor meget kan du få?

Du kan få tilskud på 40 % af de støtteberettigede udgifter, dog højst 40.000 kr. pr. virksomhed pr. kalenderår.
Eksempel: Et nyt bookingsystem med channel manager og en tysk version af hjemmesiden koster i alt 85.000 kr. ekskl.
moms.

Kontakt

Erhvervskonsulent Maja Kirkegaard Holm, mkh@turismevestkysten.dk, tlf. 97 41 22 03.
"""

CALENDAR = """Dato;Ugedag;Kl.;Aktivitet;Sted;Bemærkning
15. marts 2026;søndag;12.00;Ansøgningsfrist: digital pulje, forårsrunde;Online ansøgning;Svar senest 15. april 2026
8. oktober 2026;torsdag;9.30;Turismens Dag;Hvidesand Kulturhavn;Tilmelding senest 20. september
"""

MINUTES_MARCH = """Referat af bestyrelsesmøde, 10. marts 2026

Ad 2. Personale

Erhvervskonsulent Maja Kirkegaard Holm går på barselsorlov fra 1. marts 2026.
Som barselsvikar er ansat Emil Fuglsang Thomsen i perioden 1. marts 2026 – 31. januar 2027, og han overtager sagsbehandlingen af den digitale pulje.

Ad 3. Digital pulje 2026

Flere virksomheder har meddelt, at de ikke kan nå at indhente tilbud inden fristen.
Beslutning: Ansøgningsfristen for forårsrunden flyttes fra 15. marts 2026 til 1. april 2026 kl. 12.00. Der gives svar
senest 1. maj 2026.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("tourism_body"), {
        "turismestatistik-2025.md": STATISTICS, "bestyrelsesreferat-2026-02-24.txt": MINUTES,
        "kompetenceforloeb-2026.txt": COURSE, "kontakt.txt": CONTACT, "nyhed-2022-08-15.txt": NEWS_2022,
        "byraad-protokol-2026-01-29.txt": COUNCIL_2026, "partners-en.txt": PARTNERS_EN,
        "digital-booking-tilskud.txt": BOOKING_GRANT, "arrangementer-2026.csv": CALENDAR,
        "bestyrelsesreferat-2026-03-10.txt": MINUTES_MARCH})


@pytest.mark.parametrize("question, figure", [
    ("hvor mange overnatninger havde vi fra tyskland i 2024", "2.241.500"),  # a header of years and a change column
    ("hvor mange overnatninger var der på campingpladserne i 2024", "1.279.500"),  # counted by "Overnatningsform"
    ("hvor mange fuldtidsjobs skaber turismen, seneste tal?", "6.585"),  # the documents' "fuldtidsårsværk"
    ("how many overnight stays did german guests have in 2025", "2.298.700"),  # the glossary's "overnatninger"
])
def test_a_figure_is_read_from_the_row_and_column_the_question_names(engine, question, figure):
    answer = engine.ask(question)
    assert figure in where_a_reader_looks(answer.text) and "opgør ikke" not in answer.text, answer.text


def test_whom_to_contact_when_the_coordinator_has_retired_is_who_took_over(engine):
    """The minutes say who takes over, though they call the modules "kompetenceforløbene"."""
    answer = engine.ask("hvem skal vi kontakte om efteraarsmodulerne i september naar anders er gaaet paa pension")
    assert "Line Bæk" in where_a_reader_looks(answer.text) and "97 41 22 15" in answer.text, answer.text
    assert "nævner ikke" not in answer.text, answer.text


def test_how_many_times_one_meets_and_at_what_time_of_day(engine):
    answer = engine.ask("hvor mange gange mødes man på kompetenceforløbet og hvad tid på dagen")
    assert "314" not in answer.text.split("2)")[0], answer.text  # participants are no number of meetings
    assert "9.00–13.00" in answer.text.split("2)")[-1], answer.text


def test_the_phones_friday_hours_answer_when_the_phone_is_open(engine):
    answer = engine.ask("hvornår har i åbent på telefonen om fredagen")
    assert "9.00–13.00" in where_a_reader_looks(answer.text), answer.text


def test_after_the_askers_own_case_the_rule_it_must_fit_answers(engine):
    """"mit cvr nr er 2 og et halvt år gammelt – kan jeg ...": the council's 3 years, not the news' line that merely
    shares the asked clause's words."""
    answer = engine.ask("mit cvr nr er 2 og et halvt år gammelt – kan jeg stadig komme med på iværksætterforløbet?")
    assert "3 år" in where_a_reader_looks(answer.text), answer.text


def test_a_price_in_euros_on_the_english_page_is_not_replaced_by_an_unrelated_danish_amount(engine):
    answer = engine.ask("how much does the associated partnership cost for a travel agency based in germany")
    assert "EUR 350" in where_a_reader_looks(answer.text) and "85.000" not in answer.text, answer.text


def test_a_count_on_the_english_page_is_not_replaced_by_a_danish_count_of_something_else(engine):
    """"104 virksomheder fik tilskud" counts companies, but not those trained: the summary's count answers."""
    answer = engine.ask("how many companies did you train in hosting guests in 2025?")
    assert "58" in where_a_reader_looks(answer.text) and "104" not in answer.text, answer.text


def test_the_deadline_a_calendar_gives_is_the_one_a_later_decision_moved(engine):
    """The calendar row's deadline is its date, not its "Svar senest"; the minutes moved it to 1 April."""
    answer = engine.ask("hvornaar er ansoegningsfristen for foraarsrunden i den digitale pulje? i kalenderen staar der 15 marts")
    assert "1. april 2026" in where_a_reader_looks(answer.text), answer.text


def test_who_covers_for_someone_on_leave_and_until_when(engine):
    answer = engine.ask("who is covering for Maja Kirkegaard Holm during her maternity leave, and until when?")
    first, _, second = answer.text.partition("2)")
    assert "Emil Fuglsang" in first and "31. januar 2027" in second, answer.text


def test_a_thing_named_in_brackets_that_no_document_writes_is_not_answered(engine):
    answer = engine.ask("what is the tourist tax (kurtaxe) per night on the danish west coast?")
    assert "do not mention Kurtaxe" in answer.text, answer.text


def test_a_founding_year_of_the_english_page_is_not_replaced_by_a_calendar_date(engine):
    """Asked again of the Danish documents, a calendar row's date is of no founding: the summary's year stands."""
    answer = engine.ask("when was the tourism body founded")
    assert "2009" in where_a_reader_looks(answer.text) and "2026" not in where_a_reader_looks(answer.text), answer.text
