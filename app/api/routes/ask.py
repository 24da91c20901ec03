"""POST /v1/ask: a cited answer, as one JSON object or streamed as server-sent events.

The engine is synchronous (embedding, Chroma, BM25), so every call to it runs in a worker thread and the
event loop stays free for other requests while an answer is computed or streamed."""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any, NamedTuple

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from app.api import deps
from app.api.deps import AppServices
from app.api.errors import engine_unavailable_detail, question_too_long
from app.api.schemas import AskRequest, AskResponse, SourceOut, problem_responses
from app.core.answer_types import Answer, Turn
from app.core.log_setup import request_id_var
from app.core.problem_details import problem_body
from app.database.errors import StorageUnavailable
from app.engine import Engine, EngineUnavailable
from app.vector_index import IndexMismatch

log = logging.getLogger("raadgiver.api")

router = APIRouter(tags=["answers"], dependencies=[Depends(deps.rate_limited)])

EVENT_STREAM = "text/event-stream"


class Conversation(NamedTuple):
    id: str
    history: list[Turn]
    saved: bool = True  # False: the database failed on opening it, so this turn is not recorded either


def _event_schema(name: str, data_schema: dict[str, Any]) -> dict[str, Any]:
    """One kind of server-sent event: its name, and its `data` line as JSON of the given schema."""
    data = {"type": "string", "contentMediaType": "application/json", "contentSchema": data_schema}
    return {"properties": {"event": {"const": name}, "data": data}}


