"""An offshore suppliers' and an export programme's documents: an FAQ naming its scheme only in passing beside the
scheme's own guidelines, an annual report's key figures, a price list's cancellation rules for trade missions, a
news item on a new mission and the rules for first-time exporters. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

FAQ = """---
title: Ofte stillede spørgsmål om certificering og tilskud
description: Svar på spørgsmål om GWO-kurser og svejsecertifikater i Certificeringspuljen Vest
year: 2026
---

# Ofte stillede spørgsmål om certificering

Her har vi samlet svar på de spørgsmål, vi oftest får fra virksomheder, der overvejer at søge Certificeringspuljen
Vest. Svarene gælder for 2026.

## Hvad med svejsecertifikater?

Der gives tilskud til prøvning og certifikat for den enkelte svejser. Nyt i 2026 er, at virksomheden også kan få
tilskud til selv at blive certificeret efter EN ISO 3834. Her er det maksimale tilskud 80.000 kr.
"""

GUIDELINES = """---
title: Certificeringspuljen Vest 2026 – Retningslinjer
year: 2026
---

# Certificeringspuljen Vest 2026 – Retningslinjer

## 3. Tilskud og egenfinansiering

Tilskuddet udgør 40 % af de støtteberettigede udgifter. Det mindste tilskud, der kan søges, er 15.000 kr. Der kan
højst gives 200.000 kr. pr. virksomhed pr. kalenderår.
"""

REPORT = """Aarsrapport 2025

Forord

2025 blev et rekordår. Flere virksomheder end nogensinde fik tilskud til at certificere deres medarbejdere, og der
blev brugt flere penge på kurser end i noget tidligere år.

Nøgletal  2024  2025
Virksomheder med tilsagn  48  61
Udbetalt tilskud i alt  4.120.000 kr.  5.412.500 kr.

Forummets samlede indtægter i 2025 var 14.250.000 kr. fordelt på disse poster:

- Kommunale bidrag: 3.250.000 kr.
- Regionale midler: 6.000.000 kr.
"""

PRICES = """---
title: Prisliste 2026 – handelsmissioner og fællesstande
year: 2026
---

# Prisliste 2026 – handelsmissioner og fællesstande

## Afbudsregler

- Afbud til handelsmission senest 60 dage før afrejse: administrationsgebyr på 950 kr.
- Afbud 59–21 dage før afrejse: 50 % af deltagerprisen opkræves.
- Afbud 20 dage før afrejse eller senere samt udeblivelse: 100 % af deltagerprisen.
"""

NEWS = """---
title: Ekstra handelsmission til Göteborg
year: 2026
---

# Ekstra handelsmission til Göteborg

I september tager vi for første gang en gruppe virksomheder med til Göteborg.

## Ny handelsmission til Göteborg

- Destination: Göteborg, Sverige
- Pris: 5.200 kr. for medlemmer og 7.900 kr. for ikke-medlemmer (ekskl. moms)
- Antal pladser: 14 virksomheder
"""

RULES = """---
title: Eksportspring 2026 – retningslinjer
year: 2026
---

# Eksportspring 2026 – retningslinjer

## Særligt for førstegangseksportører

Som førstegangseksportør regnes en virksomhed, hvis eksport har udgjort under 5 % af omsætningen i hvert af de seneste
tre afsluttede regnskabsår. Efter første runde evalueres modellen for førstegangseksportører, og bestyrelsen tager i
november 2026 stilling til, om puljen for 2027 skal øges.
"""


FILES = {"faq-certificering.md": FAQ, "retningslinjer-certificeringspulje-vest-2026.md": GUIDELINES,
         "aarsrapport-2025.txt": REPORT, "prisliste-missioner-2026.md": PRICES, "nyhed-goeteborg.md": NEWS,
         "retningslinjer-eksportspring-2026.md": RULES}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("export"), FILES)


def test_the_schemes_own_guidelines_give_its_maximum_not_an_faqs_other_maximum(engine):
    """The FAQ's "Her er det maksimale tilskud 80.000 kr." is for an ISO certification; it names the scheme only in
    its introduction. The guidelines titled by the scheme's name answer."""
    answer = engine.ask("hvad er det max man kan faa i tilskud fra certificeringspuljen i aar (2026)?")
    assert not answer.abstained, answer.text
    assert "200.000" in where_a_reader_looks(answer.text), answer.text


def test_money_paid_out_is_the_key_figures_paid_out(engine):
    answer = engine.ask("hvor mange penge blev der faktisk betalt ud til virksomhederne i 2025?")
    assert "5.412.500" in where_a_reader_looks(answer.text), answer.text


def test_the_cancellation_rule_for_the_askers_days_before(engine):
    answer = engine.ask("vi har tilmeldt os en mission men må melde afbud ca 30 dage før, hvad skal vi betale")
    assert "59–21 dage" in where_a_reader_looks(answer.text), answer.text


def test_a_trip_is_the_documents_trade_mission(engine):
    answer = engine.ask("hvad koster den nye tur til goeteborg for medlemmer")
    assert not answer.abstained, answer.text
    assert "5.200" in where_a_reader_looks(answer.text), answer.text


def test_when_one_counts_as_something_is_the_rule_not_a_date(engine):
    answer = engine.ask("hvornaar tæller man som foerstegangseksportoer")
    assert "5 %" in where_a_reader_looks(answer.text), answer.text
    assert "november 2026" not in where_a_reader_looks(answer.text), answer.text
