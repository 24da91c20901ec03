from pathlib import Path

import pytest

from ingest.documents import LoadError
from ingest.loaders import load_document
from ingest.loaders.text_loader import decode_text

DANISH = "Region Midtjylland – “Vækstforum” besluttede: æbler, øer og ål. ÆØÅ. 846.462 mio. kr. og 38,5 %."


def _load_text(corpus: Path, name: str, data: bytes) -> str:
    path = corpus / name
    path.write_bytes(data)
    document = load_document(path, corpus)
    assert document.format == "text"
    assert [page.number for page in document.pages] == [None]
    return document.pages[0].text


def test_cp1252_text_keeps_danish_letters_dashes_and_quotes(corpus: Path):
    assert _load_text(corpus, "windows.txt", DANISH.encode("cp1252")) == DANISH


@pytest.mark.parametrize("text", ["Århus", "Søren så ål", "økonomi og vækst i regionen"])
def test_short_cp1252_texts_are_not_misread(corpus: Path, text: str):
    # charset-normalizer alone guesses other code pages for texts this short.
    assert _load_text(corpus, "kort.txt", text.encode("cp1252")) == text


def test_latin1_text_keeps_danish_letters(corpus: Path):
    text = "Første afsnit om økonomi på Ærø.\n\nAndet afsnit."
    assert _load_text(corpus, "latin1.txt", text.encode("latin-1")) == text


def test_utf8_with_bom_loses_the_bom_and_crlf_becomes_newline(corpus: Path):
    data = b"\xef\xbb\xbf" + "Første linje\r\nAnden linje\r\n\r\nNyt afsnit\rSidste".encode("utf-8")
    assert _load_text(corpus, "bom.txt", data) == "Første linje\nAnden linje\n\nNyt afsnit\nSidste"


def test_utf16_with_bom_is_decoded(corpus: Path):
    assert _load_text(corpus, "notesblok.txt", "Æ Ø Å".encode("utf-16")) == "Æ Ø Å"


def test_decode_prefers_utf8_over_cp1252(tmp_path: Path):
    assert decode_text("blåbær – “citat”".encode("utf-8"), tmp_path / "x.txt") == "blåbær – “citat”"


def test_binary_file_named_txt_is_refused(corpus: Path):
    path = corpus / "billede.txt"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00")
    with pytest.raises(LoadError) as error:
        load_document(path, corpus)
    assert str(error.value).startswith("billede.txt: is a binary file, not text")


MARKDOWN = """---
title: Strategi for eksport
year: 2012
---
# Eksportstrategi

Indledende **vigtig** tekst med __fremhævning__ og et [link til regionen](https://www.rm.dk/).
## 1.1 Mål
Målet er 38,5 % flere eksportører.

| Område | 2008 | 2009 |
|:-------|-----:|-----:|
| Region Midtjylland | 208 | 288 |

***

Slut.
"""


def test_markdown_becomes_plain_paragraphs(corpus: Path):
    text = _load_text(corpus, "strategi.md", MARKDOWN.encode("utf-8"))
    assert text.split("\n\n") == [
        "Eksportstrategi",
        "Indledende vigtig tekst med fremhævning og et link til regionen.",
        "1.1 Mål",
        "Målet er 38,5 % flere eksportører.",
        "Område  2008  2009\nRegion Midtjylland  208  288",
        "Slut.",
    ]


def test_markdown_front_matter_is_metadata_not_text(corpus: Path):
    path = corpus / "strategi.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load_document(path, corpus)
    assert "title:" not in document.pages[0].text
    assert (document.metadata.title, document.metadata.year) == ("Strategi for eksport", 2012)


def test_first_markdown_heading_is_the_title_without_front_matter(corpus: Path):
    path = corpus / "noter.md"
    path.write_text("Indledning uden overskrift.\n\n# Noter om **eksport**\n\n# Anden overskrift\n", encoding="utf-8")
    assert load_document(path, corpus).metadata.title == "Noter om eksport"


