"""The company phrasing table (company_phrasings.yaml, written blind before issue 11's change): each
question, asked of the real engine on the seed corpus, takes the expected route, ranks an expected programme
first where the profile is clear, and answers an eligibility question with the expected verdict.
`python benchmarks/programme_routing.py` prints the same as figures."""
from pathlib import Path

import pytest
import yaml

TABLE = yaml.safe_load((Path(__file__).parent / "company_phrasings.yaml").read_text(encoding="utf-8"))
VERDICT = {"fits": "yes", "may_fit": "depends", "no_fit": "no"}
# First-programme misses measured after issue 11 (19 of 22 right): "together with other firms" does not pull
# KlyngeMidt up by embedding similarity alone, and a 120-person company gets VITUS before VækstMidt
# Accelerator. Strict xfail: a fix shows up as a failure here, to be moved out of this list.
KNOWN_RANKING_MISSES = {
    "Vi er fem mindre møbelproducenter, der overvejer at gå sammen om at komme ind på det norske marked. "
    "Findes der støtte til det?",
    "we're 15 people and want to enter a new market together with a few other firms - which programme fits, "
    "and when did it start?",
    "vi er 120 ansatte og vil ekspandere i udlandet hvilket program passer og hvornår startede vækstmidt accelerator",
}


def test_the_table_covers_the_ways_companies_write():
    styles = {row["style"] for row in TABLE}
    company_routes = [row for row in TABLE if row["route"] != "documents"]
    assert styles == {"formal", "informal", "misspelled", "english"} and len(company_routes) >= 30


@pytest.mark.parametrize("row", TABLE, ids=[row["text"][:60] for row in TABLE])
def test_company_question_takes_the_expected_route(seed_engine, row):
    answer = seed_engine.ask(row["text"])
    assert answer.route == row["route"], answer.text
    if row["route"] == "eligibility":
        first = answer.programmes[0]  # the programme asked about
        assert first["id"] == row["programme"]
        assert VERDICT[first["verdict"]] == row["verdict"], answer.text


RANKED = [row for row in TABLE if row.get("top")]


@pytest.mark.parametrize("row", [
    pytest.param(row, marks=pytest.mark.xfail(strict=True, reason="known ranking miss"))
    if row["text"] in KNOWN_RANKING_MISSES else row for row in RANKED
], ids=[row["text"][:60] for row in RANKED])
def test_a_clear_profile_gets_the_expected_programme_first(seed_engine, row):
    answer = seed_engine.ask(row["text"])
    assert (answer.programmes or [{}])[0].get("id") in row["top"], [p["id"] for p in answer.programmes or []]
