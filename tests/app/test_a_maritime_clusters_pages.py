"""A maritime cluster's pages: a trade-fair programme, a mentor network, a conference, a voucher's rules and an FAQ.
Written for these tests (fictional)."""
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
title: Kystkonferencen 2026
year: 2026
---
# Kystkonferencen 2026

## Priser

- Medlemmer: 1.495 kr.
- Ikke-medlemmer: 2.695 kr.
- Studerende: gratis
"""

VOUCHER_RULES = """---
title: Retningslinjer for Grøn Skibsvoucher 2026
year: 2026
---
# Retningslinjer for Grøn Skibsvoucher 2026

## § 1. Formål

Voucheren støtter ombygning af erhvervsfartøjer med hjemhavn i regionen.

## § 3. Tilskuddets størrelse

Stk. 1. Tilskuddet udgør 40 % af de støtteberettigede udgifter, dog maks. 250.000 kr. pr. virksomhed pr. kalenderår.

Stk. 2. Projektets støtteberettigede budget skal udgøre mindst 60.000 kr. ekskl. moms.
"""

FAQ = """---
title: Ofte stillede spørgsmål
year: 2026
---
# Ofte stillede spørgsmål

## Grøn Skibsvoucher

### Hvad betyder de minimis?

Voucheren gives som de minimis-støtte. En virksomhed må højst modtage 300.000 euro i de minimis-støtte over en
periode på tre år.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("maritime_cluster"), {
        "faellesstande.md": TRADE_FAIRS, "mentornetvaerket.md": MENTORS, "kystkonferencen.md": CONFERENCE,
        "skibsvoucher-retningslinjer-2026.md": VOUCHER_RULES, "faq.md": FAQ})


def test_what_a_non_member_pays_extra_is_asked_of_the_page_that_knows_the_offer(engine):
    """The mentor network's price for non-members is nearest in meaning, but its page never writes "fællesstand": the
    trade-fair page, which does, answers."""
    answer = engine.ask("vi er ikke medlem, hvad skal vi betale ekstra for at komme med på en fællesstand")
    assert not answer.abstained and "30 %" in answer.text and "2.500 kr." not in answer.text, answer.text


def test_the_most_a_voucher_gives_is_its_own_cap_not_the_state_aid_ceiling(engine):
    """People write "max", the rules "maks.": the voucher's cap, not the de minimis ceiling of all aid together."""
    answer = engine.ask("hvor meget kan man max få i skibsvoucheren nu?")
    assert "250.000 kr." in where_a_reader_looks(answer.text) and "300.000 euro" not in where_a_reader_looks(answer.text), \
        answer.text

