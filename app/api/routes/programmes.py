"""/v1/programmes: the catalogue of support programmes, and which of them fit a given company."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.errors import public_detail
from app.api.schemas import (
    ProgrammeCatalogue,
    ProgrammeMatches,
    ProgrammeMatchRequest,
    problem_responses,
)
from app.contact import Contact
from app.core.config import Settings
from app.engine import Engine
from app.programmes.matcher import ProgrammeFinder
from app.programmes.profile import CompanyProfile

router = APIRouter(tags=["programmes"], dependencies=[Depends(deps.rate_limited)])


@router.get(
    "/v1/programmes",
    response_model=ProgrammeCatalogue,
    summary="The programme catalogue",
    responses=problem_responses(404, 429, 503),
)
async def catalogue(
    settings: deps.SettingsDep, engine: deps.AnyEngine
) -> ProgrammeCatalogue:
    finder, _ = _finder(engine, settings)
    return ProgrammeCatalogue(programmes=finder.programmes)


@router.post(
    "/v1/programmes/match",
    response_model=ProgrammeMatches,
    summary="Which programmes fit a company",
    responses=problem_responses(400, 404, 415, 422, 429, 503),
)
async def match(
    body: ProgrammeMatchRequest, settings: deps.SettingsDep, engine: deps.AnyEngine
) -> ProgrammeMatches:
    finder, contact = _finder(engine, settings)
    matches = await run_in_threadpool(finder.match, CompanyProfile(**body.model_dump()))  # embeds the goal text
    return ProgrammeMatches(programmes=matches, contact=contact)


def _finder(engine: Engine, settings: Settings) -> tuple[ProgrammeFinder, Contact | None]:
    """The finder and the contact of one index generation (a reload may happen between two reads)."""
    finder, error, contact = engine.catalogue()
    if error:  # the log gets the message that names the file's path, the entry and the field at fault
        raise HTTPException(503, public_detail(
            f"the programme catalogue ({settings.catalogue_file}) is invalid; the administrator fixes it "
            "(`raadgiver ingest` names the entry and the field) and restarts the service", error))
    if finder is None:
        raise HTTPException(
            404,
            f"no programme catalogue: {settings.catalogue_file} is not in the corpus; "
            "create it (see corpus/programmes.yaml in the repository) and restart",
        )
    return finder, contact