@pytest.mark.parametrize(("text", "heading"), [
    ("HOLMBY SVØMMEHAL\nÅbningstider og priser 2024\n\nGældende fra 1. januar 2024.\n", "HOLMBY SVØMMEHAL"),
    ("\n Ventetider til planlagte operationer - Regionshospitalet Rørdal\nOpgjort 1. oktober 2019\n",
     "Ventetider til planlagte operationer - Regionshospitalet Rørdal"),
    # A sentence is no heading, nor a page number.
    ("Gældende fra 1. januar 2024. Taksterne er godkendt af byrådet.\n", None),
    ("Side 1 af 4\nNotat om eksport\n", None),
])
def test_a_plain_text_files_first_line_is_its_heading_when_it_reads_as_one(corpus: Path, text: str, heading: str | None):
    """A text file has no markup; its first line, short and without a full stop, is its heading. It names what
    the file is about ("Holmby Svømmehal") where the file's name cannot ("holmby-svoemmehal-2024.txt")."""
    path = corpus / "holmby-svoemmehal-2024.txt"
    path.write_text(text, encoding="utf-8")
    metadata = load_document(path, corpus).metadata
    assert metadata.title == "Holmby svoemmehal 2024"  # the file name's: a first line may be a letterhead
    assert metadata.extra.get("heading") == heading


def test_plain_text_front_matter_is_stripped(corpus: Path):
    text = _load_text(corpus, "notat.txt", "---\nyear: 2011\n---\nSelve teksten.\n".encode("utf-8"))
    assert text == "Selve teksten.\n"


def test_markdown_is_read_as_structure_not_as_text():
    from ingest.loaders.text_loader import markdown_to_text

    markdown = ("# Titel <img src=x onerror=alert(1)>\n\n##Højdepunkter\nEt *vigtigt* [link](https://x.dk) og "
                "<span>mere</span>.\n\n- et\n- to\n  - tre\n\n| År | Tal |\n|---|---|\n| 2008 | 183.332 |\n")
    extracted = markdown_to_text(markdown)
    assert extracted.title_hint == "Titel"
    assert extracted.headings == {"Titel": 1, "Højdepunkter": 2}
    assert extracted.pages[0].text.split("\n\n") == ["Titel", "Højdepunkter", "Et vigtigt link og mere.",
                                                     "- et\n- to\n- tre", "År  Tal\n2008  183.332"]


def test_a_headings_id_and_classes_are_markup_not_words():
    from ingest.loaders.text_loader import markdown_to_text

    extracted = markdown_to_text("## Spilinkubatoren {#inkubator}\n\nTekst.\n\n### Priser {.wide #priser}\n\nMere.\n")
    assert extracted.headings == {"Spilinkubatoren": 2, "Priser": 3}
    assert extracted.pages[0].text.split("\n\n") == ["Spilinkubatoren", "Tekst.", "Priser", "Mere."]


def test_an_ordered_list_keeps_its_numbers():
    """"1. runde: 28. april 2023": the number says which round; a bullet alone ("- runde: ...") loses it."""
    from ingest.loaders.text_loader import markdown_to_text

    text = markdown_to_text("Frister:\n\n1. runde: **28. april 2023**\n2. runde: 1. september 2023\n\n"
                            "Tekst.\n\n3) Tredje punkt\n").pages[0].text
    assert text.split("\n\n") == ["Frister:", "- 1. runde: 28. april 2023\n- 2. runde: 1. september 2023",
                                  "Tekst.", "- 3. Tredje punkt"]


def test_toml_front_matter_is_not_text(corpus: Path):
    page = corpus / "side.md"
    page.write_text('+++\ntitle = "Startvejledning"\ndraft = false\n+++\n\nTre gratis møder.\n', encoding="utf-8")
    assert load_document(page, corpus).pages[0].text.strip() == "Tre gratis møder."


