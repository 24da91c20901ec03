"""The question as searched: folded letters, and compounds the documents write apart split into their parts."""
from app.normalise import QueryNormaliser, Vocabulary, fold_danish_letters

EVALUATION = ["Samarbejdet med Eksportrådet fastholdes og udbygges.", "Rådgiveren holder møder med virksomhederne.",
              "Perioden går frem til 2013, og over 300 virksomheder deltog."]
A_LATER_PLAN = ["Fremover skal kontorerne have en tydelig opgave."]


def test_a_compound_the_documents_write_apart_is_searched_as_its_parts():
    searched = QueryNormaliser(Vocabulary.of(EVALUATION)).normalise("hvor mange virksomhedsmoeder")
    assert searched.text == "hvor mange virksomhedsmøder"
    assert searched.split_text == "hvor mange virksomheds møder" and searched.expansions == ["virksomheds", "møder"]


def test_an_everyday_word_is_searched_whole_whatever_else_is_indexed():
    """"fremover" is no compound the asker made up: split into "frem" + "over" only while no document has
    the word, it would change the question's terms, and so the answer, when an unrelated document is added."""
    alone = QueryNormaliser(Vocabulary.of(EVALUATION)).normalise("hvad er planen fremover med eksportraadet")
    beside = QueryNormaliser(Vocabulary.of(EVALUATION + A_LATER_PLAN)).normalise("hvad er planen fremover med eksportraadet")
    assert alone.split_text == beside.split_text == "hvad er planen fremover med eksportrådet"


def test_a_web_or_mail_address_gives_no_words_to_correct_a_question_to():
    """"rordal" is "Rørdal" misspelt, not the "roerdal" of "affald@roerdal-forsyning.dk"."""
    documents = ["Ring til Rørdal Forsyning eller skriv til affald@roerdal-forsyning.dk.", "Se www.visitroerdal.dk."]
    searched = QueryNormaliser(Vocabulary.of(documents)).normalise("where can i stay in rordal")
    assert searched.text == "where can i stay in rørdal", searched


def test_an_inflected_danish_word_is_no_typo_of_a_document_word():
    """"ledigheden" (unemployment) is "ledighed" inflected, not "lejligheden" (the flat) misspelt; "eksporrt"
    is a typo."""
    searcher = QueryNormaliser(Vocabulary.of(["Lejligheden ligger i centrum.", "Eksporten steg."]))
    assert searcher.normalise("hvad er ledigheden i regionen").text == "hvad er ledigheden i regionen"
    assert searcher.normalise("hvor stor var eksporrten").text == "hvor stor var eksporten"
    # A compound of a Danish word and a document's word typed with a slip: "fonds" + "ansøgning".
    applying = QueryNormaliser(Vocabulary.of(["Vi hjælper med din ansøgning."]))
    assert applying.normalise("hjaelp til en fondsansogning").text == "hjælp til en fondsansøgning"
    # Nor is a verb's past: "omsatte" (turned over) is no "omfatte" (cover).
    turnover = QueryNormaliser(Vocabulary.of(["Forløbet skal omfatte mindst tre møder."]))
    assert turnover.normalise("vi omsatte for ca 1,8 mio sidste år").text == "vi omsatte for ca 1,8 mio sidste år"
    # The head of a document's compound in another inflection is no typo either: "teknologen" of "Fødevareteknolog"
    # is not "teknologi".
    staff = QueryNormaliser(Vocabulary.of(["Fødevareteknolog", "Vi arbejder med ny teknologi."]))
    assert staff.normalise("mail til foedevare teknologen").text == "mail til fødevareteknologen"


def test_a_name_missing_a_letter_is_corrected_though_its_pieces_look_like_a_compound():
    """"midtjyland" is no new compound of "midtjy-" (the start of "Midtjylland") and "land": it is the name typed
    with one l."""
    documents = ["Eksporten fra Region Midtjylland steg.", "Danmark er et lille land."]
    searched = QueryNormaliser(Vocabulary.of(documents)).normalise("hvilken region har stoerre eksport end region midtjyland")
    assert searched.text.endswith("region midtjylland"), searched


