"""A food network's documents as people ask about them: an annual report whose key figures are a Word table, an
evaluation with a table per municipality, a news item on a programme's new content, a contact page, a grant page
and an English summary. Written for these tests (fictional)."""
import docx
import pytest

from tests.conftest import engine_beside_corpus

EVALUATION = """Evaluering af Fødevarenetværk Mariager Fjords forløb 2025

Analysen bygger på en spørgeskemaundersøgelse, der blev sendt til alle 96 deltagende virksomheder.
Svarprocenten blev 81,2 %.

Den samlede tilfredshed er høj: 88,3 % af deltagerne er tilfredse eller meget tilfredse med deres forløb.

Deltagelse og tilfredshed pr. kommune, 2025.

Kommune  Deltagere  Tilfredshed
Mariagerfjord  22  87,5 %
Rebild  14  91,0 %
Vesthimmerland  19  86,2 %
"""

NEWS = """<html><head><title>Mere sparring i Vækstforløb Fjord | Nyheder</title>
<meta property="article:published_time" content="2026-03-02T09:00:00+01:00"></head><body><main>
<h1>Mere sparring i Vækstforløb Fjord</h1>
<p>Bestyrelsen har besluttet at styrke Vækstforløb Fjord, netværkets forløb for virksomheder med 10-49 ansatte.
Fremover indeholder forløbet 15 timers individuel sparring med en erfaren konsulent.</p>
<p>Fra 1. maj 2026 koster en plads i forløbet 22.000 kr. pr. virksomhed ekskl. moms.</p>
</main></body></html>"""

CONTACT = """<html><head><title>Kontakt – Fødevarenetværk Mariager Fjord</title></head><body><main>
<h1>Kontakt</h1>
<p>Sekretariatet finder du på Havnevej 4, 9550 Mariager.</p>
<p>Telefontid: alle hverdage kl. 9.00-12.00.</p>
<h2>Spørgsmål om produktudvikling?</h2>
<p>Kontakt innovationskonsulent Per Holm Dalsgaard, tlf. 98 51 20 14, phd@fnmf.dk.</p>
</main></body></html>"""

GRANT_PAGE = """<html><head><title>Udviklingspuljen 2027 | Fødevarenetværk Mariager Fjord</title></head><body><main>
<h1>Udviklingspuljen 2027</h1>
<p>Puljen støtter nye produkter og processer i små fødevarevirksomheder.</p>
<ul>
  <li>Puljen åbner for ansøgninger den 8. januar 2027.</li>
  <li>Ansøgningsfrist: 1. april 2027 kl. 12.00.</li>
</ul>
</main></body></html>"""

SUMMARY = """# Food Network Mariager Fjord in English

We help food companies around Mariager Fjord grow.

## Our offers

- Vækstforløb Fjord – a growth programme for companies with 10-49 employees, with group modules and individual coaching.
- Udviklingspuljen – grants for new products.

## Export enquiries

Our export desk is open Mondays and Wednesdays from 9:00 to 13:00.
"""


OVERVIEW = """---
title: "Vores forløb 2026"
date: 2026-01-10
---

# Vores forløb 2026

Fødevarenetværk Mariager Fjord har et forløb til alle størrelser af fødevarevirksomheder, fra mejeri til transport.

| Forløb | Målgruppe | Pris |
|---|---|---|
| Fjordstart | 1-9 ansatte | 3.000 kr. |
| Vækstforløb Fjord | 10-49 ansatte | 22.000 kr. |
| Ledernetværk Fjord | 50-249 ansatte | 30.000 kr. |

Fjordstart er gratis for medlemmer det første år. I 2026 regner vi med 25 deltagere fra Rebild i vores forløb.
"""


def _annual_report(path):
    document = docx.Document()
    document.add_paragraph("Årsberetning 2024", style="Title")
    document.add_paragraph("2024 blev et godt år for netværket. Vi fik 11 nye medlemsvirksomheder, og flere end "
                           "nogensinde deltog i vores forløb.")
    document.add_heading("Nøgletal", level=1)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Nøgletal", "2023", "2024"), ("Medlemsvirksomheder ved årets udgang", "151", "163"),
                                       ("Deltagere i arrangementer", "1.240", "1.415")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(path))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(
        tmp_path_factory.mktemp("food_network"),
        {"evaluering-2025.txt": EVALUATION, "nyhed-vaekstforloeb.html": NEWS, "kontakt.html": CONTACT,
         "udviklingspuljen.html": GRANT_PAGE, "english-summary.md": SUMMARY, "vores-forloeb.md": OVERVIEW},
        {"aarsberetning-2024.docx": _annual_report})


def test_a_key_figure_tables_row_label_says_what_its_figures_count(engine):
    """"Medlemsvirksomheder ved årets udgang  151  163", not the prose's "11 nye medlemsvirksomheder"; the labels'
    column header ("Nøgletal") is not what the figure counts."""
    answer = engine.ask("Hvor mange medlemsvirksomheder havde netværket ved udgangen af 2024?")
    assert answer.text.startswith("Kort svar: 163 i 2024 (Medlemsvirksomheder ved årets udgang)"), answer.text


def test_how_many_answered_in_per_cent_is_the_response_rate(engine):
    answer = engine.ask("hvor mange svarede på jeres evaluering, altså i procent?")
    first_quote = next(line for line in answer.text.splitlines() if line.startswith("“"))
    assert not answer.abstained and "81,2 %" in first_quote, answer.text


