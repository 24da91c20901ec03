"""Headings, section paths, tables and lists found in cleaned pages."""
from pathlib import Path

import pytest

from ingest.clean import clean_document
from ingest.documents import Page
from ingest.structure import heading_level, to_blocks

SEED = Path(__file__).resolve().parents[2] / "corpus" / "status-evaluering-eksport-internationalisering-2010.txt"

ONE = "1. Det strategiske samarbejde med Udenrigsministeriet, Eksportrådet"
SEED_SECTIONS = [
    "Indledning. Betydningen af eksport og internationalisering for Region Midtjylland",
    "Status og evaluering af den hidtidige indsats",
    ONE,
    f"{ONE} > 1.1 Den internationale platform og VITUS programmet",
    "2 Vækstforum initiativ vedr. Shanghai",
    "3. Vækstforums iværksætter- og virksomhedsudviklingsprogrammer",
    "4. Region Midtjyllands udenlandske kontorer",
    "5. Europe Enterprise Network",
    "6. Vækstforums initiativer vedr. tiltrækning og fastholdelse af udenlandske arbejdskraft og udenlandske studerende",
    "Perspektiver for den fremtidige indsats",
    "Økonomi",
    "Særligt om nye statslige initiativer",
]


@pytest.fixture(scope="module")
def seed_blocks():
    return to_blocks(clean_document([Page(None, SEED.read_text(encoding="utf-8"))]))


def test_seed_sections_in_reading_order(seed_blocks):
    sections = []
    for block in seed_blocks:
        if not sections or sections[-1] != block.section:
            sections.append(block.section)
    assert sections == SEED_SECTIONS


def test_headings_are_not_block_text(seed_blocks):
    texts = {block.text for block in seed_blocks}
    assert not texts & {"Økonomi", "Perspektiver for den fremtidige indsats", "2 Vækstforum initiativ vedr. Shanghai"}
    assert not any(block.text.startswith("Status og evaluering for den hidtidige indsats") for block in seed_blocks)


def test_blocks_keep_their_paragraphs_under_the_right_heading(seed_blocks):
    def starting(text: str):
        (block,) = [block for block in seed_blocks if block.text.startswith(text)]
        return block

    assert starting("Der er etableret en international platform").section == SEED_SECTIONS[3]
    assert starting("Innovationscentret i Shanghai").section == "2 Vækstforum initiativ vedr. Shanghai"
    assert starting("Med hensyn til økonomiske ressourcer").section == "Økonomi"
    # A sentence without its full stop is a paragraph, not a heading.
    assert starting("I det følgende skitseres").kind == "paragraph"


def test_the_table_is_one_block_with_its_header(seed_blocks):
    tables = [block for block in seed_blocks if block.kind == "table"]
    assert [table.text for table in tables] == [
        "Gennemførte forløb\n2008  2009\nRegion Midtjylland  208  288\nØvrige fire regioner  702  630"
    ]
    assert tables[0].section == ONE


def test_list_items_are_list_blocks_after_their_lead_in(seed_blocks):
    kinds = [block.kind for block in seed_blocks]
    first = kinds.index("list")
    assert seed_blocks[first - 1].text.endswith("Det drejer sig om:")
    assert kinds[first:first + 7] == ["list"] * 6 + ["paragraph"]
    lead_in = next(i for i, block in enumerate(seed_blocks) if block.text.endswith("må det sikres at:"))
    items = seed_blocks[lead_in + 1:lead_in + 5]
    assert [block.kind for block in items] == ["list"] * 4
    assert items[0].text == "- Samarbejdet med Eksportrådet fastholdes og udbygges, jf. også nedenfor om nye statslige initiativer"
    assert seed_blocks[lead_in + 5].kind == "paragraph"