def test_a_compound_typed_as_two_words_is_searched_as_the_documents_write_it():
    """Danes often write a compound apart ("skatte procenten"); the documents write "Skatteprocenten"."""
    budget = Vocabulary.of(["Skatteprocenten er uændret 25,4 %, og grundskyldspromillen fastholdes.",
                            "Internationaliseringsrådgiveren har haft 373 møder."])
    normaliser = QueryNormaliser(budget)
    assert normaliser.normalise("hvad er skatte procenten i 2020").text == "hvad er skatteprocenten i 2020"
    searched = normaliser.normalise("hvor mange møder har internationaliserings raadgiveren haft")
    assert searched.text == "hvor mange møder har internationaliseringsrådgiveren haft", searched
    # In another inflection, and without the accent: "iværksætter cafeen" is the documents' "Iværksættercafé".
    cafe = QueryNormaliser(Vocabulary.of(["Ny Iværksættercafé åbner i marts 2025."]))
    assert cafe.normalise("hvornår åbner iværksætter cafeen").text == "hvornår åbner iværksættercafeen"
    # Not an English word the Danish stemmer happens to cut like a document's: "programme" is no "programmet".
    plan = QueryNormaliser(Vocabulary.of(["Vækstmidtprogrammet kørte i årene 2008-2010."]))
    assert plan.normalise("which years did the vækstmidt programme run").text == "which years did the vækstmidt programme run"
    # Two words that only happen to spell a corpus word are left apart: "for at" is no "forat".
    assert normaliser.normalise("hvad gør de for at fastholde").text == "hvad gør de for at fastholde"
    # Nor a word and the article after it: "tilskud det år" is no "tilskuddet".
    grants = QueryNormaliser(Vocabulary.of(["Tilskuddet udgjorde 4.200.000 kr. i 2024."]))
    assert grants.normalise("hvor meget udgjorde det kommunale tilskud det år").text.endswith("tilskud det år")


def test_a_name_missing_a_letter_is_not_split_into_a_word_and_a_fragment():
    """"erhvervservice" is "erhverv" + "service", not "erhvervs" + "rvice" (the end of "Erhvervsservice")."""
    vocabulary = Vocabulary.of(["Erhvervsservice Lindå hjælper iværksættere.", "Vi har gode erhverv og god service."])
    assert vocabulary.split_compound("erhvervservice") == ["erhverv", "service"]


def test_a_noun_in_er_is_known_in_its_inflections_without_the_e():
    """"eksportcentret" is the documents' "Eksportcenter" (Danish drops the e before an ending: "teatret"), not an
    unknown word; "andre" is no inflection of "ander"."""
    vocabulary = Vocabulary.of(["Eksportcenter Vestkyst har et teater og en and."])
    assert vocabulary.knows("eksportcentret") and vocabulary.knows("eksportcentrets") and vocabulary.knows("teatret")
    assert not vocabulary.knows("andre")


def test_a_latin_noun_an_english_verb_and_a_doubled_consonant_are_known_inflected():
    """"kurset" of "Kursus"; "chair" of "The board is chaired by"; "workshoppen" of the compound "Halvdagsworkshop"."""
    vocabulary = Vocabulary.of(["Kursus: Kaffe og barista. The board is chaired by Birgitte. Type: Halvdagsworkshop"])
    assert vocabulary.knows("kurset") and vocabulary.knows("kurserne") and vocabulary.recognises("baristakurset")
    assert vocabulary.knows("chair")
    assert vocabulary.recognises("workshoppen")
    assert not vocabulary.knows("kurve") and not vocabulary.knows("boa")


def test_a_word_the_documents_abbreviate_is_searched_as_they_write_it_too():
    """"det maksimale tilskud": a programme's table writes "Tilskud 50 %, maks. 75.000 kr."."""
    table = Vocabulary.of(["Fødevarespring: Tilskud 50 %, maks. 75.000 kr., Ansøgningsfrist: 1. april 2026"])
    searched = QueryNormaliser(table).normalise("hvad er det maksimale tilskud i fødevarespring")
    assert searched.expansions == ["maks"] and searched.text == "hvad er det maksimale tilskud i fødevarespring"
    assert QueryNormaliser(Vocabulary.of(EVALUATION)).normalise("hvad er det maksimale tilskud").expansions == []


def test_ppl_is_people_and_whats_is_what_is():
    """"max how many ppl can attend each module": the count asked is of people, which "20 deltagere" gives."""
    assert QueryNormaliser(Vocabulary.of(EVALUATION)).normalise("how many ppl can attend").text == "how many people can attend"
    # ... and "whats" is "what is", a question of its own after another.
    searched = QueryNormaliser(Vocabulary.of(EVALUATION)).normalise("is there a bonus? whats the max total per apprentice")
    assert searched.text == "is there a bonus? what is the max total per apprentice"


