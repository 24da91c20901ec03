"""A document's title, year, publisher, language and kind, plus whatever else its metadata says.

Per field, the first source that has a value wins:
1. the sidecar next to the document: `<file name>.meta.yaml` (e.g. `report.pdf.meta.yaml`), or as found in the
   wild, `.meta.yml` or `.meta.json`, after the whole file name or its stem (`report.meta.json`);
2. YAML front matter (or Hugo's TOML, between '+++' lines) at the top of a .md or .txt file;
   a field may go by its Danish name there and in a sidecar ("Titel:", "år:", "udgiver:", "sprog:");
3. what the file itself suggests (PDF /Title and /CreationDate, DOCX properties and Title line, HTML <title>
   and date <meta>, "# heading");
4. defaults: the title from the file name, language "da". A 19xx/20xx year in the file name ranks above
   the format's hints (which come from template or export dates); a past year in the title comes last.

Metadata never rejects a document: files from the wild carry keys of their own (`description`, `keywords`,
`url`, `date`, `author`). Those are kept as metadata. A date (`date: 2011-05-03`) gives the year when none is
stated. A known key with a value of the wrong kind, a misspelt key, or a block that is not valid YAML is
reported as a warning naming the file and the key, and the document is ingested without that value.
"""
from __future__ import annotations

import datetime
import difflib
import re
import tomllib
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.core.datelines import date_in, publication_date
from app.core.yaml_models import FieldProblem, field_problems
from ingest.documents import DocumentMetadata, LoadError

SIDECAR_SUFFIX = ".meta.yaml"
# JSON is YAML, so one reader takes all three. The first one found is the document's.
SIDECAR_SUFFIXES = (SIDECAR_SUFFIX, ".meta.yml", ".meta.json")
ALLOWED_KEYS = ("title", "year", "publisher", "language", "kind")
# Danish (and common English) names for the known fields, as Danish sites and editors write them ("Titel:",
# "år:", "udgiver:"). The field's own name wins when a block states both.
KEY_ALIASES = {"titel": "title", "år": "year", "aar": "year", "årstal": "year", "udgiver": "publisher",
               "udgivet_af": "publisher", "sprog": "language", "lang": "language", "dokumenttype": "kind"}
# Keys whose value is a date; the first one present gives the year when no `year` is stated.
DATE_KEYS = ("date", "published", "publication_date", "publish_date", "dato", "udgivet", "created", "updated",
             "modified", "last_modified", "opdateret", "valid_from", "gyldig_fra", "gældende_fra", "gaeldende_fra")
MIN_YEAR, MAX_YEAR = 1900, 2100
DEFAULT_LANGUAGE = "da"
MAX_EXTRA_CHARS = 1000  # a kept value is for showing and filtering, not a second body text

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?")
_LANGUAGE_NAMES = {"dansk": "da", "danish": "da", "english": "en", "engelsk": "en", "deutsch": "de", "tysk": "de"}
# Placeholders that PDF and Word fill in when nobody set a title.
_PLACEHOLDER_TITLE = re.compile(
    r"(?:untitled|uden titel|unbenannt|(?:dokument|document)\s*\d*|microsoft word\b.*|.*\.(?:docx?|pdf|rtf|odt))",
    re.IGNORECASE,
)


def sidecar_path(path: Path) -> Path:
    """The document's sidecar: the first of `report.pdf.meta.yaml`, `.meta.yml`, `.meta.json`, then the same after
    the stem (`report.meta.json`); the canonical `report.pdf.meta.yaml` when there is none."""
    for base in (path.name, path.stem):
        for suffix in SIDECAR_SUFFIXES:
            candidate = path.with_name(base + suffix)
            if candidate.exists():
                return candidate
    return path.with_name(path.name + SIDECAR_SUFFIX)


def is_sidecar(name: str) -> bool:
    return name.lower().endswith(SIDECAR_SUFFIXES)


def _text(value: object) -> str | None:
    """A known field's value as one line of text; YAML's numbers and dates count as written."""
    if value is None:
        return None
    if isinstance(value, (dict, list, bool)):
        raise ValueError(f"must be text, got {value!r}")
    return " ".join(str(value).split()) or None


def _year(value: object) -> int | None:
    """The year stated, also where it is written otherwise but clearly meant: "2010" as text, a date, "3. maj 2011"."""
    year = year_of(value)
    if value is not None and year is None:
        raise ValueError(f"must be a whole number between {MIN_YEAR} and {MAX_YEAR}, got {value!r}")
    return year


