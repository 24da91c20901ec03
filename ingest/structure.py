"""Find the structure of cleaned pages: headings (and so each block's section path), paragraphs, list
items and tables.

A file whose markup marks its headings (Markdown, HTML, Word's heading styles) has those as its headings. In the
others (PDF, plain text) headings are recognised from their text alone, because font sizes are lost in
extraction: a numbered title ("1. Det strategiske samarbejde ...", "1.1  Den internationale platform ...", "2
Vækstforum initiativ vedr. Shanghai") or a short line without a verb and without sentence punctuation
("Økonomi", "Perspektiver for den fremtidige indsats"). A numbered heading's level is its number of parts; an
unnumbered heading starts a new top-level section.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.contact_details import CONTACT_DETAIL, PERSON_NAME, STREET_ADDRESS
from app.core.datelines import is_dateline
from app.core.words import WEEKDAYS
from ingest.clean import is_table_text
from ingest.documents import Block, Page

SECTION_SEPARATOR = " > "

_NUMBERED = re.compile(r"^(?:§\s*)?(?P<number>\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?P<title>[A-ZÆØÅ\"(].*)$")  # "2.1 Mål", "1) Vækstlån", "§ 4. Rente"
_BLOCK_SEPARATOR = re.compile(r"\n[ \t]*\n+")
# Finite verbs that appear in almost every Danish sentence and in almost no heading: a short line with one
# of them is a sentence that lost its full stop, not a title.
_FINITE_VERBS = frozenset(
    {
        "er", "var", "har", "havde", "kan", "kunne", "skal", "skulle", "vil", "ville", "må", "måtte", "bør",
        "burde", "blev", "bliver", "får", "fik", "gør", "gjorde", "sker", "skete", "findes", "viser", "viste",
        "giver", "gav", "går", "gik", "kommer", "kom", "ligger", "står", "stod", "indgår", "omfatter",
        "is", "are", "was", "were", "has", "have", "will", "can",
    }
)
_MAX_HEADING_WORDS = 12
_MAX_NUMBERED_HEADING_WORDS = 20
_MAX_TITLE_WORDS = 30  # the document's first line may be its long title
_MAX_CAPTION_WORDS = 6
# A day or days and their hours ("Fredag kl. 9.00-12.00", "Mandag-torsdag: 8.30-16", "Saturday 10-14"); not a
# meeting's title with its date and time ("Ordinært byrådsmøde tirsdag den 26. november 2024 kl. 17.00-20.40").
_DAY = rf"(?:{WEEKDAYS})\w*|hverdage|weekend\w*"
_HOURS_LINE = re.compile(rf"^(?:{_DAY})(?:\s*(?:[-–]|og|til|and|to)\s*(?:{_DAY}))?\s*:?\s*(?:kl\.?\s*)?"
                         r"\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}", re.I)
_CONTACT_HEADING = re.compile(r"\b(?:kontakt\w*|contact\w*)\b", re.I)  # "§ 9. Kontakt" over its one contact line
_MAX_CONTACT_LINE = 80  # "Tlf. 72 41 18 35 imhv@lyngkyst-erhverv.dk": a line of contact details, not a paragraph


def to_blocks(pages: list[Page], title: str | None = None, marked: Mapping[str, int] | None = None) -> list[Block]:
    """Blocks of cleaned pages (see ingest.clean) in reading order, each with its section path and the
    page it starts on. Headings are not blocks: they are in `section`; a line that looks like one but heads
    nothing, being the last or right above another heading of its level ("Referent: Camilla Brix" over
    "DAGSORDEN"), is kept as text, except the document's first line when it is its title (`title`, the
    document's, when known). A letterhead above the first heading ("Lyngkyst Erhvervsråd · Godkendt af
    bestyrelsen den 18. april 2024") is text. A table and the caption line just above it form one block;
    each list item is a block of its own.

    `marked`: the headings the file's markup marks (text -> level, see ingest.loaders.extracted). When some are
    found, they are the document's headings, whatever their text ("Hvem kan søge?"), and no other line is: an
    address line under a <br> ("Kokkedal Industripark 9") is text."""
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []  # (level, heading) from the top level down
    units = [
        (page.number, unit.strip()) for page in pages for unit in _BLOCK_SEPARATOR.split(page.text) if unit.strip()
    ]
    texts = [unit for _, unit in units]
    marked_levels = _marked_levels(texts, marked or {}, title)
    guessed = not any(level is not None for level in marked_levels)
    levels = [heading_level(unit, i == 0) if "\n" not in unit else None
              for i, unit in enumerate(texts)] if guessed else marked_levels
    if guessed:
        levels = [None if level is not None and (_on_a_card(i, texts) or _dated_entry(i, texts)) else level
                  for i, level in enumerate(levels)]
    numbered_items = _numbered_list_items(texts, levels)
    caption = ""
    after_heading = False
    for i, (page, unit) in enumerate(units):
        following = units[i + 1][1] if i + 1 < len(units) else ""
        lines = unit.split("\n")
        level = levels[i]
        if guessed and level is not None and unit.endswith("."):
            # "Status og evaluering af den hidtidige indsats." is a heading, but a short sentence right
            # under a heading, or with no paragraph after it, is text.
            following_is_text = bool(following) and "\n" not in following and heading_level(following) is None
            level = level if following_is_text and not after_heading else None
        first_following = following.split("\n", 1)[0]
        if level is not None and len(first_following) <= _MAX_CONTACT_LINE and CONTACT_DETAIL.search(first_following) \
                and not _NUMBERED.match(unit) and not _CONTACT_HEADING.search(unit):
            level = None  # "Ida Marie Holst-Vinding, turismekonsulent" over "Tlf. 72 41 18 35": a contact card's name
        after_heading = False
        if all(line.startswith("- ") for line in lines):
            blocks.extend(Block(line, _section(path), page, "list") for line in lines)
        elif i in numbered_items:
            blocks.append(Block(unit, _section(path), page, "list"))
        elif is_table_text(unit):
            blocks.append(Block(caption + unit, _section(path), page, "table"))
            caption = ""
        elif len(lines) == 1 and is_table_text(following) and _is_caption(unit) and (guessed or level is None):
            caption = unit + "\n"
        elif level is not None and i + 1 < len(units) and (
                (i == 0 and _is_title(unit, title)) or not _heads_nothing(i, texts, levels, numbered_items)):
            path = [entry for entry in path if entry[0] < level] + [(level, unit.rstrip(".:"))]
            after_heading = True
        else:
            blocks.append(Block(unit, _section(path), page, "paragraph"))
    return blocks


def _marked_levels(units: list[str], marked: Mapping[str, int], title: str | None) -> list[int | None]:
    """Each unit's level when the markup marks it a heading, else None. The document's title line (a page's one
    <h1>, or a first heading that is the document's title) is a sibling of the headings after it, as a guessed title
    is: a section path repeating the title ("Bogføring og moms > Ofte stillede spørgsmål") would make every section
    about the whole document."""
    by_text = {" ".join(text.split()).casefold(): level for text, level in marked.items()}
    levels = [by_text.get(" ".join(unit.split()).casefold()) if "\n" not in unit else None for unit in units]
    first = next((i for i, level in enumerate(levels) if level is not None), None)
    below = [level for level in levels[(first or 0) + 1:] if level is not None]
    if first is not None and below and (min(below) > (levels[first] or 0) or _is_title(units[first], title)):
        levels[first] = max(levels[first] or 1, min(below))
    return levels


def _is_title(line: str, title: str | None) -> bool:
    """The first line is the title the document gives (or part of it, or it holds it), or there is no other."""
    if not title:
        return True
    line, title = _comparable(line), _comparable(title)
    return line in title or title in line


def _comparable(text: str) -> str:
    """Words only, in lower case, æ, ø and å as a file name writes them: a title taken from the file name
    "kursuskatalog_efteraar_2025" is the line "KURSUSKATALOG EFTERÅR 2025"."""
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return " ".join(re.findall(r"\w+", text))


def _on_a_card(i: int, units: list[str]) -> bool:
    """A staff page's card, "Sofie Amalie Krogh / Laboratorieansvarlig / Tlf. 72 40 18 33 ... / Laboratorie-
    introduktion, kemikalier.": a person's name over a short line and a contact line, or what follows the contact
    line (whom it is for), is text, so "LOKALER OG DRIFT" above it heads the cards."""
    def contact_line(j: int) -> bool:
        return 0 <= j < len(units) and len(units[j]) <= _MAX_CONTACT_LINE and CONTACT_DETAIL.search(units[j]) is not None
    return (contact_line(i - 1) and not units[i].isupper()) or (
        PERSON_NAME.fullmatch(units[i]) is not None and i + 1 < len(units) and "\n" not in units[i + 1]
        and len(units[i + 1]) <= 2 * _MAX_CONTACT_LINE and contact_line(i + 2))


def _dated_entry(i: int, units: list[str]) -> bool:
    """A calendar's date line ("Torsdag 13. marts 2025, kl. 9.00-15.00") or a news item's dateline, and the title
    line right under it ("Eksportdag 2025"), are text: the entry's first lines, kept together so that what it is
    and when it is are read as one. A heading would part them, the date left in the entry above. A numbered or
    capitalised heading under a date line is a heading still."""
    return is_dateline(units[i]) or (i > 0 and is_dateline(units[i - 1]) and not units[i].isupper()
                                     and not _NUMBERED.match(units[i]))


def _heads_nothing(i: int, units: list[str], levels: list[int | None], numbered_items: set[int]) -> bool:
    """Unit i is followed by a heading of its level or above: it heads no text ("Referent: Camilla Brix" over
    "DAGSORDEN"), and as a heading it would vanish from the index. A short line with a full stop after it is
    taken for text ("Tekst om eksport."), as to_blocks mostly does."""
    following = levels[i + 1]
    return (following is not None and i + 1 not in numbered_items and not units[i + 1].endswith(".")
            and following <= (levels[i] or 0))


# A field of a form or the minutes' header: a one- or two-word label without figures, a colon, its value.
# "Kapitel 3: Eksport" and "Bilag 2: Oversigt" have a figure in the label and stay headings.
_FIELD = re.compile(r"^[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*)?: \S")


def heading_level(line: str, document_start: bool = False) -> int | None:
    """The heading level of a cleaned line, or None if it is not a heading: the number of parts of its
    number ("1.1 ..." is 2), or 1 for an unnumbered title line."""
    numbered = _NUMBERED.match(line)
    title = numbered.group("title") if numbered else line
    words = title.split()
    if numbered:
        max_words = _MAX_NUMBERED_HEADING_WORDS
    else:
        max_words = _MAX_TITLE_WORDS if document_start else _MAX_HEADING_WORDS
    if not (numbered or title[0].isupper()) or len(words) > max_words or "  " in line:
        return None
    # Sentence punctuation; a short title may end with a full stop, and a question in capitals is one ("HVEM KAN
    # SØGE?" over the rules).
    if title[-1] in ",;:!" or (title[-1] == "?" and not title.isupper()) or (title[-1] == "." and len(words) > 8):
        return None
    if not numbered and title[-1] == "." and re.search(r"\d", title):
        return None  # "Tilmelding senest 10. april 2025.": a short sentence with a date or figure states something
    # A paragraph of terms is headed so whatever its words: "§ 5. Hvilke investeringer kan finansieres".
    if not title.isupper() and not line.startswith("§") and any(word.lower().strip(",.") in _FINITE_VERBS for word in words):
        return None
    if not numbered and _FIELD.match(line):
        return None  # "Referent: Karin Møller", "Afbud: Peter Ravn", "Phone: +45 76 12 34 56": a field, not a heading
    if not numbered and ":" in title and "," in title.split(":", 1)[1]:
        return None  # "Kursus 1, 3 og 5: Fødevareteknolog Pernille Dahl, Dahl Food Consult": a field with its value
    if CONTACT_DETAIL.search(line) or STREET_ADDRESS.search(line):
        # "Birgit Sønderby, formand, tlf. 20 45 67 89", "Vesterbro Kaj 22, 2. sal, 9000 Aalborg": a way to reach
        # someone, not a heading
        return None
    if _HOURS_LINE.match(line):
        return None  # "Fredag kl. 9.00-12.00" under "Telefontid": a line of hours, not a heading
    return numbered.group("number").count(".") + 1 if numbered else 1


def _numbered_list_items(units: list[str], levels: list[int | None]) -> set[int]:
    """Numbered lines that follow one another with nothing in between ("1. Første punkt", "2. Andet
    punkt") are a numbered list, not headings: a heading has text under it."""
    numbered = [levels[i] is not None and _NUMBERED.match(unit) is not None for i, unit in enumerate(units)]
    items: set[int] = set()
    for i in range(len(units) - 1):
        if numbered[i] and numbered[i + 1] and levels[i] == levels[i + 1]:
            items.update((i, i + 1))
    return items


def _is_caption(line: str) -> bool:
    """A short line without sentence punctuation just above a table, such as "Gennemførte forløb"."""
    return len(line.split()) <= _MAX_CAPTION_WORDS and line[-1] not in ".:;!?" and not _NUMBERED.match(line)


def _section(path: list[tuple[int, str]]) -> str:
    return SECTION_SEPARATOR.join(heading for _, heading in path)
