"""A fake Slack Web API on loopback, for tests without the internet.

It answers the Web API methods the bot calls (auth.test, chat.postMessage, chat.update,
conversations.replies, and apps.connections.open for Socket Mode) and the response_url webhooks of
slash commands and buttons, keeps the channels' messages so threads can be read back, and records every
call with its parameters and token."""
from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TEAM_ID = "T0REGION"
BOT_USER_ID = "U0RAADGIVER"
BOT_ID = "B0RAADGIVER"
USER_ID = "U0ANNE"


@dataclass
class Call:
    method: str  # a Web API method ("chat.update"), or "response_url" for a webhook call
    params: dict[str, Any]
    path: str = ""
    token: str = ""  # the bearer token the call carried


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.channels_without_bot: set[str] = set()
        self.channels_without_history: set[str] = set()  # as if the app lacked the *:history scopes
        self.socket_mode_url = ""  # what apps.connections.open hands out (see fake_socket_mode.py)
        self._lock = threading.Lock()
        self._clock = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # What tests do: write as a user, then look at what the bot did.

    def user_message(self, channel: str, text: str, thread_ts: str | None = None, user: str = USER_ID) -> dict:
        """Store a user's message as Slack would, and return it as the `event` of an Events API payload."""
        message = {"type": "message", "user": user, "text": text, "ts": self._next_ts(), "channel": channel}
        if thread_ts:
            message["thread_ts"] = thread_ts
        with self._lock:
            self.messages.setdefault(channel, []).append(message)
        return dict(message)

    def thread(self, channel: str, thread_ts: str) -> list[dict[str, Any]]:
        """The thread's messages as they are now (root first), updates applied."""
        with self._lock:
            return [
                dict(message)
                for message in self.messages.get(channel, [])
                if message["ts"] == thread_ts or message.get("thread_ts") == thread_ts
            ]

    def wait_for_bot_replies(
        self,
        channel: str,
        thread_ts: str,
        count: int = 1,
        done: Callable[[dict], bool] = lambda message: True,
        timeout: float = 60,
    ) -> list[dict[str, Any]]:
        """The bot's replies in a thread, once `count` of them satisfy `done`, waiting up to `timeout` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            replies = [
                message
                for message in self.thread(channel, thread_ts)
                if message.get("user") == BOT_USER_ID and message["ts"] != thread_ts
            ]
            if sum(1 for message in replies if done(message)) >= count:
                return replies
            time.sleep(0.05)
        thread = self.thread(channel, thread_ts)
        raise AssertionError(f"fewer than {count} bot replies in {channel} {thread_ts} within {timeout} s: {thread}")

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, where: Callable[[Call], bool] = lambda call: True, timeout: float = 60) -> Call:
        """The first recorded call to `method` that satisfies `where`, waiting for it up to `timeout` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for call in self.calls_to(method):
                if where(call):
                    return call
            time.sleep(0.05)
        raise AssertionError(f"no {method} call matched within {timeout} s; calls: {self.calls}")

    # The Web API.

    def _next_ts(self) -> str:
        return f"{1700000000 + next(self._clock)}.000100"

    def handle(self, method: str, params: dict[str, Any], token: str) -> dict[str, Any]:
        with self._lock:
            self.calls.append(Call(method, params, token=token))
            if method == "apps.connections.open":
                return {"ok": True, "url": self.socket_mode_url}
            if method == "auth.test":
                return {"ok": True, "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "user": "raadgiver"}
            if method == "chat.postMessage":
                channel = params["channel"]
                if channel in self.channels_without_bot:
                    return {"ok": False, "error": "not_in_channel"}
                message = {
                    "type": "message",
                    "user": BOT_USER_ID,
                    "bot_id": BOT_ID,
                    "text": params.get("text", ""),
                    "blocks": params.get("blocks") or [],
                    "ts": self._next_ts(),
                }
                for key in ("thread_ts", "metadata"):
                    if params.get(key):
                        message[key] = params[key]
                self.messages.setdefault(channel, []).append(message)
                return {"ok": True, "channel": channel, "ts": message["ts"], "message": message}
            if method == "chat.update":
                for message in self.messages.get(params["channel"], []):
                    if message["ts"] == params["ts"]:
                        message.update({key: params[key] for key in ("text", "blocks", "metadata") if key in params})
                        return {"ok": True, "channel": params["channel"], "ts": params["ts"], "text": message["text"]}
                return {"ok": False, "error": "message_not_found"}
            if method == "conversations.replies":
                if params["channel"] in self.channels_without_history:
                    return {"ok": False, "error": "missing_scope", "needed": "channels:history"}
                thread = params["ts"]
                found = [
                    _as_listed(message, include_metadata=params.get("include_all_metadata") in ("1", "true", True))
                    for message in self.messages.get(params["channel"], [])
                    if message["ts"] == thread or message.get("thread_ts") == thread
                ]
                if not found:
                    return {"ok": False, "error": "thread_not_found"}
                return {"ok": True, "messages": found, "has_more": False, "response_metadata": {"next_cursor": ""}}
            return {"ok": False, "error": "unknown_method"}


def _as_listed(message: dict[str, Any], include_metadata: bool) -> dict[str, Any]:
    listed = dict(message)
    if not include_metadata:
        listed.pop("metadata", None)
    return listed


def _handler_for(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            self._api(url.path, dict(parse_qsl(url.query)))

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            if "json" in (self.headers.get("Content-Type") or ""):
                params = json.loads(raw or "{}")
            else:
                params = dict(parse_qsl(raw))
            params.update(parse_qsl(url.query))
            if url.path.startswith("/response/"):
                with fake._lock:
                    fake.calls.append(Call("response_url", params, path=url.path))
                self._send(200, b"ok", "text/plain")
            else:
                self._api(url.path, params)

        def _api(self, path: str, params: dict[str, Any]) -> None:
            if not path.startswith("/api/"):
                self._send(404, b"not found", "text/plain")
                return
            for key in ("blocks", "metadata"):  # form-encoded calls carry these as JSON strings
                if isinstance(params.get(key), str):
                    params[key] = json.loads(params[key])
            token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            result = fake.handle(path.removeprefix("/api/"), params, token)
            self._send(200, json.dumps(result).encode(), "application/json")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