def _language(value: object) -> str | None:
    text = _text(value)
    if text is None:
        return None
    code = _LANGUAGE_NAMES.get(text.lower(), text.lower())
    if not _LANGUAGE_CODE.fullmatch(code):
        raise ValueError(f"must be a language code such as 'da' or 'en', got {value!r}")
    return code


def _kept_text(value: object) -> str:
    """A key raadgiver has no field for, kept as one line of text for showing and filtering."""
    text = _as_text(value)
    if text is None:
        raise ValueError("has a nested value")
    return text[:MAX_EXTRA_CHARS]


class MetadataBlock(BaseModel):
    """One sidecar or front matter block: the known fields, and every other key kept as text."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, Annotated[str, BeforeValidator(_kept_text)]] = Field(init=False)

    title: Annotated[str | None, BeforeValidator(_text)] = None
    year: Annotated[int | None, BeforeValidator(_year)] = None
    publisher: Annotated[str | None, BeforeValidator(_text)] = None
    language: Annotated[str | None, BeforeValidator(_language)] = None
    kind: Annotated[str | None, BeforeValidator(_text)] = None

    @property
    def kept(self) -> dict[str, str]:
        return {key: text for key, text in (self.model_extra or {}).items() if text}

    @property
    def latest_date(self) -> datetime.date | None:
        """The latest whole date of the date keys (`date: 2026-01-15`, `updated: 2026-03-03`)."""
        dates = [date_in(text) for key, text in self.kept.items() if key.lower() in DATE_KEYS]
        return max((date for date in dates if date is not None), default=None)

    @property
    def date_year(self) -> int | None:
        """The year of the first date key (`date: 2011-05-03`), for when no `year` is stated."""
        dates = (text for key, text in self.kept.items() if key.lower() in DATE_KEYS)
        return next((year for year in map(year_of, dates) if year is not None), None)


def read_metadata(path: Path, extracted_title: str | None, extracted_year: int | None,
                  extracted_heading: str | None = None, opening: str = "",
                  extracted_date: datetime.date | None = None) -> DocumentMetadata:
    """Metadata for the document at `path`; extracted_heading: a plain-text file's first line, a heading but no
    title (it may be a letterhead: "Region Midtjylland - Regional Udvikling"), or a web page's <h1>. Problems in a sidecar or front
    matter become warnings on the returned metadata (the document still ingests); only a document that cannot
    be decoded raises LoadError. opening: the document's first lines, for a year that names what they are of and
    a dateline; extracted_date: the whole date the file itself states (a web page's date <meta>)."""
    sidecar, sidecar_warnings = _read_sidecar(path)
    front_matter, front_matter_warnings = (
        _read_front_matter(path) if path.suffix.lower() in (".md", ".txt") else (MetadataBlock(), [])
    )

    def first(key: str, *fallbacks: object) -> object:
        for value in (getattr(sidecar, key), getattr(front_matter, key), *fallbacks):
            if value is not None:
                return value
        return None

    hint = _usable_title_hint(extracted_title)
    title = first("title", hint, _title_from_file_name(path))
    # A site's front matter titles a page "Kontingent og priser 2024"; the page's own heading names the club
    # ("Kontingent og priser – Kragsted Boldklub 2024"), and the answers need that name as much as the title.
    # Only a heading with words the title lacks: "# Sådan" under "Sådan eksporterer du" says nothing more. So is a
    # web page's <h1> beside its <title>: "Klinisk validering på Regionshospitalet Midtvest" says where.
    page_heading = next((heading for heading in (hint, _usable_title_hint(extracted_heading))
                         if heading and not set(_words(heading)) <= set(_words(str(title)))), None)
    heading = {"heading": page_heading} if page_heading else {}
    # A year in the file name beats format hints: DOCX templates and PDF re-exports stamp wrong years.
    year = first("year", sidecar.date_year, front_matter.date_year, _year_from_file_name(path),
                 _usable_year_hint(extracted_year), _year_in_title(str(title)), _year_in_opening(opening),
                 _dateline_year(opening))
    # The day within its year, where the document states one: a news item of March changes the page the year
    # began with, and documents of one year are ordered by it (app/conflict.py).
    dated = next((date for date in (sidecar.latest_date, front_matter.latest_date, date_in(path.stem),
                                    extracted_date, publication_date(opening))
                  if date is not None and date.year == year), None)
    return DocumentMetadata(
        title=title,
        year=year if isinstance(year, int) else None,
        publisher=first("publisher"),
        language=first("language", DEFAULT_LANGUAGE),
        kind=first("kind"),
        extra={**heading, **front_matter.kept, **sidecar.kept},
        dated=dated.isoformat() if dated else None,
        warnings=tuple(sidecar_warnings + front_matter_warnings),
    )


def _read_sidecar(path: Path) -> tuple[MetadataBlock, list[str]]:
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        return MetadataBlock(), []
    where = f"metadata sidecar {sidecar.name}"
    try:
        raw = sidecar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return MetadataBlock(), [f"{where} cannot be read ({error}); ignored: save it as UTF-8 text"]
    return _block(raw, where)


def _read_front_matter(path: Path) -> tuple[MetadataBlock, list[str]]:
    # Imported here: ingest.loaders imports this module, and the text loader owns decoding and front matter.
    from ingest.loaders.text_loader import decode_text, split_front_matter

    try:
        block, _ = split_front_matter(decode_text(path.read_bytes(), path))
    except LoadError:
        return MetadataBlock(), []  # the loader reports a file it cannot decode
    if block is None:
        return MetadataBlock(), []
    syntax, raw = block
    if syntax == "toml":
        where = f"the front matter (the '+++' block at the top) of {path.name}"
        try:
            return _mapping(tomllib.loads(raw), where)
        except tomllib.TOMLDecodeError as error:
            return MetadataBlock(), [f"{where} is not valid TOML ({error}); ignored: fix it, e.g. quote a title"]
    return _block(raw, f"the front matter (the '---' block at the top) of {path.name}")


class _LenientLoader(yaml.SafeLoader):
    """YAML's safe loader, but a date that is no day of the calendar ("date: 2026-02-30") stays the text written
    instead of failing the whole block."""


def _date_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_LenientLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_or_text)


