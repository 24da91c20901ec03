import io
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from ingest.documents import LoadError
from ingest.loaders import load_document
from ingest.loaders.pdf_tables import with_tables
from tests.ingest.loaders.conftest import write_pdf


def _encrypted_copy(pdf: Path, target: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.encrypt(user_password, owner_password="ejer")
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


def test_each_pdf_page_is_a_page_with_its_number(corpus: Path):
    path = write_pdf(corpus / "plan.pdf", extra_pages=["Side to om Århus.", "Side tre om Ålborg."])
    document = load_document(path, corpus)
    assert document.format == "pdf"
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert document.pages[1].text.strip() == "Side to om Århus."
    assert document.pages[2].text.strip() == "Side tre om Ålborg."


def test_pdf_title_and_creation_year_become_metadata(corpus: Path):
    from ingest.loaders import pdf_loader

    extracted = pdf_loader.extract(write_pdf(corpus / "plan.pdf", title="Handlingsplan for eksport"))
    assert extracted.title_hint == "Handlingsplan for eksport"
    assert extracted.year_hint is not None and 1990 < extracted.year_hint < 2100  # fpdf2 stamps today's date


def test_truncated_pdf_is_reported_as_damaged(corpus: Path):
    whole = write_pdf(corpus / "whole.pdf").read_bytes()
    broken = corpus / "afbrudt.pdf"
    broken.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(LoadError) as error:
        load_document(broken, corpus)
    assert error.value.source == "afbrudt.pdf"
    assert "afbrudt.pdf" in str(error.value)
    assert "damaged" in error.value.reason and "re-export" in error.value.reason


def test_program_renamed_to_pdf_is_refused(corpus: Path):
    fake = corpus / "rapport.pdf"
    fake.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200)
    with pytest.raises(LoadError) as error:
        load_document(fake, corpus)
    assert str(error.value).startswith("rapport.pdf: ")
    assert "not a valid .pdf file" in error.value.reason
    assert "Windows program" in error.value.reason


def test_password_protected_pdf_says_to_remove_the_password(corpus: Path):
    path = _encrypted_copy(write_pdf(corpus / "x.pdf"), corpus / "hemmelig.pdf", user_password="secret")
    with pytest.raises(LoadError) as error:
        load_document(path, corpus)
    assert str(error.value) == "hemmelig.pdf: is password-protected; remove the password and ingest again"


def test_pdf_encrypted_only_with_an_owner_password_opens(corpus: Path):
    path = _encrypted_copy(write_pdf(corpus / "x.pdf"), corpus / "beskyttet.pdf", user_password="")
    document = load_document(path, corpus)
    assert "846.462 mio. kr." in document.pages[0].text


def test_pdf_without_text_asks_for_ocr(corpus: Path):
    path = write_pdf(corpus / "scannet.pdf", blocks=[], title=None)  # one blank page, as a scan has no text
    with pytest.raises(LoadError) as error:
        load_document(path, corpus)
    assert str(error.value) == "scannet.pdf: contains no text; if it is a scanned PDF, OCR it first"


