from pathlib import Path

import pytest

from ingest.documents import DocumentMetadata
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


@pytest.mark.parametrize("sidecar_name", ["plan.docx.meta.yml", "plan.meta.json", "plan.meta.yaml"])
def test_a_sidecar_named_as_found_in_the_wild_is_read(tmp_path: Path, sidecar_name: str):
    # Sites and export tools write `plan.meta.json` beside `plan.docx` as often as `plan.docx.meta.yaml`.
    path = _document(tmp_path, "plan.docx")
    (tmp_path / sidecar_name).write_text('{"title": "Handlingsplan 2026-2028", "year": 2026, "owner": "Mette Holm"}',
                                         encoding="utf-8")
    metadata = read_metadata(path, None, None)
    assert (metadata.title, metadata.year, metadata.extra.get("owner")) == ("Handlingsplan 2026-2028", 2026, "Mette Holm")


@pytest.mark.parametrize(("name", "year"), [
    ("evalueringsrapport-2021-2025.pdf", 2025),  # written at the period's end, of how things stood then
    ("aarsrapport_2023-2024.docx", 2024),
    ("handlingsplan-2021-2024.docx", 2021),  # a plan is written at its start
    ("evaluering-2024-2031.pdf", 2024),  # a period not yet over: its end is no year of writing
    ("tilskud-pr-aar-2023-2025.csv", 2025),  # the figures of a period's years, told at its end
    ("noegletal-2021-2024.txt", 2024),
    ("bevillinger-datavoucher-2023-2025.csv", 2025),  # grants made in a period
    ("tilsagn-2022-2025.csv", 2025),
])
def test_a_retrospective_of_a_period_is_of_its_last_year_a_plan_of_its_first(tmp_path: Path, name: str, year: int):
    assert read_metadata(_document(tmp_path, name), None, None).year == year


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
        title="Erhvervsudviklingsstrategi 2010-2014", year=2010, publisher="Vækstforum", language="da", kind="strategy",
        extra={"heading": "Overskrift"},  # the page's own heading, which the title does not say
    )


def test_front_matter_beats_hints(tmp_path: Path):
    path = _document(tmp_path, "notat.md", text="---\ntitle: Notat om eksport\nlanguage: en\n---\n# Overskrift\n")
    metadata = read_metadata(path, "Overskrift", None)
    assert (metadata.title, metadata.language) == ("Notat om eksport", "en")


def test_a_page_heading_other_than_the_front_matter_title_is_kept_as_the_heading(tmp_path: Path):
    """A site's front matter titles the page "Kontingent og priser 2024"; its own heading names the club."""
    text = "---\ntitle: Kontingent og priser 2024\n---\n# Kontingent og priser – Kragsted Boldklub 2024\n"
    metadata = read_metadata(_document(tmp_path, "kontingent.md", text=text),
                             "Kontingent og priser – Kragsted Boldklub 2024", None)
    assert metadata.title == "Kontingent og priser 2024"
    assert metadata.extra["heading"] == "Kontingent og priser – Kragsted Boldklub 2024"
    same = read_metadata(_document(tmp_path, "notat.md", text="---\ntitle: Notat\n---\n# Notat\n"), "Notat", None)
    assert "heading" not in same.extra


def test_front_matter_in_a_pdf_name_is_not_looked_for(tmp_path: Path):
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"---\ntitle: ikke front matter\n---\n")
    assert read_metadata(path, None, None).title == "Rapport"


def test_misspelt_sidecar_key_is_kept_and_warned_about_naming_file_and_key(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="title: Rapport\nyaer: 2010\n")
    metadata = read_metadata(path, None, None)
    assert metadata.title == "Rapport" and metadata.year is None
    assert metadata.extra == {"yaer": "2010"}
    [warning] = metadata.warnings
    assert "rapport.pdf.meta.yaml" in warning and "unknown key 'yaer' (did you mean 'year'?)" in warning


def test_a_date_key_close_to_a_field_name_is_a_date_not_a_misspelling(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="title: Rapport\npublished: 2026-02-26\n")
    metadata = read_metadata(path, None, None)
    assert (metadata.year, metadata.publisher, list(metadata.warnings)) == (2026, None, [])


def test_front_matter_from_the_wild_is_kept_and_its_date_gives_the_year(tmp_path: Path):
    text = ("---\ntitle: Sådan eksporterer du\ndescription: En guide til nye eksportører\n"
            "keywords: [eksport, SMV, guide]\ndate: 2011-05-03\nurl: https://example.dk/guide\n"
            "author: Jens Hansen\nsource: Wikipedia\n---\n# Sådan\nTekst.\n")
    metadata = read_metadata(_document(tmp_path, "guide.md", text=text), "Sådan", None)
    assert (metadata.title, metadata.year) == ("Sådan eksporterer du", 2011)
    assert metadata.extra == {"description": "En guide til nye eksportører", "keywords": "eksport, SMV, guide",
                              "date": "2011-05-03", "url": "https://example.dk/guide", "author": "Jens Hansen",
                              "source": "Wikipedia"}
    assert metadata.warnings == ()  # keys kept as metadata are no problem; "# Sådan" adds nothing to the title


