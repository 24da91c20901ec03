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
