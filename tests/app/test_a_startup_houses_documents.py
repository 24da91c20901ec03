"""A municipal start-up house's pages: a 2023 news item naming the bank's contact for the micro-loan, and the loan's
2026 page naming the contact now, without naming the one before. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

NEWS_2023 = """---
title: "Nyt mikrolån til iværksættere: Kvistlånet åbner 1. september"
year: 2023
---
# Nyt mikrolån til iværksættere

Fra 1. september 2023 kan nye virksomheder i Hjortebro Kommune søge om lån på op til 100.000 kr.

"De virksomheder, der starter i dag, er vores erhvervskunder om ti år," siger erhvervsrådgiver Poul Erik Damgaard,
Ådalens Sparekasse, som er sparekassens kontaktperson for ordningen.
"""

LOAN_2026 = """---
title: Kvistlånet – mikrolån til nye virksomheder
year: 2026
---
# Kvistlånet

Kvistlånet er et mikrolån på op til 150.000 kr. til virksomheder, der er højst 3 år gamle.

## Kontakt

I Ådalens Sparekasse: Erhvervsrådgiver Henriette Lund Krog, tlf. 96 14 20 37, hlk@aadalens-sparekasse.dk.
"""

COURSE_PAGE = """<html><head><title>Eksportparat 2026 – tilmelding</title></head><body>
<h1>Eksportparat 2026 – tilmelding og praktisk information</h1>
<p><strong>Ny kontaktperson:</strong> Line Kjærgaard er på barsel fra 1. februar 2026 og resten af året.
I perioden er Mads Holmgaard Ravn kontaktperson for Eksportparat, tlf. 96 14 22 87, mhr@hjortebro.dk.</p>
<h2>Om forløbet</h2>
<p>Eksportparat er et forløb på 6 moduler for virksomheder, der vil i gang med at eksportere.</p>
</body></html>"""

ENGLISH_PAGE = """Kvist startup house - information in English

STARTUP CAFÉ IN ENGLISH
On the first Thursday of every month we host the Startup Café in English from 17:00 to 19:00 in the
meeting room Stammen. It is an informal evening for international founders. It is free, and you do not
need to register.
"""

WORKSHOPS = """Dato;Ugedag;Start;Slut;Titel;Lokale;Sprog
05.03.2026;Torsdag;16:00;18:00;Budget og likviditet for nye virksomheder;Stammen;Dansk
12.03.2026;Torsdag;09:00;11:30;Salg og kundemøder;Grenen;Dansk
19.03.2026;Torsdag;16:00;18:00;Moms og skat for selvstændige;Stammen;Dansk
"""

VOUCHER_NEWS_2023 = """<html><head><title>Voucherordningen genåbner</title></head><body>
<h1>Voucherordningen genåbner</h1><p>Udgivet 9. marts 2023</p>
<p>Små virksomheder kan igen søge en produktudviklingsvoucher på op til 50.000 kr.</p>
<h2>Kontakt</h2><p>Spørgsmål om voucherordningen kan rettes til Birgitte Aagaard, tlf. 96 14 22 83.</p>
</body></html>"""

VOUCHER_RULES_2026 = """---
title: Retningslinjer for produktudviklingsvouchere 2026
year: 2026
---
# Retningslinjer for produktudviklingsvouchere 2026

Voucheren dækker op til 50 % af udgifterne til ekstern rådgivning.

## Kontakt

Programleder Søren Ebbesen Kjær, tlf. 96 14 22 83, sek@kvist-hjortebro.dk. Søren overtog voucherordningen efter
Birgitte Aagaard i august 2025. Søren holder gerne et afklaringsmøde, inden du sender ansøgningen.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("startup_house"), {
        "nyhed-2023-kvistlaanet.md": NEWS_2023, "kvistlaanet.md": LOAN_2026, "eksportparat-tilmelding.html": COURSE_PAGE,
        "kvist_startup_house_english.txt": ENGLISH_PAGE, "workshops_2026.csv": WORKSHOPS,
        "nyhed-2023-voucherordningen.html": VOUCHER_NEWS_2023, "voucher-retningslinjer-2026.md": VOUCHER_RULES_2026})


def test_whom_to_ask_when_the_named_contact_has_retired_is_the_one_the_newer_page_names(engine):
    """No document says who took over from Poul Erik: the page that does not name him names the contact now."""
    answer = engine.ask("hvem er kontaktperson i sparekassen for kvistlaan nu hvor poul erik er gået på pension")
    assert "Henriette Lund Krog" in where_a_reader_looks(answer.text), answer.text


def test_whom_to_call_while_the_contact_is_on_leave_is_whoever_the_page_names_for_the_time_being(engine):
    """"I perioden er Mads ... kontaktperson for Eksportparat" answers, though the page never writes "eksportforløbet"."""
    answer = engine.ask("nu hvor line er gaaet paa barsel, hvem skal jeg ringe til om eksportforloebet")
    assert "Mads Holmgaard Ravn" in where_a_reader_looks(answer.text) and "nævner ikke" not in answer.text, answer.text


def test_when_a_monthly_event_of_the_english_page_is_held_is_its_day_not_a_danish_calendars_dates(engine):
    """The Danish calendar's workshop rows share few of the question's words: no other date of the café."""
    answer = engine.ask("when is the startup cafe in english and do i need to sign up")
    assert "first Thursday of every month" in where_a_reader_looks(answer.text), answer.text


def test_asked_whether_the_contact_is_still_the_one_named_before_the_one_who_took_over_answers(engine):
    """"er det stadig birgitte aagaard": the 2023 news naming her is no answer; the page saying who took over is."""
    answer = engine.ask("hvem er kontakt paa voucherordningen nu? er det stadig birgitte aagaard")
    assert "Søren Ebbesen Kjær" in where_a_reader_looks(answer.text), answer.text
