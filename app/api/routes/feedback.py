"""POST /v1/feedback: a thumbs up or down on an answer, for the people who maintain the documents."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.errors import STORAGE_UNAVAILABLE, public_detail
from app.api.schemas import FeedbackOut, FeedbackRequest, problem_responses
from app.database.errors import StorageUnavailable

log = logging.getLogger("raadgiver.api")

router = APIRouter(tags=["feedback"], dependencies=[Depends(deps.rate_limited)])


@router.post(
    "/v1/feedback",
    response_model=FeedbackOut,
    status_code=201,
    summary="Rate an answer",
    responses=problem_responses(400, 404, 415, 422, 429, 503),
)
async def give_feedback(body: FeedbackRequest, services: deps.Services) -> FeedbackOut:
    conversations = services.conversations
    if not await _stored(conversations.is_active, body.conversation_id):
        raise HTTPException(
            404,
            f"conversation {body.conversation_id!r} is unknown or has expired; "
            "feedback needs the conversation_id of a recent answer",
        )
    if body.message_id is not None and not await _stored(conversations.has_message, body.conversation_id, body.message_id):
        raise HTTPException(
            404,
            f"message {body.message_id!r} is not in conversation {body.conversation_id!r}; "
            "use the message_id the answer came with, or leave it out",
        )
    record = await _stored(services.feedback.add, body.conversation_id, body.rating, body.message_id, body.comment)
    services.metrics.feedback.labels(rating=record.rating).inc()
    return FeedbackOut.model_validate(record)


async def _stored(call: Callable[..., Any], *args: Any) -> Any:
    """A store call in a worker thread. Feedback is nothing but the database, so a database that cannot be used
    (full disk, read-only or damaged file) is a 503; the log names the file, the setting and the fix."""
    try:
        return await run_in_threadpool(call, *args)
    except StorageUnavailable as exc:
        raise HTTPException(503, public_detail(f"feedback cannot be saved now: {STORAGE_UNAVAILABLE}", exc)) from exc
