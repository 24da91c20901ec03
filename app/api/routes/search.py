"""GET /v1/search: the passages retrieval ranks highest for a query, without composing an answer."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.errors import question_too_long
from app.api.schemas import NOT_ONLY_WHITESPACE, SearchResponse, problem_responses

router = APIRouter(tags=["answers"], dependencies=[Depends(deps.rate_limited)])


@router.get(
    "/v1/search",
    response_model=SearchResponse,
    summary="Ranked passages for a query",
    responses=problem_responses(422, 429, 503),
)
async def search(
    q: Annotated[
        str,
        Query(
            min_length=1,
            pattern=NOT_ONLY_WHITESPACE,  # not \S: pydantic and JSON Schema disagree on U+0085 and U+FEFF
            description="What to search for. At most RAADGIVER_MAX_QUESTION_CHARS characters (default 2000).",
            examples=["eksportfremmeassistance"],
        ),
    ],
    settings: deps.SettingsDep,
    engine: deps.ReadyEngine,
    k: Annotated[int, Query(ge=1, le=50, description="How many passages.")] = 5,
) -> SearchResponse:
    if len(q) > settings.max_question_chars:
        raise question_too_long("query", "q", settings.max_question_chars)
    results = await run_in_threadpool(engine.search, q, k)
    return SearchResponse(query=q, results=results)
