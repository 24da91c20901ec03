"""A regional skills office's pages: a plain-text staff list typed with hard line breaks, a fast-track page, a loan's
rules and a newsletter's leader. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

STAFF = """KOMPETENCEKONTOR VESTLIMFJORD
Medarbejdere og kontaktoplysninger, marts 2026

MEDARBEJDERE
| Navn             | Funktion                 | Telefon   | E-mail                 |
|------------------|--------------------------|-----------|------------------------|
| Jytte Kragh      | Kontorchef               | 9710 2201 | jk@kompetence-vl.dk    |
| Ole Brandt Hede  | Konsulent, lærlinge      | 9710 2205 | obh@kompetence-vl.dk   |
| Lone Vestergaard | Økonomi og udbetaling    | 9710 2209 | lv@kompetence-vl.dk    |

SPØRGSMÅL OM UDBETALING
Har du spørgsmål til en udbetaling af tilskud eller bonus, så kontakt
Lone Vestergaard. Husk at oplyse jeres CVR-nummer og sagsnummer.

PRESSE
Journalister kan kontakte Jytte Kragh, også uden for telefontiden.

ÅBNINGSTIDER
Mandag-torsdag 8.00-15.30, fredag 8.00-13.00.
Sommerlukket 2026: uge 29 og 30 (13. juli - 24. juli 2026).
"""

LEADER = """---
title: Nyhedsbrev marts 2026
year: 2026
---
# Nyhedsbrev marts 2026

Foråret byder på mange nye kurser, og vi har fået flere henvendelser end nogensinde. Tak til kommunerne for et godt
samarbejde. Kontoret holder lukket fra den 22. december 2025 til og med den 2. januar 2026.

Lemvig, 2. marts 2026

Jytte Kragh, kontorchef
Bestyrelsesformand Niels Aaby
"""

FAST_TRACK = """---
title: Udenlandsk arbejdskraft
year: 2026
---
# Udenlandsk arbejdskraft

## Hurtigspor (fast-track)

Vil I bruge den statslige fast-track-ordning, skal virksomheden være certificeret af myndighederne. Det kræver
bl.a., at virksomheden har mindst 12 fuldtidsansatte i Danmark. Vi hjælper gratis med ansøgningen om certificering.
"""

LOAN = """---
title: Regler for Vestlimfjord Startlån 2026
year: 2026
---
# Regler for Vestlimfjord Startlån 2026

## § 1. Lånets størrelse

Der ydes lån på mellem 20.000 og 150.000 kr. Lånet forrentes med en fast rente på 4,75 % p.a.

## § 2. Behandling

Ansøgning sendes via hjemmesiden. Ansøgeren modtager svar senest 15 arbejdsdage efter, at alle bilag er modtaget.
"""

COUNSELLING = """---
title: Gratis rådgivning til nye virksomheder
year: 2026
---
# Gratis rådgivning til nye virksomheder

Kompetencekontoret tilbyder op til 6 timers gratis rådgivning til virksomheder, der er under 3 år gamle.

## Hvem kan ikke få rådgivning?

Franchisetagere er ikke omfattet af den gratis rådgivning, fordi franchisegiveren normalt leverer koncept og sparring.
"""

PLAN = """---
title: Handlingsplan 2026-2028
year: 2026
---
# Handlingsplan 2026-2028

## Tidsplan og budget

| Indsats | Tidsplan | Ansvarlig | Budget 2026–2028 |
|---|---|---|---|
| Digital ansøgningsportal | 2026 | Ole Brandt Hede | 310.000 kr. |
| Netværk for HR-ansvarlige | 2027 | Jytte Kragh | 90.000 kr. |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("skills_office"), {
        "medarbejdere.txt": STAFF, "nyhedsbrev-marts-2026.md": LEADER, "udenlandsk-arbejdskraft.md": FAST_TRACK,
        "startlaan-2026.md": LOAN, "gratis-raadgivning.md": COUNSELLING,
        "handlingsplan-2026-2028.md": PLAN})


def test_whom_a_sentence_sends_one_to_is_quoted_with_their_number(engine):
    """"... så kontakt" / "Lone Vestergaard." typed on two lines is one sentence, and her row of the staff list gives
    the number asked for."""
    answer = engine.ask("hvem skal jeg ringe til hvis vores tilskud ikke er blevet udbetalt? nummer?")
    assert not answer.abstained, answer.text
    assert "så kontakt Lone Vestergaard" in answer.text and "9710 2209" in answer.text, answer.text


def test_her_number_is_of_the_name_before_the_post(engine):
    """"Jytte Kragh, kontorchef": the name before its post holds it, not the chair named after it; "hendes direkte
    nummer" asks for a phone number."""
    answer = engine.ask("hvem er kontorchef og hvad er hendes direkte nummer")
    first, second = answer.text.split("\n2) ")
    assert "Jytte Kragh" in first and "9710 2201" in second and "Aaby" not in second.split("\n[")[0], answer.text


def test_a_count_of_full_time_staff_answers_how_many_employees(engine):
    answer = engine.ask("hvor mange ansatte skal man have for at blive certificeret til fasttrack ordningen")
    assert not answer.abstained and "12 fuldtidsansatte" in answer.text, answer.text


def test_a_loan_application_is_known_where_the_rules_write_loan_and_application_apart(engine):
    answer = engine.ask("hvor lang tid går der før man får svar når man har sendt en låneansøgning")
    assert not answer.abstained and "15 arbejdsdage" in answer.text, answer.text


def test_what_a_friend_got_is_a_story_not_what_is_asked(engine):
    """"min kammerat fik 4 procent": the documents need not write "kammerat" to give the rate."""
    answer = engine.ask("hvad er renten på startlaan nu? min kammerat fik 4 procent for et par år siden")
    assert not answer.abstained and "4,75 %" in answer.text.split("\n")[0], answer.text


def test_a_page_holding_the_questions_words_answers_before_the_catalogues_programmes(engine):
    """"kan i hjælpe mig med rådgivningen gratis" reads as "which programme fits me", but the counselling page's rule
    on franchisees answers it, and the 2010 catalogue's programmes do not."""
    answer = engine.ask("jeg skal overtage en franchise af et pizzeria i skive, kan i hjælpe mig med rådgivningen gratis?")
    assert answer.route != "finder" and "Franchisetagere er ikke omfattet" in answer.text, answer.text




def test_one_row_answers_two_parts_from_two_columns(engine):
    """Who is responsible and what it is budgeted are two columns of one row: the second part is not sent to another
    row because the first part quoted this one."""
    answer = engine.ask("hvem er ansvarlig for den digitale ansøgningsportal i handlingsplanen og hvad er den budgetteret til?")
    first, second = answer.text.split("\n2) ")
    assert "Ole Brandt Hede" in first and "310.000 kr." in second.split("\n[")[0], answer.text


def test_closed_in_the_summer_holiday_is_answered_by_the_summer_closing(engine):
    """"sommerferien": the staff list's "Sommerlukket 2026: uge 29 og 30", dated in July, knows it in its own words;
    the Christmas closing, dated in December, is of another time of year."""
    answer = engine.ask("holder i lukket i sommerferien 2026?")
    assert not answer.abstained and "uge 29 og 30" in where_a_reader_looks(answer.text), answer.text
