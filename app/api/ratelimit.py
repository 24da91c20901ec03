"""Per-client limits in a sliding one-minute window kept in memory: requests to the public endpoints, and
wrong admin keys (so the key cannot be guessed at speed).

Each uvicorn worker counts on its own, so with N workers a client gets up to N times the limit; a shared limit
belongs in the reverse proxy in front of the service.
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0
_SWEEP_EVERY = 1000  # requests between sweeps that forget clients who went quiet


class SlidingWindowLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._since_sweep = 0

    def retry_after(self, client: str) -> int | None:
        """Count a request from `client`. None if it is allowed, else the whole seconds until it would be."""
        return self._check(client, count=True)

    def blocked_for(self, client: str) -> int | None:
        """Like retry_after, without counting this request: for limits on failures, which are counted only
        once the request has failed (see deps.require_admin)."""
        return self._check(client, count=False)

    def _check(self, client: str, count: bool) -> int | None:
        if self.per_minute <= 0:  # 0 switches the limit off
            return None
        now = self._clock()
        with self._lock:
            self._since_sweep += 1
            if self._since_sweep >= _SWEEP_EVERY:
                self._sweep(now)
            hits = self._hits.setdefault(client, deque())
            while hits and hits[0] <= now - WINDOW_SECONDS:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(1, math.ceil(hits[0] + WINDOW_SECONDS - now))
            if count:
                hits.append(now)
            return None

    def _sweep(self, now: float) -> None:
        self._since_sweep = 0
        for client in [c for c, hits in self._hits.items() if not hits or hits[-1] <= now - WINDOW_SECONDS]:
            del self._hits[client]
