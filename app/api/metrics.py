"""Prometheus metrics at /metrics: requests and latency per endpoint, answers vs abstentions, ingests, feedback.

Each app gets its own registry (tests build several apps in one process). With several uvicorn workers
(`raadgiver serve --workers N`) the workers share one port, so a scrape reaches one of them at random:
serve then gives them a fresh PROMETHEUS_MULTIPROC_DIR, every worker writes its counts there, and /metrics
reads all of them (prometheus_client's multiprocess mode), so any worker answers with the service's totals.
"""
from __future__ import annotations

import os
import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.asgi import HttpMiddleware, ResponseStatus
from app.core.answer_types import Answer

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


MULTIPROCESS_DIR_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"


def multiprocess_dir() -> str | None:
    """The folder the workers share their counts in, when serve runs several (prometheus_client reads the same
    variable when it is imported, and then keeps every count in a file there)."""
    return os.environ.get(MULTIPROCESS_DIR_VARIABLE) or None


class Metrics:
    def __init__(self) -> None:
        # The metrics are registered in `own`; /metrics exposes `registry`. One worker: the same. Several:
        # `registry` collects every worker's files (registering the metrics there too would count them twice).
        own = CollectorRegistry()
        shared_dir = multiprocess_dir()
        if shared_dir:
            self.registry = CollectorRegistry()
            MultiProcessCollector(self.registry, path=shared_dir)
        else:
            self.registry = own
        self.requests = Counter(
            "raadgiver_http_requests",
            "HTTP requests by route template and status.",
            ["method", "route", "status"],
            registry=own,
        )
        self.latency = Histogram(
            "raadgiver_http_request_duration_seconds",
            "Time from request to the end of the response (a streamed answer counts until its last event).",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=own,
        )
        self.answers = Counter(
            "raadgiver_answers",
            "Questions answered, by outcome (answered or abstained) and answer mode.",
            ["outcome", "mode"],
            registry=own,
        )
        self.ingested_documents = Counter(
            "raadgiver_ingested_documents",
            "Documents processed by uploads through the API, by result.",
            ["result"],
            registry=own,
        )
        self.feedback = Counter(
            "raadgiver_feedback", "Feedback received, by rating.", ["rating"], registry=own
        )

    def count_answer(self, answer: Answer) -> None:
        self.answers.labels(outcome="abstained" if answer.abstained else "answered", mode=answer.mode).inc()


class MetricsMiddleware(HttpMiddleware):
    """Counts every HTTP request under its route template ("/v1/documents/{source}"), never the raw path, so
    scanners probing random URLs cannot blow up the number of series: unmatched paths count as "unmatched"."""

    def __init__(self, app: ASGIApp, metrics: Metrics):
        super().__init__(app)
        self.metrics = metrics

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        response = ResponseStatus(send)
        try:
            await self.app(scope, receive, response.send)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            method = scope["method"]
            self.metrics.requests.labels(method=method, route=route, status=str(response.status)).inc()
            self.metrics.latency.labels(method=method, route=route).observe(time.perf_counter() - started)
