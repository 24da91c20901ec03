"""Per-client limits in a moving one-minute window: requests to the public endpoints, and wrong admin keys
(so the key cannot be guessed at speed).

Counted by the `limits` library in the storage RAADGIVER_RATE_LIMIT_STORAGE_URL names: `memory://` (the
default) counts in this process, right for one worker; `redis://host:port/db` counts in Redis, shared by every
worker (and host) that names the same Redis, so N workers allow a client the limit once, not N times.

A storage that fails (Redis down or too slow) lets the request through and logs a warning: an outage of the
counter must not become an outage of the service. The admin key stays safe meanwhile: it is too long to
guess at any rate (see deps.require_admin)."""
from __future__ import annotations

import logging
import math
import threading
import time
from urllib.parse import urlsplit

from limits import RateLimitItemPerMinute
from limits.errors import ConfigurationError, StorageError
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

WINDOW_SECONDS = 60
NAMESPACE = "raadgiver"  # the first part of every key, so a Redis shared with other services keeps them apart
STORAGE_TIMEOUT_SECONDS = 1.0  # a Redis that does not answer within this lets the request through
_REDIS_SCHEMES = ("redis", "rediss", "redis+unix")
_WARN_EVERY_SECONDS = 60.0

log = logging.getLogger("raadgiver.api")


def rate_limit_storage(url: str) -> Storage:
    """The storage `url` names (RAADGIVER_RATE_LIMIT_STORAGE_URL). Nothing is connected yet: a Redis that is
    down at start-up is met (and logged) at the first request. Raises ValueError for a URL limits cannot use."""
    scheme = urlsplit(url).scheme
    options: dict[str, float] = {}
    if scheme in _REDIS_SCHEMES:
        options = {"socket_timeout": STORAGE_TIMEOUT_SECONDS, "socket_connect_timeout": STORAGE_TIMEOUT_SECONDS}
    try:
        storage = storage_from_string(url, wrap_exceptions=True, **options)
    except ConfigurationError as error:  # its message repeats the URL, password and all: not passed on
        raise ValueError(
            f"RAADGIVER_RATE_LIMIT_STORAGE_URL={_without_password(url)!r} is not usable (scheme {scheme!r}: "
            f"{'unknown' if 'unknown storage scheme' in str(error) else 'its client library is missing'}); use "
            "memory:// for one process or redis://HOST:PORT/DB for several workers"
        ) from None
    if not isinstance(storage, Storage):  # async+redis:// and the like: the limits here are checked synchronously
        raise ValueError(
            f"RAADGIVER_RATE_LIMIT_STORAGE_URL={_without_password(url)!r} names an asynchronous storage; "
            "use memory:// or redis://HOST:PORT/DB"
        )
    return storage


class ClientLimit:
    """At most `per_minute` events per client in any 60 seconds; 0 switches the limit off. `scope` keeps the
    counts of different limits apart in one storage."""

    def __init__(self, per_minute: int, storage: Storage | None = None, scope: str = "requests"):
        self.per_minute = per_minute
        self.scope = scope
        self.storage = storage if storage is not None else MemoryStorage()
        self._limiter = MovingWindowRateLimiter(self.storage)
        self._item = RateLimitItemPerMinute(per_minute, namespace=NAMESPACE) if per_minute > 0 else None
        self._warned_at = -math.inf
        self._warn_lock = threading.Lock()

    @property
    def blocking(self) -> bool:
        """Whether a check goes over the network (call it from a worker thread then, not the event loop)."""
        return not isinstance(self.storage, MemoryStorage)

    def retry_after(self, client: str) -> int | None:
        """Count an event from `client`. None if it is allowed, else the whole seconds until it would be (the
        refused event is not counted, so refusals do not extend the wait)."""
        if self._item is None:
            return None
        try:
            if self._limiter.hit(self._item, self.scope, client):
                return None
            return self._wait(client)
        except StorageError as error:
            self._storage_failed(error)
            return None

    def blocked_for(self, client: str) -> int | None:
        """Like retry_after, without counting this event: for limits on failures, which are counted only once
        the request has failed (see deps.require_admin)."""
        if self._item is None:
            return None
        try:
            if self._limiter.test(self._item, self.scope, client):
                return None
            return self._wait(client)
        except StorageError as error:
            self._storage_failed(error)
            return None

    def _wait(self, client: str) -> int:
        assert self._item is not None
        reset, _remaining = self._limiter.get_window_stats(self._item, self.scope, client)
        return max(1, math.ceil(reset - time.time()))

    def _storage_failed(self, error: StorageError) -> None:
        # One line a minute, not one per request, while Redis is away.
        with self._warn_lock:
            now = time.monotonic()
            if now - self._warned_at < _WARN_EVERY_SECONDS:
                return
            self._warned_at = now
        log.warning(
            "rate limit %r not checked: its storage (RAADGIVER_RATE_LIMIT_STORAGE_URL) failed: %s: %s; requests are "
            "let through until it answers again", self.scope, type(error.storage_error).__name__, error.storage_error,
        )


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)).geturl()

