"""Two documents of different years give different figures for the same thing: the answer gives the newest
first, says that an older document states otherwise, and cites both with their years."""
import re
import shutil

import pytest

from tests.conftest import CORPUS, REPO, make_settings, where_a_reader_looks

STATUS_2013 = REPO / "tests" / "fixtures" / "many" / "related" / "status-2013.html"
REVIEW_2021 = REPO / "tests" / "fixtures" / "many" / "related" / "tilbageblik-internationalisering-2021.md"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """The 2010 evaluation, the 2013 status and the 2021 review."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("conflict")
    settings = make_settings(root)
    shutil.copytree(CORPUS, settings.corpus_dir)
    for document in (STATUS_2013, REVIEW_2021):
        shutil.copy(document, settings.corpus_dir / document.name)
    assert ingest(settings).failed == []
    return Engine(settings)


@pytest.mark.parametrize("question", [
    "Hvad var eksportværdien i Region Midtjylland i 2008?",
    "hvor stor var eksportværdien i region midtjylland i 2008",
])
def test_the_newer_figure_comes_first_and_the_older_is_cited_too(engine, question):
    answer = engine.ask(question)
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kort svar: 179.850 mio. kr. [1] (det nyeste dokument, 2013)"), answer.text
    older = lines.index("Ældre dokumenter oplyser noget andet:")
    assert "183.332 mio. kr." in " ".join(lines[older + 1:]) and "(2010)" in lines[older + 1]
    cited = {answer.sources[int(n) - 1].document for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert cited == {"status-2013.html", "status-evaluering-eksport-internationalisering-2010.txt"}
    assert {s.year for s in answer.sources} == {2013, 2010}


@pytest.fixture(scope="module")
def four_years(tmp_path_factory):
    """The 2010 evaluation plus three later reports that each count the advisor's meetings anew."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    related = REPO / "tests" / "fixtures" / "many" / "related"
    settings = make_settings(tmp_path_factory.mktemp("four"))
    shutil.copytree(CORPUS, settings.corpus_dir)
    for name in ("handlingsplan-eksport-2012.md", "eksportraadet-samarbejde-slutrapport-2011.pdf",
                 "udenlandske-kontorer-status-2016.txt"):
        shutil.copy(related / name, settings.corpus_dir / name)
    assert ingest(settings).failed == []
    return Engine(settings)


def test_every_document_with_a_figure_is_cited_newest_first(four_years):
    answer = four_years.ask("hvor mange virksomhedsmøder har internationaliseringsraadgiveren haft")
    lines = answer.text.splitlines()
    assert lines[0] == "Kort svar: 1.140 møder [1] (det nyeste dokument, 2016)", answer.text
    quoted_years = [int(y) for y in re.findall(r"” \[\d+\] \((\d{4})\)$", answer.text, re.M)]
    assert quoted_years == [2016, 2012, 2011, 2010], answer.text
    assert all(figure in answer.text for figure in ("1.140 møder", "512 møder", "446 møder", "373 møder"))
    # The reader is warned about the age of what the answer leads with, not of the oldest document quoted.
    assert "Kilden er fra 2016" in answer.text


def test_a_later_document_restating_a_rule_in_other_words_is_cited_first_and_the_older_after(engine):
    """No figure to compare: the 2013 status and the 2010 evaluation rank the region differently. The answer
    leads with the newest document and quotes the older one's statement too, each with its year."""
    answer = engine.ask("which region exports more than midtjylland")
    lines = answer.text.splitlines()
    assert lines[0] == "From the newest document (2013) (quoted in Danish):", answer.text
    assert "Hovedstaden" in lines[1] and lines[1].endswith("(2013)")
    older = lines.index("Older documents say (quoted in Danish):")
    assert "kun overgået af Hovedstadsregionen" in lines[older + 1] and lines[older + 1].endswith("(2010)")
    assert {s.year for s in answer.sources} == {2013, 2010}


