"""HTML: the page's main text only (no menus, scripts, banners or footers), block elements as paragraphs
and tables as one line per row."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from app.core.contact_details import PHONE_OR_EMAIL
from app.core.datelines import date_in
from ingest.documents import Page
from ingest.loaders.extracted import Extracted
from ingest.loaders.text_loader import decode_text
from ingest.metadata import year_of

# Never part of a page's main text.
_DROPPED_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "form", "button", "svg", "iframe"]
_DROPPED_ROLES = ["navigation", "banner", "contentinfo", "search"]
# A cookie or consent banner (<div id="cookie-banner">, class="cookie-consent", id="cc-banner") and a breadcrumb trail
# ("Forside / Nyheder / 2025"): the site's, not the page's text. Short ones only, and never the main text itself: a
# page about the site's cookie policy is the page.
_SITE_MARK = re.compile(r"cookie|consent|gdpr|^cc[-_]|breadcrumb", re.IGNORECASE)
_SITE_MARK_LENGTH = 600
# The site's header and footer; inside <main> or <article> they hold the article's own title or byline.
_PAGE_FRAME_TAGS = ["header", "footer"]
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol",
    "p", "section", "summary", "tr", "ul",
}
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LINE_BREAK = "\x00"  # stands for <br> while whitespace is collapsed; decoded HTML never contains NUL
_CARD_LINE = 80  # a contact card's or address's lines are short
_CARD_FIELDS = 6  # name, post, department, phone, mobile, e-mail
# <meta> names and properties that date a page, most telling first: when it was last changed, then published.
_DATE_METAS = ("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified",
               "article:published_time", "dcterms.date", "dc.date", "date", "pubdate", "publish-date")
# "Senest opdateret: 3. november 2026", "Last updated 12 May 2025": the page's own line saying when it changed.
_UPDATED_LINE = re.compile(r"\b(?:(?:senest|sidst)\s+)?(?:opdateret|ændret|last\s+updated|updated)\b[^\n]{0,40}?"
                           r"(?<!\d)((?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def extract(path: Path) -> Extracted:
    data = path.read_bytes()
    declared = _DECLARED_CHARSET.search(data[:4096])
    text = decode_text(data, path, declared.group(1).decode("ascii") if declared else None)
    soup = BeautifulSoup(text, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    _drop_non_content(soup)
    roots = _main_content(soup)
    blocks = [block for root in roots for block in _blocks(root)]
    text = "\n\n".join(blocks)
    headings = _headings(roots)
    # The page's own <h1> may say more than <title> ("Klinisk validering på Regionshospitalet Midtvest" under
    # "Klinisk validering – Sundhedsinnovation Midtvest"): what the whole page is about (ingest.metadata).
    h1 = next((text for text, level in headings.items() if level == 1), None)
    year, date = _page_date(soup, roots, text)
    return Extracted(pages=[Page(number=None, text=text)], title_hint=title or None,
                     year_hint=year, date_hint=date, headings=headings, heading_hint=h1)


_HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def _headings(roots: list[Tag]) -> dict[str, int]:
    """The main text's <h1>-<h6>, as _blocks writes them, with their levels."""
    headings: dict[str, int] = {}
    for root in roots:
        for heading in root.find_all(_HEADING_TAGS):
            text = " ".join(heading.get_text().split())
            if text:
                headings.setdefault(text, int(heading.name[1]))
    return headings


def _page_date(soup: BeautifulSoup, roots: list[Tag], text: str) -> tuple[int | None, datetime.date | None]:
    """The year a saved page dates itself: its date <meta> (CMSs write article:published_time and the like),
    else the first <time datetime> of its main text (a news item's byline), else its "Senest opdateret" line;
    and the whole date where that stamp or line writes one."""
    metas = {(meta.get("property") or meta.get("name") or "").lower(): meta.get("content") or ""
             for meta in soup.find_all("meta")}
    stamps = [metas[name] for name in _DATE_METAS if metas.get(name)]
    stamps += [time["datetime"] for root in roots for time in root.find_all("time", datetime=True)][:1]
    stamp = next((stamp for stamp in stamps if year_of(stamp) is not None), None)
    if stamp is not None:
        return year_of(stamp), date_in(stamp)
    updated = _UPDATED_LINE.search(text)
    return (int(updated.group(1)), date_in(updated.group())) if updated else (None, None)


