"""A product development fund's rules in two versions, worded differently: the 2023 guidelines give the amounts in a
table, the 2025 guidelines in numbered paragraphs; a digitalisation voucher's 2024 rules call it "voucher", the 2026
rules "digitaliseringsvoucher". Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

RULES_2023 = """---
title: Retningslinjer for Produktudviklingspuljen 2023
year: 2023
---
# Retningslinjer for Produktudviklingspuljen 2023

Produktudviklingspuljen støtter små fødevarevirksomheder i Vesthimmerland, der vil udvikle nye produkter.

## Hvor meget kan man få?

| Forhold | Regel 2023 |
|---|---|
| Tilskudssats | 40 % af de godkendte udgifter |
| Mindste tilskud | 25.000 kr. |
| Største tilskud | maks. 150.000 kr. pr. projekt |

Tilskuddet beregnes af de godkendte udgifter ekskl. moms. Et projekt med et budget på 200.000 kr. kan altså få
80.000 kr. i tilskud.

## Hvad kan der gives tilskud til?

- ekstern konsulentbistand (fx fødevareteknolog, designer, laboratorium)
- laboratorieanalyser og holdbarhedstest
- udvikling af emballage og etiketter

## Hvad kan der ikke gives tilskud til?

- virksomhedens egne lønudgifter
- almindelig drift, markedsføring og messedeltagelse
"""

REPORT_2024 = """---
title: Årsrapport 2024
year: 2024
---
# Årsrapport 2024

## Produktudviklingspuljen

I 2024 modtog vi 44 ansøgninger, og 27 fik tilsagn. Det gennemsnitlige tilskud var 115.741 kr. pr. projekt.
Tilskuddet blev givet efter retningslinjerne fra 2023 med en sats på 40 % og et maksimum på 150.000 kr.
"""

FAQ = """---
title: Ofte stillede spørgsmål
year: 2026
---
# Ofte stillede spørgsmål

## Kan jeg søge, hvis jeg er enkeltmandsvirksomhed?

Ja. Det afgørende er, at du har et aktivt CVR-nummer, og at virksomheden har færre end 50 ansatte.

## Hvor mange gange kan jeg få tilskud?

Over en periode på 3 år kan en virksomhed samlet få højst 350.000 kr. i tilskud fra puljen.

## Hvornår bliver tilskuddet udbetalt?

Tilskuddet fra puljen udbetales, når projektet er afsluttet, og slutrapporten er godkendt.

## Kan jeg få tilskud til egen løn?

Nej. Puljen giver ikke tilskud til virksomhedens egne lønudgifter, kun til ekstern hjælp.

## Kan jeg søge tilskud til en messe?

Nej, messedeltagelse støttes ikke af puljen. Se i stedet vores fællesstande.
"""

RULES_2025 = """Retningslinjer for Produktudviklingspuljen 2025
Vedtaget af bestyrelsen den 27. november 2024. Gælder for ansøgninger, der modtages fra og med 1. januar 2025.
Produktudviklingspuljen er finansieret af tre kommuner og Erhvervsrådet og administreres af netværkets sekretariat.
Retningslinjerne erstatter retningslinjerne fra 2023.

§ 1. Formål
Stk. 1. Puljen skal styrke innovation, vækst og arbejdspladser i små fødevarevirksomheder ved at medfinansiere
udviklingen af nye produkter, nye emballager og nye måder at sælge på.
Stk. 2. Puljen prioriterer projekter, der bruger lokale råvarer, og projekter, der mindsker madspild.

§ 2. Hvem kan søge
Stk. 1. Der kan søges tilskud af virksomheder med et aktivt CVR-nummer, som producerer eller forarbejder fødevarer.
Stk. 2. Virksomheden skal have færre end 50 ansatte opgjort i fuldtidsstillinger og en årlig omsætning på højst
75 mio. kr.
Stk. 3. Virksomheden skal have adresse i en af de tre kommuner. Associerede medlemmer uden for kommunerne kan ikke
søge.
Stk. 4. Primærproducenter kan søge, hvis projektet vedrører forarbejdning, emballering eller direkte salg til
forbrugere, fx etablering eller udvidelse af en gårdbutik. Projekter, der alene vedrører primærproduktion, støttes
ikke.
Stk. 5. Medlemskab af netværket er ikke en betingelse for at søge.
Stk. 6. Virksomheder i betalingsstandsning, rekonstruktion eller konkurs kan ikke søge.

