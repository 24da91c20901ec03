"""The FastAPI application: routers, middleware, error handlers, the web chat's static files, and (when
configured) the Slack endpoint.

uvicorn runs it with `create_app` as a factory (`uvicorn --factory app.api.main:create_app`), so each
worker process builds its own app, engine and database connections; see app/serve.py."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from app.api.deps import AppServices, EngineHolder
from app.api.errors import UnhandledErrorMiddleware, as_problem_json, install_error_handlers
from app.api.header_limit import HeaderLimitMiddleware
from app.api.metrics import Metrics, MetricsMiddleware
from app.api.ratelimit import ClientLimit, rate_limit_storage
from app.api.json_only import JsonOnlyMiddleware
from app.api.request_context import RequestContextMiddleware
from app.api.security_headers import SecurityHeadersMiddleware
from app.api.routes import about, admin, ask, documents, feedback, health, passages, programmes, search
from app.core.config import Settings
from app.core.log_setup import configure_logging
from app.database.conversations import ConversationStore
from app.database.db import open_database
from app.database.feedback import FeedbackStore
from app.database.errors import StorageUnavailable
from app.database.question_log import question_log_of
from app.database.seen_events import SeenEvents
from ingest.library import DocumentLibrary

WEB_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
PURGE_INTERVAL_SECONDS = 3600

log = logging.getLogger("raadgiver.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging()
    db = open_database(settings.sqlalchemy_url)
    limit_storage = rate_limit_storage(settings.rate_limit_storage_url)
    services = AppServices(
        settings=settings,
        engines=EngineHolder(settings),
        conversations=ConversationStore(db, ttl=timedelta(hours=settings.conversation_ttl_hours)),
        feedback=FeedbackStore(db),
        metrics=Metrics(),
        # Both limits count in the storage RAADGIVER_RATE_LIMIT_STORAGE_URL names (one Redis for all workers, or
        # this process's memory); their scopes keep them apart.
        limiter=ClientLimit(settings.rate_limit_per_minute, limit_storage, scope="requests"),
        admin_key_failures=ClientLimit(settings.admin_key_failures_per_minute, limit_storage, scope="admin-key-failures"),
        documents=DocumentLibrary(settings),
        questions=question_log_of(settings, db),
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        started = time.perf_counter()
        # Loading here, before uvicorn accepts connections, means no user waits for the model.
        reason = await run_in_threadpool(services.engines.try_load)
        await run_in_threadpool(_prune_question_log, services)
        purger = asyncio.create_task(_purge_expired_conversations(services.conversations))
        log.info(
            "worker started in %.1f s%s", time.perf_counter() - started, f" (engine not ready: {reason})" if reason else ""
        )
        yield
        purger.cancel()
        db.dispose()

    app = FastAPI(
        title="Raadgiver API",
        version="1.0",
        summary="Cited answers from the region's strategy documents.",
        description="Questions in Danish or English get answers quoted from the indexed documents, with sources. "
        "Errors are problem details (application/problem+json). Admin endpoints need "
        "`Authorization: Bearer <RAADGIVER_ADMIN_API_KEY>`.",
        lifespan=lifespan,
    )
    app.state.services = services
    install_error_handlers(app)
    for module in (ask, search, documents, passages, about, feedback, programmes, health, admin):
        app.include_router(module.router)
    _add_web_chat(app)
    if settings.slack_signing_secret.get_secret_value() and settings.slack_bot_token.get_secret_value():
        from bot.http import mount_slack

        mount_slack(app, settings, services.engines.load, services.feedback, services.questions, SeenEvents(db))

    # Added innermost first: request context wraps everything, so even a 500 carries the request id.
    app.add_middleware(UnhandledErrorMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "Accept", "X-Request-ID", "X-Raadgiver-Channel"],
        expose_headers=["X-Request-ID", "Retry-After"],
        max_age=600,
    )
    app.add_middleware(MetricsMiddleware, metrics=services.metrics)
    app.add_middleware(SecurityHeadersMiddleware, frame_ancestors=settings.frame_ancestors)
    app.add_middleware(JsonOnlyMiddleware)
    app.add_middleware(HeaderLimitMiddleware, max_bytes=settings.max_header_bytes)
    app.add_middleware(RequestContextMiddleware)

    base_openapi = app.openapi
    app.openapi = lambda: as_problem_json(base_openapi())  # type: ignore[method-assign]
    return app


def _add_web_chat(app: FastAPI) -> None:
    """The web chat page at /, the staff's admin page at /admin, the chat's embeddable loader at /widget.js, the
    rest under /static/."""

    @app.get("/", include_in_schema=False)
    async def chat_page() -> FileResponse:
        return FileResponse(_web_file("index.html"), media_type="text/html; charset=utf-8")

    @app.get("/admin", include_in_schema=False)
    async def admin_page() -> FileResponse:
        return FileResponse(_web_file("admin.html"), media_type="text/html; charset=utf-8")

    @app.get("/widget.js", include_in_schema=False)
    async def widget() -> FileResponse:
        # Any site may load the loader script, also as a module script, which needs CORS to allow it.
        return FileResponse(
            _web_file("widget.js"),
            media_type="text/javascript; charset=utf-8",
            headers={"Access-Control-Allow-Origin": "*"},
        )

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")


def _web_file(name: str) -> Path:
    path = WEB_DIR / name
    if not path.is_file():
        raise HTTPException(404, f"{name} is missing from {WEB_DIR}: the web chat is not installed")
    return path


async def _purge_expired_conversations(conversations: ConversationStore) -> None:
    while True:
        try:
            removed = await run_in_threadpool(conversations.purge_expired)
            if removed:
                log.info("purged %d expired conversations", removed)
        except Exception:  # a database hiccup must not end the loop: the next round tries again
            log.exception("purging expired conversations failed")
        await asyncio.sleep(PURGE_INTERVAL_SECONDS)


def _prune_question_log(services: AppServices) -> None:
    """Start-up removes logged questions older than the retention; a database that fails is logged, not fatal."""
    try:
        removed = services.questions.prune()
    except StorageUnavailable as exc:
        log.warning("old logged questions were not removed: %s", exc)
        return
    if removed:
        log.info("removed %d logged questions older than %d days", removed, services.settings.question_log_retention_days)
