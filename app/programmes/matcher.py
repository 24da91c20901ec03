"""Rank the catalogue's programmes for one company: hard limits decide whether a programme fits at all,
soft signals (goal similarity, markets, confirmed size and age) decide the order.

Score, per programme:
  semantic   0..1   the profile's goal text vs the programme's goals and offers (embeddings), scaled so
                    the best programme for this question gets 1 and the weakest 0
  market     -0.4..1  a named market the programme covers (1), lies in its region (0.8), ... or misses (-0.4)
  confirmed  +0.15  the company's size is within a stated limit; +0.7 a new company and a programme for new ones
  unconfirmed -0.4  the company only fits the "in some cases" size limit; -0.3 a programme for new companies
                    when the company's age is unknown (most companies that ask are not new); -0.2 a programme
                    for given markets when the company names none (it suits only some companies)
Programmes that do not fit are listed after all that do, with the reason.
"""
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from app.engine_types import STALE_AFTER_YEARS
from app.programmes.catalogue import Programme
from app.programmes.profile import FACT_LABELS, CompanyProfile, Market, find_markets

NEW_COMPANY_MAX_AGE = 3  # years: at most this old counts as nystartet
ESTABLISHED_MIN_AGE = 6  # years: from this age on a company is established; in between it is unclear


MARKET_SCORES = {"direct": 1.0, "region": 0.8, "part": 0.3, "neighbour": 0.15, "none": -0.4}
SIZE_CONFIRMED_BONUS = 0.15
NEW_COMPANY_BONUS = 0.7
EXCEPTIONAL_PENALTY = 0.4
UNKNOWN_AGE_PENALTY = 0.3
UNKNOWN_MARKET_PENALTY = 0.2
SEMANTIC_REASON_MIN = 0.5  # only a goal similarity in the upper half of this question's range is a reason


@dataclass
class ProgrammeMatch:
    id: str
    name: str
    operator: str
    offers: str
    offers_en: str
    audience: str
    fits: bool
    score: float
    reasons: list[str]
    reasons_en: list[str]
    citations: list[dict[str, Any]]  # {quote, document, year, fact}
    year: int | None  # year of the source document
    caveat: str | None
    caveat_en: str | None
    period: str | None = None
    status: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Assessment:
    """What the hard and soft rules say about one programme, before ranking."""

    fits: bool = True
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    reasons_en: list[str] = field(default_factory=list)
    used_facts: list[str] = field(default_factory=list)  # evidence facts the reasons rest on

    def add(self, da: str, en: str, fact: str | None = None) -> None:
        self.reasons.append(da)
        self.reasons_en.append(en)
        if fact:
            self.used_facts.append(fact)


def _da_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sharpen(key: str) -> tuple[str, str]:
    """The sentence tail that asks for a missing fact."""
    labels = FACT_LABELS[key]
    return f"oplys {labels['da']} for et sikrere svar", f"tell us your {labels['en']} for a sharper answer"