§ 3. Tilskuddets størrelse
Stk. 1. Tilskuddet udgør 50 % af de tilskudsberettigede udgifter ekskl. moms.
Stk. 2. Der gives mindst 30.000 kr. og højst 200.000 kr. pr. projekt.
Stk. 3. For virksomheder, hvor ejeren er under 35 år på ansøgningstidspunktet, udgør tilskuddet 60 % af de
tilskudsberettigede udgifter. Beløbsgrænserne i stk. 2 gælder også her.

§ 4. Ansøgningsrunder
Stk. 1. Der er to ansøgningsrunder om året med frist den 1. marts og den 1. september kl. 12.00.
Stk. 2. Ansøgningen sendes via netværkets ansøgningsportal. Ansøgninger sendt pr. e-mail behandles ikke.

§ 5. Behandling af ansøgninger
Stk. 1. Ansøgningerne vurderes af tilskudsudvalget, som består af en repræsentant for hver kommune, en fra
Erhvervsrådet og netværkets formand.
Stk. 2. Udvalget lægger vægt på projektets nyhedsværdi, markedspotentiale og effekt på beskæftigelsen.

§ 6. Behandling af oplysninger
Netværket behandler de oplysninger, du giver i ansøgningen om tilskud fra puljen, for at kunne vurdere
ansøgningen, udbetale tilskud og følge op på projektet. Oplysningerne slettes 5 år efter projektets afslutning.

§ 7. Klageadgang
Afgørelser om tilskud fra puljen kan ikke påklages til anden myndighed, da puljen er en frivillig ordning.
"""

SUMMARY_EN = """---
title: English summary
year: 2026
language: en
---
# English summary

We are a network of small food producers. Our product development fund gives grants to member and non-member
companies that develop new food products, packaging or sales channels. The fund has two application rounds a
year. Grants are paid when the project is finished. Read the Danish guidelines for the amounts and the rules.
"""

VOUCHER_2024 = """---
title: Retningslinjer for voucheren 2024
year: 2024
---
# Retningslinjer for voucheren 2024

## Hvem kan søge

- Private virksomheder med mellem 5 og 249 ansatte
- Virksomheden skal have CVR-nummer i regionen

## Sådan søger du

Udfyld ansøgningsskemaet på hjemmesiden.
"""

VOUCHER_2026 = """---
title: Vejledning om digitaliseringsvoucher 2026
year: 2026
---
# Vejledning om digitaliseringsvoucher 2026

## § 2. Ansøgere

Stk. 1. Der kan søges af private virksomheder med mellem 3 og 249 ansatte, opgjort som fuldtidsækvivalenter.

Stk. 2. Offentlige institutioner og foreninger kan ikke søge.
"""


COURSES = """KURSUSKALENDER CYBERSIKKERHED 2026

| Dato              | Titel                          | Sted            | Pris      |
|-------------------|--------------------------------|-----------------|-----------|
| 10. februar 2026  | Cybersikkerhed for ledere      | Næstved         | 1.200 kr. |
| 3. marts 2026     | Phishing og adgangskoder       | Online          | 600 kr.   |

Kurset for ledere varer en hel dag og slutter med en øvelse i at håndtere et angreb.
"""

STAFF = """---
title: Medarbejdere
year: 2026
---
# Medarbejdere

| Navn | Område |
|---|---|
| Jonas Vestergaard | Cyberkurser og AI-pilot |
| Mette Holm | Digitaliseringsvoucher |
"""


VILLAGE_POOL = """---
title: Landsbypuljen
year: 2026
---
# Landsbypuljen

Landsbypuljen er vores lille, hurtige pulje til aktiviteter i landsbyerne. Ansøgningen fylder én side.

## Kort fortalt

- Maksimalt beløb pr. ansøgning: 20.000 kr.
- Samlet pulje i 2026: 300.000 kr.
- Svartid: senest 4 uger efter modtagelse