def test_a_date_restated_by_a_later_report_is_found_though_the_question_did_not_retrieve_it(four_years):
    """The question finds the 2011 final report's start date; the 2010 evaluation's "igangsat 1. august 2008" is
    found by searching with that quote, and cited as what an older document says."""
    answer = four_years.ask("when did the export council advisor project start")
    lines = answer.text.splitlines()
    assert lines[0] == "Short answer: 1. september 2008 [1] (the newest document, 2011)", answer.text
    assert "Older documents say otherwise (quoted in Danish):" in lines
    assert "Projektet blev igangsat 1. august 2008" in answer.text and "(2010)" in answer.text


def test_each_part_of_a_two_part_question_cites_the_older_date_too(four_years):
    """"When did it start and when does it end": the start part leads with the 2011 report's date and cites the
    2010 evaluation's "igangsat 1. august 2008" after it."""
    answer = four_years.ask("hvornår startede eksportrådsprojektet og hvornår slutter det")
    started = answer.text.split("2) ")[0]
    assert "Kort svar: 1. september 2008 [1] (det nyeste dokument, 2011)" in started, answer.text
    assert "“Projektet blev igangsat 1. august 2008 og løber altså frem til 1. august 2011.”" in started


def test_an_older_document_dating_the_asked_event_otherwise_is_cited_after_the_newer(four_years):
    """The 2012 plan: VækstMidt Accelerator "igangsat 1. februar 2010"; the 2010 evaluation, in a sentence worded
    otherwise and also giving the approval date: "igangsat pr. 1. januar 2010"."""
    answer = four_years.ask("hvornår startede vækstmidt accelerator")
    lines = answer.text.splitlines()
    assert lines[0] == "Kort svar: 1. februar 2010 [1] (det nyeste dokument, 2012)", answer.text
    assert "Ældre dokumenter oplyser noget andet:" in lines
    assert "igangsat pr. 1. januar 2010" in answer.text and "(2010)" in answer.text


def test_a_closing_date_does_not_answer_when_an_office_opened(four_years):
    """The 2016 status says when the Budapest office closed ("lukket med udgangen af 2012"), no document when it
    opened: the answer says so instead of giving the closing year. Asked when it closed, that year is the answer."""
    opened = four_years.ask("Hvornår åbnede kontoret i Budapest?")
    assert opened.abstained and "2012" not in opened.text.split("[1]")[0], opened.text
    closed = four_years.ask("Hvornår blev kontoret i Budapest lukket?")
    assert not closed.abstained and closed.text.startswith("Kort svar: 2012"), closed.text


@pytest.mark.parametrize("question, short", [
    ("hvornaar lukkede kontoret i sao paulo", "Kort svar: 2015"),  # the date of the asked office, typed without ã
    ("hvor mange virksomheder brugte kontoret i sao paulo", "Kort svar: 11 virksomheder"),
    ("hvor mange henvendelser fik bruxelles kontoret", "Kort svar: 212 virksomhedshenvendelser (Bruxelles)"),
])
def test_a_fact_of_one_office_among_several_is_that_offices(four_years, question, short):
    answer = four_years.ask(question)
    assert answer.text.startswith(short), answer.text


def test_an_english_question_about_an_opening_is_not_answered_with_closing_dates(four_years):
    assert four_years.ask("when did the office in brussels open").abstained


def test_an_older_document_giving_only_other_dates_is_no_disagreement(engine):
    """Asked when VækstMidt Accelerator ended, the 2021 review says "afsluttet med udgangen af 2013"; the 2010
    evaluation gives its approval and start dates only, which are no other end date."""
    answer = engine.ask("hvornaar sluttede vaekstmidt accelerator")
    assert answer.text.startswith("Kort svar: 2013"), answer.text
    assert "oplyser noget andet" not in answer.text


def test_a_question_about_one_year_leads_with_that_years_figure(engine):
    answer = engine.ask("hvad var eksportkvoten i midtjylland i 2011")
    assert "47 %" in answer.text.splitlines()[1], answer.text


