"""A maritime cluster's pages: a trade-fair programme, a mentor network, a conference, a ship loan and the harbour
town's visitor figures. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

TRADE_FAIRS = """---
title: Eksportprogrammet – fællesstande på messer 2026
year: 2026
---
# Eksportprogrammet: fællesstande på internationale messer

Det kan være dyrt at stå alene på en stor international messe. Derfor arrangerer Kystklyngen fællesstande under
et fælles brand, hvor virksomhederne deler standareal, mødefaciliteter og markedsføring.

## Messer i 2026

| Messe | By | Dato | Pris pr. standplads |
|---|---|---|---|
| Nor-Shipping | Oslo | 1.–4. juni 2026 | 38.000 kr. |
| SMM | Hamborg | 1.–4. september 2026 | 42.000 kr. |

Priserne gælder for medlemmer. Ikke-medlemmer kan deltage mod et tillæg på 30 % af standprisen.
"""

MENTORS = """---
title: Mentornetværket 2026
year: 2026
---
# Mentornetværket

Erfarne ledere fra branchen hjælper mindre virksomheder et år ad gangen.

## Pris

Deltagelse er gratis for medlemmer af Kystklyngen. Ikke-medlemmer betaler 2.500 kr. ekskl. moms for hele forløbet.
"""

CONFERENCE = """---
title: Kystkonference 2026
year: 2026
---
# Kystkonference 2026

## Priser

- Medlemmer: 1.495 kr.
- Ikke-medlemmer: 2.695 kr.
- Studerende: gratis

## Praktisk

- Spørgsmål om program og tilmelding: Kasper Riis, eventkoordinator, tlf. 20 41 33 29
"""

SHIP_LOAN = """---
title: Grønt skibslån
year: 2026
---
# Grønt skibslån

Lånet gives af vores partner, Kystfonden. Renten fastsættes af Kystfonden og kan ændres for nye lån.

## Lånevilkår

- Lånestørrelse: 200.000-2.000.000 kr.
- Rente: Fast rente på 4,25 % p.a. i hele løbetiden
- Løbetid: Op til 10 år
"""

VISITORS = """---
title: Havnebyens gæster 2025
year: 2025
---
# Havnebyens gæster 2025

## Overnatninger efter marked

| Marked | Overnatninger | Andel |
|---|---|---|
| Danmark | 41.200 | 38,1 % |
| Tyskland | 52.900 | 48,9 % |
| Norge | 6.300 | 5,8 % |
| Sverige | 4.100 | 3,8 % |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("maritime_cluster"), {
        "faellesstande.md": TRADE_FAIRS, "mentornetvaerket.md": MENTORS, "kystkonferencen.md": CONFERENCE,
        "skibslaan.md": SHIP_LOAN, "gaester-2025.md": VISITORS})


def test_what_a_non_member_pays_extra_is_asked_of_the_page_that_knows_the_offer(engine):
    """The mentor network's price for non-members is nearest in meaning, but its page never writes "fællesstand": the
    trade-fair page, which does, answers."""
    answer = engine.ask("vi er ikke medlem, hvad skal vi betale ekstra for at komme med på en fællesstand")
    assert not answer.abstained and "30 %" in answer.text and "2.500 kr." not in answer.text, answer.text


def test_what_the_interest_is_asks_for_the_rate_not_who_sets_it(engine):
    answer = engine.ask("hvad er renten på det grønne skibslån")
    assert "4,25 %" in where_a_reader_looks(answer.text), answer.text


def test_a_people_asked_about_is_its_country_in_a_table_by_market(engine):
    """"nordmænd" are the row "Norge" of a table of overnight stays by market."""
    answer = engine.ask("hvor mange overnatninger havde i fra nordmænd i 2025")
    assert "6.300" in where_a_reader_looks(answer.text) and "ikke" not in answer.text.split("\n")[0], answer.text


def test_whom_to_call_about_the_conference_is_answered_under_its_compound_title(engine):
    """"konferencen" is the head of "Kystkonference", inflected: the page's contact line answers."""
    answer = engine.ask("hvilket nummer skal jeg ringe til om tilmelding til konferencen?")
    assert "20 41 33 29" in where_a_reader_looks(answer.text) and "ikke" not in answer.text.split("\n")[0], answer.text
