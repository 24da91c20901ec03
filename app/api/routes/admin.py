"""/v1/admin: what the staff who own the documents need besides the documents themselves: the logged
questions (what people asked and what they got) and the service's state (the last ingest, the catalogue and
glossary checks). Admin key required."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.schemas import AdminStatus, CheckResult, LoggedQuestionOut, QuestionPage, problem_responses
from app.core.ingest_report import read_last_report

router = APIRouter(tags=["admin"], dependencies=[Depends(deps.require_admin)])


@router.get("/v1/admin/questions", response_model=QuestionPage, summary="Logged questions, newest first (admin)",
            responses=problem_responses(401, 403, 422, 429, 503))
async def questions(
    services: deps.Services,
    mode: Annotated[Literal["answered", "abstained", "programmes"] | None, Query()] = None,
    channel: Annotated[Literal["web", "widget", "api", "slack"] | None, Query()] = None,
    feedback: Annotated[Literal["up", "down", "none"] | None, Query(
        description="up or down: answers rated so; none: answers nobody rated.")] = None,
    since: Annotated[datetime | None, Query(description="ISO 8601; from this moment on.")] = None,
    until: Annotated[datetime | None, Query(description="ISO 8601; before this moment.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> QuestionPage:
    rows = await run_in_threadpool(services.questions.find, since, until, channel, mode, feedback, limit + 1, offset)
    return QuestionPage(questions=[LoggedQuestionOut.model_validate(row) for row in rows[:limit]],
                        offset=offset, limit=limit, more=len(rows) > limit)


@router.get("/v1/admin/status", response_model=AdminStatus, summary="The last ingest and the checks (admin)",
            responses=problem_responses(401, 403, 429, 503))
async def status(services: deps.Services, engine: deps.AnyEngine) -> AdminStatus:
    def read() -> AdminStatus:
        catalogue_error, glossary_error = engine.catalogue_error, engine.glossary_error
        return AdminStatus(
            documents=len(engine.documents()),
            last_ingest=read_last_report(services.settings),
            catalogue=CheckResult(ok=catalogue_error is None, problem=catalogue_error),
            glossary=CheckResult(ok=glossary_error is None, problem=glossary_error),
            question_log=services.questions.enabled,
        )

    return await run_in_threadpool(read)