def test_a_figure_in_a_two_column_table_of_a_later_document_is_answered(engine):
    answer = engine.ask("hvor mange virksomheder var med i eksportraadets tilskudsordninger i 2019")
    assert answer.text.startswith("Kort svar: 402"), answer.text
    assert "(2021)" in answer.sources[0].title or answer.sources[0].year == 2021


def test_a_share_of_something_else_in_an_older_document_is_no_other_figure(tmp_path_factory):
    """Asked what share of companies would recommend EEN (2012), the 2011 report's "steg med 44,7 %" is a per cent
    too, but of something else: it is not quoted as what an older document says instead."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    related = REPO / "tests" / "fixtures" / "many" / "related"
    settings = make_settings(tmp_path_factory.mktemp("shares"))
    settings.corpus_dir.mkdir(parents=True)
    for name in ("evaluering-een-2012.docx", "eksportraadet-samarbejde-slutrapport-2011.pdf"):
        shutil.copy(related / name, settings.corpus_dir / name)
    assert ingest(settings).failed == []
    answer = Engine(settings).ask("hvor mange procent af virksomhederne vil anbefale EEN")
    assert answer.text.startswith("Kort svar: 72 %"), answer.text
    assert "44,7 %" not in answer.text and "oplyser noget andet" not in answer.text


def test_a_corrected_table_figure_of_a_later_report_leads(four_years):
    """The 2011 report corrects 2009's count of courses (301, "Tallene for 2009 er korrigeret"); the 2010
    evaluation's 288 follows as what an older document says."""
    answer = four_years.ask("hvor mange forløb havde region midtjylland i 2009")
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kort svar: 301") and "(det nyeste dokument, 2011)" in lines[0], answer.text
    assert "Ældre dokumenter oplyser noget andet:" in lines and "288" in answer.text.split("noget andet:")[1]


def test_the_same_date_written_more_and_less_exactly_is_no_disagreement(four_years):
    """"forlænges til 31. december 2013" (2011) and "forlænge programmet til udgangen af 2013" (2012) agree."""
    answer = four_years.ask("til hvornaar er samarbejdet med eksportraadet forlaenget")
    assert answer.text.startswith("Kort svar: 31. december 2013"), answer.text
    assert "noget andet" not in answer.text


def test_a_later_documents_what_if_figure_does_not_answer_what_was_set_aside(engine):
    """The 2013 status's "Hvis eksporten kan øges med 5 % ... ca. 8.800 mio. kr." is what would be, not what
    Vækstforum has allocated: no document says that, so the answer says so."""
    answer = engine.ask("hvor mange penge har vaekstforum afsat til eksportrådsprojektet i alt")
    assert answer.abstained and "8.800" not in answer.text, answer.text
    asked_what_if = engine.ask("hvor mange penge ville 5 % mere eksport give")
    assert asked_what_if.text.startswith("Kort svar: 8.800 mio. kr. [1] (det nyeste dokument, 2013)"), asked_what_if.text
    assert "9.167 mio. kr." in asked_what_if.text


def test_an_older_document_giving_the_same_date_first_is_no_disagreement(engine):
    """Both the 2021 review and the 2010 evaluation date VækstMidt-programmet's approval 13. juni 2007; the 2010
    quote after it, VækstMidt Accelerator's approval on 28. januar 2009, dates another programme."""
    answer = engine.ask("hvornår blev vækst midt programmet godkendt")
    assert answer.text.startswith("Kort svar: 13. juni 2007"), answer.text
    assert "oplyser noget andet" not in answer.text


@pytest.mark.parametrize("question", [
    "ifølge evalueringen fra 2010 hvad var eksportværdien i region midtjylland i 2008",
    "i 2010 evalueringen hvor meget eksporterede region midt for i 2008",
])
def test_the_document_the_question_names_by_year_leads_and_the_others_follow(engine, question):
    """Asked what the 2010 evaluation said, its 183.332 mio. kr. leads; the 2013 status's revised 179.850 follows."""
    lines = engine.ask(question).text.splitlines()
    assert lines[0].startswith("Kort svar: 183.332 mio. kr. [1] (dokumentet fra 2010)"), lines
    assert "Andre dokumenter oplyser noget andet:" in lines and "179.850 mio. kr." in " ".join(lines[2:])