def _pdf_with_table(path: Path, rows: list[list[str]]) -> Path:
    """A page with a sentence, a table whose cells are placed one by one (as report tools do), and a sentence."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 20, "Tilskudssatsen afhænger af virksomhedens størrelse.")
    for number, row in enumerate(rows):
        for x, cell in zip((20, 90, 130), row):
            pdf.text(x, 35 + 8 * number, cell)
    pdf.text(20, 40 + 8 * len(rows), "Tilskuddet kan højst udgøre 60.000 kr. pr. virksomhed.")
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_pdf_table_keeps_its_columns_and_the_text_around_it_stays(corpus: Path):
    # pypdf's plain text gives "5-19 ansatte 75 %": which figure is the rate would be lost.
    rows = [["Virksomhedens størrelse", "Tilskudssats", "Maks. tilskud"], ["5-19 ansatte", "75 %", "60.000 kr."],
            ["20-49 ansatte", "60 %", "60.000 kr."]]
    text = load_document(_pdf_with_table(corpus / "fagkraft.pdf", rows), corpus).pages[0].text
    assert "Virksomhedens størrelse  Tilskudssats  Maks. tilskud\n5-19 ansatte  75 %  60.000 kr.\n20-49 ansatte  60 %" in text
    assert "Tilskudssatsen afhænger af virksomhedens størrelse." in text
    assert "Tilskuddet kan højst udgøre 60.000 kr. pr. virksomhed." in text


def test_a_table_in_the_right_column_of_a_two_column_leaflet_keeps_its_columns(corpus: Path):
    """Side by side in the layout text, the table's rows share their lines with the left column's prose."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    prose = ["Som medlem bliver du en del af et netværk med", "næsten 200 virksomheder fra hele egnen. Du",
             "møder kolleger, leverandører og kunder og får", "adgang til viden, der gør din virksomhed", "stærkere."]
    for number, line in enumerate(prose):
        pdf.text(15, 30 + 6 * number, line)
    pdf.text(120, 24, "Kontingentet afhænger af antal ansatte:")
    for number, (employees, fee) in enumerate([("Ansatte", "Kontingent"), ("1-9", "1.800 kr."), ("10-49", "4.200 kr."),
                                               ("50-249", "9.500 kr.")]):
        pdf.text(125, 30 + 6 * number, employees)
        pdf.text(160, 30 + 6 * number, fee)
    (corpus / "folder.pdf").write_bytes(bytes(pdf.output()))
    text = load_document(corpus / "folder.pdf", corpus).pages[0].text
    assert "Ansatte  Kontingent\n1-9  1.800 kr.\n10-49  4.200 kr.\n50-249  9.500 kr." in text, text
    assert "næsten 200 virksomheder fra hele egnen. Du" in text


def test_a_year_header_without_a_label_cell_stays_with_its_rows():
    layout = ("                         2008                     2009\n"
              "Region Midtjylland       208                      301\n\n"
              "Øvrige fire regioner     702                      641\n")
    plain = "Tabellen viser forløbene.\n2008 2009\nRegion Midtjylland 208 301\nØvrige fire regioner 702 641\nSådan."
    assert with_tables(plain, layout) == ("Tabellen viser forløbene.\n2008  2009\nRegion Midtjylland  208  301\n"
                                          "Øvrige fire regioner  702  641\nSådan.")


def test_a_spread_out_heading_is_no_table_and_unmatched_words_change_nothing():
    layout = "Badevandskvalitet       i       Rørdal       Kommune\nsæsonrapport 2021\n"
    plain = "Badevandskvalitet i Rørdal Kommune\nsæsonrapport 2021"
    assert with_tables(plain, layout) == plain
    table = "Route      Distance\nLake Loop  28 km\n"
    assert with_tables("Route Distance Lake Loop 19 km", table) == "Route Distance Lake Loop 19 km"


def test_figures_set_flush_right_and_a_groups_label_stay_in_the_table():
    """"148" over "71,6 %" ends, not starts, in one column; "Testhallen" labels the rows under it."""
    layout = ("Nøgletal                                 2023       2024\n\n"
              "Medlemsvirksomheder                       148        171\n\n"
              "Andel med under 50 ansatte             71,6 %     72,5 %\n\n"
              "Testhallen\n\n"
              "Udnyttelsesgrad                        39,4 %     57,7 %\n")
    plain = ("Nøgletal\n2023\n2024\nMedlemsvirksomheder\n148\n171\nAndel med under 50 ansatte\n71,6 %\n72,5 %\n"
             "Testhallen\nUdnyttelsesgrad\n39,4 %\n57,7 %")
    assert with_tables(plain, layout) == ("Nøgletal  2023  2024\nMedlemsvirksomheder  148  171\n"
                                          "Andel med under 50 ansatte  71,6 %  72,5 %\nTesthallen\n"
                                          "Udnyttelsesgrad  39,4 %  57,7 %")


def test_a_page_footer_under_a_table_at_the_pages_end_is_not_one_of_its_rows():
    """The footer ("Energiklynge Nord – Årsrapport 2025" and the page number) lines up with the rows above it in the
    layout text; pypdf's plain text gives it first, as the page's header."""
    layout = ("  Nøgletal                                 2023       2024\n\n"
              "  Bookede dage                              97         142\n\n"
              "  Udnyttelsesgrad                        39,4 %     57,7 %\n\n"
              "  Matchmaking og konferencen\n\n\n\n"
              "Energiklynge Nord – Årsrapport 2025                      1\n")  # the page number flush right, as the figures are
    plain = ("Energiklynge Nord – Årsrapport 2025\n1\nNøgletal\n2023\n2024\nBookede dage\n97\n142\nUdnyttelsesgrad\n"
             "39,4 %\n57,7 %\nMatchmaking og konferencen\n")
    assert with_tables(plain, layout) == ("Energiklynge Nord – Årsrapport 2025\n1\nNøgletal  2023  2024\nBookede dage  97  142\n"
                                          "Udnyttelsesgrad  39,4 %  57,7 %\nMatchmaking og konferencen\n")


