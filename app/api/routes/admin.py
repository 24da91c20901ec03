"""/v1/admin: what the staff who own the documents need besides the documents themselves: the logged
questions (what people asked and what they got), the report on them (app/report/), and the service's state (the
last ingest, the catalogue and glossary checks). Admin key required."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.schemas import (
    AdminStatus,
    CheckResult,
    LoggedQuestionOut,
    QuestionPage,
    QuestionReport,
    problem_responses,
)
from app.core.ingest_report import read_last_report
from app.database.db import utc_now
from app.engine import EngineUnavailable
from app.report.build import report_from_log
from app.report.period import SINCE_FORMS, parse_since
from app.vector_index import IndexMismatch

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
            index=CheckResult(ok=engine.reload_error is None, problem=engine.reload_error),
            question_log=services.questions.enabled,
        )

    return await run_in_threadpool(read)


@router.get("/v1/admin/report", response_model=QuestionReport, summary="The report on the logged questions (admin)",
            responses=problem_responses(401, 403, 422, 429, 503))
async def report(
    services: deps.Services,
    since: Annotated[str | None, Query(description=f"From when: {SINCE_FORMS}. Left out: the whole log.",
                                       examples=["30d"])] = None,
) -> QuestionReport:
    """Volume per ISO week and channel; answer, abstention and programme rates; the unanswered questions in
    themes; thumbs-down answers with comments; documents and sections cited most and never; programmes
    recommended most. The same report as `raadgiver report --json`."""
    now = utc_now()
    try:
        start = parse_since(since, now)
    except ValueError as exc:
        raise RequestValidationError([{"type": "value_error", "loc": ("query", "since"), "msg": str(exc),
                                       "input": None}]) from None

    def build() -> QuestionReport:
        try:
            documents = services.engines.load().documents()
        except (EngineUnavailable, IndexMismatch):
            documents = None  # the report still shows the log; "never cited" is null
        built = report_from_log(services.questions, services.engines.embeddings, documents, start, now)
        return QuestionReport.model_validate(built)

    return await run_in_threadpool(build)
