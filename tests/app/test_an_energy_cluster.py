"""An energy cluster's documents beside the seed corpus: an annual report PDF whose key-figures table has figures set
flush right and a label over each group of rows, and a run-in heading before its count; an events calendar with
dates written 12.03.2026 and a course list typed in columns; a conference page with a refund span; a mentor scheme
with its coordinator; a network that meets so many times a year; a price page with a discount, a table of equipment
and a cancellation policy; a loan's fees; a programme the English summary names in both languages; an English
summary. Written for these tests (fictional)."""
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.conftest import engine_beside_corpus, where_a_reader_looks

KEY_FIGURES = [
    ("Nøgletal", "2023", "2024", "2025"),
    ("Medlemmer",),
    ("Medlemsvirksomheder ved årets udgang", "120", "131", "148"),
    ("Andel med under 50 ansatte", "70,1 %", "71,4 %", "72,0 %"),
    ("Testhallen i Norby",),
    ("Bookede dage", "81", "102", "117"),
    ("Udnyttelsesgrad", "33,0 %", "41,6 %", "47,8 %"),
    ("Indtægter fra udlejning", "0,6 mio. kr.", "0,9 mio. kr.", "1,1 mio. kr."),
]


def annual_report(path: Path) -> None:
    """The report as a layout program writes it: each cell placed on its own, the figures right-aligned."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.text(15, 20, "Årsrapport 2025")
    pdf.set_font("Helvetica", size=10)
    pdf.text(15, 32, "Nøgletal 2023-2025")
    pdf.text(15, 39, "Tabellen viser klyngens vigtigste tal. Tallene for 2025 er opgjort pr. 31. december 2025.")
    y = 50
    for row in KEY_FIGURES:
        pdf.text(15, y, row[0])
        for column, cell in enumerate(row[1:]):
            right = 130 + 30 * column
            pdf.text(right - pdf.get_string_width(cell), y, cell)
        y += 8
    pdf.text(15, y + 6, "Året i de enkelte indsatser")
    pdf.text(15, y + 14, "Energitilskud. Der blev bevilget 31 tilskud på i alt 1,2 mio. kr. Den hyppigste indsats var")
    pdf.text(15, y + 19, "varmepumper med 12 bevillinger.")
    path.write_bytes(bytes(pdf.output()))


CALENDAR = """ARRANGEMENTSKALENDER FORÅR 2026

12.03.2026  9.00-12.00   Virksomhedsbesøg hos Norby Stål   Medlemmer gratis, Ikke-medl. 350 kr.

26.03.2026  8.00-9.30    Morgenmøde om energisyn   Gratis

Tilmelding til morgenmøder senest 2 hverdage før. Udeblivelse uden afbud koster 200 kr.
"""

# Typed in fixed-width columns: each entry's lines indented under its date line, dates as "04.03.26" and "17/3".
COURSES = """KURSER FORÅR 2026
Pris angives som medlemmer / ikke-medlemmer.

04.03.26 kl. 9-15    Sådan søger du EU-midler
                     Heldagskursus med fondsrådgiver Lise Holm.
                     Vi gennemgår ansøgningsskemaet og øver os på
                     en rigtig ansøgning.
                     950 kr. / 1.900 kr. inkl. frokost.

17/3    kl. 9-12     Energiledelse for begyndere
                     !! AFLYST - flyttes til efteråret !!

24/3    kl. 13-16    Varmepumper i industrien
                     Gratis / 500 kr. Tilmelding senest 10/3.
"""

CONFERENCE = """---
title: Energikonferencen 2026
year: 2026
---

# Energikonferencen 2026

Energikonferencen holdes d. 3. juni 2026 i Norby Kulturhus. En billet koster 1.800 kr. for medlemmer.

## Afbestilling

Ved afbud senest d. 30. april 2026 refunderes hele billetprisen. Ved afbud fra d. 1. maj til d. 15. maj refunderes
50 % af billetprisen. Derefter refunderes intet.
"""

MENTORS = """---
title: Mentorordningen
year: 2026
---

# Mentorordningen

En frivillig mentor fra en anden virksomhed følger jer i et halvt år.

## Kontakt

