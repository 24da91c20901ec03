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
                                {"about-us-english.md": SUMMARY, "priser-2026.html": PRICES})


def test_a_price_the_english_summary_lacks_is_taken_from_the_danish_documents(engine):
    answer = engine.ask("What does the annual network dinner cost for non-members?")
    assert not answer.abstained and "900 kr." in answer.text and answer.sources[0].document == "priser-2026.html", \
        answer.text


def test_what_the_english_summary_answers_stays_its_answer(engine):
    answer = engine.ask("How often are the themed breakfast meetings held?")
    assert "four times a year" in answer.text and answer.sources[0].document == "about-us-english.md", answer.text
