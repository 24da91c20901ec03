"""A document's title, year, publisher, language and kind, plus whatever else its metadata says.

Per field, the first source that has a value wins:
1. the sidecar `<file name>.meta.yaml` next to the document (e.g. `report.pdf.meta.yaml`);
2. YAML front matter at the top of a .md or .txt file;
3. what the file itself suggests (PDF /Title and /CreationDate, DOCX properties, HTML <title>, "# heading");
4. defaults: the title from the file name, language "da". A 19xx/20xx year in the file name ranks above
   the format's hints (which come from template or export dates).

Metadata never rejects a document: files from the wild carry keys of their own (`description`, `keywords`,
`url`, `date`, `author`). Those are kept as metadata. A date (`date: 2011-05-03`) gives the year when none is
stated. A known key with a value of the wrong kind, a misspelt key, or a block that is not valid YAML is
reported as a warning naming the file and the key, and the document is ingested without that value.
"""
from __future__ import annotations

import datetime
import difflib
import re
from pathlib import Path

import yaml

from ingest.documents import DocumentMetadata, LoadError

SIDECAR_SUFFIX = ".meta.yaml"
ALLOWED_KEYS = ("title", "year", "publisher", "language", "kind")
# Keys whose value is a date; the first one present gives the year when no `year` is stated.
DATE_KEYS = ("date", "published", "publication_date", "publish_date", "dato", "udgivet", "created", "updated")
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
    return path.with_name(path.name + SIDECAR_SUFFIX)


class _Fields:
    """The known fields, the kept other keys, and the warnings from one metadata block."""

    def __init__(self) -> None:
        self.known: dict[str, object] = {}
        self.extra: dict[str, str] = {}
        self.date_year: int | None = None
        self.warnings: list[str] = []


def read_metadata(path: Path, extracted_title: str | None, extracted_year: int | None) -> DocumentMetadata:
    """Metadata for the document at `path`. Problems in a sidecar or front matter become warnings on the
    returned metadata (the document still ingests); only a document that cannot be decoded raises LoadError."""
    sidecar = _read_sidecar(path)
    front_matter = _read_front_matter(path) if path.suffix.lower() in (".md", ".txt") else _Fields()

    def first(key: str, *fallbacks: object) -> object:
        for value in (sidecar.known.get(key), front_matter.known.get(key), *fallbacks):
            if value is not None:
                return value
        return None

    return DocumentMetadata(
        title=first("title", _usable_title_hint(extracted_title), _title_from_file_name(path)),
        # A year in the file name beats format hints: DOCX templates and PDF re-exports stamp wrong years.
        year=first("year", sidecar.date_year, front_matter.date_year, _year_from_file_name(path),
                   _usable_year_hint(extracted_year)),
        publisher=first("publisher"),
        language=first("language", DEFAULT_LANGUAGE),
        kind=first("kind"),
        extra={**front_matter.extra, **sidecar.extra},
        warnings=tuple(sidecar.warnings + front_matter.warnings),
    )


def _read_sidecar(path: Path) -> _Fields:
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        return _Fields()
    where = f"metadata sidecar {sidecar.name}"
    try:
        raw = sidecar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        fields = _Fields()
        fields.warnings.append(f"{where} cannot be read ({error}); ignored: save it as UTF-8 text")
        return fields
    return _fields(raw, where)


def _read_front_matter(path: Path) -> _Fields:
    # Imported here: ingest.loaders imports this module, and the text loader owns decoding and front matter.
    from ingest.loaders.text_loader import decode_text, split_front_matter

    try:
        block, _ = split_front_matter(decode_text(path.read_bytes(), path))
    except LoadError:
        return _Fields()  # the loader reports a file it cannot decode
    if block is None:
        return _Fields()
    return _fields(block, f"the front matter (the '---' block at the top) of {path.name}")


def _fields(raw: str, where: str) -> _Fields:
    fields = _Fields()
    try:
        parsed = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        fields.warnings.append(f"{where} is not valid YAML ({problem}{at}); ignored: fix it, e.g. quote a "
                               "title that contains ':'")
        return fields
    if parsed is None:
        return fields
    if not isinstance(parsed, dict):
        fields.warnings.append(f"{where} is not a mapping of keys to values (e.g. 'year: 2010'); ignored")
        return fields
    for key, value in parsed.items():
        name = str(key).strip()
        if name.lower() in ALLOWED_KEYS:
            _known(fields, name.lower(), value, where)
        else:
            _other(fields, name, value, where)
    return fields


def _known(fields: _Fields, key: str, value: object, where: str) -> None:
    """A known key's value, made usable where it is clear what was meant ("2010" as text is the year 2010);
    otherwise a warning and the field left unset."""
    if value is None:
        return
    if key == "year":
        year = _year_of(value)
        if year is None:
            fields.warnings.append(f"{where}: year must be a whole number between {MIN_YEAR} and {MAX_YEAR}, got "
                                   f"{value!r}; ingested without it")
        fields.known["year"] = year
        return
    if isinstance(value, (dict, list)) or isinstance(value, bool):
        fields.warnings.append(f"{where}: {key} must be text, got {value!r}; ingested without it")
        return
    text = " ".join(str(value).split())
    if key == "language":
        text = _LANGUAGE_NAMES.get(text.lower(), text.lower())
        if not _LANGUAGE_CODE.fullmatch(text):
            fields.warnings.append(f"{where}: language must be a language code such as 'da' or 'en', got "
                                   f"{value!r}; ingested as '{DEFAULT_LANGUAGE}'")
            return
    fields.known[key] = text or None


def _other(fields: _Fields, key: str, value: object, where: str) -> None:
    """A key raadgiver has no field for: kept as metadata (text), a date gives the year."""
    close = difflib.get_close_matches(key.lower(), ALLOWED_KEYS, n=1, cutoff=0.75)
    if close:
        fields.warnings.append(f"{where}: unknown key '{key}' (did you mean '{close[0]}'?); kept as metadata "
                               f"'{key}', not as the document's {close[0]}")
    if key.lower() in DATE_KEYS and fields.date_year is None:
        fields.date_year = _year_of(value)
    text = _as_text(value)
    if text is None:
        fields.warnings.append(f"{where}: key '{key}' has a nested value; ignored")
        return
    if text:
        fields.extra[key] = text[:MAX_EXTRA_CHARS]


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


def _year_of(value: object) -> int | None:
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


def _year_from_file_name(path: Path) -> int | None:
    match = _YEAR.search(path.stem)
    return int(match.group()) if match else None