## Hvad kan I søge til?

- Arrangementer og fester, som er åbne for alle i lokalområdet
- Fællesspisning, foredrag og workshops
- Mindre indkøb af udstyr, dog højst 5.000 kr. af det bevilgede beløb
"""


CONTACT = """---
title: Kontakt om puljerne
year: 2026
---
# Kontakt

Spørgsmål til retningslinjerne rettes til programleder Jesper Kjærgaard Nørby, tlf. 96 27 44 12, jkn@smagsnet.dk.

Henvendelser om persondata sendes til kontakt@smagsnet.dk, mrk. "persondata".
"""


PLAN = """---
title: Handlingsplan 2026-2029
year: 2025
---
# Handlingsplan 2026-2029

## Bæredygtighed

Sammen med kommunen arbejder vi for at åbne et Fælles Smagskøkken i Skive i 2028. Køkkenet skal bruge overskudsvarer
fra medlemmernes produktion. Projektet har et anlægsbudget på 9 mio. kr. og forudsætter ekstern finansiering.

## Sekretariatet

Sekretariatet har åbent mandag-torsdag kl. 9-15 og fredag kl. 9-12.
"""


STANDS = """---
title: Fælles stand på messer 2026
year: 2026
---
# Fælles stand på messer 2026

## Betaling og afbud

Ved tilmelding betaler du et depositum på 30 % af standlejen. Melder du afbud før tilmeldingsfristen, får du
depositum retur fratrukket et administrationsgebyr på 1.500 kr. Ved afbud efter tilmeldingsfristen betales den fulde
standleje. Restbeløbet faktureres senest 8 uger før messen.

## Priser

Eksempel: En stand på 9 m² på Stockholm Furniture Fair koster for et medlem 22.275 kr. ekskl. moms.
"""


WRITING_COURSES = """KURSER FOR FORENINGER 2026

| Dato             | Tid         | Arrangement                          | Sted                    | Pris   |
|------------------|-------------|--------------------------------------|-------------------------|--------|
| 3. februar 2026  | 17.00-20.30 | Kursus: Skriv en god ansøgning       | Gørlev Forsamlingshus   | Gratis |
| 9. maj 2026      | 10.00-14.00 | Kursus: Skriv en god ansøgning       | Undløse Forsamlingshus  | Gratis |
"""


KEY_FIGURES = """NØGLETAL 2020-2024

| Nøgletal                   | 2020       | 2021       | 2022       | 2023       | 2024       |
|----------------------------|------------|------------|------------|------------|------------|
| Ansøgninger modtaget       | 31         | 36         | 28         | 44         | 41         |
| Tilskud i alt (kr.)        | 6.120.000  | 7.045.500  | 5.310.200  | 9.872.400  | 8.416.300  |
| Samlet projektsum (kr.)    | 14.880.000 | 16.950.000 | 12.400.000 | 23.150.000 | 19.760.000 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("product_fund"), {
        "produktudviklingspuljen-retningslinjer-2023.md": RULES_2023, "retningslinjer-produktudviklingspuljen-2025.txt": RULES_2025,
        "aarsrapport-2024.md": REPORT_2024, "faq.md": FAQ, "english-summary.md": SUMMARY_EN, "voucher-retningslinjer-2024.md": VOUCHER_2024, "vejledning-digitaliseringsvoucher-2026.md": VOUCHER_2026,
        "kursuskalender-cybersikkerhed-2026.txt": COURSES, "medarbejdere.md": STAFF, "landsbypuljen.md": VILLAGE_POOL, "kontakt.md": CONTACT, "handlingsplan-2026-2029.md": PLAN,
        "faelles-stand-messer-2026.md": STANDS, "kurser-for-foreninger-2026.txt": WRITING_COURSES,
        "noegletal-2020-2024.txt": KEY_FIGURES})


def test_the_newer_rules_amount_leads_though_worded_unlike_the_older_table_the_question_matched(engine):
    answer = engine.ask("whats the minimum grant amount from the product development fund").text
    assert "30.000 kr." in where_a_reader_looks(answer), answer
    assert "25.000 kr." in answer  # the 2023 table, cited as older


