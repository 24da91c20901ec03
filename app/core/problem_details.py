"""Problem details (RFC 9457, `application/problem+json`): the error format of every HTTP front door, the
API and the Slack endpoint alike."""
from __future__ import annotations

from http import HTTPStatus
from typing import Any, Mapping

from starlette.responses import JSONResponse

PROBLEM_MEDIA_TYPE = "application/problem+json"


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


def problem_body(status: int, detail: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    return body


def problem(
    status: int, detail: str, errors: list[dict[str, str]] | None = None, headers: Mapping[str, str] | None = None
) -> ProblemResponse:
    return ProblemResponse(problem_body(status, detail, errors), status_code=status, headers=headers)
