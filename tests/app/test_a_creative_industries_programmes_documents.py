"""A creative-industries programme's documents: an annual report's earnings beside its occupancy figures, an action
plan's years, a renamed scheme whose English fact sheet says less than its Danish rules, a mentor programme's page
with its rules and timetable under their own headings, and a news item sharing a pool between two municipalities.
Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

REPORT = """---
title: Årsrapport 2025 – Kreativ Kant
year: 2025
---

# Årsrapport 2025

## Nøgletal

Nøgletal  2024  2025
Indtægter fra udlejning af studier  940.000 kr.  1.180.000 kr.
Belægning i lydstudiet  52,0 %  63,5 %
Belægning på co-working-pladser  71,0 %  84,0 %

## Faciliteter

Udlejningen af husets studier og pladser gav en indtægt på 1.180.000 kr. i 2025. Co-working-pladserne var stort set
fuldt udnyttet med en gennemsnitlig belægning på 84,0 %, og der var venteliste til faste pladser i Kolding.
"""

PLAN = """---
title: Handlingsplan 2026–2027
date: 2026-02-02
keywords: handlingsplan, Kapitalklar, talent
---

# Handlingsplan 2026–2027

Handlingsplanen beskriver, hvad Kreativ Kant vil arbejde med i 2026 og 2027. Planen bygger på årsrapporten for 2025
og på de rammer, som Vejle Kommune og Kolding Kommune har givet. Bestyrelsen følger op på planen to gange om året.

## 4. Kapitalklar

Kapitalklar fortsætter med et hold på 8 virksomheder i 2026. Fra 2027 udbydes to hold om året: et forårshold med
investordag i Vejle og et efterårshold med investordag i Kolding.
"""

RULES_2024 = """---
title: Retningslinjer for Kreativ Udviklingspulje 2024
year: 2024
---

# Retningslinjer for Kreativ Udviklingspulje 2024

## 3. Hvem kan søge

Virksomheden må højst have eksisteret i 5 år og må højst have 20 fuldtidsansatte.
"""

RULES_2026 = """---
title: Retningslinjer for Kreativ Vækstspor 2026
year: 2026
---

# Retningslinjer for Kreativ Vækstspor 2026

## 3. Hvem kan søge

- Virksomheden har været registreret i CVR i mindst 12 måneder og højst 8 år.
- Virksomheden har højst 25 fuldtidsansatte.

## 7. Frister

- Ansøgningsfrist: 15. april 2026 kl. 12.00
- Projektet skal være afsluttet senest 31. marts 2027

## 9. Hvad er nyt i forhold til Kreativ Udviklingspulje

- Aldersgrænsen er hævet fra 5 år til 8 år.
- Det maksimale tilskud er hævet fra 150.000 kr. til 250.000 kr.
"""

FACT_SHEET = """---
title: Fact sheet 2026 – Kreativ Kant
language: en
year: 2026
---

# Kreativ Kant – fact sheet 2026

## Funding in 2026

In 2026 the former Kreativ Udviklingspulje has been replaced by Kreativ Vækstspor. Companies must have been
registered for at least 12 months and no more than 8 years, and have no more than 25 full-time employees.

- Application deadline: 15 April 2026 at 12 noon

## Our house

