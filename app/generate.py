"""Optional generative answers through any OpenAI-compatible endpoint (OpenAI, Azure, vLLM, llama.cpp
server, Ollama) with LangChain's ChatOpenAI. The model sees numbered passages and must cite them as [n].

The answer is a LangChain Runnable chain, `ANSWER_PROMPT | chat model | StrOutputParser()`; `rag_chain` puts
raadgiver's retriever in front of it for a LangChain user's own pipeline (README, "Raadgiver in a LangChain
chain"). Guard: every number in the generated text must occur in a passage it cites, and every [n] must
exist. Otherwise the extractive answer is returned instead, with the reason in `fallback_reason`."""
from __future__ import annotations

import logging
import re
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableParallel, RunnablePassthrough

from app.core.answer_types import Answer, StreamEvent
from app.core.config import Settings
from app.core.log_setup import request_id_var
from app.core.timing import ms_since
from app.langchain_retriever import to_document
from app.lexical import number_forms
from app.question import Question
from app.retrieve import Retrieved, sources_of

if TYPE_CHECKING:
    from app.prepared import Prepared

log = logging.getLogger(__name__)

NOT_FOUND = "IKKE_I_DOKUMENTERNE"
_CITATION = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

SYSTEM_PROMPT = f"""You answer questions about a Danish region's public strategy documents.
Use only the numbered passages below. After every claim, cite its passage as [n].
Quote figures exactly as the passage writes them (e.g. "846.462 mio. kr.", "38,5 %"); never compute or
invent a number. Answer in {{language}}, in at most three sentences.
If the passages do not answer the question, reply exactly: {NOT_FOUND}"""

# Variables: language ("Danish"/"English"), passages (format_passages), question.
ANSWER_PROMPT = ChatPromptTemplate.from_messages(
    [("system", SYSTEM_PROMPT + "\n\nPassages:\n{passages}"), ("human", "{question}")]
)


def format_passages(documents: list[Document]) -> str:
    """Numbered passages, [1] first, each with its title, year and section."""
    return "\n\n".join(
        f"[{n}] ({doc.metadata.get('title', '')}, {doc.metadata.get('year', '')}; {doc.metadata.get('section', '')})\n"
        f"{doc.page_content}"
        for n, doc in enumerate(documents, start=1)
    )


def answer_chain(chat: BaseChatModel) -> Runnable:
    """{"language", "passages", "question"} -> the model's answer text."""
    return ANSWER_PROMPT | chat | StrOutputParser()


def rag_chain(retriever: BaseRetriever, chat: BaseChatModel, language: str = "Danish") -> Runnable:
    """A question -> an answer citing raadgiver's passages as [n] (unguarded: check it with guard_problem)."""
    return RunnableParallel(
        passages=retriever | format_passages, question=RunnablePassthrough(), language=lambda _: language
    ) | answer_chain(chat)


class GenerativeAnswerer:
    def __init__(self, settings: Settings):
        from langchain_openai import ChatOpenAI

        if not settings.llm_model:
            raise ValueError("RAADGIVER_LLM_BASE_URL is set but RAADGIVER_LLM_MODEL is empty: name the model to use")
        self._chain = answer_chain(ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key.get_secret_value() or "not-needed",
            timeout=settings.llm_timeout_s,
            max_retries=1,
            temperature=0,
        ))

    def _inputs(self, q: Question, retrieved: list[Retrieved]) -> dict[str, str]:
        earlier = f"(Earlier question in this conversation: {q.last_question})\n" if q.follow_up else ""
        return {
            "language": "Danish" if q.reply_language == "da" else "English",
            "passages": format_passages([to_document(source) for source in sources_of(retrieved)]),
            "question": earlier + q.text,
        }

    def answer(self, q: Question, retrieved: list[Retrieved], fallback: Answer) -> Answer:
        try:
            text = self._chain.invoke(self._inputs(q, retrieved))
        except Exception as exc:  # endpoint down, timeout, bad key: the extractive answer still serves
            return replace(fallback, fallback_reason=_failed(exc))
        return self._checked(text, retrieved, fallback)

    def stream(self, prepared: "Prepared") -> Iterator[StreamEvent]:
        """Sources first, then the model's tokens as they arrive, then the checked final answer."""
        q, retrieved, fallback, timings = prepared.question, prepared.retrieved, prepared.answer, prepared.timings
        if fallback.mode != "extractive":  # abstention or programme answer: nothing to generate
            yield StreamEvent("sources", fallback.sources)
            yield StreamEvent("token", fallback.text)
            fallback.timings = {**timings, "total": ms_since(prepared.started)}
            yield StreamEvent("done", fallback)
            return
        yield StreamEvent("sources", sources_of(retrieved))
        pieces: list[str] = []
        step = time.perf_counter()
        try:
            for piece in self._chain.stream(self._inputs(q, retrieved)):
                if piece:
                    pieces.append(piece)
                    yield StreamEvent("token", piece)
            answer = self._checked("".join(pieces), retrieved, fallback)
        except Exception as exc:
            answer = replace(fallback, fallback_reason=_failed(exc))
        answer.timings = {**timings, "generate": ms_since(step), "total": ms_since(prepared.started)}
        yield StreamEvent("done", answer)

    def _checked(self, text: str, retrieved: list[Retrieved], fallback: Answer) -> Answer:
        text = text.strip()
        if NOT_FOUND in text:
            return replace(fallback, fallback_reason="the language model found no answer in the passages")
        problem = guard_problem(text, [r.chunk.text for r in retrieved])
        if problem:
            return replace(fallback, fallback_reason=problem)
        cited = sorted({int(n) for n in _CITATION.findall(text)})
        sources = [s for s in sources_of(retrieved) if s.n in cited]
        return Answer(text=text, abstained=False, sources=sources, language=fallback.language, mode="generative")


def _failed(exc: Exception) -> str:
    """Why the extractive answer stands in, for the client: no endpoint URL, key or exception text (logged)."""
    log.warning("the language model failed: %s", exc)
    return ("the language model did not answer; the extractive answer is given instead (the service's log has "
            f"the cause under request id {request_id_var.get()})")


def guard_problem(text: str, passages: list[str]) -> str | None:
    """Why a generated answer cannot be trusted, or None. Passage n is passages[n-1]."""
    cited = [int(n) for n in _CITATION.findall(text)]
    if not cited:
        return "the generated answer cites no passage"
    missing = sorted({n for n in cited if not 1 <= n <= len(passages)})
    if missing:
        return f"the generated answer cites passage(s) {missing} that do not exist"
    available: set[str] = set()
    for n in set(cited):
        for raw in _NUMBER.findall(passages[n - 1]):
            available.update(number_forms(raw))
    for raw in _NUMBER.findall(_CITATION.sub(" ", text)):
        if not set(number_forms(raw)) & available:
            return f"the generated answer contains the figure {raw!r}, which no cited passage contains"
    return None

