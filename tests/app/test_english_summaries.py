"""An English summary beside the Danish documents it summarises: an English question draws the summary, whose
sentences name the asked thing but not its price; the Danish price list gives it. Written for these tests
(fictional)."""
import pytest

from tests.conftest import engine_beside_corpus

SUMMARY = """# Erhvervsnetværk Sydfyn in English

Erhvervsnetværk Sydfyn is a business network for companies on South Funen.

## Events

- An annual network dinner for members and guests.
- Themed breakfast meetings four times a year.

## International work

We are looking for partner networks in Germany for a joint EU application of roughly DKK 2.5 million.

## Programmes

- Green Vouchers: a free energy check for members and a grant of 50 % of the cost of an external consultant (max.
  DKK 40,000 per company).
"""

VOUCHERS = """---
title: Grønne vouchere 2026 – vilkår
year: 2026
---

# Grønne vouchere 2026

Grønne vouchere hjælper virksomheder på Sydfyn med at komme i gang med den grønne omstilling.

## Hvad kan man få?

Ydelse | Støtte | Maks. tilskud
--- | --- | ---
Energitjek (1 dags konsulentbesøg) | Gratis for medlemmer, 2.500 kr. for ikke-medlemmer | –
Ekstern konsulentbistand | 50 % af udgiften | 40.000 kr. pr. virksomhed
"""

PRICES = """<html><head><meta charset="utf-8"><title>Priser 2026 – Erhvervsnetværk Sydfyn</title></head><body><main>
<h1>Priser 2026</h1>
<table>
<tr><th>Arrangement</th><th>Medlemmer</th><th>Ikke-medlemmer</th></tr>
<tr><td>Netværksmiddag 2026</td><td>650 kr.</td><td>900 kr.</td></tr>
<tr><td>Temamorgenmøde</td><td>Gratis</td><td>150 kr.</td></tr>
</table>
</main></body></html>"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("summaries"),
                                {"about-us-english.md": SUMMARY, "priser-2026.html": PRICES,
                                 "groenne-vouchere-2026.md": VOUCHERS})


def test_a_price_the_english_summary_lacks_is_taken_from_the_danish_documents(engine):
    answer = engine.ask("What does the annual network dinner cost for non-members?")
    assert not answer.abstained and "900 kr." in answer.text and answer.sources[0].document == "priser-2026.html", \
        answer.text


def test_what_the_english_summary_answers_stays_its_answer(engine):
    answer = engine.ask("How often are the themed breakfast meetings held?")
    assert "four times a year" in answer.text and answer.sources[0].document == "about-us-english.md", answer.text


def test_a_figure_the_summary_gives_of_another_thing_gives_way_to_the_danish_documents(engine):
    """The summary's sentence on the vouchers has a figure ("max. DKK 40,000"), of the consultancy grant; the Danish
    terms give the energy check's price for non-members."""
    answer = engine.ask("how much does the energy check cost for non-members?")
    assert answer.text.startswith("Short answer: 2.500 kr."), answer.text
    assert answer.sources[0].document == "groenne-vouchere-2026.md", answer.text


def test_a_figure_the_summary_gives_as_the_danish_documents_do_stays_in_english_with_the_danish_quote_after(engine):
    answer = engine.ask("what is the max grant for an external consultant from green vouchers")
    assert answer.text.startswith("Short answer: DKK 40,000"), answer.text
    assert answer.sources[0].document == "about-us-english.md", answer.text
    assert "40.000 kr." in answer.text and answer.sources[1].document == "groenne-vouchere-2026.md", answer.text


def test_a_figure_only_the_summary_gives_stays_its_answer(engine):
    """The Danish documents' prices are no size of the EU application the summary names."""
    answer = engine.ask("How big is the EU application you want to make with German partners?")
    assert answer.text.startswith("Short answer: DKK 2.5 million"), answer.text
