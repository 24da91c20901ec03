"""A climate cluster's incubator rules of 2024, the terms that replace them in 2026 (named otherwise: "vilkår for
inkubatoren", not "inkubatorregler"), its price list for members and non-members and the board's minutes raising
the non-members' price. Written for these tests (fictional)."""
import pytest

from tests.conftest import engine_beside_corpus, where_a_reader_looks

RULES_2024 = """Inkubatorregler 2024 – Klimaklynge Øst

§ 1. Optagelse i Klimainkubatoren

1.1 Virksomheden skal have et aktivt CVR-nummer og adresse i Region Sjælland.

1.2 Virksomheden må højst være 4 år gammel, regnet fra registreringen i CVR.

1.3 Virksomheden må højst have 8 fuldtidsansatte på ansøgningstidspunktet.

1.4 Et forløb i Klimainkubatoren varer 12 måneder og kan ikke forlænges.
"""

TERMS_2026 = """Vilkår for Klimainkubatoren 2026 – Klimaklynge Øst

Vilkårene gælder fra 1. januar 2026. Klimainkubatoren åbner for lidt ældre og lidt større virksomheder.

Adgangskrav 2026

Kriterium  Krav 2026
Geografi  Aktivt CVR-nummer og adresse i Region Sjælland
Virksomhedens alder  Højst 6 år fra registrering i CVR
Antal ansatte  Højst 12 fuldtidsansatte
Varighed  12 måneder med mulighed for 6 måneders forlængelse
"""

PRICE_LIST = """Prisliste 2026 – Klimaklynge Øst

Alle priser er ekskl. moms og gælder fra 1. januar 2026.

Ydelse  Medlemmer  Ikke-medlemmer
Energirådgivning (pr. time)  850 kr.  1.200 kr.
Klimaregnskab, standardpakke  6.500 kr.  9.500 kr.
"""

MINUTES = """Referat af bestyrelsesmøde i Klimaklynge Øst, 4. marts 2026

Pkt. 4 Priser

Timeprisen for energirådgivning for ikke-medlemmer hæves fra 1.200 kr. til 1.400 kr. med virkning fra 1. maj 2026.
Medlemsprisen er uændret.
"""

FAQ = """Ofte stillede spørgsmål – Klimaklynge Øst

Hvem er kontaktperson for Klimalånefonden?

Erhvervskonsulent Jens Bro er gået på pension ved udgangen af 2025. Fra 1. januar 2026 har Karen Holm Dahl overtaget
ansvaret for Klimalånefonden. Du kan kontakte hende på tlf. 55 12 34 56 eller khd@klimaklynge.dk.

Hvad koster klimakurset?

Prisen for klimakurset er nedsat fra 2.000 kr. til 1.500 kr. pr. deltager fra 1. januar 2026.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("climate_cluster"), {
        "inkubatorregler-2024.txt": RULES_2024, "vilkaar-inkubator-2026.txt": TERMS_2026,
        "prisliste-klimaklynge-2026.txt": PRICE_LIST, "referat-bestyrelsesmoede-2026-03-04.txt": MINUTES,
        "faq-klimaklynge.txt": FAQ})


def test_the_members_price_is_not_the_non_members_price_the_minutes_raised(engine):
    """"hvad er timeprisen" asks for an amount; the minutes' sentence names only non-members, whose price it is."""
    answer = engine.ask("hvad er timeprisen for energiraadgivning for medlemmer?")
    assert "850 kr." in where_a_reader_looks(answer.text), answer.text
    assert "1.400" not in where_a_reader_looks(answer.text), answer.text


def test_the_non_members_price_is_the_one_the_minutes_raised_it_to(engine):
    answer = engine.ask("hvad er timeprisen for energirådgivning hvis man ikke er medlem?")
    assert "1.400 kr." in where_a_reader_looks(answer.text), answer.text


def test_terms_replacing_rules_under_another_name_give_the_rule_in_force(engine):
    """"vilkaar-inkubator-2026" is the next version of "inkubatorregler-2024": its table's 6 years answer first."""
    answer = engine.ask("hvor gammel maa vores virksomhed vaere for at komme ind i klimainkubatoren?")
    assert "6 år" in where_a_reader_looks(answer.text), answer.text


def test_joining_an_offer_the_catalogue_lacks_is_asked_of_the_documents_in_english_too(engine):
    """"the incubator" is the documents' "Klimainkubatoren" in Danish, an offer the programme catalogue does not
    list: the documents answer, not the programme finder."""
    answer = engine.ask("how old can our company be and still join the incubator?")
    assert answer.route != "finder", answer.text
    assert "6 år" in where_a_reader_looks(answer.text), answer.text


def test_whom_to_contact_about_a_fund_named_by_its_first_part_is_the_one_who_took_over(engine):
    """"klimalån" names "Klimalånefonden"; "Du kan kontakte hende" reaches the person named the sentence before."""
    answer = engine.ask("hvem skal jeg kontakte om klimalaan nu hvor jens er gaaet paa pension")
    assert "Karen Holm Dahl" in answer.text and "55 12 34 56" in answer.text, answer.text
    assert "nævner ikke" not in answer.text, answer.text


def test_an_amount_typed_without_its_point_is_no_year(engine):
    """"der stod 2000 kr": the price the asker read, not a year the documents must write."""
    answer = engine.ask("hvad koster klimakurset nu? syntes der stod 2000 kr på hjemmesiden")
    assert "1.500 kr." in where_a_reader_looks(answer.text), answer.text