def _block(raw: str, where: str) -> tuple[MetadataBlock, list[str]]:
    """The YAML block in `raw`, and its problems as warnings: a value that cannot be used is left out, the rest
    kept."""
    try:
        parsed = yaml.load(raw, Loader=_LenientLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        return MetadataBlock(), [f"{where} is not valid YAML ({problem}{at}); ignored: fix it, e.g. quote a "
                                 "title that contains ':'"]
    return _mapping(parsed, where)


def _mapping(parsed: object, where: str) -> tuple[MetadataBlock, list[str]]:
    """A parsed block's known fields and other keys, and its problems as warnings."""
    if parsed is None:
        return MetadataBlock(), []
    if not isinstance(parsed, dict):
        return MetadataBlock(), [f"{where} is not a mapping of keys to values (e.g. 'year: 2010'); ignored"]
    values = _known_names(parsed)
    try:
        block, warnings = MetadataBlock.model_validate(values), []
    except ValidationError as error:
        problems = field_problems(error, MetadataBlock)
        warnings = [_warning(where, problem) for problem in problems]
        faulty = {problem.key for problem in problems}
        block = MetadataBlock.model_validate({key: value for key, value in values.items() if key not in faulty})
    for key in values:
        # A date key is no misspelling: "published" is a date, not "publisher".
        close = [] if key in ALLOWED_KEYS or key.lower() in DATE_KEYS else \
            difflib.get_close_matches(key.lower(), ALLOWED_KEYS, n=1, cutoff=0.75)
        if close:
            warnings.append(f"{where}: unknown key '{key}' (did you mean '{close[0]}'?); kept as metadata "
                            f"'{key}', not as the document's {close[0]}")
    return block, warnings


def _warning(where: str, problem: FieldProblem) -> str:
    """A value that cannot be used, and what ingesting does without it."""
    if problem.key not in ALLOWED_KEYS:
        return f"{where}: key '{problem.key}' {problem.text}; ignored"
    left = f"ingested as '{DEFAULT_LANGUAGE}'" if problem.key == "language" else "ingested without it"
    return f"{where}: {problem.key} {problem.text}; {left}"


def _known_names(parsed: dict[object, object]) -> dict[str, object]:
    """The block's keys: a known field's in any case ("Title") or by its Danish name ("Titel", "år") as that
    field, other keys as written. A field stated under its own name too keeps that value; the alias is kept."""
    names = {str(key).strip(): value for key, value in parsed.items()}
    stated = {name.lower() for name in names if name.lower() in ALLOWED_KEYS}
    values: dict[str, object] = {}
    for name, value in names.items():
        field = name.lower() if name.lower() in ALLOWED_KEYS else KEY_ALIASES.get(name.lower())
        if field is not None and (field == name.lower() or field not in stated | values.keys()):
            values[field] = value
        else:
            values[name] = value
    return values


def _as_text(value: object) -> str | None:
    """A scalar or a list of scalars as one line of text (keywords: [a, b] -> "a, b"); None when nested."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        items = [_as_text(item) for item in value]
        return None if any(item is None for item in items) else ", ".join(item for item in items if item)
    if isinstance(value, dict):
        return None
    return "" if value is None else " ".join(str(value).split())


def year_of(value: object) -> int | None:
    """The year a value states: 2010, "2010", a date, "3. maj 2011", "2011-05-03T10:00"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        year = value.year
    elif isinstance(value, int):
        year = value
    elif isinstance(value, str):
        found = _YEAR.search(value)
        year = int(found.group()) if found else None
    else:
        return None
    return year if year is not None and MIN_YEAR <= year <= MAX_YEAR else None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _usable_title_hint(title: str | None) -> str | None:
    title = " ".join((title or "").split())
    if len(title) < 3 or _PLACEHOLDER_TITLE.fullmatch(title):
        return None
    return title


def _usable_year_hint(year: int | None) -> int | None:
    return year if year is not None and MIN_YEAR <= year <= MAX_YEAR else None


def _title_from_file_name(path: Path) -> str:
    words = " ".join(re.sub(r"[-_]+", " ", path.stem).split())
    return words[:1].upper() + words[1:]


def _year_in_title(title: str) -> int | None:
    """The first year a title names ("Mentorprogrammet 2025-2026"), for a document nothing else dates; not a
    year still to come ("Vision 2035"), which names a goal, not when it was written."""
    match = _YEAR.search(title)
    return _looking_back(title) or (int(match.group()) if match and int(match.group()) <= datetime.date.today().year else None)


# "vores priser 2025", "Handlingsplan 2012": a year right after the noun it dates. Not after a preposition or a
# month: "stiftet i 2017", "3. marts 2024" say when something happened, "prisliste for 2026" points to another
# document, not what this one is of.
_NAMED_YEAR = re.compile(r"(?<![\w.])([^\W\d_]{3,})\s+((?:19|20)\d{2})(?![\d-])")
_NOT_A_NAMING_WORD = {"fra", "til", "for", "med", "ved", "per", "mod", "om", "under", "over", "mellem", "siden", "efter",
                      "før", "indtil", "inden", "sommer", "sommeren", "året", "from", "since", "until", "after",
                      "before", "during", "the", "and", "og", "januar", "februar", "marts", "april", "maj", "juni",
                      "juli", "august", "september", "oktober", "november", "december", "january", "february", "march",
                      "june", "july", "october"}
OPENING_CHARS = 300  # the first lines of a document: its title and lead-in, before the body tells its history


def _year_in_opening(opening: str) -> int | None:
    """The year the opening lines name a thing by ("Her finder du vores priser 2025"), for a document nothing else
    dates; not a year still to come."""
    for match in _NAMED_YEAR.finditer(opening[:OPENING_CHARS]):
        year = int(match.group(2))
        if match.group(1).lower() not in _NOT_A_NAMING_WORD and year <= datetime.date.today().year:
            return year
    return None


def _dateline_year(opening: str) -> int | None:
    """The year of a dateline ("Lemvig, 3. marts 2026") or a labelled date ("Dato: 24. februar 2026") the opening
    lines write, for a document nothing else dates."""
    date = publication_date(opening)
    return date.year if date is not None and date.year <= datetime.date.today().year else None


def _year_from_file_name(path: Path) -> int | None:
    match = _YEAR.search(path.stem)
    return _looking_back(path.stem) or (int(match.group()) if match else None)


# An evaluation or a report of a period ("evalueringsrapport-2021-2025") is written at its end and tells how things
# stood then; a plan for a period ("handlingsplan-2026-2028") is written at its start.
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")
# So do the figures of a period's years ("tilskud-pr-aar-2023-2025", "noegletal-2021-2024").
_LOOKS_BACK = re.compile(r"evaluer|evaluation|rapport|report|status|regnskab|resultat|afrapport|beretning|review|"
                         r"n(?:ø|oe)gletal|statisti[ck]|opg(?:ø|oe)relse|(?:pr|per)[-_ ](?:år|aar|year)|figures|bevil[gl]|tilsagn|"
                         r"udbetal", re.I)


def _looking_back(text: str) -> int | None:
    """The end year of the period a retrospective names, when that year has come."""
    period = _PERIOD.search(text)
    if period is None or not _LOOKS_BACK.search(text):
        return None
    end = int(period.group(2))
    return end if int(period.group(1)) < end <= datetime.date.today().year else None
