"""The same document saved as PDF, DOCX and HTML gives the same text: what a user asks about does not
depend on which format the region happened to publish."""
from pathlib import Path

from ingest.loaders import load_document
from tests.ingest.loaders.conftest import (
    PARAGRAPH_AFTER_TABLE,
    PARAGRAPH_BEFORE_TABLE,
    collapsed,
    sample_text_collapsed,
    write_docx,
    write_html,
    write_pdf,
)


def _all_text(path: Path, corpus: Path) -> str:
    return collapsed(" ".join(page.text for page in load_document(path, corpus).pages))


def test_pdf_docx_and_html_of_the_same_document_give_the_same_text(corpus: Path):
    texts = {
        "pdf": _all_text(write_pdf(corpus / "rapport.pdf"), corpus),
        "docx": _all_text(write_docx(corpus / "rapport.docx"), corpus),
        "html": _all_text(write_html(corpus / "rapport.html"), corpus),
    }
    expected = sample_text_collapsed()
    assert texts == {"pdf": expected, "docx": expected, "html": expected}
    # The Danish letters and figures survive every format exactly.
    for needle in ("sammenhæng", "økonomi", "Østjylland", "846.462 mio. kr.", "38,5 %", "Gennemførte forløb"):
        assert needle in expected


def test_docx_and_html_put_paragraphs_and_the_table_in_reading_order(corpus: Path):
    for path in (write_docx(corpus / "rapport.docx"), write_html(corpus / "rapport.html")):
        text = load_document(path, corpus).pages[0].text
        paragraphs = text.split("\n\n")
        table = "Gennemførte forløb  2008  2009\nRegion Midtjylland  208  288"
        assert paragraphs[1:4] == [PARAGRAPH_BEFORE_TABLE, table, PARAGRAPH_AFTER_TABLE], path.name
