"""An export alliance's documents: a staff list whose adviser on leave sends questions to "barselsvikaren", named only
on the stand-in's own card; a fixed-width staff list whose stand-in is named after a colon; a loan fund's terms table
with long values, renamed with a new maximum, and the former fund's 2025 rules; key figures with a total column; a news
item on when replies come; a mentor programme's page without its price. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

STAFF = """Nordlys Erhvervsalliance
Medarbejderliste - Grøn Eksportbro
Opdateret: 1. februar 2026

EKSPORTRÅDGIVNING
Jonas Kragh Fisker
  Eksportrådgiver
  ** På barselsorlov fra 1. februar 2026 til og med 31. august 2026 **
  Henvendelser om eksportvouchers i perioden går til barselsvikaren.

Line Æbelø Damgaard
  Eksportrådgiver (barselsvikar for Jonas Kragh Fisker)
  line.damgaard@nordlys-erhverv.dk / tlf. 96 31 42 15
"""

TEAM = """INNOVATIONSHUS FJORDEN - MEDARBEJDERE
Opdateret: 2. februar 2026

NAVN                        STILLING                        E-MAIL
--------------------------  ------------------------------  ------------------------
Birgitte Lundsgaard Holm    Direktør                        blh@ihf.dk
Signe Abildtrup             Forløbsleder,                   sab@ihf.dk
                            Grundlæggerforløbet
                            ORLOV: barselsorlov 1. januar 2026 - 30. november 2026.
                            Stedfortræder: Jonas Fjordbæk, jfj@ihf.dk
Jonas Fjordbæk              Konsulent, konstitueret         jfj@ihf.dk
                            forløbsleder (barselsvikar)
"""

FACT_SHEET = """---
title: Startup Fjorden - Fact Sheet
year: 2025
language: en
---

# Startup Fjorden - Fact Sheet

## Contact

- Founders Course: Signe Abildtrup, sab@ihf.dk
"""

LOAN = """<html><head><title>Fjord Vækstlån 2026 – vilkår</title></head><body><main>
<h1>Fjord Vækstlån 2026</h1>
<p>Fra 1. januar 2026 hedder lånefonden Fjord Vækstlån. Fonden afløser Iværksætterfonden Fjorden og har nye vilkår.
Det maksimale lånebeløb hæves fra 400.000 kr. til 750.000 kr.</p>
<h2>Vilkår i korte træk</h2>
<table>
<tr><th>Emne</th><th>Vilkår 2026</th></tr>
<tr><td>Lånebeløb</td><td>Fra 100.000 kr. op til højst 750.000 kr. pr. virksomhed</td></tr>
<tr><td>Geografi</td><td>Adresse i Billund, Fredericia, Haderslev, Kolding, Middelfart, Vejen eller Vejle Kommune</td></tr>
<tr><td>Rente</td><td>4,75 % p.a., fast rente i hele løbetiden</td></tr>
<tr><td>Etableringsgebyr</td><td>3.500 kr. pr. lån, betales ved udbetaling</td></tr>
</table>
</main></body></html>
"""

RULES_2025 = """---
title: Iværksætterfonden Fjorden – retningslinjer 2025
year: 2025
---

# Iværksætterfonden Fjorden – retningslinjer 2025

## Lånevilkår

- Lånebeløb: fra 100.000 kr. til 400.000 kr.
- Rente: 5,25 % p.a. (fast)
- Etableringsgebyr: 2.500 kr.
"""

MENTOR = """<html><head><title>Eksportmentorordningen | Nordlys</title></head><body><main>
<h1>Eksportmentorordningen</h1>
<h2>Sådan foregår et forløb</h2>
<ul><li>Et mentorforløb varer 6 måneder</li><li>Mentor og virksomhed mødes mindst fire gange</li></ul>
</main></body></html>
"""

FIGURES = """NØGLETAL: GRØN EKSPORTBRO 2024-2025
Udarbejdet: 15. januar 2026

