from pathlib import Path

import pytest

from ingest.documents import LoadError
from ingest.loaders import SUPPORTED_SUFFIXES, is_document_file, load_document

from tests.conftest import CORPUS
SEED = "status-evaluering-eksport-internationalisering-2010.txt"


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".csv"})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rapport.pdf", True),
        ("RAPPORT.PDF", True),
        ("regneark.xlsx", True),  # unsupported, but the pipeline must report it, not skip it
        ("rapport.pdf.meta.yaml", False),
        ("rapport.meta.json", False),
        ("rapport.docx.meta.yml", False),
        (".DS_Store", False),
        (".skjult.txt", False),
        ("~$rapport.docx", False),  # Word's lock file while the document is open
        ("programmes.yaml", False),
        ("glossary.yaml", False),
    ],
)
def test_is_document_file(name: str, expected: bool):
    assert is_document_file(Path("corpus") / "underkatalog" / name) is expected


def test_config_file_names_come_from_settings():
    assert is_document_file(Path("programmes.yaml"), config_files=("katalog.yaml", "ordliste.yaml"))
    assert not is_document_file(Path("katalog.yaml"), config_files=("katalog.yaml", "ordliste.yaml"))
    assert not is_document_file(Path("ordliste.yaml"), config_files=("katalog.yaml", "ordliste.yaml"))


def test_source_is_the_posix_path_inside_the_corpus(corpus: Path):
    (corpus / "2010" / "notater").mkdir(parents=True)
    path = corpus / "2010" / "notater" / "møde.txt"
    path.write_text("Referat.", encoding="utf-8")
    assert load_document(path, corpus).source == "2010/notater/møde.txt"


def test_source_outside_the_corpus_is_the_absolute_path(corpus: Path, tmp_path: Path):
    path = tmp_path / "udenfor.txt"
    path.write_text("Tekst.", encoding="utf-8")
    assert load_document(path, corpus).source == path.resolve().as_posix()


def test_content_hash_covers_the_file_and_its_sidecar(corpus: Path):
    path = corpus / "notat.txt"
    path.write_text("Tekst om eksport.", encoding="utf-8")
    without_sidecar = load_document(path, corpus).content_hash
    assert load_document(path, corpus).content_hash == without_sidecar
    (corpus / "notat.txt.meta.yaml").write_text("year: 2010\n", encoding="utf-8")
    with_sidecar = load_document(path, corpus).content_hash
    path.write_text("Tekst om import.", encoding="utf-8")
    changed_text = load_document(path, corpus).content_hash
    assert len({without_sidecar, with_sidecar, changed_text}) == 3


def test_unsupported_suffix_lists_the_supported_ones(corpus: Path):
    path = corpus / "data.xyz"
    path.write_text("noget", encoding="utf-8")
    with pytest.raises(LoadError) as error:
        load_document(path, corpus)
    assert str(error.value) == (
        "data.xyz: has unsupported file type '.xyz'; supported: .csv, .docx, .htm, .html, .md, .pdf, .txt"
    )


@pytest.mark.parametrize("name", ["tom.txt", "tom.pdf", "tom.docx", "tom.html"])
def test_empty_file_is_refused(corpus: Path, name: str):
    (corpus / name).write_bytes(b"")
    with pytest.raises(LoadError) as error:
        load_document(corpus / name, corpus)
    assert str(error.value) == f"{name}: is empty (0 bytes); replace it with the real document or remove it"


@pytest.mark.parametrize(("name", "content"), [("blank.txt", " \n\t\r\n  "), ("blank.html", "<p> </p><script>x</script>")])
def test_file_without_text_is_refused(corpus: Path, name: str, content: str):
    (corpus / name).write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as error:
        load_document(corpus / name, corpus)
    assert str(error.value) == f"{name}: contains no text; if it is a scanned PDF, OCR it first"


def test_pdf_renamed_to_txt_is_refused(corpus: Path):
    path = corpus / "rapport.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(LoadError) as error:
        load_document(path, corpus)
    assert "rapport.txt" in str(error.value) and "it looks like a PDF file" in error.value.reason


def test_missing_file_is_a_load_error(corpus: Path):
    with pytest.raises(LoadError) as error:
        load_document(corpus / "findes-ikke.pdf", corpus)
    assert str(error.value).startswith("findes-ikke.pdf: cannot be read")


def test_seed_document_loads_with_its_sidecar_metadata():
    document = load_document(CORPUS / SEED, CORPUS)
    assert document.source == SEED
    assert document.metadata.title.startswith("Status og evaluering for den hidtidige indsats")
    assert document.metadata.title.endswith("perspektiver for den fremtidige indsats")
    assert (document.metadata.year, document.metadata.publisher, document.metadata.kind) == (
        2010, "Region Midtjylland", "evaluation"
    )
    assert "846.462 mio. kr." in document.pages[0].text
