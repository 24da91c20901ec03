"""Answer-or-abstain signals judged on the quoted document alone (app/decision.py), with the real vocabulary and
question analysis: an English question's everyday words, and the places a question names in lower case."""
import pytest

from app.decision import known_fraction, named_in_documents, names_the_kind, share_kind
from app.normalise import Vocabulary, names_of
from app.question import analyse

CYCLING_GUIDE = [
    "Practical information. The route signs are green with a white bicycle and a route number.",
    "Bring water: there are few shops along the route.",
]
VISITOR_GUIDE = [
    "Rørdal lies at the head of Rørdal Fjord, about 45 minutes by car from Aarhus.",
    "Choose between the Fjord Hotel in the town centre, two campsites and a youth hostel.",
    "Read more at visitaarhus.dk and www.rordal.dk/aarhus.",
]


def test_an_english_questions_everyday_words_weigh_little_so_an_unknown_name_decides():
    """"apply" and "number" are in the route guide; "CPR" is not, and it is what the question is about."""
    guide = Vocabulary.of(CYCLING_GUIDE)
    assert known_fraction(analyse("how do i apply for a CPR number"), guide) < 0.3
    assert known_fraction(analyse("what colour are the route signs"), guide) > 0.6


def test_a_danish_town_weighs_little_in_an_english_question_as_in_a_danish_one():
    """"Aarhus" is as common in Danish as "weather" is in English: knowing it is not knowing the question."""
    guide = Vocabulary.of(VISITOR_GUIDE)
    assert known_fraction(analyse("what is the weather like in aarhus"), guide) < 0.3


def test_a_document_writes_a_place_as_a_name_but_not_in_a_web_address_or_a_table_header():
    names = names_of(VISITOR_GUIDE + ["Projekt  Pris  Forventet", "Området ved stationen. Et område med Skov og sø."])
    assert {"aarhus", "rørdal", "fjord"} <= names
    assert "pris" not in names  # a header cell after another cell
    assert "område" not in names  # also written in lower case
    assert "rordal" not in names  # only in a web address


def test_an_english_question_names_a_danish_place_in_lower_case():
    guide = Vocabulary.of(VISITOR_GUIDE)
    assert named_in_documents(analyse("can you recommend a good hotel near aarhus station"), guide) == ["Aarhus"]
    # In Danish "aarhus" is an everyday word by frequency, and "hotel" is no name in English.
    assert named_in_documents(analyse("kan du anbefale et hotel i aarhus"), guide) == []


def test_what_the_asker_wants_is_their_own_but_the_question_after_a_dash_is_asked():
    """"vi er et lille tømrerfirma ... og vil gerne have en webshop - hvilket tilbud skal vi kigge på?": the
    documents need not know "tømrerfirma"; the question after the dash, on their offers, is still asked."""
    offers = Vocabulary.of(["Vores tilbud til nye virksomheder er gratis.", "Har virksomheden 5 ansatte eller flere, henviser vi til andre tilbud."])
    question = analyse("hej, vi er et lille tømrerfirma med 6 ansatte og vil gerne have en webshop og styr på lageret "
                       "- hvilket tilbud skal vi kigge på?")
    assert known_fraction(question, offers) > 0.3


def test_a_new_compound_of_a_documents_compound_part_and_word_is_known():
    """The climate plan writes "Klimatilpasningsplan" and "Projekterne", never "klimatilpasningsprojekterne"."""
    plan = Vocabulary.of(["Klimatilpasningsplan for Skødstrup og Lystrup.", "Projekterne koster i alt 79,5 mio. kr."])
    assert known_fraction(analyse("hvad koster klimatilpasningsprojekterne i alt"), plan) > 0.9
    assert known_fraction(analyse("hvad koster cykelstiprojekterne i alt"), plan) < 0.3  # "cykelsti" it never writes


def test_the_word_a_what_is_question_asks_about_weighs_most():
    """"hvad er ledigheden i regionen": knowing "regionen" is not knowing unemployment."""
    report = Vocabulary.of(["Regionen har en stor eksport, og eksporten steg i 2009."])
    assert known_fraction(analyse("hvad er ledigheden i regionen"), report) < 0.3
    assert known_fraction(analyse("hvad er eksporten i regionen"), report) > 0.9
    # Known, the asked word weighs as any: "reglerne" does not make the documents know dog walking.
    rules = Vocabulary.of(["Tjek dit forsikringsselskabs regler for skybrudsskader."])
    assert known_fraction(analyse("hvad er reglerne for hundeluftning på stranden"), rules) < 0.3


def test_a_word_the_documents_write_only_inside_a_compound_is_known():
    """The ferry's price list says "RETURBILLETTER", never "retur billet"; it knows what a return ticket is."""
    prices = Vocabulary.of(["NYE PRISER (RETURBILLETTER) FRA 1. SEPTEMBER 2024", "Voksen  60 kr.", "Cykel  25 kr."])
    assert known_fraction(analyse("hvad koster en retur billet for en voksen"), prices) > 0.6
    assert known_fraction(analyse("hvad koster en klubtrøje"), prices) < 0.3


