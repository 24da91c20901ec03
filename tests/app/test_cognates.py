"""English questions name the documents' Danish compounds word by word: "climate chamber" for "Klimakammer"."""
from app.cognates import cognate, danish_compounds
from app.glossary import english_danish
from app.normalise import Vocabulary

DOCUMENTS = ["Klimakammeret kan lejes pr. dag.", "Robotlab har tre robotter.", "Automatiseringslånet er på op til 2 mio. kr.",
             "Cybertjek er gratis.", "Kommunen har en klimaplan.", "Bestyrelsen mødes fire gange."]


def test_a_compound_of_the_english_words_cognates_is_searched():
    vocabulary = Vocabulary.of(DOCUMENTS)
    assert danish_compounds("how much is the climate chamber per day", vocabulary) == ["klimakammeret"]
    assert danish_compounds("what robots are in the robot lab", vocabulary) == ["robotlab"]
    assert danish_compounds("who handles the automation loan", vocabulary) == ["automatiseringslånet"]
    assert danish_compounds("is the cyber check free", vocabulary) == ["cybertjek"]


def test_a_compound_of_the_english_words_danish_translations_is_searched():
    """"package" is no cognate of "pakke", nor "course" of "kursus": the domain glossary's Danish words are parts too,
    so "the camera package" finds the price list's "Kamerapakke" row and "the export course" the "Eksportkurset"."""
    vocabulary = Vocabulary.of(["Kamerapakke (2 dage): 4.500 kr.", "Eksportkurset varer to dage.",
                                "Bestyrelsen mødes fire gange.", "Eksportkvoten er faldet."])
    assert danish_compounds("how much is the camera package", vocabulary, english_danish().danish_for) \
        == ["kamerapakke"]
    assert danish_compounds("how long is the export course", vocabulary, english_danish().danish_for) \
        == ["eksportkurset"]
    assert danish_compounds("when is the board meeting", vocabulary, english_danish().danish_for) == []
    # A Danish word is a part as written: "eksportk" + "voten" is not "exports" + "worth".
    assert danish_compounds("what were total danish exports worth", vocabulary, english_danish().danish_for) == []


def test_words_that_only_look_alike_in_part_find_no_compound():
    """"climate board" is no "klimaplan", nor "board meeting" the board's "mødes": both parts must be cognates, and
    of a word the documents write."""
    vocabulary = Vocabulary.of(DOCUMENTS)
    assert danish_compounds("who sits on the climate board", vocabulary) == []
    assert danish_compounds("when is the board meeting", vocabulary) == []


def test_cognates_are_one_word_in_two_spellings():
    assert cognate("chamber", "kammer") and cognate("check", "tjek") and cognate("loan", "lån")
    assert cognate("digitalisation", "digitalisering") and cognate("climate", "klima")
    assert not cognate("plan", "pris") and not cognate("manager", "leder")
