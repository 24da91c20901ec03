"""The BM25 side: Danish stemming and stop words, and figures written in different ways meeting."""
from app.lexical import LexicalIndex, tokenize
from app.vector_index import StoredChunk


def test_the_ways_of_writing_one_figure_meet():
    assert tokenize("38,5 %") == tokenize("38,5 pct.") == tokenize("38.5 percent") == tokenize("38,5 procent")
    assert tokenize("846.462 mio. kr.")[0] == tokenize("846462")[0]
    assert "846462" in tokenize("846,462")  # English thousands separator, read both ways
    assert tokenize("virksomhederne eksportordningerne") == ["virksomhed", "eksportordning"]
    assert tokenize("Hvor mange møder har der været?") == ["mød"]  # question and stop words carry no topic


def test_bm25_finds_a_figure_however_the_question_writes_it():
    chunks = [
        StoredChunk("a", "Benyttelsen er steget med 38,5 % i 2009 i forhold til 2008.", {"section": "Eksportrådet"}),
        StoredChunk("b", "Eksportværdien udgjorde 846.462 mio. kr. i 2008.", {"section": "Indledning"}),
        StoredChunk("c", "Eksportkvoten var ca. 49 % af BNP.", {"section": "Indledning"}),
    ]
    index = LexicalIndex.build(chunks)
    assert index.query("38.5 percent", 3)[0][0] == "a"
    assert index.query("eksport på 846462 millioner", 3)[0][0] == "b"
