"""Structured logs: one JSON object per line, each carrying the id of the request it belongs to (set by
app/api/request_context.py). Used by every process: API workers, the Slack bot in Socket Mode."""
from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import datetime, timezone

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

# Fields a log call may add with `extra=` that belong in the JSON object.
_EXTRA_FIELDS = ("method", "path", "route", "status", "duration_ms", "client")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        entry.update({name: getattr(record, name) for name in _EXTRA_FIELDS if hasattr(record, name)})
        if record.exc_info:
            entry["trace"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: int = logging.INFO) -> None:
    """Send every logger (uvicorn's included) through one JSON handler on stderr. Safe to call twice."""
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not getattr(h, "raadgiver_json", False)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.raadgiver_json = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers = []  # uvicorn's own plain-text handlers would print every line twice
        logger.propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # RequestContextMiddleware logs each request instead
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per outgoing request (readiness polls) is noise