def test_text_without_page_numbers_gives_blocks_without_pages(seed_blocks):
    assert {block.page for block in seed_blocks} == {None}


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("1. Det strategiske samarbejde med Udenrigsministeriet, Eksportrådet", 1),
        ("1.1 Den internationale platform og VITUS programmet", 2),
        ("2 Vækstforum initiativ vedr. Shanghai", 1),
        ("2.3.1 Budget", 3),
        ("Økonomi", 1),
        ("Status og evaluering af den hidtidige indsats.", 1),
        ("Særligt om nye statslige initiativer", 1),
        # Not headings: sentences, dates, figures, fragments.
        ("I det følgende skitseres nogle konkrete elementer og muligheder i et nyt program", None),
        ("Der kan arbejdes på, at disse ekstra statslige midler kommer virksomheder til gavn.", None),
        ("Projektet er placeret hos Innovationscenter", None),
        ("1. august 2011 udløber projektet", None),
        ("3 virksomheder har deltaget", None),
        ("Det drejer sig om:", None),
        ("Hvor mange forløb blev gennemført?", None),
        ("virksomhederne i Region Midtjylland", None),
        # A contact line under a press release: what follows is no section of it.
        ("Birgit Sønderby, formand, Vækstforum Vestkyst, tlf. 20 45 67 89", None),
        ("Tlf. 72 41 18 31 jkm@lyngkyst-erhverv.dk", None),
        # A line of hours under "Telefontid" or "Åbningstider".
        ("Fredag kl. 9.00-12.00", None),
        ("Lørdag 10.00-14.00", None),
        ("Monday-Friday 9-16", None),
        # A meeting's title with its date and time is one.
        ("Ordinært byrådsmøde tirsdag den 26. november 2024 kl. 17.00-20.40", 1),
        # An address under "KONTORET I AALBORG": taken for a heading, it took the address out of the text.
        ("Vesterbro Kaj 22, 2. sal, 9000 Aalborg", None),
        ("Kajgade 4, 7100 Vejle", None),
        ("Kulturværket Nørresundby, Lindholm Brygge 31, 9400 Nørresundby", None),
        # A plain-text page's question in capitals heads the rules under it; a ")" numbers a heading too.
        ("HVEM KAN SØGE?", 1),
        ("1) Vækstlån", 1),
    ],
)
def test_heading_level(line, level):
    assert heading_level(line) == level


def test_numbered_heading_resets_to_its_level_and_unnumbered_heading_starts_a_new_top_section():
    text = (
        "1. Eksport\n\nTekst om eksport.\n\n1.1 Rådgivning\n\nTekst om rådgivning.\n\n1.1.1 Møder\n\n"
        "Tekst om møder.\n\n2 Shanghai\n\nTekst om Shanghai.\n\nØkonomi\n\nTekst om økonomi."
    )
    blocks = to_blocks([Page(None, text)])
    assert [(block.section, block.text) for block in blocks] == [
        ("1. Eksport", "Tekst om eksport."),
        ("1. Eksport > 1.1 Rådgivning", "Tekst om rådgivning."),
        ("1. Eksport > 1.1 Rådgivning > 1.1.1 Møder", "Tekst om møder."),
        ("2 Shanghai", "Tekst om Shanghai."),
        ("Økonomi", "Tekst om økonomi."),
    ]


def test_blocks_carry_the_page_they_start_on_and_sections_continue_across_pages():
    pages = [
        Page(1, "Indledning\n\nFørste side handler om eksport."),
        Page(2, "Den anden side fortsætter indledningen.\n\n2. Resultater\n\nTabellen viser forløbene.\n\n"
                "Gennemførte forløb\n\n2008  2009\nRegion Midtjylland  208  288"),
        Page(3, "- Europe Enterprise Network"),
    ]
    blocks = to_blocks(pages)
    assert [(block.page, block.section, block.kind) for block in blocks] == [
        (1, "Indledning", "paragraph"),
        (2, "Indledning", "paragraph"),
        (2, "2. Resultater", "paragraph"),
        (2, "2. Resultater", "table"),
        (3, "2. Resultater", "list"),
    ]
    assert blocks[3].text == "Gennemførte forløb\n2008  2009\nRegion Midtjylland  208  288"


def test_consecutive_numbered_lines_are_a_list_not_headings():
    text = (
        "Mål\n\nRegionen har to mål:\n\n1. Flere eksporterende virksomheder\n\n2. Flere udenlandske studerende\n\n"
        "Målene følges op hvert år."
    )
    blocks = to_blocks([Page(None, text)])
    assert [(block.section, block.kind, block.text) for block in blocks] == [
        ("Mål", "paragraph", "Regionen har to mål:"),
        ("Mål", "list", "1. Flere eksporterende virksomheder"),
        ("Mål", "list", "2. Flere udenlandske studerende"),
        ("Mål", "paragraph", "Målene følges op hvert år."),
    ]


