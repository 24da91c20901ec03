"""Probes and metrics for the platform: /healthz (process alive), /readyz (can answer), /metrics (Prometheus)."""
from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.concurrency import run_in_threadpool

from app.api import deps
from app.api.schemas import Health, Readiness, problem_responses

router = APIRouter(tags=["operations"])


@router.get("/healthz", response_model=Health, summary="The process is alive")
async def healthz() -> Health:
    return Health()


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="The engine is loaded, Chroma reachable and the index non-empty",
    responses=problem_responses(503),
)
async def readyz(services: deps.Services) -> Readiness:
    def check() -> None:
        services.engines.load().check_ready()  # raises EngineUnavailable -> 503 with the reason

    await run_in_threadpool(check)
    return Readiness()


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST.split(";")[0]: {"schema": {"type": "string"}}}}},
)
async def metrics(services: deps.Services) -> Response:
    return Response(generate_latest(services.metrics.registry), media_type=CONTENT_TYPE_LATEST)
