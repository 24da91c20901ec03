"""Milliseconds since a time.perf_counter() start: the unit of every timing the engine reports."""
from __future__ import annotations

import time


def ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