def test_a_short_last_line_that_looks_like_a_heading_is_kept_as_text():
    """A contact line at the end of a page ("Musikskoleleder: Jonas Wedel-Hansen") has no text under it: as a
    heading it would vanish from the index, so it is a paragraph."""
    text = ("Kontakt\n\nKontoret ligger i Ringe Kulturhus, Algade 12, 5750 Ringe.\n\n"
            "Musikskoleleder: Jonas Wedel-Hansen Administrativ koordinator: Pia Roed Nielsen")
    blocks = to_blocks([Page(None, text)])
    assert blocks[-1].text == "Musikskoleleder: Jonas Wedel-Hansen Administrativ koordinator: Pia Roed Nielsen"
    assert blocks[-1].section == "Kontakt"


def test_a_line_that_heads_nothing_but_another_heading_is_kept_as_text():
    """Minutes open with fields ("Referent: Camilla Brix, byrådssekretær") right above the agenda's heading: as a
    heading of nothing it would vanish from the index, so it is a paragraph. The document's own first line,
    its title, is no text; a heading over a sub-heading ("1. Eksport" over "1.1 Rådgivning") heads it."""
    text = ("REFERAT\n\nOrdinært byrådsmøde tirsdag den 26. november 2024 kl. 17.00-20.40\n\n"
            "Til stede: 23 af byrådets 25 medlemmer.\n\nReferent: Camilla Brix, byrådssekretær\n\n"
            "DAGSORDEN\n\n1. Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n"
            "1.1 Bemærkninger\n\nIngen bemærkninger.")
    blocks = to_blocks([Page(None, text)])
    texts = [block.text for block in blocks]
    assert [block.section for block in blocks if block.text == "Referent: Camilla Brix, byrådssekretær"] == [
        "Ordinært byrådsmøde tirsdag den 26. november 2024 kl. 17.00-20.40"]
    assert "REFERAT" not in texts
    assert [block.section for block in blocks if block.text == "Ingen bemærkninger."] == [
        "1. Godkendelse af dagsorden > 1.1 Bemærkninger"]


def test_a_field_line_over_text_is_text_not_a_heading():
    """"Referent: Karin Møller" over the agenda is a field of the minutes, not the agenda's heading: as a heading
    it would vanish from the index and lend "referent" to every agenda item. "Kapitel 3: Eksport" stays a heading."""
    text = ("Møde i Vækstforum Vestkyst\n\nTirsdag den 11. juni 2013 kl. 13.00-16.00\n\n"
            "Referent: Karin Møller\n\nDagsorden:\n1. Godkendelse af dagsorden\n2. Status for Eksport Vestkyst\n\n"
            "Kapitel 3: Eksport\n\nEksporten steg med 5 %.")
    blocks = to_blocks([Page(None, text)])
    assert "Referent: Karin Møller" in [block.text for block in blocks]
    assert not any("Referent" in block.section for block in blocks)
    assert [block.section for block in blocks if block.text == "Eksporten steg med 5 %."] == ["Kapitel 3: Eksport"]


def test_a_field_whose_label_has_figures_and_whose_value_lists_is_text_not_a_heading():
    """"Kursus 1, 3 og 5: Fødevareteknolog Pernille Dahl, Dahl Food Consult" says who teaches: as a heading it would
    vanish from the index."""
    text = ("UNDERVISERE\n\nKursus 1, 3 og 5: Fødevareteknolog Pernille Dahl, Dahl Food Consult\n\n"
            "Kursus 2 og 6:  Jurist Thomas Bech")
    blocks = to_blocks([Page(None, text)])
    assert any("Pernille Dahl" in block.text for block in blocks), blocks
    assert heading_level("Kapitel 3: Eksport") == 1