Mentorkoordinator Ida Lund, mobil 22 33 44 55, il@energiklyngen-norby.dk
"""

NETWORK = """---
title: Energiledernetværket
year: 2026
---

# Energiledernetværket

I Energiledernetværket mødes energiansvarlige fra klyngens medlemsvirksomheder for at dele erfaringer med drift og
besparelser.

## Møderne

Netværket mødes seks gange om året, skiftevis hos deltagerne. Deltagelse koster 3.000 kr. om året.
"""

PRICES = """---
title: Priser for testhallen 2026
year: 2026
---

# Priser for testhallen 2026

Testhallen koster 4.000 kr. pr. dag for medlemmer.

| Udstyr pr. dag | Medlemmer | Ikke-medlemmer |
|---|---|---|
| Testhal | 4.000 kr. | 6.000 kr. |
| Klimakammer | 2.500 kr. | 3.900 kr. |
| Vibrationsbord | 1.800 kr. | 2.700 kr. |
| Værksted | 900 kr. | 1.400 kr. |

## Rabat

Virksomheder i Energiledernetværket får 20 % rabat på leje af testhallen. Rabatten gælder ikke værkstedet.

## Afbestilling

Afbestilling senest 30 dage før lejedagen er gratis. Ved afbestilling 10–29 dage før lejedagen betales 25 % af lejen.
Ved afbestilling senere end 10 dage før betales hele lejen.
"""

LOAN = """---
title: Energilånet
year: 2026
---

# Energilånet

Energilånet er et lån på op til 500.000 kr. til energibesparende investeringer i produktionen.

## Priser

Renten er 4,5 % p.a. Ved udbetaling af lånet betales et etableringsgebyr på 1.500 kr.
"""

TRACK = """---
title: Vækstsporet
year: 2026
---

# Vækstsporet

Vækstsporet er for virksomheder med mellem 10 og 50 ansatte, der vil vokse på nye markeder.

## Forløbet

Forløbet varer 8 måneder med fire workshops og individuel sparring. Deltagelse koster 12.000 kr.
"""

SUMMARY = """---
title: Energiklyngen Norby - summary in English
year: 2026
language: en
---

# Energiklyngen Norby in brief

## What we offer

- **Mentor scheme** – an experienced volunteer mentor from another company for six months.
- **Energy grant** – a grant for energy savings in production.
- **Growth Track** (Vækstsporet) – a programme for companies that want to grow.

## Who can use our services?

Companies without a Danish CVR number can attend our conference, but they cannot receive grants.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("energy"), {
        "kalender-foraar-2026.txt": CALENDAR, "kurser-foraar-2026.txt": COURSES, "energikonferencen-2026.md": CONFERENCE, "mentorordningen.md": MENTORS,
        "energiledernetvaerket.md": NETWORK, "priser-testhallen-2026.md": PRICES, "energilaanet.md": LOAN, "vaekstsporet.md": TRACK,
        "english-summary.md": SUMMARY},
        {"Aarsrapport_2025.pdf": annual_report})