@pytest.mark.parametrize("question", ["hvilke år kørte vækst midt programmet", "which years did the vækstmidt programme run"])
def test_an_older_document_giving_other_years_for_a_programmes_run_is_cited_after_the_newer(engine, question):
    """The 2021 review: VækstMidt-programmet "kørte i årene 2008-2010"; the 2010 evaluation, in a passage naming
    the programme and then "Programmet blev afviklet i årene 2008 og 2009"."""
    answer = engine.ask(question)
    lines = answer.text.splitlines()
    assert "2008-2010" in lines[0] and "2021" in lines[0], answer.text
    assert any(line.startswith(("Ældre dokumenter oplyser noget andet:", "Older documents say otherwise")) for line in lines)
    assert "2008 og 2009" in answer.text and "(2010)" in answer.text


def test_another_documents_years_of_something_else_are_no_other_run(tmp_path_factory):
    """The climate plan's "Forventet anlægsår: 2019-2021" of a sewer project is a span of years in a document of
    another year, but its passage does not name VækstMidt: the 2010 evaluation's "2008 og 2009" stands alone."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    settings = make_settings(tmp_path_factory.mktemp("climate"))
    shutil.copytree(CORPUS, settings.corpus_dir)
    shutil.copy(REPO / "tests" / "fixtures" / "many" / "unrelated" / "klimatilpasning-2016.md", settings.corpus_dir)
    assert ingest(settings).failed == []
    answer = Engine(settings).ask("hvornår blev vækst midt programmet godkendt og hvilke år kørte det")
    assert "2008 og 2009" in answer.text and "2019-2021" not in answer.text, answer.text
    assert "oplyser noget andet" not in answer.text


def test_a_newer_document_counting_the_asked_thing_of_something_else_is_no_other_figure(tmp_path_factory):
    """"Hvor mange virksomheder kan højst deltage i Digital Drift": the 2024 action plan's "150 virksomheder skal
    gennemføre et … digitaliseringsforløb" counts companies too, but never names Digital Drift: it is no newer
    figure for the course's 12 places."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    settings = make_settings(tmp_path_factory.mktemp("named"))
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "digital-drift.md").write_text(
        "---\ntitle: Digital Drift\nyear: 2023\n---\n# Digital Drift\n\nDigital Drift er et forløb for små "
        "virksomheder, der vil bruge digitale værktøjer. Forløbet har en værdi af 35.000 kr. pr. virksomhed. Der er "
        "plads til højst 12 virksomheder på holdet.\n", encoding="utf-8")
    (settings.corpus_dir / "handlingsplan-2024.md").write_text(
        "---\ntitle: Handlingsplan 2024\nyear: 2024\n---\n# Handlingsplan 2024\n\n## Mål\n\n- Eksport: 310 "
        "virksomheder skal have eksportrådgivning.\n- Innovation og digitalisering: 150 virksomheder skal gennemføre "
        "et innovations- eller digitaliseringsforløb.\n", encoding="utf-8")
    assert ingest(settings).failed == []
    answer = Engine(settings).ask("Hvor mange virksomheder kan højst deltage i Digital Drift?")
    assert answer.text.startswith("Kort svar: 12 virksomheder"), answer.text
    assert "150 virksomheder" not in answer.text and "oplyser noget andet" not in answer.text



PILOT_2021 = """---
title: Råvareløft 2021
date: 2021-02-01
---
# Råvareløft 2021

Har du en idé til en ny ost, en ny øl eller et brød af lokale råvarer? Så kan Råvareløft hjælpe dig det sidste stykke
vej. Råvareløft er en ny pilotordning fra Fødevarenetværket Hjortbæk for små fødevarevirksomheder.

## Hvor meget kan man få?

Tilskuddet dækker 50 % af de støtteberettigede udgifter. Der kan højst gives 60.000 kr. pr. virksomhed, og projektets
samlede budget skal være på mindst 20.000 kr.
"""

