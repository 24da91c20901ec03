"""Clean extracted text into paragraphs, table rows and list items.

PDF text arrives as lines broken wherever the page was full, sometimes with a blank line after every line
(the seed document), sometimes with none at all (pypdf); page numbers, running headers and lost bullet
glyphs come with it. Loader text (DOCX, HTML, Markdown) is already one paragraph per block. Cleaning
turns both into one convention: paragraphs separated by a blank line, a table's rows on consecutive lines
with cells separated by two spaces, list items as consecutive lines starting with "- ". Figures and Danish
letters are never touched.

How a line break is judged: the document's own layout is measured first (`_Layout`): whether its lines
are wrapped mid-sentence at all, how many blank lines a wrap leaves, and how long a full line is. A line
continues the previous one if it starts in lower case, or, in wrapped text, if the previous line could
not have ended there (no final punctuation and either full, or ending in a word like "i" or "og").
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from app.core.contact_details import PHONE
from app.core.datelines import ENTRY_DATE
from app.core.sentences import never_ends_sentence
from app.core.words import CONTINUATION_WORDS, SUSPENSION_WORDS
from ingest.documents import Page

_CHARACTERS = str.maketrans(
    {
        "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\t": "  ", "\f": "\n", "\v": "\n",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
        "”": '"', "“": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'",
        "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl",
    }
)
# Bullet glyphs at the start of a line, including the private-use characters Word's Symbol and Wingdings
# bullets become in PDF text (U+F0B7 and friends), and the control characters some PDF writers' bullets extract
# as (DEL, U+007F, from ReportLab's; U+0095, Windows-1252's bullet). "*" only when followed by a space (Markdown).
_BULLET = re.compile(r"^[ \t]*(?:[•▪▫●◦■□‣⁃∙➢➤►▸◆♦✓✔·\x7f\x95\ue000-\uf8ff][ \t]*|\*[ \t]+)")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_DASH_ITEM = re.compile(r"^[-–][ \t]+(?=\S)")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—][ \t]*)?\d{1,3}(?:[ \t]*[-–—])?$"  # "4", "- 4 -"
    r"|^(?:side|page)[ \t]+\d{1,4}(?:[ \t]*(?:af|of|/)[ \t]*\d{1,4})?$",  # "Side 4 af 10"
    re.IGNORECASE,
)
# A drawn rule ("-----", "=====", "* * *") separates entries, as a blank line does; it is no text to join.
# "-----", "----+-----+----", and a pipe table's "|-------|:-----|" between its header and rows or groups.
_RULE_LINE = re.compile(r"^[ \t]*(?:[-=_*~–—]|[|+][ \t]*[-=_*~–—:])[-=_*~–—:+| \t]{2,}$")
MIN_PIPES = 2  # "A | B" is a title and its site; "1 | Kursus | 3.200 kr." a row
_ADDRESS_LINE = re.compile(r"^\s*(?:[\w.+-]+@[\w-]+\.|www\.|https?://)")
_BARE_NUMBER = re.compile(r"^[\d.,%\s]+$")
_NUMBERED_HEADING = re.compile(r"^(?:§[ \t]*)?\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÆØÅ]")
CELL_GAP = re.compile(r"[ \t]{2,}")  # the cells of the table rows cleaning writes are parted by two spaces or more
_DIGIT = re.compile(r"\d")
_NUMERIC_CELL = re.compile(  # a figure, or a dash for none
    r"^[-–+(]?\d[\d.,\s]*\)?\s*(?:%|‰|kr\.?|mio\.?(?: kr\.?)?|mia\.?(?: kr\.?)?|t\.?\s*kr\.?)?$|^[-–]$", re.IGNORECASE
)
# The numbers at the end of a table row whose column gaps pypdf reduced to single spaces:
# "Region Midtjylland 208 288", "2008 2009", "Andel 38,5 % 17,4 %".
_NUMERIC_TAIL = re.compile(r"(?:^|\s)((?:[-–+]?\d[\d.,]*(?: ?%)?)(?:\s[-–+]?\d[\d.,]*(?: ?%)?)+)$")
# A sentence's word before the figures it gives ("kontakt Karen på 75 81 40 02"), which a row's label does not end in.
_BEFORE_A_FIGURE = re.compile(r"\b(?:på|til|af|om|fra|med|er|var|blev|on|at|to|is|was|of)\s*$", re.I)
_NUMBER_TOKEN = re.compile(r"[-–+]?\d[\d.,]*(?: ?%)?")
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
_WORD = re.compile(r"\w+(?:-\w+)*")
# A cell ending in an abbreviation ends no sentence: "Kursus til 40.000 kr. giver 30.000 kr."
RUNNING_DEPTH = 4  # a letterhead of three lines and the page number
_CHAPTER_LINE = 60  # a running header's chapter line is short
NARROW_WRAP = 0.75  # a wrap this much shorter than the typical one is a table cell's, not a full line's
MIN_WEAK_ROWS = 3  # two-cell text rows that make a table in wrapped text
_ABBREVIATION_END = re.compile(r"\b(?:kr|mio|mia|pct|ca|nr|stk|inkl|ekskl|excl|incl|maks|min|mv|osv|etc|p\.a|p\.t|m\.v|bl\.a|f\.eks|"
                               r"tlf|tel|adr|att|evt|vedr|gns|medl|afd|dir|pr|jf|iflg)\.$", re.I)  # "Direkte tlf." heads a column
_CLOSING = ".,;:!?)]"

@dataclass
class _Line:
    raw: str  # stripped, inner whitespace as extracted (table cells need it)
    gap: int  # blank lines between this line and the previous one
    indented: bool  # started with whitespace: a lost bullet glyph, or a page start in the seed's PDF text
    bullet: bool = False  # started with a bullet glyph, now removed from `raw`
    deep: bool = False  # started with two spaces or more, or a tab: a detail line of a card (_under_a_name)
    indent: int = 0  # the whitespace it started with: the column a wrapped cell continues in (_wrapped_cells)

    @property
    def text(self) -> str:
        return " ".join(self.raw.split())


@dataclass(frozen=True)
class _Layout:
    wrapped: bool = False  # lines are broken mid-sentence (PDF text), not one paragraph per line
    soft_gap: int = 0  # most blank lines a wrapped line break leaves; more is a paragraph break
    width: float = 0.0  # characters in a full line plus the word that did not fit on it


@dataclass
class _Unit:
    kind: str  # "paragraph" | "item" | "table" | "card" (a person's labelled fields)
    head: _Line  # the first source line
    text: str = ""  # paragraph or item text
    tail: str = ""  # the last source line of the text, for the full-line test
    lost_bullet: bool = False  # a list item recognised by its indentation, its glyph lost in extraction
    rows: list[str] | None = None  # table rows, cells joined by two spaces


def clean_text(text: str) -> str:
    """Clean one text (see the module docstring). Paragraphs are separated by "\\n\\n"; table rows and
    list items ("- ...") are on consecutive lines of one block."""
    return clean_document([Page(None, text)])[0].text


def clean_document(pages: list[Page]) -> list[Page]:
    """Clean every page of a document. Works across pages: the layout is measured on the whole document,
    and header and footer lines repeated on many pages are dropped."""
    parsed = [_parse_lines(_normalise_characters(page.text)) for page in pages]
    parsed = _drop_running_lines(parsed)
    layout = _measure_layout(parsed)
    vocabulary = {word.lower() for lines in parsed for line in lines for word in _WORD.findall(line.raw)}
    units = [_build_units(lines, layout, vocabulary) for lines in parsed]
    _join_across_pages(units, layout, vocabulary)
    return [Page(page.number, _render(page_units)) for page, page_units in zip(pages, units)]


def is_table_text(text: str) -> bool:
    """Whether a cleaned block is a table: several lines, each with cells separated by two spaces, or a group's
    label between them."""
    lines = [line.strip() for line in text.split("\n")]
    gapped = [bool(CELL_GAP.search(line)) for line in lines]
    return len(lines) >= 2 and gapped[0] and gapped[-1] and all(
        has_gap or (gapped[i + 1] and _labels_a_group(line)) for i, (line, has_gap) in enumerate(zip(lines, gapped)))


# A dot leader between a label and its value ("Voksen ........ 60 kr.", a price list or a table of contents),
# or a lone dot filling the gap ("(kun øboere) . 750 kr."): a cell gap. An ellipsis ("..." after a word) is not.
_DOT_LEADER = re.compile(r"[ \t]*(?:\.[ \t]*){4,}(?=\S)|(?<=\S)[ \t]+\.[ \t]+(?=\d)|[ \t]*…{2,}[ \t]*(?=\S)")


def _normalise_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHARACTERS)
    return _DOT_LEADER.sub("  ", text)


def _parse_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    gap = 0
    glyph = False  # a bullet's glyph on a line of its own: the item's text is on the next line
    for raw in text.split("\n"):
        bullet = _BULLET.match(raw)
        stripped = _PRIVATE_USE.sub("", raw[bullet.end():] if bullet else raw).strip()
        if not stripped or _RULE_LINE.match(raw):
            glyph = bool(bullet) and not stripped
            gap += 0 if glyph else 1
            continue
        lines.append(_Line(stripped, gap, indented=raw[:1] in " \t", bullet=bool(bullet) or glyph,
                           deep=raw[:2] == "  " or raw[:1] == "\t", indent=len(raw) - len(raw.lstrip())))
        gap, glyph = 0, False
    return _drop_page_numbers(lines)


def _drop_page_numbers(lines: list[_Line]) -> list[_Line]:
    """Drop "4", "- 4 -", "Side 4 af 10" lines, but not a number next to other bare numbers (a table
    column extracted one cell per line)."""
    kept: list[_Line] = []
    pending_gap = 0
    for i, line in enumerate(lines):
        neighbours = lines[max(i - 1, 0):i] + lines[i + 1:i + 2]
        in_column = any(_BARE_NUMBER.match(other.raw) for other in neighbours)
        if _PAGE_NUMBER.match(line.raw) and not (line.raw[0].isdigit() and in_column):
            pending_gap += line.gap + 1
            continue
        line.gap += pending_gap
        pending_gap = 0
        kept.append(line)
    return kept


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop header and footer lines: among the first and last lines of each page, those that recur (digits
    ignored, so "Side 3" matches "Side 4") on at least half the pages, and on three or more. A letterhead of
    several lines is dropped whole, on every page of a two-page document too."""
    if len(pages) < 2:
        return pages

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    def edges(lines: list[_Line]) -> list[int]:
        depth = min(RUNNING_DEPTH, len(lines) // 2)
        return [*range(depth), *range(len(lines) - depth, len(lines))]

    counts = Counter(key_ for lines in pages for key_ in {key(lines[i]) for i in edges(lines)})
    running = {key_ for key_, count in counts.items() if count >= max(2 if len(pages) == 2 else 3, len(pages) / 2)}

    def furniture(lines: list[_Line]) -> set[int]:
        # The first two lines and the last two, as they recur; deeper lines only below (or above) recurring ones.
        # A short line between recurring ones is the running header's part that changes from page to page: the
        # chapter ("Forord · Året i tal" between "Byggeklynge Vestjylland · Årsrapport 2025" and the address).
        dropped: set[int] = set()
        for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
            edge = list(order)[:min(RUNNING_DEPTH, len(lines) // 2)]
            between: list[int] = []
            for depth, i in enumerate(edge):
                if key(lines[i]) in running:
                    dropped.update([*between, i])
                    between = []
                elif depth >= 1 and not between and len(lines[i].text) <= _CHAPTER_LINE and i != edge[-1]:
                    between = [i]
                elif depth >= 1:
                    break
        return dropped

    return [[line for i, line in enumerate(lines) if i not in furniture(lines)] for lines in pages]


def _measure_layout(pages: list[list[_Line]]) -> _Layout:
    """Measure the layout from the line breaks that are certainly wraps: a line without final
    punctuation followed by one starting in lower case. Clean loader text has almost none."""
    pairs = [(a, b) for lines in pages for a, b in zip(lines, lines[1:])]
    # An e-mail or web address under a phone number starts in lower case without continuing anything.
    # Nor does the next item of a list ("have mellem 10 og 249 ansatte," / "• have været registreret ...").
    wraps = [(a, b) for a, b in pairs if b.raw[0].islower() and not _closed(a.text) and not _row_kind(a.raw)
             and not _ADDRESS_LINE.match(b.raw) and not b.bullet]
    # Loader text separates paragraphs by blank lines; text with none at all is a PDF's lines, and a short
    # report may wrap only a few of them.
    no_blank_lines = all(b.gap == 0 for _, b in pairs)
    if len(wraps) < 3 or (len(wraps) < 0.15 * len(pairs) and not no_blank_lines):
        return _Layout()
    soft_gap = 1 if statistics.median(b.gap for _, b in wraps) >= 1 else 0
    # A wrap happens when the next word does not fit; the shortest such line-plus-word (5th percentile,
    # to ignore stray cases) is the width of a full line, in characters of a proportional font.
    lengths = [len(a.text) + 1 + len(b.text.split()[0]) for a, b in wraps]
    # A wrap in a narrow table cell ("Ekstern konsulent til opbygning af ledelsessystem,") is no full line of the page.
    typical = statistics.median(lengths)
    lengths = [length for length in lengths if length >= NARROW_WRAP * typical]
    width = statistics.quantiles(lengths, n=20)[0] if len(lengths) >= 2 else typical
    return _Layout(wrapped=True, soft_gap=soft_gap, width=width)


def _closed(text: str) -> bool:
    """Whether a line ends with sentence punctuation (or a colon); "f.eks." and "jf." do not count."""
    text = text.rstrip("\"')]»")
    if not text or text[-1] not in ".!?:;":
        return False
    return not (text[-1] == "." and never_ends_sentence(text.split()[-1]))


def _cells(raw: str) -> list[str]:
    """A line's table cells: split at gaps of two spaces or more, or, for a line without such gaps, its
    label and the two or more numbers it ends with."""
    raw = raw.strip()
    if raw.count("|") >= MIN_PIPES:  # a plain-text table drawn with pipes: "1  | Introduktion til cobots |  2  | ..."
        cells = [" ".join(cell.split()) for cell in raw.strip("|").split("|")]
        if cells[0] and not any(cells[1:]):
            return cells[:1]  # "| GRØN OMSTILLING |  |  |": the label of the group of rows under it
        return [cell or "–" for cell in cells]
    if CELL_GAP.search(raw):
        return CELL_GAP.split(raw)
    tail = _NUMERIC_TAIL.search(raw)
    if tail is None or len(raw) > 80 or raw[:tail.start(1)].rstrip()[-1:] in tuple(".,;:!?") \
            or PHONE.fullmatch(tail.group(1).rstrip(".")) or _BEFORE_A_FIGURE.search(raw[:tail.start(1)]):
        return [raw]  # "så kontakt Karen Bjerre på 75 81 40 02.": a sentence giving a number, not a row of four
    label = raw[:tail.start(1)].strip()
    return ([label] if label else []) + _NUMBER_TOKEN.findall(tail.group(1))


def _row_kind(raw: str) -> str | None:
    """"strong" for a line that is surely a table row (a numeric cell, or three cells or more), "weak"
    for two short text cells, None for prose."""
    cells = _cells(raw)
    if len(cells) < 2:
        return None
    single_words = all(" " not in cell for cell in cells)
    if len(cells) >= 4 and single_words and sum(cell[0].islower() for cell in cells) * 2 >= len(cells):
        return None  # justified prose: every word gap widened ("Da  det  danske  hjemmemarked")
    # A cell of a whole sentence is prose; but a cell wrapped from a narrow column may run long in a row of three
    # cells or more with a figure ("Bøjningsprøvebænk til bjælker op til 6 m (træ, limtræ, CLT og genbrugt
    # konstruktionstræ)  hel dag  3.900 kr.  6.500 kr.").
    long_cells = len(cells) >= 3 and any(_NUMERIC_CELL.match(cell) for cell in cells)
    if any(len(cell) > (_LONG_CELL if long_cells else 80) or (len(cell.split()) > 10 and not long_cells) for cell in cells):
        return None
    # Cells split at wide gaps may be two sentences ("ca. 10 %.  Dette sandsynliggør"); cells drawn between pipes
    # are cells, "Administrativ medarb." too. (A "?" heads a column.)
    drawn = raw.count("|") >= MIN_PIPES
    if not drawn and any(cell[-1] in ".!" and not _NUMERIC_CELL.match(cell) and not _ABBREVIATION_END.search(cell)
                         for cell in cells):
        return None
    if len(cells) == 2 and _SECTION_NUMBER.match(cells[0]) and not _NUMERIC_CELL.match(cells[1]):
        return None  # "1.1  Den internationale platform": a numbered heading
    if len(cells) >= 3 or any(_NUMERIC_CELL.match(cell) for cell in cells):
        return "strong"
    return "weak"


_MAX_GROUP_LABEL_WORDS = 6
_LONG_CELL = 160  # characters of a wrapped cell in a row of figures


def _labels_a_group(raw: str) -> bool:
    """A short line without a sentence's end, such as a table's row of one cell naming the group of rows under
    it."""
    text = raw.strip()
    return 0 < len(text.split()) <= _MAX_GROUP_LABEL_WORDS and text[-1] not in ".:;,!?" and text[0].isupper()


def _wrapped_cells(lines: list[_Line]) -> dict[int, int]:
    """The lines continuing a cell of the row of three cells or more above them, by the index of that cell: in a
    fixed-width staff list under a line naming its columns, "Mette Kjærgaard     Projekt- og fondskonsulent     62 23
    41 13    mkj@..." over "                    Fondsansøgninger, EU-projekter." and "                    *** På
    barselsorlov til 1. august 2026. ***", indented to the second column. Not a calendar's entry lines under its date
    line, which name no columns. And a key figure's label wrapped under its row of figures: "Gennemsnitligt tilskud
    pr.   67.605 kr. ..." over "  voucher"."""
    wrapped: dict[int, int] = {}
    row = None  # the row the lines so far continue
    labelled_row = None  # a row of figures under its label, whose label may go on below it ("  voucher")
    named = False  # a line naming the columns ("Navn  Stilling  Telefon  E-mail") heads the rows: not a calendar's
    for i, line in enumerate(lines):
        if row is not None and line.deep and line.gap == 0 and not CELL_GAP.search(line.raw):
            starts = [0] + [gap.end() for gap in CELL_GAP.finditer(lines[row].raw)]
            column = max((k for k, start in enumerate(starts) if start <= line.indent + _COLUMN_SLACK), default=0)
            if column > 0:
                wrapped[i] = column
                continue
        if labelled_row is not None and line.deep and line.gap == 0 and not CELL_GAP.search(line.raw) \
                and not _DIGIT.search(line.raw) and len(line.text.split()) <= _MAX_GROUP_LABEL_WORDS:
            wrapped[i] = 0  # "Gennemsnitligt tilskud pr.  67.605 kr.  68.219 kr." over "  voucher": the label goes on
            continue
        cells = _cells(line.raw)
        labelled_row = i if not line.indented and len(cells) >= 3 and not _DIGIT.search(cells[0]) \
            and all(_NUMERIC_CELL.match(cell) for cell in cells[1:]) else None
        strong = not line.indented and _row_kind(line.raw) == "strong" and len(cells) >= 3
        # The line naming the columns has no figures; under it, a row may have none either ("Jonas  Konsulent  jfj@...").
        if strong and not named and not any(_DIGIT.search(cell) for cell in cells):
            named, row = True, None
            continue
        # ... and the rows of its other groups under their short labels ("Blå Kyst Testhavn, Vestre Havnevej 9").
        named = named and (strong or _row_kind(line.raw) is not None or (len(line.text) <= _SHORT_LABEL and not _closed(line.text)))
        row = i if strong and named else None
    return wrapped


_COLUMN_SLACK = 2  # a wrapped cell's text may start a little left of its column
_SHORT_LABEL = 80


def _table_rows(lines: list[_Line], layout: _Layout, wrapped: dict[int, int] | None = None) -> set[int]:
    """Indices of table rows: runs of two or more consecutive row-like lines with at least one sure row
    (in clean loader text, also runs of two-cell text rows; in wrapped text, runs of three: "Rente  Fast rente på
    4,25 % p.a." over "Løbetid  Op til 7 år", a two-column table of terms). A wrapped cell's lines (`wrapped`) run
    on with their row."""
    kinds = [_row_kind(line.raw) if i not in (wrapped or {}) else "wrap" for i, line in enumerate(lines)]
    for i in range(1, len(lines)):
        if kinds[i] is None and kinds[i - 1] and i + 1 < len(lines) and kinds[i + 1] and len(cells := _cells(lines[i].raw)) == 1 \
                and _labels_a_group(cells[0]) \
                and len(_cells(lines[i - 1].raw)) == len(_cells(lines[i + 1].raw)) >= 3:
            kinds[i] = "label"  # "Leverandørprogrammet" over its rows, inside a table of key figures
        elif kinds[i] is None and _long_term(lines, kinds, i):
            kinds[i] = "weak"
    rows: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and kinds[end]:
            end += 1
        run = kinds[start:end]
        if len(run) >= 2 and ("strong" in run or not layout.wrapped) or len(run) >= MIN_WEAK_ROWS:
            rows.update(range(start, end))
        start = end + 1
    return rows


_TERM_WORDS = 3


def _long_term(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """A two-column table's term whose value runs to a dozen words ("Geografi  Adresse i Billund, Fredericia, ...
    eller Vejle Kommune"), between rows of two cells or after two of them: a row, though prose on its own. Not a
    sentence ("Bemærk  at lånet ... i løbetiden.")."""
    cells = _cells(lines[i].raw)
    if len(cells) != 2 or len(cells[0].split()) > _TERM_WORDS or _DIGIT.search(cells[0]) \
            or len(cells[1]) > _LONG_CELL or not (cells[1][0].isupper() or cells[1][0].isdigit()) \
            or cells[0][-1] in ".!?;," or cells[1][-1] in ".!":
        return False

    def two_cell_row(j: int) -> bool:
        return 0 <= j < len(lines) and bool(kinds[j]) and len(_cells(lines[j].raw)) == 2

    return two_cell_row(i - 1) and (two_cell_row(i + 1) or two_cell_row(i - 2))


MIN_CARD_FIELDS = 3
_FIELD_LINE = re.compile(r"([^\W\d_][^:]{0,30}:)[ \t]+(\S.*)")  # "Telefon:   54 73 21 25"
# A card starts with whose it is: "Navn:", "Name:"; not an office's "Hovednummer: ..." / "Adresse: ..." lines, nor a
# list of whom to contact about what ("All-Year Scheme: Mads Holm Sonne, ...").
_NAME_LABEL = re.compile(r"(?:navn|name|medarbejder|kontaktperson|contact\s+person)\s*:", re.I)
_CONTACT_VALUE = re.compile(rf"@|{PHONE.pattern}")


def _card_fields(lines: list[_Line], rows: set[int]) -> set[int]:
    """Indices of a staff card's labelled lines ("Navn:      Anja Mølgaard" / "Telefon:   54 73 21 25" / "E-mail: ..."):
    runs of labelled lines from a name's, one of them a phone number or an e-mail. They are one person's fields, not
    a table whose first row names the columns."""
    values = {i: field.group(2) for i, line in enumerate(lines) if (field := _FIELD_LINE.match(line.raw))}
    cards: set[int] = set()
    start = 0
    while start < len(lines):
        end = start + 1
        while start in values and end < len(lines) and (end in values or end not in rows and lines[end].deep) \
                and lines[end].gap == 0:
            end += 1
        run = [i for i in range(start, end) if i in values]
        if len(run) >= MIN_CARD_FIELDS and _NAME_LABEL.match(lines[run[0]].raw) \
                and any(_CONTACT_VALUE.search(values[i]) for i in run):
            cards.update(run)
        start = end
    return cards


def _build_units(lines: list[_Line], layout: _Layout, vocabulary: set[str]) -> list[_Unit]:
    wrapped = _wrapped_cells(lines)
    rows = _table_rows(lines, layout, wrapped)
    cards = _card_fields(lines, rows)
    units: list[_Unit] = []
    for i, line in enumerate(lines):
        previous = units[-1] if units else None
        if i in wrapped and i in rows and previous is not None and previous.kind == "table" and previous.rows:
            # The cell goes on: "Projekt- og fondskonsulent Fondsansøgninger, EU-projekter, ... *** På barselsorlov
            # til 1. august 2026 ... ***", the person's row whole.
            cells = previous.rows[-1].split("  ")
            column = min(wrapped[i], len(cells) - 1)
            cells[column] = _join(cells[column], line.text, vocabulary)
            previous.rows[-1] = "  ".join(cells)
            continue
        if i in cards:
            # One record of fields ("Navn: Anja Mølgaard, Funktion: Driftsleder, Kølehuset, Telefon: ..."), as a
            # calendar's row is: quoted whole, the person with how to reach them.
            label, value = _FIELD_LINE.match(line.raw).groups()
            field = f"{label} {' '.join(value.split())}"
            if previous is not None and previous.kind == "card" and line.gap == 0:
                previous.text = f"{previous.text}, {field}"
            else:
                units.append(_Unit("card", line, text=field))
            units[-1].tail = field
            continue
        if previous is not None and previous.kind == "card" and line.gap == 0 and line.deep and i not in rows:
            # A field's value wrapped onto a line indented under it: "Vagt:  Vagttelefon ... uden for åbningstid:" /
            # "       20 41 87 33 (hele døgnet)".
            previous.text = _join(previous.text, line.text, vocabulary)
            previous.tail = line.text
            continue
        dash = _DASH_ITEM.match(line.raw) is not None
        wrapped_dash = dash and _continues_with_dash(previous, line, layout)
        if i in rows:
            row = "  ".join(" ".join(cell.split()) for cell in _cells(line.raw))
            # After a blank line, a line naming columns of another width starts another table: "fredag  kl.
            # 9.00-12.00" of the phone hours is no row of the staff list below it.
            cells = _cells(line.raw)
            widths = len(cells), len(_cells(lines[i - 1].raw))
            another = line.gap > 0 and min(widths) >= 2 and widths[0] != widths[1] \
                and not any(_DIGIT.search(cell) for cell in cells)  # a line naming the new columns
            if previous and previous.kind == "table" and i - 1 in rows and not another:
                previous.rows.append(row)
            else:
                units.append(_Unit("table", line, rows=[row]))
        elif line.bullet:
            units.append(_Unit("item", line, text=line.text, tail=line.text))
        elif dash and not wrapped_dash:
            text = _DASH_ITEM.sub("", line.text)
            units.append(_Unit("item", line, text=text, tail=text))
        elif _is_lost_bullet(previous, line, layout):
            units.append(_Unit("item", line, text=line.text, tail=line.text, lost_bullet=True))
        elif previous and (_under_an_entry(previous, line) or _under_a_name(previous, line)):
            # The entry's lines, each its own sentence ("... offentligt udbud" / "Endagskursus ..."), but for one
            # a sentence wraps onto ("tildelings-" / "kriterier og øver os ...").
            wraps = line.text[0].islower() or _open_ended(previous.tail)
            previous.text = _join(previous.text, line.text, vocabulary) if wraps else f"{previous.text}\n{line.text}"
            previous.tail = line.text
        elif previous and previous.kind != "table" and (
                wrapped_dash or _continues(previous, line, layout, lines[i + 1] if i + 1 < len(lines) else None)):
            previous.text = _join(previous.text, line.text, vocabulary)
            previous.tail = line.text
        else:
            units.append(_Unit("paragraph", line, text=line.text, tail=line.text))
    return units


def _join_across_pages(pages: list[list[_Unit]], layout: _Layout, vocabulary: set[str]) -> None:
    """Move a paragraph or table that a page break cut in two back to the page where it starts."""
    last: _Unit | None = None
    for units in pages:
        first = units[0] if units else None
        if last and first and last.kind == first.kind == "table":
            last.rows.extend(first.rows)
            units.pop(0)
        elif last and first and last.kind != "table" and first.kind == "paragraph":
            head = _Line(first.head.raw, 0, first.head.indented)
            if _continues(last, head, layout):
                last.text = _join(last.text, first.text, vocabulary)
                last.tail = first.tail
                units.pop(0)
        if units:
            last = units[-1]


def _continues_with_dash(previous: _Unit | None, line: _Line, layout: _Layout) -> bool:
    """In wrapped text, a line starting "- i nogle tilfælde" right after an unfinished line of a paragraph
    is a dash that fell at the start of a line, not a list item."""
    if not (layout.wrapped and previous and previous.kind == "paragraph" and line.gap <= layout.soft_gap):
        return False
    return not _closed(previous.tail) and _DASH_ITEM.sub("", line.raw)[:1].islower()


def _under_an_entry(unit: _Unit, line: _Line) -> bool:
    """A line indented right under a calendar entry's date line (or the entry's next line) is the entry's:
    "11.02.26 kl. 9-15 Sådan byder du på et udbud" / "    Endagskursus med udbudsjurist Karen Wied." /
    "    1.200 kr. / 2.400 kr.". Apart, the short line would head the price as if it were a section."""
    return (unit.kind == "paragraph" and line.gap == 0 and line.indented and not unit.head.indented
            and ENTRY_DATE.match(unit.head.raw) is not None)


MAX_CARD_HEAD = 60  # "Sanne Østergaard", "Kontor, Holstebro": a card's first line is a name, not a sentence


def _under_a_name(unit: _Unit, line: _Line) -> bool:
    """Lines indented deeper right under an unindented short line are its card: "Sanne Østergaard" /
    "    Erhvervskonsulent, finansiering" / "    Tlf. 96 14 20 14" / "    *** PÅ BARSELSORLOV ... ***". Apart, the
    short lines would head the next person's details as if they were sections."""
    return (unit.kind == "paragraph" and line.gap == 0 and line.deep and not unit.head.indented
            and len(unit.head.text) <= MAX_CARD_HEAD and not _closed(unit.head.text))


def _is_lost_bullet(previous: _Unit | None, line: _Line, layout: _Layout) -> bool:
    """An indented line in a list whose glyphs were lost: after a lead-in ending with ":" or another such
    item. The gap test excludes the seed's page starts, which are indented too but follow directly."""
    if not (layout.wrapped and line.indented and line.gap > 0 and not line.raw[0].islower() and previous):
        return False
    return previous.lost_bullet or (previous.kind == "paragraph" and previous.text.endswith(":"))


def _continues(unit: _Unit, line: _Line, layout: _Layout, following: _Line | None = None) -> bool:
    """Whether `line` continues the paragraph or list item `unit` (see the module docstring). `following`: the line
    after it."""
    text = line.text
    if text[0] in _CLOSING or text[0].islower():
        return True
    if unit.lost_bullet and not line.indented and line.gap <= layout.soft_gap:
        return True  # an item's second line; the next item would be indented
    # A line ending in a comma or a word no sentence ends with, right before another, goes on in any layout:
    # minutes typed with hard line breaks ("... i Jernbanegade 8," / "6000 Kolding.", "... 10. juni 2027 på" /
    # "Kolding Fjordcenter").
    if line.gap == 0 and not unit.lost_bullet and _open_ended(unit.tail):
        return True
    if not layout.wrapped or line.gap > layout.soft_gap:
        return False
    # The next word did not fit; a few characters' slack because character counts only approximate the
    # printed width.
    full = len(unit.tail) + 1 + len(text.split()[0]) >= 0.95 * layout.width
    # After a full line, a short line without final punctuation may still be a heading of its own.
    # So does a line that wraps itself: "29 arrangementer og kurser med i alt 815" / "deltagere. Kurset ...".
    wraps_on = following is not None and following.gap <= layout.soft_gap and following.text[:1].islower()
    looks_like_body = (len(text) >= 0.8 * layout.width or _closed(text) or wraps_on) and not _NUMBERED_HEADING.match(text)
    if _closed(unit.tail):
        return full and looks_like_body  # a full line that happens to end with a sentence
    if _open_ended(unit.tail):
        return True
    return full and looks_like_body


# A verb whose object follows: "..., så kontakt" / "Sanne Ebbesen.". Only in a sentence: "Kontakt" alone heads a card.
_OBJECT_FOLLOWS = frozenset({"kontakt", "kontakte", "kontakter", "contact"})
_MIN_SENTENCE_WORDS = 4


def _open_ended(tail: str) -> bool:
    """A line that cannot end a sentence: it ends in a comma, a dash, a word like "på", "og", "f.eks." or, in a
    sentence, a verb whose object follows ("så kontakt"); a two-letter word without a dot ("Ja" ending a table row)
    may end a line."""
    words = tail.split()
    last_word = words[-1].lower()
    return tail[-1] in ",/-–" or last_word in CONTINUATION_WORDS or (last_word.endswith(".") and never_ends_sentence(last_word)) \
        or (words[-1] in _OBJECT_FOLLOWS and len(words) >= _MIN_SENTENCE_WORDS)


def _join(text: str, following: str, vocabulary: set[str]) -> str:
    """Join two wrapped lines, undoing end-of-line hyphenation ("eksport-" + "fremme") but keeping real
    hyphens ("energi- og", "EU-programmet", "tre-årigt" when the document spells it so elsewhere)."""
    hyphenated = re.search(r"(\w+)-$", text[-80:])  # the tail only: a paragraph may grow long (linear time)
    if hyphenated and following[0].isalpha():
        prefix, word = hyphenated.group(1), _WORD.match(following).group().split("-")[0]
        if word.lower() in SUSPENSION_WORDS:
            return f"{text} {following}"
        if following[0].isupper() or prefix[-1].isupper() or prefix[-1].isdigit():
            return text + following
        if f"{prefix}-{word}".lower() in vocabulary and f"{prefix}{word}".lower() not in vocabulary:
            return text + following
        return text[:-1] + following
    if text.endswith("/") or following[0] in _CLOSING:
        return text + following
    return f"{text} {following}"


def _render(units: list[_Unit]) -> str:
    blocks: list[str] = []
    for i, unit in enumerate(units):
        if unit.kind == "table":
            blocks.append("\n".join(unit.rows))
        elif unit.kind == "item" and i > 0 and units[i - 1].kind == "item":
            blocks[-1] += f"\n- {unit.text}"
        elif unit.kind == "item":
            blocks.append(f"- {unit.text}")
        else:
            blocks.append(unit.text)
    return "\n\n".join(blocks)
