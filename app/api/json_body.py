"""`curl URL -d '{"question": ...}'` sends its JSON labelled application/x-www-form-urlencoded (curl's default
for -d). No /v1 endpoint takes HTML forms, so such a body is read as the JSON it is instead of being refused
with a confusing 422. Multipart uploads, and Slack's form-encoded requests under /slack, are left alone."""
from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

FORM = b"application/x-www-form-urlencoded"


class FormLabelledJsonMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"].startswith("/v1/"):
            headers = scope["headers"]
            if any(name == b"content-type" and value.split(b";")[0].strip().lower() == FORM for name, value in headers):
                relabelled = [(n, b"application/json" if n == b"content-type" else v) for n, v in headers]
                scope = {**scope, "headers": relabelled}
        await self.app(scope, receive, send)