class ProgrammeFinder:
    """Built once per catalogue (it embeds every programme's goals and offers); `match` per question."""

    def __init__(self, programmes: list[Programme], embeddings: Embeddings, document_years: Mapping[str, int | None]):
        self.programmes = programmes
        self.embeddings = embeddings
        self.document_years = dict(document_years)
        # Each programme is represented by its goal phrases and its offer texts, embedded once here.
        texts_per_programme = [[*p.goals, p.offers, p.offers_en] for p in programmes]
        flat = [text for texts in texts_per_programme for text in texts]
        vectors = _unit_rows(np.asarray(embeddings.embed_documents(flat), dtype=np.float32)) if flat else None
        self._vectors: list[np.ndarray] = []
        start = 0
        for texts in texts_per_programme:
            self._vectors.append(vectors[start : start + len(texts)])
            start += len(texts)
        self._markets = [[_resolve_market(name) for name in p.markets] for p in programmes]

    def match(self, profile: CompanyProfile, current_year: int | None = None) -> list[ProgrammeMatch]:
        """All programmes, best first: fitting ones by score, then those that do not fit."""
        year_now = current_year or datetime.date.today().year
        semantic, best_goals = self._semantic(profile)
        profile_markets = _profile_markets(profile)
        matches = []
        for index, programme in enumerate(self.programmes):
            assessment = _Assessment()
            _assess_size(programme, profile, assessment)
            _assess_age(programme, profile, year_now, assessment)
            _assess_markets(programme, self._markets[index], profile_markets, assessment)
            if semantic is not None:
                assessment.score += float(semantic[index])
                if semantic[index] >= SEMANTIC_REASON_MIN:
                    goal = best_goals[index]
                    assessment.add(f"passer til jeres mål: »{goal}«", f"matches your goal: “{goal}”")
            if not assessment.reasons:
                assessment.add("dokumenterne nævner ingen krav til størrelse, alder eller marked",
                               "the documents state no limits on size, age or market")
            matches.append(self._to_match(programme, assessment, year_now))
        # sorted() is stable, so ties keep catalogue order.
        return sorted(matches, key=lambda m: (not m.fits, -m.score))

    def _semantic(self, profile: CompanyProfile) -> tuple[np.ndarray | None, list[str]]:
        """Per programme: goal similarity scaled to 0..1 over the catalogue, and its closest goal phrase."""
        parts = (profile.goal.strip(), ", ".join(profile.markets), profile.sector.strip())
        query = ". ".join(part for part in parts if part)
        if not query or not self.programmes:
            return None, []
        vector = _unit_rows(np.asarray([self.embeddings.embed_query(query)], dtype=np.float32))[0]
        raw, best_goals = [], []
        for programme, vectors in zip(self.programmes, self._vectors):
            similarities = vectors @ vector
            # Mean of the two closest texts: one lucky phrase is not enough to rank first.
            raw.append(float(np.sort(similarities)[-2:].mean()))
            best_goals.append(programme.goals[int(np.argmax(similarities[: len(programme.goals)]))])
        scores = np.asarray(raw)
        spread = scores.max() - scores.min()
        scaled = (scores - scores.min()) / spread if spread > 0 else np.zeros_like(scores)
        return scaled, best_goals

    def _to_match(self, programme: Programme, assessment: _Assessment, year_now: int) -> ProgrammeMatch:
        year = self.document_years.get(programme.source)
        if year is None:
            caveat = "Kildedokumentets år er ukendt; kontrollér, at oplysningerne stadig gælder"
            caveat_en = "The source document's year is unknown; check that the information still applies"
        elif year_now - year >= STALE_AFTER_YEARS:
            caveat = f"Oplysningerne stammer fra et dokument fra {year} og kan være forældede"
            caveat_en = f"The information comes from a document from {year} and may be out of date"
        else:
            caveat = caveat_en = None
        # The quotes behind the reasons first, then the rest in catalogue order.
        evidence = sorted(programme.evidence, key=lambda item: item.fact not in assessment.used_facts)
        citations = [{"quote": item.quote, "document": programme.source, "year": year, "fact": item.fact}
                     for item in evidence]
        return ProgrammeMatch(
            id=programme.id, name=programme.name, operator=programme.operator, offers=programme.offers,
            offers_en=programme.offers_en, audience=programme.audience, fits=assessment.fits,
            score=round(assessment.score, 4), reasons=assessment.reasons, reasons_en=assessment.reasons_en,
            citations=citations, year=year, caveat=caveat, caveat_en=caveat_en,
            period=programme.period, status=programme.status,
        )


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def _assess_size(programme: Programme, profile: CompanyProfile, out: _Assessment) -> None:
    limit, exceptional = programme.max_employees, programme.max_employees_exceptional
    if limit is None:
        return
    da_exc = f" (i nogle tilfælde op til {_da_number(exceptional)})" if exceptional else ""
    en_exc = f" (in some cases up to {exceptional:,})" if exceptional else ""
    n = profile.employees
    if n is None:
        da_tail, en_tail = _sharpen("employees")
        out.add(f"for virksomheder med op til {_da_number(limit)} ansatte{da_exc}; {da_tail}",
                f"for companies with up to {limit:,} employees{en_exc}; {en_tail}", "max_employees")
    elif n <= limit:
        out.score += SIZE_CONFIRMED_BONUS
        out.add(f"for virksomheder med op til {_da_number(limit)} ansatte: I har {_da_number(n)}",
                f"for companies with up to {limit:,} employees: you have {n:,}", "max_employees")
    elif exceptional is not None and n <= exceptional:
        out.score -= EXCEPTIONAL_PENALTY
        out.add(f"for virksomheder med op til {_da_number(limit)} ansatte, kun i nogle tilfælde op til "
                f"{_da_number(exceptional)} ansatte: I har {_da_number(n)}",
                f"for companies with up to {limit:,} employees, only in some cases up to {exceptional:,} "
                f"employees: you have {n:,}", "max_employees_exceptional")
    else:
        out.fits = False
        out.add(f"kun for virksomheder med op til {_da_number(limit)} ansatte{da_exc}: I har {_da_number(n)}",
                f"only for companies with up to {limit:,} employees{en_exc}: you have {n:,}",
                "max_employees_exceptional" if exceptional else "max_employees")


