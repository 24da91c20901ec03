"""Judge every catalogue programme for one company: a verdict from the programme's stated conditions, and a
score that orders programmes by how well they suit what the company wants.

Verdict, from the checks of size, company age and market (each with the catalogue's quote):
  fits     every stated condition is met (a programme that states none fits anyone)
  may_fit  no condition fails, but one is open: the company has not told us a fact that decides it (say
           which), or only the operator can say ("in some cases up to 100 employees")
  no_fit   a condition fails; the reasons are only the failing rules, each with its quote
A market mismatch is never "fits"; a programme with no market restriction is not penalised for markets.

Score, per programme (the order within the list; programmes that do not fit always come last):
  semantic   0..1   the company's goal text vs the programme's goals and offers (embeddings), scaled so
                    the best programme for this question gets 1 and the weakest 0
  market     -0.4..1  a named market the programme covers (1), lies in its region (0.5), ... or misses (-0.4)
  confirmed  +0.15  the company's size is within a stated limit; +0.7 a new company and a programme for new ones
  unconfirmed -0.4  the company only fits the "in some cases" size limit; -0.3 a programme for new companies
                    when the company's age is unknown (most companies that ask are not new); -0.2 a programme
                    for given markets when the company names none (it suits only some companies)
"""
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from app.core.answer_types import STALE_AFTER_YEARS
from app.glossary import Glossary
from app.normalise import Vocabulary, words_of
from app.programmes.catalogue import Programme
from app.programmes.profile import FACT_LABELS, CompanyProfile, Market, find_markets

NEW_COMPANY_MAX_AGE = 3  # years: at most this old counts as nystartet
ESTABLISHED_MIN_AGE = 6  # years: from this age on a company is established; in between it is unclear


MARKET_SCORES = {"direct": 0.5, "region": 0.25, "part": 0.15, "neighbour": 0.1, "none": -0.4}
SIZE_CONFIRMED_BONUS = 0.15
NEW_COMPANY_BONUS = 0.7
EXCEPTIONAL_PENALTY = 0.4
UNKNOWN_AGE_PENALTY = 0.3
UNKNOWN_MARKET_PENALTY = 0.2
SEMANTIC_REASON_MIN = 0.5  # only a goal similarity in the upper half of this question's range is a reason

Verdict = Literal["fits", "may_fit", "no_fit"]
CheckKind = Literal["met", "open", "mismatch", "goal"]


@dataclass(frozen=True)
class Check:
    """One condition of a programme judged for the company, in both languages, with the quote behind it."""

    kind: CheckKind
    fact: str  # the catalogue fact it rests on ("max_employees", "markets", ...), "" for none
    da: str
    en: str
    quote: str | None = None  # verbatim from the source document; always set for a mismatch


@dataclass
class ProgrammeMatch:
    id: str
    name: str
    name_en: str
    operator: str
    operator_en: str
    offers: str
    offers_en: str
    audience: str
    verdict: Verdict
    fits: bool  # verdict == "fits"
    score: float
    reasons: list[str]  # Danish, consistent with the verdict (see _reasons)
    reasons_en: list[str]
    checks: list[dict[str, Any]]
    ask_for: list[str]  # keys of FACT_LABELS whose answer would settle a "may_fit"
    citations: list[dict[str, Any]]  # {quote, document, year, fact}
    year: int | None  # year of the source document
    caveat: str | None
    caveat_en: str | None
    period: str | None = None
    status: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def display_name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name


@dataclass
class _Assessment:
    """What the rules say about one programme, before ranking."""

    score: float = 0.0
    checks: list[Check] = field(default_factory=list)
    ask_for: list[str] = field(default_factory=list)

    def add(self, kind: CheckKind, da: str, en: str, fact: str = "", quote: str | None = None) -> None:
        self.checks.append(Check(kind, fact, da, en, quote))

    @property
    def verdict(self) -> Verdict:
        kinds = {check.kind for check in self.checks}
        return "no_fit" if "mismatch" in kinds else "may_fit" if "open" in kinds else "fits"


# Which checks a verdict shows, in order: never a reason that contradicts it.
SHOWN_KINDS: dict[str, tuple[str, ...]] = {"no_fit": ("mismatch",), "may_fit": ("open", "met", "goal"),
                                           "fits": ("met", "goal")}


