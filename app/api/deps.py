"""What the route handlers receive: settings, the engine, the stores, and the admin and rate-limit checks.

Everything lives in one AppServices on `app.state.services`, made once per worker by create_app; the
lifespan in app/api/main.py loads the engine before the worker accepts requests."""
from __future__ import annotations

import hmac
import logging
import threading
from dataclasses import dataclass
from typing import Annotated, Protocol

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from app.api.metrics import Metrics
from app.api.ratelimit import ClientLimit
from app.core.config import Settings
from app.core.ingest_report import DocumentRecord, IngestReport
from app.database.conversations import ConversationStore
from app.database.feedback import FeedbackStore
from app.database.question_log import QuestionLog
from app.embeddings import RaadgiverEmbeddings, get_embeddings
from app.engine import Engine, EngineUnavailable
from app.vector_index import IndexMismatch, IndexStore

log = logging.getLogger("raadgiver.api")


class EngineHolder:
    """The worker's one Engine and its embedding model. Both are built at start-up; if Chroma was unreachable
    then, the next request that needs the engine tries again, so the service recovers without a restart.
    Both methods block (model loading, Chroma): call them from a worker thread."""

    def __init__(self, settings: Settings):
        self._settings = settings
        self._embeddings: RaadgiverEmbeddings | None = None
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @property
    def embeddings(self) -> RaadgiverEmbeddings:
        """The model the engine and document uploads share (loading a second copy would cost memory)."""
        with self._lock:
            if self._embeddings is None:
                self._embeddings = get_embeddings(self._settings)
            return self._embeddings

    def load(self) -> Engine:
        """The engine, built on first use. Raises EngineUnavailable while Chroma cannot be reached."""
        if self._engine is None:
            embeddings = self.embeddings
            with self._lock:
                if self._engine is None:
                    self._engine = Engine(self._settings, embeddings)
        return self._engine

    def follow_index(self) -> None:
        """After this worker changed the index (an upload, a delete): serve the new generation now, so the
        admin's next question is answered from it. Other workers reload in the background."""
        if self._engine is not None:
            self._engine.reload_if_stale()

    def try_load(self) -> str | None:
        """Build the engine now; returns why it could not be built, or None. The worker starts either way:
        requests get 503 with the reason (and /readyz says it) until a retry succeeds."""
        try:
            self.load()
        except (EngineUnavailable, IndexMismatch) as exc:
            reason = str(exc)
            log.warning("engine not loaded at start-up: %s; will retry on the next request", reason)
            return reason
        return None


class DocumentLibrary(Protocol):
    """What the document routes need of ingest (ingest/library.py); the API itself never imports ingest."""

    def check_type(self, name: str, content: bytes) -> None: ...
    def list(self, store: IndexStore) -> list[DocumentRecord]: ...
    def add(self, name: str, content: bytes, embeddings: RaadgiverEmbeddings) -> IngestReport: ...
    def remove(self, source: str, store: IndexStore) -> bool: ...


@dataclass
class AppServices:
    settings: Settings
    engines: EngineHolder
    conversations: ConversationStore
    feedback: FeedbackStore
    metrics: Metrics
    limiter: ClientLimit
    admin_key_failures: ClientLimit  # wrong admin keys per client
    documents: "DocumentLibrary"  # ingest.library.DocumentLibrary, wired in by the app factory
    questions: QuestionLog


def services(request: Request) -> AppServices:
    return request.app.state.services


def settings(request: Request) -> Settings:
    return request.app.state.services.settings


async def engine(request: Request) -> Engine:
    """The engine, even over an empty index (the programme catalogue does not need the index)."""
    return await run_in_threadpool(request.app.state.services.engines.load)


async def ready_engine(request: Request) -> Engine:
    """The engine, or 503 with the reason when nothing is indexed: an empty index must not look like
    "the documents do not say"."""

    def load_and_check() -> Engine:
        loaded = request.app.state.services.engines.load()
        loaded.check_ready()
        return loaded

    return await run_in_threadpool(load_and_check)


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _check(limit: ClientLimit, count: bool, client: str) -> int | None:
    """limit.retry_after (count) or limit.blocked_for; a storage over the network (Redis) is asked from a worker
    thread, so a slow answer holds up this request only, not the event loop."""
    check = limit.retry_after if count else limit.blocked_for
    return await run_in_threadpool(check, client) if limit.blocking else check(client)


async def rate_limited(request: Request) -> None:
    """Public endpoints: at most RAADGIVER_RATE_LIMIT_PER_MINUTE requests per client IP per minute, counted
    across all workers when RAADGIVER_RATE_LIMIT_STORAGE_URL is a Redis."""
    limiter: ClientLimit = request.app.state.services.limiter
    client = _client_address(request)
    wait = await _check(limiter, True, client)
    if wait is not None:
        raise HTTPException(
            429,
            f"rate limit of {limiter.per_minute} requests per minute exceeded for {client}; "
            f"retry in {wait} s (RAADGIVER_RATE_LIMIT_PER_MINUTE)",
            headers={"Retry-After": str(wait)},
        )


_bearer = HTTPBearer(auto_error=False, description="RAADGIVER_ADMIN_API_KEY as a bearer token.")


async def require_admin(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Admin endpoints need `Authorization: Bearer <RAADGIVER_ADMIN_API_KEY>`; without a configured key they
    are off (403), never open.

    The right key is always accepted: it is at least 24 characters (checked at start-up), so no rate of
    guessing finds it, and an admin behind the same address as a guesser is never locked out. A client that
    sent RAADGIVER_ADMIN_KEY_FAILURES_PER_MINUTE wrong keys within a minute gets 429 for further wrong keys
    until the minute has passed. A missing key is not counted: it guesses nothing."""
    services: AppServices = request.app.state.services
    expected = services.settings.admin_api_key.get_secret_value()
    if not expected:
        raise HTTPException(403, "admin endpoints are disabled: set RAADGIVER_ADMIN_API_KEY")
    if credentials is not None and hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        return
    client = _client_address(request)
    wait = await _check(services.admin_key_failures, False, client)
    if wait is not None:
        raise HTTPException(
            429,
            f"too many wrong admin keys from {client} "
            f"(at most {services.settings.admin_key_failures_per_minute} per minute); "
            f"retry in {wait} s with the key in RAADGIVER_ADMIN_API_KEY",
            headers={"Retry-After": str(wait)},
        )
    challenge = {"WWW-Authenticate": 'Bearer realm="raadgiver-admin"'}
    if credentials is None:
        raise HTTPException(
            401, "admin key missing: send the header Authorization: Bearer <RAADGIVER_ADMIN_API_KEY>", headers=challenge
        )
    await _check(services.admin_key_failures, True, client)  # counts the failure
    raise HTTPException(401, "admin key wrong: the bearer token does not match RAADGIVER_ADMIN_API_KEY", headers=challenge)


# What handlers declare as parameters: `services: Services`, `engine: ReadyEngine`, ...
Services = Annotated[AppServices, Depends(services)]
SettingsDep = Annotated[Settings, Depends(settings)]
AnyEngine = Annotated[Engine, Depends(engine)]
ReadyEngine = Annotated[Engine, Depends(ready_engine)]
