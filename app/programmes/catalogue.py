"""The programme catalogue: corpus/programmes.yaml read into Programme records, strictly checked.

Staff edit the YAML by hand, so every mistake (a typo in a field name, a number written as text, a
quote that is not in the document) must stop loading with a message that says where and what to do.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class CatalogueError(Exception):
    """The catalogue file cannot be used; the message names the file, entry and field at fault."""


@dataclass(frozen=True)
class Evidence:
    fact: str  # the field the quote supports, e.g. "max_employees"
    quote: str  # verbatim text from the programme's source document


@dataclass
class Programme:
    id: str
    name: str
    operator: str
    offers: str  # Danish
    offers_en: str
    audience: str
    max_employees: int | None
    max_employees_exceptional: int | None  # "i nogle tilfælde dog maksimalt op til 100 ansatte"
    company_age: str  # "new" | "any"
    markets: list[str]
    goals: list[str]  # short Danish phrases a company might use, for semantic matching and Danish reasons
    period: str | None
    status: str | None
    source: str  # document file name in corpus/
    evidence: list[Evidence]
    goals_en: list[str] = field(default_factory=list)  # the same in English, for English reasons
    sme_only: bool = False  # "små og mellemstore virksomheder" without a stated number: the EU's under 250
    name_en: str | None = None  # English name where the Danish one is not a proper name
    operator_en: str | None = None  # None: translated with the glossary
    aliases: list[str] = field(default_factory=list)  # other names users write ("eksportordningerne")
    cost: str | None = None  # price or own share, as the documents state it
    how_to_apply: str | None = None
    contact: str | None = None  # who to contact about this programme
    deadline: str | None = None
    catalogue_file: str = field(default="programmes.yaml", compare=False)  # where the entry came from


COMPANY_AGES = ("new", "any")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# field -> (accepted types, required). Optional fields default to "not stated".
_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "id": ((str,), True),
    "name": ((str,), True),
    "operator": ((str,), True),
    "offers": ((str,), True),
    "offers_en": ((str,), True),
    "audience": ((str,), True),
    "max_employees": ((int, type(None)), False),
    "max_employees_exceptional": ((int, type(None)), False),
    "company_age": ((str,), False),
    "markets": ((list,), False),
    "goals": ((list,), True),
    "goals_en": ((list,), False),
    "sme_only": ((bool,), False),
    "name_en": ((str, type(None)), False),
    "operator_en": ((str, type(None)), False),
    "aliases": ((list,), False),
    "cost": ((str, type(None)), False),
    "how_to_apply": ((str, type(None)), False),
    "contact": ((str, type(None)), False),
    "deadline": ((str, type(None)), False),
    "period": ((str, type(None)), False),
    "status": ((str, type(None)), False),
    "source": ((str,), True),
    "evidence": ((list,), True),
}
_DEFAULTS: dict[str, Any] = {
    "max_employees": None,
    "max_employees_exceptional": None,
    "company_age": "any",
    "markets": [],
    "goals_en": [],
    "sme_only": False,
    "name_en": None,
    "operator_en": None,
    "aliases": [],
    "cost": None,
    "how_to_apply": None,
    "contact": None,
    "deadline": None,
    "period": None,
    "status": None,
}
# Facts a company may ask about one programme ("hvad koster det?"); each needs a quote when stated.
DETAIL_FACTS = ("cost", "how_to_apply", "contact", "deadline")
_OPTIONAL_TEXT = ("period", "status", "name_en", "operator_en", *DETAIL_FACTS)
# Facts a quote may support. A stated limit, age, market, period, status or offer must have one.
EVIDENCE_FACTS = (
    "name", "operator", "offers", "audience", "max_employees", "max_employees_exceptional",
    "company_age", "markets", "period", "status", *DETAIL_FACTS,
)


def _type_hint(types: tuple[type, ...]) -> str:
    """What a field must be, and how to write that in YAML."""
    if list in types:
        return "a list; write it as [item, item] or as lines starting with '- '"
    if bool in types:
        return "true or false, without quotes"
    if int in types:
        return "a whole number or null; write it without quotes"
    return "text; put it in quotes if YAML reads it as a number or date"


def load_catalogue(path: Path) -> list[Programme]:
    """Read and check the catalogue. Raises CatalogueError naming file, entry id and field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read the programme catalogue ({exc.strerror}); "
                             "create it or set RAADGIVER_CATALOGUE_FILE") from exc
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: invalid YAML: {exc}; fix the indentation or quoting there") from exc
    if not isinstance(raw, list):
        raise CatalogueError(f"{path}: the file must be a YAML list of programme entries (each starting with '- id:')")

    programmes: list[Programme] = []
    seen: set[str] = set()
    for position, entry in enumerate(raw, start=1):
        programme = _parse_entry(path, position, entry)
        if programme.id in seen:
            raise CatalogueError(f"{path}: entry '{programme.id}', field 'id': duplicate id; "
                                 "give each entry its own id")
        seen.add(programme.id)
        programmes.append(programme)
    return programmes


