"""The shipped catalogue is complete and sourced; a hand-edited catalogue with a mistake is refused clearly."""
from pathlib import Path

import pytest
import yaml

from app.programmes.catalogue import CatalogueError, Evidence, Programme, load_catalogue, validate_quotes
from tests.conftest import CORPUS

CATALOGUE = CORPUS / "programmes.yaml"
SEED = "status-evaluering-eksport-internationalisering-2010.txt"
SEED_TEXT = (CORPUS / SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def programmes() -> list[Programme]:
    return load_catalogue(CATALOGUE)


def by_id(programmes: list[Programme]) -> dict[str, Programme]:
    return {p.id: p for p in programmes}


def test_shipped_catalogue_covers_every_offer_in_the_seed_document(programmes):
    names = " | ".join(p.name for p in programmes)
    for offer in ("Eksportrådets tilskudsordninger", "De regionale virksomhedsprogrammer", "VækstMidt Accelerator",
                  "StartMidt", "VITUS", "Europe Enterprise Network", "Vækstforums initiativ vedr. Shanghai",
                  "kontor i Shanghai", "kontor i Bruxelles", "kontor i Budapest", "kontor i St. Petersborg",
                  "KlyngeMidt", "JOBmidt", "Internationaliseringsrådgiveren"):
        assert offer in names
    # VækstMidt (2008-2009) was replaced; users meet it through its successor, with the source sentence.
    accelerator = by_id(programmes)["vaekstmidt-accelerator"]
    assert any("afløst af VækstMidt Accelerator" in e.quote for e in accelerator.evidence)


def test_shipped_catalogue_states_the_documented_limits(programmes):
    catalogue = by_id(programmes)
    assert (catalogue["eksportraadet-tilskudsordninger"].max_employees,
            catalogue["eksportraadet-tilskudsordninger"].max_employees_exceptional) == (50, 100)
    assert catalogue["regionale-virksomhedsprogrammer"].max_employees == 250
    assert catalogue["vaekstmidt-accelerator"].max_employees == 250
    assert catalogue["startmidt"].company_age == "new"
    assert catalogue["europe-enterprise-network"].markets == ["Europa"]
    assert "Kina" in catalogue["kontor-shanghai"].markets
    assert catalogue["internationaliseringsraadgiver"].status == "løber frem til 1. august 2011"


def test_every_shipped_quote_is_verbatim_in_its_source(programmes):
    assert {p.source for p in programmes} == {SEED}
    assert validate_quotes(programmes, {SEED: SEED_TEXT}) == []
    # The ingest pipeline passes cleaned text (lines rejoined); the same quotes must still be found.
    assert validate_quotes(programmes, {SEED: " ".join(SEED_TEXT.split())}) == []


def test_every_stated_fact_in_the_shipped_catalogue_has_a_quote(programmes):
    for programme in programmes:
        facts = {e.fact for e in programme.evidence}
        assert "offers" in facts, programme.id
        for fact, stated in (("max_employees", programme.max_employees), ("markets", programme.markets),
                             ("period", programme.period), ("status", programme.status),
                             ("max_employees_exceptional", programme.max_employees_exceptional)):
            if stated:
                assert fact in facts, (programme.id, fact)


# A valid entry to break one field at a time.
ENTRY = {
    "id": "test-program",
    "name": "Testprogram",
    "operator": "Vækstforum",
    "offers": "Støtte til eksport",
    "offers_en": "Export support",
    "audience": "Små virksomheder",
    "max_employees": 50,
    "company_age": "any",
    "markets": [],
    "goals": ["eksport", "export"],
    "source": SEED,
    "evidence": [
        {"fact": "offers", "quote": "støtte til virksomhederne til eksport og internationalisering"},
        {"fact": "max_employees", "quote": "maksimalt antal ansatte på op til 50"},
    ],
}


def write(tmp_path: Path, entries) -> Path:
    path = tmp_path / "programmes.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def load_error(tmp_path: Path, entries) -> str:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(write(tmp_path, entries))
    return str(caught.value)


def test_a_valid_entry_loads_with_defaults_for_unstated_facts(tmp_path):
    [programme] = load_catalogue(write(tmp_path, [ENTRY]))
    assert programme.max_employees == 50
    assert programme.max_employees_exceptional is None and programme.period is None and programme.status is None
    assert programme.evidence[1] == Evidence("max_employees", "maksimalt antal ansatte på op til 50")


def test_invalid_yaml_names_the_file(tmp_path):
    path = tmp_path / "programmes.yaml"
    path.write_text("- id: x\n  name: [unclosed\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="programmes.yaml: invalid YAML"):
        load_catalogue(path)


def test_a_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(CatalogueError, match="RAADGIVER_CATALOGUE_FILE"):
        load_catalogue(tmp_path / "nowhere.yaml")


def test_missing_required_field_names_entry_and_field(tmp_path):
    entry = {k: v for k, v in ENTRY.items() if k != "offers_en"}
    message = load_error(tmp_path, [entry])
    assert "programmes.yaml: entry 'test-program', field 'offers_en': missing" in message


def test_a_misspelt_field_is_refused(tmp_path):
    entry = {**ENTRY, "max_employes": 100}
    message = load_error(tmp_path, [entry])
    assert "entry 'test-program', field 'max_employes': unknown field" in message


@pytest.mark.parametrize("field, value", [
    ("max_employees", "50"),      # a number written as text
    ("max_employees", True),      # "yes" is not a number
    ("markets", "Kina"),          # a list written as one string
    ("status", 2010),             # a year not in quotes
])
def test_wrong_type_names_entry_field_and_value(tmp_path, field, value):
    message = load_error(tmp_path, [{**ENTRY, field: value}])
    assert f"entry 'test-program', field '{field}': got {value!r}, must be" in message


def test_duplicate_id_is_refused(tmp_path):
    message = load_error(tmp_path, [ENTRY, {**ENTRY, "name": "Kopi"}])
    assert "entry 'test-program', field 'id': duplicate id" in message


def test_unknown_company_age_and_evidence_fact_are_refused(tmp_path):
    assert "field 'company_age'" in load_error(tmp_path, [{**ENTRY, "company_age": "young"}])
    bad_fact = {**ENTRY, "evidence": [*ENTRY["evidence"], {"fact": "max_employess", "quote": "x"}]}
    assert "unknown fact 'max_employess'" in load_error(tmp_path, [bad_fact])


def test_a_stated_limit_without_a_quote_is_refused(tmp_path):
    entry = {**ENTRY, "evidence": [ENTRY["evidence"][0]]}
    message = load_error(tmp_path, [entry])
    assert "entry 'test-program', field 'evidence': no quote for fact 'max_employees'" in message


@pytest.mark.parametrize("field, value", [
    ("cost", "5.000 kr."), ("how_to_apply", "via skemaet"), ("contact", "Væksthuset"), ("deadline", "1. marts"),
    ("sme_only", True),
])
def test_a_stated_price_application_contact_deadline_or_sme_rule_needs_a_quote(tmp_path, field, value):
    message = load_error(tmp_path, [{**ENTRY, field: value}])
    fact = "audience" if field == "sme_only" else field
    assert f"entry 'test-program', field 'evidence': no quote for fact '{fact}'" in message


@pytest.mark.parametrize("field, value", [("goals_en", "export"), ("aliases", "EEN"), ("sme_only", "yes")])
def test_the_optional_fields_are_checked_like_the_others(tmp_path, field, value):
    message = load_error(tmp_path, [{**ENTRY, field: value}])
    assert f"field '{field}': got {value!r}, must be" in message
    assert field != "sme_only" or "true or false" in message


def test_an_exceptional_limit_must_exceed_the_normal_one(tmp_path):
    message = load_error(tmp_path, [{**ENTRY, "max_employees_exceptional": 40}])
    assert "field 'max_employees_exceptional'" in message


def programme(quote: str, fact: str = "offers", source: str = SEED) -> Programme:
    return Programme(
        id="vitus", name="VITUS", operator="x", offers="x", offers_en="x", audience="x", max_employees=None,
        max_employees_exceptional=None, company_age="any", markets=[], goals=["x"], period=None, status=None,
        source=source, evidence=[Evidence(fact, quote)],
    )


@pytest.mark.parametrize("quote", [
    # spans a PDF line break and a blank line in the raw text
    "maksimalt antal ansatte på op til 50",
    # different case
    "VITUS ER ET NYT LANDSDÆKKENDE PROGRAM",
    # straight quotes where the document has typographic ones (”Chef til leje”)
    'Et tredje tilbud "Chef til leje" var',
    # a hyphen where the document has an en dash
    "første treårsperiode (2008 - 2011)",
])
def test_quotes_match_despite_line_breaks_case_and_typography(quote):
    assert validate_quotes([programme(quote)], {SEED: SEED_TEXT}) == []


def test_a_quote_not_in_the_document_is_reported_with_entry_fact_and_document():
    errors = validate_quotes([programme("for virksomheder med op til 500 ansatte", fact="max_employees")],
                             {SEED: SEED_TEXT})
    assert errors == [
        f"programmes.yaml: entry 'vitus', fact 'max_employees': quote 'for virksomheder med op til 500 ansatte' "
        f"not found in {SEED}; copy the sentence verbatim from the document"
    ]


def test_a_source_that_is_not_ingested_is_reported():
    [error] = validate_quotes([programme("VITUS", source="mangler.pdf")], {SEED: SEED_TEXT})
    assert "entry 'vitus', field 'source': document 'mangler.pdf' is not among the ingested documents" in error
    assert SEED in error


def test_every_mistake_in_every_entry_is_reported_one_a_line(tmp_path):
    broken_evidence = {**ENTRY, "id": "andet-program", "evidence": [{"fact": "offers", "qoute": "x"}, "x"]}
    message = load_error(tmp_path, ["ikke et program", {**ENTRY, "max_employees": "50", "goals": []}, broken_evidence])
    assert message.splitlines() == [
        f"{tmp_path / 'programmes.yaml'}: {line}" for line in (
            "entry '#1': got 'ikke et program', must be a mapping of fields, one 'name: value' per line",
            "entry 'test-program', field 'max_employees': got '50', must be a whole number; write it without quotes",
            "entry 'test-program', field 'goals': needs at least 1 item",
            "entry 'andet-program', field 'evidence', item 1, 'quote': missing; every entry needs it",
            "entry 'andet-program', field 'evidence', item 1, 'qoute': unknown field; the fields are: fact, quote",
            "entry 'andet-program', field 'evidence', item 2: got 'x', must be a mapping of fields, one 'name: value' "
            "per line",
        )
    ]


def test_blank_optional_text_is_not_stated_and_needs_no_quote(tmp_path):
    [programme] = load_catalogue(write(tmp_path, [{**ENTRY, "period": " ", "cost": ""}]))
    assert (programme.period, programme.cost) == (None, None)
    assert programme.catalogue_file == str(tmp_path / "programmes.yaml")
