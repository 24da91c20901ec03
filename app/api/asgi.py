"""What the API's own ASGI middlewares share: they act on HTTP requests only, and several need the status of
the response as it is sent (the access log, the metrics, the last-resort error handler)."""
from __future__ import annotations

from typing import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HttpMiddleware:
    """A middleware whose `handle` sees every HTTP request; other scopes (lifespan) pass straight through."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class ResponseStatus:
    """Wraps one request's `send`; `status` is 500 until the response starts (what the client sees if the
    app fails first). `on_start` may add headers to the start message before it is sent."""

    def __init__(self, send: Send, on_start: Callable[[Message], None] | None = None):
        self._send = send
        self._on_start = on_start
        self.status = 500
        self.started = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            self.status = message["status"]
            if self._on_start is not None:
                self._on_start(message)
        await self._send(message)
