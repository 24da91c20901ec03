"""What we know about the asking company, and the vocabulary of markets it may name.

The markets table lets "Tyskland", "German" and "München" all mean the same market, and knows that
Germany lies in Europe, so a programme for "andre europæiske lande" matches a company aiming at Germany.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Language = Literal["da", "en"]


@dataclass
class CompanyProfile:
    employees: int | None
    new_company: bool | None
    founded_year: int | None
    goal: str  # what the company wants, in its own words (usually the question itself)
    markets: list[str]  # markets it aims at, as written ("Tyskland", "China", "Europa")
    sector: str  # e.g. "fødevarer"; empty when unknown


# The facts whose absence makes a programme answer less certain, with labels for the reply.
FACT_LABELS: dict[str, dict[str, str]] = {
    "employees": {"da": "antal ansatte", "en": "number of employees"},
    "company_age": {"da": "virksomhedens alder", "en": "company age"},
    "markets": {"da": "målmarkeder", "en": "target markets"},
}


def missing_facts(profile: CompanyProfile) -> list[str]:
    """Keys of FACT_LABELS for the facts the profile lacks, in a fixed order."""
    missing = []
    if profile.employees is None:
        missing.append("employees")
    if profile.new_company is None and profile.founded_year is None:
        missing.append("company_age")
    if not profile.markets:
        missing.append("markets")
    return missing


def fact_labels(keys: list[str], language: Language = "da") -> list[str]:
    """Render missing-fact keys for the user, e.g. ["employees"] -> ["antal ansatte"]."""
    return [FACT_LABELS[key][language] for key in keys]


@dataclass(frozen=True)
class Market:
    da: str
    en: str
    region: str | None  # the Danish name of the region a country lies in; None for a region itself


# Each market with a regex of the names that mean it: Danish and English names, adjectives
# (a stem followed by \w* catches "kinesiske", "tyske", "europæiske") and cities the documents mention.
_MARKET_PATTERNS: list[tuple[Market, str]] = [
    (Market("Europa", "Europe", None), r"europa|europe|europæisk\w*|european|eu"),
    (Market("Asien", "Asia", None), r"asien|asia|asiatisk\w*|asian"),
    (Market("Nordamerika", "North America", None), r"nordamerika|north america"),
    (Market("Afrika", "Africa", None), r"afrika|africa|afrikansk\w*|african"),
    (Market("Tyskland", "Germany", "Europa"), r"tyskland|tysk\w*|german\w*|münchen|munich|berlin|hamburg"),
    (Market("Sverige", "Sweden", "Europa"), r"sverige|sweden|svensk\w*|swedish|stockholm"),
    (Market("Norge", "Norway", "Europa"), r"norge|norway|norsk\w*|norwegian|oslo"),
    (Market("Finland", "Finland", "Europa"), r"finland|finsk\w*|finnish|helsinki"),
    (Market("Storbritannien", "United Kingdom", "Europa"),
     r"storbritannien|england|britisk\w*|british|uk|united kingdom|great britain|london"),
    (Market("Irland", "Ireland", "Europa"), r"irland|ireland|irsk\w*|irish|dublin"),
    (Market("Frankrig", "France", "Europa"), r"frankrig|france|fransk\w*|french|paris"),
    (Market("Nederlandene", "Netherlands", "Europa"),
     r"nederlandene|holland|hollandsk\w*|netherlands|dutch|amsterdam"),
    (Market("Belgien", "Belgium", "Europa"), r"belgien|belgium|belgisk\w*|belgian|bruxelles|brussels"),
    (Market("Spanien", "Spain", "Europa"), r"spanien|spain|spansk\w*|spanish|madrid"),
    (Market("Portugal", "Portugal", "Europa"), r"portugal|portugisisk\w*|portuguese|lissabon|lisbon"),
    (Market("Italien", "Italy", "Europa"), r"italien|italy|italiensk\w*|italian|milano|milan"),
    (Market("Østrig", "Austria", "Europa"), r"østrig|austria|østrigsk\w*|austrian|wien|vienna"),
    (Market("Schweiz", "Switzerland", "Europa"), r"schweiz|switzerland|schweizisk\w*|swiss|zürich|zurich"),
    (Market("Polen", "Poland", "Europa"), r"polen|poland|polsk\w*|warszawa|warsaw"),
    (Market("Tjekkiet", "Czech Republic", "Europa"), r"tjekkiet|tjekkisk\w*|czech\w*|prag|prague"),
    (Market("Ungarn", "Hungary", "Europa"), r"ungarn|hungary|ungarsk\w*|hungarian|budapest"),
    (Market("Grækenland", "Greece", "Europa"), r"grækenland|greece|græsk\w*|greek|athen|athens"),
    (Market("Estland", "Estonia", "Europa"), r"estland|estonia\w*|estisk\w*|tallinn"),
    (Market("Letland", "Latvia", "Europa"), r"letland|latvia\w*|lettisk\w*|riga"),
    (Market("Litauen", "Lithuania", "Europa"), r"litauen|lithuania\w*|litauisk\w*|vilnius"),
    (Market("Rusland", "Russia", "Europa"),
     r"rusland|russia|russisk\w*|russian|(?:st\.?|sankt|saint) ?petersbo?urg|st\.? ?petersborg|moskva|moscow"),
    (Market("Kina", "China", "Asien"), r"kina|china|kinesisk\w*|chinese|shanghai|beijing|peking"),
    (Market("Japan", "Japan", "Asien"), r"japan|japansk\w*|japanese|tokyo"),
    (Market("Indien", "India", "Asien"), r"indien|india|indisk\w*|indian|mumbai|delhi"),
    (Market("Sydkorea", "South Korea", "Asien"), r"sydkorea|south korea|korea\w*|seoul"),
    (Market("Vietnam", "Vietnam", "Asien"), r"vietnam\w*"),
    (Market("Singapore", "Singapore", "Asien"), r"singapore"),
    (Market("USA", "USA", "Nordamerika"),
     r"usa|united states|amerika|amerikansk\w*|america|american|californien|california|new york"),
    (Market("Canada", "Canada", "Nordamerika"), r"canada|canadisk\w*|canadian"),
]
# \b on both sides keeps "eu" from matching inside "neutral" and "uk" inside "ukendt".
_MARKET_REGEXES = [(market, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for market, pattern in _MARKET_PATTERNS]


def find_markets(text: str) -> list[Market]:
    """The markets named in `text`, in order of first mention, each once."""
    found: list[tuple[int, Market]] = []
    for market, regex in _MARKET_REGEXES:
        hit = regex.search(text)
        if hit:
            found.append((hit.start(), market))
    return [market for _, market in sorted(found, key=lambda item: item[0])]