def _reasons(checks: list[Check], verdict: Verdict, language: str) -> list[str]:
    """The reasons shown with a verdict, never contradicting it: a programme that does not fit shows only the
    rules that exclude it (with their quotes); one that may fit shows what is open first."""
    shown = [check for kind in SHOWN_KINDS[verdict] for check in checks if check.kind == kind]
    texts = []
    for check in shown:
        text = check.da if language == "da" else check.en
        if check.kind == "mismatch" and check.quote:
            text += f" »{check.quote}«" if language == "da" else f" (the document, in Danish: “{check.quote}”)"
        texts.append(text)
    return texts


def _da_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sharpen(key: str) -> tuple[str, str]:
    """The sentence tail that asks for a missing fact."""
    labels = FACT_LABELS[key]
    return f"oplys {labels['da']} for et sikkert svar", f"tell us your {labels['en']} to settle it"


def _quote(programme: Programme, *facts: str) -> str | None:
    """The first evidence quote for the first of `facts` the catalogue quotes."""
    for fact in facts:
        for item in programme.evidence:
            if item.fact == fact:
                return item.quote
    return None


class ProgrammeFinder:
    """Built once per catalogue (it embeds every programme's goals and offers); `match` per question."""

    def __init__(self, programmes: list[Programme], embeddings: Embeddings, document_years: Mapping[str, int | None],
                 glossary: Glossary | None = None):
        self.programmes = programmes
        self.embeddings = embeddings
        self.document_years = dict(document_years)
        self.glossary = glossary or Glossary([])
        # The words the programmes are named by ("VækstMidt Accelerator", "eksportordningerne"): a scheme a question
        # names that is none of them is asked of the documents (app.programmes.intent.names_unlisted_scheme).
        self.names = Vocabulary.of_words(words_of(
            [name for programme in programmes for name in (programme.name, programme.name_en or "", *programme.aliases)]))
        # Each programme is represented by its goal phrases and its offer texts, embedded once here.
        texts_per_programme = [[*p.goals, *p.goals_en, p.offers, p.offers_en] for p in programmes]
        flat = [text for texts in texts_per_programme for text in texts]
        vectors = _unit_rows(np.asarray(embeddings.embed_documents(flat), dtype=np.float32)) if flat \
            else np.zeros((0, 0), dtype=np.float32)
        self._vectors: list[np.ndarray] = []
        start = 0
        for texts in texts_per_programme:
            self._vectors.append(vectors[start : start + len(texts)])
            start += len(texts)
        self._markets = [[_resolve_market(name) for name in p.markets] for p in programmes]

    def match(self, profile: CompanyProfile, current_year: int | None = None) -> list[ProgrammeMatch]:
        """All programmes, best first: those that fit or may fit by score, then those that do not fit."""
        year_now = current_year or datetime.date.today().year
        semantic, best_goals = self._semantic(profile)
        profile_markets = _profile_markets(profile)
        matches = []
        for index, programme in enumerate(self.programmes):
            assessment = _Assessment()
            operator_en = self.operator_en(programme)
            _assess_size(programme, profile, assessment, operator_en)
            _assess_sme(programme, profile, assessment)
            _assess_age(programme, profile, year_now, assessment, operator_en)
            _assess_markets(programme, self._markets[index], profile_markets, assessment)
            if semantic is not None:
                assessment.score += float(semantic[index])
                goal_da, goal_en = best_goals[index]
                if semantic[index] >= SEMANTIC_REASON_MIN and goal_da:
                    en = f"matches your goal: “{goal_en}”" if goal_en else "matches what you describe"
                    assessment.add("goal", f"passer til jeres mål: »{goal_da}«", en)
            if not any(check.kind != "goal" for check in assessment.checks):
                assessment.add("met", "dokumenterne nævner ingen krav til størrelse, alder eller marked",
                               "the documents state no limits on size, age or market")
            matches.append(self._to_match(programme, assessment, year_now, operator_en))
        # sorted() is stable, so ties keep catalogue order.
        return sorted(matches, key=lambda m: (m.verdict == "no_fit", -m.score))

    def operator_en(self, programme: Programme) -> str:
        return programme.operator_en or self.glossary.to_english(programme.operator)

    def _semantic(self, profile: CompanyProfile) -> tuple[np.ndarray | None, list[tuple[str, str]]]:
        """Per programme: goal similarity scaled to 0..1 over the catalogue, and its closest goal phrase in
        Danish and in English ("" when the catalogue has none in that language)."""
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
            n_da, n_en = len(programme.goals), len(programme.goals_en)
            goal_da = programme.goals[int(np.argmax(similarities[:n_da]))] if n_da else ""
            goal_en = programme.goals_en[int(np.argmax(similarities[n_da : n_da + n_en]))] if n_en else ""
            best_goals.append((goal_da, goal_en))
        scores = np.asarray(raw)
        spread = scores.max() - scores.min()
        scaled = (scores - scores.min()) / spread if spread > 0 else np.zeros_like(scores)
        return scaled, best_goals

    def _to_match(self, programme: Programme, assessment: _Assessment, year_now: int, operator_en: str) -> ProgrammeMatch:
        year = self.document_years.get(programme.source)
        caveat: str | None
        caveat_en: str | None
        if year is None:
            caveat = "Kildedokumentets år er ukendt; kontrollér, at oplysningerne stadig gælder"
            caveat_en = "The source document's year is unknown; check that the information still applies"
        elif year_now - year >= STALE_AFTER_YEARS:
            caveat = f"Oplysningerne stammer fra et dokument fra {year} og kan være forældede"
            caveat_en = f"The information comes from a document from {year} and may be out of date"
        else:
            caveat = caveat_en = None
        verdict = assessment.verdict
        # The quotes behind the shown reasons first, then the rest in catalogue order.
        used = {check.fact for check in assessment.checks if check.fact}
        evidence = sorted(programme.evidence, key=lambda item: item.fact not in used)
        citations = [{"quote": item.quote, "document": programme.source, "year": year, "fact": item.fact}
                     for item in evidence]
        return ProgrammeMatch(
            id=programme.id, name=programme.name, name_en=programme.name_en or programme.name,
            operator=programme.operator, operator_en=operator_en, offers=programme.offers,
            offers_en=programme.offers_en, audience=programme.audience, verdict=verdict, fits=verdict == "fits",
            score=round(assessment.score, 4), reasons=_reasons(assessment.checks, verdict, "da"),
            reasons_en=_reasons(assessment.checks, verdict, "en"),
            checks=[asdict(check) for check in assessment.checks],
            ask_for=list(dict.fromkeys(assessment.ask_for)) if verdict == "may_fit" else [],
            citations=citations, year=year, caveat=caveat, caveat_en=caveat_en,
            period=programme.period, status=programme.status,
        )


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def _assess_size(programme: Programme, profile: CompanyProfile, out: _Assessment, operator_en: str) -> None:
    limit, exceptional = programme.max_employees, programme.max_employees_exceptional
    if limit is None:
        return
    da_exc = f" (i nogle tilfælde op til {_da_number(exceptional)})" if exceptional else ""
    en_exc = f" (in some cases up to {exceptional:,})" if exceptional else ""
    n = profile.employees
    if n is None:
        da_tail, en_tail = _sharpen("employees")
        out.ask_for.append("employees")
        out.add("open", f"for virksomheder med op til {_da_number(limit)} ansatte{da_exc}; {da_tail}",
                f"for companies with up to {limit:,} employees{en_exc}; {en_tail}", "max_employees")
    elif n <= limit:
        out.score += SIZE_CONFIRMED_BONUS
        out.add("met", f"for virksomheder med op til {_da_number(limit)} ansatte: I har {_da_number(n)}",
                f"for companies with up to {limit:,} employees: you have {n:,}", "max_employees")
    elif exceptional is not None and n <= exceptional:
        out.score -= EXCEPTIONAL_PENALTY
        out.add("open", f"for virksomheder med op til {_da_number(limit)} ansatte, kun i nogle tilfælde op til "
                f"{_da_number(exceptional)} ansatte: I har {_da_number(n)}; spørg {programme.operator}, "
                "om jeres tilfælde er et af dem",
                f"for companies with up to {limit:,} employees, only in some cases up to {exceptional:,} "
                f"employees: you have {n:,}; ask {operator_en} whether yours is such a case",
                "max_employees_exceptional")
    else:
        fact = "max_employees_exceptional" if exceptional else "max_employees"
        out.add("mismatch",
                f"kun for virksomheder med op til {_da_number(limit)} ansatte{da_exc}: I har {_da_number(n)}",
                f"only for companies with up to {limit:,} employees{en_exc}: you have {n:,}", fact,
                _quote(programme, "max_employees", "max_employees_exceptional", "audience"))


