"""How a question is read before anything is searched (app/question.py): its language, the kind of answer it
wants, the event a date question asks about, its separate parts, and whether it leans on the last one."""
import re

import pytest

from app.core.answer_types import Turn
from app.question import (
    about_first,
    analyse,
    answer_type,
    asks_address,
    EVENTS,
    asked_event,
    detect_language,
    document_language,
    is_follow_up,
    measure_units,
    contact_of,
    opening_hours_of,
    asked_post,
    asked_time_unit,
    role_body_of,
    role_post_of,
    split_parts,
)


@pytest.mark.parametrize("text, language", [
    ("hvor mange møder har rådgiveren haft", "da"),
    ("hvornaar slutter eksportraads projektet", "da"),  # no æøå, still Danish by its words
    ("When does the Trade Council project end?", "en"),
    ("what does Eksportrådet do for small companies", "en"),  # a Danish name in an English question
    ("Hvad er VITUS?", "da"),
    # A CSV export of grants: company forms are no English "a" and "i".
    ("- Virksomhed: Møllers Maskinfabrik A/S, Kommune: Strandkøbing, Program: Grøn Omstilling Sydkyst, Tilskud (kr.): "
     "80.000 - Virksomhed: Bølgeby Røgeri I/S, Kommune: Bølgeby, Program: Fødevarespring", "da"),
    # "for" is Danish as much as English; "pris" is Danish.
    ("pris for startspor?", "da"),
    ("price for startspor?", "en"),
])
def test_the_language_is_read_from_the_words(text, language):
    assert detect_language(text) == language


EVENTS_CSV = [
    "Dato;Ugedag;Tidspunkt;Arrangement;Sted;Pris (ekskl. moms);Tilmelding senest",
    "4. februar 2026;onsdag;17.00-19.00;Startup Evening in English;Pakhuset, Pakhusvej 3;Gratis;2. februar 2026",
    "12. februar 2026;torsdag;8.00-9.30;Morgenmøde: Moms og bogføring for nye virksomheder;Pakhuset;Gratis;10. februar 2026",
    "4. marts 2026;onsdag;17.00-19.00;Startup Evening in English;Pakhuset, Pakhusvej 3;Gratis;2. marts 2026",
    "10. marts 2026;tirsdag;17.00-20.30;Iværksætterforløb forår 2026 - modul 1;Pakhuset;1.000 kr. (hele forløbet);20. februar 2026",
    "19. marts 2026;torsdag;19.00-21.30;Mentor-matchaften for nye og erfarne mentorer;Pakhuset;Gratis;16. marts 2026",
    "1. april 2026;onsdag;17.00-19.00;Startup Evening in English;Pakhuset, Pakhusvej 3;Gratis;30. marts 2026",
    "15. april 2026;onsdag;9.00-12.00;Workshop: Sådan søger du et mikrolån;Solbjerg Bibliotek;Gratis;13. april 2026",
]


def test_a_danish_document_naming_english_events_is_danish():
    # Its rows are Danish, though "Startup Evening in English" recurs: a Danish row quoted is no English quote.
    assert document_language(["\n".join(EVENTS_CSV)]) == "da"
    summary = ["Start your business in Vordingstrup. The business service helps you for free, in English too.",
               "Iværksætterforløbet: eight evenings from idea to business. Contact Erhvervsservice Vordingstrup."]
    assert document_language(summary) == "en"


@pytest.mark.parametrize("text, kind", [
    ("hvor mange forløb havde vi i 2009", "quantity"),
    ("hvad koster en konsulent", "quantity"),
    ("hvad kommer kontingentet til at koste i 2027?", "quantity"),  # a price to come
    ("hvad kommer en stand på jobmessen til at koste i 2027", "quantity"),  # ... of a thing named in four words
    ("hvornår blev VækstMidt godkendt", "date"),
    ("when did the advisor project start", "date"),
    ("hvornår har biblioteket åbent om lørdagen", "hours"),  # opening hours, not a date
    ("hvornår kan man komme ind på biblioteket om søndagen", "hours"),  # when one can get in on a day
    ("when does the library close on fridays", "hours"),
    ("har i åbent mellem jul og nytår?", "hours"),  # open in a period: the holiday closing says
    ("Holder kontoret lukket i påsken?", "hours"),
    ("hvornår har i åbent på telefonen om fredagen", "hours"),  # the phone's hours, not its number
    ("hvad tid på dagen er iværksætterforløbet", "hours"),  # a time of day: "kl. 17.00-20.30", no date
    ("hvornår på dagen mødes holdet", "hours"),
    ("what time does the course start", "hours"),
    ("hvilket tidspunkt starter workshoppen", "hours"),
    ("are you open at easter?", "hours"),
    ("Hvornår er Virksomhedsservice Fjordbys telefon åben om fredagen?", "hours"),  # phone hours, not the number
    ("hvornår blev kontoret i budapest lukket", "date"),  # when it happened
    ("hvornår åbner den nye bro", "date"),  # something new opens once: a date, not hours
    ("when does the new swimming pool open", "date"),
    ("hvor længe varer sådan et forløb?", "quantity"),  # a duration: "Et forløb varer 6 måneder"
    ("when did the office in budapest close", "date"),
    ("hvad er telefonnummeret til væksthuset", "contact"),
    ("hvem skal jeg ringe til om eksportprogrammet", "contact"),  # a person to reach: a number, not a name alone
    ("hvordan kontaktes vedkommende", "contact"),
    ("who can I contact about the helmet policy", "contact"),
    ("hvem er kontaktperson for eksportprogrammet", "who"),  # a post: its holder
    ("hvilke år kørte programmet", "date"),  # a period is dates too
    ("which years did the programme run", "date"),
    ("hvad kostede projektet", "quantity"),  # an amount, in the past too
    ("hvad var eksportkvoten i 2008", "quantity"),  # a rate is a figure
    ("what did the land for the dairy cost", "quantity"),
    ("What did the renovation of Tranemose swimming pool cost?", "quantity"),
    ("hvem står for sekretariatet", "who"),
    ("hvor gammel skal man være for at komme ind", "quantity"),  # an age
    ("hvad var loftet pr virksomhed i omstillingspuljen i 2024", "quantity"),  # a ceiling is a figure
    ("what is the cap per company", "quantity"),
    ("hvad giver i i lærlingebonus nu", "quantity"),  # a bonus given is an amount
    ("how old do you have to be", "quantity"),
    ("Hvilken svarprocent opnåede spørgeskemaundersøgelsen?", "quantity"),  # which rate: a figure
    ("hvilket beløb kan man højst søge", "quantity"),
    ("What response rate did the survey get?", "quantity"),
    ("hvilke programmer findes der", "other"),  # which things: not a figure
    ("hvad er det maksimale tilskud pr. virksomhed", "quantity"),  # a limit
    ("what is the most we can get from the pool", "quantity"),
    ("hvem kan søge automatiseringsløftet?", "other"),  # a kind of company, no one's name
    ("who is eligible for the voucher?", "other"),
    ("hvem er målgruppen for programmet", "other"),
    ("hvem kan hjælpe os med eksport", "who"),
    ("hvad er videnparkens cvr nummer", "identifier"),  # a register's number, not a figure or a phone number
    ("what is the park's VAT number?", "identifier"),
    ("hvilket reg. nr. skal jeg bruge", "identifier"),
    ("hvor mange numre er der", "quantity"),
    ("hvad er mobilnummeret til bestyrelsesformanden", "contact"),
    ("hvad er nummeret", "contact"),  # a number alone, after "hvem er det og": a phone number
    ("hvad er hendes direkte nummer", "contact"),  # a direct line is a phone number too
    ("hvad er Mette Holms direkte nummer", "contact"),  # ... whoever's it is
    ("who can i talk to and what's the number", "contact"),
    ("ida marie svarer ikke paa mails, hvem tager hendes opgaver", "who"),  # a statement, then the question
    ("jeg har brug for en mail, hvem skal jeg skrive til", "contact"),
    ("kan man stadig købe virtuelt medlemskab? skal bare bruge en adresse til mit cvr", "other"),  # yes or no, then
    ("hvem står for eksportforløbet? skal bruge en mail", "contact"),  # ... the asker's need says what is wanted
    ("kan jeg sende ansøgningen på mail", "other"),  # how it is sent, not an address
    ("can I apply by email?", "other"),
    ("hvad er maksbeløbet i madpuljen", "quantity"),  # the limit in a compound
    ("hvad er det max man kan få fra puljen", "quantity"),
    ("What was Skovlund Erhverv's total income in 2025?", "quantity"),  # an owner's account, in the genitive
    ("pris robotlab pr dag for ikke medlemmer?", "quantity"),  # a price asked by its noun
    ("prisen på en kursusdag", "quantity"),
    ("prisliste robotlab", "other"),  # a word that only starts like it
    ("hvad er timeprisen for regulatorisk rådgivning for medlemmer?", "quantity"),  # a charge by its noun
    ("hvad er depositum for nøglebrikken nu?", "quantity"),  # ... without its article
    ("hvad er kontingentet for en virksomhed med 12 ansatte", "quantity"),
    ("what is the rent for a desk", "quantity"),
    ("whats the deadline for the spring round", "date"),  # typed without the apostrophe
    ("hvad er renten på spirelånet", "quantity"),  # a rate is a figure: "Fast rente på 4,25 % p.a.", not "Renten fastsættes af fonden"
    ("hvor lang tid i forvejen skal man booke robotlabbet", "date"),  # how long before: a deadline
    ("how far in advance do we need to book", "date"),
    ("hvor lang tid tager kreditvurderingen", "quantity"),  # a duration
    ("hvor tit moedes netvaerket", "frequency"),  # how often, neither a count nor a date
    ("how often can we get one", "frequency"),
    ("hvor mange gange om året mødes de", "frequency"),
    ("hvor mange gange mødes man", "quantity"),  # how many meetings in all
    # What the asker says of itself before its question asks for nothing: no CVR number here.
    ("We're a German company without a Danish CVR number. Can we apply for your grant?", "other"),
    ("mit cvr nr er 2 og et halvt år gammelt – kan jeg stadig komme med på forløbet?", "other"),  # after a dash too
    ("vi har lige faaet cvr nummer for 2 mdr siden, er der rabat paa pladsen?", "other"),  # or a comma
    ("hvad er jeres cvr nr, er det det samme som sidste år?", "identifier"),  # not after a question
    ("hvor mange millioner har handlingsplanen i alt", "quantity"),
    ("hvor mange mio. kr. er der afsat til eksport", "quantity"),  # "kr." ends no sentence before "er der"
    ("hvornaar tæller man som foerstegangseksportoer", "other"),  # the condition, not a date
    ("when does a company count as a first-time exporter", "other"),
    ("hvor længe er jonas (programlederen) på orlov?", "date"),  # until when
    ("how long is anna on parental leave", "date"),
    ("hvor længe varer kurset", "quantity"),
    ("who handles kitchen bookings in week 30 when the kitchen manager is on holiday?", "who"),  # "when": which time
    ("when is the deadline and who do i ask", "date"),
    ("hvad tjente i på udlejning af studier i 2025", "quantity"),  # what was earned is an amount
    ("hvad har huset tjent på udlejningen", "quantity"),
    ("what did you earn from renting out the studios", "quantity"),
    ("hvad solgte de på messen", "other"),  # what was sold may be goods
    ("hvordan er skaleringspuljen delt mellem aarhus og viborg kommune", "quantity"),  # a split: the amounts
    ("how is the pool split between the two municipalities", "quantity"),
    ("hvad er tillægget pr måned for medlemmer", "quantity"),  # a surcharge is a price
    ("what is the winter storage surcharge", "quantity"),
])
def test_the_kind_of_answer_asked_for(text, kind):
    assert answer_type(text) == kind