def test_a_date_that_is_no_real_day_is_kept_as_written_and_the_rest_is_read(tmp_path: Path):
    """"date: 2026-02-30" is no day of the calendar: the title and the other keys are still read."""
    text = ('---\ntitle: "Fødevareklynge – English summary"\nlang: en\ndate: 2026-02-30\nyear: "tjugo"\n'
            "draft: no\ntranslated_by: ~\n---\nSummary\n=======\nText.\n")
    metadata = read_metadata(_document(tmp_path, "english-summary.md", text=text), None, None)
    assert (metadata.title, metadata.language) == ("Fødevareklynge – English summary", "en")
    assert metadata.extra["date"] == "2026-02-30"
    assert any("year" in warning and "tjugo" in warning for warning in metadata.warnings), metadata.warnings


def test_danish_key_names_are_the_known_fields(tmp_path: Path):
    """Danish sites write "Titel:" and "år:"; they title and date the document instead of being kept aside."""
    text = "---\nTitel: Mentorordningen\når: 2024\nudgiver: Erhvervsservice Nørreå\nsprog: dansk\n---\nTekst.\n"
    metadata = read_metadata(_document(tmp_path, "mentor.md", text=text), None, None)
    assert (metadata.title, metadata.year, metadata.publisher, metadata.language) == (
        "Mentorordningen", 2024, "Erhvervsservice Nørreå", "da")
    assert metadata.extra == {} and metadata.warnings == ()


def test_a_fields_own_name_beats_its_danish_name_which_is_kept(tmp_path: Path):
    text = "---\ntitel: Dansk titel\ntitle: English title\n---\nTekst.\n"
    metadata = read_metadata(_document(tmp_path, "side.md", text=text), None, None)
    assert metadata.title == "English title" and metadata.extra == {"titel": "Dansk titel"}


@pytest.mark.parametrize("year", ["1850", "2200", "20.10", "yes", "[2010]", "{a: 1}"])
def test_a_bad_year_is_a_warning_and_the_document_keeps_the_file_names_year(tmp_path: Path, year: str):
    path = _document(tmp_path, "rapport-2009.pdf", sidecar=f"year: {year}\ntitle: Rapport\n")
    metadata = read_metadata(path, None, None)
    assert (metadata.title, metadata.year) == ("Rapport", 2009)
    [warning] = metadata.warnings
    assert "rapport-2009.pdf.meta.yaml: year must be a whole number between 1900 and 2100" in warning
    assert "ingested without it" in warning


@pytest.mark.parametrize("year, expected", [("'2010'", 2010), ("2010", 2010), ("2010-06-01", 2010)])
def test_a_year_written_as_text_or_a_date_is_read(tmp_path: Path, year: str, expected: int):
    path = _document(tmp_path, "rapport.pdf", sidecar=f"year: {year}\n")
    assert read_metadata(path, None, None).year == expected


def test_invalid_yaml_is_a_warning_naming_the_sidecar_and_line(tmp_path: Path):
    path = _document(tmp_path, "rapport-2010.pdf", sidecar="year: 2010\ntitle: Status: og evaluering\n")
    metadata = read_metadata(path, None, None)
    assert (metadata.title, metadata.year) == ("Rapport 2010", 2010)  # from the file name
    [warning] = metadata.warnings
    assert "metadata sidecar rapport-2010.pdf.meta.yaml is not valid YAML" in warning and "line 2" in warning


def test_sidecar_that_is_not_a_mapping_is_a_warning(tmp_path: Path):
    path = _document(tmp_path, "rapport.pdf", sidecar="- title\n- year\n")
    [warning] = read_metadata(path, None, None).warnings
    assert "rapport.pdf.meta.yaml is not a mapping" in warning


def test_a_language_name_is_read_and_an_unknown_one_is_a_warning(tmp_path: Path):
    assert read_metadata(_document(tmp_path, "a.pdf", sidecar="language: dansk\n"), None, None).language == "da"
    metadata = read_metadata(_document(tmp_path, "b.pdf", sidecar="language: klingon språk\n"), None, None)
    assert metadata.language == "da"
    assert "language must be a language code such as 'da' or 'en', got 'klingon språk'" in metadata.warnings[0]