def _text_read_from(corpus: Path, name: str, text: str, encoding: str) -> str:
    """The text the loader reads from a plain-text file of `text` saved in `encoding`."""
    (corpus / name).write_text(text, encoding=encoding)
    return load_document(corpus / name, corpus).pages[0].text


def test_a_grid_tables_rows_wrapped_over_several_lines_are_one_row_each(corpus: Path):
    """A course list drawn as a grid ("+----+" between rows) wraps long cells onto the row's next lines: each row
    is one line of cells, a hyphen at a wrap ("Ikke-" / "medlem") joins its word again."""
    text = ("Kurser forår 2026\n\n"
            "+--------------+--------------------------+-----------+------------+\n"
            "| Dato         | Kursus                   | Medlem    | Ikke-      |\n"
            "|              |                          |           | medlem     |\n"
            "+==============+==========================+===========+============+\n"
            "| uge 11       | HACCP og egenkontrol for | 4.200 kr. | 6.900 kr.  |\n"
            "| (10.-12/3)   | små producenter (3 dage) |           |            |\n"
            "+--------------+--------------------------+-----------+------------+\n"
            "| 24/3-26      | Klimaregnskab            | 750 kr.   | 1.500 kr.  |\n"
            "+--------------+--------------------------+-----------+------------+\n\n"
            "HACCP-kurset har max. 16 deltagere.\n")
    loaded = _text_read_from(corpus, "kurser.txt", text, "utf-8")
    assert ("| Dato | Kursus | Medlem | Ikke-medlem |\n"
            "| uge 11 (10.-12/3) | HACCP og egenkontrol for små producenter (3 dage) | 4.200 kr. | 6.900 kr. |\n"
            "| 24/3-26 | Klimaregnskab | 750 kr. | 1.500 kr. |") in loaded, loaded
    assert "+---" not in loaded and "HACCP-kurset har max. 16 deltagere." in loaded


def test_a_pipe_tables_cell_wrapped_onto_a_line_with_the_first_cell_blank_runs_on_in_its_row(corpus: Path):
    text = ("Dato          | Tid          | Arrangement                        | Pris\n"
            "10. mar. 2026 | 15.00-16.00  | Online infomøde: Tilskudsportalen  | Gratis\n"
            "              |              | og Prototypestøtten (Teams)        |\n"
            "19. mar. 2026 | 09.00-15.00  | Workshop: Pitch din prototype      | 300 kr.\n")
    loaded = _text_read_from(corpus, "kalender.txt", text, "cp1252")
    assert loaded.split("\n")[1:3] == [
        "10. mar. 2026 | 15.00-16.00 | Online infomøde: Tilskudsportalen og Prototypestøtten (Teams) | Gratis",
        "19. mar. 2026 | 09.00-15.00  | Workshop: Pitch din prototype      | 300 kr."], loaded


def test_a_grid_with_borders_only_under_the_header_and_at_the_end_has_a_row_a_line(corpus: Path):
    """A staff list drawn as a grid: every line a person, not one row of all names run together."""
    text = ("+------------------+--------------------+-------------+\n"
            "| Navn             | Ansvarsområde      | Telefon     |\n"
            "+==================+====================+=============+\n"
            "| Ulla Bach        | Udbetaling af      | 72 14 50 03 |\n"
            "|                  | tilskud            |             |\n"
            "| Søren Kjærgaard  | Testfaciliteter    | 72 14 50 07 |\n"
            "+------------------+--------------------+-------------+\n")
    loaded = _text_read_from(corpus, "personale.txt", text, "cp1252")
    assert loaded.strip().split("\n") == ["| Navn | Ansvarsområde | Telefon |",
                                          "| Ulla Bach | Udbetaling af tilskud | 72 14 50 03 |",
                                          "| Søren Kjærgaard | Testfaciliteter | 72 14 50 07 |"], loaded


