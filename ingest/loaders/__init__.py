"""Turn a file in the corpus into a LoadedDocument: pick the loader for its format, check the file is what
its name says, attach metadata, and report every failure as a LoadError that names the file and says
what to do."""
from __future__ import annotations

import hashlib
import importlib
import os
from pathlib import Path

from app.core.document_formats import DOCUMENT_FORMATS, SUPPORTED_SUFFIXES
from ingest.documents import DocumentLimits, LoadedDocument, LoadError
from ingest.loaders.extracted import Extracted
from ingest.metadata import is_sidecar, read_metadata, sidecar_path

__all__ = ["SUPPORTED_SUFFIXES", "Extracted", "is_document_file", "load_document"]

# format -> the module of ingest.loaders whose extract() reads it. The modules are imported when a file of their
# kind is loaded, so checking a name or a signature loads no parser.
_LOADER_MODULES = {"text": "text_loader", "pdf": "pdf_loader", "docx": "docx_loader", "html": "html_loader",
                  "csv": "csv_loader"}

# How binary formats begin, to catch a file renamed to the wrong suffix.
_SIGNATURES = {
    "a PDF file": b"%PDF-",
    "a ZIP archive (DOCX, XLSX and PPTX are ZIP archives)": b"PK\x03\x04",
    "an old Word/Excel 97-2003 file (.doc/.xls)": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "a Windows program (.exe)": b"MZ\x90\x00",  # the DOS header every Windows linker writes
    "a PNG image": b"\x89PNG",
    "a JPEG image": b"\xff\xd8\xff",
}
_REQUIRED_SIGNATURE = {".pdf": "a PDF file", ".docx": "a ZIP archive (DOCX, XLSX and PPTX are ZIP archives)"}
# PDF allows a few bytes of junk before the %PDF header; pypdf and viewers accept that.
_PDF_HEADER_WINDOW = 1024


def is_document_file(path: Path, *, config_files: tuple[str, ...] = ("programmes.yaml", "glossary.yaml", "contact.yaml")) -> bool:
    """Whether the ingest pipeline should try to load this corpus file, judged by its name only.

    Metadata sidecars, hidden files, Word's "~$" lock files and the corpus's configuration files (the
    programme catalogue, the glossary, the contact) are not documents. Unsupported suffixes count as documents, so the
    pipeline reports them instead of silently skipping them. Pass the settings' file names as `config_files`.
    """
    name = path.name
    return not (is_sidecar(name) or name.startswith((".", "~$")) or name in config_files)


# Text formats hold at most 4 bytes per character (UTF-8); a file larger than that cannot be within the limit.
_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv")


def load_document(path: Path, corpus_root: Path, limits: DocumentLimits = DocumentLimits()) -> LoadedDocument:
    """Load one file; raises LoadError(source, reason) for anything that cannot be ingested."""
    _refuse_link_out_of(path, corpus_root)
    source = _source_id(path, corpus_root)
    try:
        return _load(path, source, limits)
    except LoadError as error:
        # Loaders name the file by its path; the document's id is what the user sees everywhere else.
        raise LoadError(source, error.reason) from None
    except Exception as error:  # a library failing in a way the loaders did not foresee
        raise LoadError(
            source, f"could not be read ({type(error).__name__}: {error}); check that the file opens in its own program"
        ) from None


def _refuse_link_out_of(path: Path, corpus_root: Path) -> None:
    """A file in the corpus folder that is a link to (or through) a place outside it would make that outside
    file searchable: refused. Files named outside the corpus on the command line are the admin's choice."""
    lexical, root = Path(os.path.abspath(path)), Path(os.path.abspath(corpus_root))
    if not lexical.is_relative_to(root):
        return
    if not path.resolve().is_relative_to(corpus_root.resolve()):
        raise LoadError(
            lexical.relative_to(root).as_posix(),
            f"is a link to {path.resolve()}, outside the corpus folder {root}; links may not leave the corpus: "
            "copy the file into the corpus instead",
        )


def _load(path: Path, source: str, limits: DocumentLimits) -> LoadedDocument:
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_FORMATS:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(source, f"has unsupported file type '{suffix or '(none)'}'; supported: {supported}")
    format_name = DOCUMENT_FORMATS[suffix]
    loader = importlib.import_module(f"ingest.loaders.{_LOADER_MODULES[format_name]}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(source, f"cannot be read ({error.strerror}); check that it exists and is readable") from None
    if not data:
        raise LoadError(source, "is empty (0 bytes); replace it with the real document or remove it")
    check_signature(data, suffix, source)
    if suffix in _TEXT_SUFFIXES and len(data) > 4 * limits.chars:
        raise _too_long(source, f"is {len(data):,} bytes of text", limits)
    if suffix == ".docx":
        loader.check_unpacked_size(path, limits.unpacked_bytes)

    extracted = loader.extract(path)
    if not any(page.text.strip() for page in extracted.pages):
        raise LoadError(source, "contains no text; if it is a scanned PDF, OCR it first")
    chars = sum(len(page.text) for page in extracted.pages)
    if chars > limits.chars:
        raise _too_long(source, f"has {chars:,} characters of text", limits)

    metadata = read_metadata(path, extracted.title_hint, extracted.year_hint, extracted.heading_hint,
                             opening=extracted.pages[0].text, extracted_date=extracted.date_hint)
    digest = hashlib.sha256(data)
    sidecar = sidecar_path(path)
    if sidecar.exists():
        digest.update(sidecar.read_bytes())
    return LoadedDocument(
        source=source, format=format_name, pages=extracted.pages, metadata=metadata, content_hash=digest.hexdigest(),
        headings=extracted.headings,
    )


def _too_long(source: str, what: str, limits: DocumentLimits) -> LoadError:
    return LoadError(source, f"{what}, more than the limit of {limits.chars:,} characters per document "
                             "(RAADGIVER_MAX_DOCUMENT_CHARS); split it into smaller documents or raise the limit")


def check_signature(data: bytes, suffix: str, source: str) -> None:
    """Refuse a file whose bytes say it is something else than its suffix says (e.g. an .exe renamed .pdf)."""
    actual = next((kind for kind, magic in _SIGNATURES.items() if data.startswith(magic)), None)
    required = _REQUIRED_SIGNATURE.get(suffix)
    if required is None:  # text formats: a known binary format, or NUL bytes outside UTF-16, is wrong
        if actual is None and b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise LoadError(source, "is a binary file, not text; check that it has the right file extension")
        matches = actual is None
    elif suffix == ".pdf":
        matches = _SIGNATURES[required] in data[:_PDF_HEADER_WINDOW]
    else:
        matches = actual == required
    if not matches:
        looks_like = f"it looks like {actual}" if actual else "its first bytes match no known format"
        raise LoadError(
            source, f"is not a valid {suffix} file ({looks_like}); export or save the document again as {suffix}"
        )


def _source_id(path: Path, corpus_root: Path) -> str:
    """The path relative to the corpus as POSIX text, or the absolute path for a file outside it."""
    absolute = path.resolve()
    try:
        return absolute.relative_to(corpus_root.resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()
