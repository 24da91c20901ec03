"""The Danish sentence splitter on the cases general-purpose splitters get wrong."""

import pytest

from app.core.sentences import split_sentences
from ingest.clean import clean_text
from tests.conftest import CORPUS

SEED = CORPUS / "status-evaluering-eksport-internationalisering-2010.txt"

CASES = [
    # Dates: ordinal day, month, year.
    (
        "Projektet blev igangsat 1. august 2008 og løber altså frem til 1. august 2011. Der er lavet en status.",
        ["Projektet blev igangsat 1. august 2008 og løber altså frem til 1. august 2011.", "Der er lavet en status."],
    ),
    (
        "På Vækstforums møde den 19. oktober 2007 blev et samarbejde godkendt. Formålet er klart.",
        ["På Vækstforums møde den 19. oktober 2007 blev et samarbejde godkendt.", "Formålet er klart."],
    ),
    (
        "Programmet blev igangsat pr. 1. januar 2010. Der er ligeledes muligheder.",
        ["Programmet blev igangsat pr. 1. januar 2010.", "Der er ligeledes muligheder."],
    ),
    ("Mødet holdes d. 3. maj kl. 14. Alle er velkomne.", ["Mødet holdes d. 3. maj kl. 14.", "Alle er velkomne."]),
    ("Fristen er den 3. Maj 2011 for alle.", ["Fristen er den 3. Maj 2011 for alle."]),
    # Abbreviations followed by a capital that does not start a sentence.
    (
        "Det kan f.eks. dreje sig om Region Midtjylland, jf. FN´s mål. Det gælder ift. Eksportrådet. Slut.",
        ["Det kan f.eks. dreje sig om Region Midtjylland, jf. FN´s mål.", "Det gælder ift. Eksportrådet.", "Slut."],
    ),
    (
        "Kontorer i bl.a. Shanghai og St. Petersborg, ca. 49 % af BNP, inkl. Danmark og ekskl. Norge, vedr. EU.",
        ["Kontorer i bl.a. Shanghai og St. Petersborg, ca. 49 % af BNP, inkl. Danmark og ekskl. Norge, vedr. EU."],
    ),
    # A limit, a source, a former post: "maks. 120.000 kr." is one sentence, as "max. 5" is.
    (
        "Tilskud 40 %, maks. 120.000 kr. til rådgivning. Ifølge planen iflg. Lov 2 er det tidl. Direktør Hansen.",
        ["Tilskud 40 %, maks. 120.000 kr. til rådgivning.", "Ifølge planen iflg. Lov 2 er det tidl. Direktør Hansen."],
    ),
    ("Grants of approx. 5,000 euros, incl. VAT. Call Mr. Hansen.", ["Grants of approx. 5,000 euros, incl. VAT.", "Call Mr. Hansen."]),
    ("Forløbet varer 3 mdr. Det er gratis.", ["Forløbet varer 3 mdr.", "Det er gratis."]),
    ("Se stk. 2 og nr. 7, dvs. Bilag A, evt. Bilag B, pga. Loven.", ["Se stk. 2 og nr. 7, dvs. Bilag A, evt. Bilag B, pga. Loven."]),
    ("Se kap. 3. Der står mere.", ["Se kap. 3.", "Der står mere."]),
    # Abbreviations that can end a sentence.
    ("Aftaler om praktikpladser mv. Operatører er Via.", ["Aftaler om praktikpladser mv.", "Operatører er Via."]),
    (
        "Eksportværdien var 846.462 mio. kr. Imidlertid bæres eksporten af de store.",
        ["Eksportværdien var 846.462 mio. kr.", "Imidlertid bæres eksporten af de store."],
    ),
    ("Budgettet er 5 mio. DKK i alt. Det er meget.", ["Budgettet er 5 mio. DKK i alt.", "Det er meget."]),
    (
        "Vi samarbejder med Aarhus, Viborg m.fl. Det giver synergi osv. Der er mere.",
        ["Vi samarbejder med Aarhus, Viborg m.fl.", "Det giver synergi osv.", "Der er mere."],
    ),
    (
        "Udgifterne er hhv. 5 og 7 mio. kr. til drift, jf. Bilag 2. Ring på tlf. 12345678 ang. Projektet.",
        ["Udgifterne er hhv. 5 og 7 mio. kr. til drift, jf. Bilag 2.", "Ring på tlf. 12345678 ang. Projektet."],
    ),
    # Figures.
    (
        "Benyttelsen steg med 38,5 % i 2009. Den faldt med ca. 10 %. Det skønnes at 2/3 gav resultater.",
        ["Benyttelsen steg med 38,5 % i 2009.", "Den faldt med ca. 10 %.", "Det skønnes at 2/3 gav resultater."],
    ),
    # Initials, questions, quotes, numbered headings, references.
    ("Skrevet af H. C. Andersen og J. Jensen. Den er god.", ["Skrevet af H. C. Andersen og J. Jensen.", "Den er god."]),
    ("Hvad er målet? Vækst! Det er godt.", ["Hvad er målet?", "Vækst!", "Det er godt."]),
    ('Han sagde: "Det er godt." Derefter gik han.', ['Han sagde: "Det er godt."', "Derefter gik han."]),
    ("2. Vækstforum initiativ vedr. Shanghai", ["2. Vækstforum initiativ vedr. Shanghai"]),
    # An ordered list item, as the loaders write it.
    ("- 1. Fortsæt samarbejdet efter 2013. Det er godt.", ["- 1. Fortsæt samarbejdet efter 2013.", "Det er godt."]),
    ("Se bilag 2. Region Midtjylland har evalueret.", ["Se bilag 2.", "Region Midtjylland har evalueret."]),
    # An abbreviation at the end of a hyphenated compound: "Ikke-medl." of a price list.
    ("Medlemmer gratis, Ikke-medl. 450 kr. Sted: Lundvig.", ["Medlemmer gratis, Ikke-medl. 450 kr.", "Sted: Lundvig."]),
    # Minutes' lettered items run together when their lines are joined: "b)" starts the next item.
    ("Linjen kan lejes fra uge 24. b) Sprøjtetørreren er ude af drift. c) Udnyttelsen var 64 %.",
     ["Linjen kan lejes fra uge 24.", "b) Sprøjtetørreren er ude af drift.", "c) Udnyttelsen var 64 %."]),
    ("Se pkt. a) og b) nedenfor.", ["Se pkt. a) og b) nedenfor."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_tricky_danish_sentences(text, expected):
    assert split_sentences(text) == expected


def test_line_breaks_end_sentences_and_text_is_kept_verbatim():
    text = "Gennemførte forløb\n2008  2009\nRegion Midtjylland  208  288\n  Første sætning.  Anden sætning.  "
    assert split_sentences(text) == [
        "Gennemførte forløb", "2008  2009", "Region Midtjylland  208  288", "Første sætning.", "Anden sætning.",
    ]


def test_seed_sentences_are_slices_of_the_paragraphs_and_keep_figures_whole():
    paragraphs = clean_text(SEED.read_text(encoding="utf-8")).split("\n\n")
    sentences = [(paragraph, sentence) for paragraph in paragraphs for sentence in split_sentences(paragraph)]
    assert all(sentence in paragraph for paragraph, sentence in sentences)
    texts = [sentence for _, sentence in sentences]
    assert any("373 møder" in s and "2/3 af disse tilfælde" in s for s in texts)
    assert any(s.startswith("VækstMidtprogrammet blev afløst") and s.endswith("igangsat pr. 1. januar 2010.") for s in texts)
    assert "Projektet blev igangsat 1. august 2008 og løber altså frem til 1. august 2011." in texts
    # No fragment split off at an abbreviation or a date inside the body text (headings are short).
    body = [sentence for paragraph, sentence in sentences if len(paragraph) > 150]
    assert not [s for s in body if len(s) < 15]


def test_marks_alone_end_no_sentence():
    """"!! AFLYST - flyttes til efteråret !!" is one sentence, not "!!" and the rest."""
    assert split_sentences("!! AFLYST - flyttes til efteråret !!") == ["!! AFLYST - flyttes til efteråret !!"]


def test_a_subsection_opening_with_its_number_is_one_sentence_a_reference_at_the_end_still_ends_one():
    """"Stk. 1." is no sentence of its own to quote; "... følger af § 3." ends one."""
    assert split_sentences("Stk. 1. Ved klinisk evidens forstås viden om effekt. Det følger af § 3. Ansøgningen "
                           "sendes digitalt.") == ["Stk. 1. Ved klinisk evidens forstås viden om effekt.",
                                                   "Det følger af § 3.", "Ansøgningen sendes digitalt."]
