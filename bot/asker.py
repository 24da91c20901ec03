"""How the bot gets its answers: from the answer engine in this process (the default), or from a raadgiver
API elsewhere when RAADGIVER_SLACK_ENGINE_URL is set (a bot process without the index on its disk)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from app.core.config import Settings
from app.engine_types import Answer, Source, Turn

if TYPE_CHECKING:  # the engine pulls in Chroma and the embedding model; the HTTP bot never needs them
    from app.engine import Engine


class Asker(Protocol):
    def ask(self, question: str, history: Sequence[Turn]) -> Answer: ...


class EngineAsker:
    """Asks the engine in this process, fetched per question: the API builds its engine on first use."""

    def __init__(self, get_engine: Callable[[], Engine]):
        self._get_engine = get_engine

    def ask(self, question: str, history: Sequence[Turn]) -> Answer:
        return self._get_engine().ask(question, history=history)


class HttpAsker:
    """Asks a running raadgiver API: POST {base_url}/v1/ask.

    The API keeps conversations itself and takes no history; for a follow-up the thread's earlier
    questions are asked first in a fresh API conversation, which works whichever bot process, API
    worker or conversation lifetime is involved, at the price of one extra request per earlier turn."""

    def __init__(self, base_url: str, timeout_s: float):
        self._url = base_url.rstrip("/") + "/v1/ask"
        self._timeout_s = timeout_s

    def ask(self, question: str, history: Sequence[Turn]) -> Answer:
        conversation_id = None
        for turn in history:
            conversation_id = self._post(turn.question, conversation_id)["conversation_id"]
        return answer_from_json(self._post(question, conversation_id))

    def _post(self, question: str, conversation_id: str | None) -> dict[str, Any]:
        payload: dict[str, Any] = {"question": question}
        if conversation_id:
            payload["conversation_id"] = conversation_id
        response = httpx.post(self._url, json=payload, timeout=self._timeout_s)
        if response.is_error:
            raise RuntimeError(
                f"the raadgiver API at {self._url} (RAADGIVER_SLACK_ENGINE_URL) answered "
                f"HTTP {response.status_code}: {response.text[:300]}"
            )
        return response.json()


def answer_from_json(data: dict[str, Any]) -> Answer:
    """Rebuild an Answer from the API's AskResponse JSON; fields the bot does not use are dropped."""
    known = {f.name for f in dataclasses.fields(Answer)}
    fields = {key: value for key, value in data.items() if key in known}
    fields["text"] = data["answer"]
    fields["sources"] = [_source(s) for s in data.get("sources") or []]
    fields["suggestions"] = [_source(s) for s in data.get("suggestions") or []]
    return Answer(**fields)


def _source(data: dict[str, Any]) -> Source:
    known = {f.name for f in dataclasses.fields(Source)}
    return Source(**{key: value for key, value in data.items() if key in known})


def build_asker(settings: Settings, get_engine: Callable[[], Engine]) -> Asker:
    if settings.slack_engine_url:
        # The API may itself wait for a language model for llm_timeout_s; leave it room to answer.
        return HttpAsker(settings.slack_engine_url, timeout_s=settings.llm_timeout_s + 30)
    return EngineAsker(get_engine)