def test_a_compound_part_written_apart_with_its_linking_s_is_not_a_missing_word():
    """"minimums projekt budget": people write a compound apart and keep its linking s; "minimum" is an everyday
    word, so the quote about the least budget answers. A thing the documents never name ("klubtrøje") is still
    missing."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    passage = "Projektet skal have et samlet budget på mindst 20.000 kr. (ekskl. moms)."
    vocabulary = Vocabulary.of([passage, "Digitaliseringsvoucheren dækker 50 % af udgifterne."])
    selection = Selection([Unit(passage, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    budget = decide(analyse("hvad er minimums projekt budget for en digitaliseringsvoucher"), Settings(), vocabulary,
                    0.9, selection, evidence_language="da")
    assert budget.answer and budget.missing == []
    shirt = decide(analyse("hvad koster en klubtrøje"), Settings(), vocabulary, 0.9, selection, evidence_language="da")
    assert not shirt.answer and shirt.missing == ["klubtrøje"]


def test_a_price_is_of_a_thing_the_documents_name_however_everyday_the_word():
    """A guide's "Guided tours ... cost DKK 40" prices no audio guide, nor a parking space, though "audio" and "park" are
    everyday words (a plan need not write "planen" to say what is planned; a price list names what it prices). A
    word as common as "lige" names no thing."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    tours = "Guided tours last about one hour and cost DKK 40 on top of the admission ticket."
    selection = Selection([Unit(tours, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    vocabulary = Vocabulary.of([tours, "The harbour museum is open all year."])
    for question, thing in [("how much does the audio guide cost at the harbour museum?", "audio"),
                            ("How much does it cost to park a car at the harbour museum?", "park")]:
        decision = decide(analyse(question), Settings(), vocabulary, 0.9, selection, evidence_language="en")
        assert not decision.answer and decision.missing == [thing], decision
    guided = decide(analyse("how much does a guided tour cost at the harbour museum?"), Settings(), vocabulary, 0.9,
                    selection, evidence_language="en")
    assert guided.answer, guided
    row = "Pensionist / 65+: 40 kr."
    pensioner = decide(analyse("hvad koster det lige at komme i svømmehallen som pensionist"), Settings(),
                       Vocabulary.of([row, "Svømmehallen"]), 0.9,
                       Selection([Unit(row, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9), evidence_language="da")
    assert pensioner.answer, pensioner


def test_a_thing_offered_is_one_the_documents_name_however_everyday_the_word():
    """"Kan Fjordkant Vækstcenter yde lån": a page on what the centre is and does offers no loans because "lån" is an
    everyday word. Help asked for in any words ("kan vi få hjælp") needs no such word."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    about = "Fjordkant Vækstcenter rådgiver gratis om alt fra den første forretningsidé til vækst og eksport."
    vocabulary = Vocabulary.of([about, "Vi tilbyder også kurser for iværksættere."])
    selection = Selection([Unit(about, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    loans = decide(analyse("Kan Fjordkant Vækstcenter yde lån til iværksættere?"), Settings(), vocabulary, 0.9,
                   selection, evidence_language="da")
    assert not loans.answer and loans.missing == ["lån"], loans
    courses = decide(analyse("Kan Fjordkant Vækstcenter tilbyde kurser til iværksættere?"), Settings(), vocabulary, 0.9,
                     selection, evidence_language="da")
    assert courses.answer, courses
    help_ = decide(analyse("kan vi få hjælp til eksport hos Fjordkant Vækstcenter"), Settings(), vocabulary, 0.9,
                   selection, evidence_language="da")
    assert help_.answer, help_
    # What a grant is for, and the amount of what, are named things too ("lærling" 3.7 and "løn" 4.8 are everyday).
    grants = "Det samlede tilskud fra Fjordkant Vækstcenter kan højst udgøre 300.000 kr. pr. virksomhed."
    cap = Selection([Unit(grants, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    for question, thing in [("Giver Fjordkant Vækstcenter tilskud til at ansætte en lærling?", "lærling"),
                            ("Hvor meget i løn får direktøren for Fjordkant Vækstcenter?", "løn")]:
        decision = decide(analyse(question), Settings(), Vocabulary.of([grants]), 0.9, cap, evidence_language="da")
        assert not decision.answer and thing in decision.missing, decision
    # A thing done for the asker likewise: "lave laboratorieanalyser", "book hotel rooms".
    tracks = "- 1. Produktudvikling – vi hjælper med opskrifter, mærkning, emballage og smagstest."
    for question, thing, language in [
            ("Kan klyngen lave laboratorieanalyser af mine produkter, fx bakterietal?", "laboratorieanalyser", "da"),
            ("Does the cluster book hotel rooms for exhibitors coming to the food market?", "hotel", "en")]:
        decision = decide(analyse(question), Settings(), Vocabulary.of([tracks, "The food market is held in August."]),
                          0.9, Selection([Unit(tracks, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9),
                          evidence_language=language)
        assert not decision.answer and thing in decision.missing, decision


def test_a_compound_joined_by_a_hyphen_is_known_when_its_parts_are():
    """"fitness-månedskort": the price list names "Fitness" and "Månedskort, ung"; "klub-trøje" is still unknown."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    row = "Månedskort, ung (15-17 år): 169 kr."
    vocabulary = Vocabulary.of(["Fitness", row, "Årskort, voksen: 2.400 kr."])
    selection = Selection([Unit(row, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    card = decide(analyse("Hvad koster et fitness-månedskort for unge?"), Settings(), vocabulary, 0.9, selection,
                  evidence_language="da")
    assert card.answer and card.missing == []
    shirt = decide(analyse("hvad koster en klub-trøje"), Settings(), vocabulary, 0.9, selection, evidence_language="da")
    assert not shirt.answer



def test_a_hyphenated_name_is_in_the_evidence_when_its_parts_are():
    """"Klimaløft-projekt": the programme description names "Klimaløft" and "projektets budget", not the compound."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    passage = "Projektets samlede budget skal være på mindst 40.000 kr."
    vocabulary = Vocabulary.of(["Vækstforum", "minimumsbudgettet"])  # the name is unknown to it: asked for
    selection = Selection([Unit(passage, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9,
                          heading="Klimaløft: budget")
    budget = decide(analyse("Hvad er minimumsbudgettet for et Klimaløft-projekt?"), Settings(), vocabulary, 0.9,
                    selection, evidence_language="da")
    assert budget.missing == []
    other = decide(analyse("Hvad er minimumsbudgettet for et Sæsonbro-projekt?"), Settings(), vocabulary, 0.9,
                   selection, evidence_language="da")
    assert other.missing == ["Sæsonbro-projekt"]


def test_which_kind_is_asked_for_is_no_word_the_documents_must_use():
    """"Hvilket analysefirma": the evaluation names the firm ("Kvadrant Analyse ApS"), not the kind of firm it is.
    "Hvad koster et analysefirma" asks about the thing itself, which the documents must name."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    passage = "Udarbejdet for Lyngkyst Erhvervsråd af Kvadrant Analyse ApS"
    vocabulary = Vocabulary.of([passage, "Evalueringen er gennemført i efteråret 2023."])
    selection = Selection([Unit(passage, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    which = decide(analyse("Hvilket analysefirma har gennemført evalueringen?"), Settings(), vocabulary, 0.9, selection,
                   evidence_language="da")
    assert which.answer and which.missing == []
    what = decide(analyse("hvad koster et analysefirma"), Settings(), vocabulary, 0.9, selection, evidence_language="da")
    assert not what.answer and what.missing == ["analysefirma"]


def test_a_contact_person_is_anyone_listed_not_a_word_the_documents_must_use():
    """"Hvem er kontaktperson for puljen": the page's contact box names the person ("Kontakt: Anders Vang, ..."); the
    documents need not write "kontaktperson"."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    card = "Anders Kjeldsen Vang, Seniorkonsulent, grøn omstilling, Tlf. 72 40 18 55, E-mail: akv@erhvervshus.dk"
    vocabulary = Vocabulary.of(["Grøn Omstillingspulje giver tilskud til grønne investeringer.", "Kontakt", card])
    selection = Selection([Unit(card, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9, heading="Kontakt")
    who = decide(analyse("Hvem er kontaktperson for Grøn Omstillingspulje?"), Settings(), vocabulary, 0.9, selection,
                 evidence_language="da", titles="Grøn Omstillingspulje")
    assert who.answer and who.missing == []


def test_an_acronym_the_documents_never_write_is_a_missing_name_but_a_currency_is_not():
    """"What is the council's EAN number": no document writes "EAN", so the council's letterhead is no answer; "in
    DKK" is how an English question says "kr."."""
    from app.decision import asked_names

    council = Vocabulary.of(["EGDAL ERHVERVSRÅD", "Alle tilskudsordninger kræver et aktivt CVR-nummer.", "Pris: 1.650 kr."])
    assert asked_names(analyse("What is Egdal Erhvervsråd's EAN number for electronic invoicing?"), council) == ["EAN"]
    assert asked_names(analyse("Hvad er Egdal Erhvervsråds CVR-nummer?"), council) == []
    assert asked_names(analyse("What is the price in DKK for a course?"), council) == []


def test_a_country_typed_in_lower_case_that_the_documents_never_write_is_missing():
    """"hvor mange overnatninger kom der fra polen": no document writes "Polen", so a camping site's stays are no
    answer; a country the documents write is no missing name."""
    from app.decision import asked_names

    statistics = Vocabulary.of(["Tyskland  2.104.600  2.187.900", "Campingpladserne havde 1.318.900 overnatninger."])
    assert asked_names(analyse("hvor mange overnatninger kom der fra polen sidste år?"), statistics) == ["Polen"]
    assert asked_names(analyse("hvor mange overnatninger kom der fra tyskland i 2024"), statistics) == []


def test_a_word_in_brackets_the_documents_never_write_is_a_missing_name():
    """"the tourist tax (kurtaxe)": the asker names the thing, and no document does, so a count of nights is no
    answer; a unit in brackets the documents write ("(tons)") names nothing missing."""
    from app.decision import asked_names

    statistics = Vocabulary.of(["German guests: about 2.3 million nights.", "CO2 sparet: 19.750 tons"])
    assert asked_names(analyse("what is the tourist tax (kurtaxe) per night on the west coast?"), statistics) == ["Kurtaxe"]
    assert asked_names(analyse("hvor meget co2 er der sparet (tons)"), statistics) == []


def test_a_coined_compound_neither_general_danish_nor_the_documents_know_is_missing():
    """"EU's landdistriktsprogram": the cluster's accounts give its income, not money from a programme no document
    names. A compound the documents make of their own words is known ("eksportrådgivningsforløb")."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    income = "Klyngens samlede indtægter var 5,3 mio. kr., og året blev afsluttet med et overskud på 184.000 kr."
    vocabulary = Vocabulary.of([income, "Eksportrådgivning i korte forløb.", "Ansøgninger i første runde."])
    selection = Selection([Unit(income, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    grant = decide(analyse("Hvor mange penge har klyngen fået fra EU's landdistriktsprogram?"), Settings(), vocabulary,
                   0.9, selection, evidence_language="da")
    assert not grant.answer and grant.missing == ["landdistriktsprogram"], grant
    course = decide(analyse("hvor mange penge fik klyngen for eksportrådgivningsforløb"), Settings(), vocabulary, 0.9,
                    selection, evidence_language="da")
    assert "eksportrådgivningsforløb" not in course.missing, course
    # Nor the asker's own company, nor a compound of an everyday first word ("pengepræmien": the prize in money), or of
    # a common one and a document's word ("forårsrunden": "runde").
    for question in ["Vi er 7 ansatte i et lille snedkerfirma – hvor mange penge fik klyngen?",
                     "hvor stor er pengepræmien til klyngens pris", "hvor stor er pengepraemien til klyngens pris",
                     "hvor mange penge fik klyngen i forårsrunden"]:
        assert decide(analyse(question), Settings(), vocabulary, 0.9, selection, evidence_language="da").missing == []
    # Nor a compound of a document's word and an everyday word: "spørgeskemaundersøgelsen" of the evaluation's
    # "spørgeskema".
    survey = "Der indkom 213 besvarelser på spørgeskemaet, svarende til en svarprocent på 68,3 %."
    selection = Selection([Unit(survey, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    answered = decide(analyse("Hvilken svarprocent opnåede spørgeskemaundersøgelsen?"), Settings(),
                      Vocabulary.of([survey]), 0.9, selection, evidence_language="da")
    assert answered.answer and answered.missing == [], answered
    # Nor a compound whose head is the kind of answer asked for: "tilmeldingsfristen" is the deadline of a
    # "Tilmelding", which the market's page gives as "Tilmelding skal ske senest 1. juni 2025".
    market = "Tilmelding skal ske senest 1. juni 2025, og pladserne fordeles efter først-til-mølle."
    selection = Selection([Unit(market, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    deadline = decide(analyse("hvornår er tilmeldingsfristen til madmarkedet"), Settings(),
                      Vocabulary.of([market, "Lindå Madmarked er et marked."]), 0.9, selection, evidence_language="da")
    assert deadline.answer and deadline.missing == [], deadline
    # ... as is a limit: "omsætningsgrænsen" is the limit on a turnover ("Omsætningen skal være under 5 mio. kr.").
    rule = "Omsætningen skal være under 5 mio. kr. som gennemsnit af de to seneste regnskabsår."
    selection = Selection([Unit(rule, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    limit = decide(analyse("hvad er omsætningsgrænsen for inkubatoren"), Settings(),
                   Vocabulary.of([rule, "Inkubatoren optager nye virksomheder."]), 0.9, selection, evidence_language="da")
    assert limit.answer and limit.missing == [], limit
    # ... and a document's first part of its own compounds: "prototypeansøgning" of "Prototypestøtten".
    reply = "Efter de gældende retningslinjer får du svar senest 8 uger efter ansøgningsfristen."
    selection = Selection([Unit(reply, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    replied = decide(analyse("hvor lang tid gaar der før man faar svar paa en prototypeansøgning"), Settings(),
                     Vocabulary.of([reply, "Prototypestøtten gives til spilstudier."]), 0.9, selection,
                     evidence_language="da")
    assert "prototypeansøgning" not in replied.missing, replied
    # A price per unit is a price the documents must give so: "timeprisen" is not answered by a course's price.
    course = "Forløbet koster 4.000 kr. og giver 20 timer med en rådgiver."
    selection = Selection([Unit(course, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    hourly = decide(analyse("hvad er timeprisen for ekstra rådgivning"), Settings(), Vocabulary.of([course]), 0.9,
                    selection, evidence_language="da")
    assert not hourly.answer and "timeprisen" in hourly.missing, hourly


def test_a_specific_thing_the_documents_never_write_is_missing():
    """"parkering" and "polsk" name things of their own, which documents about the event and the office never write;
    a document's derivation ("analyseret" of "analyse", "trykt" of "trykkes"), the kind of answer asked for
    ("procentdel": "40 %"), a verb ("koble os på"), the document asked by ("ifølge evalueringen") and the asker's
    plans are no such thing."""
    from app.decision import unmentioned_words

    vocabulary = Vocabulary.of([
        "Automatiseringsdagen holdes torsdag den 23. april 2026 i Ravnsmose Erhvervscenter, Fabriksvej 9.",
        "Vi rådgiver på dansk, engelsk og tysk. Messepuljen dækker 40 % af standlejen.",
        "Hver virksomhed får en analyse af to processer.",
        "Smagskortet trykkes i 15.000 eksemplarer.",
        "Er I i tvivl, så ring til os.",  # "parkering" is "parkere" + "-ing", not "parke" + "ring"
    ])
    assert unmentioned_words(analyse("Er der gratis parkering ved Automatiseringsdagen i Ravnsmose?"), vocabulary) \
        == ["parkering"]
    assert unmentioned_words(analyse("Kan vi få vejledningen på polsk?"), vocabulary) == ["polsk"]
    # In English, by the glossary's Danish: "parking" is "parkering"
    assert unmentioned_words(analyse("is there parking for a van outside Ravnsmose Erhvervscenter?"), vocabulary) \
        == ["parking"]
    assert unmentioned_words(analyse("how old must a company be to join the automation day?"), vocabulary) == []
    for question in ["hvor mange processer kan man få analyseret?", "hvor mange eksemplarer bliver smagskortet trykt i?",
                     "Hvor stor en procentdel af standlejen dækker Messepuljen?",
                     "sker der noget på automatiseringsdagen vi kunne koble os på?",
                     "Hvor mange processer blev analyseret ifølge evalueringen?",
                     # the document the asker read: "i den engelske opsummering står der ca 40 %"
                     "i den engelske opsummering står der ca 40 % – hvor meget dækker messepuljen præcist?",
                     "den tyske udgave siger bare ca 40 %, hvor meget dækker messepuljen?",
                     "Vores virksomhed har 35 ansatte og ønsker at automatisere ordrehåndteringen. Hvilken dag er det?",
                     # the kind of answer: an upper limit, which a document gives as "maks. 75.000 kr."
                     "Hvad er det maksimale tilskud, en virksomhed kan få fra Messepuljen?",
                     # an adverb adding to what is said
                     "hvor stor er messepuljen nu hvor der er kommet fondspenge oveni?",
                     # what was done, in a participle: documents say "Navneskiftet" or "hed indtil 2025"
                     "hvad hed messepuljen før den blev omdøbt?"]:
        assert unmentioned_words(analyse(question), vocabulary) == [], question


def test_a_turn_of_the_year_is_either_year():
    """"ved årsskiftet 2024/2025": "pr. 31. december 2024" answers it; a quote of neither year does not."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    def missing(passage: str) -> list[str]:
        selection = Selection([Unit(passage, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
        return decide(analyse("Hvor mange medlemmer talte foreningen ved årsskiftet 2024/2025?"), Settings(),
                      Vocabulary.of([passage]), 0.9, selection, evidence_language="da").missing

    assert missing("Foreningen havde 388 medlemmer pr. 31. december 2024.") == []
    assert missing("Foreningen havde 350 medlemmer pr. 31. december 2022.") == ["2024", "2025"]


def test_a_body_typed_without_danish_letters_or_one_letter_short_is_the_documents_body():
    from app.normalise import typed_alike

    assert typed_alike("linda", {"lindå"}) and typed_alike("lindaa", {"lindå"})
    assert typed_alike("erhvervservice", {"erhvervsservice"})
    assert not typed_alike("vejle", {"lindå"}) and not typed_alike("lindø", {"lindå"})


def test_a_compound_picking_some_of_a_population_must_be_named_by_the_quote():
    """"transportvirksomhederne" are some of "virksomhederne": the survey's overall share is not theirs, however well
    the documents know "transport" (here as public transport). "jeres tilskudspulje" is the pool the quote calls
    "puljen": a compound that only describes a thing narrows nothing."""
    from app.core.config import Settings
    from app.decision import decide
    from app.normalise import QueryNormaliser
    from app.quotes import Selection, Unit

    share = "Samlet set er 62,4 % af virksomhederne tilfredse med kommunens erhvervsservice."
    count = "I 2025 modtog puljen 69 ansøgninger."
    vocabulary = Vocabulary.of([share, count, "Mange ønsker bedre offentlig transport.", "Vi giver tilskud."])
    normaliser = QueryNormaliser(vocabulary)

    def asked(question: str, quote: str):
        selection = Selection([Unit(quote, 0)], True, 0.8, quote_coverage=0.8, quote_similarity=0.9)
        return decide(analyse(question, normaliser=normaliser), Settings(), vocabulary, 0.9, selection,
                      evidence_language="da")

    transport = asked("Hvor stor en andel af transportvirksomhederne er tilfredse med kommunens erhvervsservice?", share)
    assert not transport.answer and transport.missing == ["transportvirksomhederne"]
    assert asked("Hvor stor en andel af virksomhederne er tilfredse med kommunens erhvervsservice?", share).answer
    assert asked("hvor mange ansøgninger fik jeres tilskudspulje i 2025?", count).answer


def test_which_firm_of_a_kind_the_quote_does_not_name_is_not_answered_by_a_self_description():
    """"Hvilket revisionsfirma": an organisation's self-description names no auditor. "Kvadrant Analyse ApS" is the
    analysis firm asked for; "hvilket telefonnummer" asks for a number, which no quote calls "telefon"."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    about = "Erhvervsservice Lindå er en selvejende erhvervsforening, der blev stiftet i 2009."
    vocabulary = Vocabulary.of([about, "Kurset undervises af revisor Kirsten Møller fra Møller & Vang Revision."])
    selection = Selection([Unit(about, 0)], True, 0.5, quote_coverage=0.5, quote_similarity=0.9)
    auditor = decide(analyse("Hvilket revisionsfirma reviderer Erhvervsservice Lindås regnskab?"), Settings(), vocabulary,
                     0.9, selection, evidence_language="da")
    assert not auditor.answer and auditor.missing == ["revisionsfirma"]
    card = "Jonas Frederiksen, Projektleder, Grøn Investeringspulje, Tlf. 76 20 45 16"
    phone = decide(analyse("hvilket telefonnummer har Jonas Frederiksen?"), Settings(), Vocabulary.of([card]), 0.9,
                   Selection([Unit(card, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9),
                   evidence_language="da")
    assert phone.missing == []


def test_a_time_of_year_must_be_named_or_dated_by_the_evidence():
    """"lukket i påsken": the Christmas closing does not say. "mellem jul og nytår": it does, without the word "jul"
    alone. "i efteråret 2027": a course on 11/3-2027 is in spring; "i foråret 2027": it is."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    closing = "Eksportcenter Vestkyst holder juleferielukket fra mandag den 22. december 2025 til fredag den 2. januar 2026."
    course = "Eksport for små virksomheder: Første gang: torsdag d. 11/3-2027, kl. 9.00–15.30."
    vocabulary = Vocabulary.of([closing, course, "Kontoret har åbent mandag til fredag kl. 9-15.", "Glædelig jul og godt nytår!"])

    def asked(question: str, quote: str):
        selection = Selection([Unit(quote, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
        return decide(analyse(question), Settings(), vocabulary, 0.9, selection, evidence_language="da")

    easter = asked("Holder Eksportcenter Vestkyst lukket i påsken 2026?", closing)
    assert not easter.answer and easter.missing == ["påsken"]
    assert asked("har i åbent mellem jul og nytår?", closing).answer
    autumn = asked("Hvornår starter kurset Eksport for små virksomheder i efteråret 2027?", course)
    assert not autumn.answer and autumn.missing == ["efteråret"]
    assert asked("Hvornår starter kurset Eksport for små virksomheder i foråret 2027?", course).answer
    # "sommerferielukket" is the summer closing the evidence calls "Sommerlukning": not a word it lacks.
    summer = "Sommerlukning: Hallen og receptionen holder lukket i uge 29-31."
    vocabulary = Vocabulary.of([summer, "Hallen har åbent mandag til fredag."])
    assert asked("holder i sommerferielukket?", summer).answer


def test_what_the_asker_says_of_their_company_is_no_word_the_documents_must_know():
    """"produktionsvirksomhed", "robotter", "pakning" describe the asker; "hvilket forløb" is the question."""
    vocabulary = Vocabulary.of(["Forløbet er for virksomheder med 10-49 ansatte."])
    asked = "vi er en produktionsvirksomhed med 45 ansatte og overvejer robotter til pakning. hvilket forløb skal vi gå efter?"
    assert known_fraction(analyse(asked), vocabulary) > 0.8
    assert known_fraction(analyse("hvilket forløb passer til robotter og pakning?"), vocabulary) < 0.3
    # Nor need they lack it: the company is most of what "kan vi overhovedet være med" asks about.
    assert known_fraction(analyse("vi er en virksomhed med 300 ansatte – kan vi overhovedet være med?"), vocabulary) > 0.5


def test_a_company_opening_the_question_and_what_the_asker_is_not_are_not_asked_about():
    """"murerfirma i herning, 12 ansatte" describes the asker, as "vi er et murerfirma" would; "selv om vi ikke er
    byggefirma" says what the asker is not. The scheme asked about stays."""
    from app.decision import asked_text

    text = asked_text(analyse("murerfirma i herning, 12 ansatte, har lige ansat en laerling. kan vi faa laerlingebonus?"))
    assert "murerfirma" not in text and "laerlingebonus" in text, text
    text = asked_text(analyse("kan vi soege energipuljen selv om vi ikke er byggefirma eller medlem?"))
    assert "byggefirma" not in text and "energipuljen" in text, text
    text = asked_text(analyse("is there someone who speaks german? we are a german owned company in herning"))
    assert "herning" not in text and "german?" in text, text
    assert asked_text(analyse("we want a grant for the Herning office")) == "we want a grant for the Herning office"
    # Nor what someone the asker knows got: "min kammerat fik 4 procent" is a story, no thing asked about.
    text = asked_text(analyse("hvad er renten på mikrolaan nu? min kammerat fik 4 procent for et par år siden"))
    assert "kammerat" not in text and "renten" in text, text
    # "det er kun mig og en deltidsansat": who the company is.
    text = asked_text(analyse("det er kun mig og en deltidsansat - kan vi komme med i investorklar?"))
    assert "deltidsansat" not in text and "investorklar" in text, text
    text = asked_text(analyse("it's just me and a part-timer, can we join investorklar?"))
    assert "part-timer" not in text and "investorklar" in text, text



def test_asked_whom_to_call_what_the_matter_is_for_is_the_askers_own():
    """"... om en miljøgodkendelse til vores nye produktionshal": the one handling permits answers, whatever the hall.
    Not so a grant asked for the asker's thing: the documents must speak of it."""
    from app.decision import asked_text

    text = asked_text(analyse("hvem skal jeg ringe til om en miljøgodkendelse til vores nye produktionshal"))
    assert "produktionshal" not in text and "miljøgodkendelse" in text, text
    assert "elbil" in asked_text(analyse("kan vi få tilskud til vores nye elbil"))
    text = asked_text(analyse("jeg bor i aarhus kommune men vil starte en webshop, kan jeg faa gratis raadgivning hos jer"))
    assert "webshop" not in text and "raadgivning" in text, text
    text = asked_text(analyse("hej jeg startede mit firma for ca 2 aar siden (enkeltmandsvirksomhed), kan jeg stadig faa "
                              "gratis raadgivning hos jer?"))
    assert "enkeltmandsvirksomhed" not in text and "raadgivning" in text, text


def test_a_body_named_in_a_compound_of_the_documents_title_is_named():
    """"formand for styregruppen": the minutes titled "Referat af styregruppemøde" list "(formand)"; they do not
    say who chairs Erhvervsrådet."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    line = "Birthe Vinding, Kragborg Kommune (formand)"
    title = "Referat af styregruppemøde 20. november 2025"
    vocabulary = Vocabulary.of([line, title, "Erhvervsrådet og styregruppen mødes fire gange om året."])
    selection = Selection([Unit(line, 0)], True, 1.0, quote_coverage=1.0, quote_similarity=0.9)
    chair = decide(analyse("Hvem er formand for styregruppen?"), Settings(), vocabulary, 0.9, selection,
                   evidence_language="da", titles=title)
    assert chair.answer, chair.explanation
    board = decide(analyse("Hvem er formand for Erhvervsrådet?"), Settings(), vocabulary, 0.9, selection,
                   evidence_language="da", titles=title)
    assert not board.answer


def test_a_figure_of_a_group_the_documents_never_write_is_not_another_groups():
    """"fra turismebranchen": a table of sectors without tourism gives no share for it, though general Danish
    knows both parts of the word."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    row = "Fødevarer: Andel af deltagere: 27,4 %"
    vocabulary = Vocabulary.of([row, "Øvrige brancher: Andel af deltagere: 12,8 %"])
    selection = Selection([Unit(row, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
    tourism = decide(analyse("Hvor stor en andel af deltagerne kom fra turismebranchen?"), Settings(), vocabulary, 0.9,
                     selection, evidence_language="da")
    assert not tourism.answer and tourism.missing == ["turismebranchen"]


def test_a_contact_topics_everyday_word_need_not_be_in_the_card():
    """"om eksportvoucher og messepulje ansøgninger": the card names the voucher and the pool, not "ansøgninger";
    a topic of everyday words alone ("om biblioteket") must still be named."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    card = "Signe Thorhauge, Konsulent, Eksportvoucher og Messepuljen, Telefon: 72 40 18 63"
    vocabulary = Vocabulary.of([card, "Ansøgninger behandles løbende.", "Biblioteket har åbent i dag."])
    selection = Selection([Unit(card, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9, document_evidence=card)
    topic = decide(analyse("hvem skal jeg kontakte om eksportvoucher og messepulje ansøgninger"), Settings(), vocabulary,
                   0.9, selection, evidence_language="da")
    assert topic.answer, topic.explanation
    library = decide(analyse("hvem skal jeg kontakte om biblioteket"), Settings(), vocabulary, 0.9, selection,
                     evidence_language="da")
    assert not library.answer


def test_an_english_place_word_is_said_in_danish_by_a_danish_quote():
    """"When is the secretariat closed for the summer": "Sekretariatet holder sommerlukket ..." names it in Danish."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    closing = "Sekretariatet holder sommerlukket i uge 29 og 30, dvs. fra mandag den 13. juli til fredag den 24. juli 2026."
    vocabulary = Vocabulary.of([closing])
    selection = Selection([Unit(closing, 0)], True, 0.5, quote_coverage=0.0, quote_similarity=0.76)
    summer = decide(analyse("When is the secretariat closed for the summer in 2026?"), Settings(), vocabulary, 0.9,
                    selection, evidence_language="da")
    assert summer.answer, summer.explanation


def test_across_languages_a_quote_sharing_no_word_with_the_question_is_no_answer_however_near():
    """A recipe's step under "Sådan gør du" came within the cosine bar of "whats the best way to learn danish fast":
    neither the quote, its passage nor its document holds one of the question's words, even in Danish."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    step = "Læg skiftevis æblemos og rasp i lag i en glasskål - start og slut med rasp."
    vocabulary = Vocabulary.of([step])
    near = Selection([Unit(step, 0)], True, 0.0, quote_coverage=0.0, quote_similarity=0.82)
    decision = decide(analyse("whats the best way to learn danish fast"), Settings(), vocabulary, 0.9, near,
                      evidence_language="da")
    assert not decision.answer and "different languages" in decision.explanation, decision


def test_a_name_of_everyday_words_with_one_the_documents_never_write_is_missing():
    from app.decision import unknown_phrase_names

    office = Vocabulary.of(["Har I brug for adgang til forskere, kan vi formidle kontakt til Aalborg Universitet."])
    assert unknown_phrase_names(analyse("samarbejder AI-Piloten med Aarhus Universitet?"), office) == ["Aarhus Universitet"]
    assert unknown_phrase_names(analyse("samarbejder I med Aalborg Universitet?"), office) == []
    assert unknown_phrase_names(analyse("Do you work with Aalborg University?"), office) == []  # translated
    assert unknown_phrase_names(analyse("Vi er 12 ansatte. Hvad kan vi søge?"), office) == []  # a sentence's start


@pytest.mark.parametrize("question, kind", [
    ("hvor stor en andel af brugerne var kvinder i 2024", "kvinder"),
    # A count of some of them is a share too: the loans paid out in all are no answer.
    ("how many of the loans paid out in 2025 went to start-ups?", "start-ups"),
    ("hvor mange af de bevilgede vouchere gik til iværksættere", "iværksættere"),
    ("hvor mange af deltagerne var fra udlandet", None),  # a place, no kind
])
def test_a_share_or_a_count_of_some_of_the_things_names_the_kind_it_counts(question, kind):
    assert share_kind(question) == kind


def test_a_kind_is_named_in_danish_or_english_hyphenated_or_not():
    assert names_the_kind("start-ups", "heraf gik 3 til startups") and names_the_kind("start-ups", "3 iværksættere")
    # "hvilke uger": "uge 29 og 30" names them in the singular.
    assert names_the_kind("uger", "Sommerlukket (uge 29 og 30)") and not names_the_kind("uger", "lukket i juli")
    assert not names_the_kind("start-ups", "Velfærdstech-lånet, Udbetalte lån: 2025: 8")


def test_the_date_of_a_numbered_team_needs_evidence_naming_that_team():
    """"hvornår starter hold 10": when the accelerator started is no answer; the row of "Hold 10" is."""
    from app.core.config import Settings
    from app.decision import decide
    from app.quotes import Selection, Unit

    started = "Acceleratoren blev startet i 2023 og kører med to hold om året."
    row = "Hold 10 (efterår 2026): Opstart: 7. september 2026"
    vocabulary = Vocabulary.of([started, row])
    for text, answered in [(started, False), (row, True)]:
        selection = Selection([Unit(text, 0)], True, 0.6, quote_coverage=0.6, quote_similarity=0.9)
        decision = decide(analyse("hvornår starter hold 10 i acceleratoren"), Settings(), vocabulary, 0.9, selection,
                          evidence_language="da")
        assert decision.answer == answered and ("hold 10" in decision.missing) != answered, decision


def test_a_word_whose_stem_starts_a_documents_compound_is_known():
    """"medlemmer" where the key figures count "Medlemsvirksomheder": the documents know members."""
    figures = Vocabulary.of(["Tabel 1. Nøgletal 2021–2025", "Medlemsvirksomheder (ultimo)  212  238  261"])
    assert known_fraction(analyse("hvor mange medlemmer havde i i 2022"), figures) >= 0.3


def test_a_verb_whose_participle_begins_a_documents_compound_is_known():
    """"har i lukket i påsken" of a list headed "LUKKEDAGE": "lukke" begins the compound."""
    closing = Vocabulary.of(["LUKKEDAGE 2025/2026", "- 2. april - 6. april 2026 (påske)"])
    assert known_fraction(analyse("har i lukket"), closing) == 1.0


def test_a_verb_in_the_past_is_said_in_the_documents_own_words():
    """"hvor mange ton co2 sparede klyngen": the key figures' "CO2-reduktion (ton)" answers; "sparede" is no thing
    the documents must name."""
    from app.decision import unmentioned_words

    figures = Vocabulary.of(["Tabel 1. Nøgletal", "CO2-reduktion (ton)  12.300  15.860"])
    assert unmentioned_words(analyse("hvor mange ton co2 sparede klyngen i 2025"), figures) == []


def test_a_word_no_dictionary_knows_where_a_place_is_named_is_a_name_unless_a_word_or_compound_of_words():
    from app.decision import asked_names

    stands = Vocabulary.of(["En stand på Stockholm Furniture Fair koster 22.275 kr.", "Skriv en god ansøgning.",
                            "Kursus i Undløse Forsamlingshus.", "25 % rabat på test i laboratoriet."])
    assert asked_names(analyse("hvad koster en plads på formex i stockholm?"), stands) == ["Formex"]
    assert asked_names(analyse("how much is a stand at heimtextil?"), stands) == ["Heimtextil"]
    assert asked_names(analyse("er der rabat i laben på testene?"), stands) == []  # the lab, in Danish
    assert asked_names(analyse("er der kursus i ansøgningsskrivning i undløse?"), stands) == []


def test_words_of_talk_are_not_what_the_documents_must_know():
    house = Vocabulary.of(["Hvor ligger I? Spilhuset Nord ligger på Værftsvej 7 i Skovhavn."])
    assert known_fraction(analyse("ok, hvor ligger i egentlig"), house) == 1.0


def test_what_was_done_to_a_thing_is_a_verb_the_documents_may_say_otherwise():
    """"hvor mange ton blev der handlet": "1.146 tons materialer skiftede ejer" says it in other words."""
    from app.decision import unmentioned_words

    vocabulary = Vocabulary.of(["På Materialebørsen skiftede 1.146 tons materialer ejer i 2025."])
    assert unmentioned_words(analyse("hvor mange ton blev der handlet på materialebørsen i 2025"), vocabulary) == []
    assert unmentioned_words(analyse("hvor mange ton handlede materialebørsen med i 2025"), vocabulary) == []
    # ... nor in the brackets a later part carries it in.
    assert unmentioned_words(analyse("hvor meget co2 sparede det (ton handlet materialebørsen)"), vocabulary) == []


def test_newly_made_is_an_everyday_word_before_one_the_documents_know():
    """"nyuddannet" is "ny" + the "uddannet" of the documents' "færdiguddannet": no thing of its own."""
    from app.decision import unmentioned_words

    vocabulary = Vocabulary.of(["Kandidaten skal være færdiguddannet inden for de seneste 36 måneder."])
    assert unmentioned_words(analyse("hvornår er fristen for tilskud til en nyuddannet"), vocabulary) == []
    assert unmentioned_words(analyse("hvornår er fristen for tilskud til parkering"), vocabulary) == ["parkering"]


def test_a_compound_naming_one_of_several_pools_must_be_named_by_the_quote():
    """"tilbagetagningspuljen" is the pool for take-back pilots: another pool's deadline does not answer it; "jeres
    tilskudspulje" (every pool gives grants) narrows nothing."""
    from app.core.config import Settings
    from app.decision import decide
    from app.normalise import QueryNormaliser
    from app.quotes import Selection, Unit

    other_pool = "Omstillingspuljens 2025-runde havde ansøgningsfrist den 15. september 2025."
    vocabulary = Vocabulary.of([other_pool, "Pilotpuljen for tilbagetagning giver tilskud.", "Puljen giver tilskud."])
    normaliser = QueryNormaliser(vocabulary)

    def asked(question: str):
        selection = Selection([Unit(other_pool, 0)], True, 0.8, quote_coverage=0.8, quote_similarity=0.9)
        return decide(analyse(question, normaliser=normaliser), Settings(), vocabulary, 0.9, selection,
                      evidence_language="da")

    take_back = asked("hvad er sidste ansøgningsfrist for tilbagetagningspuljen")
    assert not take_back.answer and take_back.missing == ["tilbagetagningspuljen"]
    assert asked("hvad er sidste ansøgningsfrist for jeres tilskudspulje").answer


def test_a_word_the_documents_write_as_a_synonym_is_mentioned():
    """"den samlede pulje" is named in "Den samlede ramme for 2026" (app/danish_synonyms.yaml)."""
    from app.decision import unmentioned_words

    guide = Vocabulary.of(["Den samlede ramme for 2026 er 6.500.000 kr."])
    assert "pulje" not in unmentioned_words(analyse("hvad er den samlede pulje for 2026"), guide)
    assert "pulje" in unmentioned_words(analyse("hvad er den samlede pulje for 2026"), Vocabulary.of(["Fristen er 1. marts."]))