def test_a_texted_question_is_searched_in_words():
    """"when r the buyer days and do u cover the hotel": a date asked, then whether they pay."""
    searched = QueryNormaliser(Vocabulary.of(EVALUATION)).normalise("when r the buyer days and do u cover the hotel")
    assert searched.text == "when are the buyer days and do you cover the hotel"


def test_a_noun_asked_in_the_singular_is_known_from_its_plural_the_stemmer_cuts_less():
    """"allergen kurset": the documents' "allergener" ("allergen" stems to "allerg", "allergener" to "allergen")."""
    module = Vocabulary.of(["Modul 3: Hygiejne og allergener i køkken og café"])
    assert module.knows("allergen") and module.knows("allergenerne")
    assert not module.knows("aller")
    assert QueryNormaliser(module).normalise("hvornår er allergen kurset").split_text == "hvornår er allergener kurset"


def test_a_loan_verb_asks_about_the_noun_the_documents_write():
    """"refinansiere" is what "refinansiering af eksisterende gæld" names: known, and searched as the noun; a verb
    the documents write themselves stays as typed."""
    rules = Vocabulary.of(["Fonden yder ikke finansiering af refinansiering af eksisterende gæld.",
                           "Vi vil evaluere ordningen."])
    assert rules.knows("refinansiere") and rules.knows("refinansieret") and rules.knows("evalueringen")
    assert not rules.knows("registrere")
    searched = QueryNormaliser(rules).normalise("kan vi refinansiere vores banklån")
    assert searched.split_text == "kan vi refinansiering vores banklån" and "refinansiering" in searched.expansions
    assert QueryNormaliser(rules).normalise("skal vi evaluere").split_text == "skal vi evaluere"


def test_a_verb_with_its_particle_is_searched_as_the_noun_the_documents_write():
    """"flytte ind" is the documents' "indflytningen", "melde os til" their "Tilmelding"."""
    normaliser = QueryNormaliser(Vocabulary.of(["Indflytningen forventes at kunne ske den 1. juni 2027.",
                                                "Tilmelding sker via hjemmesiden."]))
    moving = normaliser.normalise("hvornaar kan man flytte ind i hus c")
    assert moving.split_text.endswith(" indflytning") and moving.expansions == ["indflytning"]
    assert normaliser.normalise("hvordan skal vi melde os til").expansions == ["tilmelding"]
    assert normaliser.normalise("vi vil gerne se ud").expansions == []


def test_a_particle_verb_in_the_present_tense_finds_the_participle_the_documents_write():
    """"følger i op" is the documents' "Opfølgende fastholdelsessamtale", "melder vi os til" their "Tilmelding"."""
    normaliser = QueryNormaliser(Vocabulary.of(["- Opfølgende fastholdelsessamtale med medarbejderen efter 6 måneder",
                                                "Tilmelding sker via hjemmesiden."]))
    assert normaliser.normalise("følger i op på medarbejderen efter noget tid").expansions == ["opfølgende"]
    assert normaliser.normalise("hvordan melder vi os til").expansions == ["tilmelding"]
    assert normaliser.normalise("der er op til 50 % i tilskud").expansions == []


def test_a_particle_verb_in_the_past_tense_with_a_noun_between_finds_the_documents_participle():
    """"lånte kommunen ud" is the key figures' "Udlånt i alt", not a coined "udlåntelse"."""
    normaliser = QueryNormaliser(Vocabulary.of(["År  Bevilgede lån  Udlånt i alt\n2024  11  1.210.000 kr.",
                                                "Vi tilbyder udlån til små virksomheder."]))
    assert normaliser.normalise("hvor mange penge lånte kommunen ud i 2024").expansions == ["udlånt", "udlån"]


def test_a_particle_verbs_participle_finds_the_documents_participle_and_noun():
    """"blev der betalt ud" is the key figures' "Udbetalt tilskud i alt"; "det er sat op" finds no coined word."""
    normaliser = QueryNormaliser(Vocabulary.of(["Nøgletal  2024  2025\nUdbetalt tilskud i alt  4.100.000 kr.  5.412.500 kr.",
                                                "Udbetaling sker efter slutrapporten."]))
    assert normaliser.normalise("hvor mange penge blev der faktisk betalt ud i 2025").expansions == ["udbetalt", "udbetaling"]
    assert normaliser.normalise("hvor meget er budget til messer").expansions == []


