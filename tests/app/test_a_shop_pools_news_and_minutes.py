"""A shop-front pool's page for the year, and the board minutes and the news item that change it weeks later: the
same year, told apart by the day the minutes and the news item state ("Dato: Tirsdag den 24. februar 2026",
"Ringkøbing, 3. marts 2026"); and a test shop priced in a 2024 plan's sentence and a 2026 price list's table.
Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

PAGE = """<html><head><title>Butikspuljen 2026 | Handel i Vestjylland</title></head><body><main>
<h1>Butikspuljen 2026 - tilskud til pæne butiksfacader</h1>
<p>Butikspuljen giver tilskud til facader, skilte og belysning i bymidterne i Herning, Ringkøbing-Skjern og
Ikast-Brande.</p>
<h2>Hvor meget kan man få?</h2>
<p>Tilskuddet er 40 % af udgifterne, dog højst 30.000 kr. pr. butik.</p>
<h2>Puljen fordelt på kommuner</h2>
<table>
<tr><th>Kommune</th><th>Pulje 2026</th><th>Kontaktperson</th></tr>
<tr><td>Herning</td><td>160.000 kr.</td><td>Anne Kruse</td></tr>
<tr><td>Ringkøbing-Skjern</td><td>140.000 kr.</td><td>Bo Lauritsen</td></tr>
<tr><td>Ikast-Brande</td><td>100.000 kr.</td><td>Jette Vind</td></tr>
</table>
<h2>Sådan søger du</h2>
<p>Ansøgningsfrist: 1. april 2026 kl. 12.00. Ansøgningen sendes til kommunens kontaktperson.</p>
</main></body></html>
"""

MINUTES = """HANDEL I VESTJYLLAND
REFERAT AF BESTYRELSESMØDE

Dato:     Tirsdag den 24. februar 2026, kl. 14.00-16.00
Sted:     Herning Rådhus

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

2. Butikspuljen 2026
Sekretariatet indstillede, at ansøgningsfristen for Butikspuljen rykkes fra 1. april 2026 til 15. maj 2026,
fordi mange ansøgere ikke kan nå at indhente tilbud fra håndværkere. Bestyrelsen godkendte indstillingen.

3. Eventuelt
Intet.
"""

NEWS = """NYHED - Handel i Vestjylland

Ringkøbing, 3. marts 2026

MERE TID OG FLERE PENGE TIL BUTIKSPULJEN

Butiksejere får seks uger mere til at søge Butikspuljen: fristen er nu 15. maj 2026 kl. 12.00.
Herning Kommune har samtidig besluttet at tilføre puljen ekstra 150.000 kr. til facader i Herning.
Hernings andel af Butikspuljen i 2026 er dermed 310.000 kr.
"""

PLAN_2024 = """---
title: Handlingsplan 2024 - Handel i Vestjylland
---

## Prøvebutikken

Prøvebutikken i Herning er en butik, hvor handlende kan afprøve indretning, skilte og kassesystemer, før de
investerer. I 2024 koster en dag i prøvebutikken 2.400 kr. ekskl. moms.
"""

PRICES_2026 = """<html><head><title>Priser 2026 - Prøvebutikken Herning</title></head><body><main>
<h1>Priser 2026</h1>
<p>Alle priser er ekskl. moms og gælder bookinger i 2026.</p>
<table>
<tr><th>Ydelse</th><th>Enhed</th><th>Pris ekskl. moms</th></tr>
<tr><td>Prøvebutik med kasseudstyr (Herning)</td><td>pr. dag (8 timer)</td><td>2.900 kr.</td></tr>
<tr><td>Prøvebutik, halv dag (Herning)</td><td>op til 4 timer</td><td>1.700 kr.</td></tr>
<tr><td>Mødelokale</td><td>pr. time</td><td>250 kr.</td></tr>
</table>
</main></body></html>
"""

FILES = {"butikspuljen-2026.html": PAGE, "referat-bestyrelsesmoede-feb-2026.txt": MINUTES,
         "nyhed-butikspuljen.txt": NEWS, "handlingsplan-2024.md": PLAN_2024, "priser-proevebutikken-2026.html": PRICES_2026}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("shop-pools"), FILES)


def test_a_news_item_later_in_the_year_leads_with_its_figure_and_the_page_is_cited_as_older(engine):
    answer = engine.ask("hvor meget faar herning i butikspuljen i 2026")
    assert "310.000 kr." in where_a_reader_looks(answer.text), answer.text
    assert "160.000 kr." in answer.text and "3. marts 2026" in answer.text, answer.text
    assert answer.text.index("310.000 kr.") < answer.text.index("160.000 kr."), answer.text
    assert {"nyhed-butikspuljen.txt", "butikspuljen-2026.html"} <= {source.document for source in answer.sources}


def test_a_deadline_moved_by_the_minutes_leads_and_the_pages_deadline_is_said_to_be_older(engine):
    answer = engine.ask("hvornaar er fristen for at soege butikspuljen")
    assert "15. maj 2026" in answer.text.split("\n")[0], answer.text
    lines = answer.text.split("\n")
    older = next(i for i, line in enumerate(lines) if "1. april 2026 kl. 12.00" in line)
    assert any("Ældre dokumenter" in line for line in lines[:older]), answer.text


def test_in_english_the_moved_deadline_leads(engine):
    answer = engine.ask("What is the deadline for the shop front pool in Herning?")
    assert "15 May 2026" in answer.text.split("\n")[0] or "15. maj 2026" in answer.text.split("\n")[0], answer.text


def test_a_newer_price_lists_row_leads_over_an_older_plans_sentence_pricing_the_same(engine):
    answer = engine.ask("hvad koster en dag i prøvebutikken i herning")
    assert "2.900 kr." in where_a_reader_looks(answer.text), answer.text
    assert answer.text.index("Ældre dokumenter") < answer.text.index("2.400 kr."), answer.text
