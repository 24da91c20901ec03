"""Telling "which programme fits us?" apart from factual questions, and reading the company out of it."""
import pytest

from app.programmes.intent import is_programme_question, profile_from_text
from app.programmes.profile import fact_labels, find_markets


@pytest.mark.parametrize("question", [
    "Vi er 80 ansatte og vil eksportere – hvad kan vi bruge?",
    "Hvilket program passer til os?",
    "hvilket program passer til os?",
    "Which programme suits a new company?",
    "What support can a 12-person start-up get for exporting to Germany?",
    "Vi er en nystartet virksomhed – hvilke tilbud kan vi få?",
    "Vi er en nystartet virksomhed – hvor kan vi få hjælp til eksport?",
    "We have 200 employees and want to enter the Chinese market. What can we use?",
    "We have 200 employees and want to sell in China. What can we use?",
    "Hvad kan en virksomhed med 30 ansatte få hjælp til?",
    "Can my company get help finding partners in Germany?",
    "Vi leder efter en samarbejdspartner i Tyskland",
    "Jeg har en virksomhed med 12 ansatte – hvilken støtte findes der til eksport?",
    "Vores firma har 45 medarbejdere. Hvilke tilbud er der til eksport?",
    "Is there a programme for a start-up that wants to sell in Sweden?",
    "I run a small company and need help with exports to Norway",
    "Vi er 40 ansatte og vil eksportere til Tyskland",
    "Hvilket af programmerne passer bedst til en virksomhed i fødevarebranchen?",
    # Written after the phrasing table was passing, to check the rules generalise (three failed before).
    "hej, vi er et lille firma på 6 personer der laver høreapparater og gerne vil ud i verden - hvor starter vi?",
    "Vores tømrerfirma har 35 svende og overvejer eksport til Norge. Er der nogen der kan rådgive os?",
    "we're a danish food startup (2 years old) looking for distributors in germany - any programmes?",
    # Programmes are often called "forløb".
    "vi er en produktionsvirksomhed med 45 ansatte og overvejer robotter til pakning. hvilket forløb skal vi gå efter?",
    # "har I noget ...": asking the office what it has.
    "jeg har lige startet en enkeltmandsvirksomhed og har ingen ansatte endnu. har i noget gratis hjælp til sådan en som mig?",
    "We are a two-person bakery. Do you have any support for us?",
])
def test_programme_questions_are_recognised(question):
    assert is_programme_question(question)


@pytest.mark.parametrize("question", [
    # Companies in the plural, "man", and a bare "vil/støtte/rådgivning" ask what the documents say.
    "Hvilke virksomheder har fået støtte fra Vækstforum?",
    "Hvilken rådgivning har man givet virksomhederne?",
    "Hvad vil vi opnå med eksportindsatsen?",
    "What support did companies receive in Shanghai?",
    "Hvilken støtte kan man få til eksport?",
    "Hvilke delinitiativer har Vækstforum vedtaget under JOBmidt?",
    "Hvad skal sikres i et fremtidigt eksport- og internationaliseringsprogram?",
    "Hvordan kan større virksomheder bidrage til mindre virksomheders internationalisering?",
    "Hvilken målsætning har regeringen opstillet for små og mellemstore virksomheder?",
    # Facts (when, how many, what for) about programmes.
    "Hvor mange møder har internationaliseringsrådgiveren haft?",
    "Hvornår blev VækstMidt Accelerator igangsat?",
    "Hvad er formålet med samarbejdet med Eksportrådet?",
    "Which programme does the region run together with Symbion in Copenhagen?",
    "Hvornår kan vi søge VækstMidt Accelerator?",
    "Jeg vil gerne vide, hvornår VækstMidt-programmet blev godkendt",
    "How many employees can a company have to use the Trade Council's schemes?",
    "Hvor mange virksomheder deltog i VækstMidt Accelerator i 2010?",
    "What happened to Danish exports during the crisis in 2009?",
    "Hvad er hovedstaden i Frankrig?",
    # Staff questions about plans, figures and the region itself, found by a review of the wider rules.
    "Hvad skal vi opnå med eksportindsatsen?",
    "Hvor skal vi investere i de kommende år?",
    "Hvad findes der af tal for eksporten til Tyskland?",
    "Vi vil øge eksporten med 10 procent frem mod 2030 – hvad står der om målet?",
    "How many companies do we want to help export in 2025?",
    "When do we plan to expand the Shanghai office?",
    "Who do we want to hire for the Brussels office?",
    "Kan du hjælpe mig med at finde strategien for 2023?",
    "Can you help me find the 2024 budget figures?",
    "Hvad kan regionen gøre for at øge eksporten?",
    "Is there any funding allocated to clusters in 2024?",
    "Jeg leder efter tal for eksportmarkederne",
    "Hvilken støtte har nystartede virksomheder fået fra StartMidt?",
    "Hvilke tilbud fik de nyetablerede virksomheder i 2009?",
    # "the startup" is any startup a document's rule speaks of, not the asker's company.
    "how many hours a week does at least one founder need to put into the startup to be eligible",
    "hvor mange timer skal en stifter bruge på den nystartede virksomhed for at kunne komme med",
    # The amount one may get is a figure of the documents, whoever asks; an association is no company.
    "jeg har et lille gårdbageri med 4 ansatte, hvad er det max jeg kan få i tilskud?",
    "we are 20 people, how much can we get in grants?",
    "vi er en forening med 40 medlemmer, kan vi overhovedet søge hos jer?",
    "vores lokalråd vil gerne lave en legeplads, kan vi få støtte?",
])
def test_factual_questions_are_left_to_the_answer_engine(question):
    assert not is_programme_question(question)


