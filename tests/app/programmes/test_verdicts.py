"""Properties of the finder's verdicts over generated company profiles (size 1 to 1000, new or not, markets
from the catalogue and outside it), and the reader's language in every reason, with the real catalogue and
the real embedding model."""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wordfreq import zipf_frequency

from app.glossary import Glossary
from app.programmes.catalogue import load_catalogue
from app.programmes.matcher import ProgrammeFinder
from app.programmes.profile import CompanyProfile
from tests.app.programmes.test_matcher import SEED  # noqa: F401 (the module's fixture)
from tests.app.programmes.test_matcher import finder as finder
from tests.conftest import CORPUS

MARKETS = ["Tyskland", "Kina", "Shanghai", "Rusland", "Belgien", "Ungarn", "Europa", "Sverige", "USA",
           "Brasilien", "Japan", "Asien"]
GOALS = ["hjælp til eksport", "vi søger en partner", "ansætte udenlandske ingeniører", "export help",
         "netværk med andre virksomheder", "komme ind på et nyt marked", ""]

profiles = st.builds(
    CompanyProfile,
    employees=st.one_of(st.none(), st.integers(1, 1000)),
    new_company=st.sampled_from([None, True, False]),
    founded_year=st.one_of(st.none(), st.integers(1950, 2026)),
    goal=st.sampled_from(GOALS),
    markets=st.lists(st.sampled_from(MARKETS), max_size=2, unique=True),
    sector=st.just(""),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(profile=profiles)
def test_verdicts_never_contradict_their_reasons(finder, profile):  # noqa: F811
    evidence = {p.id: {item.quote for item in p.evidence} for p in finder.programmes}
    catalogue = {p.id: p for p in finder.programmes}
    matches = finder.match(profile, current_year=2026)
    for match in matches:
        kinds = {check["kind"] for check in match.checks}
        if match.verdict == "fits":
            # Nothing open, nothing failed, and no reason that names a mismatch.
            assert kinds <= {"met", "goal"}, match.checks
            assert not any(re.search(r"\bikke\b|kun i nogle tilfælde", r) for r in match.reasons), match.reasons
            assert not any(re.search(r"\bnot\b|only in some cases", r) for r in match.reasons_en), match.reasons_en
        elif match.verdict == "no_fit":
            # Only the excluding rules are shown, each with a verbatim quote from the programme's evidence.
            assert match.reasons and len(match.reasons) == sum(c["kind"] == "mismatch" for c in match.checks)
            for check in match.checks:
                if check["kind"] == "mismatch":
                    assert check["quote"] in evidence[match.id]
            assert all(re.search(r"».+«$", reason) for reason in match.reasons)
        else:
            assert "open" in kinds and "mismatch" not in kinds
        if not catalogue[match.id].markets:
            assert all(check["fact"] != "markets" for check in match.checks)  # no market rule, no market penalty
    # Those that fit or may fit come first.
    excluded = [m.verdict == "no_fit" for m in matches]
    assert excluded == sorted(excluded)


@pytest.mark.parametrize("market", ["Tyskland", "Brasilien", "USA", "Japan"])
def test_a_market_outside_a_programmes_markets_never_fits(finder, market):  # noqa: F811
    matches = {m.id: m for m in finder.match(CompanyProfile(30, False, None, "eksport", [market], ""), current_year=2026)}
    for programme_id in ("kontor-shanghai", "kontor-bruxelles", "kontor-budapest", "kontor-st-petersborg",
                         "shanghai-initiativ"):
        assert matches[programme_id].verdict == "no_fit", matches[programme_id].reasons
    # Europe Enterprise Network covers Europe, so Germany; not the markets outside Europe.
    assert matches["europe-enterprise-network"].verdict == ("fits" if market == "Tyskland" else "no_fit")


def _frequency(word: str, language: str) -> float:
    """A word's frequency, or for a compound no list knows ("eksportfremme") its longest known first part's."""
    for end in range(len(word), 3, -1):
        if zipf_frequency(word[:end], language) > 0:
            return zipf_frequency(word[:end], language)
    return 0.0


def _language_of(phrase: str) -> str:
    """By word frequencies: the language in which the phrase's words are more common."""
    words = re.findall(r"[^\W\d_]+", phrase.lower())
    danish = sum(_frequency(w, "da") for w in words)
    english = sum(_frequency(w, "en") for w in words)
    return "da" if danish > english else "en"


def test_catalogue_goals_are_danish_and_goals_en_english():
    for programme in load_catalogue(CORPUS / "programmes.yaml"):
        for goal in programme.goals:
            assert _language_of(goal) == "da", (programme.id, goal)
        for goal in programme.goals_en:
            assert _language_of(goal) == "en", (programme.id, goal)


def _danish_words(text: str) -> list[str]:
    """Words far more common in Danish than in English (proper names aside)."""
    words = re.findall(r"[^\W\d_]+", text)
    return [w for w in words if w[0].islower() and zipf_frequency(w, "da") > 2.5 and zipf_frequency(w, "en") < 1.5]


@pytest.mark.parametrize("profile", [
    CompanyProfile(None, None, None, "hjælp til eksport", [], ""),
    CompanyProfile(40, False, None, "vi vil eksportere til Tyskland", ["Tyskland"], ""),
    CompanyProfile(300, False, 1990, "export help", ["Kina"], ""),
    CompanyProfile(80, True, None, "partner i Europa", ["Europa"], ""),
])
def test_reasons_are_in_the_readers_language(finder, profile):  # noqa: F811
    goals_en = {goal for p in finder.programmes for goal in p.goals_en}
    goals_da = {goal for p in finder.programmes for goal in p.goals}
    for match in finder.match(profile, current_year=2026):
        for reason in match.reasons:
            assert not any(f"»{goal}«" in reason for goal in goals_en), reason
        for reason in match.reasons_en:
            assert not any(f"“{goal}”" in reason for goal in goals_da), reason
            outside_quotes = re.sub(r"\(the document, in Danish: “.*?”\)", "", reason)
            outside_quotes = outside_quotes.replace(match.operator_en, "")
            assert not _danish_words(outside_quotes), reason


def test_operators_are_translated_where_the_glossary_names_them():
    programmes = load_catalogue(CORPUS / "programmes.yaml")
    glossary = Glossary.load(CORPUS / "glossary.yaml")
    finder = ProgrammeFinder(programmes, _NoEmbeddings(), {SEED: 2010}, glossary)
    english = {p.id: finder.operator_en(p) for p in programmes}
    assert english["eksportraadet-tilskudsordninger"] == "Ministry of Foreign Affairs, Trade Council"
    assert english["startmidt"] == "Growth Forum, Central Denmark Region"
    for text in english.values():
        assert not _danish_words(text), text


class _NoEmbeddings:
    """Operator names need no model; the finder only embeds the catalogue once at construction."""

    def embed_documents(self, texts):
        return [[1.0, 0.0] for _ in texts]


@pytest.mark.parametrize("question", [
    "We are a small company with 30 employees wanting to export to Germany, what help is there?",
    "we're a 3 person startup and want to sell in China, any programmes?",
    "We have 300 employees. Can we use the Trade Council subsidies?",
])
def test_an_english_answer_has_no_danish_outside_names_and_quotes(seed_engine, question):
    answer = seed_engine.ask(question, language="en")
    assert answer.language == "en" and answer.route in ("finder", "eligibility")
    text = re.sub(r"“[^”]*”", "", answer.text)  # quotes stay verbatim Danish, and say so
    for programme in answer.programmes:
        for name in (programme["name_en"], programme["operator_en"]):
            text = text.replace(name, "")
        for goal in programme.get("goals", []):
            assert goal not in answer.text
    assert not _danish_words(text), _danish_words(text)
    catalogue = load_catalogue(CORPUS / "programmes.yaml")
    assert not [goal for p in catalogue for goal in p.goals if f"»{goal}«" in answer.text or f"“{goal}”" in answer.text]