Kreativ Kant runs co-working desks and a sound studio for small studios in Vejle and Kolding.
"""

CAPITAL = """<html><head><title>Kapitalklar 2026 | Kreativ Kant</title></head><body>
<nav><a href="/">Forside</a> <a href="/kapitalklar">Kapitalklar</a></nav>
<main>
<h1>Kapitalklar 2026 – mentorforløb for kreative virksomheder</h1>
<p>Drømmer I om at rejse kapital til næste spil eller film? Kapitalklar er et seksmåneders forløb, hvor I får en fast
mentor og slutter af med at pitche for investorer.</p>
<h2>Hvem kan deltage?</h2>
<p>For at blive optaget skal virksomheden:</p>
<ul>
<li>have CVR-nummer og adresse i Vejle Kommune eller Kolding Kommune</li>
<li>have mindst 2 fuldtidsansatte, ejerne medregnet</li>
<li>have et produkt på markedet eller en prototype</li>
</ul>
<h2>Pris og tidsplan</h2>
<ul>
<li>Ansøgningsfrist: mandag den 9. marts 2026 kl. 12.00</li>
<li>Opstart: tirsdag den 14. april 2026 i Kolding</li>
<li>Egenbetaling: 4.500 kr. for medlemmer og 9.000 kr. for ikke-medlemmer</li>
</ul>
</main>
<footer>Kreativ Kant · Vejle og Kolding</footer>
</body></html>
"""

NEWS = """<html><head><title>Kreativ Vækstspor vokser | Kreativ Kant</title></head><body>
<main>
<h1>Kreativ Vækstspor vokser til 5 mio. kr.</h1>
<p>Kolding Kommune har bevilget yderligere 800.000 kr. til puljen. Puljen finansieres af Vejle Kommune og Kolding
Kommune. Bestyrelsen har besluttet en vejledende fordeling, hvor 3.100.000 kr. går til virksomheder i Vejle Kommune og
1.900.000 kr. til virksomheder i Kolding Kommune.</p>
<h2>Mere tid til ansøgningen</h2>
<p>Ansøgningsfristen flyttes fra 15. april til 29. maj 2026 kl. 12.00.</p>
<ul><li>Projektperioden forlænges tilsvarende: Projekter skal være afsluttet senest 31. maj 2027.</li></ul>
</main>
</body></html>
"""

PRICES = """---
title: Prisliste 2026 – lydstudie og co-working
year: 2026
---

# Prisliste 2026

Ydelse  Enhed  Medlem  Ikke-medlem
Lydstudie  pr. dag  1.900 kr.  2.600 kr.
Lydstudie, weekendtillæg  pr. dag  650 kr.  850 kr.
Co-working, fast plads  pr. måned  1.450 kr.  1.950 kr.
"""

MINUTES = """---
title: Referat af bestyrelsesmøde 27. november 2025
year: 2025
---

# Referat af bestyrelsesmøde 27. november 2025

## Punkt 4. Prisliste 2026

Bestyrelsen godkendte en generel prisregulering på 4 % fra 1. januar 2026. Weekendtillægget for lydstudiet hæves fra
575 kr. til 650 kr. pr. dag for medlemmer på grund af højere lønudgifter.
"""

STAFF = """KREATIV KANT - MEDARBEJDERE

TALENT OG NYE VIRKSOMHEDER

Signe Højlund Pedersen
  Koordinator, Talentmakker (mentorordningen for nyuddannede)
  Tlf. 75 12 45 16
  shp@kreativkant.dk
  !! PÅ BARSELSORLOV til og med 31. juli 2026. Mails besvares ikke.
  !! Henvendelser om Talentmakker i orlovsperioden: Jonas Riis Kristensen.

Jonas Riis Kristensen
  Konsulent, barselsvikar for Signe (Talentmakker, samarbejde med skolerne)
  Tlf. 75 12 45 17
  jrk@kreativkant.dk