@pytest.mark.parametrize("text, event", [
    ("hvornår udløber projektet", "end"),
    ("when does it end", "end"),
    ("when does the export council project run out", "end"),
    ("hvornår løber projektet ud", "end"),
    ("hvornår blev den igangsat", "start"),
    ("hvornaar gik projektet igang", "start"),  # "i gang" written as one word
    ("hvornår blev programmet godkendt", "approval"),
    ("hvad er ansøgningsfristen", "deadline"),
    ("Hvornår skulle ansøgningerne til Smagsløft være indsendt i pilotåret?", "deadline"),  # by when: the deadline
    ("when must applications be submitted", "deadline"),
    ("hvornår skal man søge investorklar", "deadline"),  # by when one must apply
    ("hvornår skal projektet være afsluttet nu hvor fristen er flyttet", "end"),  # "nu hvor ...": what happened
    ("when do we have to apply for investorklar", "deadline"),
    ("hvornår er sidste tilmelding til workshoppen", "deadline"),  # the last day one may sign up
    ("hvornår er sidste dag for ansøgning", "deadline"),
    ("hvornår blev klubben grundlagt", "founded"),
    ("hvornår åbnede kontoret i budapest", "start"),
    ("when did the office in budapest close", "end"),
    ("til hvornår er samarbejdet forlænget", "end"),  # extended until: its new end
    ("hvornår var mødet", None),
    # What the asker tells first is no asked event: they ask when they may apply.
    ("our mentoring programme finished in october 2025. when can we apply for a new mentor?", None),
    ("fra hvornår gælder mobilpolitikken på skolerne", "start"),  # in force from: it starts
    ("hvornår træder reglerne i kraft", "start"),
    ("when does the policy take effect", "start"),
    ("when will the Trade Council project be over?", "end"),
    ("hvornår er næste møde", "meeting"),
    ("When is the next board meeting?", "meeting"),
    ("hvornår bliver tilskuddet udbetalt", "payment"),
    ("when is the grant paid out", "payment"),
    ("hvis vi søger i den første runde i år, hvornår får vi så svar?", "reply"),  # words between "får" and "svar"
    ("mette svarer ikke, hvornår er hun tilbage", "end"),  # back: the end of her absence
    ("when will he be back at work", "end"),
    ("When will LifeScale 2026 applicants get an answer", "reply"),
])
def test_a_date_question_names_its_event(text, event):
    assert asked_event(text) == event


def test_a_thing_and_its_asked_detail_is_a_part_of_its_own():
    """"investordag dato" asks the date, as "hvornår er investordagen" would; a topic alone still leads into the
    question after it."""
    assert split_parts("investordag dato og hvor mange investorer kommer der")[0] == "investordag dato"
    assert len(split_parts("eksportkvoten i DK 1966 vs 2008, hvad var den")) == 1
    parts = split_parts("vi er medlem og skal bruge bøjningsprøvebænken 2 hele dage. pris pr dag og får vi rabat?")
    assert parts[0].endswith("pris pr dag") and parts[1] == "får vi rabat", parts


@pytest.mark.parametrize("text, asked", [
    ("hvor stor er eksportvoucheren nu? vores revisor mener 25.000", "hvor stor er eksportvoucheren nu?"),
    ("kan vi komme med på eksportstart? på hjemmesiden står der max 9", "kan vi komme med på eksportstart?"),
    ("hvornår er fristen? i kalenderen staar der 15 marts", "hvornår er fristen?"),  # "aa" for "å"
    ("hvad er max beløbet nu? en kollega mente det var 50.000", "hvad er max beløbet nu?"),
    ("hvad koster gwo bst med netværksrabatten? læste 12.800 et sted", "hvad koster gwo bst med netværksrabatten?"),
    ("hvad koster kurset? og hvad siger reglerne om afbud", "hvad koster kurset? og hvad siger reglerne om afbud"),
])
def test_what_another_source_says_after_the_question_is_no_part_of_it(text, asked):
    assert analyse(text).normalised == asked


def test_a_part_leaning_on_the_first_names_its_subject_once():
    assert about_first("hvad er målet (eksportaftaler exportbridge)",
                       "hvor mange nye eksportaftaler har exportbridge givet") == \
        "hvad er målet (nye eksportaftaler exportbridge givet)"


def test_a_year_the_first_part_names_in_words_is_no_subject_of_the_next():
    assert about_first("hvad koster det", "vi omsatte for 1,8 mio sidste år, kan vi komme med i acceleratoren") == \
        "hvad koster det (omsatte 1,8 mio , komme acceleratoren)"


def test_two_question_words_of_one_thing_ask_two_questions():
    assert split_parts("hvornår og hvor er generalforsamlingen i partnerskabet?") == [
        "hvornår er generalforsamlingen i partnerskabet", "hvor er generalforsamlingen i partnerskabet"]
    assert split_parts("when and where is the workshop for tour operators") == [
        "when is the workshop for tour operators", "where is the workshop for tour operators"]


def test_a_now_that_clause_before_the_question_is_part_of_it():
    """"nu hvor maja er gået på barsel, hvem ...": "hvor" of "nu hvor" asks nothing."""
    text = "nu hvor maja er gået på barsel, hvem skal jeg så ringe til om min ansøgning til digitalpuljen"
    assert split_parts(text) == [text]
    assert len(split_parts("hvor er mødet, hvem skal jeg ringe til")) == 2


