"""One request id per request: taken from an incoming X-Request-ID header (so a proxy's id follows the request
through) or generated, echoed in the X-Request-ID response header so a user can quote it in a bug report, and
carried by every log line of the request; plus one access log line per request."""
from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import Receive, Scope, Send

from app.api.asgi import HttpMiddleware, ResponseStatus
from app.core.log_setup import request_id_var

access_log = logging.getLogger("raadgiver.access")

# Ids we accept from clients: short and printable, so they cannot forge log lines.
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


class RequestContextMiddleware(HttpMiddleware):
    """Assigns the request id, echoes it in the response, and writes one access log line per request."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _VALID_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        response = ResponseStatus(send, on_start=lambda message: MutableHeaders(scope=message).update({"X-Request-ID": request_id}))
        try:
            await self.app(scope, receive, response.send)
        finally:
            route = scope.get("route")
            access_log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                response.status,
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "route": getattr(route, "path", None),
                    "status": response.status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "client": scope["client"][0] if scope.get("client") else None,
                },
            )
            request_id_var.reset(token)
