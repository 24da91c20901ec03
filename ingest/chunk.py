"""Cut a loaded document into chunks for retrieval.

Blocks of one section are packed in order into chunks of at most `chunk_size` characters, never more; a
chunk never spans two sections, so its section path describes all of it. A table longer than `chunk_size`
is cut between rows, each part with the header row; a paragraph longer than `chunk_size` is cut between
sentences, consecutive pieces sharing `overlap_sentences` sentences, and a sentence longer than that
between words. Every step takes time linear in the text's length. A list stays with the sentence that introduces it: the
lead-in is not left at the end of a chunk without its first item, and a chunk that starts in the middle
of a list repeats it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.chunk import Chunk
from app.core.sentences import split_sentences
from ingest.clean import CELL_GAP, clean_document
from ingest.documents import Block, LoadedDocument
from ingest.structure import to_blocks


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class _Piece:
    """A unit the packer places whole: a block, or one sentence window of an oversize paragraph."""

    text: str
    section: str
    page: int | None
    kind: str
    separator: str = "\n\n"  # between this piece and the one before it in the same chunk
    lead_in: str = ""  # for list items: the sentence introducing the list
    keep_with_next: bool = False  # a list's lead-in or a table's introduction
    window: bool = False  # part of an oversize paragraph: a chunk of its own, because windows overlap


def chunk_document(doc: LoadedDocument, chunk_size: int = 900, overlap_sentences: int = 1) -> list[Chunk]:
    """Clean, find the structure and chunk `doc`; chunks are numbered 0..n-1 in reading order."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive number of characters, got {chunk_size}")
    if overlap_sentences < 0:
        raise ValueError(f"overlap_sentences must be 0 or more, got {overlap_sentences}")
    blocks = to_blocks(clean_document(doc.pages), doc.metadata.title, doc.headings)
    pieces = _pieces(blocks, chunk_size, overlap_sentences)
    return [
        Chunk(
            text=_text(group),
            source=doc.source,
            title=doc.metadata.title,
            year=doc.metadata.year,
            section=group[0].section,
            page=next((piece.page for piece in group if piece.kind != "lead-in"), group[0].page),
            ordinal=ordinal,
            metadata={"kind": _kind(group)},
        )
        for ordinal, group in enumerate(_pack(pieces, chunk_size))
    ]


def _pieces(blocks: list[Block], chunk_size: int, overlap: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    lead_in = ""  # the sentence introducing the list being read
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) and blocks[i + 1].section == block.section else None
        previous = pieces[-1] if pieces and pieces[-1].section == block.section else None
        if block.kind == "list":
            in_list = previous is not None and (previous.kind == "list" or previous.keep_with_next)
            lead_in = lead_in if in_list else ""
            new = _split(block, chunk_size, overlap)
            new[0].separator = "\n" if in_list else "\n\n"
            for piece in new:
                piece.lead_in = lead_in
            pieces.extend(new)
            continue
        lead_in = ""
        if block.kind == "table":
            if len(block.text) <= chunk_size:
                pieces.append(_Piece(block.text, block.section, block.page, "table"))
            else:
                pieces.extend(_split_table(block, chunk_size))
            continue
        new = _split(block, chunk_size, overlap)
        if following is not None and following.kind == "list" and block.text.endswith(":"):
            new[-1].keep_with_next = True
            lead_in = split_sentences(block.text)[-1]
        elif following is not None and (following.kind == "table" or block.text.rstrip().endswith("?")):
            new[-1].keep_with_next = True  # a table's introduction; an FAQ's question, whose answer follows
        pieces.extend(new)
    return pieces


def _split(block: Block, chunk_size: int, overlap: int) -> list[_Piece]:
    """The block as one piece, or, if longer than chunk_size, as overlapping windows of whole sentences.
    Lengths are summed as the window grows, so a long block costs linear time."""
    if len(block.text) <= chunk_size:
        return [_Piece(block.text, block.section, block.page, block.kind)]
    sentences = [part for sentence in split_sentences(block.text) for part in _cut(sentence, chunk_size)]
    lengths = [len(sentence) for sentence in sentences]
    windows: list[list[str]] = []
    start = 0
    while start < len(sentences):
        end, size = start + 1, lengths[start]
        while end < len(sentences) and size + 1 + lengths[end] <= chunk_size:
            size += 1 + lengths[end]
            end += 1
        windows.append(sentences[start:end])
        if end == len(sentences):
            break
        # Step back `overlap` sentences, but only as far as still leaves room for the next sentence.
        start = max(end - overlap, start + 1)
        size = sum(lengths[start:end]) + (end - start - 1)
        while start < end and size + 1 + lengths[end] > chunk_size:
            size -= lengths[start] + 1
            start += 1
    return [_Piece(" ".join(window), block.section, block.page, block.kind, window=True) for window in windows]