def test_a_pipe_tables_header_over_two_lines_is_one_row_of_headings(corpus: Path):
    """A course calendar whose column headings name the team over the town ("Hold B" over "Skive"): each column is
    headed by both, so a row's date is read as Skive's."""
    text = ("| Modul | Hold A    | Hold B        |\n"
            "|       | Holstebro | Skive         |\n"
            "|-------|-----------|---------------|\n"
            "|   1   | 5. marts  | 10. september |\n"
            "|       |           | (aflyst)      |\n"
            "|-------|-----------|---------------|\n"
            "| Frist | 13. feb.  | 14. august    |\n")
    loaded = _text_read_from(corpus, "kalender.txt", text, "cp1252")
    assert loaded.split("\n")[:2] == ["| Modul | Hold A Holstebro | Hold B Skive |", "|-------|-----------|---------------|"]
    assert loaded.split("\n")[2] == "| 1 | 5. marts | 10. september (aflyst) |", loaded  # a row's own wrapped line


def test_a_pipe_tables_cell_spanning_columns_stands_in_each_so_the_values_keep_their_columns(corpus: Path):
    """"Tilmeldingsfrist" spans the module number and topic columns: the dates after it are the teams', not the
    topic's."""
    text = ("| Modul | Emne                | Hold A      | Hold B     |\n"
            "|-------|---------------------|-------------|------------|\n"
            "|   1   | Fra kollega til leder | 5. marts  | 10. sep.   |\n"
            "| Tilmeldingsfrist            | 13. februar | 14. august |\n")
    loaded = _text_read_from(corpus, "kalender.txt", text, "cp1252")
    assert loaded.split("\n")[3] == "| Tilmeldingsfrist | Tilmeldingsfrist | 13. februar | 14. august |", loaded
    assert loaded.split("\n")[2] == "|   1   | Fra kollega til leder | 5. marts  | 10. sep.   |"  # its own pipes


def test_a_note_wrapped_across_a_pipe_rows_columns_joins_the_cell_it_starts_in(corpus: Path):
    """A course's note typed under its title, running across the date and place columns, its pipes one character
    off: it belongs to the title, and the row keeps its date and prices."""
    text = ("Nr | Kursus                    | Dato         | Sted    | Pris\n"
            "K6 | Tyske udbud efter VOB/A   | 9. juni 2026 | Herning | 2.950 kr.\n"
            "   | (materialer på tysk)                               | \n"
            "K7 | Svenske upphandlingar     | 8. sep. 2026 | Online  | 1.950 kr.\n")
    loaded = _text_read_from(corpus, "kurser.txt", text, "cp1252")
    assert loaded.split("\n")[1] == "K6 | Tyske udbud efter VOB/A (materialer på tysk) | 9. juni 2026 | Herning | 2.950 kr.", loaded


def test_a_pipe_rows_cell_wrapped_onto_the_next_line_runs_on_but_a_row_of_figures_under_a_blank_label_does_not(corpus: Path):
    text = ("| Navn           | Ansvarsområde                     | Telefon     |\n"
            "|----------------|-----------------------------------|-------------|\n"
            "| Signe Maltesen | Energiscreeninger: Sydfyn,        | 63 12 40 14 |\n"
            "|                | Langeland, Ærø                    |             |\n"
            "\n"
            "| Nøgletal       | År                                | Antal       |\n"
            "|----------------|-----------------------------------|-------------|\n"
            "| Screeninger    | 2024                              | 120         |\n"
            "|                | 2025                              | 145         |\n")
    lines = _text_read_from(corpus, "personale.txt", text, "cp1252").strip().split("\n")
    assert lines[2] == "| Signe Maltesen | Energiscreeninger: Sydfyn, Langeland, Ærø | 63 12 40 14 |", lines
    assert lines[-2:] == ["| Screeninger    | 2024                              | 120         |",
                          "|                | 2025                              | 145         |"], lines
