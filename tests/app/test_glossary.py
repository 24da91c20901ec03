"""corpus/glossary.yaml and app/english_danish.yaml: English names and words that let an English question's lexical
search match Danish text."""
import pytest

from app.glossary import Glossary, GlossaryError, english_danish
from tests.conftest import CORPUS


def test_english_names_map_to_the_danish_terms_as_whole_words():
    glossary = Glossary.load(CORPUS / "glossary.yaml")
    assert glossary.danish_for("When does the Trade Council project end?") == ["Eksportrådet"]
    assert "regionale virksomhedsprogrammer" in glossary.danish_for("Which companies can use the regional programmes?")
    assert glossary.danish_for("What is the parliamentarian's view?") == []  # not "Parliament" inside a word


@pytest.mark.parametrize(("question", "danish"), [
    ("how do i register a new company in denmark", "iværksættere nystartede virksomheder"),  # listed: new companies
    ("what does the export scheme cover", "eksportordninger tilskudsordninger"),  # listed: export schemes
    ("is a small business eligible", "små og mellemstore virksomheder"),  # listed: small businesses
    ("which cluster works on food", "klynger netværk"),  # listed: clusters
])
def test_an_english_name_is_matched_in_the_singular_and_the_plural(question, danish):
    """Staff list a name once ("new companies"); people ask about "a new company"."""
    assert danish in Glossary.load(CORPUS / "glossary.yaml").danish_for(question)


def test_the_other_number_of_a_name_is_still_a_whole_word(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("- da: handlingsplan\n  en: [action plan]\n", encoding="utf-8")
    glossary = Glossary.load(path)
    assert glossary.danish_for("the action plans of 2012") == ["handlingsplan"]
    assert glossary.danish_for("an action planner") == []


def test_a_malformed_entry_is_named(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("- da: Eksportrådet\n  en: Trade Council\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"glossary.yaml: entry 1 needs"):
        Glossary.load(path)
    path.write_text("- da: Eksportrådet\n  en: []\n", encoding="utf-8")  # would match every text
    with pytest.raises(GlossaryError, match="non-empty"):
        Glossary.load(path)
    assert Glossary.load(tmp_path / "missing.yaml").danish_for("Trade Council") == []


def test_an_english_question_finds_the_danish_passage_through_the_glossary(seed_engine):
    prepared = seed_engine.prepare("Which companies can use the regional programmes?")
    assert "regionale virksomhedsprogrammer" in prepared.question.search_text
    assert any("op til 250 ansatte" in " ".join(r.chunk.text.split()) for r in prepared.retrieved)


def test_every_malformed_entry_names_its_field(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("- da: Eksportrådet\n  en: [Trade Council]\n- da: ' '\n  en: [Growth Forum, 2010]\n",
                    encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        Glossary.load(path)
    [line] = str(caught.value).splitlines()
    assert line.startswith(f"{path}: entry 2 needs")
    assert line.endswith("field 'da': is empty; field 'en', item 2: got 2010, must be text; put it in quotes if YAML "
                         "reads it as a number or date")


@pytest.mark.parametrize(("question", "danish"), [
    ("What surplus did the annual accounts for 2024 show?", ["overskud", "regnskab årsregnskab årsregnskabet"]),
    ("What is the e-mail address of the communications officer?", ["kommunikationsmedarbejder kommunikation presse", "adresse"]),
    ("What are the turnover requirements?", ["omsætning", "krav betingelser kriterier"]),
    # "pay" is what one pays, not a wage: a cancellation's price is no salary.
    ("if we cancel 3 working days before, what do we pay?",
     ["afbestilling afbestille afbud aflysning aflyse", "hverdage arbejdsdage"]),
    # The spouse programme is the documents' "Partnerprogrammet" for "medfølgende partnere".
    ("my wife wants to join the spouse program", ["ægtefælle ægtefæller medfølgende partner", "program programmet"]),
])
def test_the_domains_general_english_words_have_their_danish_words(question, danish):
    assert english_danish().danish_for(question) == danish


def test_an_english_question_finds_a_danish_figure_by_its_general_words(tmp_path):
    """"surplus" is "overskud": the Danish newsletter answers, not the English page of another body's accounts."""
    from app.engine import Engine
    from ingest.pipeline import ingest
    from tests.conftest import make_settings

    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "nyhedsbrev.md").write_text(
        "# Nyhedsbrev marts 2025\n\nFjordkant Vækstcenter har åbnet et nyt kontor i Lindhøj med plads til fire "
        "konsulenter.\n\n## Årsregnskab 2024\n\nPå bestyrelsesmødet den 27. februar 2025 godkendte bestyrelsen "
        "årsregnskabet. Regnskabet viser et overskud på 184.000 kr., som overføres til egenkapitalen.\n",
        encoding="utf-8")
    (settings.corpus_dir / "harbour-en.md").write_text(
        "# Fjordkant Harbour – facts for visitors\n\nThe harbour's annual accounts are published each spring. In "
        "2024 the harbour handled 1.2 million tonnes of cargo and welcomed 45 cruise ships.\n", encoding="utf-8")
    assert ingest(settings).failed == []
    answer = Engine(settings).ask("What surplus did Fjordkant Vækstcenter's annual accounts for 2024 show?")
    assert not answer.abstained and "184.000 kr." in answer.text.split("\n[")[0], answer.text


def test_an_english_question_naming_a_market_searches_its_danish_name(seed_engine):
    """"africa" is "Afrika" in the 2010 evaluation: the quote shares a word with the question, which an answer across
    languages needs (a quote sharing none is declined, however near its meaning)."""
    prepared = seed_engine.prepare("is anything planned for africa")
    assert "Afrika" in prepared.question.search_text
    answer = seed_engine.ask("is anything planned for africa")
    assert not answer.abstained and "Afrika initiativ" in answer.text, answer.text
