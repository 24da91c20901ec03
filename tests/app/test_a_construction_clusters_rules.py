"""A construction cluster's programme as people ask about it: the rules of 2024, the new rules of 2026 and an FAQ of
2025 that still gives the old grant. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus

RULES_2024 = """---
title: Cirkulært Byggeri Nord – retningslinjer 2024
year: 2024
---

# Cirkulært Byggeri Nord – retningslinjer 2024

Cirkulært Byggeri Nord er Byggeklynge Nords program for cirkulært byggeri.

## Modul 2 – LCA-beregning

Der gives tilskud på 50 % af udgiften til en ekstern rådgiver, der udarbejder en LCA-beregning af et konkret
byggeprojekt, dog højst 40.000 kr. pr. virksomhed. Der kan kun gives tilskud til én LCA-beregning pr. år.
"""

RULES_2026 = """---
title: Cirkulært Byggeri Nord 2026 – vilkår
year: 2026
---

# Cirkulært Byggeri Nord 2026 – vilkår for deltagelse

Programmet er forlænget til og med 2027. Vilkårene gælder for ansøgninger modtaget fra 1. januar 2026.

Hvad er ændret i forhold til 2024?

- Virksomheder med 2-249 ansatte kan søge (tidligere 5-99 ansatte).
- Tilskuddet til LCA-beregning er hævet til 60 % af udgiften, dog højst 60.000 kr.
- Arkitekt- og ingeniørvirksomheder kan nu søge modul 1 og 2.

## Sådan søger du

Udfyld ansøgningsskemaet på klyngens hjemmeside og vedlæg budget og tidsplan.

## Frister

- Modul 3: ansøgningsfrist 1. juni 2026 kl. 12.00.
"""

FAQ = """---
title: Ofte stillede spørgsmål – Byggeklynge Nord
year: 2025
---

# Ofte stillede spørgsmål

## Hvor meget kan vi få i tilskud til en LCA-beregning?

Cirkulært Byggeri Nord giver tilskud på 50 % af udgiften til en ekstern rådgiver, dog højst 40.000 kr.

## Skal vi være medlem for at leje testhallen?

Nej, alle kan leje udstyr i testhallen, men medlemmer får lavere priser.
"""


POOL = """---
title: Energipuljen Nord 2026 – vejledning
year: 2026
---

# Energipuljen Nord 2026

Puljen giver tilskud til energirenovering af små virksomheders erhvervsbygninger. Puljen er finansieret af
kommunerne i Nordjylland. Puljen er åben for alle brancher – ikke kun byggevirksomheder – og man behøver ikke at være
medlem af Byggeklynge Nord for at søge.

## Hvem kan søge?

Virksomheden og bygningen skal opfylde alle disse betingelser:
- virksomheden har højst 49 ansatte og en årlig omsætning på højst 75 mio. kr.
- bygningen er en erhvervsbygning i Nordjylland
- virksomheden ejer bygningen eller lejer den med skriftlig accept fra ejeren
- bygningen har energimærke D, E, F eller G

## Frister

- 1. runde: ansøgningsfrist 13. april 2026 kl. 12.00.
- 2. runde: ansøgningsfrist 28. september 2026 kl. 12.00.
"""

MINUTES = """Referat af bestyrelsesmøde i Byggeklynge Nord, 10. februar 2026

Ad 1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

Ad 2. Energipuljen Nord
Sekretariatet orienterede om, at ansøgningsportalen er forsinket.
BESLUTNING: Fristen for 1. runde flyttes fra 13. april 2026 til mandag den 27. april 2026 kl. 12.00.
Fristen for 2. runde er uændret.

Ad 3. Testhallen – klimakammer
Leverandøren har meddelt, at leverancen er forsinket. Kammeret forventes nu taget i brug i uge 46 (november 2026) i
stedet for september 2026. Budgettet på 2,3 mio. kr. holder.