def test_a_row_label_wrapped_over_two_lines_stays_with_its_row_and_the_table_goes_on():
    """"(24 kameraer, areal 8 x 10" / "m) inkl. tekniker¹" under the first row; the note under the table, as wide as
    the page, is no part of it."""
    layout = ("  Studie                          Enhed         Medlem       Ikke-medlem\n"
              "  Motion capture-studie           hel dag       6.500 kr.    9.800 kr.\n"
              "  (24 kameraer, areal 8 x 10\n"
              "  m) inkl. tekniker¹\n"
              "  Lydstudie A                     pr. time      450 kr.      690 kr.\n\n"
              " ¹ Prisen omfatter én tekniker i hele lejeperioden og 2 sæt dragter, og oprydning afregnes separat.\n")
    plain = ("Studie\nEnhed\nMedlem\nIkke-medlem\nMotion capture-studie\n(24 kameraer, areal 8 x 10\nm) inkl. tekniker¹\n"
             "hel dag\n6.500 kr.\n9.800 kr.\nLydstudie A\npr. time\n450 kr.\n690 kr.\n"
             "¹ Prisen omfatter én tekniker i hele lejeperioden og 2 sæt dragter, og oprydning afregnes separat.")
    assert with_tables(plain, layout).splitlines() == [
        "Studie  Enhed  Medlem  Ikke-medlem",
        "Motion capture-studie (24 kameraer, areal 8 x 10 m) inkl. tekniker¹  hel dag  6.500 kr.  9.800 kr.",
        "Lydstudie A  pr. time  450 kr.  690 kr.",
        "¹ Prisen omfatter én tekniker i hele lejeperioden og 2 sæt dragter, og oprydning afregnes separat."]


@pytest.mark.parametrize("layout, plain, rows", [
    # A raised "2" after "Kvist Cowork" sets the mark and the row's figures on a line over the label.
    ("  Nøgletal                                       2023        2024        2025\n"
     "  Udbetalte Kvistlån (antal)                        9          14          17\n"
     "  2                                               71 %        78 %        86 %\n"
     "  Belægningsgrad, Kvist Cowork\n"
     "  Deltagere i workshops                           640         815         962\n",
     "Nøgletal\n2023\n2024\n2025\nUdbetalte Kvistlån (antal)\n9\n14\n17\nBelægningsgrad, Kvist Cowork2\n71 %\n"
     "78 %\n86 %\nDeltagere i workshops\n640\n815\n962",
     ["Nøgletal  2023  2024  2025", "Udbetalte Kvistlån (antal)  9  14  17",
      "Belægningsgrad, Kvist Cowork2  71 %  78 %  86 %", "Deltagere i workshops  640  815  962"]),
    # A raised "1" after the header's "2022" stands on a line over it, with the other years.
    ("                                         1          2023        2024        2025\n"
     "  Nøgletal                               2022\n"
     "  Virksomheder med bevilling             96          174         203         236\n"
     "  Medarbejdere, der har gennemført      388          861       1.012       1.187\n"
     "  kursus med tilskud2\n"
     "  Udbetalt tilskud (mio. kr.)            1,9         4,1         4,8         5,6\n",
     "Nøgletal\n20221\n2023\n2024\n2025\nVirksomheder med bevilling\n96\n174\n203\n236\nMedarbejdere, der har "
     "gennemført\nkursus med tilskud2\n388\n861\n1.012\n1.187\nUdbetalt tilskud (mio. kr.)\n1,9\n4,1\n4,8\n5,6",
     ["Nøgletal  2022  2023  2024  2025", "Virksomheder med bevilling  96  174  203  236",
      "Medarbejdere, der har gennemført kursus med tilskud2  388  861  1.012  1.187",
      "Udbetalt tilskud (mio. kr.)  1,9  4,1  4,8  5,6"]),
    # "1" stands between the label's two lines ("med tilskud fra" / "netværket"); the plain text writes "netværket1".
    ("  Nøgletal                                         2022        2023        2024\n"
     "  Bevilgede projekter i Leverandørpuljen             14          22          31\n"
     "  Medarbejdere GWO-certificeret med tilskud fra      38          71         104\n"
     "  1\n"
     "  netværket\n"
     "  Deltagere på matchmakingdage                       64          97         121\n",
     "Nøgletal\n 2022\n 2023\n 2024\nBevilgede projekter i Leverandørpuljen\n 14\n 22\n 31\nMedarbejdere "
     "GWO-certificeret med tilskud fra\nnetværket1\n 38\n 71\n 104\nDeltagere på matchmakingdage\n 64\n 97\n 121",
     ["Nøgletal  2022  2023  2024", "Bevilgede projekter i Leverandørpuljen  14  22  31",
      "Medarbejdere GWO-certificeret med tilskud fra netværket1  38  71  104",
      "Deltagere på matchmakingdage  64  97  121"]),
])
def test_a_raised_footnote_mark_stays_with_its_cell_and_the_table_stays_whole(layout, plain, rows):
    """A footnote mark raised over a row label, over a header year or onto a line of its own inside a wrapped label;
    before, each table fell apart into headings over bare figures or one cell per line."""
    assert with_tables(plain, layout).splitlines() == rows


