"""A business house's graduate wage subsidy under two names: the 2024 rules of "Talentbro" and the 2026 rules of
"Talentspring" that replace them, an annual report, and a staff list with a consultant on leave and who covers.
Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

RULES_2024 = """---
title: Retningslinjer for Talentbro 2024
year: 2024
---

# Retningslinjer for løntilskud til første akademiker

Udgivet af Erhvervshus Vesterland, Kystvejen 14, 6200 Aabenraa. Gældende fra 1. januar 2024.

## 2. Hvem kan søge

Virksomheden skal have mellem 1 og 99 fuldtidsansatte og må ikke tidligere have haft en akademiker ansat.

## 4. Tilskuddets størrelse

Tilskuddet udgør 40 % af den månedlige bruttoløn, dog højst 15.000 kr. pr. måned. Der ydes tilskud i op til 6
måneder, hvilket svarer til maksimalt 90.000 kr. pr. ansættelse.

## 6. Ansøgning og frister

Der kan søges løbende. Puljen for 2024 udgør 3.600.000 kr. og fordeles efter først til mølle-princippet.
"""

RULES_2026 = """---
title: Regler for Talentspring 2026
year: 2026
---

# Regler for Talentspring 2026

Løntilskud til små virksomheders første akademiker. Gældende fra 1. januar 2026. Reglerne erstatter Retningslinjer
for Talentbro 2024.

## 2. Hvem kan søge?

Virksomheden skal
- have mellem 1 og 49 fuldtidsansatte opgjort som årsværk,
- have adresse i en af de fire kommuner.

## 4. Tilskuddets størrelse

Tilskuddet udgør 50 % af den månedlige bruttoløn, dog højst 18.000 kr. pr. måned, i op til 6 måneder.

## 5. Ansøgningsrunder og frister

- Runde 1: ansøgningsfrist 1. marts 2026, svar senest 10. april 2026.
- Runde 2: ansøgningsfrist 1. september 2026, svar senest 9. oktober 2026.

## 9. Kontakt

Spørgsmål om Talentspring rettes til Team Talent på talentspring@vesterland.dk eller til erhvervskonsulent Sofie
Dalsgaard Nissen, tlf. 73 62 48 14.
"""

REPORT = """---
title: Årsrapport 2025 – Talent og kompetencer
year: 2025
---

# Årsrapport 2025

## Løntilskud til første akademiker

I 2025 blev der gennemført 39 ansættelser med løntilskud. Af de 39 gennemførte ansættelser var 15 ingeniører.
Derefter fulgte cand.merc.-kandidater og it-kandidater.
"""

STAFF = """MEDARBEJDERE I TEAM TALENT
Opdateret: 2. februar 2026

Sofie Dalsgaard Nissen, erhvervskonsulent, Talentspring, tlf. 73 62 48 14, sdn@vesterland.dk
Anders Brink Thomsen, erhvervskonsulent, lærlinge og praktik, tlf. 73 62 48 15, abt@vesterland.dk
Lars Ebbesen, økonomimedarbejder, tlf. 73 62 48 20, le@vesterland.dk

BEMÆRKNINGER
- Sofie Dalsgaard Nissen er på barselsorlov til og med 30. april 2026.
- Alle henvendelser om Talentspring går i perioden til Anders Brink Thomsen, tlf. 73 62 48 15, abt@vesterland.dk.
- Lars Ebbesen holder ferie i uge 9.
"""

NEWS = """<html><head><title>Ny frist i Talentspring</title></head><body>
<nav><a href="/">Forside</a> <a href="/nyheder">Nyheder</a></nav>
<main>
<p>12. februar 2026 · Nyhed</p>
<h1>Første ansøgningsfrist i Talentspring rykkes</h1>
<p>Fristen for første ansøgningsrunde i Talentspring var oprindeligt 1. marts 2026. Den er nu flyttet til mandag den
16. marts 2026 kl. 12.00. Baggrunden er, at den nye ansøgningsportal først blev klar senere end planlagt.</p>
<p>Fristen for anden ansøgningsrunde er uændret 1. september 2026.</p>
<h2>Lærlingebonussen hæves til 15.000 kr.</h2>
<p>Styregruppen besluttede på sit møde 10. februar 2026 at hæve lærlingebonussen fra 10.000 kr. til 15.000 kr. pr. ny
lærlingekontrakt. Den højere bonus gælder for kontrakter, der er indgået fra og med 1. april 2026.</p>
</main>
<footer>Erhvervshus Vesterland · Kystvejen 14, 6200 Aabenraa</footer>
</body></html>
"""

BONUS = """---
title: Lærlingebonus – vejledning
date: 2025-03-04
tags: [lærlinge, bonus]
---

