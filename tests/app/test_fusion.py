"""Weighted reciprocal rank fusion (app/retrieve.py): what decides the order of passages from the dense and
the keyword search."""
from app.retrieve import Retrieval, fuse


def ranked(scores: dict[str, float]) -> list[str]:
    return sorted(scores, key=lambda chunk_id: -scores[chunk_id])


def test_a_passage_both_searches_find_beats_one_only_the_first_finds():
    scores = fuse([(["a", "b"], 2.0), (["b", "c"], 1.0)], rrf_k=60)
    assert ranked(scores) == ["b", "a", "c"]


def test_the_heavier_ranking_wins_a_tie_of_ranks():
    # "a" is first in dense search (weight 2), "c" first in keyword search (weight 1).
    scores = fuse([(["a"], 2.0), (["c"], 1.0)], rrf_k=60)
    assert ranked(scores) == ["a", "c"]
    assert scores["a"] == 2.0 / 61 and scores["c"] == 1.0 / 61


def test_a_larger_rrf_k_flattens_the_difference_between_ranks():
    steep = fuse([(["a", "b"], 1.0)], rrf_k=1)
    flat = fuse([(["a", "b"], 1.0)], rrf_k=600)
    assert steep["a"] / steep["b"] > flat["a"] / flat["b"] > 1.0


def test_relevance_is_judged_on_the_quoted_documents_best_dense_score():
    retrieval = Retrieval([], top_dense_score=0.9, dense_by_source={"plan.md": 0.9, "rapport.pdf": 0.82})
    assert retrieval.top_dense_in({"rapport.pdf"}) == 0.82  # not the unrelated plan's closer passage
    assert retrieval.top_dense_in({"plan.md", "rapport.pdf"}) == 0.9
    assert retrieval.top_dense_in({"ukendt.txt"}) == 0.9  # unknown: the best of all


def _retrieval(ids: list[str], dense: dict[str, float] | None = None) -> Retrieval:
    from app.retrieve import Retrieved
    from app.vector_index import StoredChunk

    dense = dense or {}
    return Retrieval([Retrieved(StoredChunk(i, f"tekst {i}", {"source": f"{i}.txt"}), 1.0, dense.get(i)) for i in ids], 0.9)


def test_the_passage_closest_in_meaning_is_promoted_when_it_shares_a_word_with_the_question():
    from app.retrieve import promote_evidence

    fused = _retrieval(["a", "b", "c", "d", "e"], dense={"a": 0.85, "b": 0.84, "e": 0.89})
    assert [r.chunk.id for r in promote_evidence(fused, [0.5, 0.4, 0.3, 0.2, 0.1], k=3)] == ["a", "b", "e"]
    # Sharing no word, it is a passage of another topic that only sounds near ("Card payments are accepted"
    # for an English question about subsidy schemes): the fused order stands.
    assert [r.chunk.id for r in promote_evidence(fused, [0.5, 0.4, 0.3, 0.2, 0.0], k=3)] == ["a", "b", "c"]


def test_the_dense_best_passage_does_not_give_way_to_deeper_evidence():
    from app.retrieve import promote_evidence

    retrieval = _retrieval(["a", "b", "c", "d", "e"], dense={"c": 0.9, "a": 0.8})
    assert [r.chunk.id for r in promote_evidence(retrieval, [0.3, 0.2, 0.1, 0.9, 1.0], k=3)] == ["a", "c", "e"]


def test_a_deeper_passage_whose_sentence_beats_the_top_ks_takes_the_last_place():
    from app.retrieve import promote_evidence

    retrieval = _retrieval(["a", "b", "c", "d", "e", "f"])
    promoted = promote_evidence(retrieval, [0.5, 1.0, 0.5, 0.5, 0.5, 1.5, 0.2][:6], k=3)
    assert [r.chunk.id for r in promoted] == ["a", "b", "f"]
    assert promoted.top_dense_score == 0.9


def test_no_deeper_passage_beats_the_top_k_so_the_fused_order_stands():
    from app.retrieve import promote_evidence

    retrieval = _retrieval(["a", "b", "c", "d", "e"])
    assert [r.chunk.id for r in promote_evidence(retrieval, [1.0, 0.2, 0.2, 1.0, 0.9], k=3)] == ["a", "b", "c"]
    # At most two give way, the best first.
    many = _retrieval(["a", "b", "c", "d", "e", "f"])
    assert [r.chunk.id for r in promote_evidence(many, [0.1, 0.1, 0.1, 1.2, 1.5, 1.4], k=3)] == ["a", "e", "f"]


def test_the_passages_giving_way_are_those_with_the_least_evidence_not_the_last():
    """The 2010 plan's "bistand til mindre" passage, fourth of five, holds the top five's best sentence: two
    deeper passages of later documents take the places of weaker ones, not its place."""
    from app.retrieve import promote_evidence

    retrieval = _retrieval(["a", "b", "c", "d", "e", "f", "g"])
    promoted = promote_evidence(retrieval, [0.3, 0.1, 0.2, 0.9, 0.1, 1.2, 1.1], k=5)
    assert [r.chunk.id for r in promoted] == ["a", "c", "d", "f", "g"]


def test_a_top_k_of_one_stays_one_passage():
    from app.retrieve import promote_evidence

    retrieval = _retrieval(["a", "b", "c"])
    assert [r.chunk.id for r in promote_evidence(retrieval, [0.1, 1.2, 1.5], k=1)] == ["c"]
