"""Chunking the seed document (as its .txt and rendered as a real PDF read back by pypdf) at the sizes the
retrieval evaluation compares."""
import io
import re

import pytest
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from pypdf import PdfReader

from app.core.sentences import split_sentences
from ingest.chunk import chunk_document
from ingest.clean import clean_text
from tests.conftest import CORPUS
from ingest.documents import DocumentMetadata, LoadedDocument, Page
from ingest.structure import heading_level

SEED = CORPUS / "status-evaluering-eksport-internationalisering-2010.txt"
TITLE = "Status og evaluering for den hidtidige indsats i forhold til eksport og internationalisering"
SIZES = [300, 400, 900, 1500]
TABLE = "Gennemførte forløb\n2008  2009\nRegion Midtjylland  208  288\nØvrige fire regioner  702  630"

# The passages the dev evaluation questions need (context_contains in the shared dev set): each must be
# found whole in one chunk, or no retriever can return it.
DEV_PASSAGES = [
    "Region Midtjylland 208 288",
    "direkte adgang til Eksportrådets mange udenlandske repræsentationer",
    "2/3 af disse tilfælde",
    "Vestdansk investeringsfremme",
    "13. juni 2007",
    "igangsat pr. 1. januar 2010",
    "Modtagelse og fastholdelse af udenlandsk arbejdskraft",
    "Samarbejdet med Eksportrådet fastholdes og udbygges",
    "aktivering af større midtjyske virksomheder",
    "nyt innovationscenter i Asien med henblik på design",
    "49 % af det samlede BNP i 2008",
    "17,4 %",
    "Symbion i København",
    "flere små og mellemstore virksomheder kommer i gang med eksport",
]


def collapsed(text: str) -> str:
    return " ".join(text.split()).lower()


def seed_document() -> LoadedDocument:
    return LoadedDocument(
        source="status-evaluering-eksport-internationalisering-2010.txt",
        format="text",
        pages=[Page(None, SEED.read_text(encoding="utf-8"))],
        metadata=DocumentMetadata(title=TITLE, year=2010),
        content_hash="x",
    )


@pytest.fixture(scope="module")
def seed_chunks() -> dict[int, list]:
    document = seed_document()
    return {size: chunk_document(document, chunk_size=size) for size in SIZES}


