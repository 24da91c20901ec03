"""The status of a response as it is sent: what the access log, the metrics and the last-resort error
handler each need to know about a request, recorded by one wrapper of ASGI's `send`."""
from __future__ import annotations

from typing import Callable

from starlette.types import Message, Send


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