@pytest.mark.parametrize("text, employees", [
    ("Vi er 80 ansatte og vil eksportere", 80),
    ("Vi har 80 medarbejdere", 80),
    ("What support can a 12-person start-up get?", 12),
    ("We have 200 employees", 200),
    ("Koncernen har 1.200 ansatte", 1200),
    ("en 30-mands virksomhed", 30),
    ("Hvilket program passer til os?", None),
])
def test_employees_are_read_from_the_text(text, employees):
    profile, _ = profile_from_text(text)
    assert profile.employees == employees


@pytest.mark.parametrize("text, new_company, founded_year", [
    ("Vi er en nystartet virksomhed", True, None),
    ("Jeg er iværksætter", True, None),
    ("a 12-person start-up", True, None),
    ("Which programme suits a new company?", True, None),
    ("Vi er en veletableret virksomhed", False, None),
    ("Virksomheden blev grundlagt i 1998", None, 1998),
    ("We founded our company in 2024", None, 2024),
    ("Vi vil eksportere", None, None),
])
def test_company_age_is_read_from_the_text(text, new_company, founded_year):
    profile, _ = profile_from_text(text)
    assert (profile.new_company, profile.founded_year) == (new_company, founded_year)


def test_markets_in_danish_and_english_become_danish_market_names():
    profile, _ = profile_from_text("Vi vil til Tyskland og måske senere det kinesiske marked")
    assert profile.markets == ["Tyskland", "Kina"]
    profile, _ = profile_from_text("We want partners in Germany, Sweden and St. Petersburg")
    assert profile.markets == ["Tyskland", "Sverige", "Rusland"]


def test_the_goal_is_the_question_and_sector_words_are_picked_up():
    text = "Vi er 40 ansatte i fødevarebranchen og vil eksportere"
    profile, _ = profile_from_text(text)
    assert profile.goal == text
    assert profile.sector == "fødevarer"


def test_missing_facts_are_listed_and_rendered_in_both_languages():
    _, missing = profile_from_text("Hvilket program passer til os?")
    assert missing == ["employees", "company_age", "markets"]
    assert fact_labels(missing, "da") == ["antal ansatte", "virksomhedens alder", "målmarkeder"]
    assert fact_labels(missing, "en") == ["number of employees", "company age", "target markets"]
    _, missing = profile_from_text("What support can a 12-person start-up get for exporting to Germany?")
    assert missing == []


def test_market_names_do_not_match_inside_other_words():
    assert find_markets("Det er ukendt og neutralt") == []  # neither "uk" nor "eu"
    assert [m.da for m in find_markets("messe i München, derefter EU")] == ["Tyskland", "Europa"]
    assert find_markets("Tyskland")[0].region == "Europa"


@pytest.mark.parametrize("question, unlisted", [
    ("vi er 3 mand i et lille bageri, hvor meget kan vi max få i tilskud fra smagsløft?", True),
    ("how much funding from Smagsløft can a bakery get?", True),
    ("vi er 3 mand, hvor meget kan vi få i tilskud fra VITUS?", False),  # the catalogue's own programme
    ("vi er 3 mand, hvor meget kan vi få i tilskud?", False),  # no scheme named
    ("We're a German company. Can we apply for your certification grant?", True),  # a grant the documents name
    ("kan vi søge certificeringstilskuddet", True),
    ("kan vi søge jeres cykelpulje til at købe elcykler?", True),  # a scheme no document names: theirs to decline
])
def test_a_scheme_named_as_the_grants_giver_is_asked_of_the_documents_when_the_catalogue_lacks_it(question, unlisted):
    """"tilskud fra smagsløft": a programme a document describes but the catalogue does not list; the catalogue's
    other programmes are no answer to how much it gives."""
    from app.normalise import Vocabulary
    from app.programmes.intent import names_unlisted_scheme

    listed = Vocabulary.of(["VITUS", "Vækstmidt Accelerator"])
    headed = Vocabulary.of(["Smagsløft 2024-2026", "VITUS"])
    assert names_unlisted_scheme(question, listed, headed) is unlisted
