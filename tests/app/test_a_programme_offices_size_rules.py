"""A programme office's pages where each programme's size rule sits in its own document, often in a sentence that
does not name the programme ("Produktionsvirksomheder med mellem 10 og 99 ansatte" in the FAQ of
Automatiseringsløftet). A company stating its size asks which programme: the answer names it, and the rule that
holds the company comes before one that does not. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus

FAQ = """---
title: FAQ – Automatiseringsløftet
year: 2026
---

# Ofte stillede spørgsmål

## Hvem kan søge?

Produktionsvirksomheder med mellem 10 og 99 ansatte. Virksomheden skal have et aktivt CVR-nummer.

## Hvad dækker tilskuddet?

Tilskuddet dækker 40 % af udgifterne til en ekstern automatiseringsrådgiver.
"""

OVERVIEW = """---
title: Programoversigt 2026 – Digital Omstilling Vest
year: 2026
---

# Programoversigt 2026

## Sådan søger I

Ansøgningen udfyldes digitalt og skal underskrives med MitID Erhverv. Book gerne et gratis afklaringsmøde først.
Har I brug for adgang til forskere, kan vi formidle kontakt til Aalborg Universitet.

## Hvilket forløb passer til jer?

- Mellem 1 og 9 ansatte: Start med Digital Startpakke, et gratis digitalt tjek og op til 10 konsulenttimer.
- Mellem 50 og 249 ansatte: Vækstspor Digital, et forløb på 12 måneder.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("programme_office"),
                                {"faq-automatiseringsloeftet.md": FAQ, "programoversigt-2026.md": OVERVIEW})


def test_a_size_rule_that_names_no_programme_is_led_by_its_documents_title(engine):
    answer = engine.ask("vi er 12 ansatte i en produktionsvirksomhed, hvad kan vi søge?")
    line = next(line for line in answer.text.splitlines() if "mellem 10 og 99 ansatte" in line)
    assert line.startswith("FAQ – Automatiseringsløftet: “"), answer.text


def test_the_rule_holding_the_companys_size_comes_before_one_that_does_not(engine):
    answer = engine.ask("vi er 3 mand i et lille tømrerfirma – er der noget hos jer vi kan søge?")
    quotes = [line for line in answer.text.splitlines() if "“" in line]
    assert quotes and "Mellem 1 og 9 ansatte: Start med Digital Startpakke" in quotes[0], answer.text
    assert "mellem 10 og 99" not in quotes[0], answer.text


def test_asked_about_one_scheme_its_own_rule_answers_unlabelled(engine):
    """Not a "which programme" question: the FAQ's rule answers, and the reply needs no title before it."""
    answer = engine.ask("hvem kan søge automatiseringsløftet?")
    assert "“Produktionsvirksomheder med mellem 10 og 99 ansatte" in answer.text, answer.text
    assert "FAQ – Automatiseringsløftet:" not in answer.text, answer.text


def test_a_university_the_documents_do_not_name_is_not_answered_by_another(engine):
    """"Aarhus" is as common as a word in Danish, but in "Aarhus Universitet" it names another university."""
    answer = engine.ask("samarbejder I med Aarhus Universitet?")
    assert answer.text.startswith("Dokumenterne nævner ikke Aarhus Universitet."), answer.text
    answer = engine.ask("samarbejder I med Aalborg Universitet?")
    assert not answer.abstained and "Dokumenterne nævner ikke" not in answer.text, answer.text
    assert "Aalborg Universitet" in answer.text, answer.text
