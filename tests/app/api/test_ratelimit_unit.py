from app.api.ratelimit import SlidingWindowLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limit_applies_per_client_and_frees_up_as_the_window_slides():
    clock = Clock()
    limiter = SlidingWindowLimiter(per_minute=3, clock=clock)
    for _ in range(3):
        assert limiter.retry_after("10.0.0.1") is None
        clock.now += 10
    # The fourth request within the minute waits until the first one leaves the window (at 1060).
    assert limiter.retry_after("10.0.0.1") == 30
    assert limiter.retry_after("10.0.0.2") is None  # another client is not affected

    clock.now = 1060.5
    assert limiter.retry_after("10.0.0.1") is None
    assert limiter.retry_after("10.0.0.1") == 10  # the second request (at 1010) leaves at 1070


def test_refused_requests_do_not_extend_the_wait():
    clock = Clock()
    limiter = SlidingWindowLimiter(per_minute=1, clock=clock)
    assert limiter.retry_after("a") is None
    for _ in range(5):
        clock.now += 10
        assert limiter.retry_after("a") is not None
    clock.now = 1060.0
    assert limiter.retry_after("a") is None


def test_zero_means_no_limit():
    limiter = SlidingWindowLimiter(per_minute=0)
    assert all(limiter.retry_after("a") is None for _ in range(1000))


def test_looking_whether_a_client_is_blocked_does_not_count():
    clock = Clock()
    failures = SlidingWindowLimiter(per_minute=2, clock=clock)
    for _ in range(10):
        assert failures.blocked_for("a") is None
    failures.retry_after("a")
    failures.retry_after("a")
    clock.now += 15
    assert failures.blocked_for("a") == 45
    clock.now = 1060.0
    assert failures.blocked_for("a") is None
