from pathlib import Path

import pytest

from ingest.documents import DocumentMetadata, LoadError
from ingest.metadata import read_metadata


def _document(tmp_path: Path, name: str, text: str = "Tekst.", sidecar: str | None = None) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / f"{name}.meta.yaml").write_text(sidecar, encoding="utf-8")
    return path


def test_defaults_come_from_the_file_name(tmp_path: Path):
    path = _document(tmp_path, "handlingsplan_eksport-2011-2014.pdf")
    assert read_metadata(path, None, None) == DocumentMetadata(
        title="Handlingsplan eksport 2011 2014", year=2011, publisher=None, language="da", kind=None
    )


def test_file_name_without_year_gives_no_year(tmp_path: Path):
    path = _document(tmp_path, "referat-nr-123456.txt")
    assert read_metadata(path, None, None).year is None


def test_title_hint_beats_the_file_name_but_a_year_in_the_name_beats_export_dates(tmp_path: Path):
    path = _document(tmp_path, "rapport-2009.pdf")
    metadata = read_metadata(path, "Evaluering af eksportindsatsen", 2013)
    assert (metadata.title, metadata.year) == ("Evaluering af eksportindsatsen", 2009)
    assert read_metadata(_document(tmp_path, "rapport.pdf"), None, 2013).year == 2013


@pytest.mark.parametrize("placeholder", ["Microsoft Word - rapport_endelig.docx", "Dokument1", "Untitled", "rapport.pdf", " "])
def test_placeholder_titles_from_tools_are_ignored(tmp_path: Path, placeholder: str):
    path = _document(tmp_path, "vaekstplan-2012.pdf")
    assert read_metadata(path, placeholder, None).title == "Vaekstplan 2012"


def test_sidecar_beats_front_matter_and_hints_field_by_field(tmp_path: Path):
    path = _document(
        tmp_path,
        "strategi-2009.md",
        text="---\ntitle: Titel fra front matter\npublisher: Vækstforum\nyear: 2011\n---\n# Overskrift\n",
        sidecar="title: Erhvervsudviklingsstrategi 2010-2014\nyear: 2010\nkind: strategy\n",
    )
    assert read_metadata(path, "Overskrift", 2008) == DocumentMetadata(
        title="Erhvervsudviklingsstrategi 2010-2014", year=2010, publisher="Vækstforum", language="da", kind="strategy"
    )


def test_front_matter_beats_hints(tmp_path: Path):
    path = _document(tmp_path, "notat.md", text="---\ntitle: Notat om eksport\nlanguage: en\n---\n# Overskrift\n")
    metadata = read_metadata(path, "Overskrift", None)
    assert (metadata.title, metadata.language) == ("Notat om eksport", "en")


def test_front_matter_in_a_pdf_name_is_not_looked_for(tmp_path: Path):
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"---\ntitle: ikke front matter\n---\n")
    assert read_metadata(path, None, None).title == "Rapport"


def test_misspelt_sidecar_key_is_an_error_naming_file_key_and_allowed_keys(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="title: Rapport\nyaer: 2010\n")
    with pytest.raises(LoadError) as error:
        read_metadata(path, None, None)
    message = str(error.value)
    assert "rapport.pdf.meta.yaml" in message
    assert "unknown key 'yaer' (did you mean 'year'?)" in message
    assert "allowed keys: title, year, publisher, language, kind" in message


def test_unknown_front_matter_key_is_an_error(tmp_path: Path):
    path = _document(tmp_path, "notat.md", text="---\nforfatter: Jens\n---\nTekst.\n")
    with pytest.raises(LoadError) as error:
        read_metadata(path, None, None)
    assert "front matter" in str(error.value) and "notat.md" in str(error.value) and "'forfatter'" in str(error.value)


@pytest.mark.parametrize("year", ["'2010'", "1850", "2200", "20.10", "yes", "[2010]"])
def test_bad_year_is_an_error(tmp_path: Path, year: str):
    path = _document(tmp_path, "rapport.pdf", sidecar=f"year: {year}\n")
    with pytest.raises(LoadError) as error:
        read_metadata(path, None, None)
    assert "rapport.pdf.meta.yaml: year must be a whole number between 1900 and 2100" in str(error.value)


def test_invalid_yaml_names_the_sidecar_and_line(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="year: 2010\ntitle: Status: og evaluering\n")
    with pytest.raises(LoadError) as error:
        read_metadata(path, None, None)
    assert "metadata sidecar rapport.pdf.meta.yaml is not valid YAML" in str(error.value)
    assert "line 2" in str(error.value)


def test_sidecar_that_is_not_a_mapping_is_an_error(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="- title\n- year\n")
    with pytest.raises(LoadError) as error:
        read_metadata(path, None, None)
    assert "rapport.pdf.meta.yaml must be a mapping" in str(error.value)


def test_language_must_be_a_code(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="language: dansk\n")
    with pytest.raises(LoadError) as error:
        read_metadata(path, None, None)
    assert "language must be a language code such as 'da' or 'en', got 'dansk'" in str(error.value)


def test_empty_sidecar_values_fall_through(tmp_path: Path):
    path = _document(tmp_path, "rapport-2010.pdf", sidecar="title:\npublisher: Region Midtjylland\n")
    metadata = read_metadata(path, None, None)
    assert (metadata.title, metadata.year, metadata.publisher) == ("Rapport 2010", 2010, "Region Midtjylland")