@pytest.mark.parametrize("text", ["ok men hvad hvis vi kun er 6 mand i firmaet, faar vi saa en hoejere sats paa voucheren?",
                                  "og hvad så hvis vi er 130 ansatte, kan vi så stadig få en screening?",
                                  "what if we are only 6 people, do we get a higher rate"])
def test_a_what_if_condition_is_asked_under_by_the_question_after_it(text):
    """"hvad hvis vi kun er 6 mand" says whose case the question after it asks about; its "hvad" asks nothing."""
    assert split_parts(text) == [text]


def test_a_topic_with_a_question_mark_is_asked():
    """"samlede indtaegter 2025 for klyngen?" asks the income, though it has no question word; "hej?" asks nothing."""
    parts = split_parts("samlede indtaegter 2025 for klyngen? og hvor mange aarsvaerk er der ansat")
    assert parts[0] == "samlede indtaegter 2025 for klyngen" and parts[1].startswith("hvor mange aarsvaerk"), parts
    assert split_parts("hej? hvad koster kurset") == ["hej? hvad koster kurset"]


def test_two_questions_in_one_become_two_parts_and_a_pronoun_gets_the_first_parts_subject():
    parts = split_parts("hvornår startede eksportrådsprojektet og hvornår slutter det?")
    assert len(parts) == 2
    assert parts[0].startswith("hvornår startede eksportrådsprojektet")
    assert "slutter det" in parts[1] and "eksportrådsprojektet" in parts[1]


@pytest.mark.parametrize(("text", "second"), [
    ("hvad var bruttoledigheden i 2021 og hvor mange arbejdspladser var der?", "hvor mange arbejdspladser var der i 2021"),
    ("what was the export value in 2008 and how many companies had export help", "how many companies had export help in 2008"),
    # A part with its own year, or not asked in the past, is asked as it stands.
    ("hvor mange forløb var der i 2008 og hvor mange møder blev holdt i 2009", "hvor mange møder blev holdt i 2009"),
    ("hvad var eksporten i 2008 og hvad er planen fremover", "hvad er planen fremover"),
    ("hvor mange møder har rådgiveren haft i 2010 og hvem har han mødt", "hvem har han mødt"),
    # A count without a verb of its own asks on in the first part's sentence.
    ("hvor mange vouchere blev der bevilget i 2024 og hvor mange penge i alt", "hvor mange penge i alt i 2024"),
])
def test_a_later_part_asked_in_the_past_is_asked_of_the_first_parts_year(text, second):
    assert split_parts(text)[1].startswith(second) and "20" not in split_parts(text)[1].removeprefix(second)


@pytest.mark.parametrize(("text", "subject"), [
    ("Hvem er projektleder på Kystlandet, og hvad er projektets samlede budget?", "Kystlandet"),
    ("Vi er 3 ansatte og har haft CVR siden 2017. Kan vi søge digitaliseringsvoucher, og hvor meget kan vi højst få?",
     "digitaliseringsvoucher"),
])
def test_a_later_part_of_everyday_words_only_is_asked_about_the_first_parts_subject(text, subject):
    """"… og hvad er projektets samlede budget": which project is said in the first part only."""
    assert subject in split_parts(text)[1]


@pytest.mark.parametrize(("text", "second"), [
    ("hvem er direktør for havnemuseet og hvad koster et årskort til svømmehallen",
     "hvad koster et årskort til svømmehallen"),  # it names its own subject
    # The first part names nothing particular either: "rådgiveren" has no "forløb".
    ("hvor mange forløb var der i 2008 og hvor mange møder har rådgiveren haft", "hvor mange møder har rådgiveren haft"),
])
def test_a_later_part_is_asked_as_it_stands_unless_it_leans_on_a_named_subject(text, second):
    assert split_parts(text)[1] == second


@pytest.mark.parametrize(("text", "second"), [
    # "det år" is the first part's year; the part asks of another thing that year.
    ("Hvor stort var Erhvervshusets overskud i 2024, og hvor meget udgjorde det kommunale tilskud det år?",
     "hvor meget udgjorde det kommunale tilskud i 2024"),
    ("What was the surplus in 2024 and how large was the grant that year?", "how large was the grant in 2024"),
    # "det kommunale tilskud" is an article and its noun, no pronoun for the first part's subject.
    ("Hvornår blev Startkurset oprettet, og hvor stort er det kommunale erhvervstilskud?",
     "hvor stort er det kommunale erhvervstilskud"),
    # A thing in the definite form and no name of its own: the deadline of what the first part asked about.
    ("Hvad koster en standplads på Lindå Madmarked for medlemmer, og hvornår er tilmeldingsfristen?",
     "hvornår er tilmeldingsfristen (standplads Lindå Madmarked)"),
])
def test_a_later_part_leans_on_the_first_by_its_year_or_its_definite_thing(text, second):
    assert split_parts(text)[1] == second


@pytest.mark.parametrize(("text", "parts"), [
    # Going on with the first part's sentence, or asking in the past: the first part's year.
    ("hvor mange lånegarantier blev der stillet i 2024 og for hvor mange penge i alt",
     ["hvor mange lånegarantier blev der stillet i 2024", "for hvor mange penge i alt i 2024 (lånegarantier stillet)"]),
    # ... and of the first part's thing: "by how many companies" was it founded.
    ("when was the food cluster founded and by how many companies",
     ["when was the food cluster founded", "by how many companies (food cluster)"]),
    # How much, of no thing of its own: of the first part's account.
    ("hvad var de samlede indtægter i 2025 og hvor meget kom fra kommunerne",
     ["hvad var de samlede indtægter i 2025", "hvor meget kom fra kommunerne i 2025 (indtægter)"]),
    # A yes/no question after a question, and "ellers" before a question word, start parts of their own.
    ("hvad koster mærket?? får vi rabat hvis vi er medlemmer", ["hvad koster mærket", "får vi rabat hvis vi er medlemmer"]),
    # "og" and a verb of any kind before its subject, after a question mark.
    ("koster inkubatoren noget? og tager i ejerandele i firmaet", ["koster inkubatoren noget", "tager i ejerandele i firmaet"]),
    ("How much does the guarantee cover, and is there a maximum per company?",
     ["How much does the guarantee cover", "is there a maximum per company"]),
    # After a bare "og" too: the first part is not lost.
    ("hvor meget kan man få og kan man søge flere gange", ["hvor meget kan man få", "kan man søge flere gange"]),
    ("hvem kan søge puljen og skal man have CVR", ["hvem kan søge puljen", "skal man have CVR"]),
    # "eller" before a question word, and a yes/no question after a bare comma.
    ("kan man sende ansøgningen på mail eller hvordan søger man", ["kan man sende ansøgningen på mail", "hvordan søger man"]),
    ("hvad koster konferencen for ikke medlemmer, er der early bird",
     ["hvad koster konferencen for ikke medlemmer", "er der early bird"]),
    # A yes/no question first, then "and how ...": two parts; "one" leans on the first part's subject.
    ("is the cyber check actually free?? and how often can we get one",
     ["is the cyber check actually free", "how often can we get one (cyber check actually free)"]),
    # "er det på væksthuset" checks the first part's answer: one question.
    ("hvor sidder rådgiveren, er det på væksthuset", ["hvor sidder rådgiveren, er det på væksthuset"]),
    # ... but "er det gratis hvis ..." asks on a condition of its own, after a dash too.
    ("hvad koster startklar forløbet – er det gratis hvis man er under 30?",
     ["hvad koster startklar forløbet", "er det gratis hvis man er under 30 (startklar forløbet)"]),
    # The price asked is no subject of the next part: "kan man se dem bagefter" asks of the webinars, not their price.
    ("koster webinarerne noget? og kan man se dem bagefter",
     ["koster webinarerne noget", "kan man se dem bagefter (webinarerne)"]),
    # Two things asked of one subject, written short: the price, and the duration.
    ("mentorprogram pris + varighed?", ["mentorprogram pris", "mentorprogram varighed"]),
    ("hvad er prisen og fristen for kurset", ["hvad er prisen for kurset", "hvad er fristen for kurset"]),
    # "og er i …" describes the asker ("you" and "in" are both "i"): one question.
    ("kan vi søge når vi har 12 ansatte og er i gang med eksport",
     ["kan vi søge når vi har 12 ansatte og er i gang med eksport"]),
    # ... but the English "and do i" asks a question of its own.
    ("when is the startup cafe in english and do i need to sign up",
     ["when is the startup cafe in english", "do i need to sign up"]),
    # The meaning of each of two terms.
    ("hvad betyder gwo og ptx egentlig?", ["hvad betyder gwo egentlig", "hvad betyder ptx egentlig"]),
    ("what do GWO and PtX stand for?", ["what do GWO stand for", "what do PtX stand for"]),
    # The verb "hvor mange" counts the doers of is no subject of the next part.
    ("hvor mange søgte leverandørpuljen i 2022 og hvor mange fik ja?",
     ["hvor mange søgte leverandørpuljen i 2022", "hvor mange fik ja i 2022 (leverandørpuljen)"]),
    # "the year before" is the year before the first part's.
    ("What was the utilisation rate of the test centre in 2025, and what was it the year before?",
     ["What was the utilisation rate of the test centre in 2025", "what was it in 2024 (utilisation rate test centre)"]),
    ("hvor mange medlemmer var der i 2025 og hvor mange var der året før",
     ["hvor mange medlemmer var der i 2025", "hvor mange var der i 2024 (medlemmer)"]),
    # What the asker does, a dash, then a yes/no question: a question, which a second part may follow.
    ("vi deltager i programmet - får vi rabat i testcentret og gælder det også kajen",
     ["vi deltager i programmet - får vi rabat i testcentret",
      "gælder det også kajen (deltager programmet - får rabat testcentret)"]),
])
def test_a_part_of_its_own_and_what_it_keeps_of_the_first(text, parts):
    assert split_parts(text) == parts


