from pathlib import Path

from ingest.chunk import chunk_document
from ingest.loaders import load_document


def test_a_danish_csv_export_is_a_list_of_rows_each_cell_named_by_its_column(corpus: Path):
    """Excel's Danish CSV: ";" between cells, "," in numbers, cp1252, quoted cells holding ";" and a note line."""
    path = corpus / "tilsagn_2025.csv"
    path.write_bytes(("sagsnr;virksomhed;ansatte;tilsagn_kr;status\n"
                      'DP-1;Thy Fiskeeksport ApS;34;62.500;"Igangværende; forlænget"\n'
                      "DP-2;Læsø Saltsyderi;6;25.000;Afsluttet\n"
                      "# Note: Ansøgningsfristen var 2. juni 2025.\n").encode("cp1252"))
    document = load_document(path, corpus)
    assert document.format == "csv" and document.metadata.year == 2025
    assert document.pages[0].text.split("\n\n") == [
        "- sagsnr: DP-1, virksomhed: Thy Fiskeeksport ApS, ansatte: 34, tilsagn kr: 62.500, status: Igangværende; "
        "forlænget\n- sagsnr: DP-2, virksomhed: Læsø Saltsyderi, ansatte: 6, tilsagn kr: 25.000, status: Afsluttet",
        "Note: Ansøgningsfristen var 2. juni 2025.",
    ]
    # Each row stays whole: quoted alone it still says whose grant the figure is.
    rows = [line for chunk in chunk_document(document) for line in chunk.text.split("\n") if line.startswith("- ")]
    assert rows[0].startswith("- sagsnr: DP-1, virksomhed: Thy Fiskeeksport ApS") and "62.500" in rows[0]


def test_a_comma_separated_file_without_a_header_is_read_row_by_row(corpus: Path):
    path = corpus / "kontorer.csv"
    path.write_text("Aalborg,Vesterbro Kaj 22,96 31 48 00\nHjørring,Jernbanegade 7,96 31 48 20\n", encoding="utf-8")
    assert load_document(path, corpus).pages[0].text == (
        "- Aalborg, Vesterbro Kaj 22, 96 31 48 00\n- Hjørring, Jernbanegade 7, 96 31 48 20")


def test_a_semicolon_file_whose_descriptions_hold_commas_is_read_by_its_semicolons(corpus: Path):
    """Commas in the text cells, decimal commas and a ";" typed in a description leave the sniffer unsure; the
    separator most rows have as often as the header is the file's, and the one typed in the last cell its text."""
    path = corpus / "arrangementer_2026.csv"
    path.write_text("Dato;Arrangement;Varighed (timer);Pris (kr.);Beskrivelse\r\n"
                    "10.03.2026;Informationsmøde;1,5;0,00;Gennemgang af ordningen, frister og krav. Mødet streames.\r\n"
                    "12.05.2026;Kursus: CE-mærkning af fritidsfartøjer;7,5;1.200,00;Regler, dokumentation og test.\r\n"
                    "07.09.2026;Opstart af forløbet;7,0;4800,00;Pris pr. deltager; lærlinge under 25 år gratis.\r\n",
                    encoding="utf-8")
    rows = load_document(path, corpus).pages[0].text.split("\n")
    assert rows[1] == ("- Dato: 12.05.2026, Arrangement: Kursus: CE-mærkning af fritidsfartøjer, Varighed (timer): 7,5, "
                       "Pris (kr.): 1.200,00, Beskrivelse: Regler, dokumentation og test."), rows
    assert rows[2].endswith("Beskrivelse: Pris pr. deltager; lærlinge under 25 år gratis."), rows