"""

FILES = {"aarsrapport-2025.md": REPORT, "handlingsplan-2026-2027.md": PLAN, "retningslinjer-2024.md": RULES_2024,
         "retningslinjer-vaekstspor-2026.md": RULES_2026, "fact-sheet-en.md": FACT_SHEET, "kapitalklar.html": CAPITAL,
         "nyhed-vaekstspor.html": NEWS, "prisliste-2026.md": PRICES, "referat-2025-11-27.md": MINUTES,
         "medarbejdere.txt": STAFF}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("creative"), FILES)


def test_what_was_earned_is_an_amount_not_an_occupancy(engine):
    answer = engine.ask("hvad tjente i på udlejning af studier og co-working pladser i 2025")
    assert "1.180.000" in where_a_reader_looks(answer.text), answer.text


def test_the_plan_for_a_thing_is_what_the_plan_says_of_it(engine):
    """"hvad er planen for X": not "Bestyrelsen følger op på planen", which only names the plan."""
    answer = engine.ask("hvad er planen for kapitalklar fra 2027")
    assert "to hold om året" in answer.text, answer.text
    assert "følger op på planen" not in answer.text, answer.text


def test_a_change_between_two_years_is_told_by_the_newer_rules(engine):
    """The English fact sheet states the new age limit but no change; the Danish rules tell it ("hævet fra 5 år til
    8 år"), though they never write 2024."""
    for question in ("did the age limit for companies change between the 2024 rules and the new 2026 ones?",
                     "har aldersgrænsen ændret sig fra 2024 til 2026"):
        answer = engine.ask(question)
        assert not answer.abstained, answer.text
        assert "fra 5 år til 8 år" in answer.text, answer.text


@pytest.mark.parametrize("question", ["is there parking for a van outside the sound studio?",
                                      "what equity stake does kreativ kant take in companies that join kapitalklar?"])
def test_an_english_question_the_documents_do_not_answer_stays_declined(engine, question):
    """Neither "parking" nor "equity" is in the documents, in English or in the glossary's Danish."""
    answer = engine.ask(question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize("question", ["det er kun mig og en deltidsansat - kan vi komme med i kapitalklar?",
                                      "it's just me and a part-timer, can we join kapitalklar?"])
def test_an_asker_telling_their_size_in_words_gets_the_rule_on_staff(engine, question):
    answer = engine.ask(question)
    assert "2 fuldtidsansatte" in where_a_reader_looks(answer.text), answer.text


def test_a_company_founded_long_ago_gets_the_rule_on_age(engine):
    answer = engine.ask("vi er et animationsstudie i vejle der blev startet i 2017 - kan vi stadig søge kreativ vækstspor")
    assert "højst 8 år" in where_a_reader_looks(answer.text), answer.text


def test_by_when_one_must_apply_is_the_deadline_and_the_programmes_start_its_opening(engine):
    answer = engine.ask("hvornår skal man søge kapitalklar og hvornaar starter forløbet")
    assert "9. marts 2026" in answer.text and "14. april 2026" in answer.text, answer.text


def test_a_pool_split_between_municipalities_is_their_amounts(engine):
    answer = engine.ask("hvordan er vækstspor puljen delt mellem vejle og kolding kommune")
    assert "3.100.000" in where_a_reader_looks(answer.text), answer.text


def test_a_moved_deadline_named_in_another_inflection_is_the_deadline_now(engine):
    """"- Ansøgningsfrist: 15. april 2026" is changed by "Ansøgningsfristen flyttes fra 15. april til 29. maj 2026"."""
    answer = engine.ask("ansøgningsfirst vækstspor?? har hørt den er blevet rykket, hvornår er den så nu")
    assert "29. maj 2026" in where_a_reader_looks(answer.text), answer.text


def test_an_english_summarys_deadline_moved_since_is_answered_by_the_news_moving_it(engine):
    answer = engine.ask("what is the application deadline for kreativ vækstspor? i read 15 april somewhere")
    assert "29. maj 2026" in where_a_reader_looks(answer.text), answer.text


def test_a_price_before_it_was_raised_is_the_one_the_change_raised(engine):
    answer = engine.ask("hvad kostede weekendtillaegget i lydstudiet foer det blev sat op i 2026?")
    assert "575 kr." in where_a_reader_looks(answer.text), answer.text
    answer = engine.ask("hvad er weekendtillægget i lydstudiet for medlemmer")
    assert "650 kr." in where_a_reader_looks(answer.text), answer.text


def test_a_projects_end_moved_with_the_deadline_is_the_end_now(engine):
    """"nu hvor fristen er flyttet" says what happened; the project's end is asked, and the news restates the rule
    with its new date only."""
    answer = engine.ask("hvornaar skal projektet vaere afsluttet nu hvor fristen er flyttet")
    assert "31. maj 2027" in where_a_reader_looks(answer.text), answer.text


def test_whom_to_call_when_someone_does_not_answer_is_the_stand_in(engine):
    """The one away points to the stand-in ("Henvendelser om Talentmakker i orlovsperioden: Jonas ..."), whose card
    names her only as whom he stands in for."""
    answer = engine.ask("hvem skal jeg ringe til om talentmakker, signe svarer ikke på mails")
    assert not answer.abstained, answer.text
    assert "Jonas Riis Kristensen" in where_a_reader_looks(answer.text), answer.text
