"""Versions of one document: "energitjek-2023.md" and "energitjek-2025.md" are one series, named alike but for
their years. The newest version states the rules in force; an older one is superseded by it. A question about the
rules answers from the newest version first, unless it asks of the older one's year ("hvad var fristen i 2023").
Only versions of one series supersede each other: an unrelated newer document says nothing of these rules. A version
named otherwise is one when both are rules of one rarely named thing ("Retningslinjer_mikrolaan_2024",
"Mikrolaan_vilkaar_2026") or when the newer one says it replaces the older by its title ("Denne vejledning erstatter de
tidligere retningslinjer for testforløb (2024 og 2025)")."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import PurePath

from app.lexical import STOPWORDS, stem, tokenize
from app.normalise import fold_all_danish_letters, is_everyday

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_SEPARATORS = re.compile(r"[\W_]+")
MIN_SERIES_NAME = 4  # "plan-2023" and "plan-2025" are a series; "a-2023" and "a-2025" say too little


# What kind of rules a document is, which the next version may call otherwise: "Vejledning_digitaliseringsvoucher_2023"
# and "Retningslinjer_digitaliseringsvoucher_2025" are one series.
_KIND_OF_RULES = {"vejledning", "retningslinjer", "regler", "regelsæt", "vilkår", "vilkaar", "betingelser", "guide",
                  "guidelines", "rules", "terms", "conditions", "version", "udgave", "final", "endelig",
                  "prisliste", "priser", "takster", "gebyrer"}
MIN_SHARED_WORDS = 2  # "Prisliste_Kvist_Cowork_2025" and "Kvist_Cowork_priser_og_medlemskaber_2026"; not "status" alone
MIN_HEAD_NAME = 5  # "voucher" (stemmed "vouch") heads "digitaliseringsvoucher"; "plan" says too little of "handlingsplan"


def series_name(source: str) -> str:
    """A document's name without its years, separators, format and the kind of rules it is:
    "docs/Energitjek_2025.md" -> "energitjek", "Vejledning_digitaliseringsvoucher_2023.pdf" -> "digitaliseringsvoucher"."""
    words = _name_words(source)
    return "-".join(words) if len("".join(words)) >= MIN_SERIES_NAME else ""


def _name_words(source: str) -> list[str]:
    words = _SEPARATORS.sub(" ", YEAR.sub(" ", PurePath(source).stem.lower())).split()
    words = [_without_kind(word) for word in words if word not in _KIND_OF_RULES] or words
    # "programregler-2024" and "vilkaar-programmer-2026": the programmes' rules, in singular or plural.
    return [stem(word) for word in words]


def _without_kind(word: str) -> str:
    """A compound without the kind of rules it ends in: "programregler" -> "program"."""
    kind = next((kind for kind in _KIND_OF_RULES if word.endswith(kind) and len(word) - len(kind) >= MIN_SERIES_NAME), "")
    return word[: len(word) - len(kind)] if kind else word


def _names_rules(source: str) -> bool:
    """The file name says it is a set of rules: "Retningslinjer_mikrolaan_2024", "Mikrolaan_vilkaar_...-2026"."""
    words = _SEPARATORS.sub(" ", PurePath(source).stem.lower()).split()
    return any(word in _KIND_OF_RULES or _without_kind(word) != word for word in words)


def _share_a_rare_name(one: list[str], other: list[str]) -> bool:
    """Both name one thing no everyday Danish word names: "mikrolaan" in "Retningslinjer_mikrolaan_2024" and
    "Vesteraa-Mikrolaan_vilkaar_gaeldende_fra_1-1-2026"; not "tilskud" or "kursus"."""
    return any(len(word) >= MIN_HEAD_NAME and not word.isdigit() and not is_everyday(fold_all_danish_letters(word))
               for word in set(one) & set(other) - STOPWORDS)


def _one_series(one: list[str], other: list[str]) -> bool:
    """Of two documents' name words: named alike but for their years, or one word each with the one heading the
    other's compound, or one's name is all in the other's, in two words or more (the price list
    "Prisliste_Kvist_Cowork_2025" and the next year's "Kvist_Cowork_priser_og_medlemskaber_2026")."""
    if one == other and len("".join(one)) >= MIN_SERIES_NAME:
        return True
    # One word each, the one the other's head: "voucher-retningslinjer-2024" and "vejledning-digitaliseringsvoucher-2026".
    if len(one) == len(other) == 1 and min(len(one[0]), len(other[0])) >= MIN_HEAD_NAME \
            and (one[0].endswith(other[0]) or other[0].endswith(one[0])):
        return True
    smaller, larger = sorted((set(one) - STOPWORDS, set(other) - STOPWORDS), key=len)
    return len(smaller) >= MIN_SHARED_WORDS and smaller <= larger


