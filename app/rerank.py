"""Optional reranker: a sentence-transformers CrossEncoder from a local path (RAADGIVER_RERANKER_PATH).
Off by default: no multilingual cross-encoder can be installed offline here."""
from __future__ import annotations

from dataclasses import replace


class CrossEncoderReranker:
    def __init__(self, path: str):
        from sentence_transformers import CrossEncoder  # imports torch: only when configured

        try:
            self._model = CrossEncoder(path, device="cpu")
        except Exception as exc:
            raise ValueError(f"RAADGIVER_RERANKER_PATH={path!r} is not a loadable CrossEncoder: {exc}") from exc

    def rerank(self, query: str, results: list) -> list:
        if not results:
            return results
        scores = self._model.predict([(query, result.chunk.text) for result in results])
        return [replace(result, score=float(score)) for score, result in sorted(zip(scores, results), key=lambda x: -x[0])]