def _assess_age(programme: Programme, profile: CompanyProfile, year_now: int, out: _Assessment) -> None:
    if programme.company_age != "new":
        return
    age = year_now - profile.founded_year if profile.founded_year is not None else None
    if age is not None:
        state = "new" if age <= NEW_COMPANY_MAX_AGE else "established" if age >= ESTABLISHED_MIN_AGE else "unclear"
    else:
        state = {True: "new", False: "established", None: "unknown"}[profile.new_company]
    founded = f" (grundlagt {profile.founded_year})" if age is not None else ""
    founded_en = f" (founded {profile.founded_year})" if age is not None else ""
    if state == "new":
        out.score += NEW_COMPANY_BONUS
        out.add(f"for nystartede virksomheder: jeres virksomhed er nystartet{founded}",
                f"for newly started companies: yours is new{founded_en}", "company_age")
    elif state == "unclear":
        out.add(f"for nystartede virksomheder: jeres virksomhed er {age} år gammel; spørg operatøren, "
                "om I stadig regnes som nystartet",
                f"for newly started companies: yours is {age} years old; "
                "ask the operator whether it still counts as new",
                "company_age")
    elif state == "established":
        out.fits = False
        out.add(f"kun for nystartede virksomheder: jeres virksomhed er etableret{founded}",
                f"only for newly started companies: yours is established{founded_en}", "company_age")
    else:
        out.score -= UNKNOWN_AGE_PENALTY
        da_tail, en_tail = _sharpen("company_age")
        out.add(f"kun for nystartede virksomheder; {da_tail}", f"only for newly started companies; {en_tail}",
                "company_age")


def _resolve_market(name: str) -> Market | str:
    """A catalogue or profile market as a known Market, or its lower-cased text when the table lacks it."""
    found = find_markets(name)
    return found[0] if found else name.strip().casefold()


def _profile_markets(profile: CompanyProfile) -> list[Market | str]:
    """The profile's markets plus any the goal text names ("en partner i Tyskland"), each once."""
    markets: list[Market | str] = [_resolve_market(name) for name in profile.markets]
    for market in find_markets(profile.goal):
        if market not in markets:
            markets.append(market)
    return markets


def _relation(wanted: Market | str, offered: Market | str) -> str | None:
    """How a programme market relates to a market the company wants, strongest first; None = unrelated."""
    if wanted == offered:
        return "direct"
    if isinstance(wanted, str) or isinstance(offered, str):
        return "direct" if str(wanted) in str(offered) or str(offered) in str(wanted) else None
    if offered.region is None and wanted.region == offered.da:
        return "region"  # the programme covers Europe; the company wants Germany
    if wanted.region is None and offered.region == wanted.da:
        return "part"  # the company wants Europe; the programme covers Belgium
    if wanted.region is not None and wanted.region == offered.region:
        return "neighbour"  # the company wants Germany; the programme covers Hungary
    return None


def _names(markets: list[Market | str], language: str) -> str:
    return ", ".join(getattr(m, language) if isinstance(m, Market) else m for m in markets)


def _assess_markets(programme: Programme, offered: list[Market | str], wanted: list[Market | str],
                    out: _Assessment) -> None:
    if not offered:
        return
    listed_da = ", ".join(programme.markets)
    if not wanted:
        out.score -= UNKNOWN_MARKET_PENALTY
        da_tail, en_tail = _sharpen("markets")
        out.add(f"retter sig mod {listed_da}; {da_tail}", f"targets {_names(offered, 'en')}; {en_tail}", "markets")
        return
    ranking = list(MARKET_SCORES)
    best: tuple[str, Market | str, Market | str] | None = None
    for want in wanted:
        for offer in offered:
            relation = _relation(want, offer)
            if relation and (best is None or ranking.index(relation) < ranking.index(best[0])):
                best = (relation, want, offer)
    if best is None:
        out.score += MARKET_SCORES["none"]
        out.add(f"retter sig mod {listed_da}, ikke {_names(wanted, 'da')}",
                f"targets {_names(offered, 'en')}, not {_names(wanted, 'en')}", "markets")
        return
    relation, want, offer = best
    out.score += MARKET_SCORES[relation]
    w_da, w_en, o_da, o_en = _names([want], "da"), _names([want], "en"), _names([offer], "da"), _names([offer], "en")
    texts = {
        "direct": (f"dækker jeres marked: {w_da}", f"covers your market: {w_en}"),
        "region": (f"dækker {o_da}, som omfatter {w_da}", f"covers {o_en}, which includes {w_en}"),
        "part": (f"dækker {o_da}, som er en del af {w_da}", f"covers {o_en}, which is part of {w_en}"),
        "neighbour": (f"dækker {o_da}, ikke {w_da}, men samme region",
                      f"covers {o_en}, not {w_en}, but the same region"),
    }
    out.add(*texts[relation], "markets")