# A document saying what it replaces: "Denne vejledning erstatter de tidligere retningslinjer for testforløb (2024 og
# 2025)", "Gældende fra 1. januar 2026. Erstatter "Retningslinjer for kommunale mikrolån 2024"". Said of itself, at a
# sentence's start or after "denne vejledning": a news item's "den nye vejledning erstatter ..." is not the new rules.
# ... or by the scheme it is, at a sentence's start: "Fonden afløser Iværksætterlånefonden Trekant".
_REPLACES = re.compile(r"(?:^|[.:!\n]\s*(?:(?:fonden|puljen|ordningen|programmet|lånet|lånefonden|forløbet|netværket)\s+)?|"
                       r"\b(?:denne|dette|this)\s+[^\W\d_]+\s+)(?:erstatter|afløser|replaces|supersedes)\b"
                       r"([^.\n]{0,160})", re.I | re.M)
MIN_REPLACED_WORDS = 2  # "retningslinjer for testforløb": two words of the replaced document's title or file name


def replaced_documents(texts: Iterable[str]) -> list[str]:
    """What a document says it replaces, each as the words after "erstatter"."""
    return [match.group(1) for text in texts for match in _REPLACES.finditer(text)]


def _names_the_replaced(replaced: list[str], source: str, title: str, year: int) -> bool:
    """Does one of the statements name `source` by its title's or file name's words (two at least) and, when it gives
    years, by its year?"""
    own = (set(tokenize(title)) | set(tokenize(YEAR.sub(" ", PurePath(source).stem.replace("_", " ")))))
    own = {word for word in own - STOPWORDS if not word.isdigit()}
    for statement in replaced:
        years_named = {int(found) for found in YEAR.findall(statement)}
        if len(own & set(tokenize(statement))) >= MIN_REPLACED_WORDS and (not years_named or year in years_named):
            return True
    return False


def superseded_by(years: Mapping[str, int | str | None], replaced: Mapping[str, list[str]] | None = None,
                  titles: Mapping[str, str] | None = None) -> dict[str, str]:
    """source -> the newest version of its series, for every older version (by its document year). Documents
    without a year, or alone in their series, supersede nothing and are superseded by nothing. Of two newest
    versions, the one named most like it. replaced: source -> what it says it replaces (replaced_documents), which
    makes the documents it names by title (titles: source -> title) older versions of it, however named."""
    dated = [(int(year), source) for source, year in years.items() if source and year and str(year).isdigit()]
    names = {source: _name_words(source) for _, source in dated}
    rules = {source: _names_rules(source) for _, source in dated}
    replaced, titles = replaced or {}, titles or {}
    superseded: dict[str, str] = {}
    for year, source in dated:
        newer = [(other_year, other) for other_year, other in dated
                 if other_year > year and (_one_series(names[source], names[other]) or (
                     rules[source] and rules[other] and _share_a_rare_name(names[source], names[other]))
                     or _names_the_replaced(replaced.get(other, []), source, titles.get(source, ""), year))]
        if newer:
            newest_year = max(other_year for other_year, _ in newer)
            superseded[source] = min((other for other_year, other in newer if other_year == newest_year),
                                     key=lambda other: (len(set(names[source]) ^ set(names[other])), other))
    return superseded