@pytest.mark.parametrize("text, kind, units", [
    ("mentorprogram pris", "quantity", ()),  # the price after the thing it is of
    ("testhal depositum?", "quantity", ()),
    ("mentorprogram varighed", "quantity", ("måneder",)),  # a duration asked by its noun: "varer 12 måneder"
    ("hvad er varigheden af kurset", "quantity", ("måneder",)),
    ("hvem kan deltage i mentorprogrammet", "other", ()),  # no price nor duration
])
def test_a_price_or_duration_asked_by_its_noun(text, kind, units):
    assert answer_type(text) == kind and all(unit in measure_units(text) for unit in units)


def test_otherwise_before_a_question_word_starts_a_part():
    first, second = split_parts("kan jeg sende ansøgningen på mail? ellers hvordan søger man")
    assert first == "kan jeg sende ansøgningen på mail" and second.startswith("ellers hvordan søger man")


def test_one_question_stays_whole():
    assert split_parts("hvor mange møder har rådgiveren haft med virksomheder i regionen?") == [
        "hvor mange møder har rådgiveren haft med virksomheder i regionen?"]


def test_an_elliptical_question_leans_on_the_previous_one():
    history = [Turn(question="hvor mange forløb havde Region Midtjylland i 2009", answer="288 forløb")]
    assert is_follow_up("og i 2008?", history)
    assert is_follow_up("2008?", history)
    assert not is_follow_up("Hvad er VITUS?", history)
    assert not is_follow_up("og i 2008?", [])
    follow_up = analyse("og i 2008?", history)
    assert follow_up.follow_up and follow_up.answer_type == "quantity" and follow_up.years == ["2008"]


def test_we_means_the_organisation_for_staff_but_not_for_a_company_describing_itself():
    staff = analyse("hvor mange forløb havde vi i 2009", organisation="Region Midtjylland")
    company = analyse("vi er 40 ansatte, hvor mange forløb er der", organisation="Region Midtjylland")
    assert staff.about_organisation and not company.about_organisation


@pytest.mark.parametrize("text, counted, as_asked", [
    ("Hvor mange møder har rådgiveren haft?", "mød", ""),
    ("how many meetings has the adviser had", "meeting", "meetings"),
    ("How many meetings this year?", "meeting", "meetings"),  # "this" is no compound head
    ("how many employees across the region", "employe", "employees"),
    ("How many of the companies got help?", "compani", "companies"),
    ("How many trade fairs did the region pay for?", "fair", "trade fairs"),
    ("How many kilometres is Lyngstien?", None, ""),  # a measure: its units decide, not a counted noun
    ("hvor mange kilometer er Lyngstien", None, ""),
    ("how many DKK did it cost", "kr", ""),
    ("Hvor mange nye fuldtidsjob skabte virksomhederne?", "fuldtidsjob", ""),  # "nye" says which, the noun what
    ("hvor mange nye er der", "nye", ""),
])
def test_a_count_question_names_what_it_counts(text, counted, as_asked):
    q = analyse(text)
    assert (q.counted, q.counted_as_asked) == (counted, as_asked)
    if counted is None:
        assert "km" in q.units


@pytest.mark.parametrize("text, money", [
    ("hvor meget eksporterede region midtjylland i 2009", True),
    ("hvor meget har regionen eksporteret for", True),
    ("how much did the region export in 2008", True),
    ("hvor meget solgte virksomhederne i udlandet", True),
    # What was bought or invested cost an amount ("21,3 mio. kr."), not a count of members.
    ("how much did the municipalities and the region buy from the cluster's companies in 2025", True),
    ("hvor meget købte kommunerne for hos klyngens virksomheder", True),
    ("how much did the region invest in 2025", True),
    ("hvor mange købte en billet", False),  # a count of buyers
    ("By how much did the use of the export schemes grow in Central Denmark Region in 2009?", False),  # a growth
    ("hvor meget delte fonden ud i 2023", True),  # what a foundation gave out
    ("hvor meget har fonden uddelt", True),
    ("hvor mange vouchere blev uddelt i 2023", False),  # a count of vouchers
    ("hvor meget faldt DK's eksport i 2009", False),  # a fall: a share
    ("how much did danish exports fall in 2009", False),
    ("how many meetings did the export council guy have", False),  # "export" a noun
    ("vi er 14 ansatte hvor meget kan vi max få i eksportløft", True),  # what one gets: a grant
    ("how much can we get from the green pool", True),
    ("hvor meget CO2 skal vi spare for at få tilskud", False),  # a measure asked, the grant only the aim
    ("hvad er det højeste tilskud man kan få fra eksportspiren", True),  # a grant's limit, not its rate
    ("what is the maximum grant per company", True),
    ("hvad er den højeste tilskudsprocent", False),  # a rate asked for
    ("hvad var max tilskuddet i vækstspring", True),  # written informally
    ("what's the max grant", True),
    ("what was the max evidence voucher amount under the old rules?", True),  # the grant's name between
    ("hvor meget kan vi låne i fonden", True),  # a loan's size
    ("how much can we borrow", True),
    ("hvor mange millioner har handlingsplanen i alt", True),  # millions of kroner
])
def test_how_much_was_exported_or_sold_is_an_amount_of_money(text, money):
    q = analyse(text)
    assert q.answer_type == "quantity" and (q.counted == "kr") == money, q.counted


def test_a_follow_up_about_a_date_counts_nothing():
    q = analyse("And when did it start?", [Turn("How many meetings has the adviser had?", "Short answer: 373 møder")])
    assert q.answer_type == "date" and q.counted is None and q.counted_as_asked == ""


@pytest.mark.parametrize("text, unit", [
    ("hvor lang tid skal man vente på udredning", "dage"),  # a duration
    ("how long do i have to wait for surgery", "weeks"),
    ("hvor lang ventetid er der paa en ny hofte", "uger"),  # a time noun
    ("hvor lang er sagsbehandlingstiden", "uger"),
    ("hvor lang må projektperioden højst være", "måneder"),  # a period's length
    ("hvor langt er forløbet", "uger"),
    ("how long is the wait for a new knee", "weeks"),
    ("hvor lang er fjordbroen", "meter"),  # a length
    ("how long is the highland tour", "km"),
    ("how long was swimming banned at tange havn", "days"),  # how long a state lasted: a duration
    ("how long is the bridge closed", "days"),
    ("hvor gammel skal man vaere for at bruge biblioteket", "år"),  # an age
    ("hvor mange kvm regner de med for en familie", "m²"),  # an area, written "125 m²"
    ("hvor mange hektar erhvervsjord er der ledigt", "hectares"),  # also as an English document writes it
    ("How big a discount do siblings get at the music school?", "%"),  # a share or an amount
    ("belægningsgraden i cowork sidste år – hvor høj var den", "%"),  # a rate's level, no height
    ("hvor høj er renten på kvistlånet", "%"),
    ("hvad er renten på det grønne lån", "%"),  # an interest rate is a share
    ("hvor høj er bygningen", "meter"),
])
def test_a_measure_question_wants_the_units_of_its_dimension(text, unit):
    assert unit in analyse(text).units


