"""POST /v1/feedback: a thumbs up or down on an answer, for the people who maintain the documents."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.schemas import FeedbackOut, FeedbackRequest, problem_responses

router = APIRouter(tags=["feedback"], dependencies=[Depends(deps.rate_limited)])


@router.post(
    "/v1/feedback",
    response_model=FeedbackOut,
    status_code=201,
    summary="Rate an answer",
    responses=problem_responses(400, 404, 422, 429),
)
async def give_feedback(body: FeedbackRequest, services: deps.Services) -> FeedbackOut:
    conversations = services.conversations
    if not await run_in_threadpool(conversations.is_active, body.conversation_id):
        raise HTTPException(
            404,
            f"conversation {body.conversation_id!r} is unknown or has expired; "
            "feedback needs the conversation_id of a recent answer",
        )
    if body.message_id is not None and not await run_in_threadpool(
        conversations.has_message, body.conversation_id, body.message_id
    ):
        raise HTTPException(
            404,
            f"message {body.message_id!r} is not in conversation {body.conversation_id!r}; "
            "use the message_id the answer came with, or leave it out",
        )
    record = await run_in_threadpool(
        services.feedback.add, body.conversation_id, body.rating, body.message_id, body.comment
    )
    services.metrics.feedback.labels(rating=record.rating).inc()
    return FeedbackOut(
        id=record.id,
        conversation_id=record.conversation_id,
        message_id=record.message_id,
        rating=record.rating,
        comment=record.comment,
        created_at=record.created_at.isoformat(),
    )