def test_empty_sidecar_values_fall_through(tmp_path: Path):
    path = _document(tmp_path, "rapport-2010.pdf", sidecar="title:\npublisher: Region Midtjylland\n")
    metadata = read_metadata(path, None, None)
    assert (metadata.title, metadata.year, metadata.publisher) == ("Rapport 2010", 2010, "Region Midtjylland")


def test_a_nested_value_is_a_warning_and_the_rest_of_the_block_is_kept(tmp_path: Path):
    sidecar = "title: [Rapport, om eksport]\nyear: 2010\nkeywords: [eksport, {land: Tyskland}]\nurl: https://x.dk\n"
    metadata = read_metadata(_document(tmp_path, "rapport.pdf", sidecar=sidecar), None, None)
    assert (metadata.title, metadata.year, metadata.extra) == ("Rapport", 2010, {"url": "https://x.dk"})
    assert sorted(metadata.warnings) == [
        "metadata sidecar rapport.pdf.meta.yaml: key 'keywords' has a nested value; ignored",
        "metadata sidecar rapport.pdf.meta.yaml: title must be text, got ['Rapport', 'om eksport']; "
        "ingested without it",
    ]


def test_hugos_toml_front_matter_titles_and_dates_a_page(tmp_path: Path):
    text = ('+++\ntitle = "Startvejledning"\ndate = 2026-01-12T09:00:00+01:00\ntags = ["iværksætter", "opstart"]\n'
            '\n[params]\n  menu = "tilbud"\n+++\n\n# Startvejledning\n\nTre gratis møder.\n')
    metadata = read_metadata(_document(tmp_path, "startvejledning.md", text), None, None)
    assert (metadata.title, metadata.year) == ("Startvejledning", 2026)
    assert metadata.extra["tags"] == "iværksætter, opstart"
    assert any("'params' has a nested value" in warning for warning in metadata.warnings)
    broken = read_metadata(_document(tmp_path, "broken.md", '+++\ntitle = "Uden slut\n+++\nTekst.'), None, None)
    assert broken.title == "Broken" and "is not valid TOML" in broken.warnings[0]


@pytest.mark.parametrize("name, text, year", [
    ("priser.htm", "<html><head><title>Priser | Klyngen</title></head><body><h1>Priser</h1>"
                   "<p>Her finder du vores priser 2025 for de mest efterspurgte ydelser.</p></body></html>", 2025),
    ("om-os.txt", "Om klyngen\n\nKlyngen blev stiftet i 2017 og har i dag over 200 medlemmer.", None),
    ("nyhed.txt", "Nyhed\n\nDen 3. marts 2024 åbnede vi et nyt laboratorium.", None),
    ("testhal.txt", "Testhal Nord\n\nDen fulde prisliste for 2026 finder du som PDF.", None),
])
def test_a_year_naming_what_the_opening_lines_are_of_dates_an_otherwise_undated_document(tmp_path: Path, name, text, year):
    """"vores priser 2025": last year's saved price page is of 2025, so a newer price list is told apart from it.
    A year something happened in ("stiftet i 2017", "3. marts 2024") does not date the document."""
    from ingest.loaders import load_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert load_document(path, tmp_path).metadata.year == year


@pytest.mark.parametrize(("name", "text", "dated"), [
    ("nyhed-puljen-2026.txt", "NYHED\n\nLemvig, 3. marts 2026\n\nFRISTEN RYKKES\nFristen er nu 15. maj 2026.", "2026-03-03"),
    ("referat-2026.txt", "REFERAT\nDato:     Tirsdag den 24. februar 2026, kl. 14.00-16.30\nSted: Rådhuset",
     "2026-02-24"),
    ("referat-bestyrelse-2026-02-24.txt", "Referat\n\nPunkt 1.", "2026-02-24"),  # the date in its file name
    ("side-2026.md", "---\ntitle: Puljen\ndate: 2026-01-10\nupdated: 2026-04-02\n---\nTekst.", "2026-04-02"),
    ("puljen-2026.txt", "Puljen 2026\n\nAnsøgningsfristen er 1. april 2026.", None),  # a deadline dates no document
    ("plan-2026.txt", "Plan 2026\n\nHorsens, 1. december 2025\n\nTekst.", None),  # another year than the document's
])
def test_the_day_a_document_states_dates_it_within_its_year(tmp_path: Path, name: str, text: str, dated: str | None):
    path = _document(tmp_path, name, text=text)
    assert read_metadata(path, None, None, opening=text.split("---")[-1]).dated == dated


def test_a_news_item_dated_only_by_its_dateline_is_of_that_year(tmp_path: Path):
    text = "NYHED\n\nLemvig, 3. marts 2026\n\nFristen er rykket."
    assert read_metadata(_document(tmp_path, "nyhed.txt", text=text), None, None, opening=text).year == 2026
