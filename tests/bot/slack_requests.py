"""What Slack sends the bot: Events API payloads, slash commands and button clicks, signed the way Slack
signs them (slack_sdk's SignatureVerifier), posted to the running service."""
from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

import httpx
from slack_sdk.signature import SignatureVerifier

from tests.bot.fake_slack import TEAM_ID, USER_ID

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
_ids = itertools.count(1)


class SlackSender:
    def __init__(self, events_url: str, signing_secret: str = SIGNING_SECRET):
        self.events_url = events_url
        self._verifier = SignatureVerifier(signing_secret)

    def post(
        self, body: str, content_type: str, *, timestamp: int | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        timestamp = int(time.time()) if timestamp is None else timestamp
        signed = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": self._verifier.generate_signature(timestamp=str(timestamp), body=body),
            **(headers or {}),
        }
        return httpx.post(self.events_url, content=body.encode(), headers=signed, timeout=30)

    def event(self, event: dict[str, Any], *, event_id: str | None = None, headers: dict[str, str] | None = None):
        """Deliver an Events API event; returns (response, the JSON body sent) so tests can resend it."""
        body = json.dumps(event_envelope(event, event_id))
        return self.post(body, "application/json", headers=headers), body

    def command(self, command: str, text: str, channel: str, response_url: str) -> httpx.Response:
        form = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "region",
            "channel_id": channel,
            "channel_name": "raadgivning",
            "user_id": USER_ID,
            "user_name": "anne",
            "command": command,
            "text": text,
            "api_app_id": "A0RAADGIVER",
            "response_url": response_url,
            "trigger_id": f"{next(_ids)}.{int(time.time())}.trigger",
        }
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def click(
        self, button: dict[str, Any], *, channel: str, response_url: str, message: dict[str, Any] | None = None
    ) -> httpx.Response:
        """Click a button taken from a message the bot sent (`message` None: an ephemeral message, whose
        content Slack does not include in the payload)."""
        payload = {
            "type": "block_actions",
            "user": {"id": USER_ID, "username": "anne", "team_id": TEAM_ID},
            "api_app_id": "A0RAADGIVER",
            "token": "legacy",
            "container": {"type": "message", "channel_id": channel, "is_ephemeral": message is None},
            "trigger_id": f"{next(_ids)}.{int(time.time())}.trigger",
            "team": {"id": TEAM_ID, "domain": "region"},
            "channel": {"id": channel, "name": "raadgivning"},
            "response_url": response_url,
            "actions": [
                {
                    "type": "button",
                    "action_id": button["action_id"],
                    "block_id": "answer_actions",
                    "text": button["text"],
                    "value": button["value"],
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        if message is not None:
            payload["message"] = message
            payload["container"]["message_ts"] = message["ts"]
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def event_envelope(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "api_app_id": "A0RAADGIVER",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": "U0RAADGIVER", "is_bot": True}],
    }


def buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The buttons of a Block Kit message, by action id."""
    return {
        element["action_id"]: element
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
    }


def block_text(blocks: list[dict[str, Any]]) -> str:
    """All the text a reader sees in a Block Kit message."""
    parts = []
    for block in blocks:
        if block["type"] == "section":
            parts.append(block["text"]["text"])
        elif block["type"] == "context":
            parts += [element["text"] for element in block["elements"]]
    return "\n".join(parts)
