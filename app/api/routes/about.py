"""GET /v1/about: what the assistant knows (the indexed documents and their years) and whom to ask instead,
read from the index and the corpus, so the chat's welcome never names a document that is not there."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.schemas import About, ContactOut, IndexedDocumentOut, problem_responses

router = APIRouter(tags=["documents"], dependencies=[Depends(deps.rate_limited)])


@router.get("/v1/about", response_model=About, summary="What the assistant knows",
            responses=problem_responses(429, 503))
async def about(engine: deps.AnyEngine) -> About:
    def read() -> About:
        documents = engine.documents()
        years = sorted({d.year for d in documents if d.year})
        _, _, contact = engine.catalogue()
        return About(
            documents=[IndexedDocumentOut.model_validate(d) for d in documents],
            years=[years[0], years[-1]] if years else [],
            contact=ContactOut.model_validate(contact) if contact else None,
        )

    return await run_in_threadpool(read)
