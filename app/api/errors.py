"""Every error the API returns is a problem-details object (RFC 9457, `application/problem+json`):
type, title, status, detail, and for 422 an `errors` list naming each field at fault."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.routing import Match, Mount
from starlette.types import Receive, Scope, Send

from app.api.asgi import HttpMiddleware, ResponseStatus
from app.core.log_setup import request_id_var
from app.core.problem_details import PROBLEM_MEDIA_TYPE, ProblemResponse, problem
from app.database.errors import StorageUnavailable
from app.engine import EngineUnavailable
from app.vector_index import IndexMismatch

ENGINE_RETRY_AFTER_SECONDS = 30

_HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
log = logging.getLogger("raadgiver.api")


def field_errors(pydantic_errors: Any) -> list[dict[str, str]]:
    """Pydantic's error list as {field, location, message, type}; the offending input is not echoed back."""
    result = []
    for error in pydantic_errors:
        location, *path = [str(part) for part in error["loc"]] or ["body"]
        result.append(
            {
                "field": ".".join(path) or location,
                "location": location,
                "message": error["msg"],
                "type": error["type"],
            }
        )
    return result


def question_too_long(location: str, field: str, limit: int) -> RequestValidationError:
    """The same 422 pydantic would give, for a limit that comes from settings rather than from the schema."""
    return RequestValidationError(
        [
            {
                "type": "string_too_long",
                "loc": (location, field),
                "msg": f"String should have at most {limit} characters (RAADGIVER_MAX_QUESTION_CHARS)",
                "input": None,
                "ctx": {"max_length": limit},
            }
        ]
    )


async def _validation_error(_request: Request, exc: RequestValidationError) -> ProblemResponse:
    errors = field_errors(exc.errors())
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return problem(422, f"invalid request: {detail}", errors)


async def _http_error(request: Request, exc: HTTPException) -> ProblemResponse:
    detail = exc.detail
    if exc.status_code == 404 and detail == HTTPStatus.NOT_FOUND.phrase:
        detail = f"nothing at {request.url.path}: see /docs for the API's paths"
    elif exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        detail = f"{request.method} is not allowed on {request.url.path}; allowed: {allowed}"
    return problem(exc.status_code, str(detail), headers=exc.headers)


# What a client is told when the service itself fails: what happened and what to do. The cause (a server's URL,
# a file's path, an exception's text) goes to the log only, under the request id the detail quotes.
ENGINE_UNAVAILABLE = "the answer engine is unavailable"
INDEX_MISMATCH = ("the index was built with another embedding model than the one configured; the administrator "
                  "re-ingests it (`raadgiver ingest --rebuild`)")
STORAGE_UNAVAILABLE = "the service cannot store data now (its disk or database is unavailable); try again later"


def public_detail(what: str, cause: object) -> str:
    """`what` for the client, with the request id; `cause` logged under that id for the administrator."""
    request_id = request_id_var.get()
    log.warning("%s: %s", what, cause)
    return f"{what}. The service's log has the cause under request id {request_id}"


def engine_unavailable_detail(exc: EngineUnavailable | IndexMismatch) -> str:
    if isinstance(exc, IndexMismatch):
        return public_detail(f"{ENGINE_UNAVAILABLE}: {INDEX_MISMATCH}", exc)
    return public_detail(f"{ENGINE_UNAVAILABLE}: {exc.public}", exc.reason)


async def _engine_unavailable(_request: Request, exc: EngineUnavailable | IndexMismatch) -> ProblemResponse:
    return problem(503, engine_unavailable_detail(exc), headers={"Retry-After": str(ENGINE_RETRY_AFTER_SECONDS)})


async def _storage_unavailable(_request: Request, exc: StorageUnavailable) -> ProblemResponse:
    return problem(503, public_detail(STORAGE_UNAVAILABLE, exc), headers={"Retry-After": str(ENGINE_RETRY_AFTER_SECONDS)})


def _allow_every_method_of_the_path(app: FastAPI) -> None:
    """A 405's Allow header lists the methods of every route of the path. Starlette names only the first
    route's, so OPTIONS (or PUT) /v1/documents said `Allow: GET` although POST is served there too. OPTIONS
    itself is not served: a browser's CORS preflight is answered by the CORS middleware before routing, so a
    plain OPTIONS gets this 405 like any other method the path does not have."""

    async def method_not_allowed(request: Request, exc: HTTPException) -> ProblemResponse:
        # Each method is tried against the routes as if the request had used it (a Mount, e.g. /static, takes
        # every method and leaves its own 405 alone).
        routes = [route for route in app.router.routes if not isinstance(route, Mount)]
        methods = [
            method
            for method in _HTTP_METHODS
            if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)
        ]
        headers = dict(exc.headers or {})
        if methods:
            headers["Allow"] = ", ".join(methods)
        # The usual problem-details answer ("OPTIONS is not allowed on /v1/documents; allowed: GET, POST").
        return await _http_error(request, HTTPException(405, exc.detail, headers))

    _handle(app, 405, method_not_allowed)


def install_error_handlers(app: FastAPI) -> None:
    _handle(app, RequestValidationError, _validation_error)
    _handle(app, HTTPException, _http_error)
    _handle(app, EngineUnavailable, _engine_unavailable)
    _handle(app, IndexMismatch, _engine_unavailable)
    _handle(app, StorageUnavailable, _storage_unavailable)
    _allow_every_method_of_the_path(app)


def _handle(app: FastAPI, error: int | type[Exception], handler: Callable[..., Awaitable[ProblemResponse]]) -> None:
    # Starlette types a handler as taking any Exception; each of these takes the one it is registered for.
    app.add_exception_handler(error, handler)  # type: ignore[arg-type]


class UnhandledErrorMiddleware(HttpMiddleware):
    """The last resort: log the trace with the request id, answer a 500 problem without it.

    A middleware rather than an `Exception` handler, because Starlette sends those from outside every other
    middleware (no X-Request-ID header, no CORS) and then re-raises, so uvicorn logs the trace a second time.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = ResponseStatus(send)
        try:
            await self.app(scope, receive, response.send)
        except Exception:
            log.exception("unhandled error in %s %s", scope["method"], scope["path"])
            if not response.started:
                detail = f"internal error; quote request id {request_id_var.get()} when you report it"
                await problem(500, detail)(scope, receive, send)


def as_problem_json(openapi: dict[str, Any]) -> dict[str, Any]:
    """FastAPI documents every response as application/json; error responses are application/problem+json."""
    for path_item in openapi.get("paths", {}).values():
        for operation in path_item.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if status[0] in "45" and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
    return openapi