@pytest.mark.parametrize("text, counted", [
    ("Hvor store er klyngens samlede planlagte udgifter i 2026 ifølge handlingsplanen?", "kr"),  # spending: money
    ("hvor store var indtægterne i 2024", "kr"),
    ("hvor mange projekter fik penge fra den grønne pulje i 2020", "projek"),  # projects, though paid in money
    ("hvor mange kroner koster det", "kr"),
    ("Hvilken timepris afregner de eksterne rådgivere til?", "kr"),  # a compound of "pris": money, not "40 timers"
    ("koster det noget at få jeres hjælp?", "kr"),  # a price: an amount or "gratis"
    ("er kurset gratis?", "kr"),
    ("Er der gratis parkering ved jobmessen?", None),  # whether there is free parking: no price asked
])
def test_spending_is_an_amount_of_money_unless_another_thing_is_counted(text, counted):
    assert analyse(text).counted == counted


def test_a_cooperative_is_no_share():
    """"Andelskassen" (a cooperative bank) gives money, no share: "hvor mange penge giver andelskassen" asks for kroner."""
    q = analyse("hvor mange penge giver andelskassen i sponsorat til madmarkedet i år?")
    assert q.units == () and q.counted == "kr"
    assert "%" in analyse("hvor stor en andel af virksomhederne var tilfredse").units
    assert "%" in analyse("Hvor stor en del af de støtteberettigede udgifter dækker tilskuddet fra Smagsløft?").units


@pytest.mark.parametrize("text, place", [
    ("what time does the town hall open on saturdays", "town hall"),
    ("Hvornår har biblioteket åbent om lørdagen?", "biblioteket"),
    ("hvornår åbner borgerservice", "borgerservice"),
    ("when did the office in budapest open", None),  # when it happened, not hours
    ("what are the opening hours of mejeriets cafe in hvidbjerg", "mejeriets cafe"),
    ("opening hours for the museum", "museum"),
    ("hvad er åbningstiderne for genbrugsstationen", "genbrugsstationen"),
    ("hvornår har mejeriets café i hvidbjerg åbent", "mejeriets café"),
    ("hvornår åbner jeres kontor i kolding", "kontor"),  # "jeres": the documents' own, which they need not say
])
def test_an_opening_hours_question_names_its_place(text, place):
    assert opening_hours_of(text) == place


@pytest.mark.parametrize("text", ["kan man ringe til jer om fredagen", "kan man ringe til jer lørdag", "can I call you on Fridays",
                                  "hvad er jeres telefontid",
                                  "hvornår kan man ringe til jer?", "when can I call you?"])
def test_calling_on_a_weekday_asks_for_the_phone_hours_not_the_number(text):
    assert answer_type(text) == "hours"


def test_a_later_part_naming_only_a_thing_in_the_definite_plural_asks_of_the_first_parts_thing():
    assert split_parts("hvor er jobmessen i år og hvad er åbningstiderne")[1] == "hvad er åbningstiderne (jobmessen)"


def test_a_statement_with_can_is_what_the_question_after_it_asks_about():
    """"rådgiveren kan starte": the subject before "kan" tells; "må vi gå i gang" asks, of that."""
    text = "raadgiveren kan starte allerede i naeste uge men vi har ikke faaet svar paa ansoegningen endnu, maa vi gaa i gang??"
    assert split_parts(text) == [text]
    assert len(split_parts("kan vi søge tilskud, og hvornår er fristen")) == 2


def test_a_later_part_asking_of_there_asks_of_the_first_parts_place_or_day():
    assert split_parts("har i åbent om fredagen og kan man ringe til jer der") == [
        "har i åbent om fredagen", "kan man ringe til jer der (åbent fredagen)"]
    assert split_parts("where is the course and can i park there")[1].endswith("course)")
    # The "der" that stands in for the subject after its verb asks nothing of the first part.
    assert split_parts("hvad koster en plads og hvor mange pladser er der")[1] == "hvor mange pladser er der"


def test_when_one_can_call_is_searched_as_the_phone_hours_the_documents_write():
    assert "telefontid" in analyse("hvornår kan man ringe til jer?").terms
    assert analyse("hvornår kan man ringe til jer?").terms.count("jer") == 0  # the asker's "you" names nothing
    assert answer_type("hvad er jeres telefonnummer") == "contact"


@pytest.mark.parametrize("text, kind", [
    ("Hvornår åbner Produktudviklingspuljen 2027 for ansøgninger?", "date"),
    ("when does registration open for the course?", "date"),
    ("hvornår åbner biblioteket om lørdagen?", "hours"),
])
def test_opening_for_applications_is_a_date_not_opening_hours(text, kind):
    assert answer_type(text) == kind


def test_a_second_part_naming_another_place_does_not_carry_the_first_ones():
    parts = split_parts("Hvad var tilfredsheden i Struer i 2025, og hvad var den i Lemvig?")
    assert len(parts) == 2 and "Lemvig" in parts[1] and "Struer" not in parts[1], parts
    assert "tilfredsheden" in parts[1]  # still asking about satisfaction
    assert "Kystlandet" in split_parts("hvornår startede Kystlandet i Aarhus, og hvad kostede det?")[1]


def test_how_many_in_per_cent_asks_for_a_share_whoever_is_counted():
    question = analyse("hvor mange svarede på jeres evaluering sidste år, altså i procent?")
    assert question.answer_type == "quantity" and question.counted == "pct"


@pytest.mark.parametrize("text, units", [
    ("What was the overall participant satisfaction rate in the 2025 evaluation?", "%"),
    ("what is the response rate", "%"),
    ("How many hours of individual coaching does the programme include?", "timers"),
    ("hvor mange uger varer forløbet?", "ugers"),
    ("Hvor lang tid går der, før man får svar på en ansøgning?", "hverdage"),
])
def test_a_rate_is_a_share_and_hours_are_a_duration(text, units):
    question = analyse(text)
    assert question.answer_type == "quantity" and units in question.units, question


def test_a_count_of_companies_is_not_made_a_sum_of_money_by_a_price_in_the_question():
    question = analyse("How many companies signed up for the programme after the price increase in 2026?")
    assert question.counted != "kr"


def test_a_preposition_and_a_question_word_go_on_asking_the_first_part():
    assert split_parts("kan man ringe til jer om fredagen, og til hvornår?") == [
        "kan man ringe til jer om fredagen, og til hvornår?"]
    assert len(split_parts("hvad kostede projektet, og hvornår sluttede det?")) == 2
    # "at what time" is when the same meeting is: one question.
    assert split_parts("when does the founders network meet and at what time?") == [
        "when does the founders network meet and at what time?"]


@pytest.mark.parametrize("text", ["who is covering for Maja during her leave, and until when?",
                                  "hvem er vikar for maja og til hvornår"])
def test_until_when_after_who_asks_a_date_of_its_own(text):
    parts = split_parts(text)
    assert len(parts) == 2 and analyse(parts[1]).answer_type == "date", parts
    assert split_parts("hvornår mødes netværket og på hvilket tidspunkt") == ["hvornår mødes netværket og på hvilket tidspunkt"]


@pytest.mark.parametrize("text, owner", [
    ("hvad er telefonnummeret til genbrugsstationen", "genbrugsstationen"),
    ("hvad er tlf nr til eksportrådets rådgiver på væksthuset", "eksportrådets rådgiver"),
    ("What is the phone number of the library in Kværndrup?", "library"),
    ("hvad er mailadressen til Holmby Svømmehal", "Holmby Svømmehal"),
    ("hvad er telefonnummeret", None),
    ("hvad er mailen til ham der står for mentorordningen?", "mentorordningen"),
    ("what is the e-mail of the person in charge of the mentor scheme", "mentor scheme"),
    ("hvem skal jeg ringe til om mentorordningen", "mentorordningen"),
    ("who do I call about the mentor scheme", "mentor scheme"),
    ("who do i contact about applying for the klimaklar grant?", "klimaklar grant"),  # not what the asker does
    ("hvem skal jeg ringe til om at søge puljen", "puljen"),
    ("What is the e-mail address of Fjordkant Vækstcenter's communications officer?", "communications officer"),
    ("hvad er mailen til jeres innovationskonsulent?", "innovationskonsulent"),  # the documents' own consultant
    ("need the phone number for the person who handles green loans", "green loans"),
    ("telefonnummeret til hende der håndterer grønne lån", "grønne lån"),
    ("hvad er tlf nummeret til lars pedersen hos jer", "lars pedersen"),  # typed apart; "hos jer" is the documents'
])
def test_a_contact_question_names_whose_contact_it_asks_for(text, owner):
    assert contact_of(text) == owner
    if owner:
        assert analyse(text).answer_type == "contact"  # "mailen" asks for an e-mail address too