PROGRAMME_2024 = """---
title: Råvareløft 2024-2026
date: 2024-01-15
---
# Råvareløft 2024-2026

## 1. Formål

Råvareløft giver små og mellemstore fødevarevirksomheder tilskud til at udvikle nye produkter og få dem ud til
kunderne. Programmet bygger videre på erfaringerne fra pilotåret 2021.

## 4. Tilskud og rådgivning

Tilskuddet udgør 50 % af de støtteberettigede udgifter. Det maksimale tilskud pr. projekt er 90.000 kr., men loftet
afhænger af virksomhedens størrelse som vist i tabellen. Projektets samlede budget skal være på mindst 20.000 kr.

Rådgivningstimerne leveres af netværkets fødevareteknolog og kan bruges til opskriftsudvikling, mærkning og
planlægning af prøveproduktioner. Timerne kommer oven i tilskuddet.
"""


def test_a_newer_limit_in_other_words_leads_and_a_minimum_in_the_same_words_is_no_other_figure(tmp_path_factory):
    """The 2024 description says "Det maksimale tilskud ... 90.000 kr." where the 2021 pilot said "Der kan højst gives
    60.000 kr."; both repeat the minimum budget of 20.000 kr., which is no answer to the highest grant."""
    from app.engine import Engine
    from ingest.pipeline import ingest

    settings = make_settings(tmp_path_factory.mktemp("limits"))
    shutil.copytree(CORPUS, settings.corpus_dir)
    (settings.corpus_dir / "raavareloeft-2021.md").write_text(PILOT_2021, encoding="utf-8")
    (settings.corpus_dir / "raavareloeft-2024.md").write_text(PROGRAMME_2024, encoding="utf-8")
    assert ingest(settings).failed == []
    answer = Engine(settings).ask("Hvad er det højeste tilskud, en virksomhed kan få fra Råvareløft?")
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kort svar: 90.000 kr. [1] (det nyeste dokument, 2024)"), answer.text
    older = lines.index("Ældre dokumenter oplyser noget andet:")
    assert "60.000 kr." in " ".join(lines[older + 1:]), answer.text
    assert "20.000" not in lines[0], answer.text


def test_the_same_figure_in_other_words_is_cited_as_the_same_not_as_another(tmp_path_factory):
    """Last year's news item gives the grant rate "op til 25 %", this year's guide "25 %" in a table row: the guide
    leads with its rate, and the news item is said to say the same, not something else."""
    from tests.conftest import engine_beside_corpus

    news = ("---\ntitle: Ny energipulje åbner til februar\nyear: 2025\n---\n\n# Ny energipulje åbner til februar\n\n"
            "Fra februar kan små virksomheder søge Energipuljen Vest.\n\n## Det kan du få tilskud til\n\n"
            "- Varmepumper, ventilation og LED: op til 25 % tilskud.\n- Efterisolering og nye vinduer: op til 30 % tilskud.\n")
    guide = ("---\ntitle: Energipuljen Vest 2026 – vejledning\nyear: 2026\n---\n\n# Energipuljen Vest 2026\n\n"
             "## Hvad kan der gives tilskud til?\n\nIndsats | Tilskud | Maks. tilskud\n--- | --- | ---\n"
             "Tekniske installationer: varmepumper, ventilation og LED | 25 % | 150.000 kr.\n"
             "Klimaskærm: efterisolering og vinduer | 30 % | 200.000 kr.\n")
    engine = engine_beside_corpus(tmp_path_factory.mktemp("same-figure"),
                                  {"nyhed-energipulje-2025.md": news, "energipuljen-vest-2026.md": guide})
    answer = engine.ask("hvor mange procent tilskud kan man faa til varmepumper, ventilation og LED fra energipuljen")
    assert answer.text.startswith("Kort svar: 25 %"), answer.text
    assert "2026" in answer.text.split("\n")[0] and "oplyser noget andet" not in answer.text, answer.text