def test_a_letterhead_above_the_first_heading_is_text_but_the_title_line_is_a_heading():
    """"Lyngkyst Erhvervsråd · Godkendt af bestyrelsen ..." over "1. Baggrund" says whose document it is; a first
    line that is the document's title (or when none is known) heads the document as before."""
    text = "Lyngkyst Erhvervsråd · Godkendt af bestyrelsen den 18. april 2024\n\n1. Baggrund\n\nPlanen gælder til 2025."
    blocks = to_blocks([Page(None, text)], "Midtvejsrevision af Erhvervshandlingsplan 2022-2025")
    assert [b.text for b in blocks] == ["Lyngkyst Erhvervsråd · Godkendt af bestyrelsen den 18. april 2024",
                                        "Planen gælder til 2025."]
    titled = "Midtvejsrevision 2024\n\n1. Baggrund\n\nPlanen gælder til 2025."
    assert [b.text for b in to_blocks([Page(None, titled)], "Midtvejsrevision 2024")] == ["Planen gælder til 2025."]
    assert [b.text for b in to_blocks([Page(None, text)])] == ["Planen gælder til 2025."]



def test_a_name_line_over_a_contact_line_is_a_contact_card_not_a_heading():
    """"Ida Marie Holst-Vinding, turismekonsulent" over "Tlf. 72 41 18 35 imhv@...": the card's name is text, quoted
    with the number it belongs to, not a section heading above it; a contact line is no heading either."""
    text = ("Kontakt\n\nIda Marie Holst-Vinding, turismekonsulent\n\nTlf. 72 41 18 35 imhv@lyngkyst-erhverv.dk\n\n"
            "Vi svarer inden for to hverdage, også i sommerferien.\n\n"
            "Birgit Sønderby, formand, Vækstforum Vestkyst, tlf. 20 45 67 89\n\n"
            "Pressen er velkommen til at ringe, også uden for kontortid.")
    blocks = to_blocks([Page(None, text)])
    assert [b.text for b in blocks] == ["Ida Marie Holst-Vinding, turismekonsulent",
                                       "Tlf. 72 41 18 35 imhv@lyngkyst-erhverv.dk",
                                       "Vi svarer inden for to hverdage, også i sommerferien.",
                                       "Birgit Sønderby, formand, Vækstforum Vestkyst, tlf. 20 45 67 89",
                                       "Pressen er velkommen til at ringe, også uden for kontortid."]
    assert {b.section for b in blocks} == {"Kontakt"}


def test_a_staff_pages_cards_of_name_post_and_number_are_text_under_their_departments_heading():
    """Name / post / number / what they answer for, under "LOKALER OG DRIFT": the name is no heading (it heads no
    section), nor is the line after the number (a short full stop line), so the department heads its cards."""
    text = ("LEDELSE\n\nMette Kjærgaard Holm\n\nDirektør\n\nTlf. 72 40 18 01 – mkh@videnpark.dk\n\n"
            "Spørgsmål om fakturaer sendes til faktura@videnpark.dk.\n\n"
            "LOKALER OG DRIFT\n\nKasper Dahl Mikkelsen\n\nLokale- og facilitetschef\n\n"
            "Tlf. 72 40 18 30 – kdm@videnpark.dk\n\nLeje af kontorer, venteliste og nøglebrikker.\n\n"
            "Akutte driftsproblemer uden for åbningstid: vagttelefon 40 18 99 00.")
    blocks = to_blocks([Page(None, text)])
    assert [(b.section, b.text) for b in blocks][4:] == [
        ("LOKALER OG DRIFT", "Kasper Dahl Mikkelsen"), ("LOKALER OG DRIFT", "Lokale- og facilitetschef"),
        ("LOKALER OG DRIFT", "Tlf. 72 40 18 30 – kdm@videnpark.dk"),
        ("LOKALER OG DRIFT", "Leje af kontorer, venteliste og nøglebrikker."),
        ("LOKALER OG DRIFT", "Akutte driftsproblemer uden for åbningstid: vagttelefon 40 18 99 00.")]
    assert {b.section for b in blocks[:4]} == {"LEDELSE"}