# Lærlingebonus

For at gøre det lettere for de mindste virksomheder at tage en lærling giver Erhvervshus Vesterland en lærlingebonus på
10.000 kr. for hver ny lærlingekontrakt. En virksomhed kan højst få tre lærlingebonusser pr. kalenderår.
"""

FAQ = """---
title: Ofte stillede spørgsmål om Talentspring
year: 2026
---

# Ofte stillede spørgsmål om Talentspring

## Jeg har andre spørgsmål – hvem kan jeg kontakte?

Skriv til talentspring@vesterland.dk eller ring på hovednummeret 73 62 48 00, så bliver du stillet videre til en
konsulent.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("talent"), {
        "retningslinjer_talentbro_2024.md": RULES_2024, "regler_talentspring_2026.md": RULES_2026,
        "aarsrapport_2025.md": REPORT, "medarbejdere_talent.txt": STAFF, "faq_talentspring.md": FAQ,
        "nyhed_ny-frist.html": NEWS, "laerlingebonus.md": BONUS})


def test_asked_whether_they_are_too_big_the_new_size_rule_answers(engine):
    """"vi har ca 70 medarbejdere ... er vi for store ... efter de nye regler": "mellem 1 og 49 fuldtidsansatte", not
    the report's sentence naming the cand.merc. they would hire."""
    answer = engine.ask("vi har ca 70 medarbejdere. kunne godt bruge en cand.merc – er vi for store til at få tilskud "
                        "efter de nye regler??")
    assert not answer.abstained
    assert "1 og 49 fuldtidsansatte" in where_a_reader_looks(answer.text), answer.text


def test_a_monthly_limit_is_not_the_most_per_hire(engine):
    answer = engine.ask("hvad var det maksimale maanedlige tilskud under talentbro tilbage i 2024")
    assert "15.000 kr." in answer.text.split("\n")[0], answer.text


def test_tried_and_not_reached_the_colleague_covering_answers(engine):
    """"har prøvet sofie flere gange men hun svarer ikke": Anders covers her questions while she is on leave; not the
    switchboard, nor Sofie again."""
    answer = engine.ask("hvem skal jeg ringe til om talentspring lige nu? har proevet sofie flere gange men hun svarer ikke")
    assert "Anders Brink Thomsen" in where_a_reader_looks(answer.text), answer.text


def test_who_is_on_leave_is_answered_across_languages(engine):
    answer = engine.ask("who in the talent team is on parental leave")
    assert not answer.abstained
    assert "Sofie Dalsgaard Nissen er på barselsorlov" in where_a_reader_looks(answer.text), answer.text


def test_a_deadline_moved_in_the_news_is_the_one_that_holds(engine):
    """"Fristen for første ansøgningsrunde ... var oprindeligt 1. marts 2026. Den er nu flyttet til ... 16. marts 2026":
    the news names the first round by its ordinal, and its moved date answers."""
    answer = engine.ask("hvornår er fristen for første runde i talentspring")
    assert not answer.abstained
    assert "16. marts 2026" in answer.text.split("[2]")[0], answer.text


def test_a_bonus_raised_in_the_news_is_what_is_given_now(engine):
    """"hvad giver I i lærlingebonus nu": the news raising it "fra 10.000 kr. til 15.000 kr." answers, before the
    2025 page's 10.000 kr."""
    answer = engine.ask("hvad giver i i laerlinge bonus nu")
    assert answer.text.startswith("Kort svar: 15.000 kr."), answer.text


def test_a_ceiling_asked_by_its_word_is_the_most(engine):
    answer = engine.ask("hvad var loftet pr maaned for tilskuddet under talentbro i 2024")
    assert answer.text.startswith("Kort svar: 15.000 kr."), answer.text