def _parse_entry(path: Path, position: int, entry: Any) -> Programme:
    if not isinstance(entry, dict):
        raise CatalogueError(f"{path}: entry #{position} is not a mapping of fields; start it with '- id: ...'")
    entry_id = entry.get("id") if isinstance(entry.get("id"), str) else f"#{position}"

    def fail(field_name: str, problem: str) -> CatalogueError:
        return CatalogueError(f"{path}: entry '{entry_id}', field '{field_name}': {problem}")

    for key in entry:
        if key not in _FIELDS:
            raise fail(str(key), f"unknown field; the fields are: {', '.join(_FIELDS)}")
    values: dict[str, Any] = {}
    for name, (types, required) in _FIELDS.items():
        if name not in entry:
            if required:
                raise fail(name, "missing; every entry needs it")
            default = _DEFAULTS[name]
            values[name] = list(default) if isinstance(default, list) else default
            continue
        value = entry[name]
        # bool is a subclass of int in Python; "max_employees: yes" must not count as 1.
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            raise fail(name, f"got {value!r}, must be {_type_hint(types)}")
        if isinstance(value, str) and not value.strip() and name not in _OPTIONAL_TEXT:
            raise fail(name, "is empty")
        values[name] = value

    if not _SLUG.match(values["id"]):
        raise fail("id", f"{values['id']!r} is not a slug; use lowercase letters, digits and hyphens")
    for name in ("markets", "goals", "goals_en", "aliases"):
        if not all(isinstance(item, str) and item.strip() for item in values[name]):
            raise fail(name, "every item must be non-empty text")
    if not values["goals"]:
        raise fail("goals", "needs at least one goal phrase")
    if values["company_age"] not in COMPANY_AGES:
        raise fail("company_age", f"must be one of {', '.join(COMPANY_AGES)}, got {values['company_age']!r}")
    for name in ("max_employees", "max_employees_exceptional"):
        if values[name] is not None and values[name] <= 0:
            raise fail(name, "must be a positive number of employees")
    exceptional = values["max_employees_exceptional"]
    if exceptional is not None and (values["max_employees"] is None or exceptional <= values["max_employees"]):
        raise fail("max_employees_exceptional", "needs max_employees and must be larger than it")
    for name in _OPTIONAL_TEXT:
        if isinstance(values[name], str) and not values[name].strip():
            values[name] = None

    values["evidence"] = _parse_evidence(values["evidence"], fail)
    _require_evidence(values, fail)
    return Programme(**values, catalogue_file=str(path))


def _parse_evidence(items: list[Any], fail: Callable[[str, str], CatalogueError]) -> list[Evidence]:
    evidence = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or set(item) != {"fact", "quote"}:
            raise fail("evidence", f"item {number} must have exactly the keys 'fact' and 'quote', got {item!r}")
        fact, quote = item["fact"], item["quote"]
        if fact not in EVIDENCE_FACTS:
            raise fail("evidence", f"item {number}: unknown fact {fact!r}; use one of {', '.join(EVIDENCE_FACTS)}")
        if not isinstance(quote, str) or not quote.strip():
            raise fail("evidence", f"item {number} (fact '{fact}'): quote must be non-empty text")
        evidence.append(Evidence(fact=fact, quote=quote))
    return evidence


def _require_evidence(values: dict[str, Any], fail: Callable[[str, str], CatalogueError]) -> None:
    """Every stated fact needs a quote, so no limit or date reaches a user without its source."""
    stated = {
        "offers": True,
        "max_employees": values["max_employees"] is not None,
        "max_employees_exceptional": values["max_employees_exceptional"] is not None,
        "company_age": values["company_age"] == "new",
        "audience": values["sme_only"],
        "markets": bool(values["markets"]),
        "period": values["period"] is not None,
        "status": values["status"] is not None,
        **{fact: values[fact] is not None for fact in DETAIL_FACTS},
    }
    quoted = {item.fact for item in values["evidence"]}
    for fact, is_stated in stated.items():
        if is_stated and fact not in quoted:
            raise fail("evidence", f"no quote for fact '{fact}'; add '- fact: {fact}' with a quote "
                                   "copied verbatim from the source document")


_TYPOGRAPHIC = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u00b4": "'", "`": "'",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00ad": None,
})


def normalise_for_quote(text: str) -> str:
    """The form quotes are compared in: NFC, plain quotes and dashes, single spaces, lower case.

    PDF text breaks lines mid-sentence and the ingest cleaner may or may not rejoin them, so both
    sides are normalised the same way."""
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC)
    return re.sub(r"\s+", " ", text).strip().casefold()


def validate_quotes(programmes: list[Programme], documents: Mapping[str, str]) -> list[str]:
    """One error per evidence quote that is not in its programme's source document (empty = all good).

    `documents` maps source file name -> full text, raw or cleaned."""
    normalised = {name: normalise_for_quote(text) for name, text in documents.items()}
    errors = []
    for programme in programmes:
        where = f"{programme.catalogue_file}: entry '{programme.id}'"
        document = normalised.get(programme.source)
        if document is None:
            known = ", ".join(sorted(documents)[:5]) or "none"
            errors.append(f"{where}, field 'source': document '{programme.source}' is not among the ingested "
                          f"documents ({known}); use the file name of a document in corpus/ and ingest it")
            continue
        for item in programme.evidence:
            if normalise_for_quote(item.quote) not in document:
                errors.append(f"{where}, fact '{item.fact}': quote '{item.quote}' not found in "
                              f"{programme.source}; copy the sentence verbatim from the document")
    return errors