def test_a_compound_of_danish_words_typed_with_aa_is_folded():
    """"maanedsbasis" is "månedsbasis" (måned + basis), which no word list holds whole; "kaffebaar" stays."""
    vocabulary = Vocabulary.of(["Rummet kan ikke lejes pr. måned."])
    assert fold_danish_letters("maanedsbasis", vocabulary) == "månedsbasis"
    assert fold_danish_letters("Aarhus", vocabulary) == "Aarhus"


def test_a_compound_said_short_is_the_one_document_word_with_its_first_part_and_head():
    """"saesonpuljen" for "Sæsonforlængelsespuljen"; not when two document words would fit."""
    pools = ["Sæsonforlængelsespuljen støtter åbent hele året.", "Puljen har to runder."]
    assert QueryNormaliser(Vocabulary.of(pools)).normalise("fristen for saesonpuljen").text \
        == "fristen for sæsonforlængelsespuljen"
    two = pools + ["Sæsonudvidelsespuljen er lukket."]
    assert QueryNormaliser(Vocabulary.of(two)).normalise("fristen for sæsonpuljen").text == "fristen for sæsonpuljen"


def test_a_word_the_documents_say_otherwise_is_searched_in_their_words_too():
    """"aflyser" finds "Ved afbestilling ...", "oprettelsesgebyret" the documents' "etableringsgebyr" and "ikke dukker
    op" their "Udeblivelse": the synonyms the documents write join the question's terms; those they never write do
    not (app/danish_synonyms.yaml)."""
    documents = ["Ved afbestilling senere end 7 dage før betales halv pris.", "Etableringsgebyret er 1.500 kr.",
                 "Udeblivelse koster 200 kr."]
    searcher = QueryNormaliser(Vocabulary.of(documents))
    cancel = searcher.normalise("hvad koster det hvis vi aflyser")
    assert "afbestilling" in cancel.split_text.split() and "annullering" not in cancel.split_text
    assert "etableringsgebyret" in searcher.normalise("hvad er oprettelsesgebyret").split_text.split()
    assert "udeblivelse" in searcher.normalise("hvad hvis vi ikke dukker op").split_text.split()
    uk = QueryNormaliser(Vocabulary.of(["Spørgsmål om told ved eksport til Storbritannien tages af Jonas."]))
    assert "storbritannien" in uk.normalise("hjælp til told ved eksport til england").split_text.split()
    closed = QueryNormaliser(Vocabulary.of(["Testhallen lukker for renovering i seks uger."]))
    assert "renovering" in closed.normalise("hvornaar er hallen lukket pga ombygning").split_text.split()
    # A phrase the documents write word for word: "i en klump" is their "i én rate", and "klump" is no word they lack.
    paid = QueryNormaliser(Vocabulary.of(["Tilskuddet udbetales samlet i én rate, når slutrapporten er godkendt."]))
    lump = paid.normalise("før fik man pengene i en klump")
    assert "rate" in lump.split_text.split() and "klump" in lump.said_otherwise, lump
    # "i plus" is the annual report's surplus, though "i" is a word of every text.
    result = QueryNormaliser(Vocabulary.of(["Årets resultat blev et overskud på 135.000 kr."]))
    assert "overskud" in result.normalise("gik erhvervsraadet i plus i 2025").split_text.split()
    # "dukker op" alone is no absence: the question is searched as asked.
    assert searcher.normalise("hvornår dukker resultaterne op").split_text == "hvornår dukker resultaterne op"


def test_a_compound_of_a_synonym_typed_without_danish_letters_is_the_documents_compound():
    """"teknikerhjaelp" is the price list's "Teknikerassistance"; "spraytorreren" its "Sprøjtetørreren"."""
    documents = ["Teknikerassistance koster 850 kr. pr. time.", "Sprøjtetørreren kan ikke lejes før 1. april 2026."]
    searcher = QueryNormaliser(Vocabulary.of(documents))
    assert "teknikerassistance" in searcher.normalise("rabat paa teknikerhjaelp").split_text.split()
    assert "sprøjtetørreren" in searcher.normalise("kan vi leje spraytorreren i marts").split_text.split()
    # A word everyone writes is no word the documents say otherwise: "hjælp" stays, though they write "bistand".
    helped = QueryNormaliser(Vocabulary.of(["Virksomhederne får bistand til eksport."])).normalise("vi har brug for hjælp")
    assert helped.text == "vi har brug for hjælp" and helped.said_otherwise == []