def test_a_newer_price_list_row_for_the_same_bracket_leads_however_its_label_is_worded(tmp_path_factory):
    """Last year's price page prices "10-49 ansatte" at 9.200 kr.; this year's list writes "Virksomheder med 10–49
    ansatte" (an en dash) at 9.800 kr.: the same row of the same table, so the newer price leads and the older follows."""
    from tests.conftest import engine_beside_corpus

    last_year = ("---\ntitle: Priser\nyear: 2025\n---\n\n# Priser\n\nHer finder du vores priser for medlemskab.\n\n"
                 "## Medlemskab\n\nKontingentet afhænger af antal ansatte:\n\n"
                 "| 1-9 ansatte | 4.200 kr. pr. år |\n| --- | --- |\n| 10-49 ansatte | 9.200 kr. pr. år |\n"
                 "| 50-249 ansatte | 17.500 kr. pr. år |\n| 250+ ansatte | 30.000 kr. pr. år |\n")
    this_year = ("---\ntitle: Prisliste 2026\nyear: 2026\n---\n\n# Prisliste 2026\n\nAlle priser er ekskl. moms.\n\n"
                 "## Medlemskontingent (årligt)\n\n| Medlemstype | Kontingent pr. år |\n| --- | --- |\n"
                 "| Virksomheder med 1–9 ansatte | 4.500 kr. |\n| Virksomheder med 10–49 ansatte | 9.800 kr. |\n"
                 "| Virksomheder med 50–249 ansatte | 18.500 kr. |\n| Vidensinstitutioner og kommuner | 12.000 kr. |\n")
    engine = engine_beside_corpus(tmp_path_factory.mktemp("bracket-rows"),
                                  {"priser.md": last_year, "prisliste-2026.md": this_year})
    answer = engine.ask("vi er 30 ansatte, hvad koster et medlemsskab om året?")
    assert answer.text.startswith("Kort svar: 9.800 kr."), answer.text
    assert "9.200 kr." in answer.text.split("oplyser noget andet:")[-1], answer.text


def test_a_newer_documents_date_of_another_time_of_year_is_no_other_date_of_the_autumn_class(tmp_path_factory):
    """"hvornår starter efterårsholdet": the 2026 course page's spring module dates are of the spring class; the 2025
    plan's "Start september 2026" is the answer, not led by "24. marts 2026"."""
    from tests.conftest import engine_beside_corpus

    plan = ("---\ntitle: Handlingsplan 2026\nyear: 2025\n---\n# Handlingsplan 2026\n\n| Aktivitet | Ansvarlig | Tidsplan |\n"
            "|---|---|---|\n| Efterårshold i CO2-regnskab i Hjørring | Camilla Ahmadi | Start september 2026 |\n"
            "| Nyt værktøj til selvscreening | Freja Dalsgaard | Marts 2026 |\n")
    course = ("---\ntitle: Kom i gang med CO2-regnskab 2026\nyear: 2026\n---\n# Kom i gang med CO2-regnskab\n\n"
              "På fire kursusdage lærer du at lave et CO2-regnskab for din virksomhed.\n\n## Moduler, forår 2026\n\n"
              "| Modul | Emne | Dato |\n|---|---|---|\n| 1 | Scope 1 og 2 | Tirsdag 10. marts 2026 |\n"
              "| 2 | Scope 3 og værdikæden | Tirsdag 24. marts 2026 |\n")
    engine = engine_beside_corpus(tmp_path_factory.mktemp("seasons"),
                                  {"handlingsplan-2026.md": plan, "kursus-co2-regnskab-2026.md": course})
    answer = engine.ask("hvornaar starter efteraarsholdet i co2 regnskab")
    assert "september 2026" in where_a_reader_looks(answer.text) and "marts" not in answer.text, answer.text