def _component(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_STREAM_DOC = {
    "description": "A cited answer. With `Accept: text/event-stream` (always at /v1/ask/stream) it arrives as "
    "server-sent events: `event: status` (data: {\"stage\": \"searching\"}) at once, then `event: sources` (data: "
    "sources, conversation_id, message_id), then `event: token` (data: {\"text\": ...}), one per line of the answer "
    "as it is composed; the last event is `event: done` whose data is the same object the JSON response has. A "
    "failure after the stream started arrives as `event: error` with problem details.",
    "content": {
        EVENT_STREAM: {
            # OpenAPI 3.2's way to describe each event of a stream; FastAPI uses it for its own SSE routes too.
            "itemSchema": {
                "type": "object",
                "required": ["event", "data"],
                "oneOf": [
                    _event_schema(
                        "status",
                        {"type": "object", "required": ["stage"], "properties": {"stage": {"enum": ["searching"]}}},
                    ),
                    _event_schema(
                        "sources",
                        {
                            "type": "object",
                            "required": ["sources", "conversation_id", "message_id"],
                            "properties": {
                                "sources": {"type": "array", "items": _component("SourceOut")},
                                "conversation_id": {"type": "string"},
                                "message_id": {"type": "string"},
                            },
                        },
                    ),
                    _event_schema(
                        "token", {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
                    ),
                    _event_schema("done", _component("AskResponse")),
                    _event_schema("error", _component("Problem")),
                ],
            },
            "example": 'event: status\ndata: {"stage": "searching"}\n\n'
            'event: sources\ndata: {"sources": [], "conversation_id": "…", "message_id": "…"}\n\n'
            'event: token\ndata: {"text": "Fra dokumenterne: "}\n\n'
            'event: done\ndata: {"answer": "Fra dokumenterne: …", "abstained": false, …}\n\n',
        }
    },
}


@router.post(
    "/v1/ask",
    response_model=AskResponse,
    summary="Ask a question; get a cited answer",
    responses={200: _STREAM_DOC, **problem_responses(400, 404, 415, 422, 429, 503)},
)
async def ask(
    body: AskRequest,
    request: Request,
    services: deps.Services,
    engine: deps.ReadyEngine,
) -> Any:
    conversation = await _open_conversation(body, services)
    message_id = uuid.uuid4().hex
    if EVENT_STREAM in request.headers.get("accept", ""):
        return _event_stream(engine, services, body, conversation, message_id, channel_of(request))
    answer = await run_in_threadpool(engine.ask, body.question, conversation.history, body.language)
    await _record(services, conversation, message_id, body.question, answer, channel_of(request))
    return AskResponse.of(answer, conversation.id, message_id)


@router.post(
    "/v1/ask/stream",
    summary="Ask a question; the answer streams as server-sent events",
    response_class=StreamingResponse,
    responses={200: _STREAM_DOC, **problem_responses(400, 404, 415, 422, 429, 503)},
)
async def ask_stream(
    body: AskRequest,
    request: Request,
    services: deps.Services,
    engine: deps.ReadyEngine,
) -> StreamingResponse:
    conversation = await _open_conversation(body, services)
    return _event_stream(engine, services, body, conversation, uuid.uuid4().hex, channel_of(request))


async def _open_conversation(body: AskRequest, services: AppServices) -> Conversation:
    """The conversation to answer in and its earlier turns: the given conversation, or a new one (holding the
    request's history, if any).

    The database failing (full disk, read-only file) never stops the answer, it only loses the conversation: a new
    one gets an id that was never stored, so a follow-up with it is answered 404 "unknown or has expired" and
    starts a new conversation (the web chat does so by itself); a given one whose turns cannot be read is
    answered as a first question."""
    limit = services.settings.max_question_chars
    if len(body.question) > limit:
        raise question_too_long("body", "question", limit)
    for i, turn in enumerate(body.history or []):
        if len(turn.question) > limit:
            raise question_too_long("body", f"history.{i}.question", limit)
    if body.conversation_id is not None and body.history is not None:
        message = "give either conversation_id (the service keeps the turns) or history (you send them), not both"
        raise RequestValidationError(
            [{"type": "value_error", "loc": ("body", field), "msg": message, "input": None}
             for field in ("conversation_id", "history")]
        )
    if body.conversation_id is None:
        turns = [Turn(**turn.model_dump()) for turn in body.history or []]
        try:
            return Conversation(await run_in_threadpool(_start_conversation, services, turns), turns)
        except StorageUnavailable as exc:
            unsaved = uuid.uuid4().hex
            _warn_not_saved(unsaved, exc)
            return Conversation(unsaved, turns, saved=False)
    try:
        history = await run_in_threadpool(services.conversations.history, body.conversation_id)
    except StorageUnavailable as exc:
        _warn_not_saved(body.conversation_id, exc)
        return Conversation(body.conversation_id, [], saved=False)
    if history is None:
        raise HTTPException(
            404,
            f"conversation {body.conversation_id!r} is unknown or has expired (conversations last "
            f"{services.settings.conversation_ttl_hours:g} hours after their last question); "
            "start a new conversation by sending the question without conversation_id",
        )
    return Conversation(body.conversation_id, history)


def _start_conversation(services: AppServices, turns: list[Turn]) -> str:
    conversation_id = services.conversations.start()
    for turn in turns:  # so that the conversation_id the answer carries continues with these turns
        services.conversations.add_turn(conversation_id, uuid.uuid4().hex, turn.question, turn.answer)
    return conversation_id


# Which front door a question came through, for the question log: the chat page says "web" or "widget"; the
# Slack bot says "slack" and logs its questions itself (it knows the thread its feedback refers to).
CHANNEL_HEADER = "X-Raadgiver-Channel"


def channel_of(request: Request) -> str:
    channel = request.headers.get(CHANNEL_HEADER, "").strip().lower()
    return channel if channel in ("web", "widget", "slack") else "api"


async def _record(
    services: AppServices, conversation: Conversation, message_id: str, question: str, answer: Answer, channel: str
) -> None:
    services.metrics.count_answer(answer)
    if channel != "slack":
        try:
            await run_in_threadpool(services.questions.record, question, answer, channel, conversation.id, message_id)
        except StorageUnavailable as exc:
            log.warning("question not logged (the answer is sent all the same): %s", exc)
    if not conversation.saved:
        return
    try:
        await run_in_threadpool(services.conversations.add_turn, conversation.id, message_id, question, answer.text)
    except StorageUnavailable as exc:
        # The answer matters more than its record. The conversation keeps the turns saved before, so a
        # follow-up goes on as if this question had not been asked.
        _warn_not_saved(conversation.id, exc)


def _warn_not_saved(conversation_id: str, exc: StorageUnavailable) -> None:
    # The message names the database file, the setting (RAADGIVER_DATA_DIR) and the fix.
    log.warning("conversation %s was not saved (the answer is sent all the same): %s", conversation_id, exc)


def _event_stream(
    engine: Engine, services: AppServices, body: AskRequest, conversation: Conversation, message_id: str, channel: str
) -> StreamingResponse:
    async def events() -> AsyncIterator[str]:
        try:
            stream = await run_in_threadpool(engine.stream, body.question, conversation.history, body.language)
            async for event in iterate_in_threadpool(stream):
                if event.type == "sources":
                    sources = [SourceOut.model_validate(s).model_dump() for s in event.data]
                    yield _sse("sources", {"sources": sources, "conversation_id": conversation.id, "message_id": message_id})
                elif event.type == "status":
                    yield _sse("status", {"stage": event.data})
                elif event.type == "token":
                    yield _sse("token", {"text": event.data})
                else:
                    await _record(services, conversation, message_id, body.question, event.data, channel)
                    yield _sse("done", AskResponse.of(event.data, conversation.id, message_id).model_dump(mode="json"))
        except (EngineUnavailable, IndexMismatch) as exc:
            yield _sse("error", problem_body(503, engine_unavailable_detail(exc)))
        except Exception:
            log.exception("answer stream failed")
            detail = f"internal error while answering; quote request id {request_id_var.get()} when you report it"
            yield _sse("error", problem_body(500, detail))

    # no-cache and no proxy buffering: each event must reach the browser as soon as it is sent.
    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type=EVENT_STREAM, headers=headers)


def _sse(event: str, data: dict[str, Any]) -> str:
    # json.dumps escapes newlines, so the payload is always one `data:` line.
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