def test_a_derivation_of_the_documents_word_is_asked_as_typed_not_as_a_synonym():
    """"afmelde" is the course catalogue's "Afmelding" in another form: the question stays "afmelde", though
    "afbestilling" of another document is its synonym, which is not searched."""
    searcher = QueryNormaliser(Vocabulary.of(["Afmelding er gratis indtil 14 dage før.", "Afbestilling koster 500 kr."]))
    searched = searcher.normalise("kan man afmelde gratis")
    assert searched.text == searched.split_text == "kan man afmelde gratis" and "afbestilling" not in searched.expansions


def test_a_word_the_documents_write_is_searched_as_typed():
    """"tilsagn", written by the documents, is not searched as "bevilling" too: another document's grant would rank
    over the passage that says "efter tilsagnet"."""
    searcher = QueryNormaliser(Vocabulary.of(["Projektet skal afsluttes 18 måneder efter tilsagnet.", "Bevillingen er på 5 mio."]))
    searched = searcher.normalise("hvor lang tid har man efter tilsagn")
    assert searched.split_text == "hvor lang tid har man efter tilsagn" and searched.expansions == []


def test_a_misspelt_name_in_the_definite_form_is_the_documents_name_with_its_ending():
    """The documents write "Spilaccelerator Syd"; "spilaccelleratoren" (one l too many, and definite) is it."""
    searcher = QueryNormaliser(Vocabulary.of(["Spilaccelerator Syd er et forløb for nye spilstudier."]))
    assert searcher.normalise("hvor mange pladser er der i spilaccelleratoren").text == \
        "hvor mange pladser er der i spilacceleratoren"


def test_a_word_the_documents_write_only_inside_a_compound_and_a_code_is_folded():
    """"topmoedet" is "topmødet" though the documents write it only as "Turismetopmøde", the head of their
    compound, inflected, and a booking code spells it "TOPMOEDE26"."""
    searcher = QueryNormaliser(Vocabulary.of(["Turismetopmøde 2026", "Tilmelding sker via hjemmesiden.",
                                              "Oplys koden TOPMOEDE26 ved booking."]))
    assert searcher.normalise("tilmelding til topmoedet").text == "tilmelding til topmødet"


def test_a_three_letter_first_part_with_a_linking_e_makes_a_compound():
    """"låneansøgning" is "lån" + "ansøgning" in rules that write "lån" and "ansøgning" apart."""
    rules = Vocabulary.of(["Der ydes lån på op til 175.000 kr.", "Ansøgning sendes via hjemmesiden."])
    assert rules.split_compound("låneansøgning") == ["lån", "ansøgning"]


def test_a_slip_in_a_word_typed_without_its_danish_letters_is_corrected():
    """"matrialeboersen" is "Materialebørsen" typed without ø and one letter short."""
    searcher = QueryNormaliser(Vocabulary.of(["Materialebørsen Restlager Midt formidler overskudsmaterialer."]))
    assert searcher.normalise("hvor meget blev der handlet paa matrialeboersen").text == \
        "hvor meget blev der handlet på materialebørsen"


def test_an_inflected_end_of_a_compound_is_recognised():
    """"innovationsforløbene" of a news item that writes only "Vandinnovationsforløb"."""
    news = Vocabulary.of(["Virksomheder, der vil søge Vandinnovationsforløb, får mere tid."])
    assert news.recognises("innovationsforløbene") and news.recognises("innovationsforløb")
    assert not news.recognises("innovationsprojekterne")


def test_a_town_written_without_oe_in_a_file_path_or_a_column_name_is_still_folded():
    vocabulary = Vocabulary.of(["Workshop på Havnelab Thyborøn, Kanalvej 3. ![Kanalen](/img/thyboroen-kanal.jpg)",
                                "aar,hirtshals_kr,thyboroen_kr\n2025,120000,80000"])
    assert fold_danish_letters("thyboroen", vocabulary) == "thyborøn"
    # A CSV row as ingest writes it, its column named as a keyboard without ø does.
    vocabulary = Vocabulary.of(["Workshop på Havnelab Thyborøn.", "- aar: 2025, hirtshals kr: 120000, thyboroen kr: 80000"])
    assert fold_danish_letters("thyboroen", vocabulary) == "thyborøn"
    assert fold_danish_letters("Aarhus", Vocabulary.of(["Kontoret i Aarhus."])) == "Aarhus"


def test_a_compound_of_three_words_written_apart_is_joined():
    normaliser = QueryNormaliser(Vocabulary.of(["Med Kvalitetscertificeringstilskuddet kan virksomheder få tilskud."]))
    assert "kvalitetscertificeringstilskud" in normaliser.normalise("max i kvalitets certificerings tilskud").text
