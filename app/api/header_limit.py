"""A cap on the total size of a request's headers. uvicorn's default parser (httptools) accepts any size,
so 100 KB of headers would otherwise reach every handler and the access log."""
from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.asgi import HttpMiddleware
from app.core.problem_details import problem


class HeaderLimitMiddleware(HttpMiddleware):
    def __init__(self, app: ASGIApp, max_bytes: int):
        super().__init__(app)
        self.max_bytes = max_bytes

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        size = sum(len(name) + len(value) + 4 for name, value in scope["headers"])  # "name: value\r\n"
        if size > self.max_bytes:
            response = problem(431, (
                f"the request's headers are {size} bytes, more than the limit of {self.max_bytes} "
                "(RAADGIVER_MAX_HEADER_BYTES); send fewer or shorter headers, e.g. clear this site's cookies"))
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
