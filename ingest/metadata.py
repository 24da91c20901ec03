"""A document's title, year, publisher, language and kind.

Per field, the first source that has a value wins:
1. the sidecar `<file name>.meta.yaml` next to the document (e.g. `report.pdf.meta.yaml`);
2. YAML front matter at the top of a .md or .txt file;
3. what the file itself suggests (PDF /Title and /CreationDate, DOCX properties, HTML <title>, "# heading");
4. defaults: the title from the file name, language "da". A 19xx/20xx year in the file name ranks above
   the format's hints (which come from template or export dates).
Sidecars and front matter are validated strictly: a misspelt key or a bad year is an error, not ignored.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

from ingest.documents import DocumentMetadata, LoadError

SIDECAR_SUFFIX = ".meta.yaml"
ALLOWED_KEYS = ("title", "year", "publisher", "language", "kind")
MIN_YEAR, MAX_YEAR = 1900, 2100
DEFAULT_LANGUAGE = "da"

_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?")
# Placeholders that PDF and Word fill in when nobody set a title.
_PLACEHOLDER_TITLE = re.compile(
    r"(?:untitled|uden titel|unbenannt|(?:dokument|document)\s*\d*|microsoft word\b.*|.*\.(?:docx?|pdf|rtf|odt))",
    re.IGNORECASE,
)


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_metadata(path: Path, extracted_title: str | None, extracted_year: int | None) -> DocumentMetadata:
    """Metadata for the document at `path`; raises LoadError for an unreadable or invalid sidecar or
    front matter, naming the file and the key at fault."""
    sidecar = _read_sidecar(path)
    front_matter = _read_front_matter(path) if path.suffix.lower() in (".md", ".txt") else {}

    def first(key: str, *fallbacks: object) -> object:
        for value in (sidecar.get(key), front_matter.get(key), *fallbacks):
            if value is not None:
                return value
        return None

    return DocumentMetadata(
        title=first("title", _usable_title_hint(extracted_title), _title_from_file_name(path)),
        # A year in the file name beats format hints: DOCX templates and PDF re-exports stamp wrong years.
        year=first("year", _year_from_file_name(path), _usable_year_hint(extracted_year)),
        publisher=first("publisher"),
        language=first("language", DEFAULT_LANGUAGE),
        kind=first("kind"),
    )


def _read_sidecar(path: Path) -> dict:
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        return {}
    where = f"metadata sidecar {sidecar.name}"
    try:
        raw = sidecar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(str(path), f"{where} cannot be read ({error}); save it as UTF-8 text") from None
    return _validated(_parse_yaml(raw, where, path), where, path)


def _read_front_matter(path: Path) -> dict:
    # Imported here: ingest.loaders imports this module, and the text loader owns decoding and front matter.
    from ingest.loaders.text import decode_text, split_front_matter

    block, _ = split_front_matter(decode_text(path.read_bytes(), path))
    if block is None:
        return {}
    where = f"the front matter (the '---' block at the top) of {path.name}"
    return _validated(_parse_yaml(block, where, path), where, path)


def _parse_yaml(raw: str, where: str, path: Path) -> object:
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise LoadError(
            str(path), f"{where} is not valid YAML ({problem}{at}); fix it, e.g. quote a title that contains ':'"
        ) from None


def _validated(fields: object, where: str, path: Path) -> dict:
    """The fields as a dict with None for empty values; raises LoadError for anything else than the
    allowed keys with values of the right type."""
    if fields is None:
        return {}
    if not isinstance(fields, dict):
        raise LoadError(
            str(path), f"{where} must be a mapping of keys to values (e.g. 'year: 2010'), not {type(fields).__name__}"
        )
    allowed = ", ".join(ALLOWED_KEYS)
    result: dict = {}
    for key, value in fields.items():
        if key not in ALLOWED_KEYS:
            close = difflib.get_close_matches(str(key), ALLOWED_KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise LoadError(str(path), f"{where} has unknown key '{key}'{hint}; allowed keys: {allowed}")
        result[key] = _validated_value(key, value, where, path)
    return result


def _validated_value(key: str, value: object, where: str, path: Path) -> object:
    if value is None:
        return None
    if key == "year":
        # bool is an int subclass: "year: yes" must not become 1.
        if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
            raise LoadError(
                str(path), f"{where}: year must be a whole number between {MIN_YEAR} and {MAX_YEAR}, got {value!r}"
            )
        return value
    if not isinstance(value, str):
        raise LoadError(str(path), f"{where}: {key} must be text, got {value!r}; put it in quotes")
    text = value.strip()
    if key == "language" and not _LANGUAGE_CODE.fullmatch(text):
        raise LoadError(str(path), f"{where}: language must be a language code such as 'da' or 'en', got {value!r}")
    return text or None


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
    match = _YEAR_IN_NAME.search(path.stem)
    return int(match.group()) if match else None
