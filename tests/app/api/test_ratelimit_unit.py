"""The per-client limits (app/api/ratelimit.py) over both storages they run on: this process's memory (one
worker) and a real Redis (several workers). The clock is the one the `limits` storages read, time.time."""
import logging
import time

import pytest

from app.api.ratelimit import ClientLimit, rate_limit_storage
from tests.fixtures.chroma import free_port


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(time, "time", fake)
    return fake


@pytest.fixture(params=["memory", "redis"])
def storage_url(request) -> str:
    if request.param == "memory":
        return "memory://"
    import redis

    url = request.getfixturevalue("redis_url")
    with redis.Redis.from_url(url) as client:
        client.flushdb()  # each test starts with no counts
    return url


def test_limit_applies_per_client_and_frees_up_as_the_window_slides(storage_url, clock):
    limiter = ClientLimit(per_minute=3, storage=rate_limit_storage(storage_url))
    for _ in range(3):
        assert limiter.retry_after("10.0.0.1") is None
        clock.now += 10
    # The fourth request within the minute waits until the first one leaves the window (at 1060).
    assert limiter.retry_after("10.0.0.1") == 30
    assert limiter.retry_after("10.0.0.2") is None  # another client is not affected

    clock.now = 1060.5
    assert limiter.retry_after("10.0.0.1") is None
    assert limiter.retry_after("10.0.0.1") == 10  # the second request (at 1010) leaves at 1070


def test_refused_requests_do_not_extend_the_wait(storage_url, clock):
    limiter = ClientLimit(per_minute=1, storage=rate_limit_storage(storage_url))
    assert limiter.retry_after("a") is None
    for _ in range(5):
        clock.now += 10
        assert limiter.retry_after("a") is not None
    clock.now = 1060.001  # a minute after the one counted request (Redis counts a request of exactly 60 s ago)
    assert limiter.retry_after("a") is None


def test_zero_means_no_limit(storage_url):
    limiter = ClientLimit(per_minute=0, storage=rate_limit_storage(storage_url))
    assert all(limiter.retry_after("a") is None for _ in range(1000))


def test_looking_whether_a_client_is_blocked_does_not_count(storage_url, clock):
    failures = ClientLimit(per_minute=2, storage=rate_limit_storage(storage_url), scope="admin-key-failures")
    for _ in range(10):
        assert failures.blocked_for("a") is None
    failures.retry_after("a")
    failures.retry_after("a")
    clock.now += 15
    assert failures.blocked_for("a") == 45
    clock.now = 1060.001
    assert failures.blocked_for("a") is None


def test_limits_in_one_redis_are_one_limit_for_every_worker(redis_url, clock):
    """Two workers are two processes with their own ClientLimit objects over the same Redis URL."""
    first, second = (ClientLimit(per_minute=4, storage=rate_limit_storage(redis_url), scope="shared") for _ in range(2))
    allowed = [limit.retry_after("203.0.113.9") is None for limit in (first, second) * 4]

    assert allowed == [True] * 4 + [False] * 4
    assert first.blocked_for("203.0.113.9") == second.blocked_for("203.0.113.9") == 60


def test_limits_with_other_scopes_do_not_share_counts(redis_url, clock):
    storage = rate_limit_storage(redis_url)
    requests, failures = ClientLimit(1, storage, scope="requests-x"), ClientLimit(1, storage, scope="failures-x")

    assert requests.retry_after("a") is None and failures.retry_after("a") is None


def test_a_redis_that_does_not_answer_lets_requests_through_and_says_so_once(caplog):
    limit = ClientLimit(per_minute=1, storage=rate_limit_storage(f"redis://127.0.0.1:{free_port()}/0"))

    with caplog.at_level(logging.WARNING, logger="raadgiver.api"):
        assert all(limit.retry_after("a") is None for _ in range(3))
        assert limit.blocked_for("a") is None

    warnings = [r.getMessage() for r in caplog.records if "RAADGIVER_RATE_LIMIT_STORAGE_URL" in r.getMessage()]
    assert len(warnings) == 1 and "let through" in warnings[0] and "ConnectionError" in warnings[0], warnings


def test_a_storage_url_limits_cannot_use_names_the_setting_without_the_password():
    with pytest.raises(ValueError, match="RAADGIVER_RATE_LIMIT_STORAGE_URL='nosuch://.*redis://") as raised:
        rate_limit_storage("nosuch://user:s3cret@example:1/0")
    assert "s3cret" not in str(raised.value)