ANSWERED = [
    # A row of figures set flush right, under its group's label and the years over the table.
    ("hvad var udnyttelsesgraden i testhallen i 2024", "41,6 %"),
    ("hvor mange bookede dage var der i testhallen i 2023", "81"),
    # "Energitilskud." before "Der blev bevilget 31 tilskud" says which grants are counted.
    ("hvor mange energitilskud blev der bevilget i 2025", "31"),
    # A calendar's 12.03.2026 is a date; "Ikke-medl." ends no sentence.
    ("hvornår er virksomhedsbesøget hos norby stål", "12.03.2026"),
    ("hvad koster virksomhedsbesøget hos norby stål for ikke medlemmer", "350 kr."),
    # 10 May lies in the span "fra d. 1. maj til d. 15. maj".
    ("hvis vi melder afbud til energikonferencen d. 10 maj faar vi saa pengene tilbage", "50 %"),
    # A course calendar's entries: "04.03.26" and "senest 10/3" are dates, and an entry's lines under its title line
    # are the course's, not a section of their own.
    ("hvornår er kurset om at søge eu midler", "04.03.26"),
    ("hvad koster eu kurset for medlemmer", "950 kr."),
    ("hvornår skal man være tilmeldt kurset om varmepumper", "10/3"),
    # How often is a frequency.
    ("hvor tit mødes energiledernetværket", "seks gange om året"),
    # Asked in other words than the documents': "oprettelsesgebyr" is their "etableringsgebyr"
    # (app/danish_synonyms.yaml).
    ("hvad er oprettelsesgebyret på energilånet", "1.500 kr."),
    # The rule whose span holds the asker's "20 dage" (and "aflyser" is the page's "afbestilling").
    ("hvad skal vi betale hvis vi aflyser testhallen 20 dage før", "25 %"),
    # "the climate chamber" is the table's "Klimakammer": a Danish compound of the English words' cognates.
    ("how much does the climate chamber cost per day if we are not members", "3.900 kr."),
    # The summary's "Growth Track (Vækstsporet)" names the programme in Danish, as the Danish page does.
    ("how long does the growth track last", "8 måneder"),
    # A coordinator asked by the verb; the English summary's line names no one.
    ("who coordinates the mentor scheme?", "Ida Lund"),
    # What the asker says of itself ("without a Danish CVR number") asks for no CVR number, and a grant the documents
    # name is asked of them, not of the catalogue's programmes.
    ("We're a Swedish company without a Danish CVR number. Can we apply for your energy grant?", "cannot receive grants"),
]


@pytest.mark.parametrize("question, expected", ANSWERED, ids=[question[:40] for question, _ in ANSWERED])
def test_answered_from_the_sentence_that_states_it(engine, question, expected):
    answer = engine.ask(question)
    assert not answer.abstained and expected in where_a_reader_looks(answer.text), answer.text


def test_what_happens_if_one_does_not_show_up_is_quoted_from_the_documents_udeblivelse(engine):
    """"ikke dukker op" is the calendar's "Udeblivelse" (app/danish_synonyms.yaml), quoted beside the sentence on
    signing up that the question's other words find."""
    answer = engine.ask("hvad hvis vi er tilmeldt morgenmødet og ikke dukker op")
    assert not answer.abstained and "Udeblivelse uden afbud koster 200 kr." in answer.text, answer.text


def test_a_course_asked_about_is_quoted_with_what_its_entry_says(engine):
    """"bliver kurset ... til noget" is answered by the line under the entry's title: it is cancelled."""
    answer = engine.ask("bliver kurset om energiledelse d. 17 marts til noget")
    assert not answer.abstained and "!! AFLYST - flyttes til efteråret !!" in answer.text, answer.text


def test_a_row_is_quoted_with_the_label_of_its_group():
    """"Testhallen i Norby, Udnyttelsesgrad: 2024: 41,6 %", not the first group's "Medlemmer"."""
    from app.question import analyse
    from app.quotes import render_table_row, split_units

    table = "\n".join("  ".join(row) for row in KEY_FIGURES)
    row = next(unit for unit in split_units(table, 0) if unit.text.startswith("Udnyttelsesgrad"))
    assert render_table_row(row, analyse("hvad var udnyttelsesgraden i 2024")) == \
        "Testhallen i Norby, Udnyttelsesgrad: 2024: 41,6 %"


def test_a_statement_then_a_yes_no_question_and_another_are_two_parts(engine):
    answer = engine.ask("vi er med i energiledernetværket - får vi rabat i testhallen og gælder det også værkstedet")
    assert "1) " in answer.text and "2) " in answer.text and "20 % rabat" in answer.text, answer.text


def test_what_it_was_the_year_before_is_the_first_parts_measure_a_year_earlier(engine):
    answer = engine.ask("What was the utilisation rate of the test hall in 2025, and what was it the year before?")
    first, second = answer.text.split("2) ")
    assert "47,8 %" in first and "41,6 %" in second, answer.text


def test_a_short_answer_names_the_rows_group_as_where_not_as_what_is_counted():
    from app.question import analyse
    from app.quotes import short_answer, split_units

    table = "\n".join("  ".join(row) for row in KEY_FIGURES)
    rows = [unit for unit in split_units(table, 0) if unit.text.startswith("Bookede dage")]
    assert short_answer(analyse("hvor mange bookede dage var der i 2023"), rows) == "81 i 2023 (Bookede dage; Testhallen i Norby)"