@pytest.mark.parametrize("text, street", [
    ("hvad er adressen på sekretariatet", True),
    ("what is the postal address of the cluster", True),
    ("hvad er mail adressen til foedevare teknologen i klyngen?", False),  # an e-mail address, typed apart
    ("what is the e-mail address of the recruitment consultant", False),
])
def test_an_address_is_a_street_unless_it_is_an_e_mail_address(text, street):
    assert asks_address(text) is street


@pytest.mark.parametrize("text, body", [
    ("hvem er formand for saltø beboerforening", "saltø beboerforening"),
    ("hvem er direktør for havnemuseet?", "havnemuseet"),
    ("hvem er borgmester i kommunen nu", "kommunen"),
    ("hvem er den nuværende skoleleder på Holmby Skole", "Holmby Skole"),
    ("hvem er kontaktperson hos Væksthus Midtjylland", "Væksthus Midtjylland"),
    ("Who is the CEO of the Trade Council?", "Trade Council"),
    ("who is in charge of holmby swimming pool", "holmby swimming pool"),
    ("who's the chairman of the board in 2020", "board"),
    ("Hvem står for sekretariatet for VITUS?", None),  # who does a task, not who holds a body's post
    ("hvem vandt superligaen i 2010", None),
    ("Hvem var klyngens første formand", None),  # the genitive's body is the document's own
])
def test_a_who_question_about_a_post_names_the_body_it_belongs_to(text, body):
    assert role_body_of(text) == body


@pytest.mark.parametrize("text, post", [
    ("hvem er direktør for erhvervshus nordkyst", "direktør"),
    ("hvem er den nuværende skoleleder på Holmby Skole", "skoleleder"),
    ("hvem er kontaktperson hos Væksthus Midtjylland", None),  # anyone listed may be the contact
    ("who is in charge of holmby swimming pool", None),
    ("Hvem er revisor for Fødevareklyngen Tarsholm Bugt?", "revisor"),
    # One holder of the post, not today's: a quote naming "Bestyrelsens formand er ..." does not answer.
    ("Hvem var klyngens første formand, da netværket blev startet?", "første formand"),
    ("hvem var den tidligere direktør for havnemuseet", "tidligere direktør"),
])
def test_a_who_question_names_the_post_a_quote_must_name(text, post):
    assert role_post_of(text) == post


@pytest.mark.parametrize("text, names", [
    ("Hvem var referent ved Vækstforums møde i juni 2021?", ["Referent: Karina Lind"]),
    ("hvem skrev referatet fra byrådsmødet", ["Referent: Camilla Friis"]),
    ("Who took the minutes at the board meeting?", ["Referent: Louise Dam", "Minutes: Louise Dam"]),
    ("Who is the project manager for Vækstspring?", ["Projektleder Søren Bak", "Project Manager: Søren Bak"]),
    ("Who is the centre manager of Kværndrup Idrætscenter?", ["Centerleder Kasper Holm Nielsen"]),
    ("Who chaired the meeting in June 2013?", ["Mødeleder: Birgit Sønderby", "Formand Birgit Sønderby"]),
    ("hvem er bestyrelsesformand", ["Bestyrelsesformanden Hanne Thorsø"]),
    ("Which firm carried out the evaluation?", ["Udarbejdet for Vækstforum af Analysehuset Nordvest"]),
    ("Hvem har udarbejdet rapporten?", ["Rapporten er udarbejdet af Kvist & Lund", "Gennemført af Kvadrant ApS"]),
    ("Which audit firm audited the 2023 accounts?", ["Revisor: Brink & Hald", "revideret af Brink & Hald"]),
    ("who's the vice chair of the steering committee?", ["Næstformand er Pia Lykke Rasmussen", "Rolle: Næstformand"]),
])
def test_a_who_question_names_the_post_in_the_words_documents_write_it_with(text, names):
    post = asked_post(text)
    assert post is not None and all(re.search(post, name, re.I) for name in names)


@pytest.mark.parametrize("text, deputy", [
    ("Who chaired the meeting in June 2013?", "Ole Thygesen (næstformand)"),
    ("hvem er formand for bestyrelsen", "Næstformand: Ole Thygesen"),
    ("Who is the chair of the board?", "Ole Thygesen, vice chair"),
    ("hvem er direktør for erhvervshuset", "vicedirektør Ole Thygesen"),
])
def test_the_deputy_holds_another_post(text, deputy):
    assert not re.search(asked_post(text), deputy, re.I)


@pytest.mark.parametrize("text", ["Hvilket analysefirma har gennemført evalueringen?", "Which audit firm audited it?",
                                  "which consultancy wrote the report"])
def test_which_firm_asks_for_a_name_as_who_does(text):
    assert answer_type(text) == "who"


@pytest.mark.parametrize("text", ["hvem er kontaktperson for puljen", "who is in charge of the pool", "hvem vandt prisen"])
def test_a_who_question_anyone_listed_may_answer_names_no_post(text):
    assert asked_post(text) is None


@pytest.mark.parametrize("text, years, document_year", [
    ("i 2010 evalueringen hvor meget eksporterede region midt for i 2008", ["2008"], "2010"),
    ("hvornaar gik projektet igang iflg status rapporten fra 2010", [], "2010"),
    ("what does the 2012 action plan say about the offices", [], "2012"),
    ("hvad siger handlingsplanen fra 2012 om kontorerne i 2013", ["2013"], "2012"),
    ("hvad var eksportværdien i 2010", ["2010"], None),
    ("hvad står der i planen for 2013", ["2013"], None),  # a plan for a year is about that year
    # What the asker did in a year is theirs, not the answer's year.
    ("vi stod på smartbuild berlin i 2023 på egen stand, tæller vi så stadig som førstegangsudstiller?", [], None),
    ("vi er en lille cafe og betalte 1950 kr i kontingent tilbage i 2023. hvad koster det nu?", [], None),
])
def test_a_year_that_names_a_document_is_not_a_year_the_answer_must_contain(text, years, document_year):
    q = analyse(text)
    assert (q.years, q.document_year) == (years, document_year)


def test_how_many_times_is_answered_by_any_count():
    """"hvor mange gange må man prøve gratis": "tre gratis træninger" answers; "gange" is no noun to count."""
    q = analyse("hvor mange gange må man prøve gratis")
    assert q.answer_type == "quantity" and q.counted is None and not q.counted_as_asked


@pytest.mark.parametrize("text, years", [
    ("vores firma er startet i 2021 kan vi søge eksportløft", []),
    ("Vi er 3 fuldtidsansatte og har haft CVR siden 2017. Kan vi søge digitaliseringsvoucher?", []),
    ("we founded the company in 2019, can we apply", []),
    ("vi er 12 ansatte i en smedevirksomhed i Lindholt, startet i 2023. kan vi søge mikrolån", []),  # after a comma
    ("vi er et animationsstudie i viborg der blev startet i 2017 - kan vi stadig søge", []),
    ("vi startede i 2020, hvor mange fik tilskud i 2022", ["2022"]),
    ("hvor mange virksomheder startede i 2021", ["2021"]),  # the year of the fact asked for
    ("hvor mange virksomheder i regionen startede i 2021", ["2021"]),
    ("vi fik energitjek i foråret 2024, kan vi få et nyt nu", []),  # what the asker had that year
    ("we received a grant in 2023, can we apply again", []),
    ("hvor mange fik tilskud i 2024", ["2024"]),
    ("hvad koster forløbet nu? syntes der stod 2000 kr på hjemmesiden", []),  # an amount typed without its point
    ("hvor mange penge er der i alt i strategien 2012-15", ["2012", "2015"]),  # a span written short
])
def test_the_askers_own_founding_year_is_no_year_the_answer_must_name(text, years):
    assert analyse(text).years == years


def test_a_later_part_leans_on_the_first_question_not_on_the_companys_description_before_it():
    parts = split_parts("vi er et 2 år gammelt firma med 4 ansatte og vil bygge en prototype af en sensor. hvor meget kan "
                        "vi max få fra prototypepuljen og hvor mange procent dækker den")
    assert len(parts) == 2 and "prototypepuljen" in parts[1] and "sensor" not in parts[1], parts


@pytest.mark.parametrize("text", ["hvor store vækstlån kan man få, min og max?", "hvor stort er tilskuddet",
                                  "how big a loan can we get", "hvor stor er lærlingebonussen",
                                  "what is the max bonus per apprentice"])
def test_the_size_of_a_loan_grant_or_bonus_is_an_amount_of_money(text):
    assert analyse(text).counted == "kr"


def test_how_many_got_a_bonus_counts_those_who_got_it():
    assert analyse("hvor mange fik lærlingebonus i 2025").counted != "kr"