Nøgletal                                2024            2025           I alt
------------------------------------------------------------------------------
Ansøgninger om eksportvoucher             38              51              89
Samlet bevilget vouchertilskud   1.284.500 kr.   1.637.250 kr.   2.921.750 kr.
Afsluttede mentorforløb                    9              14              23
"""

NEWS = """<html><head><title>Fristen for eksportvouchers flyttes | Nordlys Nyheder</title></head><body><main>
<h1>Ansøgningsfristen for eksportvouchers flyttes til 6. maj</h1>
<p>Ansøgningsfristen for 1. runde af eksportvouchers i Grøn Eksportbro flyttes fra 15. april 2026 til 6. maj 2026.</p>
<p>Baggrunden er, at den nye digitale ansøgningsportal er blevet forsinket. Portalen åbner først den 1. april 2026.</p>
<p>Ansøgere i 1. runde kan forvente svar senest 12. juni 2026. Fristen for 2. runde er uændret 1. oktober 2026.</p>
</main></body></html>
"""

FILES = {"medarbejderliste-2026.txt": STAFF, "medarbejdere-fjorden.txt": TEAM, "factsheet-en.md": FACT_SHEET,
         "vaekstlaan-2026.html": LOAN, "iværksætterfonden-2025.md": RULES_2025, "noegletal-2024-2025.txt": FIGURES,
         "nyhed-frist.html": NEWS, "eksportmentor.html": MENTOR}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("export-alliance"), FILES)


def test_a_redirect_to_the_stand_in_by_role_is_answered_by_the_stand_ins_card(engine):
    answer = engine.ask("hvem skal jeg kontakte om voucher naar jonas er paa barsel")
    assert "line.damgaard@nordlys-erhverv.dk" in where_a_reader_looks(answer.text), answer.text


def test_while_someone_is_on_leave_the_stand_in_named_on_their_row_answers(engine):
    answer = engine.ask("who handles the founders course while signe is on leave? need an email")
    assert "jfj@ihf.dk" in answer.text, answer.text


def test_a_terms_table_row_after_a_long_one_keeps_its_column(engine):
    answer = engine.ask("hvad er etableringsgebyret på et vækstlån")
    assert "3.500 kr." in where_a_reader_looks(answer.text), answer.text
    assert "4,75 %" not in answer.text.split("\n")[0], answer.text


def test_the_maximum_before_a_rename_is_the_figure_the_change_goes_from(engine):
    answer = engine.ask("hvad var max lånebeløbet før fonden skiftede navn")
    assert "400.000 kr." in answer.text.split("\n")[0], answer.text


def test_the_former_name_is_quoted_from_what_the_new_fund_replaces(engine):
    answer = engine.ask("hvad hed lånefonden før den blev til fjord vækstlån?")
    assert "Iværksætterfonden Fjorden" in answer.text, answer.text


def test_two_years_together_are_answered_with_the_total_column(engine):
    answer = engine.ask("hvor meget er der bevilget i vouchertilskud i 2024 og 2025 tilsammen")
    assert "2.921.750 kr." in answer.text, answer.text


def test_the_day_a_reply_may_be_expected_by_answers_when_one_hears_back(engine):
    answer = engine.ask("naar man soeger i 1. runde hvornaar faar man saa svar")
    assert "12. juni 2026" in where_a_reader_looks(answer.text), answer.text


def test_a_renamed_funds_former_rules_answer_its_year(engine):
    """The 2026 page says "Fonden afløser Iværksætterfonden Fjorden": that fund's 2025 rules are the loan's of 2025."""
    answer = engine.ask("hvad er etableringsgebyret på et vækstlån nu og hvad var det i 2025")
    assert "3.500 kr." in answer.text and "2.500 kr." in answer.text, answer.text


def test_a_later_part_is_answered_though_the_first_asks_a_kind_of_answer_the_documents_lack(engine):
    """No price of a mentor programme is given, but how long it lasts is: "det" is the mentor programme still."""
    answer = engine.ask("hvad koster et mentorforløb for os og hvor lang tid tager det")
    assert "6 måneder" in answer.text, answer.text


def test_why_the_deadline_moved_is_answered_by_the_reason(engine):
    answer = engine.ask("hvorfor er fristen blevet flyttet")
    assert "ansøgningsportal" in where_a_reader_looks(answer.text), answer.text