def test_a_cards_post_over_its_number_e_mail_and_duties_in_one_block_is_no_heading():
    """"Tilskudskoordinator" over "Tlf. ...\nmhe@...\nTransportpuljen ...": the contact line opens the block under it,
    so the post is a card's line, not a heading taking the number away from the name."""
    text = ("FINANSIERING\n\nMaja Holst Eriksen\n\nTilskudskoordinator\n\n"
            "Tlf. 72 14 55 32\nmhe@gov-vestmark.dk\nTransportpuljen (elvarebiler og ladestandere) samt udbetaling af tilskud.")
    blocks = to_blocks([Page(None, text)])
    assert [b.text for b in blocks][:2] == ["Maja Holst Eriksen", "Tilskudskoordinator"]
    assert {b.section for b in blocks} == {"FINANSIERING"}


def test_lines_of_hours_stay_text_under_their_heading():
    """A page's "<p>Mandag-torsdag kl. 9.00-15.00<br>Fredag kl. 9.00-12.00</p>" under "Telefontid": the Friday line
    was read as a heading over the next paragraph and left the index, so "hvornår har I telefontid om fredagen" had
    no answer."""
    text = ("Telefontid\n\nMandag-torsdag kl. 9.00-15.00\nFredag kl. 9.00-12.00\n\n"
            "Uden for telefontiden kan du skrive til os, så svarer vi inden for 2 hverdage.")
    blocks = to_blocks(clean_document([Page(None, text)]))
    assert [(b.section, b.text) for b in blocks][:2] == [("Telefontid", "Mandag-torsdag kl. 9.00-15.00"),
                                                         ("Telefontid", "Fredag kl. 9.00-12.00")]


def test_marked_headings_are_the_headings_and_a_marked_heading_over_a_table_heads_it():
    """With the markup's headings known, a question heading heads its answer, a short line the markup does not mark
    is text, and "Planens projekter" over a table heads the table and the total after it: taken for the table's
    caption, the total fell under the heading before ("Hvad er et skybrud?")."""
    text = ("Klimaplan 2016\n\nHvad er et skybrud?\n\nEt skybrud er meget regn på kort tid.\n\nPlanens projekter\n\n"
            "Projekt  Pris\nRegnvandsbassin  24 mio. kr.\nSkybrudsvej  11 mio. kr.\n\n"
            "Projekterne koster i alt 35 mio. kr.\n\nVesterbro Kaj 22\n\nRing til os på hverdage.")
    marked = {"Klimaplan 2016": 1, "Hvad er et skybrud?": 2, "Planens projekter": 2}
    blocks = to_blocks(clean_document([Page(None, text)]), "Klimaplan 2016", marked)
    sections = [(block.section, block.text.split("\n")[0]) for block in blocks]
    assert sections == [
        ("Hvad er et skybrud?", "Et skybrud er meget regn på kort tid."),
        ("Planens projekter", "Projekt  Pris"),
        ("Planens projekter", "Projekterne koster i alt 35 mio. kr."),
        ("Planens projekter", "Vesterbro Kaj 22"),
        ("Planens projekter", "Ring til os på hverdage."),
    ]


def test_a_calendars_date_lines_and_titles_stay_text_so_each_entry_keeps_its_date():
    """Entries parted by drawn rules: "Torsdag 13. marts 2025, kl. 9.00-15.00" over "Eksportdag 2025". As headings, one
    entry's date line became the title of the next and another's title hid its date; a short sentence with a date and
    a full stop ("Tilmelding senest 10. april 2025.") is no heading either."""
    text = ("ARRANGEMENTER FORÅR 2025\n\nHer er vores arrangementer.\n\n" + "-" * 60 + "\n"
            "Torsdag 23. januar 2025, kl. 8.00-9.30\nErhvervsmorgenmad: Kunstig intelligens\nPris: 75 kr.\n\n"
            + "-" * 60 + "\nTorsdag 13. marts 2025, kl. 9.00-15.00\nEksportdag 2025\nPris: 450 kr. inkl. frokost\n"
            "Tilmelding senest 10. april 2025.\nOplæg om det tyske marked.\n")
    blocks = [(b.section, b.text) for b in to_blocks(clean_document([Page(None, text)]))]
    assert ("ARRANGEMENTER FORÅR 2025", "Torsdag 13. marts 2025, kl. 9.00-15.00") in blocks, blocks
    assert ("ARRANGEMENTER FORÅR 2025", "Eksportdag 2025") in blocks, blocks
    assert ("ARRANGEMENTER FORÅR 2025", "Tilmelding senest 10. april 2025.") in blocks, blocks
    assert not any("---" in text for _, text in blocks), blocks


