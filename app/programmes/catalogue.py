"""The programme catalogue: corpus/programmes.yaml read into Programme records, strictly checked.

Staff edit the YAML by hand, so every mistake (a typo in a field name, a number written as text, a
quote that is not in the document) must stop loading with a message that says where and what to do.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal, get_args

import yaml
from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
)

from app.core.yaml_models import OptionalText, Text, field_problems


class CatalogueError(Exception):
    """The catalogue file cannot be used; the message names the file, entry and field at fault."""


CompanyAge = Literal["new", "any"]
# Facts a company may ask about one programme ("hvad koster det?"); each needs a quote when stated.
DetailFact = Literal["cost", "how_to_apply", "contact", "deadline"]
# Facts a quote may support. A stated limit, age, market, period, status or offer must have one.
EvidenceFact = Literal[
    "name", "operator", "offers", "audience", "max_employees", "max_employees_exceptional",
    "company_age", "markets", "period", "status", DetailFact,
]
DETAIL_FACTS: tuple[str, ...] = get_args(DetailFact)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _slug(text: str) -> str:
    if not _SLUG.match(text):
        raise ValueError(f"{text!r} is not a slug; use lowercase letters, digits and hyphens")
    return text


def _above_max_employees(exceptional: int | None, info: ValidationInfo) -> int | None:
    limit = info.data.get("max_employees")
    # Absent from info.data when max_employees itself is wrong, and then already reported.
    if exceptional is not None and "max_employees" in info.data and (limit is None or exceptional <= limit):
        raise ValueError("needs max_employees and must be larger than it")
    return exceptional


def _every_stated_fact_quoted(evidence: list[Evidence], info: ValidationInfo) -> list[Evidence]:
    """Every stated fact needs a quote, so no limit or date reaches a user without its source."""
    entry = info.data  # the fields declared before evidence, those that are valid
    stated = {
        "offers": True,
        "max_employees": entry.get("max_employees") is not None,
        "max_employees_exceptional": entry.get("max_employees_exceptional") is not None,
        "company_age": entry.get("company_age") == "new",
        "audience": entry.get("sme_only", False),
        "markets": bool(entry.get("markets")),
        **{fact: entry.get(fact) is not None for fact in ("period", "status", *DETAIL_FACTS)},
    }
    quoted = {item.fact for item in evidence}
    unquoted = [fact for fact, is_stated in stated.items() if is_stated and fact not in quoted]
    if unquoted:
        raise ValueError("; ".join(f"no quote for fact '{fact}'; add '- fact: {fact}' with a quote copied verbatim "
                                   "from the source document" for fact in unquoted))
    return evidence


Employees = Annotated[StrictInt, Field(gt=0)]


@dataclass(frozen=True)
class Evidence:
    fact: EvidenceFact  # the field the quote supports, e.g. "max_employees"
    quote: Text  # verbatim text from the programme's source document

    __pydantic_config__ = ConfigDict(extra="forbid")


@dataclass(kw_only=True)
class Programme:
    """One catalogue entry. Its annotations are the checks load_catalogue applies to the YAML (with pydantic);
    a Programme built in code is not checked."""

    id: Annotated[StrictStr, AfterValidator(_slug)]
    name: Text
    operator: Text
    offers: Text  # Danish
    offers_en: Text
    audience: Text
    max_employees: Employees | None = None
    # "i nogle tilfælde dog maksimalt op til 100 ansatte"
    max_employees_exceptional: Annotated[Employees | None, AfterValidator(_above_max_employees)] = None
    company_age: CompanyAge = "any"
    markets: list[Text] = field(default_factory=list)
    # short Danish phrases a company might use, for semantic matching and Danish reasons
    goals: Annotated[list[Text], Field(min_length=1)]
    goals_en: list[Text] = field(default_factory=list)  # the same in English, for English reasons
    sme_only: StrictBool = False  # "små og mellemstore virksomheder" without a stated number: the EU's under 250
    name_en: OptionalText = None  # English name where the Danish one is not a proper name
    operator_en: OptionalText = None  # None: translated with the glossary
    aliases: list[Text] = field(default_factory=list)  # other names users write ("eksportordningerne")
    cost: OptionalText = None  # price or own share, as the documents state it
    how_to_apply: OptionalText = None
    contact: OptionalText = None  # who to contact about this programme
    deadline: OptionalText = None
    period: OptionalText = None
    status: OptionalText = None
    source: Text  # document file name in corpus/
    # Last: pydantic checks the fields in this order, so its check sees every fact that needs a quote.
    evidence: Annotated[list[Evidence], AfterValidator(_every_stated_fact_quoted)]
    catalogue_file: str = field(default="programmes.yaml", init=False, compare=False)  # where the entry came from

    __pydantic_config__ = ConfigDict(extra="forbid")


_ENTRY_VALIDATOR = TypeAdapter(Programme)  # one YAML entry into a Programme


def load_catalogue(path: Path) -> list[Programme]:
    """Read and check the catalogue. Raises CatalogueError naming file, entry id and field, one line a mistake."""
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
    mistakes: list[str] = []
    for position, entry in enumerate(raw, start=1):
        entry_id = entry["id"] if isinstance(entry, dict) and isinstance(entry.get("id"), str) else f"#{position}"
        try:
            programme = _ENTRY_VALIDATOR.validate_python(entry)
        except ValidationError as error:
            for problem in field_problems(error, Programme):
                where = ", ".join(filter(None, (f"entry '{entry_id}'", problem.place)))
                mistakes.append(f"{path}: {where}: {problem.text}")
            continue
        if any(seen.id == programme.id for seen in programmes):
            mistakes.append(f"{path}: entry '{programme.id}', field 'id': duplicate id; give each entry its own id")
        programme.catalogue_file = str(path)
        programmes.append(programme)
    if mistakes:
        raise CatalogueError("\n".join(mistakes))
    return programmes


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