SME_LIMIT = 250  # the EU's definition of a small or medium-sized enterprise: fewer than 250 employees


def _assess_sme(programme: Programme, profile: CompanyProfile, out: _Assessment) -> None:
    """A programme for "små og mellemstore virksomheder" that states no number: the EU's definition decides."""
    if not programme.sme_only:
        return
    n = profile.employees
    rule_da = f"for små og mellemstore virksomheder (efter EU's definition under {SME_LIMIT} ansatte)"
    rule_en = f"for small and medium-sized companies (by the EU's definition under {SME_LIMIT} employees)"
    if n is None:
        out.ask_for.append("employees")
        da_tail, en_tail = _sharpen("employees")
        out.add("open", f"{rule_da}; {da_tail}", f"{rule_en}; {en_tail}", "audience")
    elif n < SME_LIMIT:
        out.add("met", f"{rule_da}: I har {_da_number(n)}", f"{rule_en}: you have {n:,}", "audience")
    else:
        out.add("mismatch", f"kun {rule_da}: I har {_da_number(n)}", f"only {rule_en}: you have {n:,}", "audience",
                _quote(programme, "audience"))


def _assess_age(programme: Programme, profile: CompanyProfile, year_now: int, out: _Assessment,
                operator_en: str) -> None:
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
        out.add("met", f"for nystartede virksomheder: jeres virksomhed er nystartet{founded}",
                f"for newly started companies: yours is new{founded_en}", "company_age")
    elif state == "unclear":
        out.add("open", f"for nystartede virksomheder: jeres virksomhed er {age} år gammel; spørg "
                f"{programme.operator}, om I stadig regnes som nystartet",
                f"for newly started companies: yours is {age} years old; "
                f"ask {operator_en} whether it still counts as new", "company_age")
    elif state == "established":
        out.add("mismatch", f"kun for nystartede virksomheder: jeres virksomhed er etableret{founded}",
                f"only for newly started companies: yours is established{founded_en}", "company_age",
                _quote(programme, "company_age", "audience"))
    else:
        out.score -= UNKNOWN_AGE_PENALTY
        out.ask_for.append("company_age")
        da_tail, en_tail = _sharpen("company_age")
        out.add("open", f"kun for nystartede virksomheder; {da_tail}", f"only for newly started companies; {en_tail}",
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
    """"Ungarn, Budapest" -> "Hungary" in English: the city resolves to its country, named once."""
    return ", ".join(dict.fromkeys(getattr(m, language) if isinstance(m, Market) else m for m in markets))


def _assess_markets(programme: Programme, offered: list[Market | str], wanted: list[Market | str],
                    out: _Assessment) -> None:
    if not offered:
        return  # no market restriction: suits any market, so nothing to check or penalise
    listed_da = ", ".join(programme.markets)
    if not wanted:
        out.score -= UNKNOWN_MARKET_PENALTY
        out.ask_for.append("markets")
        da_tail, en_tail = _sharpen("markets")
        out.add("open", f"retter sig mod {listed_da}; {da_tail}", f"targets {_names(offered, 'en')}; {en_tail}",
                "markets")
        return
    ranking = list(MARKET_SCORES)
    best: tuple[str, Market | str, Market | str] | None = None
    for want in wanted:
        for offer in offered:
            relation = _relation(want, offer)
            if relation and (best is None or ranking.index(relation) < ranking.index(best[0])):
                best = (relation, want, offer)
    relation = best[0] if best else "none"
    out.score += MARKET_SCORES[relation]
    if best is None or relation in ("none", "neighbour"):
        # Another country in the same region is still another market: the office in St. Petersborg does not
        # serve a company aiming at Germany.
        out.add("mismatch", f"retter sig mod {listed_da}, ikke {_names(wanted, 'da')}",
                f"targets {_names(offered, 'en')}, not {_names(wanted, 'en')}", "markets",
                _quote(programme, "markets", "audience"))
        return
    _, want, offer = best
    w_da, w_en, o_da, o_en = _names([want], "da"), _names([want], "en"), _names([offer], "da"), _names([offer], "en")
    if relation == "direct":
        out.add("met", f"dækker jeres marked: {w_da}", f"covers your market: {w_en}", "markets")
    elif relation == "region":
        out.add("met", f"dækker {o_da}, som omfatter {w_da}", f"covers {o_en}, which includes {w_en}", "markets")
    else:  # part: the company wants Europe, the programme covers only Belgium
        out.ask_for.append("markets")
        out.add("open", f"dækker kun {o_da} af {w_da}; passer, hvis {o_da} er et af jeres markeder",
                f"covers only {o_en} within {w_en}; fits if {o_en} is one of your markets", "markets")