def test_a_footnote_mark_raised_inside_a_wrapped_cell_ends_the_cell():
    """The "1" after "pr. måned" is raised onto a line of its own between the cell's two lines."""
    layout = ("  Medlemskab      Det får du                                          Pris pr. måned*\n"
              "  Flex            Frie pladser på hverdage                                  1.195 kr.\n"
              "  Fast plads      Eget hæve-sænkebord, aflåst skab, nøglebrik og 4          1.795 kr.\n"
              "                  1\n"
              "                  timers mødelokale pr. måned\n"
              "  Teamkontor      Lukket kontor til op til 4 personer                       5.900 kr.\n")
    plain = ("Medlemskab  Det får du  Pris pr. måned*\nFlex  Frie pladser på hverdage  1.195 kr.\nFast plads\nEget "
             "hæve-sænkebord, aflåst skab, nøglebrik og 4\ntimers mødelokale pr. måned1\n 1.795 kr.\nTeamkontor\n"
             "Lukket kontor til op til 4 personer\n 5.900 kr.")
    assert with_tables(plain, layout).splitlines()[2] == \
        "Fast plads  Eget hæve-sænkebord, aflåst skab, nøglebrik og 4 timers mødelokale pr. måned1  1.795 kr."


def test_wrapped_cells_in_capitals_and_the_last_rows_wrapped_label_stay_in_their_rows():
    """A partner's name wraps onto a line starting in capitals ("Region Sydøst"), and the last row's label onto a line
    of its own under the table ("Østersøregionen"); the plain text's word order says they are wrapped cells."""
    layout = (" Partner                   Land        Rolle i projektet                      Budget\n"
              " Eksportfremme Sydøst,     Danmark     Leadpartner, projektledelse,           4.350\n"
              " Region Sydøst                         B2B-matchmaking og læringsmoduler\n"
              " Erhvervshus Sydøst        Danmark     Rekruttering af danske virksomheder    2.900\n"
              " I alt                                                                     11.800\n\n"
              " Indikator                                                   Mål     Status\n"
              " Gennemførte B2B-møder                                       400     311\n"
              " Virksomheder med eksport til et nyt land i                  30      19\n"
              " Østersøregionen\n\n"
              " Forlængelsen til 28. februar 2027 giver plads til endnu en Baltic Buyers Day.\n")
    plain = ("Partner\nLand\nRolle i projektet\nBudget\nEksportfremme Sydøst,\nRegion Sydøst\nDanmark\nLeadpartner, "
             "projektledelse,\nB2B-matchmaking og læringsmoduler\n4.350\nErhvervshus Sydøst\nDanmark\nRekruttering af "
             "danske virksomheder\n2.900\nI alt\n11.800\nIndikator\nMål\nStatus\nGennemførte B2B-møder\n400\n311\n"
             "Virksomheder med eksport til et nyt land i\nØstersøregionen\n30\n19\nForlængelsen til 28. februar 2027 "
             "giver plads til endnu en Baltic Buyers Day.")
    assert with_tables(plain, layout).splitlines() == [
        "Partner  Land  Rolle i projektet  Budget",
        "Eksportfremme Sydøst, Region Sydøst  Danmark  Leadpartner, projektledelse, B2B-matchmaking og læringsmoduler  4.350",
        "Erhvervshus Sydøst  Danmark  Rekruttering af danske virksomheder  2.900",
        "I alt  11.800",
        "Indikator  Mål  Status",
        "Gennemførte B2B-møder  400  311",
        "Virksomheder med eksport til et nyt land i Østersøregionen  30  19",
        "Forlængelsen til 28. februar 2027 giver plads til endnu en Baltic Buyers Day."]