def _drop_non_content(soup: BeautifulSoup) -> None:
    for element in soup.find_all(_DROPPED_TAGS):
        if element.name == "aside" and PHONE_OR_EMAIL.search(element.get_text(" ")):
            continue  # the page's contact box: "Kontakt: Henrik Vestergaard Nørgaard, Eksportchef, Tlf. 40 12 98 76"
        if element.name == "button" and element.get("aria-controls"):
            continue  # an accordion's question ("Hvem underviser på kurset?"), its answer in the panel it opens
        element.decompose()
    for element in soup.find_all(attrs={"role": _DROPPED_ROLES}):
        element.decompose()
    for element in soup.find_all(_is_site_notice):
        element.decompose()
    for element in soup.find_all(_PAGE_FRAME_TAGS):
        if element.find_parent(["main", "article"]) is None:
            element.decompose()


def _is_site_notice(element: Tag) -> bool:
    if element.name in ("html", "body", "main", "article"):
        return False
    marks = [element.get("id") or "", element.get("aria-label") or "", *(element.get("class") or [])]
    return any(_SITE_MARK.search(str(mark)) for mark in marks) and len(element.get_text(" ", strip=True)) < _SITE_MARK_LENGTH


def _main_content(soup: BeautifulSoup) -> list[Tag]:
    """The main text's element(s), then the contact boxes of a sidebar beside it: "who is the contact for the
    pool" is answered from the pool's own page."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    roots = [main] if main is not None else [a for a in soup.find_all("article") if a.find_parent("article") is None]
    if not roots:
        return [soup.body or soup]
    beside = [aside for aside in soup.find_all("aside")  # only contact boxes are left (_drop_non_content)
              if not any(parent in roots or parent.name == "aside" for parent in aside.parents)]
    return roots + [box for aside in beside for box in _contact_boxes(aside)]


def _contact_boxes(aside: Tag) -> list[Tag]:
    """The parts of a sidebar that hold a phone number or an e-mail address; not its related links."""
    parts = [child for child in aside.find_all(recursive=False) if isinstance(child, Tag)]
    holding = [part for part in parts if PHONE_OR_EMAIL.search(part.get_text(" "))]
    return holding if len(parts) > 1 and holding else [aside]


def _item_number(item: Tag) -> str:
    """"3. " for the third item of an <ol> (counting from its start), "" for a bullet: "1. runde" says which round."""
    parent = item.parent
    if parent is None or parent.name != "ol":
        return ""
    start = str(parent.get("start") or "1")
    position = len(item.find_previous_siblings("li"))
    return f"{int(start) + position}. " if start.isdigit() else ""


def _blocks(root: Tag) -> list[str]:
    """Text of `root` as paragraphs: every block element starts a new one, inline elements run on."""
    blocks: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        text = re.sub(r"\s+", " ", "".join(inline))
        lines = [line.strip() for line in text.split(_LINE_BREAK) if line.strip()]
        # A contact card's lines (name<br>post<br>phone) are one entry: kept on one line, the name stays with
        # its post and number when the text is cleaned and split into sentences.
        card = len(lines) > 1 and all(len(line) <= _CARD_LINE for line in lines) and PHONE_OR_EMAIL.search(text)
        paragraph = ", ".join(line.rstrip(",") for line in lines) if card else "\n".join(lines)
        if paragraph:
            blocks.append(paragraph)
        inline.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, doctype, CDATA
                    inline.append(str(child))
            elif child.name == "br":
                inline.append(_LINE_BREAK)
            elif child.name == "table":
                flush()
                blocks.extend(_table_blocks(child))
            elif child.name == "dl":
                flush()
                blocks.extend(_definition_blocks(child))
            elif child.name == "pre":
                flush()
                if child.get_text().strip():
                    blocks.append(child.get_text().strip("\n"))
            elif child.name in _BLOCK_TAGS and (card := _card(child)):
                flush()
                blocks.append(card)
            elif child.name in _BLOCK_TAGS:
                flush()
                if child.name == "li":  # marked, so cleaning keeps it a list item, not a heading
                    inline.append(f"- {_item_number(child)}")
                walk(child)
                flush()
            else:
                walk(child)

    walk(root)
    flush()
    return blocks


_TERM_LINE = 60  # a <dt> longer than this, or asking something, is a heading over its <dd>, not a field's name


def _definition_blocks(definitions: Tag) -> list[str]:
    """A definition list's fields, each term with its description on one line ("Varighed: 2 aftener à 3 timer"):
    apart, "2 aftener à 3 timer" no longer says what it is. A question's answer ("Kan jeg …?" over its <dd>) and a
    long description stay paragraphs of their own."""
    blocks: list[str] = []
    term = ""
    for element in definitions.find_all(["dt", "dd"]):
        text = " ".join(element.get_text(" ").split())
        if element.name == "dt":
            if term:
                blocks.append(term)  # a term without a description
            term = text
        elif term and len(term) <= _TERM_LINE and not term.endswith("?") and len(text) <= 2 * _CARD_LINE:
            blocks.append(f"{term.rstrip(':')}: {text}")
            term = ""
        else:
            blocks.extend(block for block in (term, *_blocks(element)) if block)
            term = ""
    return blocks + ([term] if term else [])


def _card(element: Tag) -> str | None:
    """A contact card written as one short block per field (<div class="name">, <div class="title">, <div
    class="phone">) as one line, "Mette Kjærsgaard, Direktør, Tlf. 76 20 45 01, mk@…", like a card written with
    <br>: the name stays with its post and number. Not a section with a heading, nor a list of cards."""
    text = element.get_text(" ")
    details = PHONE_OR_EMAIL.findall(text)
    # One person's: a phone, a mobile and an e-mail at most. A list of cards is no card.
    if element.name in ("li", "ul", "ol", "dl", "details") or len(text) > _CARD_FIELDS * _CARD_LINE \
            or not 1 <= len(details) <= 3 or sum("@" in detail for detail in details) > 1 \
            or element.find(_BLOCK_TAGS) is None \
            or element.find([*_HEADING_TAGS, "table", "ul", "ol"]) is not None:
        return None
    fields = _blocks(element)
    if not 2 <= len(fields) <= _CARD_FIELDS \
            or any(len(field) > _CARD_LINE or "\n" in field or field.startswith("- ") for field in fields):
        return None
    return ", ".join(field.rstrip(",") for field in fields)


def _table_blocks(table: Tag) -> list[str]:
    """The caption as its own paragraph, then one line per row with cells joined by two spaces."""
    blocks = []
    caption = table.find("caption")
    if caption is not None and caption.find_parent("table") is table:
        blocks.extend(_blocks(caption))
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]  # not a nested table's
    cells_of = [row.find_all(["td", "th"], recursive=False) for row in rows]
    # Every row labelled by its own <th> ("Dato | 28. november 2023", "Referent | Camilla Friis"): labelled values,
    # written "Dato: 28. november 2023", not a header row over the rest.
    labelled = bool(cells_of) and all(
        len(cells) >= 2 and cells[0].name == "th" and all(cell.name == "td" for cell in cells[1:]) for cells in cells_of)
    lines = []
    for texts in _spanned_rows(cells_of):
        if any(texts):
            lines.append(f"{texts[0]}: {'  '.join(texts[1:])}" if labelled else "  ".join(texts))
    if lines:
        blocks.append("\n".join(lines))
    return blocks


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def _spanned_rows(cells_of: list[list[Tag]]) -> list[list[str]]:
    """The rows' cell texts with colspan and rowspan laid out, so a value stands under its column. Header rows over
    header rows are one row of joined names ("Ikke-medlemmer Pr. halv dag"), and the label columns the first header
    cell spans are one ("Testhal Hele hallen (1.200 m²)")."""
    grid: list[list[tuple[int, str] | None]] = []
    for r, cells in enumerate(cells_of):
        while len(grid) <= r:
            grid.append([])
        column = 0
        for cell in cells:
            while column < len(grid[r]) and grid[r][column] is not None:
                column += 1
            entry = (id(cell), " ".join(" ".join(_blocks(cell)).split()))
            for dr in range(_span(cell, "rowspan")):
                while len(grid) <= r + dr:
                    grid.append([])
                row = grid[r + dr]
                row.extend([None] * (column + _span(cell, "colspan") - len(row)))
                for dc in range(_span(cell, "colspan")):
                    row[column + dc] = entry
            column += _span(cell, "colspan")
    spanned = any(_span(cell, "colspan") > 1 or _span(cell, "rowspan") > 1 for cells in cells_of for cell in cells)
    if not spanned:
        return [[text for _, text in filter(None, row)] for row in grid]
    width = max(len(row) for row in grid[:len(cells_of)])
    rows = [[row[c] if c < len(row) and row[c] else (0, "") for c in range(width)] for row in grid[:len(cells_of)]]
    headers = 0
    while headers < len(cells_of) and all(cell.name == "th" for cell in cells_of[headers]):
        headers += 1
    # The label columns: those the first header cell spans ("Facilitet" over "Testhal" and "Hele hallen").
    labels = max(1, sum(1 for entry in rows[0] if entry[0] == rows[0][0][0])) if headers else 1
    groups = [list(range(labels))] + [[c] for c in range(labels, width)]

    def joined(entries: list[tuple[int, str]]) -> str:
        seen: dict[int, str] = {}
        for key, text in entries:
            if text and key not in seen and text not in seen.values():
                seen[key] = text
        return " ".join(seen.values())

    header = [joined([rows[r][c] for r in range(headers) for c in group]) for group in groups] if headers else []
    body = [[joined([row[c] for c in group]) for group in groups] for row in rows[headers:]]
    return ([header] if header else []) + body
