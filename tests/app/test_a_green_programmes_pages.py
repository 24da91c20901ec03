"""A green-transition programme's pages beside the seed corpus: one scheme's rules in two versions named alike but
for their years (the older one superseded), an FAQ whose answer qualifies itself in its next sentence, an about
page with the founding date and a day whose speaker is not announced yet, a plain-text staff list whose e-mail lines start in lower case, and a short English summary with its own contact. Written for these
tests (fictional)."""
from pathlib import Path

import pytest

from tests.conftest import engine_beside_corpus

OLD_RULES = """---
title: Klimatjek – regler for 2022
year: 2022
---

# Klimatjek – regler for 2022

Klimatjek giver små virksomheder en uvildig gennemgang af energiforbruget.

## Hvem kan søge

- Virksomheden har mellem 5 og 80 ansatte.

## Frister

Ansøgningsfristen for 2022 er den 15. november 2022. Ansøgningerne behandles løbende.
"""

NEW_RULES = """---
title: Klimatjek – regler gældende fra marts 2024
year: 2024
---

# Klimatjek – regler gældende fra marts 2024

Disse regler afløser reglerne fra 2022.

## Hvem kan søge

- Virksomheden har mellem 2 og 120 ansatte.

## Frister

Ordningen åbnede 1. marts 2024, og ansøgninger skal være modtaget senest den 30. september 2026.
"""

FAQ = """---
title: Spørgsmål og svar om Klimaløft Sønderå
---

# Spørgsmål og svar

##Kan jeg få både Klimatjek og Klimalån?

Ja. Det er muligt at få både Klimatjek og Klimalån til samme virksomhed. Den samlede offentlige støtte til ét projekt må dog ikke overstige 40 % af udgifterne.

##Hvad koster det?

Klimatjek er gratis for virksomheden.
"""

ABOUT = """---
title: Om Klimaløft Sønderå
---

# Om Klimaløft Sønderå

Klimaløft Sønderå er kommunernes fælles program for grøn omstilling i små virksomheder. Programmet blev stiftet den 1. april 2020 af Sønderå Kommune og to nabokommuner. Sekretariatet har 9 medarbejdere.

## Klimadagen

Klimadagen holdes den 12. oktober 2026 i Sønderå Hallen, og hovedtaleren offentliggøres i august 2026.
"""

STAFF = """KLIMALØFT SØNDERÅ – MEDARBEJDERE

ENERGI

Vibeke Stavnsager
Energikonsulent
Tlf. 75 30 20 11
vs@klimaloft-sonderaa.dk
Klimatjek og godkendelse af energirådgivere.

Frederik Hyllested
Tilskudskoordinator
Tlf. 75 30 20 12
fh@klimaloft-sonderaa.dk
Klimalån til ladestandere og elvarebiler samt udbetaling af tilskud.

Maria Bjerrum
Projektleder
Tlf. 75 30 20 13
mb@klimaloft-sonderaa.dk
Netværk for produktionsvirksomheder og affald.

Jonas Vedel
Energirådgiver
Tlf. 75 30 20 14
jv@klimaloft-sonderaa.dk
Solceller og varmepumper.

BEMÆRK

Projektleder Maria Bjerrum er på orlov fra 1. februar 2026 til 31. oktober 2026. I perioden varetager Frederik Hyllested hendes opgaver.
"""

ENGLISH = """---
title: Klimaløft Sønderå – in English
lang: en
---

# Klimaløft Sønderå in brief

Klimaløft Sønderå helps small companies cut their energy use. The energy check (Klimatjek) is free.

## Heat pumps and solar panels

We advise companies on heat pumps and solar panels for their buildings.

## Contact

For questions in English, please contact our communications officer Line Munk, phone +45 75 30 20 50.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("green_programme"), {
        "klimatjek-2022.md": OLD_RULES, "klimatjek-2024.md": NEW_RULES, "faq.md": FAQ, "om-klimaloeft.md": ABOUT,
        "medarbejdere.txt": STAFF, "english.md": ENGLISH})


def quotes(answer) -> list[str]:
    return [line for line in answer.text.splitlines() if line.startswith("“")]


def test_the_rules_in_force_answer_before_the_superseded_version_which_is_still_cited(engine):
    """"klimatjek-2022.md" and "klimatjek-2024.md" are one document in two versions: the 2024 deadline answers,
    though the 2022 rules name the deadline in the question's own word ("Ansøgningsfristen")."""
    answer = engine.ask("hvad er ansøgningsfristen for klimatjek")
    assert not answer.abstained, answer.text
    assert "30. september 2026" in quotes(answer)[0], answer.text
    assert Path(answer.sources[0].document).name == "klimatjek-2024.md", answer.text


