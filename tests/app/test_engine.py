"""The answer engine on the seed corpus, with the real model and index."""
import re

from app.engine_types import Turn

MEETINGS = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def test_a_figure_is_quoted_exactly_with_its_citation(seed_engine):
    answer = seed_engine.ask("Hvor stor var stigningen i benyttelsen af eksportordningerne i Region Midtjylland i 2009?")
    assert not answer.abstained
    assert "38,5 %" in answer.text
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert cited == {s.n for s in answer.sources}
    assert any("38,5 %" in " ".join(s.text.split()) for s in answer.sources)
    assert answer.sources[0].year == 2010 and answer.sources[0].section


def test_meeting_count_answer_cites_its_passage(seed_engine):
    answer = seed_engine.ask(MEETINGS)
    assert "373" in answer.text and answer.sources
    assert "373 møder" in " ".join(answer.sources[0].text.split())
    assert set(answer.timings) >= {"embed", "dense", "bm25", "fuse", "answer", "total"}


def test_english_question_gets_an_english_frame_around_danish_quotes(seed_engine):
    answer = seed_engine.ask("How many meetings has the internationalisation adviser held with companies?")
    assert answer.language == "en" and not answer.abstained
    assert "373" in answer.text
    assert answer.text.startswith("The documents say")


def test_follow_up_is_understood_in_context(seed_engine):
    first_question = "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
    first = seed_engine.ask(first_question)
    assert "288" in first.text
    follow_up = seed_engine.ask("Og i 2008?", history=[Turn(first_question, first.text)])
    assert not follow_up.abstained
    assert "208" in follow_up.text


def test_unanswerable_questions_abstain_with_suggestions(seed_engine):
    for question in ["Hvad er hovedstaden i Frankrig?", "Hvor mange virksomheder deltog i VækstMidt Accelerator i 2010?"]:
        answer = seed_engine.ask(question)
        assert answer.abstained, question
        assert answer.sources == [] and answer.suggestions
        assert "ikke finde svar" in answer.text


def test_stream_sends_sources_then_tokens_then_the_whole_answer(seed_engine):
    events = list(seed_engine.stream(MEETINGS))
    assert events[0].type == "sources" and events[0].data
    assert events[-1].type == "done"
    tokens = "".join(e.data for e in events if e.type == "token")
    assert tokens == events[-1].data.text and "373" in tokens


def test_programme_question_is_answered_by_the_finder(seed_engine):
    answer = seed_engine.ask("Vi er 80 ansatte og vil eksportere – hvad kan vi bruge?")
    assert answer.mode == "programmes" and answer.programmes
    assert "VækstMidt Accelerator" in answer.text and answer.sources
    assert any("250" in s.text for s in answer.sources)


def test_an_english_question_in_the_danish_ui_is_judged_as_english_but_framed_in_danish(seed_engine):
    answer = seed_engine.ask("What happened to Danish exports during the crisis in 2009?", language="da")
    assert not answer.abstained and "17,4" in answer.text
    assert answer.language == "da" and answer.text.startswith("Fra dokumenterne")


def test_a_factual_question_about_support_is_not_sent_to_the_programme_finder(seed_engine):
    answer = seed_engine.ask("Hvilke delinitiativer har Vækstforum vedtaget under JOBmidt?")
    assert answer.mode == "extractive" and "udenlandsk arbejdskraft" in answer.text
