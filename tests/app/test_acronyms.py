from app.acronyms import defined_acronyms


def test_a_short_form_in_brackets_is_defined_by_the_words_before_it():
    found = defined_acronyms(["Tilskud fra Digital Handel i Småbyer (DHS) gives til butikker.",
                              "Kontakt Erhvervskontor Øst (EKØ) på tlf. 72 44 18 00."])
    assert found == {"dhs": ["Digital Handel i Småbyer"], "ekø": ["Erhvervskontor Øst"]}


def test_brackets_that_define_nothing_are_no_short_form():
    assert defined_acronyms(["Prisen gælder for medlemmer (Note) og gæster (se bilag).",
                             "Tilskuddet (DKK) udbetales ved projektets afslutning."]) == {}


def test_a_short_form_written_again_in_capitals_is_one_long_form():
    found = defined_acronyms(["Handelsudvikling Midt-Vest (HMV)", "HANDELSUDVIKLING MIDT-VEST (HMV)"])
    assert found == {"hmv": ["Handelsudvikling Midt-Vest"]}


def test_a_short_form_a_title_writes_is_no_definition_to_write_out():
    text = ["Test- og Valideringsprogrammet (TVP) giver tilskud til afprøvning."]
    assert defined_acronyms(text, ["Vejledning til ansøgere, TVP 2026"]) == {}
    assert defined_acronyms(text) == {"tvp": ["Test- og Valideringsprogrammet"]}