def test_header_cells_wrapped_and_set_flush_right_stay_over_their_columns():
    """"Nye" / "virksomheder" / "2024": the header's lines end near, not start at, the column's edge."""
    layout = ("  Branche                                   Nye                   Nye          Andel 2025\n"
              "                                   virksomheder          virksomheder\n"
              "                                          2024                   2025\n\n"
              "  Bygge og anlæg                             35                     38              18,7 %\n"
              "  Digitale services og software              22                     31              15,3 %\n")
    plain = ("Branche\nNye\nvirksomheder\n2024\nNye\nvirksomheder\n2025\nAndel 2025\nBygge og anlæg  35  38  18,7 %\n"
             "Digitale services og software  22  31  15,3 %")
    assert with_tables(plain, layout).splitlines()[0] == "Branche  Nye virksomheder 2024  Nye virksomheder 2025  Andel 2025"


def test_a_cell_wrapped_onto_the_next_line_stays_in_its_row_and_column():
    """A narrow price table wraps its long cells: "homogenisator og 500 l ostekar" ends the first row's label and
    "dag" the header's "Medlem, hel"; pypdf's plain text gives each whole cell on a line of its own."""
    layout = ("  Anlæg                          Kapacitet   Medlem, hel   Ikke-medlem,\n"
              "                                              dag           hel dag\n"
              "  Mejerilinje: pasteur,          500 l/t     6.800 kr.     11.500 kr.\n"
              "  homogenisator og ostekar\n"
              "  Sprøjtetørrer til pulver og    25 kg       7.400 kr.     12.600 kr.\n"
              "  ingredienser                   vand/t\n")
    plain = ("Priser\nAnlæg\nKapacitet\nMedlem, hel dag\nIkke-medlem, hel dag\nMejerilinje: pasteur, homogenisator og "
             "ostekar\n500 l/t\n6.800 kr.\n11.500 kr.\nSprøjtetørrer til pulver og ingredienser\n25 kg vand/t\n7.400 kr.\n"
             "12.600 kr.\nSlut.")
    assert with_tables(plain, layout) == (
        "Priser\nAnlæg  Kapacitet  Medlem, hel dag  Ikke-medlem, hel dag\n"
        "Mejerilinje: pasteur, homogenisator og ostekar  500 l/t  6.800 kr.  11.500 kr.\n"
        "Sprøjtetørrer til pulver og ingredienser  25 kg vand/t  7.400 kr.  12.600 kr.\nSlut.")