def test_a_heading_in_capitals_under_a_minutes_date_line_still_heads_its_section():
    text = "Referat af bestyrelsesmøde\n\n12. marts 2025\n\nDAGSORDEN\n\nGodkendelse af regnskabet for 2024."
    blocks = [(b.section, b.text) for b in to_blocks(clean_document([Page(None, text)]), "Referat af bestyrelsesmøde")]
    assert ("DAGSORDEN", "Godkendelse af regnskabet for 2024.") in blocks, blocks


# pypdf's text of a two-page loan terms PDF (reportlab): a letterhead of three lines and a page number over each
# page, "§" paragraphs, a list whose glyphs stand on lines of their own, and a two-column table of terms.
_LETTERHEAD = ("PRODUKTIONSLØFT VESTEGN\nLånevilkår – Automatiseringslånet · version 2.1 · januar 2025\n"
               "Teknologiparken 4 · 7590 Kærby · Tlf. 96 14 22 00\nSide {} af 2\n")
_TERMS = [
    _LETTERHEAD.format(1) + "Lånevilkår for Automatiseringslånet\n"
    "Gældende for lån bevilget fra 1. januar 2025. Vilkårene erstatter version 1.0 af 1. april 2024.\n"
    "§ 2. Betingelser for at låne\nLåntager skal ved ansøgningen:\n\x7f\nhave mellem 10 og 249 fuldtidsansatte,\n\x7f\n"
    "have været registreret i CVR i mindst 3 år og have aflagt mindst 2 årsregnskaber med positiv\negenkapital,\n\x7f\n"
    "have produktion i Kærby, Holmsted, Ravnsø, Lindhøj eller Bøgelund Kommune.\n"
    "§ 4. Rente, løbetid og gebyrer\nVilkår  Gældende for lån bevilget i 2025\nRente  Fast rente på 4,25 % p.a.\n"
    "Løbetid  Op til 7 år\nYdelser  Kvartalsvis bagud\n"
    "Etableringsgebyret fratrækkes ved første udbetaling. Der opkræves ikke løbende\nadministrationsgebyrer.\n"
    "§ 5. Hvilke investeringer kan finansieres\nLånet kan finansiere nyt eller op til 5 år gammelt udstyr, herunder:\n"
    "\x7f\nindustrirobotter, cobots og autonome mobile robotter,\n\x7f\n"
    "styringssystemer og software, der er en integreret del af udstyret,\n",
    _LETTERHEAD.format(2) + "\n\x7f\ninstallation, integration og idriftsættelse.\n§ 13. Kontakt\n"
    "Finansieringsansvarlig Peter Kragh Mogensen, tlf. 96 14 22 60, pkm@produktionsloeft-vestegn.dk.\n",
]


def test_a_two_page_pdfs_letterhead_goes_and_its_paragraphs_lists_and_table_of_terms_stay_apart():
    blocks = to_blocks(clean_document([Page(number, text) for number, text in enumerate(_TERMS, start=1)]))
    text = "\n".join(block.text for block in blocks)
    assert "PRODUKTIONSLØFT" not in text and "Teknologiparken" not in text
    by_section = {}
    for block in blocks:
        by_section.setdefault(block.section, []).append(block.text)
    assert by_section["§ 2. Betingelser for at låne"][1:] == [
        "- have mellem 10 og 249 fuldtidsansatte,",
        "- have været registreret i CVR i mindst 3 år og have aflagt mindst 2 årsregnskaber med positiv egenkapital,",
        "- have produktion i Kærby, Holmsted, Ravnsø, Lindhøj eller Bøgelund Kommune."]
    assert by_section["§ 4. Rente, løbetid og gebyrer"][0].split("\n")[1] == "Rente  Fast rente på 4,25 % p.a."
    assert by_section["§ 5. Hvilke investeringer kan finansieres"][-1] == "- installation, integration og idriftsættelse."
    assert by_section["§ 13. Kontakt"] == [
        "Finansieringsansvarlig Peter Kragh Mogensen, tlf. 96 14 22 60, pkm@produktionsloeft-vestegn.dk."]
