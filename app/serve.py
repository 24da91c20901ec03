"""Run the API (and the web chat) under uvicorn, and say where it is and when it is ready."""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
import time
from typing import Any

import httpx
import uvicorn
from pydantic import SecretStr

from app.core.config import Settings
from app.core.log_setup import configure_logging

READY_POLL_SECONDS = 0.5
# prometheus_client's multiprocess folder (app/api/metrics.py reads the same variable).
PROMETHEUS_MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"

log = logging.getLogger("raadgiver.serve")


def serve(settings: Settings, host: str | None = None, port: int | None = None, workers: int = 1) -> None:
    """Serve until interrupted.

    Several workers (`raadgiver serve --workers N`) need a Chroma server, RAADGIVER_CHROMA_URL: the embedded
    Chroma under the data directory belongs to one process, so this refuses (ValueError) without one. Each
    worker process builds its own app from the environment, so the given settings are handed to them as
    RAADGIVER_* environment variables. What the workers share: the index (Chroma server, BM25 files and the
    upload lock in the data dir), the database (Slack de-duplication, conversations), the rate limits when
    RAADGIVER_RATE_LIMIT_STORAGE_URL is a Redis, and the metrics, through a fresh PROMETHEUS_MULTIPROC_DIR made
    for this run and removed after it."""
    if workers > 1 and not settings.chroma_url:
        raise ValueError(
            f"--workers {workers} needs a Chroma server: set RAADGIVER_CHROMA_URL (embedded Chroma is single-process)"
        )
    host = host or settings.host
    port = port or settings.port
    started = time.monotonic()
    configure_logging()
    threading.Thread(target=_announce_when_ready, args=(_browsable_url(host, port), started), daemon=True).start()
    # X-Forwarded-For is believed only from the proxies the region names: uvicorn's default trusts 127.0.0.1,
    # so any local client could pick its address with the header and reset its rate limits and key throttle.
    options: dict[str, Any] = {"host": host, "port": port, "log_config": None, "access_log": False,
               "proxy_headers": bool(settings.trusted_proxies), "forwarded_allow_ips": settings.trusted_proxies or None}
    if workers == 1:
        from app.api.main import create_app

        uvicorn.run(create_app(settings), **options)
    else:
        if settings.rate_limit_storage_url.startswith(("memory:", "async+memory:")):
            log.warning(
                "each of the %d workers counts its own rate limits, so a client gets %d times "
                "RAADGIVER_RATE_LIMIT_PER_MINUTE: set RAADGIVER_RATE_LIMIT_STORAGE_URL=redis://HOST:PORT/0 to count "
                "once for all", workers, workers,
            )
        os.environ.update(settings_as_environment(settings))
        # A fresh folder per run: counts left by an earlier run would be added to this one's.
        metrics_dir = tempfile.mkdtemp(prefix="raadgiver-metrics-")
        os.environ[PROMETHEUS_MULTIPROC_DIR] = metrics_dir
        try:
            uvicorn.run("app.api.main:create_app", factory=True, workers=workers, **options)
        finally:
            del os.environ[PROMETHEUS_MULTIPROC_DIR]
            shutil.rmtree(metrics_dir, ignore_errors=True)


def settings_as_environment(settings: Settings) -> dict[str, str]:
    """Every setting as the environment variable that sets it (lists as JSON, as pydantic-settings reads them)."""
    environment = {}
    for name, field in Settings.model_fields.items():
        value = getattr(settings, name)
        value = value.get_secret_value() if isinstance(value, SecretStr) else value  # the worker needs the secret
        variable = field.validation_alias if isinstance(field.validation_alias, str) else f"RAADGIVER_{name.upper()}"
        environment[variable] = json.dumps(value) if isinstance(value, list) else str(value)
    return environment


def _browsable_url(host: str, port: int) -> str:
    # 0.0.0.0 and :: mean "every interface": not an address a browser can open.
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _announce_when_ready(url: str, started: float) -> None:
    """Print the URL once the server answers, then the time to ready, or why it is not ready yet."""
    reported_reason = None
    announced = False
    while True:
        try:
            response = httpx.get(f"{url}/readyz", timeout=5, trust_env=False)  # no proxy for our own port
        except httpx.HTTPError:
            time.sleep(READY_POLL_SECONDS)
            continue
        if not announced:
            print(f"Raadgiver is serving at {url}/ (API docs at {url}/docs)", flush=True)
            announced = True
        if response.status_code == 200:
            print(f"Ready in {time.monotonic() - started:.1f} s", flush=True)
            return
        try:
            reason = response.json()["detail"]
        except (ValueError, KeyError, TypeError):
            reason = f"/readyz answered HTTP {response.status_code}"
        if reason != reported_reason:
            print(f"Not ready yet: {reason}", flush=True)
            reported_reason = reason
        time.sleep(5 * READY_POLL_SECONDS)
