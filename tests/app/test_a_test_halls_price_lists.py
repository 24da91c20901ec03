"""A test hall's prices as people ask about them: this year's price list (a table with a note column most rows leave
empty), the web page with last year's prices and an FAQ of last year. Years are relative to today, as people ask
"sidste år" and "i år". Written for these tests (fictional)."""
import datetime

import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

THIS_YEAR = datetime.date.today().year
LAST_YEAR = THIS_YEAR - 1

PRICE_LIST = f"""Prisliste {THIS_YEAR} – Testhal Nord

Gælder fra 1. januar {THIS_YEAR} og erstatter prislisten af 1. januar {LAST_YEAR}. Alle priser er ekskl. moms.

Leje af udstyr

Udstyr  Enhed  Medlem  Ikke-medlem  Note
Trykprøvemaskine 3.000 kN  halv dag  2.600 kr.  4.300 kr.  inkl. opspænding
Trykprøvemaskine 3.000 kN  hel dag  4.400 kr.  7.200 kr.  inkl. opspænding
Fugtkammer  pr. døgn  1.250 kr.  2.100 kr.
Nyt klimakammer til facadeelementer  –  –  –  pris fastsættes ved ibrugtagning

Ydelser

Ydelse  Enhed  Medlem  Ikke-medlem  Note
Teknikerassistance  pr. påbegyndt time  720 kr.  980 kr.
Opstilling uden for åbningstid  pr. time  1.100 kr.  1.450 kr.  min. 2 timer
Bortskaffelse af prøveemner  pr. palle  350 kr.  350 kr.
"""

WEB_PAGE = f"""<html><head><title>Testhal Nord – Byggeklynge Nord</title></head><body><main>
<h1>Testhal Nord – test materialerne, før de bygges ind</h1>
<p>Testhal Nord er klyngens materialetesthal. Den fulde prisliste for {THIS_YEAR} finder du som PDF.</p>
<h2>Priseksempler</h2>
<p>Herunder ser du nogle af de mest brugte ydelser. Alle priser er i kr. ekskl. moms og gælder for {LAST_YEAR}.</p>
<table>
<tr><th>Ydelse</th><th>Medlem</th><th>Ikke-medlem</th></tr>
<tr><td>Trykprøvemaskine, halv dag</td><td>2.400 kr.</td><td>3.900 kr.</td></tr>
<tr><td>Trykprøvemaskine, hel dag</td><td>4.100 kr.</td><td>6.600 kr.</td></tr>
<tr><td>Teknikerassistance pr. time</td><td>680 kr.</td><td>950 kr.</td></tr>
</table>
</main></body></html>"""

FAQ = f"""---
title: Ofte stillede spørgsmål om Testhal Nord
year: {LAST_YEAR}
---

# Ofte stillede spørgsmål

## Hvad koster det at leje trykprøvemaskinen?

En halv dag i trykprøvemaskinen koster 2.400 kr. for medlemmer og 3.900 kr. for ikke-medlemmer.

## Skal vi have en introduktion?

Ja, mindst én medarbejder skal gennemføre sikkerhedsintroduktionen før første booking.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("test_hall"), {
        f"prisliste-testhal-nord-{THIS_YEAR}.txt": PRICE_LIST, "testhal-nord.html": WEB_PAGE, "faq-testhal.md": FAQ})


def test_a_price_asked_for_this_years_year_comes_from_this_years_price_list_with_the_asked_unit(engine):
    """Last year's FAQ and web page write the same question's words; the year's price list answers, and its row says
    which unit the price is for."""
    answer = engine.ask(f"hvad koster en halv dag i trykproevemaskinen for ikke medlemmer i {THIS_YEAR}")
    assert "4.300 kr." in answer.text.split("\n")[0], answer.text
    assert "Enhed: halv dag, Ikke-medlem: 4.300 kr." in answer.text, answer.text


def test_last_year_is_the_year_before_this_one(engine):
    """"assistance" is the documents' word, in "Teknikerassistance": no other word is searched for it."""
    answer = engine.ask("what did technician assistance cost per hour for non-members last year?")
    assert "950 kr." in answer.text.split("\n")[0], answer.text
    answer = engine.ask("hvad kostede teknikerassistance pr time for ikke-medlemmer sidste aar?")
    assert "950 kr." in answer.text.split("\n")[0], answer.text


def test_a_row_without_a_note_is_a_row_of_the_table(engine):
    """"Teknikerassistance  pr. påbegyndt time  720 kr.  980 kr." leaves the note column empty."""
    answer = engine.ask("hvad koster teknikerassistance for ikke-medlemmer i år?")
    assert answer.text.startswith("Kort svar: 980 kr."), answer.text
    assert "Teknikerassistance: Ikke-medlem: 980 kr." in answer.text or "Ikke-medlem: 980 kr." in answer.text, answer.text


def test_a_price_to_be_set_later_is_said_to_be_not_set_not_answered_by_another_chambers_price(engine):
    answer = engine.ask("hvad koster det at leje det nye klimakammer pr dag?")
    assert answer.abstained and "pris fastsættes ved ibrugtagning" in answer.text, answer.text
    assert "1.250 kr." not in answer.text.split("\n")[0], answer.text


def test_the_year_the_askers_company_started_is_no_year_asked_about(engine):
    """"startede sidste år" says how old the company is: this year's price is asked, not last year's."""
    answer = engine.ask("vi er et nyt ingeniørfirma, startede sidste aar - hvad koster teknikerassistance for ikke-medlemmer?")
    assert answer.text.startswith("Kort svar: 980 kr."), answer.text


def test_a_year_of_what_the_asker_tells_of_their_company_is_no_year_asked_about(engine):
    answer = engine.ask("vi omsatte for ca 3 mio sidste aar - hvad koster teknikerassistance for ikke-medlemmer?")
    looked_at = where_a_reader_looks(answer.text)
    assert "980 kr." in looked_at and "950 kr." not in looked_at, answer.text
