import datetime as dt
from pathlib import Path

import docx
import pytest

from ingest.documents import LoadError
from ingest.loaders import docx_loader
from ingest.loaders import load_document
from tests.ingest.loaders.conftest import write_docx


def test_table_rows_stay_between_the_paragraphs_around_them(corpus: Path):
    document = docx.Document()
    document.add_heading("Resultater", level=1)
    document.add_paragraph("Forløbene fordelte sig således:")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [["Region", "2008", "2009"], ["Region Midtjylland", "208", "288"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("Antallet steg altså med 38,5 %.")
    document.add_heading("Perspektiver", level=2)
    document.add_paragraph("Indsatsen fortsætter.")
    path = corpus / "resultater.docx"
    document.save(str(path))

    loaded = load_document(path, corpus)
    assert loaded.format == "docx"
    assert loaded.pages[0].number is None
    assert loaded.pages[0].text.split("\n\n") == [
        "Resultater",
        "Forløbene fordelte sig således:",
        "Region  2008  2009\nRegion Midtjylland  208  288",
        "Antallet steg altså med 38,5 %.",
        "Perspektiver",
        "Indsatsen fortsætter.",
    ]
    assert loaded.headings == {"Resultater": 1, "Perspektiver": 2}  # Word's heading styles, with their levels


def test_merged_table_cell_appears_once_in_its_row(corpus: Path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Gennemførte forløb"
    for cell, value in zip(table.rows[1].cells, ["Region Midtjylland", "208", "288"]):
        cell.text = value
    path = corpus / "flettet.docx"
    document.save(str(path))
    assert load_document(path, corpus).pages[0].text == "Gennemførte forløb\nRegion Midtjylland  208  288"


def test_docx_title_and_created_year_are_hints(corpus: Path):
    path = write_docx(corpus / "plan.docx", title="Handlingsplan 2011")
    document = docx.Document(str(path))
    document.core_properties.created = dt.datetime(2010, 6, 1)
    document.save(str(path))
    extracted = docx_loader.extract(path)
    assert (extracted.title_hint, extracted.year_hint) == ("Handlingsplan 2011", 2010)


def test_a_docx_made_from_python_docx_template_is_dated_by_its_title_line(corpus: Path):
    """python-docx's template stamps every file it writes "created 2013-12-23": a 2025 programme description read
    as from 2013 lost to a 2023 report's older figure. Its Title line ("Mentorprogrammet 2025-2026") dates it."""
    document = docx.Document()
    document.add_paragraph("Mentorprogrammet 2025-2026", style="Title")
    document.add_paragraph("Forløbet varer 8 måneder.")
    document.save(str(corpus / "mentorprogram.docx"))
    metadata = load_document(corpus / "mentorprogram.docx", corpus).metadata
    assert (metadata.title, metadata.year) == ("Mentorprogrammet 2025-2026", 2025)


def test_damaged_docx_says_to_save_it_again(corpus: Path):
    whole = write_docx(corpus / "whole.docx").read_bytes()
    broken = corpus / "afbrudt.docx"
    broken.write_bytes(whole[: len(whole) // 2])  # still starts with the ZIP signature
    with pytest.raises(LoadError) as error:
        load_document(broken, corpus)
    assert str(error.value).startswith("afbrudt.docx: is damaged or is not a Word document")
    assert "save it again as .docx" in error.value.reason


def test_old_word_file_renamed_to_docx_is_refused(corpus: Path):
    path = corpus / "gammel.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(LoadError) as error:
        load_document(path, corpus)
    assert "gammel.docx" in str(error.value)
    assert "Word/Excel 97-2003" in error.value.reason