def test_a_key_figure_table_in_the_left_column_keeps_its_columns_and_its_wrapped_labels(corpus: Path):
    """The gap between a table's columns of figures is no gutter between the page's columns; a row label wrapped
    onto a line of its own ("Cirkulær Byg Vest") goes on its row, not over the next one."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    prose = ["Mentorordningen blev udvidet i 2025, og der", "blev gennemført 22 forløb. I evalueringen",
             "svarede 91 % af deltagerne, at de ville", "anbefale ordningen til andre virksomheder.",
             "Udstyret var udlånt i 58 døgn, og rummet", "var booket i 19 dage i alt sidste år.",
             "Kammeret forventes klar i september 2026.", "Heraf er 1,4 mio. kr. finansieret af fonden."]
    for number, line in enumerate(prose):
        pdf.text(112, 30 + 5 * number, line)
    # Row by row, as a table is typeset: a label's wrapped line before the row's figures.
    rows = [(["Nøgletal"], "2024", "2025"), (["Medlemsvirksomheder"], "141", "168"),
            (["LCA-beregninger med tilskud fra", "Cirkulær Byg Vest"], "19", "37"), (["Lejedage i testhallen"], "151", "193"),
            (["Kursusdeltagere i alt"], "640", "815")]
    y = 30
    for labels, before, after in rows:
        for number, label in enumerate(labels):
            pdf.text(15, y + 5 * number, label)
        pdf.text(72, y, before)
        pdf.text(90, y, after)
        y += 5 * len(labels)
    (corpus / "aarsrapport.pdf").write_bytes(bytes(pdf.output()))
    text = load_document(corpus / "aarsrapport.pdf", corpus).pages[0].text
    assert ("Nøgletal  2024  2025\nMedlemsvirksomheder  141  168\nLCA-beregninger med tilskud fra Cirkulær Byg Vest  19  37\n"
            "Lejedage i testhallen  151  193\n") in text, text
    assert "svarede 91 % af deltagerne, at de ville" in text


def test_a_price_table_with_wrapped_cells_and_an_empty_note_keeps_every_row():
    """"Ikke-" / "medlem" is one header cell; "10 stk." under "pr. prøveserie à" ends that cell, though it starts
    with a figure; a row without a note is still a row."""
    layout = ("  Prøvning                   Enhed                 Medlem       Ikke-        Note\n"
              "                                                                medlem\n"
              "  Tagsten, frostprøvning     pr. prøveserie à      2.700 kr.    4.200 kr.    svar inden for 6 uger\n"
              "                             10 stk.\n"
              "  Teknikerassistance         pr. påbegyndt time    720 kr.      980 kr.\n"
              "  Bortskaffelse              pr. palle             350 kr.      350 kr.      ved aflevering\n")
    plain = ("Priser\nPrøvning\nEnhed\nMedlem\nIkke-\nmedlem\nNote\nTagsten, frostprøvning\npr. prøveserie à\n10 stk.\n"
             "2.700 kr.\n4.200 kr.\nsvar inden for 6 uger\nTeknikerassistance\npr. påbegyndt time\n720 kr.\n980 kr.\n"
             "Bortskaffelse\npr. palle\n350 kr.\n350 kr.\nved aflevering\nSlut.")
    assert with_tables(plain, layout) == (
        "Priser\nPrøvning  Enhed  Medlem  Ikke-medlem  Note\n"
        "Tagsten, frostprøvning  pr. prøveserie à 10 stk.  2.700 kr.  4.200 kr.  svar inden for 6 uger\n"
        "Teknikerassistance  pr. påbegyndt time  720 kr.  980 kr.\n"
        "Bortskaffelse  pr. palle  350 kr.  350 kr.  ved aflevering\nSlut.")


def test_the_next_row_of_a_group_labelled_once_is_no_wrapped_cell():
    layout = ("  Medlemskab      År      Pris\n"
              "  Medlem          2024    500 kr.\n"
              "                  2025    600 kr.\n"
              "  Ikke-medlem     2024    900 kr.\n")
    plain = "Medlemskab\nÅr\nPris\nMedlem\n2024\n500 kr.\n2025\n600 kr.\nIkke-medlem\n2024\n900 kr."
    assert "Medlem  2024  500 kr." in with_tables(plain, layout).splitlines()


def test_column_names_standing_one_per_line_over_the_rows_are_the_header_row():
    """Centred over their columns, "Pladstype", "Pris pr. måned¹" and "Depositum²" do not line up with the rows in the
    layout text; the plain text gives them one per line right over the rows, as many as the rows have cells."""
    layout = ("                 Pladstype                       Pris pr. måned¹     Depositum²\n"
              "  Flexplads, adgang 3 faste hverdage                        950          1.900\n"
              "  Fast skrivebordsplads                                   2.100          4.200\n"
              "  Lukket kontor til 4 personer                            8.200         16.400\n")
    plain = ("Arbejdspladser\n Pladstype\nPris pr. måned¹\nDepositum²\nFlexplads, adgang 3 faste hverdage\n950\n1.900\n"
             "Fast skrivebordsplads\n2.100\n4.200\nLukket kontor til 4 personer\n8.200\n16.400\nAlle beløb er i kr.")
    assert with_tables(plain, layout) == (
        "Arbejdspladser\nPladstype  Pris pr. måned¹  Depositum²\nFlexplads, adgang 3 faste hverdage  950  1.900\n"
        "Fast skrivebordsplads  2.100  4.200\nLukket kontor til 4 personer  8.200  16.400\nAlle beløb er i kr.")