Ad 4. Cirkulært Byggeri Nord
Programlederen orienterede om stor interesse for modul 3.
BESLUTNING: Ansøgningsfristen for modul 3 forlænges til 15. juni 2026 kl. 12.00.
"""

TEST_HALL = """<html><head><title>Testhal Nord – udstyr</title></head><body><main>
<h1>Testhal Nord</h1>
<h2>Udstyr</h2>
<ul>
<li>Klimakammer (nyt): hele facadeelementer op til 3 x 4 m under regn, vind og frost. Forventes i drift i september 2026.</li>
<li>Akustikrum: to rum med udskiftelig skillevæg, taget i brug i maj 2025.</li>
</ul>
</main></body></html>"""


EXPORT = """---
title: Eksportspor Nord 2026
year: 2026
---

# Eksportspor Nord 2026

Eksportspor Nord hjælper byggevirksomheder i gang med eksport til Norge og Sverige.

## Ansøgning

Der er to ansøgningsrunder i 2026 med frist mandag den 16. marts 2026 kl. 12.00 og mandag den 14. september 2026 kl. 12.00.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("construction"), {
        "cirkulaert-byggeri-nord-retningslinjer-2024.md": RULES_2024,
        "cirkulaert-byggeri-nord-2026-vilkaar.md": RULES_2026, "faq.md": FAQ,
        "energipuljen-nord-2026-vejledning.md": POOL, "referat-bestyrelsesmoede-2026-02-10.txt": MINUTES,
        "testhal-nord.html": TEST_HALL, "eksportspor-nord-2026.md": EXPORT})


def test_how_much_one_can_get_is_answered_by_the_newest_rules_before_an_older_faq_that_words_it_as_asked(engine):
    """The FAQ's heading repeats the question's words ("hvor meget kan vi få"); the 2026 rules raised the grant."""
    answer = engine.ask("vi er et tømrerfirma med 14 ansatte. hvor meget kan vi faa til en lca beregning fra cirkulært byggeri nord?")
    lines = answer.text.split("\n")
    assert "60.000 kr." in lines[0] and "40.000 kr." not in lines[0], answer.text
    assert "40.000 kr." in answer.text, answer.text  # the older documents are quoted after, as older


def test_a_deadline_the_board_moved_is_the_new_one_though_the_guidelines_give_the_old(engine):
    answer = engine.ask("hvornaar er fristen for 1. runde i energipuljen?")
    assert answer.text.startswith("Kort svar: 27. april 2026"), answer.text
    answer = engine.ask("hvornår er fristen for 2. runde i energipuljen?")
    assert answer.text.startswith("Kort svar: 28. september 2026"), answer.text


def test_a_date_the_minutes_say_replaces_another_comes_first_with_the_statement_it_replaces(engine):
    """"i uge 46 (november 2026) i stedet for september 2026": the web page still says September."""
    answer = engine.ask("hvornaar kan vi begynde at teste facadeelementer i det nye klimakammer?")
    quotes = [line for line in answer.text.split("\n") if line.startswith("“")]
    assert not answer.abstained, answer.text  # the page names the facade elements the change is of
    assert "uge 46" in quotes[0] and "september 2026" in " ".join(quotes[1:]), answer.text


def test_what_the_asker_doubts_they_are_is_answered_by_the_rule_on_it_beside_the_conditions_they_meet(engine):
    """"selv om vi ikke er byggefirma eller medlem": the pool's sentence on trades and membership answers the doubt;
    the conditions on staff and energy label rank above it."""
    answer = engine.ask("vi er et vognmandsfirma med 30 ansatte og vores bygning har energimaerke E. kan vi soege "
                        "energipuljen selvom vi ikke er byggefirma eller medlem?")
    assert not answer.abstained, answer.text
    assert "alle brancher" in answer.text, answer.text


def test_a_deadline_the_board_extended_without_naming_the_old_one_is_the_new_one(engine):
    """"forlænges til 15. juni 2026": the minutes do not repeat the old deadline the rules give."""
    answer = engine.ask("hvornaar er ansoegningsfristen for modul 3 i cirkulaert byggeri nord? har hoert den er rykket")
    assert answer.text.startswith("Kort svar: 15. juni 2026"), answer.text
    assert "1. juni 2026" in answer.text, answer.text  # the rule it changes, quoted after it
    # Another programme's extended deadline changes nothing of the export programme's.
    answer = engine.ask("hvornår er ansøgningsfristen for eksportspor nord")
    assert answer.text.startswith("Kort svar: 16. marts 2026"), answer.text
