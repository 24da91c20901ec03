"""A small organisation's pages as they are published: a staff page of one-block-per-field cards, a press release,
minutes typed with hard line breaks, a programme description written by python-docx (whose template stamps
2013), rules from 2022 and a grant page from 2026. Written for these tests (fictional)."""
import docx
import pytest

from tests.conftest import engine_beside_corpus

STAFF = """<html><head><title>Medarbejdere – Klimanetværk Vejle Fjord</title></head><body><main>
<h1>Medarbejdere</h1>
<p>I sekretariatet sidder seks medarbejdere, som hjælper virksomhederne med den grønne omstilling.</p>
<div class="cards">
  <div class="card"><div class="name">Susanne Holt Vestergaard</div><div class="title">Direktør</div>
    <div class="phone">Tlf. 75 11 20 01</div><div class="email">shv@klimavejle.dk</div></div>
  <div class="card"><div class="name">Bo Lindegaard</div><div class="title">Koordinator, Mentorordningen</div>
    <div class="phone">Tlf. 75 11 20 07</div><div class="email">bl@klimavejle.dk</div></div>
</div>
<h2>Kontakt</h2>
<p>Hovednummer: 75 11 20 00</p>
<p>Telefontid: mandag-torsdag kl. 8.30-15.00, fredag kl. 8.30-12.00</p>
<p>Om lørdagen kan vi kun kontaktes på mail.</p>
</main></body></html>"""

PRESS_RELEASE = """<html><head><title>Ny formand | Nyheder</title>
<meta property="article:published_time" content="2025-05-02T10:00:00+02:00"></head><body><main>
<h1>Jens Otto Bramsen er ny formand for Klimanetværk Vejle Fjord</h1>
<p>På generalforsamlingen den 30. april 2025 blev Jens Otto Bramsen, ejer af Bramsen Maskiner, valgt som ny formand.</p>
<p>Yderligere oplysninger: Direktør Susanne Holt Vestergaard, tlf. 75 11 20 01, shv@klimavejle.dk</p>
</main></body></html>"""

MINUTES = """KLIMANETVÆRK VEJLE FJORD
REFERAT AF BESTYRELSESMØDE

Dato:   Tirsdag den 8. september 2026

Pkt. 3  Kontor i Vejle
Efter aftale med Vejle Kommune er der fundet lokaler.
Beslutning: Kontoret i Vejle åbner 1. marts 2027 i Havnegade 12,
7100 Vejle. Kontoret holder åbent mandag og onsdag kl. 9.00-14.00.

Pkt. 4  Netværksdag
Beslutning: Netværksdagen 2027 holdes den 4. maj 2027 på
Vejle Fjordhotel.
"""

RULES_2022 = """---
title: Regler for Klimapuljen
year: "forrige år"
gyldig_fra: 01-03-2022
---

## Tilskud

Der gives tilskud på 30 % af udgifterne, dog maksimalt 40.000 kr. pr. virksomhed.

## Mentorordningen

Hvert forløb i mentorordningen varer 5 måneder.
"""

GRANT_PAGE = """<html><head><title>Tilskud fra Klimapuljen | Klimanetværk Vejle Fjord</title></head><body><main>
<h1>Kan I få tilskud fra Klimapuljen?</h1>
<p>Puljen støtter energibesparelser i små virksomheder. Det maksimale tilskud pr. virksomhed er 60.000 kr.</p>
<p class="updated">Senest opdateret: 12. oktober 2026</p>
</main></body></html>"""


def _programme_description(path):
    document = docx.Document()  # python-docx's template: created 2013-12-23
    document.add_paragraph("Mentorordningen 2025-2026", style="Title")
    document.add_paragraph("Mentorordningen giver ejerledere en erfaren sparringspartner i den grønne omstilling.")
    document.add_paragraph("Forløbet varer 7 måneder og består af 6 møder med mentoren.")
    document.add_paragraph("Egenbetaling: 2.500 kr. ekskl. moms pr. virksomhed.")
    document.save(str(path))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(
        tmp_path_factory.mktemp("small_organisation"),
        {"medarbejdere.html": STAFF, "ny-formand.html": PRESS_RELEASE, "referat-bestyrelsesmoede.txt": MINUTES,
         "klimapuljen-regler.md": RULES_2022, "tilskud-klimapuljen.html": GRANT_PAGE},
        {"mentorordningen.docx": _programme_description})


def test_a_newer_duration_leads_though_the_newer_file_carries_a_template_date(engine):
    """The 2025 description (a python-docx file stamped 2013) says 7 months, the 2022 rules 5: the newer leads."""
    answer = engine.ask("Hvor lang tid varer et forløb i mentorordningen?")
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kort svar: 7 måneder [1] (det nyeste dokument, 2025)"), answer.text
    older = lines.index("Ældre dokumenter oplyser noget andet:")
    assert "5 måneder" in " ".join(lines[older + 1:]) and "(2022)" in answer.text, answer.text


def test_an_older_limit_under_a_title_naming_the_scheme_is_cited_after_the_newer(engine):
    """"dog maksimalt 40.000 kr. pr. virksomhed" does not name Klimapuljen; its document's title does."""
    answer = engine.ask("Hvad er det maksimale tilskud, en virksomhed kan få fra Klimapuljen?")
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kort svar: 60.000 kr. [1] (det nyeste dokument, 2026)"), answer.text
    older = lines.index("Ældre dokumenter oplyser noget andet:")
    assert "40.000 kr." in " ".join(lines[older + 1:]), answer.text


@pytest.mark.parametrize("question", ["hvad er e mail adressen til direktoeren", "hvad er direktørens mail?"])
def test_the_directors_card_gives_the_e_mail_address(engine, question):
    answer = engine.ask(question)
    assert not answer.abstained and "shv@klimavejle.dk" in answer.text, answer.text


def test_another_persons_contact_line_is_no_number_for_the_named_chair(engine):
    answer = engine.ask("Hvad er formand Jens Otto Bramsens direkte telefonnummer?")
    assert answer.text.startswith("Det nærmeste afsnit nævner ikke Jens Otto Bramsen"), answer.text


def test_when_an_office_opens_is_its_opening_date(engine):
    answer = engine.ask("hvornaar aabner jeres kontor i vejle?")
    assert not answer.abstained and "1. marts 2027" in answer.text and "7100 Vejle" in answer.text, answer.text


def test_a_sentence_typed_across_two_lines_is_quoted_whole(engine):
    answer = engine.ask("Hvor holdes netværksdagen i 2027?")
    assert "4. maj 2027 på Vejle Fjordhotel" in answer.text, answer.text


def test_calling_on_a_weekday_and_until_when_asks_for_the_phone_hours(engine):
    answer = engine.ask("kan man ringe til jer om fredagen, og til hvornår?")
    assert "1)" not in answer.text and "fredag kl. 8.30-12.00" in answer.text, answer.text


def test_a_day_one_can_only_write_answers_whether_one_can_call_then(engine):
    answer = engine.ask("kan man ringe til jer lørdag")
    assert answer.text.startswith("Fra dokumenterne:\n“Om lørdagen kan vi kun kontaktes på mail.”"), answer.text


def test_a_filler_word_is_not_what_the_question_asks_the_price_of(engine):
    answer = engine.ask("hvad koster det egentlig for os at være med i mentorordningen?")
    assert answer.text.startswith("Kort svar: 2.500 kr."), answer.text
