"""Plain text and Markdown: decode the bytes (Danish files often arrive as cp1252), drop YAML or TOML front matter,
and turn Markdown syntax into the plain paragraph convention every loader produces."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes
from markdown_it import MarkdownIt

from ingest.documents import LoadError, Page
from ingest.loaders.extracted import Extracted
from ingest.loaders.grid_tables import rows_of_typed_tables

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)
# Hugo's TOML front matter: "+++" / title = "..." / date = 2026-01-12 / "+++".
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(?P<toml>.*?)^\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)
_MARKDOWN = MarkdownIt("commonmark").enable("table")
# "##Højdepunkter": a heading to its writer, a paragraph to CommonMark. Only short lines, so a "#eksport"
# hashtag in running text stays text.
# Kramdown's, Pandoc's and Hugo's heading ids and classes ("## Spilinkubatoren {#inkubator}") are markup, not words.
_HEADING_ATTRIBUTES = re.compile(r"\s*\{\s*[#.][^{}]*\}\s*$")
_HEADING_WITHOUT_SPACE = re.compile(r"^( {0,3}#{1,6})(?=[^#\s][^\n]{0,80}$)", re.MULTILINE)
_HTML_TAG = re.compile(r"<[^>]+>")


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


def split_front_matter(text: str) -> tuple[tuple[str, str] | None, str]:
    """Split a leading "---" ... "---" YAML block or "+++" ... "+++" TOML block (the front matter) from the text:
    ((its syntax, "yaml" or "toml", and its text) or None, body)."""
    for syntax, pattern in (("yaml", _FRONT_MATTER), ("toml", _TOML_FRONT_MATTER)):
        match = pattern.match(text)
        if match is not None:
            return (syntax, match.group(syntax)), text[match.end():]
    return None, text


def markdown_to_text(markdown: str) -> Extracted:
    """Markdown body to plain paragraphs, read by a CommonMark parser (markdown-it-py), with the first "# heading"
    as the title hint and every heading with its level.

    Headings become paragraphs of their own (and are named in `headings`), list items start
    with "- " (as the HTML loader writes them), emphasis and link syntax go, and tables become the shared
    table convention: one row a line, cells joined by two spaces. Headings written without a space
    ("##Højdepunkter"), common in the wild, are read as headings too.
    """
    tokens = _MARKDOWN.parse(_HEADING_WITHOUT_SPACE.sub(r"\1 ", markdown))
    title: str | None = None
    headings: dict[str, int] = {}
    paragraphs: list[str] = []
    rows: list[str] | None = None  # the open table's rows: one paragraph, a row a line
    cells: list[str] | None = None
    items: list[str] | None = None  # the open list's items (nested lists run on): one paragraph, an item a line
    depth = 0
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            text = _HEADING_ATTRIBUTES.sub("", _inline_text(tokens[index + 1]))
            if title is None and token.tag == "h1":
                title = text
            headings.setdefault(text, int(token.tag[1]))
            paragraphs.append(text)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
            items = [] if items is None else items
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0 and items is not None:
                paragraphs.append("\n".join(items))
                items = None
        elif kind == "table_open":
            rows = []
        elif kind == "table_close" and rows is not None:
            paragraphs.append("\n".join(rows))
            rows = None
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close" and rows is not None and cells is not None:
            rows.append("  ".join(cells))
            cells = None
        elif kind == "inline" and cells is not None:
            cells.append(_inline_text(token))
        elif kind == "inline" and tokens[index - 1].type == "paragraph_open":
            text = _inline_text(token)
            if items is not None:
                # An item's first paragraph carries its marker; a later one continues the same item.
                opening = tokens[index - 2]
                starts_item = opening.type == "list_item_open"
                if starts_item or not items:
                    # An ordered item keeps its number: "1. runde: 28. april" says which round.
                    number = f"{opening.info}. " if starts_item and opening.info else ""
                    items.append(f"- {number}{text}")
                else:
                    items[-1] += f" {text}"
            else:
                paragraphs.append(text)
        elif kind in ("fence", "code_block"):
            paragraphs.append(token.content.strip("\n"))
        elif kind == "html_block":
            text = " ".join(_HTML_TAG.sub(" ", token.content).split())
            if text:
                paragraphs.append(text)
    text = "\n\n".join(p for p in paragraphs if p.strip())
    return Extracted(pages=[Page(number=None, text=text)], title_hint=title, headings=headings)


def _inline_text(token) -> str:
    """An inline token's text without markup: emphasis and link syntax go, an image leaves its alt text."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline":
            continue
    return " ".join("".join(parts).split())


# A heading is short and ends without a full stop; "Side 1 af 4" is a page number.
_MAX_HEADING_WORDS = 12
_PAGE_NUMBER = re.compile(r"^(?:side|page)\s+\d+", re.I)


def first_line_heading(body: str) -> str | None:
    """The first line of a plain-text file when it reads as a heading ("HOLMBY SVØMMEHAL"), or None."""
    line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    words = line.split()
    if not words or len(words) > _MAX_HEADING_WORDS or line.endswith((".", ",", ":", ";")) or _PAGE_NUMBER.match(line):
        return None
    return line if re.search(r"[^\W\d_]{3}", line) else None


def extract(path: Path) -> Extracted:
    text = decode_text(path.read_bytes(), path)
    _, body = split_front_matter(text)
    if path.suffix.lower() == ".md":
        return markdown_to_text(body)
    return Extracted(pages=[Page(number=None, text=rows_of_typed_tables(body))], heading_hint=first_line_heading(body))
