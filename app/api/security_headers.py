"""Security headers on every response: a Content-Security-Policy, `X-Content-Type-Options: nosniff` and a
`Referrer-Policy`.

The chat page, the widget's iframe and the admin page load only this service's own scripts, styles and API
(no inline script, no CDN), so their policy allows 'self' and nothing else. The chat page may be framed by
the sites named in RAADGIVER_FRAME_ANCESTORS (the widget embeds it; "*" by default, so the widget works on
any site until the region names its own); the admin page and the API docs may be framed by no one. FastAPI's
/docs and /redoc pages load Swagger UI and ReDoc from jsDelivr with an inline script: their policy allows
exactly that."""
from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.asgi import HttpMiddleware, ResponseStatus

_SELF_ONLY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
              "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")
_DOCS = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
         "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
         "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
         "https://cdn.redoc.ly; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
         "frame-ancestors 'none'")
_DOCS_PATHS = ("/docs", "/redoc")


class SecurityHeadersMiddleware(HttpMiddleware):
    def __init__(self, app: ASGIApp, frame_ancestors: list[str]):
        super().__init__(app)
        ancestors = " ".join(frame_ancestors) if frame_ancestors else "'none'"
        self._frameable = f"{_SELF_ONLY}; frame-ancestors {ancestors}"
        self._unframeable = f"{_SELF_ONLY}; frame-ancestors 'none'"

    def policy(self, path: str) -> str:
        if path.startswith(_DOCS_PATHS):
            return _DOCS
        if path == "/" or path.startswith("/static/"):  # the chat page (in the widget's iframe) and what it loads
            return self._frameable
        return self._unframeable

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = self.policy(scope["path"])

        def add_headers(message: Message) -> None:
            headers = MutableHeaders(scope=message)
            headers.setdefault("Content-Security-Policy", policy)
            headers.setdefault("X-Content-Type-Options", "nosniff")
            headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")

        await self.app(scope, receive, ResponseStatus(send, on_start=add_headers).send)
