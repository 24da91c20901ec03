"""Plain text and Markdown: decode the bytes (Danish files often arrive as cp1252), drop YAML front matter,
and turn Markdown syntax into the plain paragraph convention every loader produces."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from ingest.documents import LoadError, Page
from ingest.loaders.extracted import Extracted

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^ {0,3}(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_SEPARATOR_CELL = re.compile(r"[ \t]*:?-+:?[ \t]*")
_HORIZONTAL_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")


def decode_text(data: bytes, path: Path, declared_encoding: str | None = None) -> str:
    """Bytes to text with newlines normalised to "\\n".

    Order matters: a BOM is certain; strict UTF-8 almost never succeeds on text that is not UTF-8; an
    encoding the file declares (HTML) comes next; then cp1252, the usual Danish Windows encoding (it also
    decodes latin-1's æøå identically). charset-normalizer only gets the rare rest, because on short
    Danish texts it guesses wrongly.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_or_fail(data[len(codecs.BOM_UTF8):], "utf-8", path)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_or_fail(data, "utf-16", path)
    elif b"\x00" in data:
        raise LoadError(str(path), "is a binary file, not text; check that it has the right file extension")
    else:
        text = _decode_without_bom(data, path, declared_encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_or_fail(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            str(path), f"starts with a {encoding} byte-order mark but is not valid {encoding} ({error.reason} "
            f"at byte {error.start}); save it again as UTF-8"
        ) from None


def _decode_without_bom(data: bytes, path: Path, declared_encoding: str | None) -> str:
    candidates = ["utf-8"]
    if declared_encoding:
        candidates.append(declared_encoding)
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):  # LookupError: a declared encoding Python does not know
            continue
    best = from_bytes(data).best()
    if best is None:
        raise LoadError(str(path), "is not text in any encoding that could be recognised; save it as UTF-8")
    return str(best)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Split a leading "---" ... "---" YAML block (the front matter) from the text: (yaml or None, body)."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    return match.group("yaml"), text[match.end():]


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Markdown body to plain paragraphs; returns (text, the first "# heading" as a title hint).

    Headings become paragraphs of their own (the cleaning step recognises them later), emphasis markers
    and link syntax go, and pipe tables become the shared table convention: one row a line, cells
    joined by two spaces.
    """
    title: str | None = None
    lines: list[str] = []
    for line in markdown.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            text = _inline_to_text(heading.group("text"))
            if title is None and len(heading.group("hashes")) == 1:
                title = text
            lines.extend(["", text, ""])
        elif _TABLE_ROW.match(line):
            cells = line.strip().strip("|").split("|")
            if not all(_TABLE_SEPARATOR_CELL.fullmatch(cell) for cell in cells):  # skip the |---|---| row
                lines.append("  ".join(_inline_to_text(cell.strip()) for cell in cells))
        elif _HORIZONTAL_RULE.match(line):
            lines.append("")
        else:
            lines.append(_inline_to_text(line))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, title


def _inline_to_text(line: str) -> str:
    return _BOLD.sub(r"\2", _LINK.sub(r"\1", line))


def extract(path: Path) -> Extracted:
    text = decode_text(path.read_bytes(), path)
    _, body = split_front_matter(text)
    title = None
    if path.suffix.lower() == ".md":
        body, title = markdown_to_text(body)
    return Extracted(pages=[Page(number=None, text=body)], title_hint=title)