def test_the_newest_deadline_is_found_though_the_old_versions_passage_ranks_first(engine):
    answer = engine.ask("hvad er den nyeste frist for at søge klimatjek")
    assert "30. september 2026" in answer.text and "15. november 2022" not in quotes(answer)[0], answer.text


def test_asked_of_the_older_versions_year_the_older_version_answers_with_its_day_not_its_year(engine):
    answer = engine.ask("hvad var ansøgningsfristen for klimatjek i 2022")
    assert not answer.abstained and "15. november 2022" in answer.text.splitlines()[0], answer.text


def test_a_rules_exception_in_the_next_sentence_is_quoted_with_it(engine):
    answer = engine.ask("kan man faa baade klimatjek og klimalaan")
    assert not answer.abstained, answer.text
    assert any("40 %" in quote for quote in quotes(answer)), answer.text


def test_a_founding_answers_when_the_programme_was_started(engine):
    answer = engine.ask("hvornaar blev klimaløft sønderå startet op")
    assert not answer.abstained and "1. april 2020" in answer.text.splitlines()[0], answer.text


def test_a_speaker_not_announced_yet_is_said_to_be_so_and_the_days_date_still_answers(engine):
    speaker = engine.ask("hvem er hovedtaler paa klimadagen")
    assert speaker.abstained and speaker.text.startswith("Det oplyser dokumenterne ikke endnu"), speaker.text
    assert "offentliggøres i august 2026" in speaker.text, speaker.text
    day = engine.ask("hvornår er klimadagen")
    assert not day.abstained and "12. oktober 2026" in day.text, day.text


def test_a_register_number_the_documents_do_not_give_is_declined(engine):
    """The pages name no CVR number; a sentence about the programme is no answer."""
    assert engine.ask("hvad er klimaløft sønderås cvr nummer").abstained
    assert engine.ask("what is the CVR number of Klimaløft Sønderå?").abstained


def test_a_card_whose_e_mail_line_starts_in_lower_case_keeps_its_post_and_name(engine):
    """"fh@..." under "Tlf. 75 30 20 12" is no wrapped line of a paragraph: the card stays whole, so the post is no
    heading and the name comes with the number; "hvad er nummeret" asks for the phone number."""
    answer = engine.ask("jeg skal snakke med nogen om tilskud til ladestandere hvem er det og hvad er nummeret")
    assert "Frederik Hyllested" in answer.text and "75 30 20 12" in answer.text.split("\n2) ")[-1], answer.text


def test_an_english_question_for_whoever_handles_a_thing_finds_the_danish_card_naming_it(engine):
    """"heat pumps" is "varmepumper" on Jonas Vedel's card; the English page's general contact handles no heat pumps."""
    answer = engine.ask("need the phone number for the person who handles heat pumps")
    assert not answer.abstained and "75 30 20 14" in answer.text and "Jonas Vedel" in answer.text, answer.text


def test_who_stands_in_for_someone_named_in_lower_case_is_the_other_person_named(engine):
    """"maria bjerrum svarer ikke på mails" is a statement: the question is who takes her tasks, not her e-mail, and
    her own name, typed in lower case, names nobody new."""
    answer = engine.ask("maria bjerrum svarer ikke paa mails, hvem tager hendes opgaver")
    assert not answer.abstained and "Frederik Hyllested" in quotes(answer)[0], answer.text