def test_a_second_part_asking_the_same_of_another_municipality_is_not_asked_of_the_first(engine):
    answer = engine.ask("Hvad var tilfredsheden i Mariagerfjord, og hvad var den i Rebild?")
    second = answer.text.split("\n2) ", 1)[1]
    assert "91,0 %" in second and "Mariagerfjord" not in second.splitlines()[0], answer.text


def test_an_english_rate_asks_for_a_share(engine):
    answer = engine.ask("What was the overall participant satisfaction rate in the evaluation?")
    assert answer.text.startswith("Short answer: 88,3 %"), answer.text


def test_english_opening_hours_written_from_to(engine):
    answer = engine.ask("When is the export desk open?")
    assert not answer.abstained and "from 9:00 to 13:00" in answer.text, answer.text


def test_how_many_hours_of_coaching_is_a_duration_in_danish_hours(engine):
    answer = engine.ask("How many hours of individual coaching does Vækstforløb Fjord include?")
    assert answer.text.startswith("Short answer: 15 timers"), answer.text


def test_a_price_per_company_is_no_count_of_companies(engine):
    """"22.000 kr. pr. virksomhed" counts no companies, and "price" does not make the question one of money."""
    answer = engine.ask("How many companies signed up for Vækstforløb Fjord after the price increase in 2026?")
    assert "22.000 kr." not in answer.text.split("\n")[0], answer.text


def test_your_consultants_e_mail_is_the_organisations_consultant(engine):
    answer = engine.ask("hvad er mailen til jeres innovationskonsulent?")
    assert not answer.text.startswith("Det nærmeste afsnit nævner ikke") and "phd@fnmf.dk" in answer.text, answer.text


def test_when_one_can_call_is_the_phone_hours_though_no_document_says_call(engine):
    answer = engine.ask("hvornår kan man ringe til jer?")
    assert not answer.abstained and "kl. 9.00-12.00" in answer.text, answer.text


def test_when_a_pool_opens_for_applications_is_a_date_not_a_deadline(engine):
    answer = engine.ask("Hvornår åbner Udviklingspuljen for ansøgninger?")
    assert answer.text.startswith("Kort svar: 8. januar 2027"), answer.text


def test_a_programme_named_after_its_kind_must_be_named_by_the_evidence(engine):
    """Each word of "Digitalt Fjordløft" may be one the documents know; the programme is not there."""
    assert engine.ask("Hvad koster forløbet Digitalt Fødevareløft?").text.startswith(
        "Dokumenterne opgør ikke tallet for Digitalt Fødevareløft")
    answer = engine.ask("Hvad koster forløbet Vækstforløb Fjord?")
    assert answer.text.startswith("Kort svar: 22.000 kr."), answer.text


@pytest.mark.parametrize("question, programme", [
    ("vi er omkring 200 ansatte – hvilket af jeres forløb passer til os?", "Ledernetværk Fjord"),
    ("vi er en virksomhed på ca 30 mand, har i noget til os?", "Vækstforløb Fjord"),
    ("jeg har et enkeltmandsfirma, hvilket forløb passer til mig?", "Fjordstart"),
])
def test_a_company_of_a_size_gets_the_documents_programme_for_that_size(engine, question, programme):
    """The seed catalogue lists the region's programmes of 2010; a document's programme for companies of the asker's
    size answers first. "30 mand" are 30 employees, and a one-person company has one."""
    answer = engine.ask(question)
    assert answer.text.startswith("Fra dokumenterne:") and programme in answer.text.split("\n")[1], answer.text


def test_the_share_of_a_kind_of_company_is_not_the_share_of_all(engine):
    """"transportvirksomhederne" are some of the companies: the evaluation's overall 88,3 % is not theirs."""
    answer = engine.ask("Hvor stor en andel af transportvirksomhederne var tilfredse med deres forløb i 2025?")
    assert answer.text.startswith("Dokumenterne opgør ikke tallet for transportvirksomhederne"), answer.text


def test_a_document_the_question_names_in_lower_case_is_asked_when_the_nearest_does_not_name_it(engine):
    """"ifølge evalueringen": the evaluation counts Rebild's participants; the programme overview's plan for 2026,
    which does not name it, is not what was asked."""
    answer = engine.ask("hvor mange deltagere fra Rebild var der ifølge evalueringen?")
    assert answer.text.startswith("Kort svar: 14") and answer.sources[0].document == "evaluering-2025.txt", answer.text


def test_a_thing_no_document_writes_is_said_to_be_missing_not_answered_with_the_address(engine):
    """The contact page gives the secretariat's address, not whether one can park there."""
    answer = engine.ask("Er der gratis parkering ved sekretariatet på Havnevej?")
    assert answer.text.startswith("Dokumenterne nævner ikke parkering."), answer.text


def test_what_the_company_plans_is_no_word_the_documents_must_know(engine):
    """"Vores virksomhed har 30 ansatte og ønsker at udvikle ...": the plant-based ice cream is the asker's plan; the
    programme for 10-49 employees is the answer."""
    answer = engine.ask("Vores virksomhed har 30 ansatte og ønsker at udvikle en ny plantebaseret is. "
                        "Hvilket forløb passer til os?")
    assert not answer.abstained and "Vækstforløb Fjord" in answer.text.split("\n")[1], answer.text


def test_an_english_questions_general_word_is_searched_in_danish(engine):
    """"questionnaire" is the evaluation's "spørgeskemaundersøgelse" (app/english_danish.yaml)."""
    answer = engine.ask("How many companies was the questionnaire sent to?")
    assert answer.text.startswith("Short answer: 96"), answer.text
