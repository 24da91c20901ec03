"""GET /v1/passages/{chunk_id}/context: a cited passage with the text around it in its document, so a reader
can check a citation in context (and open the original where the region publishes it)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.schemas import PassageContextOut, problem_responses

router = APIRouter(tags=["documents"], dependencies=[Depends(deps.rate_limited)])


@router.get("/v1/passages/{chunk_id}/context", response_model=PassageContextOut,
            summary="A cited passage in its context", responses=problem_responses(404, 422, 429, 503))
async def passage_context(chunk_id: str, engine: deps.ReadyEngine) -> PassageContextOut:
    context = await run_in_threadpool(engine.passage_context, chunk_id)
    if context is None:
        raise HTTPException(404, f"no passage {chunk_id!r} in the index; a source's chunk_id names one "
                                 "(the index may have changed since: ask again)")
    return PassageContextOut.model_validate(context)
