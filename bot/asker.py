"""How the bot gets its answers: from the answer engine in this process (the default), or from a raadgiver
API elsewhere when RAADGIVER_SLACK_ENGINE_URL is set (a bot process without the index on its disk)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from app.core.answer_types import MAX_HISTORY_ANSWER_CHARS, MAX_HISTORY_TURNS, Answer, Source, Turn
from app.core.config import Settings

if TYPE_CHECKING:  # the engine pulls in Chroma and the embedding model; the HTTP bot never needs them
    from app.engine import Engine


class Asker(Protocol):
    def ask(self, question: str, history: Sequence[Turn]) -> Answer: ...


class EngineAsker:
    """Asks the engine in this process, fetched per question: the API builds its engine on first use."""

    def __init__(self, get_engine: Callable[[], Engine]):
        self._get_engine = get_engine

    def ask(self, question: str, history: Sequence[Turn]) -> Answer:
        engine = self._get_engine()
        # Raises EngineUnavailable over an empty index: the user gets the apology, not "the documents do not say".
        engine.check_ready()
        return engine.ask(question, history=history)


class HttpAsker:
    """Asks a running raadgiver API: POST {base_url}/v1/ask, with the thread's earlier turns as `history`,
    so a follow-up is one request whichever bot process, API worker or conversation lifetime is involved."""

    def __init__(self, base_url: str, timeout_s: float):
        self._url = base_url.rstrip("/") + "/v1/ask"
        # One client for every question: its connection pool keeps connections to the API open.
        # The API logs a question asked through it unless the caller logs it itself: the bot does.
        self._client = httpx.Client(timeout=timeout_s, headers={"X-Raadgiver-Channel": "slack"})

    def ask(self, question: str, history: Sequence[Turn]) -> Answer:
        payload: dict[str, Any] = {"question": question}
        earlier = [turn for turn in history if turn.question.strip()][-MAX_HISTORY_TURNS:]
        if earlier:
            payload["history"] = [
                {"question": turn.question, "answer": turn.answer[:MAX_HISTORY_ANSWER_CHARS]} for turn in earlier
            ]
        response = self._client.post(self._url, json=payload)
        if response.is_error:
            raise RuntimeError(
                f"the raadgiver API at {self._url} (RAADGIVER_SLACK_ENGINE_URL) answered "
                f"HTTP {response.status_code}: {response.text[:300]}"
            )
        return answer_from_json(response.json())


def answer_from_json(data: dict[str, Any]) -> Answer:
    """Rebuild an Answer from the API's AskResponse JSON; fields the bot does not use are dropped."""
    known = {f.name for f in dataclasses.fields(Answer)}
    fields = {key: value for key, value in data.items() if key in known}
    fields["text"] = data["answer"]
    fields["sources"] = [_source(s) for s in data.get("sources") or []]
    fields["suggestions"] = [_source(s) for s in data.get("suggestions") or []]
    # An API from before issue 11 sends neither; blocks.contact_fields decides what of a contact is shown.
    fields["route"] = data.get("route") or "documents"
    fields["contact"] = data.get("contact") if isinstance(data.get("contact"), dict) else None
    return Answer(**fields)


def _source(data: dict[str, Any]) -> Source:
    known = {f.name for f in dataclasses.fields(Source)}
    return Source(**{key: value for key, value in data.items() if key in known})


def build_asker(settings: Settings, get_engine: Callable[[], Engine]) -> Asker:
    if settings.slack_engine_url:
        # The API may itself wait for a language model for llm_timeout_s; leave it room to answer.
        return HttpAsker(settings.slack_engine_url, timeout_s=settings.llm_timeout_s + 30)
    return EngineAsker(get_engine)
