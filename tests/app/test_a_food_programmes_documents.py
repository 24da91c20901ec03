"""A food programme's documents: a 2026 scheme's guide, an English fact sheet and a news item moving its deadline,
steering-group minutes on next year's budget beside the annual report's contributions, and a staff list of cards
written as labelled lines, someone on leave. Written for these tests (fictional)."""
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.conftest import engine_beside_corpus, where_a_reader_looks

GUIDE = """---
title: Smagsløft 2026 – vejledning til ansøgere
year: 2026
---

# Smagsløft 2026 – vejledning til ansøgere

## Sådan søger du

Ansøgningen sendes via ansøgningsskemaet på madkraft-lf.dk/smagsloeft. Der er kun én ansøgningsrunde i 2026.

## Tidsplan

- Projektet skal være afsluttet: senest 30. juni 2027
"""

FACT_SHEET = """---
title: Madkraft Lolland-Falster – Fact sheet 2026
date: 2026-01-15
lang: en
---

# Madkraft Lolland-Falster – Fact sheet 2026

## The Smagsløft scheme 2026

Smagsløft replaces the former Fødevarepuljen (Food Fund), which ran in 2024 and 2025.

- Maximum grant: DKK 200,000 per project
- Application deadline: 2 March 2026 at 12:00 noon
"""

NEWS = """<html><head><title>Fristen for Smagsløft flyttes | Madkraft Lolland-Falster</title></head><body>
<nav><a href="/">Forside</a> <a href="/nyheder">Nyheder</a></nav>
<main>
<h1>Fristen for Smagsløft flyttes – og puljen vokser med 600.000 kr.</h1>
<p>19. februar 2026 · Af Camilla Skårup</p>
<p>Fødevarevirksomheder på Lolland-Falster får mere tid og flere penge at søge. Ansøgningsfristen for Smagsløft 2026
er flyttet, og Fonden for Sydhavsøernes Fødevareerhverv har givet et tilskud til puljen.</p>
<h2>Ny frist: 13. april 2026</h2>
<p>Den oprindelige ansøgningsfrist var den 2. marts 2026. Den er nu flyttet til mandag den 13. april 2026 kl. 12.00.
Svar på ansøgningerne forventes nu senest den 29. maj 2026.</p>
</main>
<footer>© 2026 Madkraft Lolland-Falster</footer>
</body></html>
"""

MINUTES = """---
title: Referat af styregruppemøde 27. november 2025
year: 2025
---

# Referat af styregruppemøde 27. november 2025

## 2. Budget 2026 og fordeling mellem kommunerne

Budgettet for 2026 er på 6.200.000 kr., og fordelingsnøglen ændres fra 60/40 til 55/45. Det svarer til 3.410.000 kr.
fra Guldborgsund Kommune og 2.790.000 kr. fra Lolland Kommune.
"""

REPORT = """---
title: Årsberetning 2025
year: 2025
---

# Årsberetning 2025

## Økonomi

Programmets samlede udgifter udgjorde 5.870.000 kr. i 2025. Guldborgsund Kommune bidrog med 3.060.000 kr. og Lolland
Kommune med 2.040.000 kr. efter fordelingsnøglen 60/40.
"""

STAFF = """MEDARBEJDEROVERSIGT – MADKRAFT LOLLAND-FALSTER
Opdateret: 2. februar 2026 (HB)
======================================================================

----------------------------------------------------------------------
Navn:      Søren Bækgaard
Funktion:  Fødevarekonsulent, tilskud
Telefon:   54 73 21 14
E-mail:    sba@madkraft-lf.dk
BEMÆRK:    På forældreorlov til og med 31. maj 2026. Henvendelser om
           Smagsløft går i mellemtiden til Louise Friis Ørsted.

----------------------------------------------------------------------
Navn:      Louise Friis Ørsted
Funktion:  Fødevarekonsulent, tilskud og eksport
Telefon:   54 73 21 16
E-mail:    lfo@madkraft-lf.dk

----------------------------------------------------------------------
Navn:      Anja Mølgaard
Funktion:  Driftsleder, Kølehuset
Telefon:   54 73 21 25
E-mail:    amo@madkraft-lf.dk
Vagt:      Vagttelefon ved alarmer i Kølehuset uden for åbningstid:
           20 41 87 33 (hele døgnet)
"""




def joint_projects_guide(path: Path) -> None:
    """A PDF without a title: the document goes by its file name, "vejledning_samarbejde_smagsloeft.pdf"."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.text(15, 20, "Samarbejdsprojekter")
    pdf.set_font("Helvetica", size=10)
    pdf.text(15, 32, "Går to eller flere virksomheder fra Lolland-Falster sammen om at udvikle et produkt, kan de")
    pdf.text(15, 37, "samlet søge op til 250.000 kr.")
    path.write_bytes(bytes(pdf.output()))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("food"), {
        "vejledning-smagsloeft-2026.md": GUIDE, "fact-sheet-en.md": FACT_SHEET, "nyhed-frist-flyttet.html": NEWS,
        "referat-styregruppe-2025-11-27.md": MINUTES, "aarsberetning-2025.md": REPORT,
        "medarbejderliste.txt": STAFF}, {"vejledning_samarbejde_smagsloeft.pdf": joint_projects_guide})


def test_a_danish_question_is_answered_from_the_danish_news_not_the_older_english_summary(engine):
    """"deadline" is the English summary's word too, but its date was moved by the news item (which says so): the
    summary's date is at most cited as an older statement; the scheme's name "Smagsløft 2026" and the byline date
    nothing asked."""
    answer = engine.ask("hvornår er deadline for at søge smagsløft?")
    assert answer.text.startswith("Kort svar: 13. april 2026"), answer.text
    assert "2 March" not in answer.text or answer.text.index("Ældre dokumenter") < answer.text.index("2 March"), answer.text


def test_a_project_end_is_no_application_deadline(engine):
    answer = engine.ask("hvornaar er ansoegningsfristen for smagsloeft i 2027")
    assert "30. juni 2027" not in where_a_reader_looks(answer.text), answer.text


def test_a_sentence_under_a_heading_of_another_year_is_no_figure_of_the_asked_year(engine):
    """The minutes' "Det svarer til 3.410.000 kr. fra Guldborgsund Kommune" is the 2026 budget's (its heading)."""
    answer = engine.ask("hvor meget betalte guldborgsund kommune til programmet i 2025")
    assert "3.060.000" in where_a_reader_looks(answer.text), answer.text
    assert "3.410.000" not in where_a_reader_looks(answer.text), answer.text


def test_a_staff_card_of_labelled_lines_gives_its_wrapped_phone_number(engine):
    answer = engine.ask("der er alarm i kølehuset lørdag nat, hvilket nummer ringer jeg til")
    assert "20 41 87 33" in where_a_reader_looks(answer.text), answer.text


def test_how_long_someone_is_on_leave_is_until_when(engine):
    answer = engine.ask("hvor laenge er soeren baekgaard paa orlov?")
    assert "31. maj 2026" in where_a_reader_looks(answer.text), answer.text


def test_a_pdf_titled_by_its_file_name_names_the_scheme_in_danish_letters(engine):
    """"smagsloeft" in the file name is Smagsløft: the guide's passage answers for the scheme asked about."""
    answer = engine.ask("vi er 3 gårdbutikker der vil udvikle et fælles produkt sammen. hvor meget kan vi få tilsammen "
                        "fra smagsløft")
    assert not answer.abstained, answer.text
    assert "250.000" in where_a_reader_looks(answer.text), answer.text