def _split_table(block: Block, chunk_size: int) -> list[_Piece]:
    """A table longer than chunk_size as runs of whole rows, each run repeating the header when it fits, so every
    part still says what its columns are. The header is the lines over the first row: captions ("FORÅR 2026") and
    the line naming the columns. A caption inside the table starts a group with a header of its own ("EFTERÅR 2026"
    over "Dato  Tid  Arrangement  Pris"), which the parts after it repeat."""
    lines = block.text.split("\n")
    first_named = next((i for i, line in enumerate(lines) if _names_columns(line)), 0)
    header, rows = lines[:first_named + 1], lines[first_named + 1:]
    parts: list[list[str]] = []
    new_header: list[str] = []
    for row in (piece for line in rows for piece in _cut(line, chunk_size)):
        if new_header and _names_columns(row):
            header, new_header = new_header + [row], []  # the group's line naming the columns
        elif len(CELL_GAP.split(row.strip())) < 2:
            new_header.append(row)  # a caption, or a label of the rows under it ("Medlemmer og netværk")
        else:
            new_header = []
        if parts and len("\n".join(parts[-1] + [row])) <= chunk_size:
            parts[-1].append(row)
        else:
            lead = header if row not in header else header[:header.index(row)]
            parts.append([*lead, row] if len("\n".join([*lead, row])) <= chunk_size else [row])
    return [_Piece("\n".join(part), block.section, block.page, "table", window=True) for part in parts]


def _names_columns(line: str) -> bool:
    """A line of two cells or more with no figure but years: "Dato  Tid  Arrangement  Pris", "Nøgletal  2024  2025"."""
    cells = CELL_GAP.split(line.strip())
    return len(cells) >= 2 and not any(_DIGIT.search(cell) and not _YEAR.fullmatch(cell) for cell in cells)


def _cut(text: str, chunk_size: int) -> list[str]:
    """A sentence longer than chunk_size (text without full stops, one giant line) cut between words, and a
    word longer than that between characters: no chunk ever exceeds chunk_size."""
    if len(text) <= chunk_size:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = -1
    for word in text.split():
        for part in (word[i:i + chunk_size] for i in range(0, len(word), chunk_size)):
            if current and size + 1 + len(part) > chunk_size:
                pieces.append(" ".join(current))
                current, size = [], -1
            current.append(part)
            size += 1 + len(part)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _pack(pieces: list[_Piece], chunk_size: int) -> list[list[_Piece]]:
    groups: list[list[_Piece]] = []
    current: list[_Piece] = []
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if current and not _fits_after(current, piece, chunk_size):
            groups.append(current)
            current = []
        elif current and piece.keep_with_next and following and following.section == piece.section:
            # Start a fresh chunk rather than leave a lead-in or a table's introduction at the end of one.
            together_later = _fits_after([piece], following, chunk_size)
            if together_later and not _fits_after(current + [piece], following, chunk_size):
                groups.append(current)
                current = []
        if not current and piece.lead_in:
            lead_in = _Piece(piece.lead_in, piece.section, piece.page, "lead-in")
            if len(_text([lead_in, piece])) <= chunk_size:
                current.append(lead_in)
        current.append(piece)
    if current:
        groups.append(current)
    return groups


def _fits_after(current: list[_Piece], piece: _Piece, chunk_size: int) -> bool:
    last = current[-1]
    return (
        piece.section == last.section
        and not (piece.window or last.window)
        and len(_text(current + [piece])) <= chunk_size
    )


def _text(group: list[_Piece]) -> str:
    return group[0].text + "".join(piece.separator + piece.text for piece in group[1:])


def _kind(group: list[_Piece]) -> str:
    """The chunk's kind for filtering and display: "paragraph", "list", "table", or "mixed"."""
    kinds = {piece.kind for piece in group} - {"lead-in"}
    return kinds.pop() if len(kinds) == 1 else "mixed"
