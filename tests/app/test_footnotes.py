"""A quoted sentence's footnote is quoted with it: the note says how much help, what a price covers. Documents written
for these tests (fictional)."""
import docx
import pytest

from app.footnotes import marks_in, note_for, notes_in
from tests.conftest import engine_beside_corpus


def test_a_mark_after_a_word_or_price_is_a_footnote_mark():
    assert marks_in("men medlemmer får gratis hjælp til at skrive ansøgningen (1).") == ["(1)"]
    assert marks_in("Mejerilinje  500 l/t  6.800 kr.¹  11.500 kr.¹") == ["¹"]
    assert marks_in("Leje af hallen: 3.600 kr.* pr. dag") == ["*"]
    assert marks_in("Trykprøvemaskine  hel dag  4.400 kr.  7.200 kr.  (a)") == ["(a)"]  # a table's note column
    assert marks_in("virksomheden har højst 49 ansatte (*) og en omsætning på højst 75 mio. kr.") == ["(*)"]


def test_square_metres_an_enumeration_and_bold_text_have_no_footnote_mark():
    assert marks_in("Hallen er 450 m² med en 20 m³ tank.") == []
    assert marks_in("Ansøgningen skal indeholde (1) budget og (2) tidsplan.") == []
    assert marks_in("Pris pr. dag 400 kr. for medlemmer") == []


def test_a_superscript_a_pdf_gives_as_a_plain_digit_on_the_word_is_a_mark_whose_note_opens_a_line():
    row = "Teknikerbistand, obligatorisk ved brug af pilotlinjerne3  pr. time  725 kr.  725 kr."
    assert marks_in(row) == ["3"]
    assert marks_in("Testkøkken A, heldagsleje (8 timer)1  pr. dag  3.200 kr.") == ["1"]
    assert marks_in("CO2-udledningen fra 450 m2, modul 3 og 12 km2") == []  # a formula, powers, a number
    texts = [f"{row}\n1 Heldagsleje gælder kl. 8–16.\n3 Teknikerbistand afregnes med minimum 2 timers forbrug."]
    assert note_for("3", row, texts) == (0, "3 Teknikerbistand afregnes med minimum 2 timers forbrug.")
    joined = [row, "1 Heldagsleje bookes 10 hverdage før. 3 Der afregnes minimum 2 timers teknikerbistand. 4 Ekskl. moms."]
    assert note_for("3", row, joined) == (1, "3 Der afregnes minimum 2 timers teknikerbistand.")


def test_notes_on_one_line_are_parted_at_each_mark():
    notes = notes_in("¹ Inkl. 1 times opstart med tekniker. ² Priserne er vejledende. ³ Pris pr. døgn (24 timer).")
    assert notes == {"¹": "¹ Inkl. 1 times opstart med tekniker.", "²": "² Priserne er vejledende.",
                     "³": "³ Pris pr. døgn (24 timer)."}


def test_the_note_after_the_sentence_is_its_own_where_the_document_numbers_notes_per_table():
    texts = ["Halv dag 2.000 kr.¹\n¹ Inkl. rengøring.", "Kursus 900 kr.¹\n¹ Inkl. frokost."]
    assert note_for("¹", "Kursus 900 kr.¹", texts) == (1, "¹ Inkl. frokost.")


GUIDELINES_SECTIONS = [
    ("Hvem kan søge?", "Puljen er åben for tømrer- og murerfirmaer med højst 50 ansatte i Lemvig og Struer Kommune. "
                       "Man behøver ikke være medlem af netværket for at søge, men medlemmer får gratis hjælp til at "
                       "skrive ansøgningen (1)."),
    ("Tilskud", "Tilskuddet er 40 % af de støtteberettigede udgifter, dog højst 150.000 kr. pr. projekt."),
    ("Frister", "Ansøgningsfristen er 14. september 2026 kl. 12.00."),
    ("Sådan søger du", "Ansøgningen sendes via netværkets hjemmeside.\n"
                       "(1) Medlemmer kan få op til 6 timers gratis sparring på ansøgningen. (2) Projekter, der alene "
                       "opfylder lovkrav, kan ikke få tilskud."),
]


def _guidelines(path):
    document = docx.Document()
    document.add_paragraph("Renoveringspuljen 2026 – vejledning", style="Title")
    for heading, text in GUIDELINES_SECTIONS:
        document.add_heading(heading, level=1)
        for paragraph in text.split("\n"):
            document.add_paragraph(paragraph)
    document.save(str(path))


PRICE_LIST = """Prisliste 2026 – Testhallen Bøvling

Dagspriser (ekskl. moms)

Udstyr  Medlem  Ikke-medlem
Trykprøvestand  4.200 kr.²  6.900 kr.²
Klimakammer  2.800 kr.  4.100 kr.

² Pris pr. døgn (24 timer), inkl. 1 times opstart med tekniker.

Hallen er 450 m² og kan lejes i hele dage.
"""


# Last year's prices on the web page: the price list's note is still quoted, under this year's row.
WEB_PAGE_2025 = """<html><head><title>Testhallen Bøvling – priser 2025</title></head><body><main>
<h1>Testhallen Bøvling</h1>
<p>Priserne gælder for 2025.</p>
<table><tr><th>Udstyr</th><th>Medlem</th><th>Ikke-medlem</th></tr>
<tr><td>Trykprøvestand</td><td>3.900 kr.</td><td>6.400 kr.</td></tr></table>
</main></body></html>"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_beside_corpus(tmp_path_factory.mktemp("footnotes"), {"prisliste-testhallen-2026.txt": PRICE_LIST,
                                                                        "testhallen-priser-2025.html": WEB_PAGE_2025},
                                {"renoveringspuljen-2026.docx": _guidelines})


def test_help_for_members_is_answered_with_the_footnote_that_says_how_much(engine):
    answer = engine.ask("skal man vaere medlem for at soege renoveringspuljen? og faar medlemmer hjaelp til ansoegningen")
    assert "(1) Medlemmer kan få op til 6 timers gratis sparring på ansøgningen." in answer.text, answer.text
    assert "(2) Projekter" not in answer.text, answer.text


def test_a_marked_price_is_quoted_with_what_its_note_says_it_covers(engine):
    answer = engine.ask("hvad koster trykprøvestanden for medlemmer?")
    lines = answer.text.splitlines()
    price = next(i for i, line in enumerate(lines) if "4.200 kr.²" in line)
    assert lines[price + 1].startswith("“² Pris pr. døgn (24 timer)"), answer.text


def test_a_price_without_a_mark_brings_no_note(engine):
    answer = engine.ask("hvad koster klimakammeret for ikke-medlemmer?")
    assert "4.100 kr." in answer.text and "Pris pr. døgn" not in answer.text, answer.text