def test_of_a_group_the_ones_asked_about_are_counted():
    """"hvor mange af mentorerne er kvinder" counts women: "64 aktive mentorer" is no answer."""
    assert analyse("hvor mange af mentorerne i mentorpuljen er kvinder").counted == "kvind"
    assert analyse("hvor mange af deltagerne var tilfredse").counted is None


@pytest.mark.parametrize("text, counted", [
    ("hvor mange sidder der i lånekomitéen", "person"),  # "en lånekomité med 5 medlemmer"
    ("hvor mange arbejder i sekretariatet", "person"),
    ("hvor mange deltog i konferencen sidste år", "person"),  # "320 deltagere", not "de næste tre år"
    ("hvor mange fik tilskud i 2024", None),  # people or companies: any count
    ("hvor mange søgte puljen i 2025", None),
    ("hvor mange møder kan man få", "mød"),  # a noun ending as a verb does
    ("hvor mange kan komme med på et mentorhold", "plads"),  # "Der er plads til 15 virksomheder pr. hold."
    ("hvor mange kan man søge", None),
])
def test_a_verb_after_how_many_is_nothing_counted(text, counted):
    """"hvor mange sidder der i komitéen" counts its members, not "sidder": a verb is no counted noun."""
    assert analyse(text).counted == counted


def test_an_expected_budget_asks_for_an_amount():
    q = analyse("hvad er det forventede budget for 2027")
    assert (q.answer_type, q.counted) == ("quantity", "kr")


def test_free_meetings_count_meetings():
    assert analyse("hvor mange gratis møder kan man få i startrådgivningen").counted == "mød"


@pytest.mark.parametrize("text, counted", [
    ("hvor mange plantebaserede virksomheder var medlem i 2025", "virksom"),  # "Plantebaserede fødevarer  9  14  19"
    ("hvor mange udenlandske gæster kom der", "gæst"),
    ("hvor mange studerende deltog", "stud"),  # a noun of that ending, before a verb
])
def test_an_adjective_before_the_counted_noun_is_not_counted(text, counted):
    assert analyse(text).counted == counted


def test_a_past_year_the_asker_compares_with_is_no_asked_year():
    """"i 2023 kunne man max få 250.000 kr., er det stadig det beløb der gælder" asks what holds now."""
    assert analyse("i 2023 kunne man max faa 250.000 kr i tilskud, er det stadig det beløb der gælder?").years == []
    assert analyse("in 2022 the limit was 50 employees, is that still the rule?").years == []
    assert analyse("hvad kunne man få i tilskud i 2023").years == ["2023"]


def test_a_later_part_asks_of_the_first_parts_round_and_if_not_leans_on_the_first():
    from app.question import split_parts
    parts = split_parts("hvor mange ansøgninger kom der i runde 2 af puljen og hvor mange fik tilsagn")
    assert "runde 2" in parts[1], parts
    parts = split_parts("vores firma er 8 mdr gammelt kan vi få en mentor? hvis ikke hvad kan vi så bruge")
    assert "mentor" in parts[1], parts


@pytest.mark.parametrize("text", ["what was the profit of the cluster in 2023?", "what were the total expenses in 2024"])
def test_an_accounts_figure_asked_in_english_is_an_amount(text):
    question = analyse(text)
    assert question.answer_type == "quantity" and question.counted == "kr", question


def test_a_bare_maximum_asked_after_a_grant_asks_the_most_of_that_grant():
    parts = split_parts("hvor mange procent tilskud kan vi faa fra energipuljen og hvad er max")
    assert parts[1] == "hvad er max (tilskud energipuljen)", parts


def test_a_bare_maximum_asks_the_most_for_what_the_asker_wants_to_get():
    """"vil have ny varmepumpe og ventilation": the grant's row for those, whose maximum is the answer, not the most
    of any row."""
    parts = split_parts("vi er 8 ansatte og vil have ny varmepumpe og ventilation med varmegenvinding i vaerkstedet. "
                        "hvor mange procent tilskud kan vi faa fra energipuljen og hvad er max")
    assert parts[1].startswith("hvad er max (tilskud "), parts
    assert all(word in parts[1] for word in ("varmepumpe", "ventilation", "energipuljen")), parts
    assert "ansatte" not in parts[1], parts


def test_a_later_part_asks_about_the_first_parts_thing_not_whose_price_it_asked():
    """"for ikkemedlemmer" says whose price; "hvor mange pladser er der" asks about the course."""
    parts = split_parts("hvad koster kurset om baeredygtighedsklassen i marts for ikkemedlemmer og hvor mange pladser er der")
    assert parts[1] == "hvor mange pladser er der (kurset baeredygtighedsklassen)", parts


@pytest.mark.parametrize("question, numbered", [
    ("hvornår er fristen for første runde", "1. runde"),
    ("hvad er rammen i anden ansøgningsrunde", "2. ansøgningsrunde"),
    ("when is the deadline for the second round", "round 2"),
])
def test_an_ordinal_before_a_round_is_the_round_in_figures_as_documents_write_it(question, numbered):
    """The guidelines write "1. runde: ansøgningsfrist ...": "første runde" finds it, and is that round."""
    assert numbered in analyse(question).normalised


def test_a_later_part_asked_of_back_then_is_asked_of_the_first_parts_year():
    """"dengang", "back then": the year the first part asks about."""
    parts = split_parts("hvad var loftet i kreativ vaekst i 2024 og hvor mange ansatte skulle man have dengang")
    assert parts[1] == "hvor mange ansatte skulle man have i 2024", parts
    parts = split_parts("what was the grant cap in 2024 and how many employees did you need back then")
    assert parts[1].endswith("in 2024"), parts


def test_a_company_from_a_year_is_its_founding_not_a_year_asked_about():
    """"spilfirma fra 2021 med 12 ansatte": the company's age, which a rule ("CVR-registreret 1. januar 2023 eller
    senere") answers; no document need name 2021."""
    question = analyse("spilfirma fra 2021 med 12 ansatte i kolding - kan de komme i spilacceleratoren?")
    assert question.years == [], question.years
    assert analyse("hvad koster kurset fra 2021").years == ["2021"]


def test_a_share_asked_in_per_cent_is_no_compound_the_documents_split():
    """Documents write "60 %" or "per cent", never "procent": the word is still a share, not a count of the English
    page's "cent"."""
    from app.normalise import QueryNormaliser, Vocabulary

    normaliser = QueryNormaliser(Vocabulary.of(["For en stor voucher dækker klyngen 60 % af de godkendte udgifter.",
                                                "Large vouchers cover 60 per cent of approved costs."]))
    assert analyse("stor voucher – hvor mange procent daekker klyngen", normaliser=normaliser).counted == "pct"


@pytest.mark.parametrize("text, terms", [
    ("hvor lang tid tager en kompetenceafklaring", ["kompetenceafklaring"]),
    ("how long is the leadership course", ["leadership", "cours"]),
])
def test_how_a_duration_is_asked_is_no_term_of_the_question(text, terms):
    """The answer gives a duration in figures ("2-3 timer"); an FAQ heading "Hvor lang tid går der, før pengene
    kommer?" shares only the asking words, and is another question's."""
    asked = analyse(text)
    assert asked.terms == terms and asked.answer_type == "quantity", asked.terms


def test_a_later_part_naming_its_own_measure_asks_its_own_kind_of_answer():
    """"hvad er den budgetteret til" after "hvem er ansvarlig for platformen" asks an amount, not the first part's
    person; "hvad var den i Lemvig" asks the first part's measure again."""
    from app.question import asks_the_same

    who = analyse("hvem er ansvarlig for den nye selvbetjeningsplatform i handlingsplanen")
    assert asks_the_same(analyse("hvad er den budgetteret til"), who).answer_type != "who"
    share = analyse("Hvad var tilfredsheden i Struer i 2025")
    assert asks_the_same(analyse("hvad var den i Lemvig"), share).answer_type == share.answer_type


@pytest.mark.parametrize("text, counted, share", [
    ("hvad er overlevelsesraten efter 3 år for de virksomheder i har hjulpet? seneste tal tak", None, True),
    ("hvor meget er første rate", "kr", False),  # a Danish "rate" is an instalment, an amount of money
    ("what is the response rate of the survey", None, True),
])
def test_a_compound_rate_is_a_share_and_an_instalment_an_amount(text, counted, share):
    asked = analyse(text)
    assert asked.answer_type == "quantity" and asked.counted == counted and ("%" in asked.units) == share, asked


@pytest.mark.parametrize("text, counted", [
    ("how many shooting days did the productions have in 2025", "shooting days"),
    ("how many trade fairs do you attend", "trade fairs"),
    ("how many companies has the cluster", "companies"),
])
def test_an_english_count_of_a_compound_counts_its_head(text, counted):
    assert analyse(text).counted_as_asked == counted


