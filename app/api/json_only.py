"""The API's POST bodies are JSON (uploads are multipart). A cross-site HTML form can send a form-encoded or
text/plain body without the browser's CORS preflight; refusing every other content type with 415 means such
a post asks and records nothing. curl sends JSON with `curl --json` (README)."""
from __future__ import annotations

from starlette.types import Receive, Scope, Send

from app.api.asgi import HttpMiddleware
from app.core.problem_details import problem

_UPLOADS = ("/v1/documents",)  # multipart/form-data: the admin's file upload


class JsonOnlyMiddleware(HttpMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        content_type = dict(scope["headers"]).get(b"content-type", b"").decode("latin-1")
        media_type = content_type.split(";")[0].strip().lower()
        # No content type at all is left to the route (a missing body is its 422); a form always names one.
        if scope["method"] == "POST" and scope["path"].startswith("/v1/") and not scope["path"].startswith(_UPLOADS) \
                and media_type and media_type != "application/json" and not media_type.endswith("+json"):
            response = problem(415, (
                f"the body is {media_type}; send JSON with Content-Type: application/json (curl --json '{{...}}' URL)"))
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