def render_pdf(text: str) -> list[str]:
    """The cleaned seed typeset as a justified A4 PDF with a running footer (fpdf2, Helvetica: latin-1, so
    the en dash becomes a hyphen), then read back page by page with pypdf."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.footer = lambda: (pdf.set_y(-15), pdf.set_font("Helvetica", size=8), pdf.cell(0, 10, f"Region Midtjylland - side {pdf.page_no()}"))
    pdf.add_page()
    for block in text.replace("–", "-").split("\n\n"):
        lines = block.split("\n")
        if "  " in lines[0]:  # a table: one cell per column
            pdf.set_font("Helvetica", size=11)
            for row in lines:
                cells = row.split("  ")
                for width, cell in zip((70, 25, 25)[-len(cells):], cells):
                    pdf.cell(width, 7, cell)
                pdf.ln(7)
        else:
            heading = len(lines) == 1 and heading_level(block) is not None
            pdf.set_font("Helvetica", style="B" if heading else "", size=13 if heading else 11)
            for line in lines:
                pdf.multi_cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
    reader = PdfReader(io.BytesIO(bytes(pdf.output())))
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def pdf_pages() -> list[str]:
    return render_pdf(clean_text(SEED.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def pdf_chunks(pdf_pages) -> dict[int, list]:
    document = LoadedDocument(
        source="seed.pdf",
        format="pdf",
        pages=[Page(number, text) for number, text in enumerate(pdf_pages, start=1)],
        metadata=DocumentMetadata(title=TITLE, year=2010),
        content_hash="x",
    )
    return {size: chunk_document(document, chunk_size=size) for size in SIZES}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("passage", DEV_PASSAGES)
def test_every_dev_passage_is_whole_in_one_chunk(seed_chunks, pdf_chunks, size, passage):
    assert any(collapsed(passage) in collapsed(chunk.text) for chunk in seed_chunks[size])
    assert any(collapsed(passage) in collapsed(chunk.text) for chunk in pdf_chunks[size])


@pytest.mark.parametrize("size", SIZES)
def test_no_chunk_exceeds_the_size_except_a_whole_table_or_sentence(seed_chunks, pdf_chunks, size):
    for chunk in seed_chunks[size] + pdf_chunks[size]:
        if len(chunk.text) > size:
            assert chunk.metadata["kind"] == "table" or len(split_sentences(chunk.text)) == 1, chunk.text


def test_smaller_sizes_give_more_and_shorter_chunks(seed_chunks):
    counts = [len(seed_chunks[size]) for size in SIZES]
    assert counts == sorted(counts, reverse=True) and counts[0] > 2 * counts[-1]
    sentences_per_chunk = [len(split_sentences(chunk.text)) for chunk in seed_chunks[300]]
    assert sum(sentences_per_chunk) / len(sentences_per_chunk) <= 2.0


@pytest.mark.parametrize("size", SIZES)
def test_the_table_stays_whole_with_its_header_and_rows_on_their_own_lines(seed_chunks, size):
    tables = [chunk for chunk in seed_chunks[size] if TABLE in chunk.text]
    assert len(tables) == 1
    assert tables[0].section == "1. Det strategiske samarbejde med Udenrigsministeriet, Eksportrådet"


def test_the_pdf_table_keeps_its_columns(pdf_chunks):
    assert any("Region Midtjylland  208  288\nØvrige fire regioner  702  630" in chunk.text for chunk in pdf_chunks[900])


@pytest.mark.parametrize("size", SIZES)
def test_a_list_stays_with_its_lead_in(seed_chunks, size):
    for chunk in seed_chunks[size]:
        if "- Samarbejdet med Eksportrådet" in chunk.text or "- Der opnås en væsentlig synergi" in chunk.text:
            assert "må det sikres at:\n- " in chunk.text
        if "- Europe Enterprise Network" in chunk.text:
            assert "Det drejer sig om:\n- " in chunk.text


@pytest.mark.parametrize("size", SIZES)
def test_chunks_never_cross_a_section_and_headings_are_not_chunk_text(seed_chunks, size):
    headings = {"Økonomi", "Perspektiver for den fremtidige indsats", "2 Vækstforum initiativ vedr. Shanghai",
                "1.1 Den internationale platform og VITUS programmet", "Status og evaluering af den hidtidige indsats."}
    for chunk in seed_chunks[size]:
        assert not headings & set(chunk.text.split("\n"))
    # Each section's text sits in chunks of that section: a paragraph of section 5 only in section 5.
    een = [chunk for chunk in seed_chunks[size] if "Europe Enterprise Network (EEN)" in chunk.text]
    assert een and all(chunk.section == "5. Europe Enterprise Network" for chunk in een)
    sections = [chunk.section for chunk in seed_chunks[size]]
    assert sections.index("Økonomi") < sections.index("Særligt om nye statslige initiativer")


def test_oversize_paragraphs_are_cut_between_sentences_with_overlap():
    document = seed_document()
    overlapping = chunk_document(document, chunk_size=300, overlap_sentences=1)
    separate = chunk_document(document, chunk_size=300, overlap_sentences=0)

    def shared(chunks) -> int:
        paragraphs = [chunk for chunk in chunks if chunk.metadata["kind"] == "paragraph"]
        return sum(
            split_sentences(a.text)[-1] == split_sentences(b.text)[0] for a, b in zip(paragraphs, paragraphs[1:])
        )

    assert shared(overlapping) >= 5
    assert shared(separate) == 0
    assert {sentence for chunk in separate for sentence in split_sentences(chunk.text)} == {
        sentence for chunk in overlapping for sentence in split_sentences(chunk.text)
    }


def test_chunk_fields_and_stable_ids(seed_chunks):
    chunks = seed_chunks[900]
    again = chunk_document(seed_document(), chunk_size=900)
    assert [chunk.id for chunk in chunks] == [chunk.id for chunk in again]
    assert len({chunk.id for chunk in chunks}) == len(chunks)
    assert [chunk.ordinal for chunk in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.source == "status-evaluering-eksport-internationalisering-2010.txt"
        assert (chunk.title, chunk.year, chunk.page) == (TITLE, 2010, None)
        assert chunk.metadata["kind"] in {"paragraph", "list", "table", "mixed"}
        assert chunk.embed_text == f"{chunk.section}\n{chunk.text}"
    assert chunks[0].section.startswith("Indledning")
    assert chunks[0].text.startswith("Da det danske hjemmemarked")


def test_pdf_chunks_carry_their_start_page_and_lose_the_footer(pdf_pages, pdf_chunks):
    assert len(pdf_pages) >= 5 and "Region Midtjylland - side 2" in pdf_pages[1]
    for size in SIZES:
        pages = [chunk.page for chunk in pdf_chunks[size]]
        assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == len(pdf_pages)
        assert not any(re.search(r"Region Midtjylland - side \d", chunk.text) for chunk in pdf_chunks[size])


def test_pdf_and_text_give_the_same_paragraphs_and_sections(seed_chunks, pdf_chunks):
    def normalised(chunks):
        return [collapsed(chunk.text.replace("–", "-")) for chunk in chunks]

    assert normalised(pdf_chunks[1500]) == normalised(seed_chunks[1500])
    assert [chunk.section for chunk in pdf_chunks[1500]] == [chunk.section for chunk in seed_chunks[1500]]


@pytest.mark.parametrize(("size", "overlap"), [(0, 1), (900, -1)])
def test_invalid_sizes_are_refused(size, overlap):
    with pytest.raises(ValueError, match="must be"):
        chunk_document(seed_document(), chunk_size=size, overlap_sentences=overlap)


def test_an_faqs_question_starts_the_chunk_its_answer_is_in():
    """A chunk ending in "Spørgsmål: Hvor hurtigt får jeg svar …?" would leave "Svar: … 15 hverdage" without it."""
    pairs = [(f"Spørgsmål: Hvad gælder for emne {n}, og hvordan søger man om støtte til det?",
              f"Svar: For emne {n} gælder de almindelige regler for støtte, og man søger på hjemmesiden med "
              f"budget og plan. Sagsbehandlingen tager normalt {n + 10} hverdage.") for n in range(8)]
    text = "\n\n".join(f"{question}\n\n{answer}" for question, answer in pairs)
    document = LoadedDocument(source="faq.txt", format="text", pages=[Page(None, clean_text(text))],
                              metadata=DocumentMetadata(title="Ofte stillede spørgsmål"), content_hash="x")
    for chunk in chunk_document(document, chunk_size=400):
        assert not chunk.text.rstrip().endswith("?"), chunk.text


def test_a_long_tables_parts_repeat_its_caption_and_column_names_and_a_later_groups_own():
    """A calendar's "FORÅR 2026" and "Dato  Tid  Arrangement  Pris" over each part, not its first row; after
    "EFTERÅR 2026" and its own line naming the columns, the parts repeat those."""
    rows = [f"{day:02d}. {month} 2026  10.00-12.00  Workshop nummer {day} om emnet  Gratis"
            for month in ("mar.", "okt.") for day in range(1, 13)]
    table = "\n".join(["FORÅR 2026", "Dato  Tid  Arrangement  Pris", *rows[:12], "EFTERÅR 2026",
                       "Dato  Tid  Arrangement  Pris", *rows[12:]])
    document = LoadedDocument(source="kalender.txt", format="text", pages=[Page(None, clean_text(table))],
                              metadata=DocumentMetadata(title="Arrangementer"), content_hash="x")
    parts = [chunk.text.split("\n") for chunk in chunk_document(document, chunk_size=400)]
    assert len(parts) >= 4
    for part in parts:
        rows_in_it = [line for line in part if "Workshop" in line]
        season = "FORÅR 2026" if rows_in_it[0].split()[1] == "mar." else "EFTERÅR 2026"
        assert part[:2] == [season, "Dato  Tid  Arrangement  Pris"], part