@pytest.mark.parametrize("text, counted", [
    ("hvad var antallet af overnatninger i 2025", "overnatning"),
    ("hvad er målet for antal overnatninger i 2030", "overnatning"),
    ("hvad er antallet af nye medlemmer", "medlem"),
    ("hvad koster det for et antal personer", "kr"),  # a price, for some people
])
def test_the_number_of_a_thing_is_a_count_of_it(text, counted):
    asked = analyse(text)
    assert asked.answer_type == "quantity" and asked.counted == counted


def test_a_plus_or_an_ampersand_between_two_questions_parts_them():
    assert split_parts("hvad koster en foodtruckplads når man ikke er medlem + hvornår er deadline for at søge") == [
        "hvad koster en foodtruckplads når man ikke er medlem", "hvornår er deadline for at søge (foodtruckplads)"]
    assert split_parts("hvad koster det & hvornår er fristen") == ["hvad koster det", "hvornår er fristen"]


def test_what_happens_after_a_deadline_asks_for_the_consequence_not_a_date():
    assert analyse("hvad sker der hvis vi melder fra efter fristen").answer_type == "other"
    assert analyse("what happens if we miss the deadline").answer_type == "other"
    assert analyse("hvornår er fristen").answer_type == "date"


@pytest.mark.parametrize("text", ["depositum testkøkken?", "kontingent?", "husleje kontorplads?", "gebyret for afbud?"])
def test_a_charge_asked_by_its_noun_alone_asks_an_amount(text):
    question = analyse(text)
    assert (question.answer_type, question.counted) == ("quantity", "kr")


@pytest.mark.parametrize("text", ["hvad var netværkets samlede indtægter i 2024 og gav det overskud eller underskud",
                                  "hvor mange søgte i 2023 og fik de alle tilsagn"])
def test_a_yes_no_question_in_the_past_after_og_is_a_part_of_its_own(text):
    assert len(split_parts(text)) == 2


@pytest.mark.parametrize("text", ["hvad får de studerende i løn i ai piloten?", "hvad får en laborant i løn hos jer",
                                  "hvad får bestyrelsesmedlemmerne i honorar om året?"])
def test_what_someone_gets_in_pay_asks_an_amount(text):
    question = analyse(text)
    assert (question.answer_type, question.counted) == ("quantity", "kr")


def test_a_total_asked_by_its_noun_alone_asks_a_figure():
    assert analyse("samlet tilskud 2022?").answer_type == "quantity"
    assert analyse("samlet set er det godt?").answer_type == "other"  # "overall", no total


def test_whether_it_costs_anything_and_a_question_after_it_are_two_parts():
    """"koster ressourcescreeningen noget og hvor mange timer får man": whether it is free, and how many hours."""
    assert split_parts("koster ressourcescreeningen noget og hvor mange timer får man") == [
        "koster ressourcescreeningen noget", "hvor mange timer får man (ressourcescreeningen)"]
    assert len(split_parts("hedder ordningen stadig talentbro, og hvem kan søge")) == 2


def test_how_many_hours_names_its_unit_among_the_durations():
    assert "konsulenttimer".endswith(asked_time_unit("hvor mange timer får man")[0])
    assert "måneder" not in asked_time_unit("hvor mange timer får man")
    assert asked_time_unit("hvor lang tid tager det") == ()


def test_how_old_a_thing_may_be_is_answered_in_months_too():
    """"hvor gammel må vores ressourcescreening være": "op til 18 måneder gammel"."""
    assert "måneder" in measure_units("hvor gammel maa vores ressourcescreening være")
    assert "år" in measure_units("hvor gammel skal man være")


def test_the_askers_own_description_before_a_comma_is_not_what_a_later_part_asks_of():
    assert split_parts("we're a 5 person company in aarhus registered 8 months ago, can we apply for the new programme "
                       "now? how long do we need to be registered")[1] == "how long do we need to be registered"


def test_both_the_amount_and_the_share_are_two_parts():
    assert split_parts("hvor meget brugte rådet på administration i 2025, både kr og procent?") == [
        "hvor meget brugte rådet på administration i 2025 i kr", "hvor meget brugte rådet på administration i 2025 i procent"]


def test_the_size_of_a_project_is_its_budget():
    assert analyse("hvor stort skal projektet minimum være for at man kan søge").counted == "kr"


def test_when_the_asker_had_something_is_no_asked_date_nor_search_word():
    from app.question import dates_asked

    question = analyse("vi fik en videnkupon i juni 2025, hvornår kan vi tidligst søge igen")
    assert dates_asked(question.normalised) == [] and "juni" not in question.terms and "2025" not in question.terms
    assert [date.text for date in dates_asked("hvem var til mødet i juni 2025")] == ["juni 2025"]


def test_an_english_ordinal_round_with_words_between():
    from app.question import ordinal_steps_in_figures

    assert ordinal_steps_in_figures("the first 2026 application round") == "the 2026 application round 1"
    assert ordinal_steps_in_figures("the first IBF round") == "the IBF round 1"  # a programme's name between
    assert ordinal_steps_in_figures("the first time round") == "the first time round"  # not any word


def test_a_summer_closing_asks_opening_hours():
    from app.question import asks_opening_hours

    assert asks_opening_hours("holder erhvervsrådet sommerlukket i juli?")


def test_the_address_to_email_is_no_street_address():
    from app.question import asks_address

    assert not asks_address("who do i email about a loan application, need the address")
    assert asks_address("hvad er adressen på kontoret i hjørring")


@pytest.mark.parametrize("text, event", [
    ("hvor længe er jonas på orlov", "end"),  # the leave's end: "til og med 31. maj 2026"
    ("hvornår skal ansøgningen være inde", "deadline"),
])
def test_the_event_a_when_question_asks_about(text, event):
    assert asked_event(text) == event


def test_a_page_last_updated_states_no_deadline():
    """"Senest opdateret 8. januar 2026" heads an FAQ; its date is no deadline of what the FAQ answers."""
    assert EVENTS["deadline"].search("Madkraft Lolland-Falster · Senest opdateret 8. januar 2026") is None
    assert EVENTS["deadline"].search("Ansøgningen skal være modtaget senest 1. marts 2026") is not None


def test_the_offices_reply_after_the_applications_is_a_reply_date():
    assert EVENTS["reply"].search("Svar på ansøgningerne forventes nu senest den 29. maj 2026.") is not None
    assert EVENTS["reply"].search("så ansøgere i første runde kan forvente svar senest den 1. juli 2026") is not None
    assert EVENTS["reply"].search("Svar på ansøgninger fra runde 1 kan nu forventes senest den 25. maj 2026.") is not None
    assert EVENTS["reply"].search("Ansøgningen skal være modtaget senest 1. marts 2026.") is None


def test_kroner_asked_are_the_documents_kr():
    """"hvor mange kroner skal lolland kommune betale": the documents write "2.790.000 kr. fra Lolland Kommune"."""
    terms = analyse("hvor mange kroner skal lolland kommune betale ind i 2026").terms
    assert "kr" in terms and "kron" not in terms


@pytest.mark.parametrize("asked, later", [
    ("hvad hed programmet før og hvad hedder det nu", "hvad hedder det nu (programmet)"),
    ("what was the programme called before and what is it called now", "what is it called now (programme)"),
])
def test_a_later_part_asking_of_it_now_carries_the_thing_not_the_first_parts_before(asked, later):
    assert split_parts(asked)[1] == later


def test_a_later_part_carries_a_thing_whose_name_begins_with_an_event_word():
    """"etableringsgebyret" is a fee, not when something was founded: "hvad var det sidste år" asks of it too."""
    assert split_parts("hvad er etableringsgebyret på et vækstlån nu og hvad var det sidste år")[1] == \
        "hvad var det sidste år (etableringsgebyret et vækstlån nu)"


@pytest.mark.parametrize("asked", ["hvorfor er fristen blevet flyttet", "why was the deadline moved"])
def test_why_a_deadline_moved_asks_a_reason_not_a_date(asked):
    assert answer_type(asked) == "other"


def test_a_greeting_is_no_part_of_the_question():
    """"hej, hvornår blev ... godkendt og hvornår gik den reelt i gang": the later part asks of the programme, not of
    "hej"."""
    asked = analyse("hej, hvornår blev vækstmidt accelerator godkendt og hvornår gik den reelt i gang")
    assert asked.normalised.startswith("hvornår blev")
    assert split_parts(asked.normalised)[1] == "hvornår gik den reelt i gang (vækstmidt accelerator)"