def test_a_voucher_named_in_full_in_the_next_rules_is_superseded_by_them(engine):
    answer = engine.ask("vi er 4 ansatte i en frisørsalon, kan vi søge voucher?").text
    first_quote = next(line for line in answer.split("\n") if line.startswith("“"))
    assert "mellem 3 og 249 ansatte" in first_quote, answer


def test_the_newer_versions_passage_nearest_a_superseded_one_is_found_for_it(engine):
    """The 2023 table's "Mindste tilskud" row is stated by the 2025 rules' § 3, which shares few of its words."""
    from app.retrieve import Retrieval, Retrieved

    retriever = engine.retriever
    table = next(chunk for chunk in retriever.chunks.values() if "Mindste tilskud" in chunk.text)
    found = retriever.with_counterparts(Retrieval([Retrieved(table, 1.0, None)], 1.0), {
        "produktudviklingspuljen-retningslinjer-2023.md": "retningslinjer-produktudviklingspuljen-2025.txt"})
    assert any("mindst 30.000 kr." in r.chunk.text for r in found[1:]), [r.chunk.text[:80] for r in found]


@pytest.mark.parametrize(("asked", "expected"), [
    # "cyber kurset" is searched as "cyberkurset", which the calendar never writes: it knows "Cybersikkerhed" and
    # courses, and gives the price.
    ("hvad koster cyber kurset for ledere", "1.200 kr."),
    # "max": the limit the documents write out ("Maksimalt beløb pr. ansøgning").
    ("landsbypuljen - hvor meget kan man max faa", "20.000 kr."),
    # A deposit given as a share of the rent is its size, not another fee's amount.
    ("hvor stort depositum skal man betale når man melder sig til en messe", "30 % af standlejen"),
    # A total asked as "samlet" is the row the table calls "i alt".
    ("samlet tilskud 2022?", "5.310.200"),
], ids=["two-words-joined", "max", "deposit-as-share", "samlet-is-i-alt"])
def test_where_a_reader_looks_is_the_asked_figure(engine, asked, expected):
    answer = engine.ask(asked).text
    assert expected in where_a_reader_looks(answer), answer


def test_the_mail_address_asked_as_one_compound_is_the_address_the_documents_give(engine):
    """"mailadressen": a mail's address, written as the address itself ("jkn@smagsnet.dk"), not as the word."""
    answer = engine.ask("mailadressen på jesper der har puljerne?")
    assert not answer.abstained and "jkn@smagsnet.dk" in where_a_reader_looks(answer.text), answer.text


def test_when_a_new_place_opens_is_the_year_it_opens_not_anyones_hours(engine):
    answer = engine.ask("hvornår åbner det fælles smagskøkken i skive").text
    assert "2028" in where_a_reader_looks(answer), answer
    assert "kl. 9-12" in engine.ask("hvornår åbner sekretariatet om fredagen").text


def test_a_course_named_by_the_action_the_calendar_writes_as_a_verb_is_answered(engine):
    """"ansøgningsskrivning": writing applications, which the calendar calls "Skriv en god ansøgning"."""
    answer = engine.ask("hvornaar er der kursus i ansøgningsskrivning i undløse og koster det noget")
    assert not answer.abstained and "9. maj 2026" in where_a_reader_looks(answer.text), answer.text


def test_a_fair_no_dictionary_or_document_knows_is_named_and_not_answered_by_another_fairs_price(engine):
    assert engine.ask("hvad koster en plads paa jeres fællesstand på formex i stockholm?").abstained
    assert engine.ask("how much is a stand at heimtextil with you guys?").abstained
    assert "22.275 kr." in engine.ask("hvad koster en stand på stockholm furniture fair").text


def test_his_mail_after_a_person_the_documents_do_not_name_is_no_one_elses_address(engine):
    answer = engine.ask("kan jeg faa fat i lars bech? har i hans mail")
    assert answer.abstained and "@" not in answer.text, answer.text
    assert "jkn@smagsnet.dk" in engine.ask("hvem er programleder for puljerne og hvad er hans mail").text
